package dev.quicnprotochat.application.service.client;

import dev.quicnprotochat.application.port.in.client.InboxWatch;
import dev.quicnprotochat.application.port.in.client.InboxWatchListener;
import dev.quicnprotochat.application.port.in.client.ProcessInboxUseCase;
import dev.quicnprotochat.application.port.in.client.ReplenishKeyPackagesUseCase;
import dev.quicnprotochat.application.port.in.client.WatchInboxCommand;
import dev.quicnprotochat.application.port.in.client.WatchInboxUseCase;
import dev.quicnprotochat.application.port.out.client.ClientWorker;
import dev.quicnprotochat.application.port.out.client.ServerGateway;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.Objects;

/// Starts an [InboxWatcher]: the push loop of docs/client-use-cases.md ("Watching the inbox"). Everything it does
/// runs on the profile's [ClientWorker], so `processInbox` and `replenish` must be the services themselves, not
/// wrappers that hand the call to the worker and wait (that would wait for itself).
@Singleton
public final class WatchInboxService implements WatchInboxUseCase {

  private final ServerGateway server;
  private final ProcessInboxUseCase processInbox;
  private final ReplenishKeyPackagesUseCase replenish;
  private final ClientWorker worker;

  @Inject
  public WatchInboxService(ServerGateway server, ProcessInboxUseCase processInbox,
                           ReplenishKeyPackagesUseCase replenish, ClientWorker worker) {
    this.server = server;
    this.processInbox = processInbox;
    this.replenish = replenish;
    this.worker = worker;
  }

  @Override
  public InboxWatch watch(WatchInboxCommand command, InboxWatchListener listener) {
    InboxWatcher watcher = new InboxWatcher(server, processInbox, replenish, worker, Objects.requireNonNull(
        command, "command"), Objects.requireNonNull(listener, "listener"));
    watcher.start();
    return watcher;
  }
}
