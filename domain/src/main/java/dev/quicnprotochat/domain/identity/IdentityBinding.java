package dev.quicnprotochat.domain.identity;

import dev.quicnprotochat.mls.codec.Bytes;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.bouncycastle.crypto.params.Ed25519PublicKeyParameters;
import org.bouncycastle.crypto.signers.Ed25519Signer;

/// The registrant's proof that it holds the identity key it registers: an Ed25519 signature (RFC 8032) by that key
/// over the username and the OPAQUE registration upload. Without it anyone could bind someone else's public key to
/// their own name and lock its owner out of registering.
///
/// Signed message: `"quicnprotochat identity binding v1"` || uint8 username length || username (ASCII) ||
/// uint32 upload length (big-endian) || upload.
public final class IdentityBinding {

  static final byte[] LABEL = "quicnprotochat identity binding v1".getBytes(StandardCharsets.US_ASCII);

  public static final int SIGNATURE_LENGTH = 64;

  private IdentityBinding() {}

  /// The bytes the identity key signs when registering `username` with `registrationUpload`.
  public static byte[] message(Username username, Bytes registrationUpload) {
    byte[] name = username.value().getBytes(StandardCharsets.US_ASCII);
    ByteArrayOutputStream out = new ByteArrayOutputStream(LABEL.length + 5 + name.length + registrationUpload.length());
    out.writeBytes(LABEL);
    out.write(name.length);
    out.write(name, 0, name.length);
    int length = registrationUpload.length();
    out.write(length >>> 24);
    out.write(length >>> 16);
    out.write(length >>> 8);
    out.write(length);
    out.writeBytes(registrationUpload.toByteArray());
    return out.toByteArray();
  }

  /// True only if `signature` is `identityKey`'s valid Ed25519 signature over [#message]; a malformed key or
  /// signature is simply not valid.
  public static boolean verify(IdentityKey identityKey, Username username, Bytes registrationUpload, Bytes signature) {
    if (signature.length() != SIGNATURE_LENGTH) {
      return false;
    }
    try {
      Ed25519Signer verifier = new Ed25519Signer();
      verifier.init(false, new Ed25519PublicKeyParameters(identityKey.value().toByteArray()));
      byte[] message = message(username, registrationUpload);
      verifier.update(message, 0, message.length);
      return verifier.verifySignature(signature.toByteArray());
    } catch (IllegalArgumentException e) {
      return false;
    }
  }
}
