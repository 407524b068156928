package dev.quicnprotochat.bootstrap;

import dev.quicnprotochat.adapter.quic.ClientSettings;
import dev.quicnprotochat.adapter.quic.QpcClient;
import dev.quicnprotochat.adapter.quic.ServerTrust;
import dev.quicnprotochat.adapter.quic.TransportLimits;
import dev.quicnprotochat.bootstrap.config.ClientConfig;
import dev.quicnprotochat.bootstrap.config.ConfigException;
import jakarta.inject.Inject;
import java.io.IOException;

/// Opens connections to the configured server with the configured trust (pinned `--ca-cert`, else TOFU).
public final class ServerConnector {
  private final ClientConfig config;

  @Inject
  ServerConnector(ClientConfig config) {
    this.config = config;
  }

  public ClientConfig config() {
    return config;
  }

  /// Connects; throws `TransportException` or [ConfigException] with a one-line reason.
  public QpcClient connect() {
    ServerTrust trust;
    if (config.caCert().isPresent()) {
      try {
        trust = ServerTrust.pinned(config.caCert().get());
      } catch (IOException e) {
        throw new ConfigException("--ca-cert: " + e.getMessage());
      }
    } else {
      trust = ServerTrust.trustOnFirstUse(config.knownServersFile());
    }
    return QpcClient.connect(new ClientSettings(config.server().host(), config.server().port(), trust,
        config.connectTimeout(), TransportLimits.DEFAULTS.maxMessageBytes()));
  }
}
