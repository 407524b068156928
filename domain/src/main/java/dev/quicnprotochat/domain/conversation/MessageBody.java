package dev.quicnprotochat.domain.conversation;

import java.util.Objects;

/// The decrypted text of a message. It is user plaintext, so `toString` never shows it: logs stay clean
/// (DESIGN.md §6).
public record MessageBody(String text) {

  /// Longest text accepted, in UTF-16 units.
  public static final int MAX_LENGTH = 64 * 1024;

  public MessageBody {
    Objects.requireNonNull(text, "text");
    if (text.length() > MAX_LENGTH) {
      throw new IllegalArgumentException("a message has at most " + MAX_LENGTH + " characters");
    }
  }

  @Override
  public String toString() {
    return "MessageBody[" + text.length() + " chars]";
  }
}
