package dev.quicnprotochat.mls.group;

import dev.quicnprotochat.mls.codec.Bytes;
import java.util.Map;
import java.util.Optional;

/// Where a group looks up external pre-shared keys by `psk_id` (RFC 9420 §8.4). Resumption PSKs come from the
/// group's own retained epochs, not from here.
@FunctionalInterface
public interface PskStore {

  /// The key named `pskId`, if this client has it. The returned array is not retained.
  Optional<byte[]> externalPsk(Bytes pskId);

  /// A store that knows no PSK.
  static PskStore none() {
    return id -> Optional.empty();
  }

  /// A fixed map of PSK ids to keys (copied).
  static PskStore of(Map<Bytes, byte[]> psks) {
    Map<Bytes, byte[]> copy = new java.util.HashMap<>();
    psks.forEach((k, v) -> copy.put(k, v.clone()));
    return id -> Optional.ofNullable(copy.get(id)).map(byte[]::clone);
  }
}
