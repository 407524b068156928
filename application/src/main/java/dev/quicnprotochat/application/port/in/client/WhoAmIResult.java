package dev.quicnprotochat.application.port.in.client;

import dev.quicnprotochat.domain.clientstate.ServerAddress;
import dev.quicnprotochat.domain.identity.IdentityKey;
import dev.quicnprotochat.domain.identity.Username;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/// What [WhoAmIUseCase] answers.
public sealed interface WhoAmIResult permits WhoAmIResult.Me, NoIdentity {

  /// The identity and, when a token is cached and unexpired, its expiry.
  record Me(Username username, ServerAddress server, IdentityKey identityKey, Optional<Instant> sessionExpiresAt)
      implements WhoAmIResult {
    public Me {
      Objects.requireNonNull(username, "username");
      Objects.requireNonNull(server, "server");
      Objects.requireNonNull(identityKey, "identity key");
      Objects.requireNonNull(sessionExpiresAt, "session expiry");
    }
  }
}
