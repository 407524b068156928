package dev.quicnprotochat.bootstrap;

import dagger.Module;
import dagger.Provides;
import dev.quicnprotochat.application.port.out.ChannelCredentialStore;
import dev.quicnprotochat.application.port.out.ChannelStore;
import dev.quicnprotochat.application.port.out.InboxStore;
import dev.quicnprotochat.application.port.out.KeyPackageStore;
import dev.quicnprotochat.application.port.out.SessionStore;
import dev.quicnprotochat.application.port.out.UserStore;
import dev.quicnprotochat.bootstrap.config.ServerConfig;
import dev.quicnprotochat.bootstrap.store.ServerStorage;
import dev.quicnprotochat.bootstrap.store.ServerStorageFactory;
import jakarta.inject.Singleton;

/// Binds every store port to the backend `store_backend` selects ([ServerStorageFactory]); the backend is opened
/// once and closed with [ServerResources]. ChannelStore and InboxStore are one object, as their contract needs.
@Module
interface StorageModule {

  @Provides
  @Singleton
  static ServerStorage storage(ServerConfig config, ServerResources resources) {
    return resources.register(ServerStorageFactory.open(config));
  }

  @Provides
  static UserStore users(ServerStorage storage) {
    return storage.users();
  }

  @Provides
  static SessionStore sessions(ServerStorage storage) {
    return storage.sessions();
  }

  @Provides
  static KeyPackageStore keyPackages(ServerStorage storage) {
    return storage.keyPackages();
  }

  @Provides
  static ChannelStore channels(ServerStorage storage) {
    return storage.channels();
  }

  @Provides
  static InboxStore inboxes(ServerStorage storage) {
    return storage.inboxes();
  }

  @Provides
  static ChannelCredentialStore channelCredentials(ServerStorage storage) {
    return storage.channelCredentials();
  }
}
