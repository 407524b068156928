package dev.quicnprotochat.bootstrap;

import dev.quicnprotochat.adapter.quic.QpcServer;
import dev.quicnprotochat.bootstrap.command.Cli;
import dev.quicnprotochat.bootstrap.config.ServerConfig;
import dev.quicnprotochat.bootstrap.config.ServerConfigLoader;
import java.io.PrintWriter;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/// `quicnprotochat-server`: loads the configuration (TOML file < `QUICNPROTOCHAT_*` env < flags), starts the QUIC
/// server and serves until SIGINT/SIGTERM.
@Command(name = "quicnprotochat-server", mixinStandardHelpOptions = true, versionProvider = Cli.VersionProvider.class,
    sortOptions = false,
    description = {"The quicnprotochat server: QUIC + TLS 1.3 (ALPN qpc/1), Cap'n Proto calls.",
        "Each setting comes from the TOML file, then env QUICNPROTOCHAT_<KEY> (e.g. QUICNPROTOCHAT_LISTEN), "
            + "then the flag; the later one wins."},
    footer = {"", "Examples:", "  quicnprotochat-server --listen 0.0.0.0:7000 --data-dir /var/lib/quicnprotochat",
        "  QUICNPROTOCHAT_LISTEN=127.0.0.1:7001 quicnprotochat-server --config server.toml"})
public final class ServerMain implements Callable<Integer> {
  private static final Logger logger = LoggerFactory.getLogger(ServerMain.class);

  @Option(names = "--config", paramLabel = "FILE",
      description = {"TOML file with any of the keys below (snake case). Example: --config /etc/qpc/server.toml"})
  Path configFile;

  @Option(names = "--listen", paramLabel = "HOST:PORT",
      description = {"UDP address to listen on; port 0 picks a free one. Default: 0.0.0.0:7000.",
          "Example: --listen 127.0.0.1:7000"})
  String listen;

  @Option(names = "--data-dir", paramLabel = "DIR",
      description = {"Server state; the self-signed certificate is created here on first start.",
          "Default: ~/.quicnprotochat-server. Example: --data-dir /var/lib/quicnprotochat"})
  String dataDir;

  @Option(names = "--tls-cert", paramLabel = "FILE",
      description = {"PEM certificate (chain) to present instead of the self-signed one; needs --tls-key.",
          "Example: --tls-cert /etc/qpc/fullchain.pem"})
  String tlsCert;

  @Option(names = "--tls-key", paramLabel = "FILE",
      description = {"PEM private key (PKCS#8 or EC/RSA) for --tls-cert. Example: --tls-key /etc/qpc/key.pem"})
  String tlsKey;

  @Option(names = "--auth-token", paramLabel = "TOKEN",
      description = {"Access code that gates registration (used by the auth service; prefer the env var "
          + "QUICNPROTOCHAT_AUTH_TOKEN so it stays out of the process list). Example: --auth-token s3cret"})
  String authToken;

  @Option(names = "--store-backend", paramLabel = "file|sql",
      description = {"Where server state lives. Default: file. Example: --store-backend sql"})
  String storeBackend;

  @Option(names = "--db-path", paramLabel = "FILE",
      description = {"SQLite database file for --store-backend sql. Example: --db-path /var/lib/qpc/server.db"})
  String dbPath;

  @Option(names = "--db-url", paramLabel = "URL",
      description = {"PostgreSQL JDBC URL for --store-backend sql (scale-out).",
          "Example: --db-url jdbc:postgresql://127.0.0.1:5432/qpc"})
  String dbUrl;

  @Option(names = "--db-schema", paramLabel = "NAME",
      description = {"PostgreSQL schema holding the tables (created if missing); nodes of one deployment share it.",
          "Default: public. Example: --db-schema qpc"})
  String dbSchema;

  @Option(names = "--db-key", paramLabel = "KEY",
      description = {"SQLCipher key for the SQLite database (prefer QUICNPROTOCHAT_DB_KEY). Example: --db-key k3y"})
  String dbKey;

  @Option(names = "--allow-sealed-sender", paramLabel = "true|false", arity = "0..1", fallbackValue = "true",
      description = {"Accept sealed-sender messages. Default: false. Example: --allow-sealed-sender"})
  String allowSealedSender;

  @Option(names = "--production", paramLabel = "true|false", arity = "0..1", fallbackValue = "true",
      description = {"Refuse to start without an auth token (and, for sql, a db key).",
          "Same as QUICNPROTOCHAT_PRODUCTION=1. Example: --production"})
  String production;

  @Option(names = "--max-message-bytes", paramLabel = "BYTES",
      description = {"Largest request accepted; larger ones get error messageTooLarge. Default: 1048576.",
          "Example: --max-message-bytes 262144"})
  String maxMessageBytes;

  @Option(names = "--max-streams-per-connection", paramLabel = "N",
      description = {"Calls one connection may have in flight (QUIC stream limit). Default: 100.",
          "Example: --max-streams-per-connection 32"})
  String maxStreams;

  @Option(names = "--idle-timeout-seconds", paramLabel = "SECONDS",
      description = {"Close connections idle this long. Default: 60. Example: --idle-timeout-seconds 30"})
  String idleTimeout;

  @Option(names = "--max-calls-per-second", paramLabel = "N",
      description = {"Calls per second per connection (burst of N); more get error rateLimited. Default: 0 = off.",
          "Example: --max-calls-per-second 200"})
  String maxCallsPerSecond;

  @Option(names = "--max-inbox-depth", paramLabel = "N",
      description = {"Entries one inbox may hold (used by the delivery service). Default: 10000.",
          "Example: --max-inbox-depth 5000"})
  String maxInboxDepth;

  private final Map<String, String> env;
  private final CountDownLatch stop;
  private volatile InetSocketAddress bound;

  public ServerMain(Map<String, String> env, CountDownLatch stop) {
    this.env = env;
    this.stop = stop;
  }

  public static void main(String[] args) {
    int code = Cli.execute(new ServerMain(System.getenv(), new CountDownLatch(1)),
        new PrintWriter(System.out, true, StandardCharsets.UTF_8),
        new PrintWriter(System.err, true, StandardCharsets.UTF_8), args);
    System.exit(code);
  }

  /// The address the server listens on once started (tests start it on port 0).
  public InetSocketAddress boundAddress() {
    return bound;
  }

  @Override
  public Integer call() throws InterruptedException {
    ServerConfig config = ServerConfigLoader.load(Optional.ofNullable(configFile), env, flags());
    ServerComponent component = ServerComponent.create(config);
    QpcServer server;
    try {
      // open the stores first: a wrong key or an unreachable database stops the start with one line
      logger.info("store: {}", component.storage().description());
      server = component.server();
    } catch (RuntimeException e) {
      component.resources().close();
      throw e;
    }
    CountDownLatch closed = new CountDownLatch(1);
    Thread hook = new Thread(() -> {
      logger.info("shutting down");
      stop.countDown();
      // the JVM halts when the hooks return: wait for the server to close its connections first
      awaitQuietly(closed);
    }, "qpc-shutdown");
    Runtime.getRuntime().addShutdownHook(hook);
    try {
      bound = server.start();
      logger.info("quicnprotochat-server {} ready, data dir {}", Version.current(), config.dataDir());
      stop.await();
    } finally {
      server.close();
      component.resources().close();
      closed.countDown();
      try {
        Runtime.getRuntime().removeShutdownHook(hook);
      } catch (IllegalStateException alreadyShuttingDown) {
        // the hook is running: nothing to remove
      }
    }
    return 0;
  }

  private static void awaitQuietly(CountDownLatch latch) {
    try {
      latch.await(10, java.util.concurrent.TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private Map<String, String> flags() {
    Map<String, String> flags = new LinkedHashMap<>();
    flags.put("listen", listen);
    flags.put("data_dir", dataDir);
    flags.put("tls_cert", tlsCert);
    flags.put("tls_key", tlsKey);
    flags.put("auth_token", authToken);
    flags.put("store_backend", storeBackend);
    flags.put("db_path", dbPath);
    flags.put("db_url", dbUrl);
    flags.put("db_schema", dbSchema);
    flags.put("db_key", dbKey);
    flags.put("allow_sealed_sender", allowSealedSender);
    flags.put("production", production);
    flags.put("max_message_bytes", maxMessageBytes);
    flags.put("max_streams_per_connection", maxStreams);
    flags.put("idle_timeout_seconds", idleTimeout);
    flags.put("max_calls_per_second", maxCallsPerSecond);
    flags.put("max_inbox_depth", maxInboxDepth);
    return flags;
  }
}
