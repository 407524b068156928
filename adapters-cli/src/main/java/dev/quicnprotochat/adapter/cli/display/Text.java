package dev.quicnprotochat.adapter.cli.display;

import dev.quicnprotochat.domain.conversation.Conversation;
import dev.quicnprotochat.mls.codec.Bytes;

/// Makes text from other people safe to print on one terminal line: a peer's message, sender name or group title
/// could otherwise carry escape sequences that rewrite the screen, or newlines that forge output lines.
public final class Text {
  /// Stands in for a line break inside a message, so every message stays one output line.
  public static final char NEWLINE = '\u2424';
  private static final char REPLACEMENT = '\uFFFD';

  private Text() {}

  /// `text` with line breaks shown as [#NEWLINE], tabs as spaces and every other control or format character
  /// (escape sequences, bidirectional overrides) replaced.
  public static String clean(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n') {
        out.append(NEWLINE);
      } else if (c == '\t') {
        out.append(' ');
      } else if (c == '\r') {
        continue;
      } else if (Character.isISOControl(c) || Character.getType(c) == Character.FORMAT) {
        out.append(REPLACEMENT);
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  /// The conversation's title, cleaned.
  public static String title(Conversation conversation) {
    return clean(conversation.title());
  }

  /// The first 8 hex digits of an id: what `list` shows and what a conversation can be named by.
  public static String shortId(Bytes id) {
    String hex = id.toHex();
    return hex.length() <= 8 ? hex : hex.substring(0, 8);
  }
}
