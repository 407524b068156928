package dev.quicnprotochat.adapter.quic;

import java.util.ArrayList;
import java.util.List;

/// The handler of every method of the full server, one per use case plus ping.
final class ServerHandlers {
  private ServerHandlers() {}

  static List<CallHandler> all(ServerInfo info, ServerUseCases useCases) {
    List<CallHandler> handlers = new ArrayList<>();
    handlers.add(new PingHandler(info));
    // TODO(server-wiring): one handler per use case lands in the next commits
    return List.copyOf(handlers);
  }
}
