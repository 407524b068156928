package dev.quicnprotochat.adapter.persistence.file;

import static dev.quicnprotochat.application.testing.ServerTestData.aGroupChannelId;
import static dev.quicnprotochat.application.testing.ServerTestData.aKeyPackage;
import static dev.quicnprotochat.application.testing.ServerTestData.aLastResortKeyPackage;
import static dev.quicnprotochat.application.testing.ServerTestData.aRegisteredUser;
import static dev.quicnprotochat.application.testing.ServerTestData.aSession;
import static dev.quicnprotochat.application.testing.ServerTestData.aSessionToken;
import static dev.quicnprotochat.application.testing.ServerTestData.anEnvelope;
import static dev.quicnprotochat.application.testing.ServerTestData.anIdentityKey;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quicnprotochat.application.port.out.ChannelStore.Commit;
import dev.quicnprotochat.application.port.out.ChannelStore.CommitOutcome;
import dev.quicnprotochat.domain.channel.Channel;
import dev.quicnprotochat.domain.channel.Epoch;
import dev.quicnprotochat.domain.channel.MembershipChange;
import dev.quicnprotochat.domain.identity.IdentityKey;
import dev.quicnprotochat.domain.identity.RegisteredUser;
import dev.quicnprotochat.domain.inbox.InboxEntry;
import dev.quicnprotochat.domain.keypackage.KeyPackageCount;
import dev.quicnprotochat.domain.keypackage.StoredKeyPackage;
import dev.quicnprotochat.domain.session.Session;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// What the file stores hold survives closing and reopening, including after compaction.
class FileStoreRestartIntegrationTest {

  @TempDir
  Path directory;

  @Test
  void usersSessionsAndKeyPackagesSurviveARestart() throws Exception {
    RegisteredUser user = aRegisteredUser();
    Instant now = Instant.parse("2026-05-05T10:00:00.123456789Z");
    Session session = aSession(aSessionToken(), user, now, Duration.ofHours(1));
    IdentityKey owner = anIdentityKey();
    StoredKeyPackage first = aKeyPackage();
    StoredKeyPackage second = aKeyPackage();
    StoredKeyPackage lastResort = aLastResortKeyPackage();
    try (var users = new FileUserStore(directory); var sessions = new FileSessionStore(directory);
        var packages = new FileKeyPackageStore(directory)) {
      users.add(user);
      sessions.save(session);
      packages.publish(owner, List.of(first, second), Optional.of(lastResort));
      assertEquals(Optional.of(first), packages.take(owner));
    }
    try (var users = new FileUserStore(directory); var sessions = new FileSessionStore(directory);
        var packages = new FileKeyPackageStore(directory)) {
      assertEquals(Optional.of(user), users.findByIdentityKey(user.identityKey()));
      assertEquals(Optional.of(session), sessions.findActive(session.tokenHash(), now));
      assertEquals(new KeyPackageCount(1, true), packages.count(owner));
      assertEquals(Optional.of(second), packages.take(owner));
      assertEquals(Optional.of(lastResort), packages.take(owner));
    }
  }

  @Test
  void channelsAndInboxesSurviveARestartAndCompactionWithoutReusingSequences() throws Exception {
    IdentityKey alice = anIdentityKey();
    IdentityKey bob = anIdentityKey();
    Channel channel = Channel.newGroup(aGroupChannelId(), alice);
    long lastSequence;
    try (FileChannelStore store = new FileChannelStore(directory, 50)) {
      store.create(channel);
      assertInstanceOf(CommitOutcome.Accepted.class, store.commit(new Commit(channel.id(), Epoch.ZERO,
          MembershipChange.adding(bob), List.of(), List.of(anEnvelope(bob, channel.id(), "welcome")))));
      // enough enqueue/ack churn to trigger several compactions
      List<Long> sequences = new ArrayList<>();
      for (int i = 0; i < 300; i++) {
        sequences.add(store.enqueue(List.of(anEnvelope(bob, channel.id(), "m" + i))).getFirst());
        if (i % 30 == 29 && i < 200) {
          store.ack(bob, sequences.get(i - 10));
        }
      }
      store.ack(bob, sequences.get(199));
      lastSequence = store.fetch(bob, 0, 1000).getLast().sequence();
      assertEquals(100, store.depth(bob));
    }
    // 302 changes were made; compaction keeps the log to a snapshot plus what followed it
    int[] records = {0};
    try (RecordLog log = RecordLog.open(directory.resolve("channels.log"), r -> records[0]++)) {
      assertTrue(records[0] < 100, "the log was not compacted: " + records[0] + " records");
    }
    try (FileChannelStore store = new FileChannelStore(directory)) {
      assertEquals(Set.of(alice, bob), store.find(channel.id()).orElseThrow().members());
      assertEquals(new Epoch(1), store.find(channel.id()).orElseThrow().epoch());
      List<InboxEntry> entries = store.fetch(bob, 0, 1000);
      assertEquals(100, entries.size());
      assertEquals("m200", new String(entries.getFirst().payload().toByteArray()));
      long next = store.enqueue(List.of(anEnvelope(bob, channel.id(), "after"))).getFirst();
      assertTrue(next > lastSequence, "sequence " + next + " reused after " + lastSequence);
      assertInstanceOf(CommitOutcome.StaleEpoch.class, store.commit(new Commit(channel.id(), Epoch.ZERO,
          MembershipChange.NONE, List.of(), List.of())));
    }
  }
}
