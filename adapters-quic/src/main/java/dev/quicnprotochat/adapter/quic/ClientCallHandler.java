package dev.quicnprotochat.adapter.quic;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.socket.ChannelInputShutdownReadComplete;
import java.util.concurrent.CompletableFuture;

/// Client side of one call: collects the response until the server ends its side (FIN), then completes.
final class ClientCallHandler extends ChannelInboundHandlerAdapter {
  private final CompletableFuture<byte[]> result;
  private final int maxResponseBytes;
  private ByteBuf response;

  ClientCallHandler(CompletableFuture<byte[]> result, int maxResponseBytes) {
    this.result = result;
    this.maxResponseBytes = maxResponseBytes;
  }

  @Override
  public void channelRead(ChannelHandlerContext ctx, Object msg) {
    ByteBuf chunk = (ByteBuf) msg;
    try {
      if (result.isDone()) {
        return;
      }
      int received = response == null ? 0 : response.readableBytes();
      if ((long) received + chunk.readableBytes() > maxResponseBytes) {
        result.completeExceptionally(new TransportException(
            "response exceeds the client's limit of " + maxResponseBytes + " bytes"));
        release();
        ctx.close();
        return;
      }
      if (response == null) {
        response = ctx.alloc().buffer(chunk.readableBytes());
      }
      response.writeBytes(chunk);
    } finally {
      chunk.release();
    }
  }

  @Override
  public void userEventTriggered(ChannelHandlerContext ctx, Object evt) throws Exception {
    if (evt instanceof ChannelInputShutdownReadComplete) {
      complete();
      ctx.close();
      return;
    }
    super.userEventTriggered(ctx, evt);
  }

  private void complete() {
    if (result.isDone()) {
      return;
    }
    byte[] bytes = new byte[response == null ? 0 : response.readableBytes()];
    if (response != null) {
      response.readBytes(bytes);
    }
    release();
    result.complete(bytes);
  }

  @Override
  public void channelInactive(ChannelHandlerContext ctx) {
    release();
    if (!result.isDone()) { // every answered call's stream closes too: no exception (and stack trace) for those
      result.completeExceptionally(new TransportException("the call's stream closed before the server answered"));
    }
    ctx.fireChannelInactive();
  }

  @Override
  public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
    release();
    if (!result.isDone()) {
      result.completeExceptionally(new TransportException("call failed: " + cause.getMessage(), cause));
    }
    ctx.close();
  }

  @Override
  public void handlerRemoved(ChannelHandlerContext ctx) {
    release();
  }

  private void release() {
    if (response != null) {
      response.release();
      response = null;
    }
  }
}
