package dev.quicnprotochat.application.service.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import dev.quicnprotochat.application.port.in.client.FindConversationCommand;
import dev.quicnprotochat.application.port.in.client.FindConversationResult;
import dev.quicnprotochat.application.port.in.client.ShowHistoryCommand;
import dev.quicnprotochat.application.port.in.client.ShowHistoryResult;
import dev.quicnprotochat.application.testing.InMemoryConversationStore;
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
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class ConversationQueryServicesTest {

  private static final Instant T0 = Instant.parse("2026-11-26T12:00:00Z");

  private final InMemoryConversationStore store = new InMemoryConversationStore();
  private final ListConversationsService list = new ListConversationsService(store);
  private final FindConversationService find = new FindConversationService(store);
  private final ShowHistoryService history = new ShowHistoryService(store);

  private Conversation conversation(String idHex, String title, int minute) {
    Conversation c = Conversation.start(ConversationId.of(Bytes.fromHex(idHex)), ConversationKind.GROUP, title,
        T0.plusSeconds(60L * minute));
    store.create(c);
    return c;
  }

  private FindConversationResult find(String query) {
    return find.findConversation(new FindConversationCommand(query));
  }

  private void append(Conversation c, int count) {
    for (int i = 1; i <= count; i++) {
      store.append(c.id(), new NewMessage(MessageDirection.INCOMING, "bob", T0, T0, new MessageBody("m" + i)));
    }
  }

  private static List<Long> sequences(ShowHistoryResult result) {
    return assertInstanceOf(ShowHistoryResult.History.class, result).messages().stream().map(Message::sequence)
        .toList();
  }

  @Test
  void listReturnsEveryConversationOldestFirst() {
    Conversation later = conversation("bbbb0001", "later", 2);
    Conversation earlier = conversation("aaaa0001", "earlier", 1);

    assertEquals(List.of(earlier, later), list.listConversations());
  }

  @Test
  void anExactTitleIgnoringCaseWinsOverAPrefixOfAnotherTitle() {
    Conversation team = conversation("aaaa0001", "Team", 1);
    conversation("aaaa0002", "team building", 2);

    assertEquals(new FindConversationResult.Found(team), find("TEAM"));
  }

  @Test
  void aUniqueTitlePrefixFindsTheConversation() {
    Conversation bob = conversation("aaaa0001", "bob", 1);
    conversation("aaaa0002", "carol", 2);

    assertEquals(new FindConversationResult.Found(bob), find("Bo"));
  }

  @Test
  void aTitlePrefixSharedBySeveralIsAmbiguous() {
    Conversation one = conversation("aaaa0001", "project one", 1);
    Conversation two = conversation("aaaa0002", "project two", 2);

    assertEquals(new FindConversationResult.Ambiguous("proj", List.of(one, two)), find("proj"));
  }

  @Test
  void twoConversationsWithTheSameTitleAreAmbiguous() {
    Conversation one = conversation("aaaa0001", "bob", 1);
    Conversation two = conversation("bbbb0002", "Bob", 2);

    assertEquals(new FindConversationResult.Ambiguous("bob", List.of(one, two)), find("bob"));
  }

  @Test
  void aUniqueIdPrefixOfFourHexDigitsFindsTheConversation() {
    Conversation first = conversation("c0ffee01", "first", 1);
    conversation("c0ff0002", "second", 2);

    assertEquals(new FindConversationResult.Found(first), find("C0FFE"));
    assertEquals(new FindConversationResult.Found(first), find("c0ffee01"));
  }

  @Test
  void anIdPrefixShorterThanFourDigitsOrSharedFindsNothingUnique() {
    Conversation first = conversation("c0ffee01", "first", 1);
    Conversation second = conversation("c0ffee02", "second", 2);

    assertEquals(new FindConversationResult.NotFound("c0f"), find("c0f"));
    assertEquals(new FindConversationResult.Ambiguous("c0ffee", List.of(first, second)), find("c0ffee"));
  }

  @Test
  void nothingMatchingIsNotFound() {
    conversation("aaaa0001", "bob", 1);

    assertEquals(new FindConversationResult.NotFound("zed"), find("zed"));
  }

  @Test
  void historyShowsTheLatestMessagesOldestFirst() {
    Conversation c = conversation("aaaa0001", "bob", 1);
    append(c, 5);

    assertEquals(List.of(3L, 4L, 5L), sequences(history.showHistory(new ShowHistoryCommand(c.id(), 3))));
    assertEquals(List.of(1L, 2L, 3L, 4L, 5L), sequences(history.showHistory(new ShowHistoryCommand(c.id(), 50))));
  }

  @Test
  void historyBeyondOneStorePageIsReadPageByPage() {
    Conversation c = conversation("aaaa0001", "bob", 1);
    append(c, 2500);

    List<Long> shown = sequences(history.showHistory(new ShowHistoryCommand(c.id(), 2200)));

    assertEquals(LongStream.rangeClosed(301, 2500).boxed().toList(), shown);
    assertEquals(2500, sequences(history.showHistory(new ShowHistoryCommand(c.id(), 3000))).size());
  }

  @Test
  void historyOfAnEmptyConversationIsEmpty() {
    Conversation c = conversation("aaaa0001", "bob", 1);

    assertEquals(new ShowHistoryResult.History(c, List.of()),
        history.showHistory(new ShowHistoryCommand(c.id(), 10)));
  }

  @Test
  void historyOfAnUnknownConversationSaysSo() {
    ConversationId unknown = ConversationId.of(Bytes.fromHex("dead"));

    assertEquals(new ShowHistoryResult.UnknownConversation(unknown),
        history.showHistory(new ShowHistoryCommand(unknown, 10)));
  }
}
