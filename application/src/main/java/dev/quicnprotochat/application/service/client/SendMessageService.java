package dev.quicnprotochat.application.service.client;

import dev.quicnprotochat.application.port.in.client.SendMessageCommand;
import dev.quicnprotochat.application.port.in.client.SendMessageResult;
import dev.quicnprotochat.application.port.in.client.SendMessageUseCase;
import dev.quicnprotochat.application.port.in.client.ServerRefused;
import dev.quicnprotochat.application.port.in.client.ServerUnreachable;
import dev.quicnprotochat.application.port.in.client.UnknownGroup;
import dev.quicnprotochat.application.port.out.ConversationStore;
import dev.quicnprotochat.application.port.out.client.EncryptedMessage;
import dev.quicnprotochat.application.port.out.client.GroupEngine;
import dev.quicnprotochat.application.port.out.client.GroupStateStore;
import dev.quicnprotochat.application.port.out.client.ServerCallException;
import dev.quicnprotochat.application.port.out.client.ServerGateway;
import dev.quicnprotochat.application.port.out.client.ServerUnreachableException;
import dev.quicnprotochat.domain.channel.ChannelId;
import dev.quicnprotochat.domain.client.Notepad;
import dev.quicnprotochat.domain.clientstate.SerializedGroupState;
import dev.quicnprotochat.domain.conversation.Conversation;
import dev.quicnprotochat.domain.conversation.ConversationKind;
import dev.quicnprotochat.domain.conversation.Message;
import dev.quicnprotochat.domain.conversation.MessageDirection;
import dev.quicnprotochat.domain.conversation.NewMessage;
import dev.quicnprotochat.mls.codec.Bytes;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/// Sending: encrypt (RFC 9420 §6.3), save the state that used the generation, send, store as sent. To the notepad
/// (created on first use) the text is only stored (DESIGN.md §5).
@Singleton
public final class SendMessageService implements SendMessageUseCase {

  private final ServerGateway server;
  private final GroupEngine engine;
  private final GroupStateStore groups;
  private final ConversationStore conversations;
  private final Clock clock;

  @Inject
  public SendMessageService(ServerGateway server, GroupEngine engine, GroupStateStore groups,
                            ConversationStore conversations, Clock clock) {
    this.server = server;
    this.engine = engine;
    this.groups = groups;
    this.conversations = conversations;
    this.clock = clock;
  }

  @Override
  public SendMessageResult send(SendMessageCommand command) {
    Instant now = clock.instant();
    NewMessage outgoing = new NewMessage(MessageDirection.OUTGOING, command.self().value(), now, now, command.body());
    if (command.conversation().equals(Notepad.ID)) {
      if (conversations.find(Notepad.ID).isEmpty()) {
        conversations.create(Notepad.start(now));
      }
      return new SendMessageResult.Noted(store(command, outgoing));
    }
    Optional<Conversation> conversation = conversations.find(command.conversation());
    if (conversation.isEmpty() || conversation.get().kind() == ConversationKind.NOTEPAD) {
      return new SendMessageResult.UnknownConversation(command.conversation());
    }
    ChannelId channel = new ChannelId(command.conversation().value());
    Optional<SerializedGroupState> state = groups.load(channel);
    if (state.isEmpty()) {
      return new UnknownGroup(channel);
    }
    EncryptedMessage encrypted = engine.encrypt(state.get(),
        Bytes.wrap(command.body().text().getBytes(StandardCharsets.UTF_8)));
    // saved before sending: a crash after sending must not let the same generation (and nonce) be used again
    groups.save(channel, encrypted.next());
    int recipients;
    try {
      recipients = server.sendToChannel(channel, encrypted.message());
    } catch (ServerCallException e) {
      return ServerRefused.of(e);
    } catch (ServerUnreachableException e) {
      return new ServerUnreachable(e.getMessage());
    }
    return new SendMessageResult.Sent(store(command, outgoing), recipients);
  }

  private Message store(SendMessageCommand command, NewMessage message) {
    return conversations.append(command.conversation(), message).orElseThrow(
        () -> new IllegalStateException("the conversation vanished while storing a message"));
  }
}
