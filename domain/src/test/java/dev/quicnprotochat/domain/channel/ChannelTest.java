package dev.quicnprotochat.domain.channel;

import static dev.quicnprotochat.domain.channel.ChannelIdTest.key;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quicnprotochat.domain.identity.IdentityKey;
import dev.quicnprotochat.mls.codec.Bytes;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ChannelTest {

  final IdentityKey alice = key(1);
  final IdentityKey bob = key(2);
  final IdentityKey carol = key(3);
  final Channel group = Channel.newGroup(new ChannelId(Bytes.zeros(16)), alice);

  @Test
  void creatorIsTheOnlyMemberAtEpochZero() {
    assertEquals(Set.of(alice), group.members());
    assertEquals(Epoch.ZERO, group.epoch());
  }

  @Test
  void commitAppliesTheChangeAndAdvancesTheEpochWithoutTouchingTheOldValue() {
    Channel next = group.afterCommit(MembershipChange.adding(bob, carol));
    assertEquals(Set.of(alice, bob, carol), next.members());
    assertEquals(new Epoch(1), next.epoch());
    assertEquals(Set.of(alice), group.members());
    Channel after = next.afterCommit(MembershipChange.removing(bob));
    assertEquals(Set.of(alice, carol), after.members());
    assertEquals(new Epoch(2), after.epoch());
  }

  @Test
  void fanOutGoesToEveryMemberButTheSender() {
    Channel three = group.afterCommit(MembershipChange.adding(bob, carol));
    assertEquals(Set.of(bob, carol), three.recipientsExcept(alice));
    assertEquals(Set.of(alice, bob, carol), three.recipientsExcept(key(9)));
  }

  @Test
  void commitRulesAreChecked() {
    Channel two = group.afterCommit(MembershipChange.adding(bob));
    assertEquals(Optional.empty(), two.check(alice, MembershipChange.adding(carol)));
    assertEquals(Optional.empty(), two.check(bob, MembershipChange.NONE));
    assertEquals(Optional.of(MembershipViolation.COMMITTER_NOT_MEMBER), two.check(carol, MembershipChange.NONE));
    assertEquals(Optional.of(MembershipViolation.COMMITTER_REMOVES_ITSELF),
        two.check(alice, MembershipChange.removing(alice)));
    assertEquals(Optional.of(MembershipViolation.ADDED_ALREADY_MEMBER), two.check(alice, MembershipChange.adding(bob)));
    assertEquals(Optional.of(MembershipViolation.REMOVED_NOT_MEMBER),
        two.check(alice, MembershipChange.removing(carol)));
  }

  @Test
  void directChannelIsFixedToItsPair() {
    Channel dm = Channel.newDirect(alice, bob);
    assertEquals(ChannelKind.DIRECT, dm.kind());
    assertEquals(ChannelId.direct(bob, alice), dm.id());
    assertEquals(Optional.empty(), dm.check(alice, MembershipChange.NONE));
    assertEquals(Optional.of(MembershipViolation.DIRECT_CHANNEL_IS_FIXED),
        dm.check(alice, MembershipChange.adding(carol)));
    assertThrows(IllegalArgumentException.class,
        () -> new Channel(ChannelId.direct(alice, bob), ChannelKind.DIRECT, Set.of(alice, carol), Epoch.ZERO));
  }

  @Test
  void afterCommitRefusesAChangeThatDoesNotFit() {
    assertThrows(IllegalArgumentException.class, () -> group.afterCommit(MembershipChange.adding(alice)));
    assertThrows(IllegalArgumentException.class, () -> group.afterCommit(MembershipChange.removing(bob)));
  }

  @Test
  void membershipChangeCannotAddAndRemoveTheSameIdentity() {
    assertThrows(IllegalArgumentException.class, () -> new MembershipChange(Set.of(bob), Set.of(bob)));
    assertTrue(MembershipChange.NONE.isEmpty());
    assertFalse(MembershipChange.adding(bob).isEmpty());
  }

  @Test
  void credentialHashMatchesOnlyItsCredential() {
    ChannelCredential credential = ChannelCredential.of(new byte[32]);
    ChannelCredentialHash hash = credential.hash();
    assertTrue(hash.matches(ChannelCredential.of(new byte[32])));
    byte[] other = new byte[32];
    other[5] = 1;
    assertFalse(hash.matches(ChannelCredential.of(other)));
    assertEquals("ChannelCredential[redacted]", credential.toString());
    assertThrows(IllegalArgumentException.class, () -> ChannelCredential.of(new byte[8]));
  }
}
