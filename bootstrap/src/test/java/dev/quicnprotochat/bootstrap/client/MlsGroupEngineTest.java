package dev.quicnprotochat.bootstrap.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quicnprotochat.application.port.out.client.EncryptedMessage;
import dev.quicnprotochat.application.port.out.client.GeneratedKeyPackage;
import dev.quicnprotochat.application.port.out.client.GroupEngineException;
import dev.quicnprotochat.application.port.out.client.IncomingOutcome;
import dev.quicnprotochat.application.port.out.client.JoinedGroup;
import dev.quicnprotochat.application.port.out.client.PayloadKind;
import dev.quicnprotochat.application.port.out.client.StagedCommit;
import dev.quicnprotochat.domain.channel.ChannelId;
import dev.quicnprotochat.domain.channel.Epoch;
import dev.quicnprotochat.domain.clientstate.IdentityKeyPair;
import dev.quicnprotochat.domain.clientstate.SerializedGroupState;
import dev.quicnprotochat.mls.codec.Bytes;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/// The engine with real MLS (suite 1): alice creates a group, adds bob and carol, they exchange a message, update,
/// remove and leave, each state passed around only in serialised form.
class MlsGroupEngineTest {

  private static final SecureRandom RANDOM = new SecureRandom();
  private final MlsGroupEngine engine = new MlsGroupEngine();
  private final IdentityKeyPair alice = IdentityKeyPair.generate(RANDOM);
  private final IdentityKeyPair bob = IdentityKeyPair.generate(RANDOM);
  private final IdentityKeyPair carol = IdentityKeyPair.generate(RANDOM);
  private final ChannelId channel = new ChannelId(Bytes.wrap(new byte[16]));

  private SerializedGroupState aliceState;
  private SerializedGroupState bobState;
  private SerializedGroupState carolState;

  /// alice's group with bob and carol, everyone at epoch 1.
  private void threeMembers() {
    aliceState = engine.createGroup(channel, alice, Optional.of("Team Ω"));
    GeneratedKeyPackage bobKp = engine.createKeyPackage(bob, false);
    GeneratedKeyPackage carolKp = engine.createKeyPackage(carol, true);
    assertEquals(PayloadKind.UNKNOWN, engine.classify(bobKp.keyPackage()));
    StagedCommit add = engine.commitAdd(aliceState, List.of(bobKp.keyPackage(), carolKp.keyPackage()));
    assertEquals(new Epoch(0), add.epoch());
    assertEquals(Set.of(bob.publicKey(), carol.publicKey()), add.change().added());
    Bytes welcome = add.welcome().orElseThrow();
    assertEquals(PayloadKind.WELCOME, engine.classify(welcome));
    assertEquals(PayloadKind.GROUP_MESSAGE, engine.classify(add.commit()));
    assertEquals(Set.of(bobKp.secret().ref(), carolKp.secret().ref()), Set.copyOf(engine.welcomeRefs(welcome)));
    aliceState = add.merged();
    JoinedGroup bobJoined = engine.join(welcome, bobKp.secret(), bob);
    JoinedGroup carolJoined = engine.join(welcome, carolKp.secret(), carol);
    assertEquals(channel, bobJoined.groupId());
    assertEquals(new Epoch(1), bobJoined.epoch());
    assertEquals(List.of(alice.publicKey(), bob.publicKey(), carol.publicKey()), bobJoined.members());
    assertEquals(Optional.of("Team Ω"), bobJoined.title(), "the creator's title reaches the joiner");
    bobState = bobJoined.state();
    carolState = carolJoined.state();
  }

  @Test
  void membersExchangeMessagesAndADuplicateIsRejected() {
    threeMembers();
    EncryptedMessage sent = engine.encrypt(bobState, Bytes.wrap("hi".getBytes(StandardCharsets.UTF_8)));
    bobState = sent.next();
    IncomingOutcome.Application received =
        assertInstanceOf(IncomingOutcome.Application.class, engine.process(aliceState, sent.message()));
    assertEquals(bob.publicKey(), received.sender());
    assertEquals("hi", new String(received.plaintext().toByteArray(), StandardCharsets.UTF_8));
    assertInstanceOf(IncomingOutcome.Rejected.class, engine.process(received.next(), sent.message()));
    assertInstanceOf(IncomingOutcome.Application.class, engine.process(carolState, sent.message()));
  }

  @Test
  void updateAndRemoveMoveEveryoneToTheNextEpochAndTheRemovedMemberLearnsIt() {
    threeMembers();
    StagedCommit update = engine.commitUpdate(bobState);
    assertEquals(new Epoch(1), update.epoch());
    assertTrue(update.change().added().isEmpty() && update.change().removed().isEmpty());
    bobState = update.merged();
    IncomingOutcome.CommitApplied atAlice =
        assertInstanceOf(IncomingOutcome.CommitApplied.class, engine.process(aliceState, update.commit()));
    assertEquals(bob.publicKey(), atAlice.committer());
    aliceState = atAlice.next();
    carolState = ((IncomingOutcome.CommitApplied) engine.process(carolState, update.commit())).next();

    StagedCommit remove = engine.commitRemove(aliceState, Set.of(carol.publicKey()));
    assertEquals(Set.of(carol.publicKey()), remove.change().removed());
    assertEquals(List.of(alice.publicKey(), bob.publicKey()), engine.members(remove.merged()));
    IncomingOutcome.CommitApplied atCarol =
        assertInstanceOf(IncomingOutcome.CommitApplied.class, engine.process(carolState, remove.commit()));
    assertTrue(atCarol.selfRemoved());
    IncomingOutcome.CommitApplied atBob =
        assertInstanceOf(IncomingOutcome.CommitApplied.class, engine.process(bobState, remove.commit()));
    assertFalse(atBob.selfRemoved());
    assertEquals(new Epoch(3), atBob.epoch());
    assertEquals(new Epoch(3), engine.epoch(atBob.next()));
  }

  @Test
  void aLeaveProposalIsCommittedByAnotherMember() {
    threeMembers();
    Bytes leave = engine.proposeLeave(carolState);
    IncomingOutcome.ProposalStored stored =
        assertInstanceOf(IncomingOutcome.ProposalStored.class, engine.process(bobState, leave));
    assertEquals(0, engine.pendingProposals(bobState));
    assertEquals(1, engine.pendingProposals(stored.next()));
    StagedCommit commit = engine.commitPending(stored.next());
    assertEquals(Set.of(carol.publicKey()), commit.change().removed());
    assertEquals(0, engine.pendingProposals(commit.merged()));
  }

  @Test
  void aCommitOfAnOldEpochIsRejectedAndGarbageIsUnknown() {
    threeMembers();
    StagedCommit first = engine.commitUpdate(bobState);
    StagedCommit second = engine.commitUpdate(carolState);   // both at epoch 1: only one can win
    aliceState = ((IncomingOutcome.CommitApplied) engine.process(aliceState, first.commit())).next();
    assertInstanceOf(IncomingOutcome.Rejected.class, engine.process(aliceState, second.commit()));
    assertEquals(PayloadKind.UNKNOWN, engine.classify(Bytes.wrap(new byte[] {1, 2, 3})));
    assertInstanceOf(IncomingOutcome.Rejected.class, engine.process(aliceState, Bytes.wrap(new byte[] {1, 2})));
  }

  @Test
  void callerInputThatDoesNotParseIsAGroupEngineException() {
    threeMembers();
    SerializedGroupState broken = SerializedGroupState.of(new byte[] {0, 1, 2});
    assertThrows(GroupEngineException.class, () -> engine.epoch(broken));
    assertThrows(GroupEngineException.class, () -> engine.commitAdd(aliceState, List.of(Bytes.wrap(new byte[4]))));
    assertThrows(GroupEngineException.class,
        () -> engine.commitRemove(aliceState, Set.of(IdentityKeyPair.generate(RANDOM).publicKey())));
    assertThrows(GroupEngineException.class, () -> engine.welcomeRefs(Bytes.wrap(new byte[] {0, 1})));
  }

  @Test
  void aKeyPackageSecretOfAnotherIdentityCannotJoin() {
    aliceState = engine.createGroup(channel, alice, Optional.empty());
    GeneratedKeyPackage bobKp = engine.createKeyPackage(bob, false);
    Bytes welcome = engine.commitAdd(aliceState, List.of(bobKp.keyPackage())).welcome().orElseThrow();
    assertThrows(GroupEngineException.class, () -> engine.join(welcome, bobKp.secret(), carol));
    JoinedGroup joined = engine.join(welcome, bobKp.secret(), bob);
    assertEquals(new Epoch(1), joined.epoch());
    assertEquals(Optional.empty(), joined.title(), "a group created without a title carries none");
  }
}
