package dev.quicnprotochat.adapter.persistence.sql;

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
import org.junit.jupiter.api.Nested;

/// Runs every server port contract against the SQL stores over one database, which a subclass opens once for all
/// of them (the contracts use fresh random keys, so tests do not see each other's rows).
abstract class ServerStoreContracts {

  protected abstract Database database();

  @Nested
  class Users extends UserStoreContract {
    private final UserStore store = new SqlUserStore(database());

    @Override
    protected UserStore store() {
      return store;
    }
  }

  @Nested
  class Sessions extends SessionStoreContract {
    private final SessionStore store = new SqlSessionStore(database());

    @Override
    protected SessionStore store() {
      return store;
    }
  }

  @Nested
  class KeyPackages extends KeyPackageStoreContract {
    private final KeyPackageStore store = new SqlKeyPackageStore(database());

    @Override
    protected KeyPackageStore store() {
      return store;
    }
  }

  @Nested
  class Inboxes extends InboxStoreContract {
    private final InboxStore store = new SqlInboxStore(database());

    @Override
    protected InboxStore store() {
      return store;
    }
  }

  @Nested
  class Channels extends ChannelStoreContract {
    private final SqlChannelStore store = new SqlChannelStore(database());

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
    private final ChannelCredentialStore store = new SqlChannelCredentialStore(database());

    @Override
    protected ChannelCredentialStore store() {
      return store;
    }
  }
}
