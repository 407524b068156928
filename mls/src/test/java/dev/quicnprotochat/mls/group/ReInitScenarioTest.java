package dev.quicnprotochat.mls.group;

import static dev.quicnprotochat.mls.group.GroupTestData.add;
import static dev.quicnprotochat.mls.group.GroupTestData.assertInSync;
import static dev.quicnprotochat.mls.group.GroupTestData.assertTalks;
import static dev.quicnprotochat.mls.group.GroupTestData.config;
import static dev.quicnprotochat.mls.group.GroupTestData.create;
import static dev.quicnprotochat.mls.group.GroupTestData.deliver;
import static dev.quicnprotochat.mls.group.GroupTestData.keyPackage;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quicnprotochat.mls.UsageException;
import dev.quicnprotochat.mls.ValidationCheck;
import dev.quicnprotochat.mls.ValidationException;
import dev.quicnprotochat.mls.codec.Bytes;
import dev.quicnprotochat.mls.crypto.CipherSuite;
import dev.quicnprotochat.mls.crypto.CipherSuites;
import dev.quicnprotochat.mls.extension.Extension;
import dev.quicnprotochat.mls.extension.ExtensionType;
import dev.quicnprotochat.mls.message.Proposal;
import dev.quicnprotochat.mls.message.Welcome;
import dev.quicnprotochat.mls.schedule.PreSharedKeyID;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/// Re-initialising a group (RFC 9420 §11.2): a member commits a ReInit, one member creates the successor with the
/// old group's `reinit` resumption PSK, the others join it from the Welcome and verify that PSK against their state
/// of the old group.
class ReInitScenarioTest {

  private static final Bytes NEW_ID = Bytes.wrap("successor".getBytes(StandardCharsets.UTF_8));

  static Stream<Arguments> suitePairs() {
    // Same suite for 1, 2 and 3, and a change of suite (X25519/Ed25519 to P-256).
    return Stream.of(Arguments.of(1, 1), Arguments.of(2, 2), Arguments.of(3, 3), Arguments.of(1, 2));
  }

  /// The old group a, b, c with a ReInit committed by b and processed by all; returns [a, b, c].
  private static MlsGroup[] reInitialised(CipherSuite suite, Proposal.ReInit reInit) {
    MlsGroup a = create(suite, "a", config());
    MlsGroup b = add(suite, a, "b", config());
    MlsGroup c = add(suite, a, "c", config(), b);
    CommitResult r = b.commit(CommitOptions.withInline(List.of(reInit)));
    b.mergePendingCommit();
    deliver(r.commit(), a, c);
    assertInSync(a, b, c);
    return new MlsGroup[] {a, b, c};
  }

  private static Proposal.ReInit reInitTo(CipherSuite newSuite, List<Extension> extensions) {
    return new Proposal.ReInit(NEW_ID, 1, newSuite.id(), extensions);
  }

  @ParameterizedTest
  @MethodSource("suitePairs")
  void membersMoveToTheSuccessorBoundToTheOldGroup(int oldSuiteId, int newSuiteId) {
    CipherSuite oldSuite = CipherSuites.byId(oldSuiteId);
    CipherSuite newSuite = CipherSuites.byId(newSuiteId);
    Proposal.ReInit reInit = reInitTo(newSuite, List.of());
    MlsGroup[] old = reInitialised(oldSuite, reInit);
    for (MlsGroup g : old) {
      assertEquals(Optional.of(reInit), g.committedReInit());
    }
    // The committed ReInit survives storage.
    MlsGroup aRestored = MlsGroup.fromBytes(old[0].toBytes(), config());
    assertEquals(Optional.of(reInit), aRestored.committedReInit());
    byte[] aBefore = aRestored.toBytes();

    KeyPackageBundle aNew = keyPackage(newSuite, "a");
    KeyPackageBundle bNew = keyPackage(newSuite, "b");
    KeyPackageBundle cNew = keyPackage(newSuite, "c");
    ReInitSuccessor successor = old[2].createReInitSuccessor(cNew, List.of(aNew.keyPackage().wire(),
        bNew.keyPackage().wire()));
    MlsGroup c = successor.group();
    c.mergePendingCommit();
    Welcome welcome = Welcome.decode(successor.commit().welcome().orElseThrow().toBytes());
    MlsGroup a = MlsGroup.joinReInitSuccessor(welcome, aNew, Optional.empty(), aRestored, config());
    MlsGroup b = MlsGroup.joinReInitSuccessor(welcome, bNew, Optional.empty(), old[1], config());

    assertArrayEquals(aBefore, aRestored.toBytes(), "the predecessor is not changed");
    assertInSync(a, b, c);
    for (MlsGroup g : List.of(a, b, c)) {
      assertEquals(1, g.epoch());
      assertEquals(NEW_ID, g.groupId());
      assertEquals(newSuite.id(), g.suite().id());
      assertEquals(Optional.empty(), g.committedReInit());
    }
    assertEquals(3, c.members().size());
    assertTalks(a, b, c);
    assertTalks(c, a, b);
    // The successor works on: a commits an update that everyone follows.
    CommitResult u = a.commit(CommitOptions.selfUpdate());
    a.mergePendingCommit();
    deliver(u.commit(), b, c);
    assertInSync(a, b, c);
  }

  @Test
  void theSuccessorTakesTheReInitsExtensions() {
    CipherSuite suite = CipherSuites.byId(1);
    Extension required = new Extension(ExtensionType.REQUIRED_CAPABILITIES, Bytes.wrap(new byte[] {0, 0, 0}));
    Proposal.ReInit reInit = reInitTo(suite, List.of(required));
    MlsGroup[] old = reInitialised(suite, reInit);
    KeyPackageBundle aNew = keyPackage(suite, "a");
    ReInitSuccessor successor = old[1].createReInitSuccessor(keyPackage(suite, "b"),
        List.of(aNew.keyPackage().wire()));
    successor.group().mergePendingCommit();
    MlsGroup a = MlsGroup.joinReInitSuccessor(successor.commit().welcome().orElseThrow(), aNew, Optional.empty(),
        old[0], config());
    assertEquals(List.of(required), a.groupContextExtensions());
    assertInSync(a, successor.group());
  }

  @Test
  void aJoinerChecksThePskAndTheNewGroupsParameters() {
    CipherSuite suite = CipherSuites.byId(1);
    Proposal.ReInit reInit = reInitTo(suite, List.of());
    MlsGroup[] old = reInitialised(suite, reInit);
    KeyPackageBundle aNew = keyPackage(suite, "a");
    ReInitSuccessor successor = old[2].createReInitSuccessor(keyPackage(suite, "c"),
        List.of(aNew.keyPackage().wire()));
    Welcome welcome = successor.commit().welcome().orElseThrow();

    // A plain join holds no resumption secret of the old group.
    assertEquals(ValidationCheck.PSK, assertThrows(ValidationException.class,
        () -> MlsGroup.joinFromWelcome(welcome, aNew, Optional.empty(), config())).check());
    // Another group under another id, also re-initialised: its reinit PSK is not the one the Welcome names.
    MlsGroup x = MlsGroup.create(Bytes.wrap(new byte[] {5}), keyPackage(suite, "x"), List.of(), config());
    MlsGroup y = add(suite, x, "y", config());
    CommitResult xr = x.commit(CommitOptions.withInline(List.of(reInit)));
    x.mergePendingCommit();
    deliver(xr.commit(), y);
    assertEquals(ValidationCheck.PSK, assertThrows(ValidationException.class,
        () -> MlsGroup.joinReInitSuccessor(welcome, aNew, Optional.empty(), y, config())).check());
    // Another group under the same id and in the same epoch: the PSK names match, its secret does not, so the
    // GroupInfo, encrypted under a key that depends on the PSK, does not decrypt.
    MlsGroup[] other = reInitialised(suite, reInit);
    assertEquals(old[0].epoch(), other[0].epoch());
    assertEquals(ValidationCheck.WELCOME, assertThrows(ValidationException.class,
        () -> MlsGroup.joinReInitSuccessor(welcome, aNew, Optional.empty(), other[0], config())).check());
    // A predecessor without a committed ReInit (a's state before the ReInit commit is gone; a fresh group stands in).
    assertThrows(UsageException.class, () -> MlsGroup.joinReInitSuccessor(welcome, aNew, Optional.empty(),
        create(suite, "x", config()), config()));
    // The real predecessor works.
    MlsGroup a = MlsGroup.joinReInitSuccessor(welcome, aNew, Optional.empty(), old[0], config());
    assertEquals(1, a.epoch());
  }

  @Test
  void aSuccessorWhoseParametersDifferFromTheReInitIsRefused() {
    CipherSuite suite = CipherSuites.byId(1);
    MlsGroup[] old = reInitialised(suite, reInitTo(suite, List.of()));
    // Built inside the package: a group under another id, with a correct reinit PSK of the old group.
    GroupState oldState = old[2].state();
    Psks.ReInitPsk link = Welcomes.reInitPsk(oldState);
    KeyPackageBundle aNew = keyPackage(suite, "a");
    GroupState fresh = GroupCreation.create(Bytes.wrap(new byte[] {9}), keyPackage(suite, "c"), List.of(), config());
    byte[] nonce = new byte[suite.hashLength()];
    List<Proposal> inline = List.of(new Proposal.Add(aNew.keyPackage().wire()),
        new Proposal.PreSharedKey(new PreSharedKeyID.Resumption(PreSharedKeyID.USAGE_REINIT, link.groupId(),
            link.epoch(), Bytes.wrap(nonce))));
    OutgoingCommit.Built built = OutgoingCommit.build(fresh, new CommitOptions(inline, false, false), config(),
        Optional.of(link));
    Welcome welcome = built.result().welcome().orElseThrow();
    ValidationException e = assertThrows(ValidationException.class,
        () -> MlsGroup.joinReInitSuccessor(welcome, aNew, Optional.empty(), old[0], config()));
    assertEquals(ValidationCheck.PSK, e.check());
    assertTrue(e.getMessage().contains("differ"), e.getMessage());
  }

  @Test
  void onlyAGroupWithACommittedReInitHasASuccessor() {
    CipherSuite suite = CipherSuites.byId(1);
    MlsGroup a = create(suite, "a", config());
    add(suite, a, "b", config());
    assertThrows(UsageException.class, () -> a.createReInitSuccessor(keyPackage(suite, "a"),
        List.of(keyPackage(suite, "b").keyPackage().wire())));
    MlsGroup[] old = reInitialised(suite, reInitTo(CipherSuites.byId(3), List.of()));
    // The KeyPackage must be in the ReInit's suite.
    assertThrows(UsageException.class, () -> old[0].createReInitSuccessor(keyPackage(suite, "a"), List.of()));
    // A later commit in the old group ends the ReInit's epoch: no successor from there.
    old[0].commit(CommitOptions.selfUpdate());
    old[0].mergePendingCommit();
    assertEquals(Optional.empty(), old[0].committedReInit());
    assertThrows(UsageException.class, () -> old[0].createReInitSuccessor(keyPackage(CipherSuites.byId(3), "a"),
        List.of()));
  }
}
