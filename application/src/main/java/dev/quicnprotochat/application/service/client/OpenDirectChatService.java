package dev.quicnprotochat.application.service.client;

import dev.quicnprotochat.application.port.in.client.GroupCommitResult;
import dev.quicnprotochat.application.port.in.client.InviteCommand;
import dev.quicnprotochat.application.port.in.client.InviteUseCase;
import dev.quicnprotochat.application.port.in.client.NoIdentity;
import dev.quicnprotochat.application.port.in.client.OpenDirectChatCommand;
import dev.quicnprotochat.application.port.in.client.OpenDirectChatResult;
import dev.quicnprotochat.application.port.in.client.OpenDirectChatUseCase;
import dev.quicnprotochat.application.port.in.client.ServerRefused;
import dev.quicnprotochat.application.port.in.client.ServerUnreachable;
import dev.quicnprotochat.application.port.out.ConversationStore;
import dev.quicnprotochat.application.port.out.client.GroupEngine;
import dev.quicnprotochat.application.port.out.client.GroupStateStore;
import dev.quicnprotochat.application.port.out.client.IdentityVault;
import dev.quicnprotochat.application.port.out.client.ServerCallException;
import dev.quicnprotochat.application.port.out.client.ServerChannelOpened;
import dev.quicnprotochat.application.port.out.client.ServerErrorCode;
import dev.quicnprotochat.application.port.out.client.ServerGateway;
import dev.quicnprotochat.application.port.out.client.ServerUnreachableException;
import dev.quicnprotochat.domain.channel.Channel;
import dev.quicnprotochat.domain.channel.ChannelId;
import dev.quicnprotochat.domain.channel.Epoch;
import dev.quicnprotochat.domain.client.Notepad;
import dev.quicnprotochat.domain.clientstate.IdentityKeyPair;
import dev.quicnprotochat.domain.conversation.Conversation;
import dev.quicnprotochat.domain.conversation.ConversationId;
import dev.quicnprotochat.domain.conversation.ConversationKind;
import dev.quicnprotochat.domain.identity.IdentityKey;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.Optional;
import java.util.Set;

/// The `dm` flow: a DM with oneself is the notepad; otherwise the server's direct channel (created by whoever opens
/// it first). The opener creates the MLS group and invites the peer (the peer joins from the Welcome); the other
/// side drains its inbox to join. Calling it again resumes where it stopped (e.g. the peer had no key package).
@Singleton
public final class OpenDirectChatService implements OpenDirectChatUseCase {

  private final ServerGateway server;
  private final IdentityVault vault;
  private final GroupEngine engine;
  private final GroupStateStore groups;
  private final ConversationStore conversations;
  private final InviteUseCase invite;
  private final InboxProcessor inbox;
  private final Clock clock;

  @Inject
  public OpenDirectChatService(ServerGateway server, IdentityVault vault, GroupEngine engine, GroupStateStore groups,
                               ConversationStore conversations, InviteUseCase invite, InboxProcessor inbox,
                               Clock clock) {
    this.server = server;
    this.vault = vault;
    this.engine = engine;
    this.groups = groups;
    this.conversations = conversations;
    this.invite = invite;
    this.inbox = inbox;
    this.clock = clock;
  }

  @Override
  public OpenDirectChatResult openDirectChat(OpenDirectChatCommand command) {
    if (command.peer().equals(command.self())) {
      Conversation notepad = conversations.find(Notepad.ID).orElseGet(() -> {
        conversations.create(Notepad.start(clock.instant()));
        return conversations.find(Notepad.ID).orElseThrow();
      });
      return new OpenDirectChatResult.NotepadOpened(notepad);
    }
    Optional<IdentityKeyPair> identity = vault.load();
    if (identity.isEmpty()) {
      return new NoIdentity();
    }
    try {
      IdentityKey peer = server.resolveUser(command.peer());
      ServerChannelOpened channel = server.openDirectChannel(peer, Optional.empty());
      ChannelId id = channel.channelId();
      if (groups.load(id).isEmpty()) {
        if (!channel.created() && !openedByMe(id, identity.get())) {
          // the peer opened it first: its Welcome may be waiting in the inbox
          inbox.drain(identity.get(), CommitRunner.DRAIN_LIMIT);
          if (groups.load(id).isEmpty()) {
            return new OpenDirectChatResult.AwaitingWelcome(id);
          }
          return new OpenDirectChatResult.Ready(id, conversation(id, command));
        }
        groups.save(id, engine.createGroup(id, identity.get(), Optional.empty()));
      }
      Conversation conversation = conversation(id, command);
      if (engine.members(groups.load(id).orElseThrow()).contains(peer)) {
        return new OpenDirectChatResult.Ready(id, conversation);
      }
      return switch (invite.invite(new InviteCommand(id, command.peer()))) {
        case GroupCommitResult.Committed committed -> new OpenDirectChatResult.Ready(id, conversation);
        case GroupCommitResult.AlreadyMember member -> new OpenDirectChatResult.Ready(id, conversation);
        case ServerRefused refused -> refused;
        case ServerUnreachable unreachable -> unreachable;
        case GroupCommitResult other -> new OpenDirectChatResult.PeerNotAdded(other);
      };
    } catch (ServerCallException e) {
      return e.code() == ServerErrorCode.UNKNOWN_USER
          ? new OpenDirectChatResult.PeerNotAdded(new GroupCommitResult.UnknownUser(command.peer()))
          : ServerRefused.of(e);
    } catch (ServerUnreachableException e) {
      return new ServerUnreachable(e.getMessage());
    }
  }

  /// True when this client opened the channel earlier but stopped before its group was saved: the server then has
  /// it as the only member at epoch 0, and nobody else will ever send a Welcome.
  private boolean openedByMe(ChannelId id, IdentityKeyPair identity) {
    try {
      Channel described = server.describeChannel(id);
      return described.epoch().equals(Epoch.ZERO) && described.members().equals(Set.of(identity.publicKey()));
    } catch (ServerCallException e) {
      if (e.code() == ServerErrorCode.NOT_A_MEMBER) {
        return false;
      }
      throw e;
    }
  }

  private Conversation conversation(ChannelId channel, OpenDirectChatCommand command) {
    ConversationId id = ConversationId.of(channel.value());
    Optional<Conversation> existing = conversations.find(id);
    if (existing.isPresent()) {
      return existing.get();
    }
    conversations.create(Conversation.start(id, ConversationKind.DIRECT, command.peer().value(), clock.instant()));
    return conversations.find(id).orElseThrow();
  }
}
