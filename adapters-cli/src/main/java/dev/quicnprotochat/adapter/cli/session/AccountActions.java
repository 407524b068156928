package dev.quicnprotochat.adapter.cli.session;

import dev.quicnprotochat.adapter.cli.ProfileOptions;
import dev.quicnprotochat.adapter.cli.display.Failures;
import dev.quicnprotochat.adapter.cli.display.Text;
import dev.quicnprotochat.application.port.in.client.AccountPasswordSource;
import dev.quicnprotochat.application.port.in.client.EnsureSessionCommand;
import dev.quicnprotochat.application.port.in.client.EnsureSessionResult;
import dev.quicnprotochat.application.port.in.client.LoginCommand;
import dev.quicnprotochat.application.port.in.client.LoginResult;
import dev.quicnprotochat.application.port.in.client.LogoutCommand;
import dev.quicnprotochat.application.port.in.client.LogoutResult;
import dev.quicnprotochat.application.port.in.client.NoIdentity;
import dev.quicnprotochat.application.port.in.client.RegisterCommand;
import dev.quicnprotochat.application.port.in.client.RegisterResult;
import dev.quicnprotochat.application.port.in.client.ReplenishKeyPackagesCommand;
import dev.quicnprotochat.application.port.in.client.ReplenishKeyPackagesResult;
import dev.quicnprotochat.application.port.in.client.ServerRefused;
import dev.quicnprotochat.application.port.in.client.ServerUnreachable;
import dev.quicnprotochat.application.port.in.client.WhoAmICommand;
import dev.quicnprotochat.application.port.in.client.WhoAmIResult;
import dev.quicnprotochat.domain.client.AccountPassword;

/// register, login, logout, whoami and the zero-friction session every server command starts with.
public final class AccountActions {
  /// Publish more key packages when fewer than this many are left (as the inbox watch does).
  public static final int REPLENISH_BELOW = 10;
  public static final int KEY_PACKAGE_BATCH = 20;

  private final ClientSession session;

  public AccountActions(ClientSession session) {
    this.session = session;
  }

  /// A valid session: the cached token, else a login, else a registration (a new username). Key packages are
  /// topped up afterwards so others can invite this user.
  public void ensureSession() {
    EnsureSessionResult result =
        session.profile().ensureSession().ensureSession(ensureSessionCommand(session.options(), session.passwords()));
    switch (result) {
      case EnsureSessionResult.SessionReady ready -> {
        if (ready.how() == EnsureSessionResult.How.REGISTERED) {
          session.display().line("* registered " + ready.username() + " on " + session.options().server());
        }
      }
      case EnsureSessionResult.Refused refused -> throw new CliFailure(Text.clean(refused.reason()));
      case ServerRefused refused -> throw new CliFailure(Failures.refused(refused));
      case ServerUnreachable unreachable -> throw new CliFailure(Failures.unreachable(unreachable));
    }
    replenish();
  }

  /// The session command: the password is asked for (environment, else the terminal) only when the cached token
  /// does not do, so a command run with a valid cached session needs no password at all.
  static EnsureSessionCommand ensureSessionCommand(ProfileOptions o, AccountPasswordSource passwords) {
    return new EnsureSessionCommand(o.server(), o.username(), passwords, o.serverAuthToken());
  }

  /// Tops up key packages; a failure is reported, never fatal (the next command or the watch tries again).
  public void replenish() {
    var command = new ReplenishKeyPackagesCommand(REPLENISH_BELOW, KEY_PACKAGE_BATCH, false);
    switch (session.profile().replenishKeyPackages().replenish(command)) {
      case ReplenishKeyPackagesResult.Sufficient s -> { }
      case ReplenishKeyPackagesResult.Published p -> { }
      case NoIdentity n -> session.display().error("publishing key packages: " + Failures.noIdentity(n));
      case ServerRefused r -> session.display().error("publishing key packages: " + Failures.refused(r));
      case ServerUnreachable u -> session.display().error("publishing key packages: " + Failures.unreachable(u));
    }
  }

  public void register() {
    ProfileOptions o = session.options();
    RegisterResult result;
    try (AccountPassword password = session.passwords().password()) {
      result = session.profile().register().register(new RegisterCommand(o.username(), password, o.serverAuthToken()));
    }
    switch (result) {
      case RegisterResult.Registered r -> session.display().line("* registered " + r.username() + " on " + o.server()
          + " (identity key " + r.identityKey().fingerprint() + ")");
      case RegisterResult.UsernameTaken r -> throw new CliFailure("the username " + r.username() + " is taken");
      case RegisterResult.RegistrationClosed r -> throw new CliFailure(
          "this server needs its access code to register: set QUICNPROTOCHAT_AUTH_TOKEN or pass --auth-token");
      case ServerRefused r -> throw new CliFailure(Failures.refused(r));
      case ServerUnreachable r -> throw new CliFailure(Failures.unreachable(r));
    }
    login();
  }

  public void login() {
    ProfileOptions o = session.options();
    LoginResult result;
    try (AccountPassword password = session.passwords().password()) {
      result = session.profile().login().login(new LoginCommand(o.server(), o.username(), password));
    }
    switch (result) {
      case LoginResult.LoggedIn r -> session.display().line("* logged in as " + r.username() + " on " + o.server()
          + " (session until " + r.expiresAt() + ")");
      case LoginResult.LoginFailed r -> throw new CliFailure("wrong password or unknown user " + r.username());
      case LoginResult.ProfileMismatch r -> throw new CliFailure("the account " + o.username()
          + " belongs to identity key " + r.account().fingerprint() + " but this state directory holds "
          + r.profile().fingerprint() + ": use the state directory you registered with (--state-dir)");
      case NoIdentity r -> throw new CliFailure(Failures.noIdentity(r));
      case ServerRefused r -> throw new CliFailure(Failures.refused(r));
      case ServerUnreachable r -> throw new CliFailure(Failures.unreachable(r));
    }
    replenish();
  }

  public void logout() {
    ProfileOptions o = session.options();
    LogoutResult result = session.profile().logout().logout(new LogoutCommand(o.server(), o.username()));
    session.display().line(result.revokedOnServer()
        ? "* logged out: the server revoked the session"
        : "* logged out locally: the server could not be told, the session expires on its own");
  }

  public void whoAmI() {
    ProfileOptions o = session.options();
    switch (session.profile().whoAmI().whoAmI(new WhoAmICommand(o.server(), o.username()))) {
      case WhoAmIResult.Me me -> session.display().line(me.username() + " on " + me.server() + ", identity key "
          + me.identityKey().fingerprint() + me.sessionExpiresAt().map(at -> ", session until " + at)
          .orElse(", no session"));
      case NoIdentity n -> throw new CliFailure(Failures.noIdentity(n));
    }
  }
}
