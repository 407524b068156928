package dev.quicnprotochat.domain.clientstate;

import dev.quicnprotochat.domain.identity.IdentityKey;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Objects;
import org.bouncycastle.crypto.params.Ed25519PrivateKeyParameters;

/// The user's Ed25519 identity key pair (DESIGN.md §3): the 32-byte private seed of RFC 8032 §5.1.5 and the
/// public [IdentityKey] derived from it. The public key is always recomputed from the seed, so a stored pair can
/// never hold a mismatched half.
///
/// A secret: `toString` shows the public fingerprint only, equality compares the seeds in constant time, and
/// [#destroy()] wipes the seed.
public final class IdentityKeyPair {

  public static final int SEED_LENGTH = 32;

  private final byte[] seed;
  private final IdentityKey publicKey;

  private IdentityKeyPair(byte[] seed) {
    this.seed = seed;
    this.publicKey = IdentityKey.of(new Ed25519PrivateKeyParameters(seed, 0).generatePublicKey().getEncoded());
  }

  /// A fresh key pair from `random`.
  public static IdentityKeyPair generate(SecureRandom random) {
    byte[] seed = new byte[SEED_LENGTH];
    random.nextBytes(seed);
    return new IdentityKeyPair(seed);
  }

  /// Rebuilds the pair from its seed (copied; the caller may wipe its array).
  public static IdentityKeyPair fromSeed(byte[] seed) {
    Objects.requireNonNull(seed, "seed");
    if (seed.length != SEED_LENGTH) {
      throw new IllegalArgumentException("an Ed25519 private key seed has 32 bytes, got " + seed.length);
    }
    return new IdentityKeyPair(seed.clone());
  }

  public IdentityKey publicKey() {
    return publicKey;
  }

  /// A copy of the private seed; the caller wipes it after use.
  public byte[] seed() {
    return seed.clone();
  }

  /// Overwrites the seed with zeros; the pair is unusable afterwards.
  public void destroy() {
    Arrays.fill(seed, (byte) 0);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof IdentityKeyPair other && MessageDigest.isEqual(seed, other.seed);
  }

  @Override
  public int hashCode() {
    return publicKey.hashCode();
  }

  @Override
  public String toString() {
    return "IdentityKeyPair[public=" + publicKey.fingerprint() + "…, private=redacted]";
  }
}
