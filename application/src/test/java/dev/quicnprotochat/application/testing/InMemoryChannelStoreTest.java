package dev.quicnprotochat.application.testing;

import dev.quicnprotochat.application.port.out.ChannelStore;
import dev.quicnprotochat.application.port.out.InboxStore;
import dev.quicnprotochat.application.port.out.contract.ChannelStoreContract;

/// Proves [InMemoryChannelStore] (with its [InMemoryInboxStore]) against the contract every real adapter must pass.
class InMemoryChannelStoreTest extends ChannelStoreContract {

  private final InMemoryInboxStore inbox = new InMemoryInboxStore();
  private final InMemoryChannelStore channels = new InMemoryChannelStore(inbox);

  @Override
  protected ChannelStore channelStore() {
    return channels;
  }

  @Override
  protected InboxStore inboxStore() {
    return inbox;
  }
}
