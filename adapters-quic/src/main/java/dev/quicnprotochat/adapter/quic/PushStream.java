package dev.quicnprotochat.adapter.quic;

/// One open subscription stream as [PushHub] sees it.
interface PushStream {
  /// Queues an inbox event for the subscriber; never blocks and never throws.
  void push(long sequence);
}
