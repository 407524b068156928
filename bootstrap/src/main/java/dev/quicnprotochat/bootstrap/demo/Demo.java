package dev.quicnprotochat.bootstrap.demo;

import dev.quicnprotochat.adapter.quic.ClientSettings;
import dev.quicnprotochat.adapter.quic.QpcServer;
import dev.quicnprotochat.adapter.quic.ServerTrust;
import dev.quicnprotochat.bootstrap.ServerComponent;
import dev.quicnprotochat.bootstrap.config.ServerConfigLoader;
import dev.quicnprotochat.domain.channel.ChannelId;
import dev.quicnprotochat.domain.channel.Epoch;
import dev.quicnprotochat.domain.channel.MembershipChange;
import dev.quicnprotochat.domain.inbox.InboxEntry;
import dev.quicnprotochat.domain.keypackage.StoredKeyPackage;
import dev.quicnprotochat.mls.codec.Bytes;
import dev.quicnprotochat.mls.crypto.CipherSuite;
import dev.quicnprotochat.mls.crypto.CipherSuites;
import dev.quicnprotochat.mls.group.CommitOptions;
import dev.quicnprotochat.mls.group.CommitResult;
import dev.quicnprotochat.mls.group.GroupConfig;
import dev.quicnprotochat.mls.group.Member;
import dev.quicnprotochat.mls.group.MlsGroup;
import dev.quicnprotochat.mls.group.ProcessedMessage;
import dev.quicnprotochat.mls.message.MLSMessage;
import dev.quicnprotochat.mls.message.Proposal;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/// The README's main job: a real server on the embedded default store and three users talking through it, each
/// step printed with what happened underneath. Nothing is simulated: QUIC + TLS 1.3 on loopback, OPAQUE, MLS
/// suite 1, durable inboxes and push.
final class Demo implements AutoCloseable {

  private final PrintWriter out;
  private final CipherSuite suite = CipherSuites.byId(CipherSuites.MLS_128_DHKEMX25519_AES128GCM_SHA256_ED25519);
  private final GroupConfig groupConfig = GroupConfig.defaults();
  private final List<AutoCloseable> open = new ArrayList<>();
  private ClientSettings client;
  private ChannelId channel;

  Demo(PrintWriter out) {
    this.out = out;
  }

  void run(Path dataDir) throws Exception {
    startServer(dataDir);
    DemoUser alice = user("alice");
    DemoUser bob = user("bob");
    DemoUser carol = user("carol");
    for (DemoUser user : List.of(alice, bob, carol)) {
      user.register();
      user.login();
      user.publishKeyPackages(2);
      step(user, "registered and logged in with OPAQUE (the server holds a record, never the password); "
          + "published 2 key packages + 1 last-resort; push subscription open");
    }

    channel = alice.server().createChannel(Optional.empty()).channelId();
    alice.group = MlsGroup.create(channel.value(), alice.freshBundle(), List.of(), groupConfig);
    step(alice, "created group channel " + shortHex(channel.value()) + " (MLS epoch 0, members: alice)");

    StoredKeyPackage bobKp = alice.server().fetchKeyPackage(bob.identityKey()).orElseThrow();
    StoredKeyPackage carolKp = alice.server().fetchKeyPackage(carol.identityKey()).orElseThrow();
    CommitResult add = alice.group.commitAdds(List.of(keyPackageIn(bobKp), keyPackageIn(carolKp)));
    Epoch accepted = alice.server().submitCommit(channel, new Epoch(alice.group.epoch()),
        MembershipChange.adding(bob.identityKey(), carol.identityKey()), add.commit().toBytes(),
        Optional.of(new MLSMessage.OfWelcome(add.welcome().orElseThrow()).toBytes()), Optional.empty());
    alice.group.mergePendingCommit();
    step(alice, "took one key package each of bob and carol (single-use, handed out once), committed Add; "
        + "the server accepted it for epoch 0 -> " + accepted.value() + " and queued the Welcome");

    for (DemoUser joiner : List.of(bob, carol)) {
      joinFromWelcome(joiner);
    }
    checkAgreement(alice, bob, carol);

    send(alice, "hello bob and carol", bob, carol);
    send(bob, "hi alice, hi carol", alice, carol);

    // bob rotates his leaf keys: post-compromise security for everything after this commit
    CommitResult update = bob.group.commit(CommitOptions.selfUpdate());
    bob.server().submitCommit(channel, new Epoch(bob.group.epoch()), MembershipChange.NONE,
        update.commit().toBytes(), Optional.empty(), Optional.empty());
    bob.group.mergePendingCommit();
    step(bob, "updated his keys: commit accepted for epoch " + (bob.group.epoch() - 1) + " -> " + bob.group.epoch());
    for (DemoUser member : List.of(alice, carol)) {
      applyCommits(member);
    }
    checkAgreement(alice, bob, carol);

    // alice removes carol; carol's client learns it from the commit itself
    Member carolLeaf = alice.group.members().stream()
        .filter(m -> m.signatureKey().equals(carol.identityKey().value())).findFirst().orElseThrow();
    CommitResult remove = alice.group.commit(CommitOptions.withInline(List.of(
        new Proposal.Remove(carolLeaf.leaf().value()))));
    alice.server().submitCommit(channel, new Epoch(alice.group.epoch()), MembershipChange.removing(
        carol.identityKey()), remove.commit().toBytes(), Optional.empty(), Optional.empty());
    alice.group.mergePendingCommit();
    step(alice, "removed carol: commit accepted for epoch " + (alice.group.epoch() - 1) + " -> "
        + alice.group.epoch() + "; the server stops fanning out to her");
    applyCommits(bob);
    applyCommits(carol);
    checkAgreement(alice, bob);

    MLSMessage secret = send(alice, "carol cannot read this", bob);
    try {
      carol.group.process(secret);
      throw new IllegalStateException("carol decrypted a message of an epoch she was removed from");
    } catch (RuntimeException refused) {
      step(carol, "was handed that ciphertext anyway and cannot decrypt it (" + refused.getMessage() + ")");
    }
  }

  private void startServer(Path dataDir) throws IOException {
    Map<String, String> flags = new HashMap<>();
    flags.put("listen", "127.0.0.1:0");
    flags.put("data_dir", dataDir.toString());
    flags.put("store_backend", "file");
    ServerComponent component = ServerComponent.create(ServerConfigLoader.load(Optional.empty(), Map.of(), flags));
    open.add(component.resources());
    QpcServer server = component.server();
    open.add(server);
    InetSocketAddress address = server.start();
    client = new ClientSettings(address.getHostString(), address.getPort(),
        ServerTrust.pinned(dataDir.resolve("server-cert.pem")));
    out.printf("[server] listening on %s:%d (QUIC v1, TLS 1.3, ALPN qpc/1), file store in %s%n",
        address.getHostString(), address.getPort(), dataDir);
  }

  private DemoUser user(String name) {
    DemoUser user = new DemoUser(name, suite, client);
    open.add(user);
    return user;
  }

  private void joinFromWelcome(DemoUser joiner) throws InterruptedException {
    for (InboxEntry entry : joiner.awaitInbox()) {
      if (MLSMessage.decode(entry.payload()) instanceof MLSMessage.OfWelcome(var welcome)) {
        var bundle = welcome.secrets().stream()
            .map(s -> joiner.bundleFor(s.newMember().value())).flatMap(Optional::stream).findFirst().orElseThrow();
        joiner.group = MlsGroup.joinFromWelcome(welcome, bundle, Optional.empty(), groupConfig);
        step(joiner, "was pushed a Welcome, joined at epoch " + joiner.group.epoch() + " (members: "
            + memberNames(joiner.group) + ")");
      }
    }
  }

  private MLSMessage send(DemoUser sender, String text, DemoUser... recipients) throws InterruptedException {
    MLSMessage message = sender.group.encrypt(text.getBytes(StandardCharsets.UTF_8));
    Bytes wire = message.toBytes();
    int delivered = sender.server().sendToChannel(channel, wire);
    step(sender, "says \"" + text + "\": " + wire.length() + " bytes of MLS ciphertext, fanned out to "
        + delivered + " inbox(es)");
    for (DemoUser recipient : recipients) {
      for (InboxEntry entry : recipient.awaitInbox()) {
        if (recipient.group.process(MLSMessage.decode(entry.payload()))
            instanceof ProcessedMessage.ApplicationMessage app) {
          step(recipient, "push -> fetched -> decrypted \"" + new String(app.data().toByteArray(),
              StandardCharsets.UTF_8) + "\" from " + name(app.sender()) + " (epoch " + app.epoch() + ")");
        }
      }
    }
    return message;
  }

  private void applyCommits(DemoUser member) throws InterruptedException {
    for (InboxEntry entry : member.awaitInbox()) {
      if (member.group.process(MLSMessage.decode(entry.payload())) instanceof ProcessedMessage.CommitApplied c) {
        step(member, c.selfRemoved() ? "processed the commit: removed from the group, which is now inactive"
            : "processed the commit from " + name(member.group.members(), c.committer().value()) + " -> epoch "
                + c.epoch() + " (members: " + memberNames(member.group) + ")");
      }
    }
  }

  /// Every member derives the same epoch authenticator (RFC 9420 §8.7) only if they hold the same group state.
  private void checkAgreement(DemoUser... members) {
    byte[] first = members[0].group.epochAuthenticator();
    for (DemoUser member : members) {
      if (!java.util.Arrays.equals(first, member.group.epochAuthenticator())) {
        throw new IllegalStateException(member.name + " disagrees about epoch " + member.group.epoch());
      }
    }
    out.printf("         all %d members agree on epoch %d (epoch authenticator %s)%n", members.length,
        members[0].group.epoch(), shortHex(Bytes.wrap(first)));
  }

  private static dev.quicnprotochat.mls.keypackage.KeyPackageIn keyPackageIn(StoredKeyPackage stored) {
    return ((MLSMessage.OfKeyPackage) MLSMessage.decode(stored.data())).keyPackage();
  }

  private static String memberNames(MlsGroup group) {
    return String.join(", ", group.members().stream().map(Demo::name).toList());
  }

  private static String name(Member member) {
    return member.credential() instanceof dev.quicnprotochat.mls.tree.Credential.Basic(Bytes id)
        ? new String(id.toByteArray(), StandardCharsets.UTF_8) : "leaf " + member.leaf().value();
  }

  private static String name(List<Member> members, int leaf) {
    return members.stream().filter(m -> m.leaf().value() == leaf).findFirst().map(Demo::name).orElse("leaf " + leaf);
  }

  private void step(DemoUser who, String what) {
    out.printf("[%s] %s%n", who.name, what);
    out.flush();
  }

  private static String shortHex(Bytes bytes) {
    return HexFormat.of().formatHex(bytes.toByteArray(), 0, Math.min(6, bytes.length())) + "…";
  }

  @Override
  public void close() throws Exception {
    for (AutoCloseable closeable : open.reversed()) {
      closeable.close();
    }
  }
}
