package dev.quicnprotochat.bootstrap.crypto;

import dev.quicnprotochat.application.port.out.KeyPackageValidator;
import dev.quicnprotochat.domain.identity.IdentityKey;
import dev.quicnprotochat.domain.keypackage.KeyPackageRef;
import dev.quicnprotochat.mls.MlsException;
import dev.quicnprotochat.mls.codec.Bytes;
import dev.quicnprotochat.mls.crypto.CipherSuite;
import dev.quicnprotochat.mls.crypto.CipherSuites;
import dev.quicnprotochat.mls.keypackage.KeyPackage;
import dev.quicnprotochat.mls.keypackage.KeyPackageIn;
import dev.quicnprotochat.mls.message.MLSMessage;
import java.time.Clock;
import java.util.Objects;
import java.util.Set;

/// The application's [KeyPackageValidator] over `mls/` (RFC 9420 §10.1).
///
/// Accepted encodings: an `MLSMessage` with wire format `mls_key_package` (how RFC 9420 §6 distributes key
/// packages), or a bare `KeyPackage`. The MLSMessage form is tried first; if it does not decode completely the
/// bytes are decoded as a bare KeyPackage (the two overlap only for a bare package of suite 5, whose MLSMessage
/// reading then fails to decode). The server stores the bytes as published; the ref is computed over the
/// KeyPackage itself, as §5.2 defines it.
///
/// Checks: the suite is one with Ed25519 signatures (DESIGN.md §3: the identity key is the MLS signature key, and
/// identity keys are Ed25519), the package and leaf verify at the injected clock's time (version, suite, leaf
/// lifetime, leaf and package signatures, init key differs from the encryption key), and the leaf's signature key
/// is the publisher's identity key.
public final class MlsKeyPackageValidator implements KeyPackageValidator {

  /// Cipher suites whose signature scheme is Ed25519 (RFC 9420 §17.1).
  static final Set<Integer> ED25519_SUITES = Set.of(CipherSuites.MLS_128_DHKEMX25519_AES128GCM_SHA256_ED25519,
      CipherSuites.MLS_128_DHKEMX25519_CHACHA20POLY1305_SHA256_ED25519);

  private final Clock clock;

  public MlsKeyPackageValidator(Clock clock) {
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  @Override
  public Result validate(Bytes keyPackage, IdentityKey publisher) {
    Objects.requireNonNull(keyPackage, "key package");
    Objects.requireNonNull(publisher, "publisher");
    KeyPackageIn received;
    try {
      received = decode(keyPackage);
    } catch (MlsException e) {
      return new Result.Invalid("not an MLS KeyPackage: " + e.getMessage());
    }
    if (!ED25519_SUITES.contains(received.cipherSuite())) {
      return new Result.Invalid("cipher suite " + received.cipherSuite()
          + " is not accepted: identity keys are Ed25519 (suites 1 and 3)");
    }
    CipherSuite suite = CipherSuites.byId(received.cipherSuite());
    KeyPackage verified;
    try {
      verified = received.verify(suite, clock);
    } catch (MlsException e) {
      return new Result.Invalid("key package refused: " + e.getMessage());
    }
    // DESIGN.md §3: the leaf's signature key must be the publisher's own identity key, or a user could publish
    // packages that make others add an impostor under their name
    if (!verified.leafNode().signatureKey().equals(publisher.value())) {
      return new Result.Invalid("the key package's signature key is not the publisher's identity key");
    }
    return new Result.Valid(new KeyPackageRef(verified.ref(suite).value()));
  }

  private static KeyPackageIn decode(Bytes bytes) {
    try {
      if (MLSMessage.decode(bytes) instanceof MLSMessage.OfKeyPackage wrapped) {
        return wrapped.keyPackage();
      }
    } catch (MlsException notAnMlsMessage) {
      // fall through to the bare form
    }
    return KeyPackageIn.decode(bytes);
  }
}
