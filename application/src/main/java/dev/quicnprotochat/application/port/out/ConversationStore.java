package dev.quicnprotochat.application.port.out;

import dev.quicnprotochat.domain.conversation.Conversation;
import dev.quicnprotochat.domain.conversation.ConversationId;
import dev.quicnprotochat.domain.conversation.Message;
import dev.quicnprotochat.domain.conversation.NewMessage;
import java.util.List;
import java.util.Optional;

/// The client's conversation database (DESIGN.md §5): conversations and their message history.
///
/// Every method that changes something returns once the change is durable. Storage failures surface as unchecked
/// exceptions; a missing conversation is an expected outcome and is reported by the return value.
public interface ConversationStore {

  /// Stores a new conversation; false when one with the same id exists already (which is left unchanged).
  boolean create(Conversation conversation);

  Optional<Conversation> find(ConversationId id);

  /// All conversations, oldest first (by creation time, then id).
  List<Conversation> list();

  /// Replaces the stored conversation with the same id (title, muted); false when there is none. Its kind and
  /// creation time are fixed at creation: an update that changes them is rejected with
  /// `IllegalArgumentException`.
  boolean update(Conversation conversation);

  /// Deletes a conversation with all its messages; false when there was none.
  boolean delete(ConversationId id);

  /// Appends a message with the conversation's next sequence number; empty when the conversation does not exist.
  Optional<Message> append(ConversationId id, NewMessage message);

  /// A page of a conversation's history, always in ascending sequence order; empty for an unknown conversation.
  List<Message> history(ConversationId id, HistoryQuery query);

  /// Deletes one message; false when there was none. Its sequence number is not reused.
  boolean deleteMessage(ConversationId id, long sequence);
}
