package dev.quicnprotochat.adapter.quic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
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
}
