package dev.quicnprotochat.domain.channel;

import dev.quicnprotochat.domain.identity.IdentityKey;
import java.util.Collections;
import java.util.Objects;
import java.util.Set;

/// The members a commit adds and removes (the server's view of its Add and Remove proposals).
public record MembershipChange(Set<IdentityKey> added, Set<IdentityKey> removed) {

  public static final MembershipChange NONE = new MembershipChange(Set.of(), Set.of());

  public MembershipChange {
    added = Set.copyOf(Objects.requireNonNull(added, "added"));
    removed = Set.copyOf(Objects.requireNonNull(removed, "removed"));
    if (!Collections.disjoint(added, removed)) {
      throw new IllegalArgumentException("a commit cannot add and remove the same identity");
    }
  }

  public static MembershipChange adding(IdentityKey... keys) {
    return new MembershipChange(Set.of(keys), Set.of());
  }

  public static MembershipChange removing(IdentityKey... keys) {
    return new MembershipChange(Set.of(), Set.of(keys));
  }

  public boolean isEmpty() {
    return added.isEmpty() && removed.isEmpty();
  }
}
