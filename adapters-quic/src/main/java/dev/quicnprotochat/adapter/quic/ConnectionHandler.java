package dev.quicnprotochat.adapter.quic;

import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.codec.quic.QuicChannel;
import java.util.concurrent.atomic.AtomicInteger;
import javax.net.ssl.SSLHandshakeException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/// Connection-level events of the server: counts open connections and logs their lifecycle (no payloads).
@ChannelHandler.Sharable
final class ConnectionHandler extends ChannelInboundHandlerAdapter {
  private static final Logger logger = LoggerFactory.getLogger(ConnectionHandler.class);

  private final AtomicInteger open = new AtomicInteger();

  @Override
  public void channelActive(ChannelHandlerContext ctx) {
    QuicChannel connection = (QuicChannel) ctx.channel();
    logger.debug("connection {} from {} ({} open)", connection.id().asShortText(),
        connection.remoteSocketAddress(), open.incrementAndGet());
    ctx.fireChannelActive();
  }

  @Override
  public void channelInactive(ChannelHandlerContext ctx) {
    QuicChannel connection = (QuicChannel) ctx.channel();
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

  int openConnections() {
    return open.get();
  }
}
