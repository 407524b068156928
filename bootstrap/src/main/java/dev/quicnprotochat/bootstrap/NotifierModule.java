package dev.quicnprotochat.bootstrap;

import dagger.Module;
import dagger.Provides;
import dev.quicnprotochat.adapter.quic.PushHub;
import dev.quicnprotochat.adapter.persistence.sql.PostgresInboxNotifier;
import dev.quicnprotochat.application.port.out.InboxNotifier;
import dev.quicnprotochat.bootstrap.store.ServerStorage;
import jakarta.inject.Named;
import jakarta.inject.Singleton;

/// Push (DESIGN.md §2, §6). On one node the application notifies this node's subscriptions directly; with a shared
/// PostgreSQL, through [PostgresInboxNotifier], which delivers locally and tells the other nodes by NOTIFY, whose
/// listeners hand the event to their own subscriptions.
@Module
interface NotifierModule {

  /// This node's subscriptions.
  @Provides
  @Singleton
  @Named("local")
  static InboxNotifier local(PushHub hub) {
    return hub;
  }

  @Provides
  @Singleton
  static PushHub pushHub() {
    return new PushHub();
  }

  @Provides
  @Singleton
  static InboxNotifier notifier(ServerStorage storage, @Named("local") InboxNotifier local,
      ServerResources resources) {
    return storage.postgres()
        .<InboxNotifier>map(target -> resources.register(
            new PostgresInboxNotifier(target.jdbcUrl(), target.schema(), local::notify)))
        .orElse(local);
  }
}
