package dev.quicnprotochat.adapter.quic;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.quicnprotochat.application.testing.ServerTestData;
import dev.quicnprotochat.domain.identity.IdentityKey;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PushHubTest {
  private final PushHub hub = new PushHub();
  private final IdentityKey bob = ServerTestData.anIdentityKey();

  @Test
  void notifyReachesEveryStreamOfTheRecipientOnly() {
    List<Long> first = new ArrayList<>();
    List<Long> second = new ArrayList<>();
    List<Long> other = new ArrayList<>();
    hub.register(bob, first::add);
    hub.register(bob, second::add);
    hub.register(ServerTestData.anIdentityKey(), other::add);

    hub.notify(bob, 7);

    assertEquals(List.of(7L), first);
    assertEquals(List.of(7L), second);
    assertEquals(List.of(), other);
    assertEquals(3, hub.subscriptions());
  }

  @Test
  void aFailingStreamNeitherThrowsNorStopsTheOthers() {
    List<Long> healthy = new ArrayList<>();
    hub.register(bob, sequence -> {
      throw new IllegalStateException("stream gone");
    });
    hub.register(bob, healthy::add);

    assertDoesNotThrow(() -> hub.notify(bob, 3));
    assertEquals(List.of(3L), healthy);
  }

  @Test
  void unregisteringTheLastStreamForgetsTheIdentity() {
    PushStream stream = sequence -> {};
    hub.register(bob, stream);
    hub.unregister(bob, stream);
    assertEquals(0, hub.subscriptions(bob));
    assertEquals(0, hub.subscriptions());
    assertDoesNotThrow(() -> hub.notify(bob, 1));
  }

  @Test
  void notifyWithoutSubscribersIsANoOp() {
    assertDoesNotThrow(() -> hub.notify(bob, 1));
  }

  @Test
  void heartbeatIntervalMustBePositive() {
    assertThrows(IllegalArgumentException.class, () -> new PushHub(Duration.ZERO));
  }
}
