package dev.quicnprotochat.adapter.quic;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;

/// Real servers on loopback for the integration tests.
final class TestServers {
  static final String VERSION = "test-1.2.3";

  private TestServers() {}

  static QpcServer start(TlsIdentity identity, TransportLimits limits) {
    return start(identity, limits, 0);
  }

  static QpcServer start(TlsIdentity identity, TransportLimits limits, int port) {
    QpcServer server = new QpcServer(new ServerSettings(
        new InetSocketAddress(InetAddress.getLoopbackAddress(), port), identity, limits,
        new ServerInfo(VERSION, Clock.systemUTC())));
    server.start();
    return server;
  }

  static ClientSettings client(QpcServer server, ServerTrust trust) {
    return new ClientSettings("127.0.0.1", server.address().getPort(), trust, Duration.ofSeconds(3),
        TransportLimits.DEFAULTS.maxMessageBytes());
  }

  static QpcClient tofuClient(QpcServer server, Path stateDir) {
    return QpcClient.connect(client(server, ServerTrust.trustOnFirstUse(stateDir.resolve("known_servers"))));
  }
}
