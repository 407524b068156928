package dev.quicnprotochat.mls.schedule;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.quicnprotochat.mls.CodecException;
import dev.quicnprotochat.mls.UsageException;
import dev.quicnprotochat.mls.codec.Bytes;
import dev.quicnprotochat.mls.codec.TlsReader;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class PreSharedKeyIDTest {

  @Test
  void externalIdRoundTrips() {
    PreSharedKeyID id = new PreSharedKeyID.External(Bytes.fromHex("0102"), Bytes.fromHex("aa"));
    byte[] encoded = id.toByteArray();
    assertArrayEquals(HexFormat.of().parseHex("01" + "020102" + "01aa"), encoded);
    assertEquals(id, TlsReader.decode(encoded, PreSharedKeyID::decode));
  }

  @Test
  void resumptionIdRoundTrips() {
    PreSharedKeyID id = new PreSharedKeyID.Resumption(PreSharedKeyID.USAGE_BRANCH, Bytes.fromHex("77"), 9,
        Bytes.EMPTY);
    byte[] encoded = id.toByteArray();
    assertArrayEquals(HexFormat.of().parseHex("02" + "03" + "0177" + "0000000000000009" + "00"), encoded);
    assertEquals(id, TlsReader.decode(encoded, PreSharedKeyID::decode));
  }

  @Test
  void pskLabelRoundTripsAndChecksItsRange() {
    PSKLabel label = new PSKLabel(new PreSharedKeyID.External(Bytes.fromHex("01"), Bytes.EMPTY), 2, 3);
    byte[] encoded = label.toByteArray();
    assertArrayEquals(HexFormat.of().parseHex("01" + "0101" + "00" + "0002" + "0003"), encoded);
    assertEquals(label, TlsReader.decode(encoded, PSKLabel::decode));
    assertThrows(UsageException.class, () -> new PSKLabel(label.id(), 3, 3));
  }

  @Test
  void unknownTypesAndUsagesAreRejected() {
    assertThrows(CodecException.class, () -> TlsReader.decode(HexFormat.of().parseHex("030000"),
        PreSharedKeyID::decode));
    assertThrows(CodecException.class, () -> TlsReader.decode(HexFormat.of().parseHex("0200" + "00"
        + "0000000000000000" + "00"), PreSharedKeyID::decode));
  }
}
