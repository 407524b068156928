package dev.quicnprotochat.adapter.quic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.quicnprotochat.adapter.quic.wire.Qpc;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.capnproto.MessageBuilder;
import org.capnproto.MessageReader;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class CallDispatcherTest {
  private static final CallContext CALL =
      new CallContext("c1", new InetSocketAddress("127.0.0.1", 1), new ConnectionState());
  private static final ServerInfo INFO =
      new ServerInfo("9.9", Clock.fixed(Instant.ofEpochMilli(1_700_000_000_000L), ZoneOffset.UTC));
  private final ExecutorService executor = Executors.newSingleThreadExecutor();

  @AfterEach
  void stop() {
    executor.shutdownNow();
  }

  private static MessageReader ping() {
    MessageBuilder message = new MessageBuilder();
    message.initRoot(Qpc.Request.factory).initPing().setClientTimeMillis(1);
    return Frames.decode(Frames.encode(message, io.netty.buffer.UnpooledByteBufAllocator.DEFAULT), 1024);
  }

  private static Qpc.Response.Reader answer(CallDispatcher dispatcher) throws Exception {
    MessageBuilder response = dispatcher.dispatch(CALL, ping()).get(5, TimeUnit.SECONDS);
    return response.getRoot(Qpc.Response.factory).asReader();
  }

  @Test
  void pingAnswersWithVersionAndServerClock() throws Exception {
    Qpc.Response.Reader response = answer(new CallDispatcher(List.of(new PingHandler(INFO)), CallGate.OPEN,
        executor));
    assertEquals(Qpc.Response.Which.PING, response.which());
    assertEquals("9.9", response.getPing().getServerVersion().toString());
    assertEquals(1_700_000_000_000L, response.getPing().getServerTimeMillis());
  }

  @Test
  void methodWithoutHandlerIsUnknown() throws Exception {
    Qpc.Response.Reader response = answer(new CallDispatcher(List.of(), CallGate.OPEN, executor));
    assertEquals(CallError.UNKNOWN_METHOD, WireErrors.read(response.getError()).error());
  }

  @Test
  void refusedByTheGateIsRateLimited() throws Exception {
    CallGate refuseAll = call -> {
      throw new CallException(CallError.RATE_LIMITED, "slow down");
    };
    Qpc.Response.Reader response = answer(new CallDispatcher(List.of(new PingHandler(INFO)), refuseAll, executor));
    CallException error = WireErrors.read(response.getError());
    assertEquals(CallError.RATE_LIMITED, error.error());
    assertEquals("slow down", error.getMessage());
  }

  @Test
  void blockingHandlerRunsOnTheExecutorAndItsCrashIsAnInternalError() throws Exception {
    AtomicReference<Thread> ranOn = new AtomicReference<>();
    CallHandler crashing = new TestHandler(true, () -> {
      ranOn.set(Thread.currentThread());
      throw new IllegalStateException("store down");
    });
    CallException error = WireErrors.read(answer(new CallDispatcher(List.of(crashing), CallGate.OPEN, executor))
        .getError());
    assertEquals(CallError.INTERNAL, error.error());
    assertEquals("internal server error", error.getMessage());
    assertNotEquals(Thread.currentThread(), ranOn.get());
  }

  @Test
  void handlerFailureWithACodeKeepsItsCode() throws Exception {
    CallHandler full = new TestHandler(false, () -> {
      throw new CallException(CallError.INBOX_FULL, "inbox full");
    });
    CallException error = WireErrors.read(answer(new CallDispatcher(List.of(full), CallGate.OPEN, executor))
        .getError());
    assertEquals(CallError.INBOX_FULL, error.error());
  }

  @Test
  void twoHandlersForOneMethodAreRefused() {
    assertThrows(IllegalArgumentException.class, () -> new CallDispatcher(
        List.of(new PingHandler(INFO), new PingHandler(INFO)), CallGate.OPEN, executor));
  }

  private record TestHandler(boolean blocking, Runnable body) implements CallHandler {
    @Override
    public Qpc.Request.Which method() {
      return Qpc.Request.Which.PING;
    }

    @Override
    public void handle(CallContext call, Qpc.Request.Reader request, Qpc.Response.Builder response) {
      body.run();
    }
  }
}
