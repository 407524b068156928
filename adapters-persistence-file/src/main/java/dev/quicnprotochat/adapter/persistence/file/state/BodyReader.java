package dev.quicnprotochat.adapter.persistence.file.state;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Instant;

/// Decodes what [BodyWriter] wrote, strictly: a short body, an impossible length or bytes left over raise
/// [CorruptStateFileException] naming the file.
final class BodyReader {

  private final ByteBuffer in;
  private final String name;

  BodyReader(byte[] body, String name) {
    this.in = ByteBuffer.wrap(body);
    this.name = name;
  }

  int u8() throws CorruptStateFileException {
    require(1);
    return in.get() & 0xff;
  }

  int u16() throws CorruptStateFileException {
    require(2);
    return in.getShort() & 0xffff;
  }

  long u32() throws CorruptStateFileException {
    require(4);
    return in.getInt() & 0xffffffffL;
  }

  long i64() throws CorruptStateFileException {
    require(8);
    return in.getLong();
  }

  byte[] raw(long length) throws CorruptStateFileException {
    require(length);
    byte[] bytes = new byte[(int) length];
    in.get(bytes);
    return bytes;
  }

  byte[] shortBytes() throws CorruptStateFileException {
    return raw(u8());
  }

  byte[] bytes() throws CorruptStateFileException {
    return raw(u32());
  }

  String utf8() throws CorruptStateFileException {
    byte[] bytes = raw(u16());
    try {
      return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      throw corrupt("holds invalid UTF-8");
    }
  }

  Instant instant() throws CorruptStateFileException {
    long seconds = i64();
    long nanos = u32();
    try {
      return Instant.ofEpochSecond(seconds, nanos);
    } catch (DateTimeException | ArithmeticException e) {
      throw corrupt("holds an impossible time");
    }
  }

  /// Checks that nothing is left over.
  void end() throws CorruptStateFileException {
    if (in.hasRemaining()) {
      throw corrupt("has " + in.remaining() + " unexpected trailing bytes in its body");
    }
  }

  /// An error for a value that decoded but is not allowed (say, an invalid username).
  CorruptStateFileException corrupt(String what) {
    return new CorruptStateFileException(name + " " + what);
  }

  private void require(long length) throws CorruptStateFileException {
    if (length > in.remaining()) {
      throw corrupt("has a truncated body");
    }
  }
}
