package dev.quicnprotochat.application.service.client;

import dev.quicnprotochat.application.port.in.client.CreateGroupCommand;
import dev.quicnprotochat.application.port.in.client.CreateGroupResult;
import dev.quicnprotochat.application.port.in.client.CreateGroupUseCase;
import dev.quicnprotochat.application.port.in.client.NoIdentity;
import dev.quicnprotochat.application.port.in.client.ServerRefused;
import dev.quicnprotochat.application.port.in.client.ServerUnreachable;
import dev.quicnprotochat.application.port.out.ConversationStore;
import dev.quicnprotochat.application.port.out.client.GroupEngine;
import dev.quicnprotochat.application.port.out.client.GroupStateStore;
import dev.quicnprotochat.application.port.out.client.IdentityVault;
import dev.quicnprotochat.application.port.out.client.ServerCallException;
import dev.quicnprotochat.application.port.out.client.ServerChannelOpened;
import dev.quicnprotochat.application.port.out.client.ServerGateway;
import dev.quicnprotochat.application.port.out.client.ServerUnreachableException;
import dev.quicnprotochat.domain.clientstate.IdentityKeyPair;
import dev.quicnprotochat.domain.conversation.Conversation;
import dev.quicnprotochat.domain.conversation.ConversationId;
import dev.quicnprotochat.domain.conversation.ConversationKind;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.Optional;

/// Creates a group: the server's channel (whose id becomes the MLS group_id), the MLS group at epoch 0 (RFC 9420
/// §11) and the local conversation.
@Singleton
public final class CreateGroupService implements CreateGroupUseCase {

  private final ServerGateway server;
  private final IdentityVault vault;
  private final GroupEngine engine;
  private final GroupStateStore groups;
  private final ConversationStore conversations;
  private final Clock clock;

  @Inject
  public CreateGroupService(ServerGateway server, IdentityVault vault, GroupEngine engine, GroupStateStore groups,
                            ConversationStore conversations, Clock clock) {
    this.server = server;
    this.vault = vault;
    this.engine = engine;
    this.groups = groups;
    this.conversations = conversations;
    this.clock = clock;
  }

  @Override
  public CreateGroupResult createGroup(CreateGroupCommand command) {
    Optional<IdentityKeyPair> identity = vault.load();
    if (identity.isEmpty()) {
      return new NoIdentity();
    }
    ServerChannelOpened channel;
    try {
      channel = server.createChannel(Optional.empty());
    } catch (ServerCallException e) {
      return ServerRefused.of(e);
    } catch (ServerUnreachableException e) {
      return new ServerUnreachable(e.getMessage());
    }
    groups.save(channel.channelId(), engine.createGroup(channel.channelId(), identity.get(),
        Optional.of(command.title().strip())));
    Conversation conversation = Conversation.start(ConversationId.of(channel.channelId().value()),
        ConversationKind.GROUP, command.title().strip(), clock.instant());
    conversations.create(conversation);
    return new CreateGroupResult.GroupCreated(channel.channelId(), conversation);
  }
}
