package dev.quicnprotochat.application.port.in;

/// Opens (creating if needed) the direct channel of the caller and one other user.
@FunctionalInterface
public interface OpenDirectChannelUseCase {

  OpenDirectChannelResult openDirectChannel(OpenDirectChannelCommand command);
}
