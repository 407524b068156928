package dev.quicnprotochat.opaque;

import java.util.Arrays;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

/// The key stretching function (KSF) of RFC 9807, applied by the client to the OPRF output before deriving the
/// randomized password. Only the client runs it; the server never does.
public sealed interface Ksf permits Ksf.Identity, Ksf.Argon2id {

  /// Stretch(msg): returns `outputLength` bytes.
  byte[] stretch(byte[] input, int outputLength);

  /// The identity KSF used by the RFC 9807 test vectors. Offers no protection against offline dictionary attacks
  /// after a server compromise: tests only.
  static Ksf identity() {
    return Identity.INSTANCE;
  }

  /// Argon2id with the parameters RFC 9807's Configurations section recommends, and the module's default:
  /// S = zeroes(16), p = 4, T = Nh, m = 2^21 KiB (2 GiB), t = 1, v = 0x13 (also RFC 9106 §4's first
  /// recommendation). Needs about 2 GiB of heap per concurrent client operation.
  static Ksf argon2idRecommended() {
    return new Argon2id(1 << 21, 1, 4);
  }

  /// Argon2id with RFC 9106 §4's second recommendation, for memory-constrained clients: S = zeroes(16), p = 4,
  /// T = Nh, m = 2^16 KiB (64 MiB), t = 3, v = 0x13. Weaker against offline guessing than
  /// [#argon2idRecommended()].
  static Ksf argon2idMemoryConstrained() {
    return new Argon2id(1 << 16, 3, 4);
  }

  /// The identity function.
  enum Identity implements Ksf {
    INSTANCE;

    @Override
    public byte[] stretch(byte[] input, int outputLength) {
      if (input.length != outputLength) {
        throw new OpaqueUsageException("identity KSF cannot change the length");
      }
      return input.clone();
    }

    @Override
    public String toString() {
      return "Identity";
    }
  }

  /// Argon2id (RFC 9106) with an all-zero 16-byte salt, as RFC 9807 specifies: the OPRF output is already unique
  /// per user and server, so a salt adds nothing.
  ///
  /// @param memoryKiB m, memory in KiB (at least 8 * parallelism)
  /// @param iterations t, passes over memory (at least 1)
  /// @param parallelism p, lanes (1..255 here)
  record Argon2id(int memoryKiB, int iterations, int parallelism) implements Ksf {

    public Argon2id {
      if (parallelism < 1 || parallelism > 255) {
        throw new OpaqueUsageException("Argon2id parallelism must be in 1..255");
      }
      if (iterations < 1) {
        throw new OpaqueUsageException("Argon2id iterations must be at least 1");
      }
      if (memoryKiB < 8 * parallelism) {
        throw new OpaqueUsageException("Argon2id memory must be at least 8 KiB per lane");
      }
    }

    @Override
    public byte[] stretch(byte[] input, int outputLength) {
      Argon2Parameters params = new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
          .withVersion(Argon2Parameters.ARGON2_VERSION_13)
          .withSalt(new byte[16])
          .withMemoryAsKB(memoryKiB)
          .withIterations(iterations)
          .withParallelism(parallelism)
          .build();
      Argon2BytesGenerator generator = new Argon2BytesGenerator();
      generator.init(params);
      byte[] out = new byte[outputLength];
      byte[] in = input.clone();
      try {
        generator.generateBytes(in, out);
      } finally {
        Arrays.fill(in, (byte) 0);
      }
      return out;
    }
  }
}
