package dev.quicnprotochat.adapter.persistence.file;

import dev.quicnprotochat.application.port.out.ChannelCredentialStore;
import dev.quicnprotochat.application.port.out.ChannelStore;
import dev.quicnprotochat.application.port.out.InboxStore;
import dev.quicnprotochat.application.port.out.KeyPackageStore;
import dev.quicnprotochat.application.port.out.SessionStore;
import dev.quicnprotochat.application.port.out.UserStore;
import dev.quicnprotochat.application.port.out.contract.ChannelCredentialStoreContract;
import dev.quicnprotochat.application.port.out.contract.ChannelStoreContract;
import dev.quicnprotochat.application.port.out.contract.InboxStoreContract;
import dev.quicnprotochat.application.port.out.contract.KeyPackageStoreContract;
import dev.quicnprotochat.application.port.out.contract.SessionStoreContract;
import dev.quicnprotochat.application.port.out.contract.UserStoreContract;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.io.TempDir;

/// Every server port contract against the file stores, each test in a fresh data directory.
class FileServerStoresIntegrationTest {

  @Nested
  class Users extends UserStoreContract {
    @TempDir
    Path directory;
    FileUserStore store;

    @BeforeEach
    void open() throws Exception {
      store = new FileUserStore(directory);
    }

    @AfterEach
    void close() throws Exception {
      store.close();
    }

    @Override
    protected UserStore store() {
      return store;
    }
  }

  @Nested
  class Sessions extends SessionStoreContract {
    @TempDir
    Path directory;
    FileSessionStore store;

    @BeforeEach
    void open() throws Exception {
      store = new FileSessionStore(directory);
    }

    @AfterEach
    void close() throws Exception {
      store.close();
    }

    @Override
    protected SessionStore store() {
      return store;
    }
  }

  @Nested
  class KeyPackages extends KeyPackageStoreContract {
    @TempDir
    Path directory;
    FileKeyPackageStore store;

    @BeforeEach
    void open() throws Exception {
      store = new FileKeyPackageStore(directory);
    }

    @AfterEach
    void close() throws Exception {
      store.close();
    }

    @Override
    protected KeyPackageStore store() {
      return store;
    }
  }

  @Nested
  class Inboxes extends InboxStoreContract {
    @TempDir
    Path directory;
    FileChannelStore store;

    @BeforeEach
    void open() throws Exception {
      store = new FileChannelStore(directory);
    }

    @AfterEach
    void close() throws Exception {
      store.close();
    }

    @Override
    protected InboxStore store() {
      return store;
    }
  }

  @Nested
  class Channels extends ChannelStoreContract {
    @TempDir
    Path directory;
    FileChannelStore store;

    @BeforeEach
    void open() throws Exception {
      store = new FileChannelStore(directory);
    }

    @AfterEach
    void close() throws Exception {
      store.close();
    }

    @Override
    protected ChannelStore channelStore() {
      return store;
    }

    @Override
    protected InboxStore inboxStore() {
      return store;
    }
  }

  @Nested
  class ChannelCredentials extends ChannelCredentialStoreContract {
    @TempDir
    Path directory;
    FileChannelCredentialStore store;

    @BeforeEach
    void open() throws Exception {
      store = new FileChannelCredentialStore(directory);
    }

    @AfterEach
    void close() throws Exception {
      store.close();
    }

    @Override
    protected ChannelCredentialStore store() {
      return store;
    }
  }
}
