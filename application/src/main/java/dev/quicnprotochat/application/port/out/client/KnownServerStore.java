package dev.quicnprotochat.application.port.out.client;

import dev.quicnprotochat.domain.clientstate.ServerAddress;
import java.util.Optional;

/// Trust-on-first-use records of server certificates (DESIGN.md §2): per server, the SHA-256 (lower-case hex) of
/// the certificate seen on the first connection; a later, different certificate is refused until the user forgets
/// the record. The records tell which servers a profile talks to, so with a state password they are sealed like
/// every state file (DESIGN.md §5). Implementations are safe to call from any thread.
public interface KnownServerStore {

  /// The recorded certificate fingerprint of `server`, if any.
  Optional<String> fingerprint(ServerAddress server);

  /// Records `sha256Hex` for `server` unless it already has a record; returns the record in force afterwards (the
  /// earlier one when there was one). Returns once durable.
  String recordIfAbsent(ServerAddress server, String sha256Hex);

  /// Removes the record of `server`, so the next connection records the certificate it sees; false when there was
  /// none.
  boolean forget(ServerAddress server);
}
