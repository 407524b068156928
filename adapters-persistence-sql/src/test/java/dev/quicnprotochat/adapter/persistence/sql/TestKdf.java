package dev.quicnprotochat.adapter.persistence.sql;

/// Cheap Argon2id costs, so tests that open encrypted databases stay fast; the defaults are tested separately.
final class TestKdf {

  static final KdfParameters FAST = new KdfParameters(1024, 1, 1);

  private TestKdf() {}
}
