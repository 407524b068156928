package dev.quicnprotochat.application.testing.client;

import dev.quicnprotochat.application.port.out.client.IdentitySigner;
import dev.quicnprotochat.domain.clientstate.IdentityKeyPair;
import dev.quicnprotochat.mls.codec.Bytes;
import java.util.Arrays;
import org.bouncycastle.crypto.params.Ed25519PrivateKeyParameters;
import org.bouncycastle.crypto.signers.Ed25519Signer;

/// A real Ed25519 [IdentitySigner] (RFC 8032) over BouncyCastle, so tests can verify what was signed.
public final class Ed25519TestSigner implements IdentitySigner {

  @Override
  public Bytes sign(IdentityKeyPair identity, byte[] message) {
    byte[] seed = identity.seed();
    try {
      Ed25519Signer signer = new Ed25519Signer();
      signer.init(true, new Ed25519PrivateKeyParameters(seed, 0));
      signer.update(message, 0, message.length);
      return Bytes.wrap(signer.generateSignature());
    } finally {
      Arrays.fill(seed, (byte) 0);
    }
  }
}
