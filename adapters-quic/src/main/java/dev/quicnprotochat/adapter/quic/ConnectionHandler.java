package dev.quicnprotochat.adapter.quic;

import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.codec.quic.QuicChannel;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.net.ssl.SSLHandshakeException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/// Connection-level events of the server: counts open connections and logs their lifecycle (no payloads).
@ChannelHandler.Sharable
final class ConnectionHandler extends ChannelInboundHandlerAdapter {
  private static final Logger logger = LoggerFactory.getLogger(ConnectionHandler.class);

  /// Application error code of the CONNECTION_CLOSE a stopping server sends (RFC 9000 §10.2).
  static final int CLOSE_SHUTTING_DOWN = 0x1;

  private final AtomicInteger open = new AtomicInteger();
  private final Set<QuicChannel> connections = ConcurrentHashMap.newKeySet();

  @Override
  public void channelActive(ChannelHandlerContext ctx) {
    QuicChannel connection = (QuicChannel) ctx.channel();
    connections.add(connection);
    logger.debug("connection {} from {} ({} open)", connection.id().asShortText(),
        connection.remoteSocketAddress(), open.incrementAndGet());
    ctx.fireChannelActive();
  }

  @Override
  public void channelInactive(ChannelHandlerContext ctx) {
    QuicChannel connection = (QuicChannel) ctx.channel();
    connections.remove(connection);
    logger.debug("connection {} closed{} ({} open)", connection.id().asShortText(),
        connection.isTimedOut() ? " after idle timeout" : "", open.decrementAndGet());
    ctx.fireChannelInactive();
  }

  @Override
  public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
    logger.debug("connection {} failed: {}", ctx.channel().id().asShortText(), cause.toString());
    if (cause instanceof SSLHandshakeException) {
      // quiche already closes the connection with the TLS alert as a CONNECTION_CLOSE (RFC 9001 §4.8); closing
      // the channel here would drop it before it is sent, and the client would wait for its connect timeout
      return;
    }
    ctx.close();
  }

  /// Tells every client why its connection ends, instead of letting it wait for the idle timeout.
  void closeAll(String reason) {
    for (QuicChannel connection : connections) {
      connection.close(true, CLOSE_SHUTTING_DOWN,
          Unpooled.copiedBuffer(reason, StandardCharsets.US_ASCII)).awaitUninterruptibly(1, TimeUnit.SECONDS);
    }
  }

  int openConnections() {
    return open.get();
  }
}
