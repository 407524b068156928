package dev.quicnprotochat.bootstrap;

import dagger.BindsInstance;
import dagger.Component;
import dev.quicnprotochat.bootstrap.config.ClientConfig;

/// The graph of the commands that use no profile (`ping`, `bench`): a connector to the configured server. The client
/// commands and the REPL get one [dev.quicnprotochat.bootstrap.profile.ProfileComponent] per opened profile.
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
