package dev.quicnprotochat.adapter.quic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quicnprotochat.adapter.quic.wire.Qpc;
import io.netty.buffer.Unpooled;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import org.capnproto.MessageBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/// Bad input over real QUIC on loopback: each case gets its specific outcome, and the server keeps serving.
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class BadInputIntegrationTest {
  private static final int MAX_MESSAGE_BYTES = 4096;
  private static QpcServer server;

  @TempDir
  Path stateDir;
  private QpcClient client;

  @BeforeAll
  static void startServer() {
    server = TestServers.start(TlsIdentity.selfSigned("bad input test"),
        TransportLimits.DEFAULTS.withMaxMessageBytes(MAX_MESSAGE_BYTES));
  }

  @AfterAll
  static void stopServer() {
    server.close();
  }

  @AfterEach
  void serverStillServesOtherClients() throws Exception {
    if (client != null) {
      client.close();
    }
    try (QpcClient other = TestServers.tofuClient(server, stateDir)) {
      assertEquals(TestServers.VERSION, other.ping().get(10, TimeUnit.SECONDS).serverVersion());
    }
  }

  @Test
  void garbageIsAMalformedRequest() throws Exception {
    byte[] garbage = new byte[64];
    Arrays.fill(garbage, (byte) 0xA7);
    assertEquals(CallError.MALFORMED_REQUEST, send(garbage).error());
  }

  @Test
  void truncatedMessageIsAMalformedRequest() throws Exception {
    byte[] ping = ping();
    assertEquals(CallError.MALFORMED_REQUEST, send(Arrays.copyOf(ping, ping.length - 8)).error());
  }

  @Test
  void emptyStreamIsAMalformedRequest() throws Exception {
    assertEquals(CallError.MALFORMED_REQUEST, send(new byte[0]).error());
  }

  @Test
  void trailingBytesAfterTheMessageAreAMalformedRequest() throws Exception {
    byte[] ping = ping();
    assertEquals(CallError.MALFORMED_REQUEST, send(Arrays.copyOf(ping, ping.length + 8)).error());
  }

  @Test
  void rootPointerOutsideTheSegmentIsAMalformedRequest() throws Exception {
    // one segment of one word: a struct pointer whose target (offset 100 words) lies outside the segment
    ByteBuffer message = words(2);
    message.putInt(0).putInt(1);
    message.putInt(100 << 2).putInt(1 | (1 << 16));
    assertEquals(CallError.MALFORMED_REQUEST, send(message.array()).error());
  }

  @Test
  void oversizedMessageGetsMessageTooLarge() throws Exception {
    CallException error = send(new byte[MAX_MESSAGE_BYTES * 16]);
    assertEquals(CallError.MESSAGE_TOO_LARGE, error.error());
    assertTrue(error.getMessage().contains(String.valueOf(MAX_MESSAGE_BYTES)), error.getMessage());
  }

  @Test
  void unknownUnionTagGetsUnknownMethod() throws Exception {
    // a Request whose union discriminant is 99, a method this server has never heard of: segment table,
    // root struct pointer (1 data word, 1 pointer), the data word holding the discriminant, a null pointer
    ByteBuffer message = words(4);
    message.putInt(0).putInt(3);
    message.putInt(0).putInt(1 | (1 << 16));
    message.putShort((short) 99).putShort((short) 0).putInt(0);
    message.putLong(0);
    assertEquals(CallError.UNKNOWN_METHOD, send(message.array()).error());
  }

  @Test
  void schemaMethodWithoutAHandlerGetsUnknownMethod() throws Exception {
    MessageBuilder request = new MessageBuilder();
    request.initRoot(Qpc.Request.factory).setUnused(org.capnproto.Void.VOID);
    assertEquals(CallError.UNKNOWN_METHOD, send(bytes(request)).error());
  }

  @Test
  void subscribeOnAServerWithoutPushIsAnUnknownMethodAtOnce() {
    client = TestServers.tofuClient(server, stateDir);
    MessageBuilder request = new MessageBuilder();
    request.initRoot(Qpc.Request.factory).initSubscribe();
    var opening = client.subscribe(request, new dev.quicnprotochat.application.port.out.client.ServerPushListener() {
      @Override
      public void inboxChanged(long sequence) {}

      @Override
      public void subscriptionEnded(String reason) {}
    });
    var failure = assertThrows(java.util.concurrent.ExecutionException.class, () -> opening.get(10, TimeUnit.SECONDS));
    assertEquals(CallError.UNKNOWN_METHOD, ((CallException) failure.getCause()).error());
  }

  @Test
  void wrongAlpnFailsTheHandshakeCleanly() {
    ClientSettings settings = TestServers.client(server, ServerTrust.trustOnFirstUse(stateDir.resolve("known")));
    TransportException failure = assertThrows(TransportException.class, () -> QpcClient.connect(settings, "h3"));
    assertTrue(failure.getMessage().contains("does not speak qpc/1"), failure.getMessage());
  }

  /// Sends raw bytes as one call and decodes the server's answer, which must be an `Error`.
  private CallException send(byte[] request) throws Exception {
    client = TestServers.tofuClient(server, stateDir);
    byte[] answer = client.exchange(Unpooled.wrappedBuffer(request)).get(10, TimeUnit.SECONDS);
    Qpc.Response.Reader response = Frames.decode(Unpooled.wrappedBuffer(answer), 1 << 20)
        .getRoot(Qpc.Response.factory);
    assertEquals(Qpc.Response.Which.ERROR, response.which());
    return WireErrors.read(response.getError());
  }

  private static byte[] ping() {
    MessageBuilder request = new MessageBuilder();
    request.initRoot(Qpc.Request.factory).initPing().setClientTimeMillis(42);
    return bytes(request);
  }

  private static byte[] bytes(MessageBuilder message) {
    return Frames.encodeToArray(message);
  }

  private static ByteBuffer words(int count) {
    return ByteBuffer.allocate(count * 8).order(ByteOrder.LITTLE_ENDIAN);
  }
}
