package dev.quicnprotochat.application.service.client;

import dev.quicnprotochat.application.port.in.client.ShowHistoryCommand;
import dev.quicnprotochat.application.port.in.client.ShowHistoryResult;
import dev.quicnprotochat.application.port.in.client.ShowHistoryUseCase;
import dev.quicnprotochat.application.port.out.ConversationStore;
import dev.quicnprotochat.application.port.out.HistoryQuery;
import dev.quicnprotochat.domain.conversation.Conversation;
import dev.quicnprotochat.domain.conversation.Message;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/// The latest messages of a conversation, oldest first (local only). A limit above one store page
/// ([HistoryQuery#MAX_LIMIT]) is read page by page backwards from the newest message.
@Singleton
public final class ShowHistoryService implements ShowHistoryUseCase {

  private final ConversationStore conversations;

  @Inject
  public ShowHistoryService(ConversationStore conversations) {
    this.conversations = conversations;
  }

  @Override
  public ShowHistoryResult showHistory(ShowHistoryCommand command) {
    Optional<Conversation> conversation = conversations.find(command.conversation());
    if (conversation.isEmpty()) {
      return new ShowHistoryResult.UnknownConversation(command.conversation());
    }
    List<List<Message>> pages = new ArrayList<>();
    int wanted = command.limit();
    HistoryQuery query = HistoryQuery.latest(Math.min(wanted, HistoryQuery.MAX_LIMIT));
    while (true) {
      List<Message> page = conversations.history(command.conversation(), query);
      pages.addFirst(page);
      wanted -= page.size();
      if (wanted <= 0 || page.size() < query.limit()) {
        break;
      }
      query = new HistoryQuery.Before(page.getFirst().sequence(), Math.min(wanted, HistoryQuery.MAX_LIMIT));
    }
    List<Message> messages = new ArrayList<>();
    pages.forEach(messages::addAll);
    return new ShowHistoryResult.History(conversation.get(), messages);
  }
}
