package dev.quicnprotochat.application.port.in;

import dev.quicnprotochat.domain.identity.IdentityKey;
import dev.quicnprotochat.domain.identity.Username;
import dev.quicnprotochat.domain.session.SessionTokenHash;
import java.util.Objects;

/// Who is calling: the user and identity key an active session token stands for.
public record Caller(Username username, IdentityKey identityKey, SessionTokenHash session)
    implements AuthenticateResult, Admission {

  public Caller {
    Objects.requireNonNull(username, "username");
    Objects.requireNonNull(identityKey, "identity key");
    Objects.requireNonNull(session, "session");
  }
}
