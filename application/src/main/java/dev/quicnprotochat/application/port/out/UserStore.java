package dev.quicnprotochat.application.port.out;

import dev.quicnprotochat.domain.identity.IdentityKey;
import dev.quicnprotochat.domain.identity.RegisteredUser;
import dev.quicnprotochat.domain.identity.Username;
import java.util.Optional;

/// Registered users: username ↔ identity key ↔ OPAQUE registration record. Usernames and identity keys are each
/// unique; [#add] enforces both atomically (a unique constraint, not a read-then-write).
public interface UserStore {

  /// What [#add] did.
  enum AddResult {
    ADDED,
    USERNAME_TAKEN,
    IDENTITY_KEY_TAKEN
  }

  /// Stores `user` unless its username or identity key is already registered; durable before it returns `ADDED`.
  /// When both are taken, `USERNAME_TAKEN` wins.
  AddResult add(RegisteredUser user);

  Optional<RegisteredUser> findByUsername(Username username);

  Optional<RegisteredUser> findByIdentityKey(IdentityKey identityKey);
}
