package dev.quicnprotochat.adapter.persistence.file;

import dev.quicnprotochat.domain.identity.IdentityKey;
import dev.quicnprotochat.mls.codec.Bytes;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Collection;
import java.util.Optional;

/// Builds one store record: a tag byte, then fields in the order the tag's reader expects. Byte strings are
/// u32-length-prefixed, integers big-endian, strings UTF-8 with a length prefix, instants (seconds, nanos).
final class RecordWriter {

  private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();
  private final DataOutputStream out = new DataOutputStream(buffer);

  RecordWriter(int tag) {
    u8(tag);
  }

  RecordWriter u8(int value) {
    return run(() -> out.writeByte(value));
  }

  RecordWriter i32(int value) {
    return run(() -> out.writeInt(value));
  }

  RecordWriter i64(long value) {
    return run(() -> out.writeLong(value));
  }

  RecordWriter bool(boolean value) {
    return run(() -> out.writeBoolean(value));
  }

  RecordWriter bytes(Bytes value) {
    return run(() -> {
      out.writeInt(value.length());
      out.write(value.toByteArray());
    });
  }

  RecordWriter key(IdentityKey key) {
    return bytes(key.value());
  }

  RecordWriter keys(Collection<IdentityKey> keys) {
    i32(keys.size());
    keys.forEach(this::key);
    return this;
  }

  RecordWriter optionalKey(Optional<IdentityKey> key) {
    bool(key.isPresent());
    key.ifPresent(this::key);
    return this;
  }

  RecordWriter string(String value) {
    return run(() -> out.writeUTF(value));
  }

  RecordWriter instant(Instant value) {
    i64(value.getEpochSecond());
    return i32(value.getNano());
  }

  byte[] toByteArray() {
    return buffer.toByteArray();
  }

  private interface Write {
    void run() throws IOException;
  }

  private RecordWriter run(Write write) {
    try {
      write.run();
    } catch (IOException e) {
      // a ByteArrayOutputStream does not fail
      throw new UncheckedIOException(e);
    }
    return this;
  }
}
