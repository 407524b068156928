package dev.quicnprotochat.adapter.persistence.file;

import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.util.Arrays;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/// Replays a record log and decides what a bad record means.
///
/// Each append batch is written and synced before the next one starts, so a crash can only tear the final batch,
/// and a batch is at most [RecordLog#MAX_TORN_TAIL] bytes. The pages of that unsynced batch may reach the disk in
/// any order, so valid records can follow a torn one; each record names the offset where its batch began. A bad
/// record at offset X is a torn final write, cut off, when every valid record after it belongs to a batch that
/// began at or before X. A valid record from a batch that began after X proves X was synced and then damaged: the
/// log refuses to open rather than drop acknowledged records.
final class RecordScanner {

  private static final Logger logger = LoggerFactory.getLogger(RecordScanner.class);

  private RecordScanner() {}

  /// Replays every valid record and returns the offset where the next append goes.
  static long scan(Path file, FileChannel channel, RecordLog.Replay replay) throws IOException {
    ByteBuffer magic = ByteBuffer.allocate(RecordFormat.MAGIC.length);
    readFully(channel, magic, 0);
    if (!Arrays.equals(magic.array(), RecordFormat.MAGIC)) {
      throw new CorruptRecordLogException(file + " is not a record log");
    }
    long size = channel.size();
    long position = RecordFormat.MAGIC.length;
    ByteBuffer header = ByteBuffer.allocate(RecordFormat.HEADER);
    long records = 0;
    while (position < size) {
      byte[] payload = readRecord(channel, header, position, size);
      if (payload == null) {
        cutTornTail(file, channel, position, size);
        break;
      }
      replay.accept(payload);
      position += RecordFormat.HEADER + payload.length;
      records++;
    }
    logger.debug("Replayed {} records from {}", records, file.getFileName());
    return position;
  }

  /// The payload of the record at `position`, or null when it is not a whole, valid record.
  private static byte[] readRecord(FileChannel channel, ByteBuffer header, long position, long size)
      throws IOException {
    if (size - position < RecordFormat.HEADER) {
      return null;
    }
    header.clear();
    readFully(channel, header, position);
    int length = header.getInt(0);
    if (length < 0 || length > RecordFormat.MAX_PAYLOAD || size - position - RecordFormat.HEADER < length) {
      return null;
    }
    ByteBuffer payload = ByteBuffer.allocate(length);
    readFully(channel, payload, position + RecordFormat.HEADER);
    payload.flip();
    if (RecordFormat.crc(length, header.getLong(8), payload) != header.getInt(4)) {
      return null;
    }
    return payload.array();
  }

  private static void cutTornTail(Path file, FileChannel channel, long position, long size) throws IOException {
    long tail = size - position;
    if (tail > RecordLog.MAX_TORN_TAIL) {
      throw new CorruptRecordLogException(file + " is damaged at offset " + position + " with " + tail
          + " bytes after it, more than one append batch; refusing to drop them");
    }
    ByteBuffer rest = ByteBuffer.allocate((int) tail);
    readFully(channel, rest, position);
    rest.flip();
    for (int offset = 1; offset < rest.limit(); offset++) {
      if (RecordFormat.validRecordAt(rest, offset) > 0 && rest.getLong(offset + 8) > position) {
        throw new CorruptRecordLogException(file + " is damaged at offset " + position
            + ": a later, synced batch follows it; refusing to drop acknowledged records");
      }
    }
    logger.warn("Record log {}: cutting off a torn final write of {} bytes at offset {}", file.getFileName(), tail,
        position);
    channel.truncate(position);
    channel.force(true);
  }

  private static void readFully(FileChannel channel, ByteBuffer buffer, long position) throws IOException {
    long at = position;
    while (buffer.hasRemaining()) {
      int read = channel.read(buffer, at);
      if (read < 0) {
        throw new EOFException("unexpected end of record log");
      }
      at += read;
    }
  }
}
