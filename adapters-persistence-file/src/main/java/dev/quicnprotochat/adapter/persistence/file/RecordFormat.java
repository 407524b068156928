package dev.quicnprotochat.adapter.persistence.file;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32C;

/// The on-disk layout of a record log.
///
/// ```
/// file   = magic "QPCLOG01" (8 bytes), record*
/// record = length (u32) | crc (u32) | batch (u64) | payload (length bytes)      all big-endian
/// ```
/// `crc` is CRC32C over `length`, `batch` and `payload`, so damage to any field is caught. `batch` is the file
/// offset where the record's append batch (one write + one sync) starts; replay uses it to tell a torn final batch
/// from damage inside synced history (see [RecordScanner]).
final class RecordFormat {

  static final byte[] MAGIC = "QPCLOG01".getBytes(StandardCharsets.US_ASCII);
  static final int HEADER = 16;
  /// Largest payload accepted; a larger length field can only be damage.
  static final int MAX_PAYLOAD = 16 * 1024 * 1024;

  private RecordFormat() {}

  static int crc(int length, long batch, ByteBuffer payload) {
    CRC32C crc = new CRC32C();
    crc.update(ByteBuffer.allocate(12).putInt(0, length).putLong(4, batch));
    crc.update(payload.duplicate());
    return (int) crc.getValue();
  }

  static void encode(byte[] payload, long batch, ByteBuffer out) {
    out.putInt(payload.length);
    out.putInt(crc(payload.length, batch, ByteBuffer.wrap(payload)));
    out.putLong(batch);
    out.put(payload);
  }

  /// The total size of the valid record starting at `offset` of `data`, or -1 when there is none.
  static int validRecordAt(ByteBuffer data, int offset) {
    if (data.limit() - offset < HEADER) {
      return -1;
    }
    int length = data.getInt(offset);
    if (length < 0 || length > MAX_PAYLOAD || data.limit() - offset - HEADER < length) {
      return -1;
    }
    ByteBuffer payload = data.slice(offset + HEADER, length);
    return crc(length, data.getLong(offset + 8), payload) == data.getInt(offset + 4) ? HEADER + length : -1;
  }
}
