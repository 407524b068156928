package dev.quicnprotochat.application.port.in.client;

/// Looks a username up in the server's directory and compares the answer with the key recorded for it (trust on
/// first use; docs/threat-model.md, Identity).
@FunctionalInterface
public interface ResolveContactUseCase {

  ResolveContactResult resolveContact(ResolveContactCommand command);
}
