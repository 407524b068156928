package dev.quicnprotochat.application.testing;

import dev.quicnprotochat.application.port.out.ConversationStore;
import dev.quicnprotochat.application.port.out.contract.ConversationStoreContract;

class InMemoryConversationStoreTest extends ConversationStoreContract {

  @Override
  protected ConversationStore store() {
    return new InMemoryConversationStore();
  }
}
