package dev.quicnprotochat.domain.clientstate;

import dev.quicnprotochat.domain.identity.IdentityKey;
import java.util.Objects;

/// How a key from a directory answer compares with the key recorded for that username (docs/threat-model.md,
/// Identity): first seen (now recorded), the same, or different, which the client must show as a warning.
public sealed interface ContactKeyCheck {

  /// The contact as recorded after the check.
  KnownContact recorded();

  /// No key was recorded for the username; the one seen is recorded now.
  record FirstSeen(KnownContact recorded) implements ContactKeyCheck {
    public FirstSeen {
      Objects.requireNonNull(recorded, "recorded");
    }
  }

  /// The key seen is the one recorded.
  record Unchanged(KnownContact recorded) implements ContactKeyCheck {
    public Unchanged {
      Objects.requireNonNull(recorded, "recorded");
    }
  }

  /// The key seen differs from the recorded one, which is kept until the user accepts the new key.
  record KeyChanged(KnownContact recorded, IdentityKey seen)
      implements ContactKeyCheck {
    public KeyChanged {
      Objects.requireNonNull(recorded, "recorded");
      Objects.requireNonNull(seen, "seen");
      if (recorded.identityKey().equals(seen)) {
        throw new IllegalArgumentException("a key change needs a key different from the recorded one");
      }
    }
  }
}
