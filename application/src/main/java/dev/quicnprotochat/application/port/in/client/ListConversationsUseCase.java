package dev.quicnprotochat.application.port.in.client;

import dev.quicnprotochat.domain.conversation.Conversation;
import java.util.List;

/// Every conversation this profile keeps (groups, direct chats, the notepad), oldest first.
@FunctionalInterface
public interface ListConversationsUseCase {

  List<Conversation> listConversations();
}
