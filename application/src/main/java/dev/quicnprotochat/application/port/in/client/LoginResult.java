package dev.quicnprotochat.application.port.in.client;

import dev.quicnprotochat.domain.identity.IdentityKey;
import dev.quicnprotochat.domain.identity.Username;
import java.time.Instant;
import java.util.Objects;

/// What [LoginUseCase] answers.
public sealed interface LoginResult permits LoginResult.LoggedIn, LoginResult.LoginFailed,
    LoginResult.ProfileMismatch, NoIdentity, ServerRefused, ServerUnreachable {

  /// Logged in; the token is cached until `expiresAt`.
  record LoggedIn(Username username, IdentityKey identityKey, Instant expiresAt) implements LoginResult {
    public LoggedIn {
      Objects.requireNonNull(username, "username");
      Objects.requireNonNull(identityKey, "identity key");
      Objects.requireNonNull(expiresAt, "expiry");
    }
  }

  /// Wrong password or unknown user (OPAQUE deliberately does not say which).
  record LoginFailed(Username username) implements LoginResult {
    public LoginFailed {
      Objects.requireNonNull(username, "username");
    }
  }

  /// The account is bound to another identity key than this profile's: this profile cannot read its groups.
  /// The session is not cached.
  record ProfileMismatch(IdentityKey account, IdentityKey profile) implements LoginResult {
    public ProfileMismatch {
      Objects.requireNonNull(account, "account key");
      Objects.requireNonNull(profile, "profile key");
    }
  }
}
