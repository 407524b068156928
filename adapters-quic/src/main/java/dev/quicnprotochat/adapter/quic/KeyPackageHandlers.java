package dev.quicnprotochat.adapter.quic;

import static dev.quicnprotochat.adapter.quic.WireValues.bytesList;
import static dev.quicnprotochat.adapter.quic.WireValues.command;
import static dev.quicnprotochat.adapter.quic.WireValues.identityKey;
import static dev.quicnprotochat.adapter.quic.WireValues.optionalBytes;

import dev.quicnprotochat.adapter.quic.wire.Qpc;
import dev.quicnprotochat.application.port.in.CountKeyPackagesCommand;
import dev.quicnprotochat.application.port.in.CountKeyPackagesResult;
import dev.quicnprotochat.application.port.in.FetchKeyPackageCommand;
import dev.quicnprotochat.application.port.in.FetchKeyPackageResult;
import dev.quicnprotochat.application.port.in.InvalidRequest;
import dev.quicnprotochat.application.port.in.PublishKeyPackagesCommand;
import dev.quicnprotochat.application.port.in.PublishKeyPackagesResult;
import dev.quicnprotochat.application.port.in.RateLimited;
import dev.quicnprotochat.application.port.in.Unauthenticated;
import dev.quicnprotochat.application.port.in.UnknownUser;
import dev.quicnprotochat.domain.keypackage.KeyPackageCount;
import java.util.List;

/// Publish, fetch and count MLS key packages (docs/server-use-cases.md §4). All need a session.
final class KeyPackageHandlers {
  private KeyPackageHandlers() {}

  static List<CallHandler> of(ServerUseCases useCases) {
    return List.of(
        new UseCaseHandler(Qpc.Request.Which.PUBLISH_KEY_PACKAGES, (request, response) -> {
          var in = request.getPublishKeyPackages();
          var cmd = command(() -> new PublishKeyPackagesCommand(SessionTokens.read(request),
              bytesList(in.getKeyPackages()), optionalBytes(in.getLastResort())));
          switch (useCases.publishKeyPackages().publishKeyPackages(cmd)) {
            case PublishKeyPackagesResult.Published published ->
                write(published.count(), response.initPublishKeyPackages().initCount());
            case PublishKeyPackagesResult.InvalidKeyPackage invalid -> throw new CallException(
                CallError.INVALID_KEY_PACKAGE, (invalid.index() < 0 ? "the last-resort key package"
                : "key package " + invalid.index()) + " is invalid: " + Outcomes.oneLine(invalid.reason()));
            case PublishKeyPackagesResult.TooManyKeyPackages tooMany -> throw new CallException(
                CallError.TOO_MANY_KEY_PACKAGES, "at most " + tooMany.limit() + " key packages may be stored");
            case InvalidRequest invalid -> throw Outcomes.invalidRequest(invalid);
            case Unauthenticated unauthenticated -> throw Outcomes.unauthenticated(unauthenticated);
            case RateLimited limited -> throw Outcomes.rateLimited(limited);
          }
        }),
        new UseCaseHandler(Qpc.Request.Which.FETCH_KEY_PACKAGE, (request, response) -> {
          var in = request.getFetchKeyPackage();
          var cmd = command(() -> new FetchKeyPackageCommand(SessionTokens.read(request), identityKey(in.getOwner())));
          switch (useCases.fetchKeyPackage().fetchKeyPackage(cmd)) {
            case FetchKeyPackageResult.KeyPackageFound found -> {
              var out = response.initFetchKeyPackage();
              out.setRef(found.keyPackage().ref().value().toByteArray());
              out.setKeyPackage(found.keyPackage().data().toByteArray());
              out.setLastResort(found.keyPackage().lastResort());
            }
            case FetchKeyPackageResult.NoKeyPackage none ->
                throw new CallException(CallError.NO_KEY_PACKAGE, "this user has no key package left");
            case UnknownUser unknown -> throw Outcomes.unknownUser(unknown);
            case Unauthenticated unauthenticated -> throw Outcomes.unauthenticated(unauthenticated);
            case RateLimited limited -> throw Outcomes.rateLimited(limited);
          }
        }),
        new UseCaseHandler(Qpc.Request.Which.COUNT_KEY_PACKAGES, (request, response) -> {
          request.getCountKeyPackages();
          var cmd = new CountKeyPackagesCommand(SessionTokens.read(request));
          switch (useCases.countKeyPackages().countKeyPackages(cmd)) {
            case CountKeyPackagesResult.Counted counted ->
                write(counted.count(), response.initCountKeyPackages().initCount());
            case Unauthenticated unauthenticated -> throw Outcomes.unauthenticated(unauthenticated);
            case RateLimited limited -> throw Outcomes.rateLimited(limited);
          }
        }));
  }

  private static void write(KeyPackageCount count, Qpc.KeyPackageCount.Builder out) {
    out.setAvailable(count.available());
    out.setHasLastResort(count.hasLastResort());
  }
}
