package dev.quicnprotochat.adapter.quic;

import java.util.ArrayList;
import java.util.List;

/// The handler of every method of the full server, one per use case plus ping.
final class ServerHandlers {
  private ServerHandlers() {}

  static List<CallHandler> all(ServerInfo info, ServerUseCases useCases) {
    List<CallHandler> handlers = new ArrayList<>();
    handlers.add(new PingHandler(info));
    handlers.addAll(AuthHandlers.of(useCases));
    handlers.addAll(KeyPackageHandlers.of(useCases));
    handlers.addAll(InboxHandlers.of(useCases));
    handlers.addAll(ChannelHandlers.of(useCases));
    handlers.addAll(DirectoryHandlers.of(useCases));
    return List.copyOf(handlers);
  }
}
