package dev.quicnprotochat.mls.codec;

import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;

/// An immutable byte string with value equality, for public values (keys, hashes, group ids, encoded structs).
///
/// Records holding a raw `byte[]` compare by identity; holding `Bytes` they compare by content. Secrets must not use
/// this type: its `toString` prints the bytes.
public final class Bytes implements Comparable<Bytes> {

  public static final Bytes EMPTY = new Bytes(new byte[0], 0, 0);

  private static final HexFormat HEX = HexFormat.of();

  // The contents are value[offset, offset + length). A view of part of an array (see [#view]) shares it: the array
  // is never written once a Bytes holds it, so sharing it is as safe as copying it.
  private final byte[] value;
  private final int offset;
  private final int length;

  private Bytes(byte[] value, int offset, int length) {
    this.value = value;
    this.offset = offset;
    this.length = length;
  }

  /// Copies `value`, so later changes to the array do not reach this object.
  public static Bytes of(byte[] value) {
    return value.length == 0 ? EMPTY : new Bytes(value.clone(), 0, value.length);
  }

  /// Takes ownership of `value` without copying; the caller must not change the array afterwards.
  public static Bytes wrap(byte[] value) {
    return value.length == 0 ? EMPTY : new Bytes(value, 0, value.length);
  }

  /// `array[from, to)` without copying, for [TlsReader] over contents nobody writes (a message's bytes, a decrypted
  /// plaintext): a view keeps the whole array alive, so it is taken only for the large parts of a message (a
  /// commit's body, its path ciphertexts), never for small values that outlive the message.
  static Bytes view(byte[] array, int from, int to) {
    java.util.Objects.checkFromToIndex(from, to, array.length);
    return from == to ? EMPTY : new Bytes(array, from, to - from);
  }

  public static Bytes fromHex(String hex) {
    try {
      return wrap(HEX.parseHex(hex));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("not a hex string", e);
    }
  }

  public static Bytes zeros(int length) {
    return wrap(new byte[length]);
  }

  /// The backing array, for [TlsReader], which only reads it from [#offset()] for [#length()] bytes: decoding a
  /// large message (an 85 KB commit) needs no copy of it first.
  byte[] array() {
    return value;
  }

  int offset() {
    return offset;
  }

  /// Reads the contents in place, for APIs that take an array range (a cipher, a digest) over large contents that
  /// should not be copied first. `reader` must neither change the array nor keep it.
  public <T> T read(RangeReader<T> reader) {
    return reader.read(value, offset, length);
  }

  /// Reads `array[offset, offset + length)`; see [#read].
  @FunctionalInterface
  public interface RangeReader<T> {
    T read(byte[] array, int offset, int length);
  }

  /// Feeds the contents to `digest` without copying them.
  public void update(MessageDigest digest) {
    digest.update(value, offset, length);
  }

  /// A fresh copy of the contents.
  public byte[] toByteArray() {
    return Arrays.copyOfRange(value, offset, offset + length);
  }

  public int length() {
    return length;
  }

  public boolean isEmpty() {
    return length == 0;
  }

  public byte get(int index) {
    return value[offset + java.util.Objects.checkIndex(index, length)];
  }

  /// A fresh copy of the bytes from `from` (inclusive) to `to` (exclusive).
  public byte[] copyOfRange(int from, int to) {
    java.util.Objects.checkFromToIndex(from, to, length);
    return Arrays.copyOfRange(value, offset + from, offset + to);
  }

  public Bytes slice(int from, int to) {
    return wrap(copyOfRange(from, to));
  }

  public Bytes concat(Bytes other) {
    byte[] out = new byte[length + other.length];
    System.arraycopy(value, offset, out, 0, length);
    System.arraycopy(other.value, other.offset, out, length, other.length);
    return wrap(out);
  }

  public String toHex() {
    return HEX.formatHex(value, offset, offset + length);
  }

  /// Constant-time comparison, for MACs and tags: the time depends on the lengths only.
  public boolean constantTimeEquals(Bytes other) {
    if (length != other.length) {
      return false;
    }
    int diff = 0;
    for (int i = 0; i < length; i++) {
      diff |= value[offset + i] ^ other.value[other.offset + i];
    }
    return diff == 0;
  }

  /// Writes the contents into `out` at `offset` without exposing the internal array.
  public void copyTo(byte[] out, int offset) {
    System.arraycopy(value, this.offset, out, offset, length);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Bytes other
        && Arrays.equals(value, offset, offset + length, other.value, other.offset, other.offset + other.length);
  }

  /// The same value as `Arrays.hashCode` of the contents.
  @Override
  public int hashCode() {
    if (offset == 0 && length == value.length) {
      return Arrays.hashCode(value);
    }
    int h = 1;
    for (int i = offset; i < offset + length; i++) {
      h = 31 * h + value[i];
    }
    return h;
  }

  /// Unsigned lexicographic order, as RFC 9420 uses for sorting.
  @Override
  public int compareTo(Bytes other) {
    return Arrays.compareUnsigned(value, offset, offset + length, other.value, other.offset,
        other.offset + other.length);
  }

  @Override
  public String toString() {
    return length <= 64 ? toHex() : HEX.formatHex(value, offset, offset + 32) + "…(" + length + " bytes)";
  }
}
