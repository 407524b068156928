package dev.quicnprotochat.application.service.client;

import dev.quicnprotochat.application.port.in.client.NoIdentity;
import dev.quicnprotochat.application.port.in.client.WhoAmICommand;
import dev.quicnprotochat.application.port.in.client.WhoAmIResult;
import dev.quicnprotochat.application.port.in.client.WhoAmIUseCase;
import dev.quicnprotochat.application.port.out.client.IdentityVault;
import dev.quicnprotochat.application.port.out.client.SessionTokenCache;
import dev.quicnprotochat.domain.clientstate.CachedSession;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Clock;

/// The profile's identity and cached session, from local state only.
@Singleton
public final class WhoAmIService implements WhoAmIUseCase {

  private final IdentityVault vault;
  private final SessionTokenCache sessions;
  private final Clock clock;

  @Inject
  public WhoAmIService(IdentityVault vault, SessionTokenCache sessions, Clock clock) {
    this.vault = vault;
    this.sessions = sessions;
    this.clock = clock;
  }

  @Override
  public WhoAmIResult whoAmI(WhoAmICommand command) {
    return vault.load().<WhoAmIResult>map(identity -> new WhoAmIResult.Me(command.username(), command.server(),
            identity.publicKey(), sessions.find(command.server(), command.username(), clock.instant())
                .map(CachedSession::expiresAt)))
        .orElseGet(NoIdentity::new);
  }
}
