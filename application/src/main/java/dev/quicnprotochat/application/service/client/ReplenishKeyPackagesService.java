package dev.quicnprotochat.application.service.client;

import dev.quicnprotochat.application.port.in.client.NoIdentity;
import dev.quicnprotochat.application.port.in.client.ReplenishKeyPackagesCommand;
import dev.quicnprotochat.application.port.in.client.ReplenishKeyPackagesResult;
import dev.quicnprotochat.application.port.in.client.ReplenishKeyPackagesUseCase;
import dev.quicnprotochat.application.port.in.client.ServerRefused;
import dev.quicnprotochat.application.port.in.client.ServerUnreachable;
import dev.quicnprotochat.application.port.out.client.GeneratedKeyPackage;
import dev.quicnprotochat.application.port.out.client.GroupEngine;
import dev.quicnprotochat.application.port.out.client.IdentityVault;
import dev.quicnprotochat.application.port.out.client.KeyPackageSecretStore;
import dev.quicnprotochat.application.port.out.client.ServerCallException;
import dev.quicnprotochat.application.port.out.client.ServerGateway;
import dev.quicnprotochat.application.port.out.client.ServerUnreachableException;
import dev.quicnprotochat.domain.clientstate.IdentityKeyPair;
import dev.quicnprotochat.domain.clientstate.KeyPackageSecret;
import dev.quicnprotochat.domain.keypackage.KeyPackageCount;
import dev.quicnprotochat.mls.codec.Bytes;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/// Key-package replenishment (DESIGN.md §4). The private keys are stored before the packages are published, so a
/// Welcome can never name a package whose keys this client does not hold.
@Singleton
public final class ReplenishKeyPackagesService implements ReplenishKeyPackagesUseCase {

  private static final Logger logger = LoggerFactory.getLogger(ReplenishKeyPackagesService.class);

  private final ServerGateway server;
  private final IdentityVault vault;
  private final GroupEngine engine;
  private final KeyPackageSecretStore secrets;

  @Inject
  public ReplenishKeyPackagesService(ServerGateway server, IdentityVault vault, GroupEngine engine,
                                     KeyPackageSecretStore secrets) {
    this.server = server;
    this.vault = vault;
    this.engine = engine;
    this.secrets = secrets;
  }

  @Override
  public ReplenishKeyPackagesResult replenish(ReplenishKeyPackagesCommand command) {
    Optional<IdentityKeyPair> identity = vault.load();
    if (identity.isEmpty()) {
      return new NoIdentity();
    }
    try {
      KeyPackageCount count = server.countKeyPackages();
      boolean low = count.available() < command.threshold();
      if (!command.force() && !low && count.hasLastResort()) {
        return new ReplenishKeyPackagesResult.Sufficient(count);
      }
      int singleUse = command.force() || low ? command.batchSize() : 0;
      List<GeneratedKeyPackage> batch = new ArrayList<>();
      for (int i = 0; i < singleUse; i++) {
        batch.add(engine.createKeyPackage(identity.get(), false));
      }
      Optional<GeneratedKeyPackage> lastResort = count.hasLastResort() ? Optional.empty()
          : Optional.of(engine.createKeyPackage(identity.get(), true));
      List<KeyPackageSecret> keep = new ArrayList<>(batch.stream().map(GeneratedKeyPackage::secret).toList());
      lastResort.ifPresent(p -> keep.add(p.secret()));
      secrets.saveAll(keep);
      List<Bytes> packages = batch.stream().map(GeneratedKeyPackage::keyPackage).toList();
      KeyPackageCount after = server.publishKeyPackages(packages, lastResort.map(GeneratedKeyPackage::keyPackage));
      logger.info("published {} key packages (last resort: {}); {} available", singleUse, lastResort.isPresent(),
          after.available());
      return new ReplenishKeyPackagesResult.Published(singleUse, lastResort.isPresent(), after);
    } catch (ServerCallException e) {
      return ServerRefused.of(e);
    } catch (ServerUnreachableException e) {
      return new ServerUnreachable(e.getMessage());
    }
  }
}
