package dev.quicnprotochat.mls.codec;

import dev.quicnprotochat.mls.UsageException;
import java.util.Arrays;
import java.util.Collection;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/// Encodes the TLS presentation language as RFC 9420 §2.1 profiles it: big-endian fixed-width integers, vectors with
/// a variable-length (QUIC-style) length prefix, and `optional<T>` as a presence byte.
public final class TlsWriter {

  /// RFC 9420 §2.1.2: the largest length a variable-length header can carry (30 bits).
  public static final long MAX_VARINT = (1L << 30) - 1;

  private byte[] buffer;
  private int size;

  public TlsWriter() {
    this(64);
  }

  public TlsWriter(int initialCapacity) {
    buffer = new byte[Math.max(16, initialCapacity)];
  }

  /// Encodes one value with `encoder` and returns the bytes.
  public static <T> byte[] encode(T value, BiConsumer<TlsWriter, T> encoder) {
    TlsWriter writer = new TlsWriter();
    encoder.accept(writer, value);
    return writer.toByteArray();
  }

  private void ensure(int extra) {
    if (size + extra > buffer.length) {
      buffer = Arrays.copyOf(buffer, Math.max(buffer.length * 2, size + extra));
    }
  }

  public TlsWriter u8(int v) {
    ensure(1);
    buffer[size++] = (byte) v;
    return this;
  }

  public TlsWriter u16(int v) {
    ensure(2);
    buffer[size++] = (byte) (v >>> 8);
    buffer[size++] = (byte) v;
    return this;
  }

  public TlsWriter u32(long v) {
    ensure(4);
    for (int shift = 24; shift >= 0; shift -= 8) {
      buffer[size++] = (byte) (v >>> shift);
    }
    return this;
  }

  public TlsWriter u64(long v) {
    ensure(8);
    for (int shift = 56; shift >= 0; shift -= 8) {
      buffer[size++] = (byte) (v >>> shift);
    }
    return this;
  }

  public TlsWriter bool(boolean v) {
    return u8(v ? 1 : 0);
  }

  /// RFC 9420 §2.1.2: the shortest of the 1-, 2- or 4-byte forms.
  public TlsWriter varint(long v) {
    if (v < 0 || v > MAX_VARINT) {
      throw new UsageException("length " + v + " does not fit a variable-length header");
    }
    if (v < 0x40) {
      return u8((int) v);
    } else if (v < 0x4000) {
      return u16((int) (0x4000 | v));
    }
    return u32(0x8000_0000L | v);
  }

  /// Raw bytes with no length prefix (fixed-size fields).
  public TlsWriter raw(byte[] bytes) {
    ensure(bytes.length);
    System.arraycopy(bytes, 0, buffer, size, bytes.length);
    size += bytes.length;
    return this;
  }

  public TlsWriter raw(Bytes bytes) {
    ensure(bytes.length());
    bytes.copyTo(buffer, size);
    size += bytes.length();
    return this;
  }

  /// `opaque data<V>`: a variable-length prefix, then the bytes.
  public TlsWriter opaque(byte[] bytes) {
    varint(bytes.length);
    return raw(bytes);
  }

  public TlsWriter opaque(Bytes bytes) {
    varint(bytes.length());
    return raw(bytes);
  }

  /// A vector whose body `body` writes; the length prefix counts bytes, not elements.
  public TlsWriter vector(Consumer<TlsWriter> body) {
    // Reserve the widest header, write the body, then shift it left if a shorter header suffices.
    ensure(4);
    int headerAt = size;
    size += 4;
    body.accept(this);
    int bodyLength = size - headerAt - 4;
    int headerLength = bodyLength < 0x40 ? 1 : bodyLength < 0x4000 ? 2 : 4;
    if (bodyLength > MAX_VARINT) {
      throw new UsageException("vector of " + bodyLength + " bytes is too long");
    }
    if (headerLength != 4) {
      System.arraycopy(buffer, headerAt + 4, buffer, headerAt + headerLength, bodyLength);
    }
    int end = headerAt + headerLength + bodyLength;
    size = headerAt;
    varint(bodyLength);
    size = end;
    return this;
  }

  /// A vector of `items`, each written by `encoder`.
  public <T> TlsWriter vector(Collection<? extends T> items, BiConsumer<TlsWriter, T> encoder) {
    return vector(w -> {
      for (T item : items) {
        encoder.accept(w, item);
      }
    });
  }

  /// `optional<T>`: a presence byte, then the value if present.
  public <T> TlsWriter optional(Optional<? extends T> value, BiConsumer<TlsWriter, T> encoder) {
    if (value.isPresent()) {
      u8(1);
      encoder.accept(this, value.get());
    } else {
      u8(0);
    }
    return this;
  }

  /// The number of bytes `opaque data<V>` of `length` bytes takes: the variable-length header and the data.
  public static int opaqueLength(int length) {
    return (length < 0x40 ? 1 : length < 0x4000 ? 2 : 4) + length;
  }

  public int size() {
    return size;
  }

  public byte[] toByteArray() {
    return Arrays.copyOf(buffer, size);
  }

  /// The encoded bytes, handing over the buffer itself when it is exactly full (a writer created with the exact
  /// length), which saves copying a large struct; the writer must not be used afterwards.
  public byte[] detach() {
    byte[] out = size == buffer.length ? buffer : Arrays.copyOf(buffer, size);
    buffer = new byte[0];
    size = 0;
    return out;
  }

  public Bytes toBytes() {
    return Bytes.wrap(toByteArray());
  }
}
