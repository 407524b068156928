package dev.quicnprotochat.adapter.quic;

import io.netty.bootstrap.Bootstrap;
import io.netty.buffer.ByteBuf;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.ChannelInputShutdownReadComplete;
import io.netty.channel.socket.nio.NioDatagramChannel;
import io.netty.handler.codec.quic.DefaultQuicStreamFrame;
import java.net.InetSocketAddress;
import java.util.concurrent.TimeUnit;

/// The benchmark's baseline: the same QUIC server codec as [QpcServer], but each stream echoes its bytes back
/// after the client's FIN, with no Cap'n Proto and no dispatch. Loopback benchmarks only.
final class EchoServer implements AutoCloseable {
  private final EventLoopGroup group = new MultiThreadIoEventLoopGroup(1, NioIoHandler.newFactory());
  private final Channel channel;

  EchoServer(TlsIdentity identity, TransportLimits limits) throws InterruptedException {
    // the connection handler is shared by every connection, so it must be @Sharable like ConnectionHandler
    var codec = ServerCodecs.build(identity, limits, new ConnectionHandler(), EchoStreamHandler::new);
    channel = new Bootstrap().group(group).channel(NioDatagramChannel.class).handler(codec)
        .bind(new InetSocketAddress(java.net.InetAddress.getLoopbackAddress(), 0)).sync().channel();
  }

  /// The server's one event-loop thread (tests hold it busy to make the server slow).
  EventLoopGroup eventLoop() {
    return group;
  }

  InetSocketAddress address() {
    return (InetSocketAddress) channel.localAddress();
  }

  @Override
  public void close() {
    channel.close().awaitUninterruptibly(5, TimeUnit.SECONDS);
    group.shutdownGracefully(0, 2, TimeUnit.SECONDS).awaitUninterruptibly(5, TimeUnit.SECONDS);
  }

  private static final class EchoStreamHandler extends ChannelInboundHandlerAdapter {
    private ByteBuf received;

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
      ByteBuf chunk = (ByteBuf) msg;
      try {
        if (received == null) {
          received = ctx.alloc().buffer(chunk.readableBytes());
        }
        received.writeBytes(chunk);
      } finally {
        chunk.release();
      }
    }

    @Override
    public void userEventTriggered(ChannelHandlerContext ctx, Object evt) throws Exception {
      if (evt instanceof ChannelInputShutdownReadComplete) {
        ByteBuf answer = received == null ? ctx.alloc().buffer(0) : received;
        received = null;
        ctx.writeAndFlush(new DefaultQuicStreamFrame(answer, true)); // as the call path does: data and FIN together
        return;
      }
      super.userEventTriggered(ctx, evt);
    }

    @Override
    public void handlerRemoved(ChannelHandlerContext ctx) {
      if (received != null) {
        received.release();
        received = null;
      }
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
      ctx.close();
    }
  }
}
