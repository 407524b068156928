package dev.quicnprotochat.adapter.quic;

import dev.quicnprotochat.adapter.quic.wire.Qpc;

/// A method served by a use case: always blocking (use cases touch stores), so it runs on the dispatcher's
/// executor. `serve` reads the request struct, builds the command, calls the use case and maps its sealed result
/// in one exhaustive switch: success fills `response`, every other outcome throws [CallException].
record UseCaseHandler(Qpc.Request.Which method, Serve serve) implements CallHandler {

  @FunctionalInterface
  interface Serve {
    void serve(Qpc.Request.Reader request, Qpc.Response.Builder response);
  }

  @Override
  public boolean blocking() {
    return true;
  }

  @Override
  public void handle(CallContext call, Qpc.Request.Reader request, Qpc.Response.Builder response) {
    serve.serve(request, response);
  }
}
