package dev.quicnprotochat.adapter.quic;

import static dev.quicnprotochat.adapter.quic.WireValues.command;
import static dev.quicnprotochat.adapter.quic.WireValues.identityKey;
import static dev.quicnprotochat.adapter.quic.WireValues.username;

import dev.quicnprotochat.adapter.quic.wire.Qpc;
import dev.quicnprotochat.application.port.in.RateLimited;
import dev.quicnprotochat.application.port.in.ResolveIdentityCommand;
import dev.quicnprotochat.application.port.in.ResolveUserCommand;
import dev.quicnprotochat.application.port.in.Unauthenticated;
import dev.quicnprotochat.application.port.in.UnknownUser;
import dev.quicnprotochat.application.port.in.UserResolved;
import java.util.List;

/// Username ↔ identity key lookups for logged-in users (docs/server-use-cases.md §7).
final class DirectoryHandlers {
  private DirectoryHandlers() {}

  static List<CallHandler> of(ServerUseCases useCases) {
    return List.of(
        new UseCaseHandler(Qpc.Request.Which.RESOLVE_USER, (request, response) -> {
          var in = request.getResolveUser();
          var cmd = command(() -> new ResolveUserCommand(SessionTokens.read(request), username(in.getUsername())));
          switch (useCases.resolveUser().resolveUser(cmd)) {
            case UserResolved resolved -> {
              var out = response.initResolveUser();
              out.setUsername(resolved.username().value());
              out.setIdentityKey(resolved.identityKey().value().toByteArray());
            }
            case UnknownUser unknown -> throw Outcomes.unknownUser(unknown);
            case Unauthenticated unauthenticated -> throw Outcomes.unauthenticated(unauthenticated);
            case RateLimited limited -> throw Outcomes.rateLimited(limited);
          }
        }),
        new UseCaseHandler(Qpc.Request.Which.RESOLVE_IDENTITY, (request, response) -> {
          var in = request.getResolveIdentity();
          var cmd = command(() -> new ResolveIdentityCommand(SessionTokens.read(request),
              identityKey(in.getIdentityKey())));
          switch (useCases.resolveIdentity().resolveIdentity(cmd)) {
            case UserResolved resolved -> {
              var out = response.initResolveIdentity();
              out.setUsername(resolved.username().value());
              out.setIdentityKey(resolved.identityKey().value().toByteArray());
            }
            case UnknownUser unknown -> throw Outcomes.unknownUser(unknown);
            case Unauthenticated unauthenticated -> throw Outcomes.unauthenticated(unauthenticated);
            case RateLimited limited -> throw Outcomes.rateLimited(limited);
          }
        }));
  }
}
