package dev.quicnprotochat.adapter.persistence.file.state;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;

/// Encodes a state file's body: big-endian integers, length-prefixed byte strings and UTF-8 strings, instants as
/// (seconds i64, nanos i32). [#toByteArray()] hands out the only copy, which the caller wipes after sealing.
final class BodyWriter {

  private final ExposedBuffer out = new ExposedBuffer();

  BodyWriter u8(int value) {
    out.write(value);
    return this;
  }

  BodyWriter u16(int value) {
    out.write(value >>> 8);
    out.write(value);
    return this;
  }

  BodyWriter u32(long value) {
    for (int shift = 24; shift >= 0; shift -= 8) {
      out.write((int) (value >>> shift));
    }
    return this;
  }

  BodyWriter i64(long value) {
    u32(value >>> 32);
    return u32(value & 0xffffffffL);
  }

  BodyWriter raw(byte[] bytes) {
    out.write(bytes, 0, bytes.length);
    return this;
  }

  /// A byte string of up to 255 bytes: u8 length, bytes.
  BodyWriter shortBytes(byte[] bytes) {
    if (bytes.length > 0xff) {
      throw new IllegalArgumentException("too long for a u8 length");
    }
    return u8(bytes.length).raw(bytes);
  }

  /// A byte string: u32 length, bytes.
  BodyWriter bytes(byte[] bytes) {
    return u32(bytes.length).raw(bytes);
  }

  /// A UTF-8 string of up to 65535 bytes: u16 length, bytes.
  BodyWriter utf8(String text) {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    if (bytes.length > 0xffff) {
      throw new IllegalArgumentException("too long for a u16 length");
    }
    return u16(bytes.length).raw(bytes);
  }

  BodyWriter instant(Instant instant) {
    return i64(instant.getEpochSecond()).u32(instant.getNano());
  }

  byte[] toByteArray() {
    byte[] copy = Arrays.copyOf(out.buffer(), out.size());
    out.wipe();
    return copy;
  }

  /// A byte stream whose internal array can be wiped, so encoded secrets do not linger in growth copies' last one.
  private static final class ExposedBuffer extends ByteArrayOutputStream {
    byte[] buffer() {
      return buf;
    }

    void wipe() {
      Arrays.fill(buf, (byte) 0);
      count = 0;
    }
  }
}
