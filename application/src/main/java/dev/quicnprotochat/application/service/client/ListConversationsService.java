package dev.quicnprotochat.application.service.client;

import dev.quicnprotochat.application.port.in.client.ListConversationsUseCase;
import dev.quicnprotochat.application.port.out.ConversationStore;
import dev.quicnprotochat.domain.conversation.Conversation;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.List;

/// Every conversation of the profile, oldest first, as the store keeps them (local only).
@Singleton
public final class ListConversationsService implements ListConversationsUseCase {

  private final ConversationStore conversations;

  @Inject
  public ListConversationsService(ConversationStore conversations) {
    this.conversations = conversations;
  }

  @Override
  public List<Conversation> listConversations() {
    return conversations.list();
  }
}
