package dev.quicnprotochat.adapter.quic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.quicnprotochat.adapter.quic.wire.Qpc;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import org.capnproto.MessageBuilder;
import org.junit.jupiter.api.Test;

class FramesTest {
  private static ByteBuf pingRequest(long clientTime) {
    MessageBuilder message = new MessageBuilder();
    message.initRoot(Qpc.Request.factory).initPing().setClientTimeMillis(clientTime);
    return Frames.encode(message, Unpooled.buffer().alloc());
  }

  @Test
  void requestRoundTrips() {
    ByteBuf bytes = pingRequest(1234);
    try {
      Qpc.Request.Reader request = Frames.decode(bytes, 1024).getRoot(Qpc.Request.factory);
      assertEquals(Qpc.Request.Which.PING, request.which());
      assertEquals(1234, request.getPing().getClientTimeMillis());
    } finally {
      bytes.release();
    }
  }

  @Test
  void responseRoundTrips() {
    MessageBuilder message = new MessageBuilder();
    Qpc.PingResult.Builder ping = message.initRoot(Qpc.Response.factory).initPing();
    ping.setServerVersion("1.0");
    ping.setServerTimeMillis(99);
    ByteBuf bytes = Frames.encode(message, Unpooled.buffer().alloc());
    try {
      Qpc.Response.Reader response = Frames.decode(bytes, 1024).getRoot(Qpc.Response.factory);
      assertEquals(Qpc.Response.Which.PING, response.which());
      assertEquals("1.0", response.getPing().getServerVersion().toString());
      assertEquals(99, response.getPing().getServerTimeMillis());
    } finally {
      bytes.release();
    }
  }

  @Test
  void decodedMessageOutlivesTheReleasedBuffer() {
    ByteBuf bytes = pingRequest(77);
    var reader = Frames.decode(bytes, 1024);
    bytes.release();
    assertEquals(77, reader.getRoot(Qpc.Request.factory).getPing().getClientTimeMillis());
  }

  @Test
  void emptyInputIsMalformed() {
    CallException e = assertThrows(CallException.class, () -> Frames.decode(Unpooled.EMPTY_BUFFER, 1024));
    assertEquals(CallError.MALFORMED_REQUEST, e.error());
  }

  @Test
  void everyTruncationIsMalformed() {
    ByteBuf bytes = pingRequest(5);
    try {
      for (int length = 1; length < bytes.readableBytes(); length++) {
        ByteBuf prefix = bytes.slice(0, length);
        CallException e = assertThrows(CallException.class, () -> Frames.decode(prefix, 1024), "length " + length);
        assertEquals(CallError.MALFORMED_REQUEST, e.error());
      }
    } finally {
      bytes.release();
    }
  }

  @Test
  void trailingBytesAreMalformed() {
    ByteBuf bytes = Unpooled.wrappedBuffer(pingRequest(5), Unpooled.wrappedBuffer(new byte[8]));
    try {
      CallException e = assertThrows(CallException.class, () -> Frames.decode(bytes, 1024));
      assertEquals(CallError.MALFORMED_REQUEST, e.error());
    } finally {
      bytes.release();
    }
  }

  @Test
  void hugeSegmentCountIsMalformed() {
    ByteBuf bytes = Unpooled.wrappedBuffer(new byte[] {(byte) 0xff, (byte) 0xff, 0, 0, 0, 0, 0, 0});
    CallException e = assertThrows(CallException.class, () -> Frames.decode(bytes, 1024));
    assertEquals(CallError.MALFORMED_REQUEST, e.error());
  }
}
