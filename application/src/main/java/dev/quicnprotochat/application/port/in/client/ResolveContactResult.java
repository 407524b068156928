package dev.quicnprotochat.application.port.in.client;

import dev.quicnprotochat.domain.identity.IdentityKey;
import dev.quicnprotochat.domain.identity.Username;
import java.util.Objects;

/// What [ResolveContactUseCase] answers.
public sealed interface ResolveContactResult permits ResolveContactResult.Resolved, ResolveContactResult.KeyChanged,
    ResolveContactResult.NotRegistered, ServerRefused, ServerUnreachable {

  /// The directory's key for `username`, the recorded one; `firstSeen` when it was recorded just now.
  record Resolved(Username username, IdentityKey identityKey, boolean firstSeen) implements ResolveContactResult {
    public Resolved {
      Objects.requireNonNull(username, "username");
      Objects.requireNonNull(identityKey, "identity key");
    }
  }

  /// The directory answered with another key than the recorded one: show both fingerprints; the recorded key is
  /// kept until the user accepts the new one.
  record KeyChanged(Username username, IdentityKey recorded, IdentityKey seen) implements ResolveContactResult {
    public KeyChanged {
      Objects.requireNonNull(username, "username");
      Objects.requireNonNull(recorded, "recorded");
      Objects.requireNonNull(seen, "seen");
    }
  }

  /// No user has this name on the server.
  record NotRegistered(Username username) implements ResolveContactResult {
    public NotRegistered {
      Objects.requireNonNull(username, "username");
    }
  }
}
