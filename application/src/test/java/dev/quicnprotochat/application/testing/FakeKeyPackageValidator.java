package dev.quicnprotochat.application.testing;

import dev.quicnprotochat.application.port.out.KeyPackageValidator;
import dev.quicnprotochat.domain.identity.IdentityKey;
import dev.quicnprotochat.domain.keypackage.KeyPackageRef;
import dev.quicnprotochat.mls.codec.Bytes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/// A stand-in for the MLS key-package check: a "key package" is the publisher's identity key followed by at least
/// one byte ([#keyPackageFor] builds one); its ref is the SHA-256 of the bytes.
public final class FakeKeyPackageValidator implements KeyPackageValidator {

  public static Bytes keyPackageFor(IdentityKey owner) {
    return owner.value().concat(Bytes.wrap(ServerTestData.randomBytes(16)));
  }

  @Override
  public Result validate(Bytes keyPackage, IdentityKey publisher) {
    if (keyPackage.length() <= IdentityKey.LENGTH) {
      return new Result.Invalid("key package is truncated");
    }
    if (!keyPackage.slice(0, IdentityKey.LENGTH).equals(publisher.value())) {
      return new Result.Invalid("key package is not signed by the publisher's identity key");
    }
    try {
      return new Result.Valid(new KeyPackageRef(Bytes.wrap(
          MessageDigest.getInstance("SHA-256").digest(keyPackage.toByteArray()))));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
