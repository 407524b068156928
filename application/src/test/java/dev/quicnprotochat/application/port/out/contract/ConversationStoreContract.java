package dev.quicnprotochat.application.port.out.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quicnprotochat.application.port.out.ConversationStore;
import dev.quicnprotochat.application.port.out.HistoryQuery;
import dev.quicnprotochat.domain.conversation.Conversation;
import dev.quicnprotochat.domain.conversation.ConversationId;
import dev.quicnprotochat.domain.conversation.ConversationKind;
import dev.quicnprotochat.domain.conversation.Message;
import dev.quicnprotochat.domain.conversation.MessageBody;
import dev.quicnprotochat.domain.conversation.MessageDirection;
import dev.quicnprotochat.domain.conversation.NewMessage;
import dev.quicnprotochat.mls.codec.Bytes;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/// What every [ConversationStore] must do. An adapter's test extends this class and supplies a fresh, empty store.
public abstract class ConversationStoreContract {

  protected static final Instant T0 = Instant.parse("2026-01-02T03:04:05.678Z");

  /// A new, empty store for one test.
  protected abstract ConversationStore store();

  protected static ConversationId id(int n) {
    return ConversationId.of(Bytes.of(new byte[] {7, (byte) n}));
  }

  protected static Conversation conversation(int n) {
    return Conversation.start(id(n), ConversationKind.GROUP, "group " + n, T0.plusSeconds(n));
  }

  protected static NewMessage text(String body, Instant sentAt) {
    return new NewMessage(MessageDirection.INCOMING, "alice", sentAt, sentAt.plusMillis(5), new MessageBody(body));
  }

  @Test
  void createdConversationIsFoundAndListed() {
    ConversationStore store = store();
    assertTrue(store.create(conversation(2)));
    assertTrue(store.create(conversation(1)));
    assertEquals(Optional.of(conversation(1)), store.find(id(1)));
    assertEquals(List.of(conversation(1), conversation(2)), store.list());
    assertEquals(Optional.empty(), store.find(id(3)));
  }

  @Test
  void creatingAnExistingConversationChangesNothing() {
    ConversationStore store = store();
    store.create(conversation(1));
    assertFalse(store.create(conversation(1).withTitle("other")));
    assertEquals("group 1", store.find(id(1)).orElseThrow().title());
  }

  @Test
  void updateChangesTitleAndMutedButNotUnknownConversations() {
    ConversationStore store = store();
    store.create(conversation(1));
    Conversation renamed = conversation(1).withTitle("renamed").withMuted(true);
    assertTrue(store.update(renamed));
    assertEquals(Optional.of(renamed), store.find(id(1)));
    assertFalse(store.update(conversation(9)));
    assertEquals(Optional.empty(), store.find(id(9)));
  }

  @Test
  void updateMayNotChangeTheKind() {
    ConversationStore store = store();
    store.create(conversation(1));
    Conversation changed = new Conversation(id(1), ConversationKind.DIRECT, "group 1", T0.plusSeconds(1), false);
    assertThrows(IllegalArgumentException.class, () -> store.update(changed));
    assertEquals(Optional.of(conversation(1)), store.find(id(1)));
  }

  @Test
  void appendNumbersMessagesFromOneInEachConversation() {
    ConversationStore store = store();
    store.create(conversation(1));
    store.create(conversation(2));
    Message first = store.append(id(1), text("one", T0)).orElseThrow();
    Message second = store.append(id(1), text("two", T0)).orElseThrow();
    Message other = store.append(id(2), text("x", T0)).orElseThrow();
    assertEquals(1, first.sequence());
    assertEquals(2, second.sequence());
    assertEquals(1, other.sequence());
    assertEquals(text("two", T0).at(id(1), 2), second);
    assertEquals(List.of(first, second), store.history(id(1), HistoryQuery.latest(10)));
  }

  @Test
  void appendToUnknownConversationStoresNothing() {
    ConversationStore store = store();
    assertEquals(Optional.empty(), store.append(id(5), text("lost", T0)));
    assertEquals(List.of(), store.history(id(5), HistoryQuery.latest(10)));
  }

  @Test
  void historyPagesBackwardAndForwardBySequence() {
    ConversationStore store = store();
    store.create(conversation(1));
    for (int i = 1; i <= 25; i++) {
      store.append(id(1), text("m" + i, T0.plusSeconds(i)));
    }
    assertEquals(LongStream.rangeClosed(16, 25).boxed().toList(), sequences(store, HistoryQuery.latest(10)));
    assertEquals(LongStream.rangeClosed(6, 15).boxed().toList(),
        sequences(store, new HistoryQuery.Before(16, 10)));
    assertEquals(LongStream.rangeClosed(1, 5).boxed().toList(), sequences(store, new HistoryQuery.Before(6, 10)));
    assertEquals(List.of(), sequences(store, new HistoryQuery.Before(1, 10)));
    assertEquals(LongStream.rangeClosed(1, 4).boxed().toList(), sequences(store, new HistoryQuery.After(0, 4)));
    assertEquals(LongStream.rangeClosed(21, 25).boxed().toList(), sequences(store, new HistoryQuery.After(20, 10)));
    assertEquals("m7", store.history(id(1), new HistoryQuery.After(6, 1)).getFirst().body().text());
  }

  @Test
  void historyByTimeIsHalfOpenAndOrderedBySequence() {
    ConversationStore store = store();
    store.create(conversation(1));
    store.append(id(1), text("late", T0.plusSeconds(30)));
    store.append(id(1), text("early", T0.plusSeconds(10)));
    store.append(id(1), text("edge", T0.plusSeconds(20)));
    store.append(id(1), text("before", T0));
    List<Message> page = store.history(id(1), new HistoryQuery.SentBetween(T0.plusSeconds(10), T0.plusSeconds(30), 10));
    assertEquals(List.of("early", "edge"), page.stream().map(m -> m.body().text()).toList());
    List<Message> limited = store.history(id(1), new HistoryQuery.SentBetween(T0, T0.plusSeconds(31), 2));
    assertEquals(List.of(1L, 2L), limited.stream().map(Message::sequence).toList());
  }

  @Test
  void deletedMessageIsGoneAndItsSequenceIsNotReused() {
    ConversationStore store = store();
    store.create(conversation(1));
    store.append(id(1), text("a", T0));
    store.append(id(1), text("b", T0));
    assertTrue(store.deleteMessage(id(1), 2));
    assertFalse(store.deleteMessage(id(1), 2));
    assertEquals(3, store.append(id(1), text("c", T0)).orElseThrow().sequence());
    assertEquals(List.of(1L, 3L), sequences(store, HistoryQuery.latest(10)));
  }

  @Test
  void deletingAConversationDeletesItsMessages() {
    ConversationStore store = store();
    store.create(conversation(1));
    store.create(conversation(2));
    store.append(id(1), text("a", T0));
    store.append(id(2), text("b", T0));
    assertTrue(store.delete(id(1)));
    assertFalse(store.delete(id(1)));
    assertEquals(List.of(conversation(2)), store.list());
    assertEquals(List.of(), store.history(id(1), HistoryQuery.latest(10)));
    store.create(conversation(1));
    assertEquals(1, store.append(id(1), text("again", T0)).orElseThrow().sequence());
    assertEquals(1, store.history(id(2), HistoryQuery.latest(10)).size());
  }

  @Test
  void textSurvivesExactly() {
    ConversationStore store = store();
    store.create(conversation(1));
    String text = "héllo 👋 ' \" ; -- \0 end";
    store.append(id(1), text(text, T0));
    assertEquals(text, store.history(id(1), HistoryQuery.latest(1)).getFirst().body().text());
  }

  private static List<Long> sequences(ConversationStore store, HistoryQuery query) {
    return store.history(id(1), query).stream().map(Message::sequence).toList();
  }
}
