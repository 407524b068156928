package dev.quicnprotochat.adapter.persistence.sql;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Arrays;

/// The per-database Argon2id salt and cost, kept beside the database as `<db>.salt` (mode 0600).
///
/// Format (big-endian): magic `QPCSALT1` (8 bytes), memory KiB (u32), iterations (u32), parallelism (u32),
/// salt (16 bytes). The salt is not secret; losing it makes the database unreadable, so it is written atomically.
record SaltFile(KdfParameters parameters, byte[] salt) {

  static final int SALT_LENGTH = 16;
  private static final byte[] MAGIC = "QPCSALT1".getBytes(StandardCharsets.US_ASCII);
  private static final int LENGTH = MAGIC.length + 12 + SALT_LENGTH;

  SaltFile {
    if (salt.length != SALT_LENGTH) {
      throw new IllegalArgumentException("salt must have " + SALT_LENGTH + " bytes");
    }
    salt = salt.clone();
  }

  static Path pathFor(Path database) {
    return database.resolveSibling(database.getFileName() + ".salt");
  }

  static SaltFile generate(KdfParameters parameters, SecureRandom random) {
    byte[] salt = new byte[SALT_LENGTH];
    random.nextBytes(salt);
    return new SaltFile(parameters, salt);
  }

  static SaltFile read(Path file) throws IOException {
    byte[] content = Files.readAllBytes(file);
    if (content.length != LENGTH || !Arrays.equals(content, 0, MAGIC.length, MAGIC, 0, MAGIC.length)) {
      throw new IOException("not a quicnprotochat salt file: " + file);
    }
    ByteBuffer in = ByteBuffer.wrap(content, MAGIC.length, LENGTH - MAGIC.length);
    KdfParameters parameters;
    try {
      parameters = new KdfParameters(in.getInt(), in.getInt(), in.getInt());
    } catch (IllegalArgumentException e) {
      throw new IOException("salt file holds invalid Argon2id parameters: " + file, e);
    }
    byte[] salt = new byte[SALT_LENGTH];
    in.get(salt);
    return new SaltFile(parameters, salt);
  }

  void write(Path file) throws IOException {
    ByteBuffer out = ByteBuffer.allocate(LENGTH);
    out.put(MAGIC).putInt(parameters.memoryKib()).putInt(parameters.iterations()).putInt(parameters.parallelism());
    out.put(salt);
    SecureFiles.writeAtomically(file, out.array());
  }

  @Override
  public byte[] salt() {
    return salt.clone();
  }
}
