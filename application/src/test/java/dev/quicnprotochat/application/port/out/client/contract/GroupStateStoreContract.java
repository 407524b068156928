package dev.quicnprotochat.application.port.out.client.contract;

import static dev.quicnprotochat.application.testing.client.ClientStateTestData.aGroupId;
import static dev.quicnprotochat.application.testing.client.ClientStateTestData.aGroupState;
import static dev.quicnprotochat.application.testing.client.ClientStateTestData.randomBytes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quicnprotochat.application.port.out.client.GroupStateStore;
import dev.quicnprotochat.application.testing.client.ClientStateTestData;
import dev.quicnprotochat.domain.channel.ChannelId;
import dev.quicnprotochat.domain.clientstate.SerializedGroupState;
import dev.quicnprotochat.domain.identity.IdentityKey;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/// What every [GroupStateStore] adapter must do; extend it and implement [#store()]. Override [#reopened()] when
/// the adapter persists.
@Timeout(60)
public abstract class GroupStateStoreContract {

  protected abstract GroupStateStore store();

  /// The same store after closing and opening it again; by default the store itself.
  protected GroupStateStore reopened() throws Exception {
    return store();
  }

  @Test
  void savedStateLoadsBackAfterReopening() throws Exception {
    ChannelId group = aGroupId();
    SerializedGroupState state = aGroupState();
    store().save(group, state);
    assertEquals(Optional.of(state), reopened().load(group));
  }

  @Test
  void saveReplacesThePreviousState() throws Exception {
    ChannelId group = aGroupId();
    SerializedGroupState newer = aGroupState();
    store().save(group, aGroupState());
    store().save(group, newer);
    assertEquals(Optional.of(newer), reopened().load(group));
    assertEquals(List.of(group), reopened().groups());
  }

  @Test
  void unknownGroupLoadsNothing() {
    store().save(aGroupId(), aGroupState());
    assertEquals(Optional.empty(), store().load(aGroupId()));
  }

  @Test
  void deletedGroupIsGone() throws Exception {
    ChannelId group = aGroupId();
    ChannelId other = aGroupId();
    store().save(group, aGroupState());
    store().save(other, aGroupState());
    assertTrue(store().delete(group));
    assertFalse(store().delete(group));
    assertEquals(Optional.empty(), reopened().load(group));
    assertEquals(List.of(other), reopened().groups());
  }

  @Test
  void groupsListsEveryStoredGroupIncludingDirectChannels() throws Exception {
    IdentityKey alice = ClientStateTestData.anIdentityKey();
    IdentityKey bob = ClientStateTestData.anIdentityKey();
    Set<ChannelId> expected = new HashSet<>(List.of(aGroupId(), aGroupId(), ChannelId.direct(alice, bob)));
    for (ChannelId group : expected) {
      store().save(group, aGroupState());
    }
    assertEquals(expected, new HashSet<>(reopened().groups()));
  }

  @Test
  void largeStateRoundTrips() throws Exception {
    ChannelId group = aGroupId();
    SerializedGroupState state = SerializedGroupState.of(randomBytes(2 * 1024 * 1024 + 17));
    store().save(group, state);
    assertEquals(Optional.of(state), reopened().load(group));
  }

  @Test
  void concurrentSavesOfDifferentGroupsAllLand() throws Exception {
    ChannelId first = aGroupId();
    ChannelId second = aGroupId();
    int rounds = 25;
    List<SerializedGroupState> firstStates = new ArrayList<>();
    List<SerializedGroupState> secondStates = new ArrayList<>();
    for (int i = 0; i < rounds; i++) {
      firstStates.add(aGroupState());
      secondStates.add(aGroupState());
    }
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      Future<?> a = pool.submit(() -> firstStates.forEach(state -> store().save(first, state)));
      Future<?> b = pool.submit(() -> secondStates.forEach(state -> store().save(second, state)));
      ClientContractSupport.join(a);
      ClientContractSupport.join(b);
    } finally {
      pool.shutdownNow();
    }
    GroupStateStore reopened = reopened();
    assertEquals(Optional.of(firstStates.getLast()), reopened.load(first));
    assertEquals(Optional.of(secondStates.getLast()), reopened.load(second));
    assertEquals(Set.of(first, second), new HashSet<>(reopened.groups()));
  }
}
