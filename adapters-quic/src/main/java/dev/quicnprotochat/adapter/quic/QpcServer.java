package dev.quicnprotochat.adapter.quic;

import io.netty.bootstrap.Bootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandler;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.nio.NioDatagramChannel;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/// The QUIC server: QUIC v1, TLS 1.3 (the only TLS QUIC allows, RFC 9001 §4.2), ALPN `qpc/1`, one call per
/// bidirectional stream. Start with [#start()], stop with [#close()].
public final class QpcServer implements AutoCloseable {
  private static final Logger logger = LoggerFactory.getLogger(QpcServer.class);

  private final ServerSettings settings;
  private final CallDispatcher dispatcher;
  private final SubscriptionOpener subscriptions;
  private final ExecutorService blockingExecutor;
  private final ConnectionHandler connections = new ConnectionHandler();
  private EventLoopGroup group;
  private Channel channel;

  /// A server that answers only `ping` (every other method gets `unknownMethod`): for transport checks.
  public QpcServer(ServerSettings settings) {
    this(settings, List.of(new PingHandler(settings.info())), gateFor(settings.limits()), null);
  }

  /// The full server: every method of docs/protocol.md §3 served by `useCases`, and push subscriptions
  /// registered with `pushHub` (which the delivery service must use as its `InboxNotifier`).
  public QpcServer(ServerSettings settings, ServerUseCases useCases, PushHub pushHub) {
    this(settings, ServerHandlers.all(settings.info(), useCases), gateFor(settings.limits()),
        new SubscriptionSource(useCases, pushHub));
  }

  QpcServer(ServerSettings settings, List<CallHandler> handlers, CallGate gate) {
    this(settings, handlers, gate, null);
  }

  private QpcServer(ServerSettings settings, List<CallHandler> handlers, CallGate gate, SubscriptionSource push) {
    this.settings = settings;
    // stores block; virtual threads keep them off the event loop without sizing a pool
    this.blockingExecutor = Executors.newThreadPerTaskExecutor(Thread.ofVirtual().name("qpc-call-", 0).factory());
    this.dispatcher = new CallDispatcher(handlers, gate, blockingExecutor);
    this.subscriptions = push == null
        ? null
        : new SubscriptionOpener(push.useCases().authenticate(), push.hub(), gate, blockingExecutor);
  }

  private record SubscriptionSource(ServerUseCases useCases, PushHub hub) {
    SubscriptionSource {
      Objects.requireNonNull(useCases, "use cases");
      Objects.requireNonNull(hub, "push hub");
    }
  }

  private static CallGate gateFor(TransportLimits limits) {
    return limits.maxCallsPerSecond() == 0
        ? CallGate.OPEN
        : new CallRateLimiter(limits.maxCallsPerSecond(), System::nanoTime);
  }

  /// Binds the UDP socket and starts serving; returns the bound address (useful with port 0).
  public synchronized InetSocketAddress start() {
    if (channel != null) {
      throw new IllegalStateException("server already started");
    }
    TransportLimits limits = settings.limits();
    ChannelHandler codec = ServerCodecs.build(settings.identity(), limits, connections,
        () -> new CallStreamHandler(dispatcher, subscriptions, limits.maxMessageBytes()));
    group = new MultiThreadIoEventLoopGroup(1, NioIoHandler.newFactory());
    try {
      channel = new Bootstrap().group(group).channel(NioDatagramChannel.class).handler(codec)
          .bind(settings.listen()).sync().channel();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      close();
      throw new TransportException("interrupted while binding " + settings.listen());
    } catch (Exception e) {
      // bind failures (BindException) arrive sneakily thrown from sync(), not declared
      close();
      InetSocketAddress listen = settings.listen();
      String host = listen.getAddress() == null ? listen.getHostString() : listen.getAddress().getHostAddress();
      throw new TransportException("cannot listen on " + host + ":" + listen.getPort() + ": " + e.getMessage(), e);
    }
    InetSocketAddress bound = (InetSocketAddress) channel.localAddress();
    logger.info("listening on {}:{} (QUIC, ALPN {}, certificate sha256 {})", bound.getHostString(), bound.getPort(),
        QpcProtocol.ALPN, settings.identity().fingerprint());
    return bound;
  }

  /// The bound address, once started.
  public synchronized InetSocketAddress address() {
    if (channel == null) {
      throw new IllegalStateException("server not started");
    }
    return (InetSocketAddress) channel.localAddress();
  }

  int openConnections() {
    return connections.openConnections();
  }

  @Override
  public synchronized void close() {
    if (channel != null) {
      connections.closeAll("server shutting down");
      channel.close().awaitUninterruptibly(5, TimeUnit.SECONDS);
      channel = null;
    }
    if (group != null) {
      group.shutdownGracefully(0, 2, TimeUnit.SECONDS).awaitUninterruptibly(5, TimeUnit.SECONDS);
      group = null;
    }
    blockingExecutor.shutdown();
  }
}
