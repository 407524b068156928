package dev.quicnprotochat.application.port.out.client;

/// An open push subscription; closing it ends the stream (idempotent, never throws).
public interface ServerSubscription extends AutoCloseable {

  /// Whether events can still arrive.
  boolean isOpen();

  @Override
  void close();
}
