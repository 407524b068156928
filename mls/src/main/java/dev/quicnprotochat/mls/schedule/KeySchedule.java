package dev.quicnprotochat.mls.schedule;

import dev.quicnprotochat.mls.UsageException;
import dev.quicnprotochat.mls.crypto.CipherSuite;
import java.util.Arrays;

/// The per-epoch key schedule of RFC 9420 §8:
///
/// ```
/// joiner_secret = ExpandWithLabel(KDF.Extract(init_secret_[n-1], commit_secret), "joiner", GroupContext_[n], Nh)
/// member_prk    = KDF.Extract(joiner_secret, psk_secret)
/// welcome_secret = DeriveSecret(member_prk, "welcome")
/// epoch_secret  = ExpandWithLabel(member_prk, "epoch", GroupContext_[n], Nh)
/// ```
///
/// and from `epoch_secret` the secrets of Table 4 (see [EpochSecrets]). Inputs are never modified; intermediate
/// values are zeroed before returning.
public final class KeySchedule {

  private KeySchedule() {
  }

  /// An epoch reached by a commit: `initSecret` is the previous epoch's `init_secret`, `commitSecret` the commit's
  /// (Nh zeros without a path), `groupContext` the new epoch's context.
  public static EpochSecrets fromCommit(CipherSuite suite, byte[] initSecret, byte[] commitSecret, byte[] pskSecret,
      GroupContext groupContext) {
    byte[] context = groupContext.toByteArray();
    byte[] joiner = joinerSecret(suite, initSecret, commitSecret, context);
    try {
      return fromJoinerSecret(suite, joiner, pskSecret, context);
    } finally {
      Arrays.fill(joiner, (byte) 0);
    }
  }

  /// An epoch joined through a Welcome, which carries `joinerSecret`.
  public static EpochSecrets fromJoinerSecret(CipherSuite suite, byte[] joinerSecret, byte[] pskSecret,
      GroupContext groupContext) {
    return fromJoinerSecret(suite, joinerSecret, pskSecret, groupContext.toByteArray());
  }

  static EpochSecrets fromJoinerSecret(CipherSuite suite, byte[] joinerSecret, byte[] pskSecret, byte[] context) {
    requireLength(suite, joinerSecret, "joiner_secret");
    requireLength(suite, pskSecret, "psk_secret");
    byte[] memberPrk = suite.extract(joinerSecret, pskSecret);
    byte[] welcome = suite.deriveSecret(memberPrk, "welcome");
    byte[] epoch = suite.expandWithLabel(memberPrk, "epoch", context, suite.hashLength());
    Arrays.fill(memberPrk, (byte) 0);
    try {
      return EpochSecrets.derive(suite, joinerSecret, welcome, epoch);
    } finally {
      Arrays.fill(welcome, (byte) 0);
      Arrays.fill(epoch, (byte) 0);
    }
  }

  /// `joiner_secret` for the encoded `GroupContext_[n]`.
  public static byte[] joinerSecret(CipherSuite suite, byte[] initSecret, byte[] commitSecret, byte[] groupContext) {
    requireLength(suite, initSecret, "init_secret");
    requireLength(suite, commitSecret, "commit_secret");
    byte[] prk = suite.extract(initSecret, commitSecret);
    try {
      return suite.expandWithLabel(prk, "joiner", groupContext, suite.hashLength());
    } finally {
      Arrays.fill(prk, (byte) 0);
    }
  }

  /// `welcome_secret` for a joiner that knows only `joiner_secret` and the PSKs (§8, §12.4.3.1).
  public static byte[] welcomeSecret(CipherSuite suite, byte[] joinerSecret, byte[] pskSecret) {
    byte[] memberPrk = suite.extract(joinerSecret, pskSecret);
    try {
      return suite.deriveSecret(memberPrk, "welcome");
    } finally {
      Arrays.fill(memberPrk, (byte) 0);
    }
  }

  /// RFC 9420 §12.4.3.1: `welcome_key = ExpandWithLabel(welcome_secret, "key", "", AEAD.Nk)`.
  public static byte[] welcomeKey(CipherSuite suite, byte[] welcomeSecret) {
    return suite.expandWithLabel(welcomeSecret, "key", new byte[0], suite.aeadKeyLength());
  }

  /// RFC 9420 §12.4.3.1: `welcome_nonce = ExpandWithLabel(welcome_secret, "nonce", "", AEAD.Nn)`.
  public static byte[] welcomeNonce(CipherSuite suite, byte[] welcomeSecret) {
    return suite.expandWithLabel(welcomeSecret, "nonce", new byte[0], suite.aeadNonceLength());
  }

  private static void requireLength(CipherSuite suite, byte[] secret, String name) {
    if (secret.length != suite.hashLength()) {
      throw new UsageException(name + " must be " + suite.hashLength() + " bytes, got " + secret.length);
    }
  }
}
