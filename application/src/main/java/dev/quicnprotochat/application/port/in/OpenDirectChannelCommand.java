package dev.quicnprotochat.application.port.in;

import dev.quicnprotochat.domain.channel.ChannelCredentialHash;
import dev.quicnprotochat.domain.identity.IdentityKey;
import dev.quicnprotochat.domain.session.SessionToken;
import java.util.Objects;
import java.util.Optional;

/// Opens the direct channel with `peer`; `credentialHash` is registered only if this call creates the channel.
public record OpenDirectChannelCommand(
    Optional<SessionToken> token, IdentityKey peer, Optional<ChannelCredentialHash> credentialHash) {

  public OpenDirectChannelCommand {
    Objects.requireNonNull(token, "token");
    Objects.requireNonNull(peer, "peer");
    Objects.requireNonNull(credentialHash, "credential hash");
  }
}
