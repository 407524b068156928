package dev.quicnprotochat.application.port.out;

import dev.quicnprotochat.domain.channel.ChannelCredentialHash;
import dev.quicnprotochat.domain.channel.ChannelId;
import dev.quicnprotochat.domain.channel.Epoch;
import java.util.Optional;

/// Sealed-sender credential hashes: per channel and epoch, the SHA-256 of the secret all members of that epoch know.
/// Hashes of past epochs may be deleted at any time; only the current epoch's is ever checked.
public interface ChannelCredentialStore {

  /// Records the hash for `(channel, epoch)`, replacing any earlier one for the same pair.
  void register(ChannelId channel, Epoch epoch, ChannelCredentialHash hash);

  Optional<ChannelCredentialHash> find(ChannelId channel, Epoch epoch);
}
