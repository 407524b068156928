package dev.quicnprotochat.application.testing;

import dev.quicnprotochat.application.port.out.UserStore;
import dev.quicnprotochat.domain.identity.IdentityKey;
import dev.quicnprotochat.domain.identity.RegisteredUser;
import dev.quicnprotochat.domain.identity.Username;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/// [UserStore] in two maps under one lock.
public final class InMemoryUserStore implements UserStore {

  private final Map<Username, RegisteredUser> byUsername = new HashMap<>();
  private final Map<IdentityKey, RegisteredUser> byIdentity = new HashMap<>();

  @Override
  public synchronized AddResult add(RegisteredUser user) {
    if (byUsername.containsKey(user.username())) {
      return AddResult.USERNAME_TAKEN;
    }
    if (byIdentity.containsKey(user.identityKey())) {
      return AddResult.IDENTITY_KEY_TAKEN;
    }
    byUsername.put(user.username(), user);
    byIdentity.put(user.identityKey(), user);
    return AddResult.ADDED;
  }

  @Override
  public synchronized Optional<RegisteredUser> findByUsername(Username username) {
    return Optional.ofNullable(byUsername.get(username));
  }

  @Override
  public synchronized Optional<RegisteredUser> findByIdentityKey(IdentityKey identityKey) {
    return Optional.ofNullable(byIdentity.get(identityKey));
  }
}
