package dev.quicnprotochat.adapter.persistence.file.state;

import dev.quicnprotochat.application.port.out.client.ContactKeyStore;
import dev.quicnprotochat.application.port.out.client.GroupStateStore;
import dev.quicnprotochat.application.port.out.client.IdentityVault;
import dev.quicnprotochat.application.port.out.client.KeyPackageSecretStore;
import dev.quicnprotochat.application.port.out.client.SessionTokenCache;
import dev.quicnprotochat.application.port.out.client.contract.ContactKeyStoreContract;
import dev.quicnprotochat.application.port.out.client.contract.GroupStateStoreContract;
import dev.quicnprotochat.application.port.out.client.contract.IdentityVaultContract;
import dev.quicnprotochat.application.port.out.client.contract.KeyPackageSecretStoreContract;
import dev.quicnprotochat.application.port.out.client.contract.SessionTokenCacheContract;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.io.TempDir;

/// Every client-state port contract against the file adapters, without and with a state password; "reopened"
/// closes the state directory and opens it again, so each contract also checks what survives a restart.
class FileClientStateContractIntegrationTest {

  @Nested
  class PlainIdentityVault extends IdentityVaultContract {
    private final StateFixture fixture = new StateFixture(false);
    @TempDir
    Path directory;
    private IdentityVault adapter;

    @BeforeEach
    void open() throws Exception {
      adapter = new FileIdentityVault(fixture.open(directory));
    }

    @AfterEach
    void close() throws Exception {
      fixture.close();
    }

    @Override
    protected IdentityVault vault() {
      return adapter;
    }

    @Override
    protected IdentityVault reopened() throws Exception {
      adapter = new FileIdentityVault(fixture.reopen());
      return adapter;
    }
  }

  @Nested
  class EncryptedIdentityVault extends IdentityVaultContract {
    private final StateFixture fixture = new StateFixture(true);
    @TempDir
    Path directory;
    private IdentityVault adapter;

    @BeforeEach
    void open() throws Exception {
      adapter = new FileIdentityVault(fixture.open(directory));
    }

    @AfterEach
    void close() throws Exception {
      fixture.close();
    }

    @Override
    protected IdentityVault vault() {
      return adapter;
    }

    @Override
    protected IdentityVault reopened() throws Exception {
      adapter = new FileIdentityVault(fixture.reopen());
      return adapter;
    }
  }

  @Nested
  class PlainKeyPackageSecretStore extends KeyPackageSecretStoreContract {
    private final StateFixture fixture = new StateFixture(false);
    @TempDir
    Path directory;
    private KeyPackageSecretStore adapter;

    @BeforeEach
    void open() throws Exception {
      adapter = new FileKeyPackageSecretStore(fixture.open(directory));
    }

    @AfterEach
    void close() throws Exception {
      fixture.close();
    }

    @Override
    protected KeyPackageSecretStore store() {
      return adapter;
    }

    @Override
    protected KeyPackageSecretStore reopened() throws Exception {
      adapter = new FileKeyPackageSecretStore(fixture.reopen());
      return adapter;
    }
  }

  @Nested
  class EncryptedKeyPackageSecretStore extends KeyPackageSecretStoreContract {
    private final StateFixture fixture = new StateFixture(true);
    @TempDir
    Path directory;
    private KeyPackageSecretStore adapter;

    @BeforeEach
    void open() throws Exception {
      adapter = new FileKeyPackageSecretStore(fixture.open(directory));
    }

    @AfterEach
    void close() throws Exception {
      fixture.close();
    }

    @Override
    protected KeyPackageSecretStore store() {
      return adapter;
    }

    @Override
    protected KeyPackageSecretStore reopened() throws Exception {
      adapter = new FileKeyPackageSecretStore(fixture.reopen());
      return adapter;
    }
  }

  @Nested
  class PlainGroupStateStore extends GroupStateStoreContract {
    private final StateFixture fixture = new StateFixture(false);
    @TempDir
    Path directory;
    private GroupStateStore adapter;

    @BeforeEach
    void open() throws Exception {
      adapter = new FileGroupStateStore(fixture.open(directory));
    }

    @AfterEach
    void close() throws Exception {
      fixture.close();
    }

    @Override
    protected GroupStateStore store() {
      return adapter;
    }

    @Override
    protected GroupStateStore reopened() throws Exception {
      adapter = new FileGroupStateStore(fixture.reopen());
      return adapter;
    }
  }

  @Nested
  class EncryptedGroupStateStore extends GroupStateStoreContract {
    private final StateFixture fixture = new StateFixture(true);
    @TempDir
    Path directory;
    private GroupStateStore adapter;

    @BeforeEach
    void open() throws Exception {
      adapter = new FileGroupStateStore(fixture.open(directory));
    }

    @AfterEach
    void close() throws Exception {
      fixture.close();
    }

    @Override
    protected GroupStateStore store() {
      return adapter;
    }

    @Override
    protected GroupStateStore reopened() throws Exception {
      adapter = new FileGroupStateStore(fixture.reopen());
      return adapter;
    }
  }

  @Nested
  class PlainSessionTokenCache extends SessionTokenCacheContract {
    private final StateFixture fixture = new StateFixture(false);
    @TempDir
    Path directory;
    private SessionTokenCache adapter;

    @BeforeEach
    void open() throws Exception {
      adapter = new FileSessionTokenCache(fixture.open(directory));
    }

    @AfterEach
    void close() throws Exception {
      fixture.close();
    }

    @Override
    protected SessionTokenCache cache() {
      return adapter;
    }

    @Override
    protected SessionTokenCache reopened() throws Exception {
      adapter = new FileSessionTokenCache(fixture.reopen());
      return adapter;
    }
  }

  @Nested
  class EncryptedSessionTokenCache extends SessionTokenCacheContract {
    private final StateFixture fixture = new StateFixture(true);
    @TempDir
    Path directory;
    private SessionTokenCache adapter;

    @BeforeEach
    void open() throws Exception {
      adapter = new FileSessionTokenCache(fixture.open(directory));
    }

    @AfterEach
    void close() throws Exception {
      fixture.close();
    }

    @Override
    protected SessionTokenCache cache() {
      return adapter;
    }

    @Override
    protected SessionTokenCache reopened() throws Exception {
      adapter = new FileSessionTokenCache(fixture.reopen());
      return adapter;
    }
  }

  @Nested
  class PlainContactKeyStore extends ContactKeyStoreContract {
    private final StateFixture fixture = new StateFixture(false);
    @TempDir
    Path directory;
    private ContactKeyStore adapter;

    @BeforeEach
    void open() throws Exception {
      adapter = new FileContactKeyStore(fixture.open(directory));
    }

    @AfterEach
    void close() throws Exception {
      fixture.close();
    }

    @Override
    protected ContactKeyStore store() {
      return adapter;
    }

    @Override
    protected ContactKeyStore reopened() throws Exception {
      adapter = new FileContactKeyStore(fixture.reopen());
      return adapter;
    }
  }

  @Nested
  class EncryptedContactKeyStore extends ContactKeyStoreContract {
    private final StateFixture fixture = new StateFixture(true);
    @TempDir
    Path directory;
    private ContactKeyStore adapter;

    @BeforeEach
    void open() throws Exception {
      adapter = new FileContactKeyStore(fixture.open(directory));
    }

    @AfterEach
    void close() throws Exception {
      fixture.close();
    }

    @Override
    protected ContactKeyStore store() {
      return adapter;
    }

    @Override
    protected ContactKeyStore reopened() throws Exception {
      adapter = new FileContactKeyStore(fixture.reopen());
      return adapter;
    }
  }
}
