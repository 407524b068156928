package dev.quicnprotochat.bootstrap;

import dagger.BindsInstance;
import dagger.Component;
import dev.quicnprotochat.adapter.quic.QpcServer;
import dev.quicnprotochat.adapter.quic.TlsIdentity;
import dev.quicnprotochat.bootstrap.config.ServerConfig;
import jakarta.inject.Singleton;

/// The server process's object graph. Later issues add the persistence and application modules here.
@Singleton
@Component(modules = QuicServerModule.class)
public interface ServerComponent {
  QpcServer server();

  TlsIdentity identity();

  ServerConfig config();

  @Component.Factory
  interface Factory {
    ServerComponent create(@BindsInstance ServerConfig config);
  }

  static ServerComponent create(ServerConfig config) {
    return DaggerServerComponent.factory().create(config);
  }
}
