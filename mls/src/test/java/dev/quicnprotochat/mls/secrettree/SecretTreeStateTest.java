package dev.quicnprotochat.mls.secrettree;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.quicnprotochat.mls.CodecException;
import dev.quicnprotochat.mls.ValidationException;
import dev.quicnprotochat.mls.codec.TlsReader;
import dev.quicnprotochat.mls.codec.TlsWriter;
import dev.quicnprotochat.mls.crypto.CipherSuite;
import dev.quicnprotochat.mls.crypto.CipherSuites;
import dev.quicnprotochat.mls.treemath.LeafIndex;
import org.junit.jupiter.api.Test;

/// A secret tree's copy is independent of the original, and its stored state decodes to a tree that hands out the
/// same keys (including skipped ones) and encodes to the same bytes.
class SecretTreeStateTest {

  private final CipherSuite suite = CipherSuites.byId(1);

  private static byte[] encode(SecretTree t) {
    TlsWriter w = new TlsWriter();
    t.encodeState(w);
    return w.toByteArray();
  }

  private SecretTree used() {
    SecretTree tree = new SecretTree(suite, new byte[32], 8, 100, 10);
    tree.ratchet(LeafIndex.of(3), RatchetType.APPLICATION).get(4);   // generations 0-3 skipped and kept
    tree.ratchet(LeafIndex.of(5), RatchetType.HANDSHAKE).next();
    return tree;
  }

  @Test
  void aCopyDoesNotShareState() {
    SecretTree original = used();
    byte[] before = encode(original);
    SecretTree copy = original.copy();
    copy.ratchet(LeafIndex.of(3), RatchetType.APPLICATION).get(1);
    copy.ratchet(LeafIndex.of(0), RatchetType.APPLICATION).next();
    assertArrayEquals(before, encode(original));
    // The original can still use the generation the copy consumed.
    original.ratchet(LeafIndex.of(3), RatchetType.APPLICATION).get(1);
    assertThrows(ValidationException.class, () -> copy.ratchet(LeafIndex.of(3), RatchetType.APPLICATION).get(1));
  }

  @Test
  void storedStateRoundTripsAndGivesTheSameKeys() {
    SecretTree original = used();
    byte[] bytes = encode(original);
    SecretTree restored = TlsReader.decode(bytes, r -> SecretTree.decodeState(suite, r));
    assertArrayEquals(bytes, encode(restored));
    for (long g : new long[] {2, 5}) {
      RatchetKey a = original.ratchet(LeafIndex.of(3), RatchetType.APPLICATION).get(g);
      RatchetKey b = restored.ratchet(LeafIndex.of(3), RatchetType.APPLICATION).get(g);
      assertArrayEquals(a.key().toByteArray(), b.key().toByteArray());
      assertArrayEquals(a.nonce().toByteArray(), b.nonce().toByteArray());
    }
    assertEquals(1, restored.ratchet(LeafIndex.of(5), RatchetType.HANDSHAKE).nextGeneration());
    assertArrayEquals(original.ratchet(LeafIndex.of(7), RatchetType.HANDSHAKE).next().key().toByteArray(),
        restored.ratchet(LeafIndex.of(7), RatchetType.HANDSHAKE).next().key().toByteArray());
  }

  @Test
  void impossibleStatesAreCodecErrors() {
    byte[] bytes = encode(used());
    byte[] badLeaves = bytes.clone();
    badLeaves[3] = 3;   // a leaf count that is not a power of two
    assertThrows(CodecException.class, () -> TlsReader.decode(badLeaves, r -> SecretTree.decodeState(suite, r)));
    assertThrows(CodecException.class, () -> TlsReader.decode(java.util.Arrays.copyOf(bytes, bytes.length - 1),
        r -> SecretTree.decodeState(suite, r)));
  }
}
