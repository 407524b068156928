package dev.quicnprotochat.mls.codec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.quicnprotochat.mls.CodecException;
import dev.quicnprotochat.mls.UsageException;
import org.junit.jupiter.api.Test;

/// RFC 9420 §2.1: the decoder accepts exactly one encoding of each value and nothing around it.
class TlsReaderStrictnessTest {

  private static byte[] hex(String s) {
    return java.util.HexFormat.of().parseHex(s);
  }

  @Test
  void trailingBytesAreRejected() {
    assertThrows(CodecException.class, () -> TlsReader.decode(hex("0201020a"), TlsReader::opaque));
    assertThrows(CodecException.class, () -> TlsReader.decode(hex("000100"), TlsReader::u16));
  }

  @Test
  void nonMinimalVarintsAreRejected() {
    // 5 fits one byte, so the two- and four-byte forms of it are invalid (§2.1.2).
    assertThrows(CodecException.class, () -> TlsReader.decode(hex("4005"), TlsReader::varint));
    assertThrows(CodecException.class, () -> TlsReader.decode(hex("80000005"), TlsReader::varint));
    assertThrows(CodecException.class, () -> TlsReader.decode(hex("80003fff"), TlsReader::varint));
    assertEquals(0x3fff, TlsReader.decode(hex("7fff"), TlsReader::varint));
    assertEquals(0x4000, TlsReader.decode(hex("80004000"), TlsReader::varint));
  }

  @Test
  void reservedVarintPrefixIsRejected() {
    assertThrows(CodecException.class, () -> TlsReader.decode(hex("c0000000000000ff"), TlsReader::varint));
  }

  @Test
  void truncatedInputIsRejected() {
    assertThrows(CodecException.class, () -> TlsReader.decode(hex("0301"), TlsReader::opaque));
    assertThrows(CodecException.class, () -> TlsReader.decode(hex("00"), TlsReader::u16));
    assertThrows(CodecException.class, () -> TlsReader.decode(hex("40"), TlsReader::varint));
    assertThrows(CodecException.class, () -> TlsReader.decode(hex("00000000000000"), TlsReader::u64));
    assertThrows(CodecException.class, () -> TlsReader.decode(new byte[0], TlsReader::u8));
  }

  @Test
  void invalidPresenceByteIsRejected() {
    assertThrows(CodecException.class, () -> TlsReader.decode(hex("02"), r -> r.optional(TlsReader::u8)));
  }

  @Test
  void vectorBodyMustBeConsumedExactly() {
    // A vector of u16 items whose length (3) is not a multiple of the item size: the last item is truncated.
    assertThrows(CodecException.class, () -> TlsReader.decode(hex("03000100"), r -> r.vector(TlsReader::u16)));
  }

  @Test
  void writerRefusesLengthsBeyondThirtyBits() {
    assertThrows(UsageException.class, () -> new TlsWriter().varint(1L << 30));
  }

  @Test
  void longVectorsRoundTripWithFourByteHeader() {
    byte[] body = new byte[0x4000];
    body[0x3fff] = 7;
    byte[] encoded = new TlsWriter().opaque(body).toByteArray();
    assertEquals(4 + 0x4000, encoded.length);
    assertEquals(7, TlsReader.decode(encoded, TlsReader::opaque)[0x3fff]);
  }
}
