package dev.quicnprotochat.opaque.ake;

import dev.quicnprotochat.opaque.OpaqueCodecException;
import dev.quicnprotochat.opaque.crypto.P256Group;
import dev.quicnprotochat.opaque.crypto.PrimeOrderGroup;
import dev.quicnprotochat.opaque.oprf.Oprf;
import dev.quicnprotochat.opaque.oprf.OprfKeyPair;
import dev.quicnprotochat.opaque.oprf.OprfSuite;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;

/// 3DH over a prime-order group: DeriveDiffieHellmanKeyPair is the OPRF's DeriveKeyPair with info
/// "OPAQUE-DeriveDiffieHellmanKeyPair", and DiffieHellman(k, B) = SerializeElement(k * B) (RFC 9807 §6.4.1).
record PrimeOrderAkeGroup(OprfSuite suite) implements AkeGroup {

  private static final byte[] DH_KEY_INFO = "OPAQUE-DeriveDiffieHellmanKeyPair".getBytes(StandardCharsets.US_ASCII);

  @Override
  public String identifier() {
    return suite.group() instanceof P256Group ? "P256_XMD:SHA-256_SSWU_RO_" : "ristretto255";
  }

  @Override
  public int publicKeyLength() {
    return suite.group().elementLength();
  }

  @Override
  public int privateKeyLength() {
    return suite.group().scalarLength();
  }

  @Override
  public AkeKeyPair deriveKeyPair(byte[] seed) {
    OprfKeyPair kp = new Oprf(suite).deriveKeyPair(seed, DH_KEY_INFO);
    PrimeOrderGroup g = suite.group();
    return new AkeKeyPair(g.serializeScalar(kp.privateKey()), g.serialize(kp.publicKey()));
  }

  @Override
  public byte[] publicKey(byte[] privateKey) {
    PrimeOrderGroup g = suite.group();
    return g.serialize(g.multiplyGenerator(scalar(privateKey)));
  }

  @Override
  public byte[] diffieHellman(byte[] privateKey, byte[] publicKey) {
    PrimeOrderGroup g = suite.group();
    return g.serialize(g.multiply(g.deserialize(publicKey), scalar(privateKey)));
  }

  @Override
  public void validatePublicKey(byte[] publicKey) {
    suite.group().deserialize(publicKey);
  }

  private BigInteger scalar(byte[] privateKey) {
    BigInteger k = suite.group().deserializeScalar(privateKey);
    if (k.signum() == 0) {
      throw new OpaqueCodecException("private key must not be zero");
    }
    return k;
  }
}
