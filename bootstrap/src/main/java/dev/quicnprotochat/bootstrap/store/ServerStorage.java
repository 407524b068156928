package dev.quicnprotochat.bootstrap.store;

import dev.quicnprotochat.application.port.out.ChannelCredentialStore;
import dev.quicnprotochat.application.port.out.ChannelStore;
import dev.quicnprotochat.application.port.out.InboxStore;
import dev.quicnprotochat.application.port.out.KeyPackageStore;
import dev.quicnprotochat.application.port.out.SessionStore;
import dev.quicnprotochat.application.port.out.UserStore;
import java.util.Objects;
import java.util.Optional;

/// The server's stores as the application sees them, whatever the backend: `channels` and `inboxes` are the same
/// object (a commit and its fan-out are one transaction), and [#close] closes the backend.
///
/// @param description what is open, for the start-up log line (never a secret: no key, no URL credentials)
/// @param postgres the PostgreSQL URL and schema when the backend is shared by several nodes (push goes through
///     LISTEN/NOTIFY then)
public record ServerStorage(
    UserStore users,
    SessionStore sessions,
    KeyPackageStore keyPackages,
    ChannelStore channels,
    InboxStore inboxes,
    ChannelCredentialStore channelCredentials,
    String description,
    Optional<PostgresTarget> postgres,
    AutoCloseable closer) implements AutoCloseable {

  public ServerStorage {
    Objects.requireNonNull(users, "users");
    Objects.requireNonNull(sessions, "sessions");
    Objects.requireNonNull(keyPackages, "keyPackages");
    Objects.requireNonNull(channels, "channels");
    Objects.requireNonNull(inboxes, "inboxes");
    Objects.requireNonNull(channelCredentials, "channelCredentials");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(postgres, "postgres");
    Objects.requireNonNull(closer, "closer");
  }

  @Override
  public void close() throws Exception {
    closer.close();
  }

  /// Where a PostgreSQL backend lives.
  public record PostgresTarget(String jdbcUrl, String schema) {

    public PostgresTarget {
      Objects.requireNonNull(jdbcUrl, "jdbcUrl");
      Objects.requireNonNull(schema, "schema");
    }

    @Override
    public String toString() {
      return "PostgresTarget[schema=" + schema + "]";
    }
  }
}
