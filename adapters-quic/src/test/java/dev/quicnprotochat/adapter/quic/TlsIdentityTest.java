package dev.quicnprotochat.adapter.quic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TlsIdentityTest {
  @TempDir
  Path dir;

  @Test
  void firstStartCreatesOwnerOnlyFilesAndLaterStartsReuseThem() throws IOException {
    Path dataDir = dir.resolve("data");
    TlsIdentity created = TlsIdentity.loadOrCreate(dataDir);
    for (String name : new String[] {TlsIdentity.CERT_FILE, TlsIdentity.KEY_FILE}) {
      assertEquals("rw-------",
          PosixFilePermissions.toString(Files.getPosixFilePermissions(dataDir.resolve(name))), name);
    }
    TlsIdentity loaded = TlsIdentity.loadOrCreate(dataDir);
    assertEquals(created.fingerprint(), loaded.fingerprint());
    assertEquals(created.privateKey(), loaded.privateKey());
    assertEquals("EC", loaded.privateKey().getAlgorithm());
  }

  @Test
  void aLoneCertificateIsRefusedRatherThanReplaced() throws IOException {
    TlsIdentity.loadOrCreate(dir);
    Files.delete(dir.resolve(TlsIdentity.KEY_FILE));
    IOException e = assertThrows(IOException.class, () -> TlsIdentity.loadOrCreate(dir));
    assertTrue(e.getMessage().contains("only one of"), e.getMessage());
  }

  @Test
  void pemFilesGivenByTheOperatorAreLoaded() throws IOException {
    TlsIdentity original = TlsIdentity.loadOrCreate(dir.resolve("elsewhere"));
    TlsIdentity loaded = TlsIdentity.fromPem(dir.resolve("elsewhere").resolve(TlsIdentity.CERT_FILE),
        dir.resolve("elsewhere").resolve(TlsIdentity.KEY_FILE));
    assertEquals(original.fingerprint(), loaded.fingerprint());
  }

  @Test
  void missingCertificateFileHasAOneLineMessage() {
    IOException e = assertThrows(IOException.class,
        () -> TlsIdentity.fromPem(dir.resolve("none.pem"), dir.resolve("none.key")));
    assertEquals("certificate file not found: " + dir.resolve("none.pem"), e.getMessage());
  }

  @Test
  void toStringRedactsTheKeyAndEachIdentityIsFresh() {
    TlsIdentity one = TlsIdentity.selfSigned("x");
    assertTrue(one.toString().contains("key=<redacted>"));
    assertFalse(one.toString().contains(one.privateKey().toString()));
    assertNotEquals(one.fingerprint(), TlsIdentity.selfSigned("x").fingerprint());
  }
}
