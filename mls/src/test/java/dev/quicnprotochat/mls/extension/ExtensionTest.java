package dev.quicnprotochat.mls.extension;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quicnprotochat.mls.ValidationCheck;
import dev.quicnprotochat.mls.ValidationException;
import dev.quicnprotochat.mls.codec.Bytes;
import dev.quicnprotochat.mls.codec.TlsReader;
import dev.quicnprotochat.mls.codec.TlsWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExtensionTest {

  @Test
  void listRoundTripsKeepingUnknownAndGreaseTypes() {
    List<Extension> list = List.of(
        new Extension(ExtensionType.APPLICATION_ID, Bytes.fromHex("616263")),
        new Extension(0x3a3a, Bytes.fromHex("00ff")),
        new Extension(0xff00, Bytes.EMPTY));
    TlsWriter w = new TlsWriter();
    Extension.encodeList(w, list);
    byte[] encoded = w.toByteArray();
    assertArrayEquals(java.util.HexFormat.of().parseHex("0e" + "0001" + "03616263" + "3a3a" + "0200ff" + "ff00" + "00"),
        encoded);
    List<Extension> decoded = TlsReader.decode(encoded, Extension::decodeList);
    assertEquals(list, decoded);
    TlsWriter again = new TlsWriter();
    Extension.encodeList(again, decoded);
    assertArrayEquals(encoded, again.toByteArray());
  }

  @Test
  void greaseValuesAreRecognised() {
    assertTrue(ExtensionType.isGrease(0x0a0a));
    assertTrue(ExtensionType.isGrease(0xeaea));
    assertFalse(ExtensionType.isGrease(0x0a0b));
    assertFalse(ExtensionType.isGrease(ExtensionType.RATCHET_TREE));
  }

  @Test
  void duplicateTypesAreRejected() {
    List<Extension> list = List.of(new Extension(5, Bytes.EMPTY), new Extension(5, Bytes.fromHex("00")));
    ValidationException e = assertThrows(ValidationException.class, () -> Extension.requireUniqueTypes(list));
    assertEquals(ValidationCheck.EXTENSIONS, e.check());
  }

  @Test
  void findReturnsTheExtensionOfAType() {
    List<Extension> list = List.of(new Extension(1, Bytes.fromHex("01")), new Extension(4, Bytes.fromHex("04")));
    assertEquals(Bytes.fromHex("04"), Extension.find(list, ExtensionType.EXTERNAL_PUB).orElseThrow().extensionData());
    assertTrue(Extension.find(list, ExtensionType.RATCHET_TREE).isEmpty());
  }
}
