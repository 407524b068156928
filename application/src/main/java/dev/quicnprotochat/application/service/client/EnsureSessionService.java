package dev.quicnprotochat.application.service.client;

import dev.quicnprotochat.application.port.in.client.EnsureSessionCommand;
import dev.quicnprotochat.application.port.in.client.EnsureSessionResult;
import dev.quicnprotochat.application.port.in.client.EnsureSessionResult.How;
import dev.quicnprotochat.application.port.in.client.EnsureSessionUseCase;
import dev.quicnprotochat.application.port.in.client.LoginCommand;
import dev.quicnprotochat.application.port.in.client.LoginResult;
import dev.quicnprotochat.application.port.in.client.LoginUseCase;
import dev.quicnprotochat.application.port.in.client.NoIdentity;
import dev.quicnprotochat.application.port.in.client.PasswordUnavailableException;
import dev.quicnprotochat.application.port.in.client.RegisterCommand;
import dev.quicnprotochat.application.port.in.client.RegisterResult;
import dev.quicnprotochat.application.port.in.client.RegisterUseCase;
import dev.quicnprotochat.application.port.in.client.ServerRefused;
import dev.quicnprotochat.application.port.in.client.ServerUnreachable;
import dev.quicnprotochat.application.port.out.client.ServerCallException;
import dev.quicnprotochat.application.port.out.client.ServerErrorCode;
import dev.quicnprotochat.application.port.out.client.ServerGateway;
import dev.quicnprotochat.application.port.out.client.ServerUnreachableException;
import dev.quicnprotochat.application.port.out.client.SessionTokenCache;
import dev.quicnprotochat.domain.client.AccountPassword;
import dev.quicnprotochat.domain.clientstate.CachedSession;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.Optional;

/// Zero-friction start: a cached token the server still accepts, else login, else register and log in (a new
/// profile, a new user, or a registration that was interrupted after the identity was created). The password is
/// asked of the command's source only when the cached token does not do, and cleared once used.
@Singleton
public final class EnsureSessionService implements EnsureSessionUseCase {

  private final ServerGateway server;
  private final SessionTokenCache sessions;
  private final LoginUseCase login;
  private final RegisterUseCase register;
  private final Clock clock;

  @Inject
  public EnsureSessionService(ServerGateway server, SessionTokenCache sessions, LoginUseCase login,
                              RegisterUseCase register, Clock clock) {
    this.server = server;
    this.sessions = sessions;
    this.login = login;
    this.register = register;
    this.clock = clock;
  }

  @Override
  public EnsureSessionResult ensureSession(EnsureSessionCommand command) {
    try {
      if (cachedSessionWorks(command)) {
        return new EnsureSessionResult.SessionReady(command.username(), How.CACHED);
      }
    } catch (ServerCallException e) {
      return ServerRefused.of(e);
    } catch (ServerUnreachableException e) {
      return new ServerUnreachable(e.getMessage());
    }
    // asked only now: a working cached session needs no password (no prompt at all)
    AccountPassword password;
    try {
      password = command.passwordSource().password();
    } catch (PasswordUnavailableException e) {
      return new EnsureSessionResult.Refused(e.getMessage());
    }
    try {
      return logInOrRegister(command, password);
    } finally {
      password.clear();
    }
  }

  private EnsureSessionResult logInOrRegister(EnsureSessionCommand command, AccountPassword password) {
    LoginCommand loginCommand = new LoginCommand(command.server(), command.username(), password);
    return switch (login.login(loginCommand)) {
      case LoginResult.LoggedIn in -> new EnsureSessionResult.SessionReady(in.username(), How.LOGGED_IN);
      // a fresh profile, or a user the server does not know (OPAQUE cannot tell a wrong password from an
      // unknown user): try to register; a taken username then means the password was wrong
      case NoIdentity none -> registerThenLogIn(command, loginCommand);
      case LoginResult.LoginFailed failed -> registerThenLogIn(command, loginCommand);
      case LoginResult.ProfileMismatch mismatch -> new EnsureSessionResult.Refused(
          "the account " + command.username() + " belongs to another identity (" + mismatch.account().fingerprint()
              + "…) than this profile's (" + mismatch.profile().fingerprint() + "…)");
      case ServerRefused refused -> refused;
      case ServerUnreachable unreachable -> unreachable;
    };
  }

  /// Uses the cached token and checks the server still accepts it with a cheap authenticated call.
  private boolean cachedSessionWorks(EnsureSessionCommand command) {
    Optional<CachedSession> cached = sessions.find(command.server(), command.username(), clock.instant());
    if (cached.isEmpty()) {
      return false;
    }
    server.useSession(cached.get().token());
    try {
      server.countKeyPackages();
      return true;
    } catch (ServerCallException e) {
      if (e.code() != ServerErrorCode.UNAUTHENTICATED) {
        throw e;
      }
      // revoked or expired early on the server: forget it and log in again
      sessions.remove(command.server(), command.username());
      return false;
    }
  }

  private EnsureSessionResult registerThenLogIn(EnsureSessionCommand command, LoginCommand loginCommand) {
    RegisterResult registered = register.register(
        new RegisterCommand(command.username(), loginCommand.password(), command.serverAuthToken()));
    return switch (registered) {
      case RegisterResult.Registered r -> switch (login.login(loginCommand)) {
        case LoginResult.LoggedIn in -> new EnsureSessionResult.SessionReady(in.username(), How.REGISTERED);
        case ServerRefused refused -> refused;
        case ServerUnreachable unreachable -> unreachable;
        default -> new EnsureSessionResult.Refused("registered " + command.username() + ", but the login failed");
      };
      case RegisterResult.UsernameTaken taken -> new EnsureSessionResult.Refused(
          "login failed for " + taken.username() + ": wrong password (the username is registered)");
      case RegisterResult.RegistrationClosed closed -> new EnsureSessionResult.Refused(
          "this server needs its access code to register: pass --auth-token");
      case ServerRefused refused -> refused;
      case ServerUnreachable unreachable -> unreachable;
    };
  }
}
