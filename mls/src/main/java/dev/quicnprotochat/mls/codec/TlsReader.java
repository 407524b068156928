package dev.quicnprotochat.mls.codec;

import dev.quicnprotochat.mls.CodecException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/// Strict decoder for the TLS presentation language of RFC 9420 §2.1.
///
/// Every malformation (reading past the end, a non-minimal or reserved variable-length header, trailing bytes after
/// [#finish()], a presence byte other than 0 or 1) is a [CodecException]; no other exception type escapes.
public final class TlsReader {

  private final byte[] data;
  private int position;
  private final int limit;
  /// Whether nobody writes `data` (it came from a [Bytes]): only then can [#opaqueView] and [#consumedView] share
  /// it instead of copying.
  private final boolean immutable;

  public TlsReader(byte[] data) {
    this(data, 0, data.length, false);
  }

  /// A reader over `data` itself (no copy: a reader never writes).
  public TlsReader(Bytes data) {
    this(data.array(), data.offset(), data.offset() + data.length(), true);
  }

  private TlsReader(byte[] data, int position, int limit, boolean immutable) {
    this.data = data;
    this.position = position;
    this.limit = limit;
    this.immutable = immutable;
  }

  /// Decodes `bytes` completely with `decoder`; trailing bytes are an error.
  public static <T> T decode(byte[] bytes, Function<TlsReader, T> decoder) {
    TlsReader reader = new TlsReader(bytes);
    T value = decoder.apply(reader);
    reader.finish();
    return value;
  }

  public static <T> T decode(Bytes bytes, Function<TlsReader, T> decoder) {
    TlsReader reader = new TlsReader(bytes);
    T value = decoder.apply(reader);
    reader.finish();
    return value;
  }

  private void need(long n) {
    if (n < 0 || n > limit - position) {
      throw new CodecException("truncated input: need " + n + " bytes at offset " + position + ", have "
          + (limit - position));
    }
  }

  public int u8() {
    need(1);
    return data[position++] & 0xff;
  }

  public int u16() {
    need(2);
    int v = ((data[position] & 0xff) << 8) | (data[position + 1] & 0xff);
    position += 2;
    return v;
  }

  public long u32() {
    need(4);
    long v = 0;
    for (int i = 0; i < 4; i++) {
      v = (v << 8) | (data[position++] & 0xff);
    }
    return v;
  }

  /// A u32 that must fit a non-negative `int` (indices, counts).
  public int u32AsInt() {
    long v = u32();
    if (v > Integer.MAX_VALUE) {
      throw new CodecException("value " + v + " is out of range");
    }
    return (int) v;
  }

  /// Unsigned 64-bit value in a `long`; compare with `Long.compareUnsigned`.
  public long u64() {
    need(8);
    long v = 0;
    for (int i = 0; i < 8; i++) {
      v = (v << 8) | (data[position++] & 0xff);
    }
    return v;
  }

  public boolean bool() {
    int v = u8();
    if (v > 1) {
      throw new CodecException("boolean byte " + v + " is neither 0 nor 1");
    }
    return v == 1;
  }

  /// RFC 9420 §2.1.2: prefix 0b11 is reserved, and the encoding must be the shortest one.
  public long varint() {
    int first = u8();
    int prefix = first >>> 6;
    long v = first & 0x3f;
    switch (prefix) {
      case 0 -> {
        return v;
      }
      case 1 -> {
        v = (v << 8) | u8();
        if (v < 0x40) {
          throw new CodecException("non-minimal variable-length header");
        }
        return v;
      }
      case 2 -> {
        for (int i = 0; i < 3; i++) {
          v = (v << 8) | u8();
        }
        if (v < 0x4000) {
          throw new CodecException("non-minimal variable-length header");
        }
        return v;
      }
      default -> throw new CodecException("reserved variable-length header prefix 0b11");
    }
  }

  public byte[] raw(int length) {
    need(length);
    byte[] out = new byte[length];
    System.arraycopy(data, position, out, 0, length);
    position += length;
    return out;
  }

  /// Moves past `length` bytes without reading them.
  public void skip(long length) {
    need(length);
    position += (int) length;
  }

  public Bytes rawBytes(int length) {
    return Bytes.wrap(raw(length));
  }

  /// `opaque data<V>`.
  public byte[] opaque() {
    long length = varint();
    need(length);
    return raw((int) length);
  }

  public Bytes opaqueBytes() {
    return Bytes.wrap(opaque());
  }

  /// A reader over the body of the next vector; the outer reader moves past it.
  public TlsReader vector() {
    long length = varint();
    need(length);
    TlsReader body = new TlsReader(data, position, position + (int) length, immutable);
    position += (int) length;
    return body;
  }

  /// A vector of items decoded by `decoder` until its body is used up.
  public <T> List<T> vector(Function<TlsReader, T> decoder) {
    TlsReader body = vector();
    List<T> items = new ArrayList<>();
    while (body.hasRemaining()) {
      items.add(decoder.apply(body));
    }
    return List.copyOf(items);
  }

  /// `optional<T>`.
  public <T> Optional<T> optional(Function<TlsReader, T> decoder) {
    return bool() ? Optional.of(decoder.apply(this)) : Optional.empty();
  }

  public boolean hasRemaining() {
    return position < limit;
  }

  public int remaining() {
    return limit - position;
  }

  public int position() {
    return position;
  }

  /// The bytes consumed between `from` (an earlier [#position()]) and now, e.g. to hash or sign an encoded struct
  /// exactly as received.
  public Bytes consumedSince(int from) {
    byte[] out = new byte[position - from];
    System.arraycopy(data, from, out, 0, out.length);
    return Bytes.wrap(out);
  }

  /// Reads `opaque data<V>` fields until the reader is used up, each header checked as [#varint] checks it, without
  /// copying their contents: returns, per field, its content's offset relative to `from` (an earlier [#position()])
  /// and its length. One tight loop, for vectors of many small fields (a 1024-member commit's 2046 path ciphertext
  /// fields), which a decoder calling [#varint] and [#skip] per field would spend far longer on before the JIT
  /// compiled it.
  public int[] opaqueFieldsToEnd(int from) {
    // Sized for fields of about 32 bytes (an X25519 path ciphertext has two of 32 and 48), so that it rarely grows.
    int[] out = new int[Math.max(16, (limit - position) / 16)];
    int n = 0;
    int p = position;
    while (p < limit) {
      int first = data[p] & 0xff;
      int length;
      int header;
      switch (first >>> 6) {
        case 0 -> {
          length = first;
          header = 1;
        }
        case 1 -> {
          if (limit - p < 2) {
            throw truncated(2, p);
          }
          length = ((first & 0x3f) << 8) | (data[p + 1] & 0xff);
          if (length < 0x40) {
            throw new CodecException("non-minimal variable-length header");
          }
          header = 2;
        }
        case 2 -> {
          if (limit - p < 4) {
            throw truncated(4, p);
          }
          length = ((first & 0x3f) << 24) | ((data[p + 1] & 0xff) << 16) | ((data[p + 2] & 0xff) << 8)
              | (data[p + 3] & 0xff);
          if (length < 0x4000) {
            throw new CodecException("non-minimal variable-length header");
          }
          header = 4;
        }
        default -> throw new CodecException("reserved variable-length header prefix 0b11");
      }
      p += header;
      if (length > limit - p) {
        throw truncated(length, p);
      }
      if (n + 2 > out.length) {
        out = Arrays.copyOf(out, out.length * 2);
      }
      out[n++] = p - from;
      out[n++] = length;
      p += length;
    }
    position = p;
    return Arrays.copyOf(out, n);
  }

  private CodecException truncated(long n, int at) {
    return new CodecException("truncated input: need " + n + " bytes at offset " + at + ", have " + (limit - at));
  }

  /// `opaque data<V>` as [#opaqueBytes] reads it, but sharing the input instead of copying it when the reader is
  /// over a [Bytes]: for large parts of a message (a PrivateMessage's ciphertext), never for small values that
  /// outlive the message (the view keeps the whole input alive).
  public Bytes opaqueView() {
    long length = varint();
    need(length);
    position += (int) length;
    return consumedView(position - (int) length);
  }

  /// The bytes consumed since `from`, as [#consumedSince] returns them, but shared with the input instead of copied
  /// when the reader is over a [Bytes]; the same caution as for [#opaqueView] applies.
  public Bytes consumedView(int from) {
    if (!immutable) {
      return consumedSince(from);
    }
    return Bytes.view(data, from, position);
  }

  /// Fails if any bytes are left.
  public void finish() {
    if (position != limit) {
      throw new CodecException((limit - position) + " trailing bytes");
    }
  }
}
