package dev.quicnprotochat.application.port.in;

import dev.quicnprotochat.domain.channel.ChannelCredentialHash;
import dev.quicnprotochat.domain.session.SessionToken;
import java.util.Objects;
import java.util.Optional;

/// Creates a group channel; `credentialHash` registers epoch 0's sealed-sender credential.
public record CreateChannelCommand(Optional<SessionToken> token, Optional<ChannelCredentialHash> credentialHash) {

  public CreateChannelCommand {
    Objects.requireNonNull(token, "token");
    Objects.requireNonNull(credentialHash, "credential hash");
  }
}
