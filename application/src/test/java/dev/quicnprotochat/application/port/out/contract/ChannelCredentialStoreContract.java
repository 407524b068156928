package dev.quicnprotochat.application.port.out.contract;

import static dev.quicnprotochat.application.testing.ServerTestData.aGroupChannelId;
import static dev.quicnprotochat.application.testing.ServerTestData.randomBytes;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.quicnprotochat.application.port.out.ChannelCredentialStore;
import dev.quicnprotochat.domain.channel.ChannelCredential;
import dev.quicnprotochat.domain.channel.ChannelCredentialHash;
import dev.quicnprotochat.domain.channel.ChannelId;
import dev.quicnprotochat.domain.channel.Epoch;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/// What every [ChannelCredentialStore] adapter must do; extend it and implement [#store].
@Timeout(30)
public abstract class ChannelCredentialStoreContract {

  protected abstract ChannelCredentialStore store();

  private static ChannelCredentialHash aHash() {
    return ChannelCredential.of(randomBytes(32)).hash();
  }

  @Test
  void hashIsFoundForItsChannelAndEpochOnly() {
    ChannelId channel = aGroupChannelId();
    ChannelCredentialHash hash = aHash();
    store().register(channel, new Epoch(3), hash);
    assertEquals(Optional.of(hash), store().find(channel, new Epoch(3)));
    assertEquals(Optional.empty(), store().find(channel, new Epoch(4)));
    assertEquals(Optional.empty(), store().find(aGroupChannelId(), new Epoch(3)));
  }

  @Test
  void registeringAgainReplacesTheHash() {
    ChannelId channel = aGroupChannelId();
    store().register(channel, Epoch.ZERO, aHash());
    ChannelCredentialHash replacement = aHash();
    store().register(channel, Epoch.ZERO, replacement);
    assertEquals(Optional.of(replacement), store().find(channel, Epoch.ZERO));
  }
}
