package dev.quicnprotochat.mls.codec;

import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;

/// An immutable byte string with value equality, for public values (keys, hashes, group ids, encoded structs).
///
/// Records holding a raw `byte[]` compare by identity; holding `Bytes` they compare by content. Secrets must not use
/// this type: its `toString` prints the bytes.
public final class Bytes implements Comparable<Bytes> {

  public static final Bytes EMPTY = new Bytes(new byte[0]);

  private static final HexFormat HEX = HexFormat.of();

  private final byte[] value;

  private Bytes(byte[] value) {
    this.value = value;
  }

  /// Copies `value`, so later changes to the array do not reach this object.
  public static Bytes of(byte[] value) {
    return value.length == 0 ? EMPTY : new Bytes(value.clone());
  }

  /// Takes ownership of `value` without copying; the caller must not change the array afterwards.
  public static Bytes wrap(byte[] value) {
    return value.length == 0 ? EMPTY : new Bytes(value);
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

  /// The contents themselves, for [TlsReader], which only reads them: decoding a large message (an 85 KB commit)
  /// needs no copy of it first.
  byte[] array() {
    return value;
  }

  /// A fresh copy of the contents.
  public byte[] toByteArray() {
    return value.clone();
  }

  public int length() {
    return value.length;
  }

  public boolean isEmpty() {
    return value.length == 0;
  }

  public byte get(int index) {
    return value[index];
  }

  /// A fresh copy of the bytes from `from` (inclusive) to `to` (exclusive).
  public byte[] copyOfRange(int from, int to) {
    return Arrays.copyOfRange(value, from, to);
  }

  public Bytes slice(int from, int to) {
    return wrap(Arrays.copyOfRange(value, from, to));
  }

  public Bytes concat(Bytes other) {
    byte[] out = Arrays.copyOf(value, value.length + other.value.length);
    System.arraycopy(other.value, 0, out, value.length, other.value.length);
    return wrap(out);
  }

  public String toHex() {
    return HEX.formatHex(value);
  }

  /// Constant-time comparison, for MACs and tags.
  public boolean constantTimeEquals(Bytes other) {
    return MessageDigest.isEqual(value, other.value);
  }

  /// Writes the contents into `out` at `offset` without exposing the internal array.
  public void copyTo(byte[] out, int offset) {
    System.arraycopy(value, 0, out, offset, value.length);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Bytes other && Arrays.equals(value, other.value);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(value);
  }

  /// Unsigned lexicographic order, as RFC 9420 uses for sorting.
  @Override
  public int compareTo(Bytes other) {
    return Arrays.compareUnsigned(value, other.value);
  }

  @Override
  public String toString() {
    return value.length <= 64 ? toHex() : HEX.formatHex(value, 0, 32) + "…(" + value.length + " bytes)";
  }
}
