package dev.quicnprotochat.mls.interop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/// The harness driver itself: responses, error mapping, timeouts and process clean-up.
@Timeout(60)
class TsMlsPeerIntegrationTest {

  @Test
  void pingReportsThePinnedTsMlsVersion() {
    try (TsMlsPeer peer = TsMlsPeer.start()) {
      JsonNode pong = peer.call(peer.request("ping"));
      assertEquals("1.6.4", pong.path("tsMls").asText());
      assertTrue(peer.isAlive());
    }
  }

  @Test
  void anErrorResponseBecomesAnExceptionAndThePeerKeepsServing() {
    try (TsMlsPeer peer = TsMlsPeer.start()) {
      TsMlsException unknown = assertThrows(TsMlsException.class, () -> peer.call(peer.request("bogus")));
      assertEquals("usage", unknown.kind());
      TsMlsMember m = peer.member("m");
      TsMlsException noGroup = assertThrows(TsMlsException.class, () -> m.encrypt(new byte[] {1}));
      assertEquals("usage", noGroup.kind());
      m.init(1, new byte[] {7}, false);
      assertEquals(0, m.createGroup(new byte[] {1, 2}));
      TsMlsException garbage = assertThrows(TsMlsException.class, () -> m.processMessage(new byte[] {0, 1, 0, 2}));
      assertTrue(garbage.getMessage().startsWith("ts-mls processMessage failed"), garbage.getMessage());
      assertEquals(0, m.epoch(), "a failed request leaves the group untouched");
    }
  }

  @Test
  void aRequestWithoutAnswerTimesOutAndKillsTheProcess() {
    // A node process that reads stdin but never answers stands in for a hung harness.
    TsMlsPeer peer = TsMlsPeer.start(List.of("node", "-e", "process.stdin.resume()"), NodeToolchain.interopDir(),
        Duration.ofMillis(500));
    try (peer) {
      IllegalStateException e = assertThrows(IllegalStateException.class, () -> peer.call(peer.request("ping")));
      assertTrue(e.getMessage().contains("no response within 500 ms"), e.getMessage());
    }
    assertFalse(peer.isAlive());
  }

  @Test
  void aHarnessThatExitsIsReportedNotAwaited() {
    TsMlsPeer peer = TsMlsPeer.start(List.of("node", "-e", "process.exit(3)"), NodeToolchain.interopDir(),
        Duration.ofSeconds(30));
    try (peer) {
      long start = System.nanoTime();
      IllegalStateException e = assertThrows(IllegalStateException.class, () -> peer.call(peer.request("ping")));
      assertTrue(e.getMessage().contains("harness exited") || e.getMessage().contains("harness is gone"),
          e.getMessage());
      assertTrue(System.nanoTime() - start < 20_000_000_000L, "did not wait for the timeout");
    }
  }

  @Test
  void closeEndsTheHarness() {
    TsMlsPeer peer = TsMlsPeer.start();
    peer.member().init(3, new byte[] {1}, true);
    peer.close();
    assertFalse(peer.isAlive());
  }
}
