package dev.quicnprotochat.application.service.client;

import dev.quicnprotochat.application.port.in.client.ResolveContactCommand;
import dev.quicnprotochat.application.port.in.client.ResolveContactResult;
import dev.quicnprotochat.application.port.in.client.ResolveContactUseCase;
import dev.quicnprotochat.application.port.in.client.ServerRefused;
import dev.quicnprotochat.application.port.in.client.ServerUnreachable;
import dev.quicnprotochat.application.port.out.client.ContactKeyStore;
import dev.quicnprotochat.application.port.out.client.ServerCallException;
import dev.quicnprotochat.application.port.out.client.ServerErrorCode;
import dev.quicnprotochat.application.port.out.client.ServerGateway;
import dev.quicnprotochat.application.port.out.client.ServerUnreachableException;
import dev.quicnprotochat.domain.clientstate.ContactKeyCheck;
import dev.quicnprotochat.domain.identity.IdentityKey;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Clock;

/// The `resolve` command: directory answer checked against the recorded contact key.
@Singleton
public final class ResolveContactService implements ResolveContactUseCase {

  private final ServerGateway server;
  private final ContactKeyStore contacts;
  private final Clock clock;

  @Inject
  public ResolveContactService(ServerGateway server, ContactKeyStore contacts, Clock clock) {
    this.server = server;
    this.contacts = contacts;
    this.clock = clock;
  }

  @Override
  public ResolveContactResult resolveContact(ResolveContactCommand command) {
    IdentityKey seen;
    try {
      seen = server.resolveUser(command.username());
    } catch (ServerCallException e) {
      return e.code() == ServerErrorCode.UNKNOWN_USER ? new ResolveContactResult.NotRegistered(command.username())
          : ServerRefused.of(e);
    } catch (ServerUnreachableException e) {
      return new ServerUnreachable(e.getMessage());
    }
    return switch (contacts.check(command.username(), seen, clock.instant())) {
      case ContactKeyCheck.FirstSeen first -> new ResolveContactResult.Resolved(command.username(), seen, true);
      case ContactKeyCheck.Unchanged same -> new ResolveContactResult.Resolved(command.username(), seen, false);
      case ContactKeyCheck.KeyChanged changed -> new ResolveContactResult.KeyChanged(command.username(),
          changed.recorded().identityKey(), seen);
    };
  }
}
