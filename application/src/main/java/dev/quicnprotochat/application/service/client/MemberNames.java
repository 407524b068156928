package dev.quicnprotochat.application.service.client;

import dev.quicnprotochat.application.port.out.client.ContactKeyStore;
import dev.quicnprotochat.application.port.out.client.ServerCallException;
import dev.quicnprotochat.application.port.out.client.ServerGateway;
import dev.quicnprotochat.application.port.out.client.ServerUnreachableException;
import dev.quicnprotochat.domain.clientstate.KnownContact;
import dev.quicnprotochat.domain.identity.IdentityKey;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/// Display names for identity keys: a recorded contact first, else the directory (cached for the process), else
/// the key's fingerprint, so a name lookup never fails a message.
@Singleton
public final class MemberNames {

  private final ServerGateway server;
  private final ContactKeyStore contacts;
  private final Map<IdentityKey, String> resolved = new ConcurrentHashMap<>();

  @Inject
  public MemberNames(ServerGateway server, ContactKeyStore contacts) {
    this.server = server;
    this.contacts = contacts;
  }

  public String of(IdentityKey key) {
    String known = resolved.get(key);
    if (known != null) {
      return known;
    }
    for (KnownContact contact : contacts.list()) {
      if (contact.identityKey().equals(key)) {
        resolved.put(key, contact.username().value());
        return contact.username().value();
      }
    }
    try {
      String name = server.resolveIdentity(key).value();
      resolved.put(key, name);
      return name;
    } catch (ServerCallException | ServerUnreachableException e) {
      return "unknown user " + key.fingerprint() + "…";
    }
  }
}
