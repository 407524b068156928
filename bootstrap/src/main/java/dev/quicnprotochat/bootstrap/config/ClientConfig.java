package dev.quicnprotochat.bootstrap.config;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/// The client's connection settings: which server, where the client keeps its state (`known_servers` lives
/// there), and an optional pinned certificate.
public record ClientConfig(HostPort server, Path stateDir, Optional<Path> caCert, Duration connectTimeout) {
  public static final String DEFAULT_SERVER = "127.0.0.1:7000";

  public ClientConfig {
    Objects.requireNonNull(server, "server");
    Objects.requireNonNull(stateDir, "stateDir");
    Objects.requireNonNull(caCert, "caCert");
    Objects.requireNonNull(connectTimeout, "connectTimeout");
    if (server.port() == 0) {
      throw new ConfigException("--server needs a real port, not 0");
    }
  }

  public static Path defaultStateDir() {
    return Path.of(System.getProperty("user.home"), ".quicnprotochat");
  }

  public Path knownServersFile() {
    return stateDir.resolve("known_servers");
  }
}
