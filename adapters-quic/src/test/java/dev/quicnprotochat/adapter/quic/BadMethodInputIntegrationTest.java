package dev.quicnprotochat.adapter.quic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quicnprotochat.adapter.quic.wire.Qpc;
import io.netty.buffer.Unpooled;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.capnproto.MessageBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/// Bad input to the use-case methods over real QUIC: a broken struct is `malformedRequest`, a well-formed one with
/// values the domain refuses is `invalidRequest`, never `internal` and never a crash.
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class BadMethodInputIntegrationTest {
  @TempDir
  static Path stateDir;
  private static GatewayTestBed bed;
  private QpcClient client;

  @BeforeAll
  static void start() {
    bed = new GatewayTestBed(stateDir);
  }

  @AfterAll
  static void stop() {
    bed.close();
  }

  @AfterEach
  void serverKeepsServing() {
    if (client != null) {
      client.close();
    }
    bed.register("after");
  }

  static Stream<Qpc.Request.Which> methods() {
    return Stream.of(Qpc.Request.Which.values())
        .filter(which -> which != Qpc.Request.Which._NOT_IN_SCHEMA && which != Qpc.Request.Which.PING
            && which != Qpc.Request.Which.UNUSED);
  }

  @ParameterizedTest
  @MethodSource("methods")
  void structPointerOutsideTheMessageIsMalformed(Qpc.Request.Which method) throws Exception {
    // the union's members share the Request's pointer 0 (sessionToken is pointer 1, null here): aim that pointer
    // 100 words past the end of the segment
    byte[] message = brokenPointer(method);
    assertEquals(Qpc.ErrorCode.MALFORMED_REQUEST, send(message));
  }

  @Test
  void wrongLengthIdentityKeyIsInvalid() throws Exception {
    MessageBuilder request = Frames.newMessage();
    request.initRoot(Qpc.Request.factory).initFetchKeyPackage().setOwner(new byte[] {1, 2, 3});
    assertEquals(Qpc.ErrorCode.INVALID_REQUEST, send(bytes(request)));
  }

  @Test
  void badUsernameIsInvalid() throws Exception {
    MessageBuilder request = Frames.newMessage();
    var login = request.initRoot(Qpc.Request.factory).initStartLogin();
    login.setUsername("NOT a username!");
    login.setKe1(new byte[32]);
    assertEquals(Qpc.ErrorCode.INVALID_REQUEST, send(bytes(request)));
  }

  @Test
  void shortSessionTokenIsUnauthenticated() throws Exception {
    MessageBuilder request = Frames.newMessage();
    var root = request.initRoot(Qpc.Request.factory);
    root.setSessionToken(new byte[5]);
    root.initCountKeyPackages();
    assertEquals(Qpc.ErrorCode.UNAUTHENTICATED, send(bytes(request)));
  }

  @Test
  void subscribeThatEndsItsSideAtOnceLeavesNoSubscription() throws Exception {
    MessageBuilder request = Frames.newMessage();
    var root = request.initRoot(Qpc.Request.factory);
    root.setSessionToken(bed.register("sub").gateway().session().orElseThrow().toByteArray());
    root.initSubscribe();
    CountDownLatch removed = new CountDownLatch(1);
    bed.hub.onRemoval(identity -> removed.countDown());
    // exchange() ends the client's side right after the request, as a plain call does: that is an immediate
    // unsubscribe, which races the server's authentication
    Qpc.Response.Reader response = answer(bytes(request));
    switch (response.which()) {
      case ERROR -> assertEquals(Qpc.ErrorCode.INVALID_REQUEST.ordinal(), response.getError().getCode(),
          "the server saw the FIN before it registered the subscription");
      case SUBSCRIBE -> assertTrue(removed.await(10, TimeUnit.SECONDS), "registered, then dropped at the FIN");
      default -> throw new AssertionError("unexpected answer " + response.which());
    }
    assertEquals(0, bed.hub.subscriptions());
  }

  @Test
  void subscribeWithoutTokenIsUnauthenticatedWhetherOrNotItsSideEnded() throws Exception {
    MessageBuilder request = Frames.newMessage();
    request.initRoot(Qpc.Request.factory).initSubscribe();
    assertEquals(Qpc.ErrorCode.UNAUTHENTICATED, send(bytes(request)));
  }

  private Qpc.ErrorCode send(byte[] request) throws Exception {
    Qpc.Response.Reader response = answer(request);
    assertEquals(Qpc.Response.Which.ERROR, response.which());
    return Qpc.ErrorCode.values()[response.getError().getCode()];
  }

  private Qpc.Response.Reader answer(byte[] request) throws Exception {
    client = QpcClient.connect(new ClientSettings("127.0.0.1", bed.server().address().getPort(),
        ServerTrust.trustOnFirstUse(stateDir.resolve("known_servers"))));
    byte[] answer = client.exchange(Unpooled.wrappedBuffer(request)).get(10, TimeUnit.SECONDS);
    return Frames.decode(Unpooled.wrappedBuffer(answer), 1 << 20).getRoot(Qpc.Response.factory);
  }

  /// A request for `method` whose struct pointer leads outside the segment.
  private static byte[] brokenPointer(Qpc.Request.Which method) {
    MessageBuilder message = new MessageBuilder();
    Qpc.Request.Builder root = message.initRoot(Qpc.Request.factory);
    setMethod(root, method);
    byte[] valid = bytes(message);
    ByteBuffer words = ByteBuffer.wrap(valid).order(ByteOrder.LITTLE_ENDIAN);
    // framing: 8-byte segment table, then word 0 = root pointer; find the root struct's pointer section
    long rootPointer = words.getLong(8);
    int offset = (int) ((rootPointer & 0xFFFFFFFFL) >> 2);
    int dataWords = (int) ((rootPointer >>> 32) & 0xFFFF);
    int structStart = 8 + 8 * (1 + offset);
    int memberPointer = structStart + 8 * dataWords;
    if (words.getLong(memberPointer + 8) != 0) {
      throw new AssertionError("expected a null session token in pointer 1");
    }
    long pointer = words.getLong(memberPointer);
    long broken = (pointer & 0xFFFFFFFF00000000L) | ((100L << 2) & 0xFFFFFFFFL);
    words.putLong(memberPointer, broken);
    return valid;
  }

  private static void setMethod(Qpc.Request.Builder root, Qpc.Request.Which method) {
    switch (method) {
      case START_REGISTRATION -> root.initStartRegistration().setUsername("x");
      case FINISH_REGISTRATION -> root.initFinishRegistration().setUsername("x");
      case START_LOGIN -> root.initStartLogin().setUsername("x");
      case FINISH_LOGIN -> root.initFinishLogin().setKe3(new byte[1]);
      case LOGOUT -> root.initLogout();
      case PUBLISH_KEY_PACKAGES -> root.initPublishKeyPackages().setLastResort(new byte[1]);
      case FETCH_KEY_PACKAGE -> root.initFetchKeyPackage().setOwner(new byte[1]);
      case COUNT_KEY_PACKAGES -> root.initCountKeyPackages();
      case ENQUEUE_MESSAGE -> root.initEnqueueMessage().setPayload(new byte[1]);
      case FETCH_INBOX -> root.initFetchInbox().setLimit(1);
      case ACK_INBOX -> root.initAckInbox().setUpToSequence(1);
      case CREATE_CHANNEL -> root.initCreateChannel().setCredentialHash(new byte[1]);
      case OPEN_DIRECT_CHANNEL -> root.initOpenDirectChannel().setPeer(new byte[1]);
      case SEND_TO_CHANNEL -> root.initSendToChannel().setPayload(new byte[1]);
      case SUBMIT_COMMIT -> root.initSubmitCommit().setCommit(new byte[1]);
      case SEND_SEALED_MESSAGE -> root.initSendSealedMessage().setPayload(new byte[1]);
      case DESCRIBE_CHANNEL -> root.initDescribeChannel().setChannelId(new byte[1]);
      case RESOLVE_USER -> root.initResolveUser().setUsername("x");
      case RESOLVE_IDENTITY -> root.initResolveIdentity().setIdentityKey(new byte[1]);
      case SUBSCRIBE -> root.initSubscribe();
      case PING, UNUSED, _NOT_IN_SCHEMA -> throw new IllegalArgumentException(method.toString());
    }
  }

  private static byte[] bytes(MessageBuilder message) {
    return Frames.encodeToArray(message);
  }
}
