package dev.quicnprotochat.mls.crypto;

import dev.quicnprotochat.mls.CryptoException;
import java.security.SecureRandom;
import org.bouncycastle.crypto.params.MLDSAParameters;
import org.bouncycastle.crypto.params.MLDSAPrivateKeyParameters;
import org.bouncycastle.crypto.params.MLDSAPublicKeyParameters;
import org.bouncycastle.crypto.params.ParametersWithRandom;
import org.bouncycastle.crypto.signers.MLDSASigner;

/// Pure ML-DSA (FIPS 204) with an empty context string, as ts-mls 1.6.4 signs with `@noble/post-quantum`.
///
/// The private key is the 32-byte seed ξ of ML-DSA.KeyGen_internal: it is small to store and yields the public
/// key. (ts-mls keeps the 4896-byte expanded key instead; private keys never cross the wire, so this only matters
/// for local storage.) Signing is hedged (fresh randomness), as FIPS 204 recommends.
enum MlDsaAlgorithm implements SignatureAlgorithm {
  ML_DSA_87(MLDSAParameters.ml_dsa_87, 2592, 4627);

  static final int SEED_LENGTH = 32;
  private static final SecureRandom RANDOM = new SecureRandom();

  private final MLDSAParameters parameters;
  private final int publicKeySize;
  private final int signatureSize;
  // Decoding a public key unpacks t1; verification under the same member keys repeats.
  private final PublicKeyCache<MLDSAPublicKeyParameters> publicKeys;

  MlDsaAlgorithm(MLDSAParameters parameters, int publicKeySize, int signatureSize) {
    this.parameters = parameters;
    this.publicKeySize = publicKeySize;
    this.signatureSize = signatureSize;
    this.publicKeys = new PublicKeyCache<>(256, encoded -> {
      if (encoded.length != publicKeySize) {
        return null;
      }
      try {
        return new MLDSAPublicKeyParameters(parameters, encoded);
      } catch (RuntimeException e) {
        return null;
      }
    });
  }

  int publicKeySize() {
    return publicKeySize;
  }

  int signatureSize() {
    return signatureSize;
  }

  @Override
  public SignatureKeyPair generate() {
    byte[] seed = new byte[SEED_LENGTH];
    RANDOM.nextBytes(seed);
    return new SignatureKeyPair(seed, publicKey(seed));
  }

  @Override
  public byte[] publicKey(byte[] privateKey) {
    return privateKey(privateKey).getPublicKey();
  }

  @Override
  public byte[] sign(byte[] privateKey, byte[] message) {
    MLDSASigner signer = new MLDSASigner();
    signer.init(true, new ParametersWithRandom(privateKey(privateKey), RANDOM));
    signer.update(message, 0, message.length);
    try {
      return signer.generateSignature();
    } catch (org.bouncycastle.crypto.CryptoException e) {
      throw new CryptoException("ML-DSA signing failed: " + e.getMessage());
    }
  }

  @Override
  public boolean verify(byte[] publicKey, byte[] message, byte[] signature) {
    if (signature.length != signatureSize) {
      return false;
    }
    MLDSAPublicKeyParameters key = publicKeys.get(publicKey);
    if (key == null) {
      return false;
    }
    MLDSASigner verifier = new MLDSASigner();
    verifier.init(false, key);
    verifier.update(message, 0, message.length);
    return verifier.verifySignature(signature);
  }

  private MLDSAPrivateKeyParameters privateKey(byte[] seed) {
    if (seed.length != SEED_LENGTH) {
      throw new CryptoException("ML-DSA private key must be a " + SEED_LENGTH + "-byte seed");
    }
    return new MLDSAPrivateKeyParameters(parameters, seed);
  }
}
