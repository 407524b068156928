package dev.quicnprotochat.application.testing;

import dev.quicnprotochat.application.port.out.ConversationStore;
import dev.quicnprotochat.application.port.out.HistoryQuery;
import dev.quicnprotochat.domain.conversation.Conversation;
import dev.quicnprotochat.domain.conversation.ConversationId;
import dev.quicnprotochat.domain.conversation.Message;
import dev.quicnprotochat.domain.conversation.NewMessage;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/// A [ConversationStore] in memory, for use-case tests. Thread-safe by locking every call.
public final class InMemoryConversationStore implements ConversationStore {

  private final Map<ConversationId, Entry> entries = new HashMap<>();

  private static final class Entry {
    Conversation conversation;
    long nextSequence = 1;
    final TreeMap<Long, Message> messages = new TreeMap<>();

    Entry(Conversation conversation) {
      this.conversation = conversation;
    }
  }

  @Override
  public synchronized boolean create(Conversation conversation) {
    return entries.putIfAbsent(conversation.id(), new Entry(conversation)) == null;
  }

  @Override
  public synchronized Optional<Conversation> find(ConversationId id) {
    return Optional.ofNullable(entries.get(id)).map(e -> e.conversation);
  }

  @Override
  public synchronized List<Conversation> list() {
    return entries.values().stream().map(e -> e.conversation)
        .sorted(Comparator.comparing(Conversation::createdAt).thenComparing(c -> c.id().value()))
        .toList();
  }

  @Override
  public synchronized boolean update(Conversation conversation) {
    Entry entry = entries.get(conversation.id());
    if (entry == null) {
      return false;
    }
    if (entry.conversation.kind() != conversation.kind()
        || !entry.conversation.createdAt().equals(conversation.createdAt())) {
      throw new IllegalArgumentException("a conversation's kind and creation time cannot change");
    }
    entry.conversation = conversation;
    return true;
  }

  @Override
  public synchronized boolean delete(ConversationId id) {
    return entries.remove(id) != null;
  }

  @Override
  public synchronized Optional<Message> append(ConversationId id, NewMessage message) {
    Entry entry = entries.get(id);
    if (entry == null) {
      return Optional.empty();
    }
    Message stored = message.at(id, entry.nextSequence++);
    entry.messages.put(stored.sequence(), stored);
    return Optional.of(stored);
  }

  @Override
  public synchronized List<Message> history(ConversationId id, HistoryQuery query) {
    Entry entry = entries.get(id);
    if (entry == null) {
      return List.of();
    }
    TreeMap<Long, Message> all = entry.messages;
    List<Message> page = switch (query) {
      case HistoryQuery.Latest(int limit) -> lastN(all.values(), limit);
      case HistoryQuery.Before(long sequence, int limit) -> lastN(all.headMap(sequence, false).values(), limit);
      case HistoryQuery.After(long sequence, int limit) ->
          all.tailMap(sequence, false).values().stream().limit(limit).toList();
      case HistoryQuery.SentBetween(var from, var until, int limit) -> all.values().stream()
          .filter(m -> !m.sentAt().isBefore(from) && m.sentAt().isBefore(until)).limit(limit).toList();
    };
    return List.copyOf(page);
  }

  @Override
  public synchronized boolean deleteMessage(ConversationId id, long sequence) {
    Entry entry = entries.get(id);
    return entry != null && entry.messages.remove(sequence) != null;
  }

  private static List<Message> lastN(Collection<Message> ascending, int n) {
    List<Message> list = new ArrayList<>(ascending);
    return list.subList(Math.max(0, list.size() - n), list.size());
  }
}
