package dev.quicnprotochat.bootstrap.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServerConfigLoaderTest {
  @TempDir
  Path dir;

  private Path toml(String content) throws IOException {
    Path file = dir.resolve("server.toml");
    Files.writeString(file, content);
    return file;
  }

  @Test
  void defaultsWithoutAnyLayer() {
    ServerConfig config = ServerConfigLoader.load(Optional.empty(), Map.of(), Map.of());
    assertEquals(new HostPort("0.0.0.0", 7000), config.listen());
    assertEquals(Path.of(System.getProperty("user.home"), ".quicnprotochat-server"), config.dataDir());
    assertEquals(StoreBackend.FILE, config.storeBackend());
    assertEquals(1 << 20, config.limits().maxMessageBytes());
    assertFalse(config.production());
  }

  @Test
  void envOverridesTheFileAndFlagsOverrideEnv() throws IOException {
    Path file = toml("""
        listen = "127.0.0.1:7001"
        data_dir = "/srv/from-file"
        max_message_bytes = 4096
        idle_timeout_seconds = 5
        """);
    Map<String, String> env = Map.of("QUICNPROTOCHAT_LISTEN", "127.0.0.1:7002",
        "QUICNPROTOCHAT_MAX_MESSAGE_BYTES", "8192", "UNRELATED", "x");
    Map<String, String> flags = new HashMap<>();
    flags.put("listen", "127.0.0.1:7003");
    flags.put("data_dir", null);

    ServerConfig config = ServerConfigLoader.load(Optional.of(file), env, flags);

    assertEquals(new HostPort("127.0.0.1", 7003), config.listen());
    assertEquals(Path.of("/srv/from-file"), config.dataDir());
    assertEquals(8192, config.limits().maxMessageBytes());
    assertEquals(Duration.ofSeconds(5), config.limits().idleTimeout());
  }

  @Test
  void everyKeyHasAnEnvName() {
    assertEquals("QUICNPROTOCHAT_DATA_DIR", ServerConfigLoader.envName("data_dir"));
    assertEquals("QUICNPROTOCHAT_MAX_STREAMS_PER_CONNECTION",
        ServerConfigLoader.envName("max_streams_per_connection"));
  }

  @Test
  void badValueNamesTheKeyAndItsSource() {
    ConfigException e = assertThrows(ConfigException.class, () -> ServerConfigLoader.load(Optional.empty(),
        Map.of("QUICNPROTOCHAT_MAX_STREAMS_PER_CONNECTION", "many"), Map.of()));
    assertEquals("max_streams_per_connection (from env QUICNPROTOCHAT_MAX_STREAMS_PER_CONNECTION) must be a whole "
        + "number, got 'many'", e.getMessage());
  }

  @Test
  void badListenAddressIsOneLine() {
    ConfigException e = assertThrows(ConfigException.class,
        () -> ServerConfigLoader.load(Optional.empty(), Map.of(), Map.of("listen", "7000")));
    assertEquals("listen (from flag --listen) must be HOST:PORT (e.g. 127.0.0.1:7000), got '7000'", e.getMessage());
  }

  @Test
  void limitOutOfRangeIsRefused() {
    ConfigException e = assertThrows(ConfigException.class,
        () -> ServerConfigLoader.load(Optional.empty(), Map.of(), Map.of("max_message_bytes", "10")));
    assertTrue(e.getMessage().startsWith("invalid limit: max message size"), e.getMessage());
  }

  @Test
  void unknownKeyInTheFileIsRefused() throws IOException {
    Path file = toml("lisen = \"127.0.0.1:1\"\n");
    ConfigException e = assertThrows(ConfigException.class,
        () -> ServerConfigLoader.load(Optional.of(file), Map.of(), Map.of()));
    assertTrue(e.getMessage().contains("unknown key 'lisen'"), e.getMessage());
  }

  @Test
  void invalidTomlIsOneLine() throws IOException {
    Path file = toml("listen = \n");
    ConfigException e = assertThrows(ConfigException.class,
        () -> ServerConfigLoader.load(Optional.of(file), Map.of(), Map.of()));
    assertTrue(e.getMessage().startsWith("config file " + file + " is not valid TOML"), e.getMessage());
    assertFalse(e.getMessage().contains("\n"), e.getMessage());
  }

  @Test
  void missingFileIsOneLine() {
    ConfigException e = assertThrows(ConfigException.class,
        () -> ServerConfigLoader.load(Optional.of(dir.resolve("none.toml")), Map.of(), Map.of()));
    assertEquals("config file " + dir.resolve("none.toml") + " not found", e.getMessage());
  }

  @Test
  void productionNeedsAnAuthTokenAndForSqlADbKey() {
    ConfigException noToken = assertThrows(ConfigException.class, () -> ServerConfigLoader.load(Optional.empty(),
        Map.of("QUICNPROTOCHAT_PRODUCTION", "1"), Map.of()));
    assertTrue(noToken.getMessage().contains("auth_token"), noToken.getMessage());
    ConfigException noKey = assertThrows(ConfigException.class, () -> ServerConfigLoader.load(Optional.empty(),
        Map.of("QUICNPROTOCHAT_PRODUCTION", "1", "QUICNPROTOCHAT_AUTH_TOKEN", "t",
            "QUICNPROTOCHAT_STORE_BACKEND", "sql"), Map.of()));
    assertTrue(noKey.getMessage().contains("db_key"), noKey.getMessage());
    ServerConfig ok = ServerConfigLoader.load(Optional.empty(), Map.of("QUICNPROTOCHAT_PRODUCTION", "1",
        "QUICNPROTOCHAT_AUTH_TOKEN", "t", "QUICNPROTOCHAT_STORE_BACKEND", "sql", "QUICNPROTOCHAT_DB_KEY", "k"),
        Map.of());
    assertTrue(ok.production());
  }

  @Test
  void productionRefusesTheDevelopmentTokenAndExemptsPostgresFromTheSqliteKey() {
    ConfigException devtoken = assertThrows(ConfigException.class, () -> ServerConfigLoader.load(Optional.empty(),
        Map.of("QUICNPROTOCHAT_PRODUCTION", "1", "QUICNPROTOCHAT_AUTH_TOKEN", "devtoken"), Map.of()));
    assertTrue(devtoken.getMessage().contains("development auth_token"), devtoken.getMessage());
    assertEquals(1, devtoken.getMessage().lines().count());
    assertFalse(ServerConfigLoader.load(Optional.empty(), Map.of("QUICNPROTOCHAT_AUTH_TOKEN", "devtoken"), Map.of())
        .production());

    ServerConfig postgres = ServerConfigLoader.load(Optional.empty(), Map.of("QUICNPROTOCHAT_PRODUCTION", "1",
        "QUICNPROTOCHAT_AUTH_TOKEN", "t", "QUICNPROTOCHAT_STORE_BACKEND", "sql",
        "QUICNPROTOCHAT_DB_URL", "jdbc:postgresql://db/qpc", "QUICNPROTOCHAT_DB_SCHEMA", "qpc"), Map.of());
    assertEquals("qpc", postgres.dbSchema());
    ConfigException both = assertThrows(ConfigException.class, () -> ServerConfigLoader.load(Optional.empty(),
        Map.of("QUICNPROTOCHAT_STORE_BACKEND", "sql", "QUICNPROTOCHAT_DB_URL", "jdbc:postgresql://db/qpc",
            "QUICNPROTOCHAT_DB_KEY", "k"), Map.of()));
    assertTrue(both.getMessage().contains("cannot be combined with db_url"), both.getMessage());
    ConfigException badSchema = assertThrows(ConfigException.class, () -> ServerConfigLoader.load(Optional.empty(),
        Map.of("QUICNPROTOCHAT_DB_SCHEMA", "Robert'); DROP"), Map.of()));
    assertTrue(badSchema.getMessage().startsWith("db_schema"), badSchema.getMessage());
  }

  @Test
  void certificateAndKeyGoTogether() {
    ConfigException e = assertThrows(ConfigException.class,
        () -> ServerConfigLoader.load(Optional.empty(), Map.of(), Map.of("tls_cert", "/x.pem")));
    assertTrue(e.getMessage().startsWith("tls_cert and tls_key go together"), e.getMessage());
  }

  @Test
  void secretsNeverAppearInToStringOrErrors() {
    ServerConfig config = ServerConfigLoader.load(Optional.empty(),
        Map.of("QUICNPROTOCHAT_AUTH_TOKEN", "tok-123", "QUICNPROTOCHAT_DB_KEY", "key-456"), Map.of());
    assertFalse(config.toString().contains("tok-123"));
    assertFalse(config.toString().contains("key-456"));
    assertEquals(Optional.of("tok-123"), config.authToken());
  }
}
