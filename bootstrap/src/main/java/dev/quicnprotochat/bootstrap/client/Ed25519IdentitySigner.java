package dev.quicnprotochat.bootstrap.client;

import dev.quicnprotochat.application.port.out.client.IdentitySigner;
import dev.quicnprotochat.domain.clientstate.IdentityKeyPair;
import dev.quicnprotochat.mls.codec.Bytes;
import java.util.Arrays;
import org.bouncycastle.crypto.params.Ed25519PrivateKeyParameters;
import org.bouncycastle.crypto.signers.Ed25519Signer;

/// Ed25519 signatures (RFC 8032 §5.1.6) with the user's identity key, over BouncyCastle; the seed copy taken from
/// the key pair is wiped after each signature.
public final class Ed25519IdentitySigner implements IdentitySigner {

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
