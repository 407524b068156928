package dev.quicnprotochat.application.port.out.client;

import dev.quicnprotochat.domain.clientstate.IdentityKeyPair;
import java.util.Optional;

/// The profile's Ed25519 identity key pair (DESIGN.md §3), kept encrypted when the state has a password.
public interface IdentityVault {

  /// The stored identity; empty before the first registration.
  Optional<IdentityKeyPair> load();

  /// Stores `identity` unless one is stored already; false then, and the stored one is left unchanged, because
  /// replacing an identity would lose the key the server and every group know this user by.
  boolean create(IdentityKeyPair identity);
}
