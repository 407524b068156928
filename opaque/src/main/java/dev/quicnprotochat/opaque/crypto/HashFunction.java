package dev.quicnprotochat.opaque.crypto;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.function.Supplier;
import org.bouncycastle.crypto.Digest;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.digests.SHA512Digest;
import org.bouncycastle.crypto.generators.HKDFBytesGenerator;
import org.bouncycastle.crypto.macs.HMac;
import org.bouncycastle.crypto.params.HKDFParameters;
import org.bouncycastle.crypto.params.KeyParameter;

/// The hash functions of the supported suites, with the constructions built on them: HMAC (the OPAQUE MAC),
/// HKDF Extract/Expand (RFC 5869, the OPAQUE KDF) and expand_message_xmd (RFC 9380 §5.3.1, used by
/// HashToGroup and HashToScalar).
public enum HashFunction {
  SHA256(32, 64, SHA256Digest::new),
  SHA512(64, 128, SHA512Digest::new);

  private final int outputLength;
  private final int blockLength;
  private final Supplier<Digest> factory;

  HashFunction(int outputLength, int blockLength, Supplier<Digest> factory) {
    this.outputLength = outputLength;
    this.blockLength = blockLength;
    this.factory = factory;
  }

  /// Nh: the output length in bytes.
  public int outputLength() {
    return outputLength;
  }

  public byte[] hash(byte[]... parts) {
    Digest d = factory.get();
    for (byte[] p : parts) {
      d.update(p, 0, p.length);
    }
    byte[] out = new byte[outputLength];
    d.doFinal(out, 0);
    return out;
  }

  public byte[] hmac(byte[] key, byte[]... parts) {
    HMac mac = new HMac(factory.get());
    mac.init(new KeyParameter(key));
    for (byte[] p : parts) {
      mac.update(p, 0, p.length);
    }
    byte[] out = new byte[outputLength];
    mac.doFinal(out, 0);
    return out;
  }

  /// HKDF-Extract(salt, ikm); an empty salt means Nh zero bytes (RFC 5869 §2.2).
  public byte[] extract(byte[] salt, byte[] ikm) {
    byte[] key = salt.length == 0 ? new byte[outputLength] : salt;
    return hmac(key, ikm);
  }

  /// HKDF-Expand(prk, info, length).
  public byte[] expand(byte[] prk, byte[] info, int length) {
    HKDFBytesGenerator gen = new HKDFBytesGenerator(factory.get());
    gen.init(HKDFParameters.skipExtractParameters(prk, info));
    byte[] out = new byte[length];
    gen.generateBytes(out, 0, length);
    return out;
  }

  /// RFC 9380 §5.3.1 expand_message_xmd with a DST of at most 255 bytes.
  public byte[] expandMessageXmd(byte[] msg, byte[] dst, int length) {
    int ell = (length + outputLength - 1) / outputLength;
    if (ell > 255 || length > 65535 || dst.length > 255) {
      throw new IllegalArgumentException("expand_message_xmd parameters out of range");
    }
    byte[] dstPrime = concat(dst, new byte[] {(byte) dst.length});
    byte[] b0 = hash(new byte[blockLength], msg, new byte[] {(byte) (length >>> 8), (byte) length, 0}, dstPrime);
    ByteArrayOutputStream uniform = new ByteArrayOutputStream(ell * outputLength);
    byte[] bi = hash(b0, new byte[] {1}, dstPrime);
    uniform.writeBytes(bi);
    for (int i = 2; i <= ell; i++) {
      byte[] x = b0.clone();
      for (int j = 0; j < x.length; j++) {
        x[j] ^= bi[j];
      }
      bi = hash(x, new byte[] {(byte) i}, dstPrime);
      uniform.writeBytes(bi);
    }
    return Arrays.copyOf(uniform.toByteArray(), length);
  }

  static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] p : parts) {
      out.writeBytes(p);
    }
    return out.toByteArray();
  }
}
