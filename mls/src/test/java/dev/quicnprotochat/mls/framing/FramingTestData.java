package dev.quicnprotochat.mls.framing;

import dev.quicnprotochat.mls.codec.Bytes;
import dev.quicnprotochat.mls.crypto.CipherSuite;
import dev.quicnprotochat.mls.crypto.CipherSuites;
import dev.quicnprotochat.mls.crypto.SignatureKeyPair;
import dev.quicnprotochat.mls.schedule.GroupContext;
import dev.quicnprotochat.mls.secrettree.SecretTree;
import dev.quicnprotochat.mls.treemath.LeafIndex;
import java.util.Arrays;
import java.util.List;

/// A small group of four leaves on suite 1, for framing tests.
final class FramingTestData {

  static final CipherSuite SUITE = CipherSuites.byId(1);
  static final SignatureKeyPair SIGNER = SUITE.generateSignatureKeyPair();
  static final GroupContext CONTEXT = new GroupContext(1, Bytes.fromHex("6772"), 5, Bytes.zeros(32), Bytes.zeros(32),
      List.of());
  static final byte[] MEMBERSHIP_KEY = filled(32, 3);
  static final byte[] SENDER_DATA_SECRET = filled(32, 4);
  static final byte[] ENCRYPTION_SECRET = filled(32, 5);
  static final Sender.Member ALICE = new Sender.Member(LeafIndex.of(2));
  static final Bytes REMOVE_LEAF_1 = Bytes.fromHex("000300000001");

  private FramingTestData() {
  }

  static SecretTree tree() {
    return new SecretTree(SUITE, ENCRYPTION_SECRET, 4);
  }

  static FramedContent content(Sender sender, ContentType type, Bytes body) {
    return new FramedContent(CONTEXT.groupId(), CONTEXT.epoch(), sender, Bytes.fromHex("aa"), type, body);
  }

  private static byte[] filled(int length, int value) {
    byte[] b = new byte[length];
    Arrays.fill(b, (byte) value);
    return b;
  }
}
