package dev.quicnprotochat.application.port.out.client;

import dev.quicnprotochat.domain.clientstate.ContactKeyCheck;
import dev.quicnprotochat.domain.clientstate.KnownContact;
import dev.quicnprotochat.domain.identity.IdentityKey;
import dev.quicnprotochat.domain.identity.Username;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/// The user's record of directory answers: for each username, the identity key accepted for it (trust on first
/// use), so a server that later answers with another key is noticed (docs/threat-model.md, Identity).
public interface ContactKeyStore {

  /// Compares `seen` (a directory answer at `seenAt`) with the recorded key. Records it when none is recorded
  /// ([ContactKeyCheck.FirstSeen]); never replaces a recorded key ([ContactKeyCheck.KeyChanged] leaves it as it is).
  ContactKeyCheck check(Username username, IdentityKey seen, Instant seenAt);

  /// Records `key` for `username` from `at` on, replacing any recorded key: the user accepted a changed key after
  /// comparing fingerprints out of band.
  void accept(Username username, IdentityKey key, Instant at);

  Optional<KnownContact> find(Username username);

  /// Every recorded contact, ordered by username.
  List<KnownContact> list();
}
