package dev.quicnprotochat.mls.group;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.quicnprotochat.mls.codec.Bytes;
import dev.quicnprotochat.mls.crypto.CipherSuite;
import dev.quicnprotochat.mls.message.MLSMessage;
import dev.quicnprotochat.mls.tree.Credential;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/// Builders for group scenario tests: identities, key packages and a group creator, all on one suite.
final class GroupTestData {

  static final Bytes GROUP_ID = Bytes.wrap("scenario group".getBytes(StandardCharsets.UTF_8));

  private GroupTestData() {
  }

  static Identity identity(CipherSuite suite, String name) {
    return new Identity(new Credential.Basic(Bytes.wrap(name.getBytes(StandardCharsets.UTF_8))),
        suite.generateSignatureKeyPair());
  }

  static KeyPackageBundle keyPackage(CipherSuite suite, String name) {
    return KeyPackageBundle.create(suite, identity(suite, name),
        KeyPackageOptions.validFor(Clock.systemUTC().instant().getEpochSecond(), 30));
  }

  static GroupConfig config() {
    return GroupConfig.defaults();
  }

  static MlsGroup create(CipherSuite suite, String name, GroupConfig config) {
    return MlsGroup.create(GROUP_ID, keyPackage(suite, name), List.of(), config);
  }

  /// `committer` adds a fresh client named `name` (by value), merges the commit, lets `others` process it, and
  /// returns the new member joined from the Welcome.
  static MlsGroup add(CipherSuite suite, MlsGroup committer, String name, GroupConfig config, MlsGroup... others) {
    KeyPackageBundle kp = keyPackage(suite, name);
    CommitResult result = committer.commitAdds(List.of(kp.keyPackage().wire()));
    committer.mergePendingCommit();
    deliver(result.commit(), others);
    var welcome = dev.quicnprotochat.mls.message.Welcome.decode(result.welcome().orElseThrow().toBytes());
    return MlsGroup.joinFromWelcome(welcome, kp, Optional.empty(), config);
  }

  /// Delivers `message` to every group in `receivers`, through its wire encoding.
  static void deliver(MLSMessage message, MlsGroup... receivers) {
    for (MlsGroup g : receivers) {
      g.process(wire(message));
    }
  }

  /// `message` encoded and decoded again, as a peer receives it.
  static MLSMessage wire(MLSMessage message) {
    return MLSMessage.decode(message.toBytes());
  }

  /// All groups are in the same epoch with the same authenticator and member list.
  static void assertInSync(MlsGroup... groups) {
    for (MlsGroup g : groups) {
      assertEquals(groups[0].epoch(), g.epoch(), "epoch");
      assertArrayEquals(groups[0].epochAuthenticator(), g.epochAuthenticator(), "epoch authenticator");
      assertEquals(groups[0].members(), g.members(), "members");
      assertEquals(groups[0].ratchetTree(), g.ratchetTree(), "ratchet tree");
    }
  }

  /// `sender` encrypts a message and each receiver decrypts it to the same bytes.
  static void assertTalks(MlsGroup sender, MlsGroup... receivers) {
    byte[] text = ("hello from " + sender.ownLeaf() + " in epoch " + sender.epoch()).getBytes(StandardCharsets.UTF_8);
    MLSMessage m = sender.encrypt(text);
    for (MlsGroup r : receivers) {
      ProcessedMessage.ApplicationMessage app = (ProcessedMessage.ApplicationMessage) r.process(wire(m));
      assertArrayEquals(text, app.data().toByteArray());
      assertEquals(sender.ownLeaf(), app.sender().leaf());
    }
  }
}
