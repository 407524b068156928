package dev.quicnprotochat.adapter.quic;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.quicnprotochat.adapter.quic.wire.Qpc;
import dev.quicnprotochat.application.port.out.client.ServerUnreachableException;
import io.netty.buffer.Unpooled;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/// A call the server does not answer fails after the call timeout, which the client's event loop enforces (the
/// caller waits without a timer of its own); the connection stays usable for the next call.
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class CallTimeoutIntegrationTest {
  private final TlsIdentity identity = TlsIdentity.selfSigned("timeout test");
  private EchoServer echo;
  private final CountDownLatch serverResumes = new CountDownLatch(1);

  @BeforeEach
  void startServer() throws Exception {
    echo = new EchoServer(identity, TransportLimits.DEFAULTS);
  }

  @AfterEach
  void stopServer() {
    serverResumes.countDown();
    echo.close();
  }

  private ClientSettings settings() throws Exception {
    return new ClientSettings("127.0.0.1", echo.address().getPort(),
        ServerTrust.pinned("the test's certificate", List.of(identity.certificate())));
  }

  /// Holds the server's only thread until the test lets it go: the server then answers nothing. Returns once the
  /// thread is held: a task only queued would let the loop first finish the datagram reads it is in, which may
  /// already hold the test's request.
  private void stallServer() throws InterruptedException {
    CountDownLatch stalled = new CountDownLatch(1);
    echo.eventLoop().execute(() -> {
      stalled.countDown();
      try {
        serverResumes.await(20, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    });
    if (!stalled.await(10, TimeUnit.SECONDS)) {
      throw new IllegalStateException("the server's event loop did not take the stalling task");
    }
  }

  @Test
  void anUnansweredCallFailsWithATimeoutAndTheNextCallIsAnswered() throws Exception {
    try (QpcClient client = QpcClient.connect(settings())) {
      stallServer();
      var request = Frames.newMessage();
      request.initRoot(Qpc.Request.factory).initPing();
      var unanswered = client.call(request, Duration.ofMillis(300));
      ExecutionException failure = assertThrows(ExecutionException.class, () -> unanswered.get(10, TimeUnit.SECONDS));
      assertInstanceOf(TimeoutException.class, failure.getCause());

      serverResumes.countDown();
      byte[] echoed = "still there?".getBytes(StandardCharsets.US_ASCII);
      assertArrayEquals(echoed, client.exchange(Unpooled.wrappedBuffer(echoed)).get(10, TimeUnit.SECONDS));
    }
  }

  @Test
  void theGatewayReportsAnUnansweredCallAsAServerThatDidNotAnswerInTime() throws Exception {
    try (QuicServerGateway gateway = QuicServerGateway.connect(settings(), Duration.ofMillis(300))) {
      stallServer();
      ServerUnreachableException e = assertThrows(ServerUnreachableException.class, gateway::countKeyPackages);
      assertEquals("no answer from the server within 300 ms", e.getMessage());
    }
  }
}
