package dev.quicnprotochat.adapter.quic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quicnprotochat.application.port.out.client.KnownServerStore;
import dev.quicnprotochat.domain.clientstate.ServerAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

@Timeout(value = 60, unit = TimeUnit.SECONDS)
class ServerTrustIntegrationTest {
  @TempDir
  Path dir;

  @Test
  void pinnedClientAcceptsThePinnedCertificate() throws Exception {
    TlsIdentity identity = TlsIdentity.selfSigned("pinned");
    Path pin = dir.resolve("server.pem");
    identity.writeCertificate(pin);
    try (QpcServer server = TestServers.start(identity, TransportLimits.DEFAULTS);
         QpcClient client = QpcClient.connect(TestServers.client(server, ServerTrust.pinned(pin)))) {
      assertEquals(TestServers.VERSION, client.ping().get(10, TimeUnit.SECONDS).serverVersion());
    }
  }

  @Test
  void pinnedClientRefusesAServerWithAnotherCertificate() throws Exception {
    Path pin = dir.resolve("other.pem");
    TlsIdentity.selfSigned("someone else").writeCertificate(pin);
    try (QpcServer server = TestServers.start(TlsIdentity.selfSigned("real"), TransportLimits.DEFAULTS)) {
      TransportException refused = assertThrows(TransportException.class,
          () -> QpcClient.connect(TestServers.client(server, ServerTrust.pinned(pin))));
      assertTrue(refused.getMessage().contains("does not trust"), refused.getMessage());
      assertTrue(refused.getMessage().contains("--ca-cert"), refused.getMessage());
      // the refused handshake did not hurt the server
      try (QpcClient client = TestServers.tofuClient(server, dir)) {
        client.ping().get(10, TimeUnit.SECONDS);
      }
    }
  }

  @Test
  void trustOnFirstUseRecordsTheCertificateThenRefusesAChangedOne() throws Exception {
    Path knownServers = dir.resolve("state").resolve("known_servers");
    TlsIdentity first = TlsIdentity.selfSigned("first");
    int port;
    try (QpcServer server = TestServers.start(first, TransportLimits.DEFAULTS)) {
      port = server.address().getPort();
      try (QpcClient client = QpcClient.connect(TestServers.client(server,
          ServerTrust.trustOnFirstUse(knownServers)))) {
        client.ping().get(10, TimeUnit.SECONDS);
      }
      assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(knownServers)));
      assertTrue(Files.readString(knownServers).contains("127.0.0.1:" + port + " " + first.fingerprint()));
      // the same certificate is accepted again
      try (QpcClient again = QpcClient.connect(TestServers.client(server,
          ServerTrust.trustOnFirstUse(knownServers)))) {
        again.ping().get(10, TimeUnit.SECONDS);
      }
    }
    try (QpcServer replaced = TestServers.start(TlsIdentity.selfSigned("second"), TransportLimits.DEFAULTS, port)) {
      TransportException refused = assertThrows(TransportException.class,
          () -> QpcClient.connect(TestServers.client(replaced, ServerTrust.trustOnFirstUse(knownServers))));
      assertTrue(refused.getMessage().startsWith("server certificate for 127.0.0.1:" + port + " changed"),
          refused.getMessage());
      assertTrue(refused.getMessage().contains("remove its line from " + knownServers), refused.getMessage());
      assertEquals(1, Files.readAllLines(knownServers).stream().filter(l -> l.startsWith("127.0.0.1:")).count());
    }
  }

  /// A store in memory: the real one is sealed state (adapters-persistence-file), tested there.
  private static final class MemoryKnownServers implements KnownServerStore {
    final Map<ServerAddress, String> records = new ConcurrentHashMap<>();

    @Override
    public Optional<String> fingerprint(ServerAddress server) {
      return Optional.ofNullable(records.get(server));
    }

    @Override
    public String recordIfAbsent(ServerAddress server, String sha256Hex) {
      String existing = records.putIfAbsent(server, sha256Hex);
      return existing == null ? sha256Hex : existing;
    }

    @Override
    public boolean forget(ServerAddress server) {
      return records.remove(server) != null;
    }
  }

  @Test
  void storeBasedTrustOnFirstUseRefusesAChangedCertificateUntilItIsForgotten() throws Exception {
    MemoryKnownServers store = new MemoryKnownServers();
    String howToAccept = "run 'quicnprotochat forget-server --server HOST:PORT -u USER' if the server's certificate"
        + " was really replaced, or pass --ca-cert";
    ServerTrust trust = ServerTrust.trustOnFirstUse(store, "the profile's known servers", howToAccept);
    TlsIdentity first = TlsIdentity.selfSigned("first");
    int port;
    try (QpcServer server = TestServers.start(first, TransportLimits.DEFAULTS)) {
      port = server.address().getPort();
      try (QpcClient client = QpcClient.connect(TestServers.client(server, trust))) {
        client.ping().get(10, TimeUnit.SECONDS);
      }
    }
    ServerAddress address = new ServerAddress("127.0.0.1", port);
    assertEquals(Optional.of(first.fingerprint()), store.fingerprint(address));

    TlsIdentity second = TlsIdentity.selfSigned("second");
    try (QpcServer replaced = TestServers.start(second, TransportLimits.DEFAULTS, port)) {
      TransportException refused = assertThrows(TransportException.class,
          () -> QpcClient.connect(TestServers.client(replaced, trust)));
      assertEquals(1, refused.getMessage().lines().count(), refused.getMessage());
      assertTrue(refused.getMessage().startsWith("server certificate for 127.0.0.1:" + port + " changed"),
          refused.getMessage());
      assertTrue(refused.getMessage().endsWith(howToAccept), refused.getMessage());
      assertEquals(Optional.of(first.fingerprint()), store.fingerprint(address));

      assertTrue(store.forget(address));
      try (QpcClient client = QpcClient.connect(TestServers.client(replaced, trust))) {
        client.ping().get(10, TimeUnit.SECONDS);
      }
      assertEquals(Optional.of(second.fingerprint()), store.fingerprint(address));
    }
  }
}
