package dev.quicnprotochat.mls.framing;

import dev.quicnprotochat.mls.CodecException;

/// `enum { reserved(0), application(1), proposal(2), commit(3), (255) } ContentType;` (RFC 9420 §6).
public enum ContentType {
  APPLICATION(1),
  PROPOSAL(2),
  COMMIT(3);

  private final int code;

  ContentType(int code) {
    this.code = code;
  }

  public int code() {
    return code;
  }

  /// The content type with `code`; reserved and unknown values are a [CodecException].
  public static ContentType fromCode(int code) {
    return switch (code) {
      case 1 -> APPLICATION;
      case 2 -> PROPOSAL;
      case 3 -> COMMIT;
      default -> throw new CodecException("unknown content type " + code);
    };
  }
}
