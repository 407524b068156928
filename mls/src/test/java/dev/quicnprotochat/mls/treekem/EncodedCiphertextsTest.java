package dev.quicnprotochat.mls.treekem;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.quicnprotochat.mls.CodecException;
import dev.quicnprotochat.mls.codec.Bytes;
import dev.quicnprotochat.mls.codec.TlsReader;
import dev.quicnprotochat.mls.codec.TlsWriter;
import dev.quicnprotochat.mls.crypto.HpkeCiphertext;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class EncodedCiphertextsTest {

  private static List<HpkeCiphertext> ciphertexts(int count, int seed) {
    Random random = new Random(seed);
    List<HpkeCiphertext> out = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      byte[] kem = new byte[32];
      byte[] ct = new byte[random.nextInt(100)]; // lengths on both sides of the 1-byte header limit of 63
      random.nextBytes(kem);
      random.nextBytes(ct);
      out.add(new HpkeCiphertext(kem, ct));
    }
    return out;
  }

  private static byte[] encode(Bytes key, List<HpkeCiphertext> cts) {
    TlsWriter w = new TlsWriter();
    new UpdatePathNode(key, cts).encode(w);
    return w.toByteArray();
  }

  @Test
  void aDecodedNodeGivesEachCiphertextAndReencodesToTheSameBytes() {
    List<HpkeCiphertext> cts = ciphertexts(300, 1);
    Bytes key = Bytes.of(new byte[32]);
    byte[] encoded = encode(key, cts);
    UpdatePathNode decoded = TlsReader.decode(encoded, UpdatePathNode::decode);
    assertEquals(300, decoded.encryptedPathSecret().size());
    for (int i = 0; i < cts.size(); i++) {
      assertArrayEquals(cts.get(i).kemOutput(), decoded.encryptedPathSecret().get(i).kemOutput(), "kem " + i);
      assertArrayEquals(cts.get(i).ciphertext(), decoded.encryptedPathSecret().get(i).ciphertext(), "ct " + i);
    }
    assertSame(decoded.encryptedPathSecret().get(7), decoded.encryptedPathSecret().get(7), "built once");
    assertArrayEquals(encoded, encode(key, decoded.encryptedPathSecret()));
    TlsWriter again = new TlsWriter();
    decoded.encode(again);
    assertArrayEquals(encoded, again.toByteArray());
  }

  @Test
  void anEmptyVectorDecodesToNoCiphertexts() {
    UpdatePathNode decoded = TlsReader.decode(encode(Bytes.of(new byte[] {1}), List.of()), UpdatePathNode::decode);
    assertEquals(0, decoded.encryptedPathSecret().size());
  }

  @Test
  void malformedCiphertextVectorsAreRejectedAtDecode() {
    HexFormat hex = HexFormat.of();
    // key 01; vector of 3 bytes holding kem_output<V> = 01 02 and a ciphertext header with nothing after it
    assertThrows(CodecException.class, () -> TlsReader.decode(hex.parseHex("0101" + "03" + "0102" + "05"),
        UpdatePathNode::decode));
    // a non-minimal length header (0x4001 for 1) inside the vector
    assertThrows(CodecException.class, () -> TlsReader.decode(hex.parseHex("0101" + "04" + "400101" + "00"),
        UpdatePathNode::decode));
    // a ciphertext length running past the vector's end, though not past the input's
    assertThrows(CodecException.class, () -> TlsReader.decode(hex.parseHex("0101" + "02" + "0001" + "0000"),
        r -> {
          UpdatePathNode n = UpdatePathNode.decode(r);
          r.skip(r.remaining());
          return n;
        }));
  }
}
