package dev.quicnprotochat.bootstrap.config;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.toml.TomlMapper;
import dev.quicnprotochat.adapter.quic.TransportLimits;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/// Builds a [ServerConfig] from three layers, each overriding the one before: the TOML file (`--config`), env
/// vars `QUICNPROTOCHAT_<KEY>`, then command-line flags. Every error names the key and where its value came from.
public final class ServerConfigLoader {
  /// Every key, in the order docs/operations.md lists them. Flags are the same names in kebab case.
  public static final List<String> KEYS = List.of("listen", "data_dir", "tls_cert", "tls_key", "auth_token",
      "store_backend", "db_path", "db_url", "db_schema", "db_key", "allow_sealed_sender", "production",
      "max_message_bytes", "max_streams_per_connection", "idle_timeout_seconds", "max_calls_per_second",
      "max_inbox_depth");

  public static final String ENV_PREFIX = "QUICNPROTOCHAT_";
  public static final String DEFAULT_LISTEN = "0.0.0.0:7000";

  private record Setting(String value, String source) {}

  private final Map<String, Setting> settings = new LinkedHashMap<>();

  private ServerConfigLoader() {}

  /// Merges the layers. `flags` maps config keys (snake case) to values given on the command line.
  public static ServerConfig load(Optional<Path> configFile, Map<String, String> env, Map<String, String> flags) {
    ServerConfigLoader loader = new ServerConfigLoader();
    configFile.ifPresent(loader::readToml);
    for (String key : KEYS) {
      String name = envName(key);
      String value = env.get(name);
      if (value != null) {
        loader.settings.put(key, new Setting(value, "env " + name));
      }
    }
    flags.forEach((key, value) -> {
      if (!KEYS.contains(key)) {
        throw new IllegalArgumentException("not a config key: " + key);
      }
      if (value != null) {
        loader.settings.put(key, new Setting(value, "flag --" + key.replace('_', '-')));
      }
    });
    return loader.build();
  }

  public static String envName(String key) {
    return ENV_PREFIX + key.toUpperCase(Locale.ROOT);
  }

  private void readToml(Path file) {
    JsonNode root;
    try {
      root = new TomlMapper().readTree(Files.readString(file));
    } catch (JacksonException e) {
      throw new ConfigException("config file " + file + " is not valid TOML: " + e.getOriginalMessage());
    } catch (java.nio.file.NoSuchFileException e) {
      throw new ConfigException("config file " + file + " not found");
    } catch (IOException e) {
      throw new ConfigException("cannot read config file " + file + ": " + e.getMessage());
    }
    if (root == null || !root.isObject()) {
      return;
    }
    for (var field : root.properties()) {
      String key = field.getKey();
      JsonNode value = field.getValue();
      if (!KEYS.contains(key)) {
        throw new ConfigException("config file " + file + ": unknown key '" + key + "' (known: "
            + String.join(", ", KEYS) + ")");
      }
      if (value.isContainerNode()) {
        throw new ConfigException("config file " + file + ": '" + key + "' must be a single value");
      }
      settings.put(key, new Setting(value.asText(), "config file " + file));
    }
  }

  private ServerConfig build() {
    TransportLimits defaults = TransportLimits.DEFAULTS;
    TransportLimits limits;
    try {
      limits = new TransportLimits(
          integer("max_message_bytes", defaults.maxMessageBytes()),
          integer("max_streams_per_connection", defaults.maxStreamsPerConnection()),
          Duration.ofSeconds(integer("idle_timeout_seconds", (int) defaults.idleTimeout().toSeconds())),
          integer("max_calls_per_second", defaults.maxCallsPerSecond()),
          integer("max_inbox_depth", defaults.maxInboxDepth()));
    } catch (IllegalArgumentException e) {
      throw new ConfigException("invalid limit: " + e.getMessage());
    }
    String backend = text("store_backend").orElse("file");
    StoreBackend storeBackend = switch (backend.toLowerCase(Locale.ROOT)) {
      case "file" -> StoreBackend.FILE;
      case "sql" -> StoreBackend.SQL;
      default -> throw invalid("store_backend", "must be 'file' or 'sql'");
    };
    return new ServerConfig(
        HostPort.parse(text("listen").orElse(DEFAULT_LISTEN), describe("listen")),
        path("data_dir").orElse(Path.of(System.getProperty("user.home"), ".quicnprotochat-server")),
        path("tls_cert"),
        path("tls_key"),
        text("auth_token"),
        storeBackend,
        path("db_path"),
        text("db_url"),
        text("db_schema").orElse(ServerConfig.DEFAULT_DB_SCHEMA),
        text("db_key"),
        bool("allow_sealed_sender"),
        bool("production"),
        limits);
  }

  private Optional<String> text(String key) {
    Setting setting = settings.get(key);
    return setting == null || setting.value().isEmpty() ? Optional.empty() : Optional.of(setting.value());
  }

  private Optional<Path> path(String key) {
    return text(key).map(value -> {
      String expanded = value.startsWith("~/") ? System.getProperty("user.home") + value.substring(1) : value;
      try {
        return Path.of(expanded);
      } catch (RuntimeException e) {
        throw invalid(key, "is not a valid path");
      }
    });
  }

  private int integer(String key, int fallback) {
    Optional<String> value = text(key);
    if (value.isEmpty()) {
      return fallback;
    }
    try {
      return Integer.parseInt(value.get().strip().replace("_", ""));
    } catch (NumberFormatException e) {
      throw invalid(key, "must be a whole number");
    }
  }

  private boolean bool(String key) {
    return switch (text(key).orElse("false").strip().toLowerCase(Locale.ROOT)) {
      case "true", "1", "yes", "on" -> true;
      case "false", "0", "no", "off" -> false;
      default -> throw invalid(key, "must be true or false");
    };
  }

  private String describe(String key) {
    Setting setting = settings.get(key);
    return setting == null ? key + " (default)" : key + " (from " + setting.source() + ")";
  }

  private ConfigException invalid(String key, String rule) {
    Setting setting = settings.get(key);
    boolean secret = key.equals("auth_token") || key.equals("db_key");
    String shown = setting == null || secret ? "" : ", got '" + setting.value() + "'";
    return new ConfigException(describe(key) + " " + rule + shown);
  }
}
