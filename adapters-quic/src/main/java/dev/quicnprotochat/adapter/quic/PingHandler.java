package dev.quicnprotochat.adapter.quic;

import dev.quicnprotochat.adapter.quic.wire.Qpc;

/// `ping`: the server's version and clock. Needs no session (DESIGN.md §3) and never blocks.
final class PingHandler implements CallHandler {
  private final ServerInfo info;

  PingHandler(ServerInfo info) {
    this.info = info;
  }

  @Override
  public Qpc.Request.Which method() {
    return Qpc.Request.Which.PING;
  }

  @Override
  public boolean blocking() {
    return false;
  }

  @Override
  public void handle(CallContext call, Qpc.Request.Reader request, Qpc.Response.Builder response) {
    Qpc.PingResult.Builder result = response.initPing();
    result.setServerVersion(info.version());
    result.setServerTimeMillis(info.clock().millis());
  }
}
