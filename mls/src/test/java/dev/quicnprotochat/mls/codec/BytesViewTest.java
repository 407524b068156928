package dev.quicnprotochat.mls.codec;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quicnprotochat.mls.CodecException;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/// A [Bytes] view of part of an array behaves exactly as a copy of that part, and readers share their input only
/// when it is a [Bytes] (immutable), never an array the caller may still change.
class BytesViewTest {

  private static final byte[] ARRAY = HexFormat.of().parseHex("00112233445566778899aabbccddeeff");

  @Test
  void aViewEqualsHashesComparesAndPrintsAsACopyOfItsRange() throws Exception {
    Bytes view = Bytes.view(ARRAY, 3, 11);
    Bytes copy = Bytes.of(java.util.Arrays.copyOfRange(ARRAY, 3, 11));
    assertEquals(copy, view);
    assertEquals(view, copy);
    assertEquals(copy.hashCode(), view.hashCode());
    assertEquals(0, view.compareTo(copy));
    assertEquals(copy.toString(), view.toString());
    assertEquals(copy.toHex(), view.toHex());
    assertEquals(8, view.length());
    assertEquals((byte) 0x33, view.get(0));
    assertEquals((byte) 0xaa, view.get(7));
    assertThrows(IndexOutOfBoundsException.class, () -> view.get(8));
    assertArrayEquals(copy.toByteArray(), view.toByteArray());
    assertArrayEquals(copy.copyOfRange(2, 5), view.copyOfRange(2, 5));
    assertThrows(IndexOutOfBoundsException.class, () -> view.copyOfRange(2, 9));
    assertEquals(copy.slice(1, 4), view.slice(1, 4));
    assertEquals(copy.concat(view), view.concat(copy));
    assertTrue(view.constantTimeEquals(copy));
    byte[] out = new byte[10];
    view.copyTo(out, 1);
    assertArrayEquals(HexFormat.of().parseHex("0033445566778899aa00"), out);
    MessageDigest a = MessageDigest.getInstance("SHA-256");
    view.update(a);
    assertArrayEquals(MessageDigest.getInstance("SHA-256").digest(copy.toByteArray()), a.digest());
    assertEquals(8, (int) view.read((array, offset, length) -> {
      assertSame(ARRAY, array, "read in place");
      assertEquals(3, offset);
      return length;
    }));
  }

  @Test
  void aReaderOverBytesSharesLargePartsAndOneOverAnArrayCopiesThem() {
    byte[] encoded = HexFormat.of().parseHex("04" + "01020304" + "02" + "0506");
    Bytes message = Bytes.wrap(encoded.clone());
    TlsReader shared = new TlsReader(message);
    Bytes first = shared.opaqueView();
    int start = shared.position();
    shared.opaque();
    Bytes second = shared.consumedView(start);
    assertEquals(Bytes.fromHex("01020304"), first);
    assertEquals(Bytes.fromHex("020506"), second);
    second.read((array, offset, length) -> {
      assertSame(message.array(), array, "a view of the message");
      return null;
    });

    byte[] mutable = encoded.clone();
    TlsReader copying = new TlsReader(mutable);
    Bytes copied = copying.opaqueView();
    mutable[1] = 9;
    assertEquals(Bytes.fromHex("01020304"), copied, "a reader over an array the caller owns copies");
    copied.read((array, offset, length) -> {
      assertNotSame(mutable, array);
      return null;
    });
  }

  @Test
  void aReaderOverAViewReadsOnlyTheView() {
    byte[] array = HexFormat.of().parseHex("ff" + "0201" + "02" + "ff");
    assertEquals(Bytes.fromHex("0102"), TlsReader.decode(Bytes.view(array, 1, 4), TlsReader::opaqueView));
    assertThrows(CodecException.class, () -> TlsReader.decode(Bytes.view(array, 1, 3), TlsReader::opaque),
        "the content runs past the view, though not past the array");
    assertThrows(CodecException.class, () -> TlsReader.decode(Bytes.view(array, 1, 5), TlsReader::opaque),
        "a byte after the content, within the view");
  }

  @Test
  void fieldsToEndAreCheckedAsStrictlyAsVarintAndSkip() {
    TlsReader r = new TlsReader(Bytes.fromHex("aa" + "02abcd" + "00" + "4040" + "00".repeat(64)));
    r.u8();
    int start = r.position();
    int[] fields = r.opaqueFieldsToEnd(start);
    assertArrayEquals(new int[] {1, 2, 4, 0, 6, 64}, fields);
    assertTrue(!r.hasRemaining());
    assertThrows(CodecException.class, () -> new TlsReader(Bytes.fromHex("4005" + "00".repeat(5)))
        .opaqueFieldsToEnd(0), "non-minimal two-byte header");
    assertThrows(CodecException.class, () -> new TlsReader(Bytes.fromHex("80000005" + "00".repeat(5)))
        .opaqueFieldsToEnd(0), "non-minimal four-byte header");
    assertThrows(CodecException.class, () -> new TlsReader(Bytes.fromHex("c0")).opaqueFieldsToEnd(0));
    assertThrows(CodecException.class, () -> new TlsReader(Bytes.fromHex("0301")).opaqueFieldsToEnd(0),
        "content past the end");
    assertThrows(CodecException.class, () -> new TlsReader(Bytes.fromHex("40")).opaqueFieldsToEnd(0),
        "header past the end");
  }
}
