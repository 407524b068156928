package dev.quicnprotochat.adapter.persistence.file.state;

import dev.quicnprotochat.domain.channel.ChannelId;
import dev.quicnprotochat.domain.clientstate.SerializedGroupState;
import dev.quicnprotochat.mls.codec.Bytes;
import java.util.Arrays;

/// The body of a group-state file: group id (u8 length, bytes), state (u32 length, bytes). The id is inside the
/// (sealed) body rather than only in the file name, so listing groups needs no index and a file swapped for another
/// group's is noticed.
final class GroupStateCodec {

  private GroupStateCodec() {}

  static byte[] encode(ChannelId group, SerializedGroupState state) {
    byte[] bytes = state.toByteArray();
    try {
      return new BodyWriter().shortBytes(group.value().toByteArray()).bytes(bytes).toByteArray();
    } finally {
      Arrays.fill(bytes, (byte) 0);
    }
  }

  static ChannelId groupId(byte[] body, String name) throws CorruptStateFileException {
    BodyReader in = new BodyReader(body, name);
    try {
      return new ChannelId(Bytes.wrap(in.shortBytes()));
    } catch (IllegalArgumentException e) {
      throw in.corrupt("holds an invalid group id");
    }
  }

  /// The state, after checking that the file belongs to `expected`.
  static SerializedGroupState decode(byte[] body, ChannelId expected, String name) throws CorruptStateFileException {
    BodyReader in = new BodyReader(body, name);
    byte[] id = in.shortBytes();
    if (!Bytes.wrap(id).equals(expected.value())) {
      throw in.corrupt("holds the state of another group");
    }
    return decodeState(in);
  }

  private static SerializedGroupState decodeState(BodyReader in) throws CorruptStateFileException {
    long length = in.u32();
    if (length == 0 || length > SerializedGroupState.MAX_LENGTH) {
      throw in.corrupt("holds a group state of impossible length");
    }
    byte[] state = in.raw(length);
    in.end();
    try {
      return SerializedGroupState.of(state);
    } finally {
      Arrays.fill(state, (byte) 0);
    }
  }
}
