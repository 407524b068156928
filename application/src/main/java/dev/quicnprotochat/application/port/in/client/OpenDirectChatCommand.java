package dev.quicnprotochat.application.port.in.client;

import dev.quicnprotochat.domain.identity.Username;
import java.util.Objects;

/// The user to talk to, and the local user (a DM with oneself is the notepad).
public record OpenDirectChatCommand(Username self, Username peer) {
  public OpenDirectChatCommand {
    Objects.requireNonNull(self, "self");
    Objects.requireNonNull(peer, "peer");
  }
}
