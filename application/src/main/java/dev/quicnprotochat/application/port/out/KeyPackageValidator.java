package dev.quicnprotochat.application.port.out;

import dev.quicnprotochat.domain.identity.IdentityKey;
import dev.quicnprotochat.domain.keypackage.KeyPackageRef;
import dev.quicnprotochat.mls.codec.Bytes;
import java.util.Objects;

/// Checks a key package before the server stores it, without the application knowing MLS internals: it must decode
/// as an MLS KeyPackage (RFC 9420 §10), carry a valid signature (§10.1), and its leaf's signature key must be the
/// publisher's identity key. The implementation over `mls/` is wired in bootstrap.
@FunctionalInterface
public interface KeyPackageValidator {

  Result validate(Bytes keyPackage, IdentityKey publisher);

  /// The verdict on one key package.
  sealed interface Result {

    /// Acceptable; `ref` is its `KeyPackageRef` (RFC 9420 §5.2).
    record Valid(KeyPackageRef ref) implements Result {

      public Valid {
        Objects.requireNonNull(ref, "ref");
      }
    }

    /// Refused; `reason` is one line a client can show.
    record Invalid(String reason) implements Result {

      public Invalid {
        Objects.requireNonNull(reason, "reason");
      }
    }
  }
}
