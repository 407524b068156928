package dev.quicnprotochat.adapter.persistence.sql;

/// Argon2id cost parameters (RFC 9106 §4) for turning a state password into a database key.
///
/// They are stored in the salt file beside the database, so a database keeps opening with the parameters it was
/// created with even after the defaults change.
public record KdfParameters(int memoryKib, int iterations, int parallelism) {

  /// RFC 9106 §4, second recommended option: 64 MiB, t=3 (here with one lane, as a client derives the key once).
  public static final KdfParameters DEFAULT = new KdfParameters(64 * 1024, 3, 1);

  public KdfParameters {
    if (memoryKib < 8 * parallelism || memoryKib > 4 * 1024 * 1024) {
      throw new IllegalArgumentException("Argon2id memory must be between 8*parallelism KiB and 4 GiB");
    }
    if (iterations < 1 || iterations > 100) {
      throw new IllegalArgumentException("Argon2id iterations must be between 1 and 100");
    }
    if (parallelism < 1 || parallelism > 64) {
      throw new IllegalArgumentException("Argon2id parallelism must be between 1 and 64");
    }
  }
}
