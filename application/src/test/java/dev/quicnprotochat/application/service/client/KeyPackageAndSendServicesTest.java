package dev.quicnprotochat.application.service.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import dev.quicnprotochat.application.port.in.client.ReplenishKeyPackagesCommand;
import dev.quicnprotochat.application.port.in.client.ReplenishKeyPackagesResult;
import dev.quicnprotochat.application.port.in.client.SendMessageCommand;
import dev.quicnprotochat.application.port.in.client.SendMessageResult;
import dev.quicnprotochat.application.port.in.client.UnknownGroup;
import dev.quicnprotochat.application.port.out.HistoryQuery;
import dev.quicnprotochat.application.testing.client.ClientHarness;
import dev.quicnprotochat.application.testing.client.ClientStateTestData;
import dev.quicnprotochat.application.testing.client.FakeGroupEngine;
import dev.quicnprotochat.domain.channel.ChannelId;
import dev.quicnprotochat.domain.client.Notepad;
import dev.quicnprotochat.domain.conversation.Conversation;
import dev.quicnprotochat.domain.conversation.ConversationId;
import dev.quicnprotochat.domain.conversation.ConversationKind;
import dev.quicnprotochat.domain.conversation.MessageBody;
import dev.quicnprotochat.domain.conversation.MessageDirection;
import dev.quicnprotochat.domain.identity.IdentityKey;
import dev.quicnprotochat.domain.identity.Username;
import dev.quicnprotochat.domain.keypackage.KeyPackageCount;
import dev.quicnprotochat.mls.codec.Bytes;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class KeyPackageAndSendServicesTest {

  private final ClientHarness alice = new ClientHarness();
  private final ReplenishKeyPackagesService replenish = new ReplenishKeyPackagesService(alice.server, alice.vault,
      alice.engine, alice.secrets);
  private final SendMessageService send = new SendMessageService(alice.server, alice.engine, alice.groups,
      alice.conversations, alice.clock);

  @Test
  void replenishBelowTheThresholdKeepsTheSecretsBeforePublishing() {
    when(alice.server.countKeyPackages()).thenReturn(new KeyPackageCount(2, true));
    AtomicInteger secretsWhenPublished = new AtomicInteger(-1);
    doAnswer(call -> {
      secretsWhenPublished.set(alice.secrets.refs().size());
      List<?> published = call.getArgument(0);
      return new KeyPackageCount(2 + published.size(), true);
    }).when(alice.server).publishKeyPackages(any(), any());

    ReplenishKeyPackagesResult result = replenish.replenish(new ReplenishKeyPackagesCommand(5, 10, false));

    assertEquals(new ReplenishKeyPackagesResult.Published(10, false, new KeyPackageCount(12, true)), result);
    assertEquals(10, secretsWhenPublished.get(), "every secret is stored before its package is published");
    verify(alice.server).publishKeyPackages(any(), eq(Optional.empty()));
  }

  @Test
  void replenishAtTheThresholdPublishesNothing() {
    when(alice.server.countKeyPackages()).thenReturn(new KeyPackageCount(5, true));

    assertEquals(new ReplenishKeyPackagesResult.Sufficient(new KeyPackageCount(5, true)),
        replenish.replenish(new ReplenishKeyPackagesCommand(5, 10, false)));
    verify(alice.server, never()).publishKeyPackages(any(), any());
    assertTrue(alice.secrets.refs().isEmpty());
  }

  @Test
  void aMissingLastResortPackageIsPublishedAlone() {
    when(alice.server.countKeyPackages()).thenReturn(new KeyPackageCount(8, false));
    when(alice.server.publishKeyPackages(eq(List.of()), any())).thenReturn(new KeyPackageCount(8, true));

    ReplenishKeyPackagesResult result = replenish.replenish(new ReplenishKeyPackagesCommand(5, 10, false));

    assertEquals(new ReplenishKeyPackagesResult.Published(0, true, new KeyPackageCount(8, true)), result);
    assertEquals(1, alice.secrets.refs().size());
    assertTrue(alice.secrets.take(alice.secrets.refs().getFirst()).orElseThrow().lastResort());
  }

  @Test
  void notepadMessagesAreStoredAndNeverSent() {
    SendMessageResult result = send.send(new SendMessageCommand(Notepad.ID, Username.of("alice"),
        new MessageBody("buy milk")));

    SendMessageResult.Noted noted = assertInstanceOf(SendMessageResult.Noted.class, result);
    assertEquals("buy milk", noted.message().body().text());
    assertEquals(ConversationKind.NOTEPAD, alice.conversations.find(Notepad.ID).orElseThrow().kind());
    assertEquals(1, alice.conversations.history(Notepad.ID, HistoryQuery.latest(5)).size());
    verifyNoInteractions(alice.server);
  }

  @Test
  void groupMessageIsEncryptedSentAndStoredAsOutgoing() {
    ChannelId group = ClientStateTestData.aGroupId();
    IdentityKey bob = ClientStateTestData.anIdentityKey();
    ConversationId conversation = ConversationId.of(group.value());
    alice.conversations.create(Conversation.start(conversation, ConversationKind.GROUP, "team", alice.clock.instant()));
    alice.groups.save(group, FakeGroupEngine.state(group, 3, alice.self(), List.of(alice.self(), bob)));
    Bytes expected = FakeGroupEngine.application(group, 3, alice.self(), "hi bob");
    AtomicInteger stateChangedBeforeSend = new AtomicInteger();
    var before = alice.groups.load(group).orElseThrow();
    doAnswer(call -> {
      stateChangedBeforeSend.set(alice.groups.load(group).orElseThrow().equals(before) ? 0 : 1);
      return 1;
    }).when(alice.server).sendToChannel(group, expected);

    SendMessageResult result = send.send(new SendMessageCommand(conversation, Username.of("alice"),
        new MessageBody("hi bob")));

    SendMessageResult.Sent sent = assertInstanceOf(SendMessageResult.Sent.class, result);
    assertEquals(1, sent.recipients());
    assertEquals(MessageDirection.OUTGOING, sent.message().direction());
    assertEquals("alice", sent.message().sender());
    assertEquals(1, stateChangedBeforeSend.get(), "the used generation is saved before the message leaves");
    assertEquals(1, alice.conversations.history(conversation, HistoryQuery.latest(5)).size());
  }

  @Test
  void sendingToAConversationWithoutGroupStateIsUnknownGroup() {
    ChannelId group = ClientStateTestData.aGroupId();
    ConversationId conversation = ConversationId.of(group.value());
    alice.conversations.create(Conversation.start(conversation, ConversationKind.GROUP, "old", alice.clock.instant()));

    assertEquals(new UnknownGroup(group), send.send(new SendMessageCommand(conversation, Username.of("alice"),
        new MessageBody("anyone?"))));
    verify(alice.server, never()).sendToChannel(any(), any());
  }

  @Test
  void sendingToAnUnknownConversationSaysSo() {
    ConversationId unknown = ConversationId.of(ClientStateTestData.aGroupId().value());

    assertInstanceOf(SendMessageResult.UnknownConversation.class,
        send.send(new SendMessageCommand(unknown, Username.of("alice"), new MessageBody("?"))));
  }
}
