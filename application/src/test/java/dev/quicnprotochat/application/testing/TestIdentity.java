package dev.quicnprotochat.application.testing;

import dev.quicnprotochat.domain.identity.IdentityBinding;
import dev.quicnprotochat.domain.identity.IdentityKey;
import dev.quicnprotochat.domain.identity.Username;
import dev.quicnprotochat.mls.codec.Bytes;
import java.security.SecureRandom;
import org.bouncycastle.crypto.params.Ed25519PrivateKeyParameters;
import org.bouncycastle.crypto.signers.Ed25519Signer;

/// A real Ed25519 identity key pair for tests that need the identity key to sign (registration).
public final class TestIdentity {

  private static final SecureRandom RANDOM = new SecureRandom();

  private final Ed25519PrivateKeyParameters privateKey = new Ed25519PrivateKeyParameters(RANDOM);
  private final IdentityKey identityKey = IdentityKey.of(privateKey.generatePublicKey().getEncoded());

  public static TestIdentity generate() {
    return new TestIdentity();
  }

  public IdentityKey identityKey() {
    return identityKey;
  }

  /// The registration proof: this key's signature over [IdentityBinding#message].
  public Bytes signRegistration(Username username, Bytes registrationUpload) {
    Ed25519Signer signer = new Ed25519Signer();
    signer.init(true, privateKey);
    byte[] message = IdentityBinding.message(username, registrationUpload);
    signer.update(message, 0, message.length);
    return Bytes.wrap(signer.generateSignature());
  }

  @Override
  public String toString() {
    return "TestIdentity[" + identityKey + "]";
  }
}
