package dev.quicnprotochat.mls.schedule;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.quicnprotochat.mls.CodecException;
import dev.quicnprotochat.mls.codec.Bytes;
import dev.quicnprotochat.mls.codec.TlsReader;
import dev.quicnprotochat.mls.extension.Extension;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class GroupContextTest {

  private static final GroupContext CONTEXT = new GroupContext(3, Bytes.fromHex("abcd"), -2L,
      Bytes.fromHex("1111"), Bytes.fromHex("2222"), List.of(new Extension(0x0a0a, Bytes.fromHex("99"))));

  @Test
  void encodesFieldsInRfcOrder() {
    assertArrayEquals(java.util.HexFormat.of().parseHex(
        "0001" + "0003" + "02abcd" + "fffffffffffffffe" + "021111" + "022222" + "04" + "0a0a" + "0199"),
        CONTEXT.toByteArray());
  }

  @Test
  void roundTrips() {
    byte[] encoded = CONTEXT.toByteArray();
    GroupContext decoded = TlsReader.decode(encoded, GroupContext::decode);
    assertEquals(CONTEXT, decoded);
    assertArrayEquals(encoded, decoded.toByteArray());
  }

  @Test
  void truncatedContextIsRejected() {
    byte[] encoded = CONTEXT.toByteArray();
    assertThrows(CodecException.class,
        () -> TlsReader.decode(Arrays.copyOf(encoded, encoded.length - 1), GroupContext::decode));
  }

  @Test
  void withersLeaveTheOriginalUnchanged() {
    GroupContext next = CONTEXT.withEpoch(7).withTreeHash(Bytes.fromHex("33"));
    assertEquals(7, next.epoch());
    assertEquals(-2L, CONTEXT.epoch());
    assertEquals(Bytes.fromHex("1111"), CONTEXT.treeHash());
  }
}
