package dev.quicnprotochat.adapter.cli;

import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;

/// What the client commands need from the launcher: a way to open profiles, the environment to read
/// `QUICNPROTOCHAT_*` variables from (the process environment in production, a map in tests), and the directory
/// under which each user's state directory lives by default (`<defaultStateRoot>/<username>`).
public record CliContext(ClientProfiles profiles, Map<String, String> environment, Path defaultStateRoot) {
  public CliContext {
    Objects.requireNonNull(profiles, "profiles");
    environment = Map.copyOf(Objects.requireNonNull(environment, "environment"));
    Objects.requireNonNull(defaultStateRoot, "defaultStateRoot");
  }

  /// The variable's value, empty when it is unset or blank.
  public java.util.Optional<String> env(String name) {
    String value = environment.get(name);
    return value == null || value.isBlank() ? java.util.Optional.empty() : java.util.Optional.of(value);
  }
}
