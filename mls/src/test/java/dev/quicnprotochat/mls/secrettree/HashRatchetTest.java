package dev.quicnprotochat.mls.secrettree;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.quicnprotochat.mls.UsageException;
import dev.quicnprotochat.mls.ValidationCheck;
import dev.quicnprotochat.mls.ValidationException;
import dev.quicnprotochat.mls.crypto.CipherSuite;
import dev.quicnprotochat.mls.crypto.CipherSuites;
import dev.quicnprotochat.mls.treemath.LeafIndex;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class HashRatchetTest {

  private static final CipherSuite SUITE = CipherSuites.byId(1);

  private static SecretTree tree() {
    byte[] secret = new byte[32];
    Arrays.fill(secret, (byte) 7);
    return new SecretTree(SUITE, secret, 4, 10, 3);
  }

  @Test
  void senderAndReceiverAgreeInAndOutOfOrder() {
    HashRatchet sender = tree().ratchet(LeafIndex.of(2), RatchetType.APPLICATION);
    HashRatchet receiver = tree().ratchet(LeafIndex.of(2), RatchetType.APPLICATION);
    RatchetKey k0 = sender.next();
    RatchetKey k1 = sender.next();
    RatchetKey k2 = sender.next();
    assertArrayEquals(k2.key().toByteArray(), receiver.get(2).key().toByteArray());
    assertEquals(2, receiver.skippedKeyCount());
    assertArrayEquals(k0.key().toByteArray(), receiver.get(0).key().toByteArray());
    assertArrayEquals(k1.nonce().toByteArray(), receiver.get(1).nonce().toByteArray());
    assertEquals(0, receiver.skippedKeyCount());
  }

  @Test
  void aGenerationIsHandedOutOnce() {
    HashRatchet receiver = tree().ratchet(LeafIndex.of(0), RatchetType.HANDSHAKE);
    receiver.get(3);
    ValidationException e = assertThrows(ValidationException.class, () -> receiver.get(3));
    assertEquals(ValidationCheck.GENERATION, e.check());
    receiver.get(1);
    assertThrows(ValidationException.class, () -> receiver.get(1));
  }

  @Test
  void onlyUnusedKeysCanBeRestored() {
    HashRatchet receiver = tree().ratchet(LeafIndex.of(0), RatchetType.HANDSHAKE);
    RatchetKey key = receiver.get(2);
    receiver.restore(key);
    assertThrows(UsageException.class, () -> receiver.restore(key), "already held");
    assertEquals(2, receiver.get(2).generation());
    RatchetKey destroyed = receiver.get(0);
    destroyed.destroy();
    assertThrows(UsageException.class, () -> receiver.restore(destroyed));
  }

  @Test
  void farFutureGenerationsAreRefused() {
    HashRatchet receiver = tree().ratchet(LeafIndex.of(0), RatchetType.HANDSHAKE);
    assertThrows(ValidationException.class, () -> receiver.get(11));
    assertEquals(10, receiver.get(10).generation());
  }

  @Test
  void onlyTheNewestSkippedKeysAreKept() {
    HashRatchet receiver = tree().ratchet(LeafIndex.of(1), RatchetType.HANDSHAKE);
    receiver.get(6);
    assertEquals(3, receiver.skippedKeyCount());
    assertThrows(ValidationException.class, () -> receiver.get(2));
    assertEquals(3, receiver.get(3).generation());
  }

  @Test
  void handshakeAndApplicationKeysDiffer() {
    SecretTree tree = tree();
    byte[] hs = tree.ratchet(LeafIndex.of(0), RatchetType.HANDSHAKE).next().key().toByteArray();
    byte[] app = tree.ratchet(LeafIndex.of(0), RatchetType.APPLICATION).next().key().toByteArray();
    assertFalse(Arrays.equals(hs, app));
  }

  @Test
  void leavesOutsideTheTreeAndDestroyedTreesAreRefused() {
    SecretTree tree = tree();
    assertThrows(UsageException.class, () -> tree.ratchet(LeafIndex.of(4), RatchetType.HANDSHAKE));
    tree.destroy();
    assertThrows(UsageException.class, () -> tree.ratchet(LeafIndex.of(0), RatchetType.HANDSHAKE));
  }
}
