package dev.quicnprotochat.application.port.out.client;

import dev.quicnprotochat.domain.clientstate.KeyPackageSecret;
import dev.quicnprotochat.domain.keypackage.KeyPackageRef;
import java.util.List;
import java.util.Optional;

/// The private keys of the key packages this client has published, until a Welcome consumes them (RFC 9420 §12.4.3.1:
/// the joiner finds its KeyPackage by ref and needs its init and leaf private keys).
public interface KeyPackageSecretStore {

  /// Stores every secret of a published batch (single-use ones and a last-resort one alike) as one durable write,
  /// before the packages are published, so a Welcome can never name a package whose keys were not kept. A secret
  /// whose ref is stored already replaces it.
  void saveAll(List<KeyPackageSecret> secrets);

  /// The secret for `ref`, for processing a Welcome. A single-use secret is removed at once, so its keys can never
  /// open a second Welcome; a last-resort secret is returned and kept. Empty for an unknown ref.
  Optional<KeyPackageSecret> take(KeyPackageRef ref);

  /// Deletes the secret for `ref` whatever its kind, e.g. a last-resort package that was replaced; false when none.
  boolean remove(KeyPackageRef ref);

  /// The refs of every stored secret, in no particular order.
  List<KeyPackageRef> refs();
}
