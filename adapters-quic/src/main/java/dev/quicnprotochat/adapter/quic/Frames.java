package dev.quicnprotochat.adapter.quic;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.WritableByteChannel;
import org.capnproto.DecodeException;
import org.capnproto.MessageBuilder;
import org.capnproto.MessageReader;
import org.capnproto.ReaderOptions;
import org.capnproto.Serialize;

/// One Cap'n Proto message in the standard stream framing (segment table, then segments) per stream direction.
final class Frames {
  /// Deep enough for every struct in the schema, shallow enough that a crafted message cannot recurse for long.
  private static final int NESTING_LIMIT = 32;

  /// First segment of a new message, in 8-byte words. Cap'n Proto's default (1024 words) would allocate 8 KiB for
  /// every call although most messages here are a few dozen bytes; larger messages grow in further segments.
  private static final int FIRST_SEGMENT_WORDS = 64;

  private Frames() {}

  /// A builder sized for the small messages most calls carry.
  static MessageBuilder newMessage() {
    return new MessageBuilder(FIRST_SEGMENT_WORDS);
  }

  /// Serialises `message` into a new buffer from `allocator`; the caller owns (and releases or writes) it.
  static ByteBuf encode(MessageBuilder message, ByteBufAllocator allocator) {
    int size = Math.toIntExact(Serialize.computeSerializedSizeInWords(message) * 8);
    ByteBuf out = allocator.buffer(size, size);
    try {
      Serialize.write(new ByteBufChannel(out), message);
      return out;
    } catch (IOException | RuntimeException e) {
      out.release();
      throw new IllegalStateException("cannot serialise a message", e);
    }
  }

  /// Serialises `message` into a new byte array (for payloads sent again and again, and for tests that craft bytes).
  static byte[] encodeToArray(MessageBuilder message) {
    ByteBuf buf = encode(message, ByteBufAllocator.DEFAULT);
    try {
      byte[] out = new byte[buf.readableBytes()];
      buf.readBytes(out);
      return out;
    } finally {
      buf.release();
    }
  }

  /// Parses exactly one message from `bytes` (read from its reader index; not released here). The content is copied,
  /// so the returned reader stays valid after the caller releases `bytes`.
  ///
  /// @throws CallException `MALFORMED_REQUEST` when the bytes are empty, truncated, not a message, or followed by
  ///     trailing bytes
  static MessageReader decode(ByteBuf bytes, int maxMessageBytes) {
    if (!bytes.isReadable()) {
      throw new CallException(CallError.MALFORMED_REQUEST, "empty request: expected one Cap'n Proto message");
    }
    ByteBuffer copy = ByteBuffer.allocate(bytes.readableBytes()).order(ByteOrder.LITTLE_ENDIAN);
    bytes.getBytes(bytes.readerIndex(), copy);
    copy.flip();
    try {
      // the traversal limit bounds the work a small but self-referencing message can cause (amplification)
      MessageReader reader = Serialize.read(copy, new ReaderOptions(maxMessageBytes / 8L + 8, NESTING_LIMIT));
      if (copy.hasRemaining()) {
        throw new CallException(CallError.MALFORMED_REQUEST,
            "trailing bytes after the message: one Cap'n Proto message per stream");
      }
      return reader;
    } catch (IOException | DecodeException | IllegalArgumentException | IndexOutOfBoundsException e) {
      throw new CallException(CallError.MALFORMED_REQUEST, "not a well-formed Cap'n Proto message");
    } catch (java.nio.BufferUnderflowException e) {
      throw new CallException(CallError.MALFORMED_REQUEST, "truncated Cap'n Proto message");
    }
  }

  /// The length in bytes of the first framed message in `bytes` (from its reader index), or -1 while the bytes
  /// hold less than the whole message: for streams that carry several messages back to back (push events).
  ///
  /// @throws CallException `MALFORMED_REQUEST` for a segment table that announces more than `maxMessageBytes`
  static int frameLength(ByteBuf bytes, int maxMessageBytes) {
    int start = bytes.readerIndex();
    if (bytes.readableBytes() < 4) {
      return -1;
    }
    long segments = Integer.toUnsignedLong(bytes.getIntLE(start)) + 1;
    long header = (4 + 4 * segments + 7) / 8 * 8;
    if (header > maxMessageBytes) {
      throw new CallException(CallError.MALFORMED_REQUEST, "segment table too large");
    }
    if (bytes.readableBytes() < 4 + 4 * segments) {
      return -1;
    }
    long total = header;
    for (int i = 0; i < segments; i++) {
      total += 8 * Integer.toUnsignedLong(bytes.getIntLE(start + 4 + 4 * i));
      if (total > maxMessageBytes) {
        throw new CallException(CallError.MESSAGE_TOO_LARGE, "message exceeds " + maxMessageBytes + " bytes");
      }
    }
    return bytes.readableBytes() < total ? -1 : (int) total;
  }

  /// Adapts a [ByteBuf] to the channel [Serialize#write] wants.
  private record ByteBufChannel(ByteBuf out) implements WritableByteChannel {
    @Override
    public int write(ByteBuffer src) {
      int n = src.remaining();
      out.writeBytes(src);
      return n;
    }

    @Override
    public boolean isOpen() {
      return true;
    }

    @Override
    public void close() {}
  }
}
