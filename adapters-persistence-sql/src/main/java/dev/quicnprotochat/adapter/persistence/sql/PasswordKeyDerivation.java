package dev.quicnprotochat.adapter.persistence.sql;

import java.util.Arrays;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

/// Derives the SQLCipher key from a state password: Argon2id (RFC 9106) over the password's UTF-8 bytes with the
/// database's own salt, so the same password gives unrelated keys for different databases.
final class PasswordKeyDerivation {

  private PasswordKeyDerivation() {}

  static DatabaseKey derive(char[] password, SaltFile salt) {
    KdfParameters cost = salt.parameters();
    Argon2Parameters parameters = new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
        .withVersion(Argon2Parameters.ARGON2_VERSION_13)
        .withSalt(salt.salt())
        .withMemoryAsKB(cost.memoryKib())
        .withIterations(cost.iterations())
        .withParallelism(cost.parallelism())
        .build();
    Argon2BytesGenerator generator = new Argon2BytesGenerator();
    generator.init(parameters);
    byte[] out = new byte[DatabaseKey.LENGTH];
    try {
      generator.generateBytes(password, out);
      return DatabaseKey.of(out);
    } finally {
      Arrays.fill(out, (byte) 0);
    }
  }
}
