package dev.quicnprotochat.mls.framing;

import dev.quicnprotochat.mls.CodecException;

/// `enum { reserved(0), mls_public_message(1), mls_private_message(2), mls_welcome(3), mls_group_info(4),
/// mls_key_package(5), (65535) } WireFormat;` (RFC 9420 §6).
public enum WireFormat {
  PUBLIC_MESSAGE(1),
  PRIVATE_MESSAGE(2),
  WELCOME(3),
  GROUP_INFO(4),
  KEY_PACKAGE(5);

  private final int code;

  WireFormat(int code) {
    this.code = code;
  }

  public int code() {
    return code;
  }

  /// The wire format with `code`; reserved and unknown values are a [CodecException].
  public static WireFormat fromCode(int code) {
    return switch (code) {
      case 1 -> PUBLIC_MESSAGE;
      case 2 -> PRIVATE_MESSAGE;
      case 3 -> WELCOME;
      case 4 -> GROUP_INFO;
      case 5 -> KEY_PACKAGE;
      default -> throw new CodecException("unknown wire format " + code);
    };
  }
}
