package dev.quicnprotochat.adapter.persistence.file;

import dev.quicnprotochat.domain.identity.IdentityKey;
import dev.quicnprotochat.mls.codec.Bytes;
import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/// Reads the fields [RecordWriter] wrote. A record that does not parse is damage the CRC missed, or a record from
/// a newer version: either way an [IOException], so the store refuses to open rather than guess.
final class RecordReader {

  private final DataInputStream in;
  private final int size;

  RecordReader(byte[] record) {
    this.in = new DataInputStream(new ByteArrayInputStream(record));
    this.size = record.length;
  }

  int u8() throws IOException {
    return in.readUnsignedByte();
  }

  int i32() throws IOException {
    return in.readInt();
  }

  long i64() throws IOException {
    return in.readLong();
  }

  boolean bool() throws IOException {
    return in.readBoolean();
  }

  Bytes bytes() throws IOException {
    int length = in.readInt();
    if (length < 0 || length > size) {
      throw new IOException("bad length " + length + " in a store record");
    }
    return Bytes.wrap(in.readNBytes(length));
  }

  IdentityKey key() throws IOException {
    return new IdentityKey(bytes());
  }

  Set<IdentityKey> keys() throws IOException {
    int count = count();
    Set<IdentityKey> keys = new HashSet<>();
    for (int i = 0; i < count; i++) {
      keys.add(key());
    }
    return keys;
  }

  Optional<IdentityKey> optionalKey() throws IOException {
    return bool() ? Optional.of(key()) : Optional.empty();
  }

  String string() throws IOException {
    return in.readUTF();
  }

  Instant instant() throws IOException {
    return Instant.ofEpochSecond(i64(), i32());
  }

  int count() throws IOException {
    int count = in.readInt();
    if (count < 0 || count > size) {
      throw new IOException("bad count " + count + " in a store record");
    }
    return count;
  }

  /// Checks the whole record was read: trailing bytes mean a format this version does not know.
  void end() throws IOException {
    if (in.available() != 0) {
      throw new IOException("unexpected trailing bytes in a store record");
    }
  }
}
