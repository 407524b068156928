package dev.quicnprotochat.application.service.client;

import dev.quicnprotochat.application.port.in.client.LogoutCommand;
import dev.quicnprotochat.application.port.in.client.LogoutResult;
import dev.quicnprotochat.application.port.in.client.LogoutUseCase;
import dev.quicnprotochat.application.port.out.client.ServerCallException;
import dev.quicnprotochat.application.port.out.client.ServerGateway;
import dev.quicnprotochat.application.port.out.client.ServerUnreachableException;
import dev.quicnprotochat.application.port.out.client.SessionTokenCache;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

/// Logout: the cached token is forgotten whatever the server answers, so a lost connection cannot keep it.
@Singleton
public final class LogoutService implements LogoutUseCase {

  private final ServerGateway server;
  private final SessionTokenCache sessions;

  @Inject
  public LogoutService(ServerGateway server, SessionTokenCache sessions) {
    this.server = server;
    this.sessions = sessions;
  }

  @Override
  public LogoutResult logout(LogoutCommand command) {
    boolean revoked;
    try {
      server.logout();
      revoked = true;
    } catch (ServerCallException | ServerUnreachableException e) {
      revoked = false;
    }
    return new LogoutResult(revoked, sessions.remove(command.server(), command.username()));
  }
}
