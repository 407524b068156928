package dev.quicnprotochat.adapter.persistence.file;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32C;
import org.junit.jupiter.api.Test;

class RecordFormatTest {

  private static ByteBuffer encoded(byte[] payload, long batch) {
    ByteBuffer out = ByteBuffer.allocate(RecordFormat.HEADER + payload.length);
    RecordFormat.encode(payload, batch, out);
    out.flip();
    return out;
  }

  @Test
  void headerIsLengthCrcAndBatchBigEndian() {
    byte[] payload = "hello".getBytes(StandardCharsets.US_ASCII);
    ByteBuffer record = encoded(payload, 0x0102030405060708L);
    assertEquals(5, record.getInt(0));
    assertEquals(0x0102030405060708L, record.getLong(8));
    CRC32C crc = new CRC32C();
    crc.update(new byte[] {0, 0, 0, 5, 1, 2, 3, 4, 5, 6, 7, 8});
    crc.update(payload);
    assertEquals((int) crc.getValue(), record.getInt(4));
    assertEquals(RecordFormat.HEADER + 5, RecordFormat.validRecordAt(record, 0));
  }

  @Test
  void damageToAnyByteIsDetected() {
    ByteBuffer record = encoded("payload bytes".getBytes(StandardCharsets.US_ASCII), 8);
    for (int i = 0; i < record.limit(); i++) {
      ByteBuffer damaged = ByteBuffer.allocate(record.limit()).put(record.duplicate()).flip();
      damaged.put(i, (byte) (damaged.get(i) ^ 0x01));
      assertEquals(-1, RecordFormat.validRecordAt(damaged, 0), "flipped byte " + i);
    }
  }

  @Test
  void truncatedRecordIsNotValid() {
    ByteBuffer record = encoded(new byte[40], 8);
    for (int length = 0; length < record.limit(); length++) {
      assertEquals(-1, RecordFormat.validRecordAt(record.duplicate().limit(length), 0), "length " + length);
    }
  }
}
