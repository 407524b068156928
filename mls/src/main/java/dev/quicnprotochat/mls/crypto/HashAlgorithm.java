package dev.quicnprotochat.mls.crypto;

import dev.quicnprotochat.mls.InternalException;
import dev.quicnprotochat.mls.UsageException;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/// A hash function with its HMAC and HKDF (RFC 5869), as the suites of RFC 9420 §17.1 use them.
///
/// Built on the JDK's SHA-2 and HMAC, which use CPU intrinsics; cloning a prepared prototype avoids the provider
/// lookup of `getInstance` on every call.
enum HashAlgorithm {
  SHA256("SHA-256", "HmacSHA256", 32),
  SHA384("SHA-384", "HmacSHA384", 48),
  SHA512("SHA-512", "HmacSHA512", 64);

  private final String macName;
  private final int length;
  private final MessageDigest digestPrototype;
  private final Mac macPrototype;
  private final byte[] zeroKey;

  HashAlgorithm(String digestName, String macName, int length) {
    this.macName = macName;
    this.length = length;
    this.zeroKey = new byte[length];
    try {
      this.digestPrototype = MessageDigest.getInstance(digestName);
      this.macPrototype = Mac.getInstance(macName);
    } catch (GeneralSecurityException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  int length() {
    return length;
  }

  MessageDigest digest() {
    try {
      return (MessageDigest) digestPrototype.clone();
    } catch (CloneNotSupportedException e) {
      throw new InternalException("digest cannot be cloned", e);
    }
  }

  byte[] hash(byte[] data) {
    return digest().digest(data);
  }

  /// An HMAC initialised with `key`. An empty key is replaced by Nh zero bytes: HMAC pads keys with zeros to the
  /// block size, so the result is the same, and the JDK rejects empty keys.
  Mac mac(byte[] key) {
    try {
      Mac mac = (Mac) macPrototype.clone();
      mac.init(new SecretKeySpec(key.length == 0 ? zeroKey : key, macName));
      return mac;
    } catch (CloneNotSupportedException | GeneralSecurityException e) {
      throw new InternalException("HMAC cannot be initialised", e);
    }
  }

  byte[] hmac(byte[] key, byte[] data) {
    return mac(key).doFinal(data);
  }

  /// HKDF-Extract(salt, ikm) = HMAC(salt, ikm).
  byte[] extract(byte[] salt, byte[] ikm) {
    return hmac(salt, ikm);
  }

  /// HKDF-Expand(prk, info, length) of RFC 5869 §2.3.
  byte[] expand(byte[] prk, byte[] info, int outLength) {
    if (outLength < 0 || outLength > 255 * length) {
      throw new UsageException("HKDF output length " + outLength + " out of range");
    }
    Mac mac = mac(prk);
    byte[] out = new byte[outLength];
    byte[] block = new byte[0];
    int written = 0;
    for (int counter = 1; written < outLength; counter++) {
      mac.update(block);
      mac.update(info);
      mac.update((byte) counter);
      Arrays.fill(block, (byte) 0);
      block = mac.doFinal();
      int n = Math.min(block.length, outLength - written);
      System.arraycopy(block, 0, out, written, n);
      written += n;
    }
    Arrays.fill(block, (byte) 0);
    return out;
  }
}
