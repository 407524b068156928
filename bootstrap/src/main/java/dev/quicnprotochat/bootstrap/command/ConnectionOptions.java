package dev.quicnprotochat.bootstrap.command;

import dev.quicnprotochat.bootstrap.config.ClientConfig;
import dev.quicnprotochat.bootstrap.config.ConfigException;
import dev.quicnprotochat.bootstrap.config.HostPort;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import picocli.CommandLine.Option;

/// The options every command that talks to a server shares.
public final class ConnectionOptions {
  @Option(names = "--server", paramLabel = "HOST:PORT", defaultValue = ClientConfig.DEFAULT_SERVER,
      description = {"Server to connect to (UDP). Default: ${DEFAULT-VALUE}.",
          "Example: --server chat.example.org:7000"})
  String server;

  @Option(names = "--state-dir", paramLabel = "DIR",
      description = {"Client state directory; known_servers (trusted certificates) lives here.",
          "Default: ~/.quicnprotochat. Example: --state-dir ~/.quicnprotochat-work"})
  Path stateDir;

  @Option(names = "--ca-cert", paramLabel = "FILE",
      description = {"Trust only this PEM certificate (the server's own, or a CA that signed it) instead of "
          + "trust on first use.", "Example: --ca-cert ./server-cert.pem"})
  Path caCert;

  @Option(names = "--connect-timeout", paramLabel = "SECONDS", defaultValue = "5",
      description = {"How long to wait for the server's handshake. Default: ${DEFAULT-VALUE}.",
          "Example: --connect-timeout 10"})
  int connectTimeoutSeconds;

  ClientConfig toConfig() {
    if (connectTimeoutSeconds < 1) {
      throw new ConfigException("--connect-timeout must be at least 1 second");
    }
    return new ClientConfig(HostPort.parse(server, "--server"),
        stateDir == null ? ClientConfig.defaultStateDir() : stateDir, Optional.ofNullable(caCert),
        Duration.ofSeconds(connectTimeoutSeconds));
  }
}
