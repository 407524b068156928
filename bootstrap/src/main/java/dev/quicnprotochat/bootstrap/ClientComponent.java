package dev.quicnprotochat.bootstrap;

import dagger.BindsInstance;
import dagger.Component;
import dev.quicnprotochat.bootstrap.config.ClientConfig;

/// The client process's object graph. The full client (adapters-cli) adds its use cases and stores here.
@Component
public interface ClientComponent {
  ServerConnector connector();

  @Component.Factory
  interface Factory {
    ClientComponent create(@BindsInstance ClientConfig config);
  }

  static ClientComponent create(ClientConfig config) {
    return DaggerClientComponent.factory().create(config);
  }
}
