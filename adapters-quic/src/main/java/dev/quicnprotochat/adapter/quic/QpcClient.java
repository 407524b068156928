package dev.quicnprotochat.adapter.quic;

import dev.quicnprotochat.adapter.quic.wire.Qpc;
import dev.quicnprotochat.application.port.out.client.ServerPushListener;
import dev.quicnprotochat.application.port.out.client.ServerSubscription;
import io.netty.bootstrap.Bootstrap;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.nio.NioDatagramChannel;
import io.netty.handler.codec.quic.QuicChannel;
import io.netty.handler.codec.quic.QuicClientCodecBuilder;
import io.netty.handler.codec.quic.QuicConnectionCloseEvent;
import io.netty.handler.codec.quic.QuicSslContext;
import io.netty.handler.codec.quic.QuicSslContextBuilder;
import io.netty.util.concurrent.Future;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.net.ssl.SSLEngine;
import org.capnproto.MessageBuilder;
import org.capnproto.MessageReader;

/// The client gateway: one QUIC connection to one server; each call opens one bidirectional stream, writes the
/// request, ends its side and waits for the one response. Thread-safe; close it when done.
public final class QpcClient implements AutoCloseable {
  private final ClientSettings settings;
  private final EventLoopGroup group;
  private final Channel datagram;
  private final QuicChannel connection;
  private final TlsSession tls;
  private final StreamScheduler scheduler;

  private QpcClient(ClientSettings settings, EventLoopGroup group, Channel datagram, QuicChannel connection,
                    TlsSession tls, StreamScheduler scheduler) {
    this.scheduler = scheduler;
    this.settings = settings;
    this.group = group;
    this.datagram = datagram;
    this.connection = connection;
    this.tls = tls;
  }

  /// Connects and completes the handshake, or throws [TransportException] with a one-line reason.
  public static QpcClient connect(ClientSettings settings) {
    return connect(settings, QpcProtocol.ALPN);
  }

  static QpcClient connect(ClientSettings settings, String alpn) {
    InetSocketAddress address = new InetSocketAddress(settings.host(), settings.port());
    if (address.isUnresolved()) {
      throw new TransportException("cannot resolve server host '" + settings.host() + "'");
    }
    ServerCertificateVerifier verifier = settings.trust().verifierFor(settings.server());
    QuicSslContext tlsContext = QuicSslContextBuilder.forClient()
        .trustManager(verifier)
        .applicationProtocols(alpn)
        .build();
    ChannelHandler codec = new QuicClientCodecBuilder()
        .sslContext(tlsContext)
        .maxIdleTimeout(TransportLimits.DEFAULTS.idleTimeout().toMillis(), TimeUnit.MILLISECONDS)
        .initialMaxData(QpcProtocol.connectionWindow(settings.maxResponseBytes(), 128))
        .initialMaxStreamDataBidirectionalLocal(QpcProtocol.streamWindow(settings.maxResponseBytes()))
        .initialMaxStreamDataBidirectionalRemote(QpcProtocol.streamWindow(settings.maxResponseBytes()))
        .initialMaxStreamsBidirectional(0)
        .initialMaxStreamsUnidirectional(0)
        .build();
    EventLoopGroup group = new MultiThreadIoEventLoopGroup(1, NioIoHandler.newFactory());
    Channel datagram = null;
    QuicChannel connection = null;
    try {
      datagram = new Bootstrap().group(group).channel(NioDatagramChannel.class).handler(codec)
          .bind(0).sync().channel();
      StreamScheduler scheduler = new StreamScheduler(settings.maxResponseBytes());
      Future<QuicChannel> connecting = QuicChannel.newBootstrap(datagram)
          .handler(scheduler)
          .streamHandler(new ChannelInboundHandlerAdapter())
          .remoteAddress(address)
          .connect();
      CompletableFuture<Void> settled = new CompletableFuture<>();
      connecting.addListener(done -> settled.complete(null));
      scheduler.peerClose().thenRun(() -> settled.complete(null));
      long timeoutMillis = settings.connectTimeout().toMillis();
      try {
        settled.get(timeoutMillis, TimeUnit.MILLISECONDS);
      } catch (TimeoutException | ExecutionException e) {
        throw new TransportException("no answer from " + settings.server() + " within "
            + timeoutMillis + " ms: is the server running and its UDP port reachable?");
      }
      if (!connecting.isSuccess()) {
        throw handshakeFailure(settings, verifier, scheduler.peerClose().getNow(null), connecting.cause());
      }
      connection = connecting.getNow();
      SSLEngine engine = connection.sslEngine();
      TlsSession tls = new TlsSession(engine.getSession().getProtocol(),
          String.valueOf(engine.getApplicationProtocol()), engine.getSession().getCipherSuite(),
          verifier.fingerprint());
      return new QpcClient(settings, group, datagram, connection, tls, scheduler);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      shutdown(group, datagram, null);
      throw new TransportException("interrupted while connecting to " + settings.server());
    } catch (TransportException e) {
      shutdown(group, datagram, connection);
      throw e;
    } catch (Exception e) {
      // socket failures arrive sneakily thrown from sync(), not declared
      shutdown(group, datagram, connection);
      throw new TransportException("cannot connect to " + settings.server() + ": " + e.getMessage(), e);
    }
  }

  private static TransportException handshakeFailure(ClientSettings settings, ServerCertificateVerifier verifier,
                                                      QuicConnectionCloseEvent close, Throwable cause) {
    if (verifier.rejection() != null) {
      return new TransportException(verifier.rejection());
    }
    if (close != null) {
      return new TransportException(Handshakes.describeClose(settings.server(), close));
    }
    String detail = cause == null || cause.getMessage() == null ? String.valueOf(cause) : cause.getMessage();
    return new TransportException("QUIC/TLS handshake with " + settings.server() + " failed (" + detail
        + "): is it a quicnprotochat server speaking " + QpcProtocol.ALPN + "?", cause);
  }

  /// What the handshake negotiated.
  public TlsSession tls() {
    return tls;
  }

  /// Pings the server: its version, its clock and the round-trip time of the call.
  public CompletableFuture<PingReply> ping() {
    MessageBuilder request = Frames.newMessage();
    request.initRoot(Qpc.Request.factory).initPing().setClientTimeMillis(System.currentTimeMillis());
    long started = System.nanoTime();
    return call(request).thenApply(reply -> {
      Duration roundTrip = Duration.ofNanos(System.nanoTime() - started);
      Qpc.Response.Reader response = reply.getRoot(Qpc.Response.factory);
      return switch (response.which()) {
        case PING -> new PingReply(response.getPing().getServerVersion().toString(),
            Instant.ofEpochMilli(response.getPing().getServerTimeMillis()), roundTrip);
        case ERROR -> throw WireErrors.read(response.getError());
        default -> throw new TransportException("server answered ping with " + response.which());
      };
    });
  }

  /// One call: `request` out, the decoded response back. Fails with [TransportException] when the stream or the
  /// connection fails, or the response is not a well-formed message.
  CompletableFuture<MessageReader> call(MessageBuilder request) {
    return decoded(exchange(Frames.encode(request, connection.alloc())));
  }

  /// [#call] that fails with a [java.util.concurrent.TimeoutException] when no answer came within `timeout`.
  CompletableFuture<MessageReader> call(MessageBuilder request, Duration timeout) {
    CompletableFuture<byte[]> result = new CompletableFuture<>();
    scheduler.submit(Frames.encode(request, connection.alloc()), result, timeout);
    return decoded(result);
  }

  private CompletableFuture<MessageReader> decoded(CompletableFuture<byte[]> answer) {
    return answer.thenApply(bytes -> {
      try {
        return Frames.decode(Unpooled.wrappedBuffer(bytes), settings.maxResponseBytes());
      } catch (CallException e) {
        throw new TransportException("server sent a malformed response");
      }
    });
  }

  /// Opens a push subscription stream: writes `request` (a `subscribe` call), then reads the server's ready answer
  /// and its events. The future completes once the server registered the subscription.
  CompletableFuture<ServerSubscription> subscribe(MessageBuilder request, ServerPushListener listener) {
    ClientSubscriptionHandler handler = new ClientSubscriptionHandler(listener, settings.maxResponseBytes());
    scheduler.subscribe(Frames.encode(request, connection.alloc()), handler,
        failure -> handler.ready().completeExceptionally(failure));
    return handler.ready();
  }

  /// Sends `request` as is (tests craft bad input with it) and returns the raw response bytes.
  CompletableFuture<byte[]> exchange(ByteBuf request) {
    CompletableFuture<byte[]> result = new CompletableFuture<>();
    scheduler.submit(request, result);
    return result;
  }

  /// Whether the connection is still open (it closes after the idle timeout or when the server closes it).
  public boolean isOpen() {
    return connection.isActive();
  }

  @Override
  public void close() {
    shutdown(group, datagram, connection);
  }

  private static void shutdown(EventLoopGroup group, Channel datagram, QuicChannel connection) {
    if (connection != null) {
      connection.close().awaitUninterruptibly(2, TimeUnit.SECONDS);
    }
    if (datagram != null) {
      datagram.close().awaitUninterruptibly(2, TimeUnit.SECONDS);
    }
    group.shutdownGracefully(0, 1, TimeUnit.SECONDS).awaitUninterruptibly(3, TimeUnit.SECONDS);
  }
}
