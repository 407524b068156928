package dev.quicnprotochat.adapter.quic;

import static dev.quicnprotochat.adapter.quic.WireValues.bytes;
import static dev.quicnprotochat.adapter.quic.WireValues.command;
import static dev.quicnprotochat.adapter.quic.WireValues.identityKey;
import static dev.quicnprotochat.adapter.quic.WireValues.optionalText;
import static dev.quicnprotochat.adapter.quic.WireValues.username;

import dev.quicnprotochat.adapter.quic.wire.Qpc;
import dev.quicnprotochat.application.port.in.FinishLoginCommand;
import dev.quicnprotochat.application.port.in.FinishLoginResult;
import dev.quicnprotochat.application.port.in.FinishRegistrationCommand;
import dev.quicnprotochat.application.port.in.FinishRegistrationResult;
import dev.quicnprotochat.application.port.in.IdentityKeyTaken;
import dev.quicnprotochat.application.port.in.InvalidRequest;
import dev.quicnprotochat.application.port.in.LoginAttemptId;
import dev.quicnprotochat.application.port.in.LogoutCommand;
import dev.quicnprotochat.application.port.in.LogoutResult;
import dev.quicnprotochat.application.port.in.RateLimited;
import dev.quicnprotochat.application.port.in.RegistrationDenied;
import dev.quicnprotochat.application.port.in.StartLoginCommand;
import dev.quicnprotochat.application.port.in.StartLoginResult;
import dev.quicnprotochat.application.port.in.StartRegistrationCommand;
import dev.quicnprotochat.application.port.in.StartRegistrationResult;
import dev.quicnprotochat.application.port.in.Unauthenticated;
import dev.quicnprotochat.application.port.in.UsernameTaken;
import java.util.List;

/// Registration, login and logout (docs/server-use-cases.md §3). Only logout needs a session.
final class AuthHandlers {
  private AuthHandlers() {}

  static List<CallHandler> of(ServerUseCases useCases) {
    return List.of(
        new UseCaseHandler(Qpc.Request.Which.START_REGISTRATION, (request, response) -> {
          var in = request.getStartRegistration();
          var cmd = command(() -> new StartRegistrationCommand(username(in.getUsername()),
              bytes(in.getRegistrationRequest()), optionalText(in.getServerAuthToken())));
          switch (useCases.startRegistration().startRegistration(cmd)) {
            case StartRegistrationResult.RegistrationChallenge challenge -> response.initStartRegistration()
                .setRegistrationResponse(challenge.registrationResponse().toByteArray());
            case UsernameTaken taken -> throw usernameTaken();
            case RegistrationDenied denied -> throw registrationClosed();
            case InvalidRequest invalid -> throw Outcomes.invalidRequest(invalid);
          }
        }),
        new UseCaseHandler(Qpc.Request.Which.FINISH_REGISTRATION, (request, response) -> {
          var in = request.getFinishRegistration();
          var cmd = command(() -> new FinishRegistrationCommand(username(in.getUsername()),
              identityKey(in.getIdentityKey()), bytes(in.getRegistrationUpload()), bytes(in.getIdentitySignature()),
              optionalText(in.getServerAuthToken())));
          switch (useCases.finishRegistration().finishRegistration(cmd)) {
            case FinishRegistrationResult.Registered registered -> {
              var out = response.initFinishRegistration();
              out.setUsername(registered.username().value());
              out.setIdentityKey(registered.identityKey().value().toByteArray());
            }
            case UsernameTaken taken -> throw usernameTaken();
            case IdentityKeyTaken taken ->
                throw new CallException(CallError.IDENTITY_KEY_TAKEN, "this identity key belongs to another user");
            case RegistrationDenied denied -> throw registrationClosed();
            case InvalidRequest invalid -> throw Outcomes.invalidRequest(invalid);
          }
        }),
        new UseCaseHandler(Qpc.Request.Which.START_LOGIN, (request, response) -> {
          var in = request.getStartLogin();
          var cmd = command(() -> new StartLoginCommand(username(in.getUsername()), bytes(in.getKe1())));
          switch (useCases.startLogin().startLogin(cmd)) {
            case StartLoginResult.LoginChallenge challenge -> {
              var out = response.initStartLogin();
              out.setAttempt(challenge.attempt().value().toByteArray());
              out.setKe2(challenge.ke2().toByteArray());
            }
            case InvalidRequest invalid -> throw Outcomes.invalidRequest(invalid);
            case RateLimited limited -> throw Outcomes.rateLimited(limited);
          }
        }),
        new UseCaseHandler(Qpc.Request.Which.FINISH_LOGIN, (request, response) -> {
          var in = request.getFinishLogin();
          var cmd = command(() -> new FinishLoginCommand(new LoginAttemptId(bytes(in.getAttempt())),
              bytes(in.getKe3())));
          switch (useCases.finishLogin().finishLogin(cmd)) {
            case FinishLoginResult.LoggedIn loggedIn -> {
              var out = response.initFinishLogin();
              out.setSessionToken(loggedIn.token().toByteArray());
              out.setUsername(loggedIn.username().value());
              out.setIdentityKey(loggedIn.identityKey().value().toByteArray());
              out.setExpiresAtMillis(loggedIn.expiresAt().toEpochMilli());
            }
            case FinishLoginResult.LoginFailed failed ->
                throw new CallException(CallError.LOGIN_FAILED, "login failed: wrong username or password");
          }
        }),
        new UseCaseHandler(Qpc.Request.Which.LOGOUT, (request, response) -> {
          request.getLogout();
          var cmd = new LogoutCommand(SessionTokens.read(request));
          switch (useCases.logout().logout(cmd)) {
            case LogoutResult.LoggedOut loggedOut -> response.initLogout();
            case Unauthenticated unauthenticated -> throw Outcomes.unauthenticated(unauthenticated);
          }
        }));
  }

  private static CallException usernameTaken() {
    return new CallException(CallError.USERNAME_TAKEN, "this username is taken");
  }

  private static CallException registrationClosed() {
    return new CallException(CallError.REGISTRATION_CLOSED,
        "registration needs this server's access code (auth token), which was missing or wrong");
  }
}
