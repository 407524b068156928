package dev.quicnprotochat.domain.clientstate;

import java.security.MessageDigest;
import java.util.Objects;

/// One MLS group's state as the group engine serialises it: opaque bytes holding the group's epoch secrets, ratchet
/// tree and private leaf keys. The client state stores it per group id and returns it unchanged.
///
/// A secret: `toString` shows the length only and equality compares the bytes in constant time.
public final class SerializedGroupState {

  /// A bound for parsing stored files: a group state with a large ratchet tree stays well under it.
  public static final int MAX_LENGTH = 64 * 1024 * 1024;

  private final byte[] state;

  private SerializedGroupState(byte[] state) {
    this.state = state;
  }

  /// Copies `state`.
  public static SerializedGroupState of(byte[] state) {
    Objects.requireNonNull(state, "group state");
    if (state.length == 0 || state.length > MAX_LENGTH) {
      throw new IllegalArgumentException("a serialised group state has 1 to " + MAX_LENGTH + " bytes, got "
          + state.length);
    }
    return new SerializedGroupState(state.clone());
  }

  /// A copy of the bytes.
  public byte[] toByteArray() {
    return state.clone();
  }

  public int length() {
    return state.length;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof SerializedGroupState other && MessageDigest.isEqual(state, other.state);
  }

  @Override
  public int hashCode() {
    return Integer.hashCode(state.length);
  }

  @Override
  public String toString() {
    return "SerializedGroupState[" + state.length + " bytes, redacted]";
  }
}
