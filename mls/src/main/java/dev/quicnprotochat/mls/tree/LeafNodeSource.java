package dev.quicnprotochat.mls.tree;

import dev.quicnprotochat.mls.CodecException;

/// `enum { reserved(0), key_package(1), update(2), commit(3), (255) } LeafNodeSource;` (RFC 9420 §7.2).
public enum LeafNodeSource {
  KEY_PACKAGE(1),
  UPDATE(2),
  COMMIT(3);

  private final int code;

  LeafNodeSource(int code) {
    this.code = code;
  }

  public int code() {
    return code;
  }

  public static LeafNodeSource fromCode(int code) {
    return switch (code) {
      case 1 -> KEY_PACKAGE;
      case 2 -> UPDATE;
      case 3 -> COMMIT;
      default -> throw new CodecException("unknown leaf node source " + code);
    };
  }
}
