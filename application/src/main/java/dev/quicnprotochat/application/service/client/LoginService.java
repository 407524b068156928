package dev.quicnprotochat.application.service.client;

import dev.quicnprotochat.application.port.in.client.LoginCommand;
import dev.quicnprotochat.application.port.in.client.LoginResult;
import dev.quicnprotochat.application.port.in.client.LoginUseCase;
import dev.quicnprotochat.application.port.in.client.NoIdentity;
import dev.quicnprotochat.application.port.in.client.ServerRefused;
import dev.quicnprotochat.application.port.in.client.ServerUnreachable;
import dev.quicnprotochat.application.port.out.client.IdentityVault;
import dev.quicnprotochat.application.port.out.client.PasswordAuthenticator;
import dev.quicnprotochat.application.port.out.client.ServerCallException;
import dev.quicnprotochat.application.port.out.client.ServerErrorCode;
import dev.quicnprotochat.application.port.out.client.ServerGateway;
import dev.quicnprotochat.application.port.out.client.ServerLoginChallenge;
import dev.quicnprotochat.application.port.out.client.ServerSession;
import dev.quicnprotochat.application.port.out.client.ServerUnreachableException;
import dev.quicnprotochat.application.port.out.client.SessionTokenCache;
import dev.quicnprotochat.domain.clientstate.CachedSession;
import dev.quicnprotochat.domain.clientstate.IdentityKeyPair;
import dev.quicnprotochat.mls.codec.Bytes;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.Optional;

/// OPAQUE login (RFC 9807 §6): KE1 → KE2 → KE3; the session token is cached per (server, username).
@Singleton
public final class LoginService implements LoginUseCase {

  private final ServerGateway server;
  private final IdentityVault vault;
  private final PasswordAuthenticator opaque;
  private final SessionTokenCache sessions;

  @Inject
  public LoginService(ServerGateway server, IdentityVault vault, PasswordAuthenticator opaque,
                      SessionTokenCache sessions) {
    this.server = server;
    this.vault = vault;
    this.opaque = opaque;
    this.sessions = sessions;
  }

  @Override
  public LoginResult login(LoginCommand command) {
    Optional<IdentityKeyPair> identity = vault.load();
    if (identity.isEmpty()) {
      return new NoIdentity();
    }
    try {
      PasswordAuthenticator.LoginAttempt attempt = opaque.startLogin(command.password());
      ServerLoginChallenge challenge = server.startLogin(command.username(), attempt.ke1());
      Optional<Bytes> ke3 = attempt.finish(challenge.ke2());
      if (ke3.isEmpty()) {
        return new LoginResult.LoginFailed(command.username());
      }
      ServerSession session = server.finishLogin(challenge.attempt(), ke3.get());
      if (!session.identityKey().equals(identity.get().publicKey())) {
        revokeQuietly();
        return new LoginResult.ProfileMismatch(session.identityKey(), identity.get().publicKey());
      }
      sessions.put(new CachedSession(command.server(), session.username(), session.token(), session.expiresAt()));
      return new LoginResult.LoggedIn(session.username(), session.identityKey(), session.expiresAt());
    } catch (ServerCallException e) {
      return e.code() == ServerErrorCode.LOGIN_FAILED ? new LoginResult.LoginFailed(command.username())
          : ServerRefused.of(e);
    } catch (ServerUnreachableException e) {
      return new ServerUnreachable(e.getMessage());
    }
  }

  /// The mismatch is the answer to show; a failed revocation only leaves a session that expires on its own (the
  /// gateway forgets the token either way).
  private void revokeQuietly() {
    try {
      server.logout();
    } catch (ServerCallException | ServerUnreachableException e) {
      // nothing more to do: see above
    }
  }
}
