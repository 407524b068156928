package dev.quicnprotochat.bootstrap.client;

import dev.quicnprotochat.mls.codec.Bytes;
import dev.quicnprotochat.mls.extension.Extension;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/// The group title as a GroupContext extension: the creator's name for the group reaches every member inside the
/// encrypted GroupInfo of their Welcome, so a joiner sees "team" rather than the inviter's name. The server never
/// sees it (Welcomes and handshakes are encrypted).
///
/// The type is in RFC 9420 §17.3's private-use range (0xF000-0xFFFF); the data is the title's UTF-8 bytes. Every
/// leaf this engine creates lists the type in its capabilities, as RFC 9420 §7.2 and §12.1.1 require of members
/// of a group whose context carries a non-default extension.
final class GroupTitle {

  static final int EXTENSION_TYPE = 0xF0A1;

  /// Longest title sent, in UTF-8 bytes (a title is at most 200 characters).
  static final int MAX_BYTES = 800;

  private GroupTitle() {}

  static Extension extension(String title) {
    byte[] bytes = title.getBytes(StandardCharsets.UTF_8);
    if (bytes.length == 0 || bytes.length > MAX_BYTES) {
      throw new IllegalArgumentException("a group title has 1 to " + MAX_BYTES + " UTF-8 bytes");
    }
    return new Extension(EXTENSION_TYPE, Bytes.wrap(bytes));
  }

  /// The title among `groupContextExtensions`; empty when there is none or it is not valid UTF-8 of a sane
  /// length (a peer's input: the caller still checks it is showable).
  static Optional<String> of(List<Extension> groupContextExtensions) {
    return Extension.find(groupContextExtensions, EXTENSION_TYPE).flatMap(e -> {
      byte[] bytes = e.extensionData().toByteArray();
      if (bytes.length == 0 || bytes.length > MAX_BYTES) {
        return Optional.empty();
      }
      try {
        return Optional.of(StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString());
      } catch (CharacterCodingException malformed) {
        return Optional.empty();
      }
    });
  }
}
