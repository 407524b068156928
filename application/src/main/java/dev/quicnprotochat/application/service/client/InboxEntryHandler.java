package dev.quicnprotochat.application.service.client;

import dev.quicnprotochat.application.port.in.client.InboxEvent;
import dev.quicnprotochat.application.port.out.ConversationStore;
import dev.quicnprotochat.application.port.out.client.GroupEngine;
import dev.quicnprotochat.application.port.out.client.GroupStateStore;
import dev.quicnprotochat.application.port.out.client.IncomingOutcome;
import dev.quicnprotochat.application.port.out.client.JoinedGroup;
import dev.quicnprotochat.application.port.out.client.KeyPackageSecretStore;
import dev.quicnprotochat.domain.channel.ChannelId;
import dev.quicnprotochat.domain.clientstate.IdentityKeyPair;
import dev.quicnprotochat.domain.clientstate.KeyPackageSecret;
import dev.quicnprotochat.domain.clientstate.SerializedGroupState;
import dev.quicnprotochat.domain.conversation.Conversation;
import dev.quicnprotochat.domain.conversation.ConversationId;
import dev.quicnprotochat.domain.conversation.ConversationKind;
import dev.quicnprotochat.domain.conversation.Message;
import dev.quicnprotochat.domain.conversation.MessageBody;
import dev.quicnprotochat.domain.conversation.MessageDirection;
import dev.quicnprotochat.domain.conversation.NewMessage;
import dev.quicnprotochat.domain.inbox.InboxEntry;
import dev.quicnprotochat.domain.keypackage.KeyPackageRef;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/// Handles one inbox entry and returns only once its effect is durable: a Welcome joins (RFC 9420 §12.4.3.1), a
/// commit or proposal updates the group state, application data is stored as a message. The message is stored
/// before the state that consumed its generation, so a crash between the two repeats a message rather than losing
/// it.
@Singleton
public final class InboxEntryHandler {

  private final GroupEngine engine;
  private final GroupStateStore groups;
  private final KeyPackageSecretStore secrets;
  private final ConversationStore conversations;
  private final MemberNames names;
  private final Clock clock;

  @Inject
  public InboxEntryHandler(GroupEngine engine, GroupStateStore groups, KeyPackageSecretStore secrets,
                           ConversationStore conversations, MemberNames names, Clock clock) {
    this.engine = engine;
    this.groups = groups;
    this.secrets = secrets;
    this.conversations = conversations;
    this.names = names;
    this.clock = clock;
  }

  /// Throws `GroupEngineException` or `IllegalArgumentException` for input it cannot use (the caller reports the
  /// entry as skipped) and storage exceptions as they are.
  public InboxEvent handle(IdentityKeyPair identity, InboxEntry entry) {
    return switch (engine.classify(entry.payload())) {
      case WELCOME -> join(identity, entry);
      case GROUP_MESSAGE -> groupMessage(entry);
      case UNKNOWN -> skipped(entry, "not an MLS message this client can use");
    };
  }

  private InboxEvent join(IdentityKeyPair identity, InboxEntry entry) {
    if (groups.load(entry.channelId()).isPresent()) {
      return skipped(entry, "a Welcome for a group this client is in already");
    }
    Optional<KeyPackageSecret> secret = Optional.empty();
    for (KeyPackageRef ref : engine.welcomeRefs(entry.payload())) {
      secret = secrets.take(ref);
      if (secret.isPresent()) {
        break;
      }
    }
    if (secret.isEmpty()) {
      return skipped(entry, "a Welcome for a key package this client does not hold");
    }
    JoinedGroup joined = engine.join(entry.payload(), secret.get(), identity);
    if (!joined.groupId().equals(entry.channelId())) {
      return skipped(entry, "a Welcome whose group is not the channel it came on");
    }
    String inviter = entry.sender().map(names::of).orElse("an anonymous member");
    ConversationKind kind = entry.channelId().value().length() == ChannelId.DIRECT_LENGTH
        ? ConversationKind.DIRECT : ConversationKind.GROUP;
    // a group is titled as its creator named it (carried inside the encrypted group state); a direct chat, or a
    // title this client cannot show, after the inviter
    String title = kind == ConversationKind.GROUP ? joined.title().filter(InboxEntryHandler::showable).orElse(inviter)
        : inviter;
    Conversation conversation = conversation(entry.channelId(), kind, title);
    groups.save(joined.groupId(), joined.state());
    return new InboxEvent.JoinedGroup(entry.sequence(), joined.groupId(), inviter, conversation,
        joined.members().size());
  }

  private InboxEvent groupMessage(InboxEntry entry) {
    ChannelId channel = entry.channelId();
    Optional<SerializedGroupState> state = groups.load(channel);
    if (state.isEmpty()) {
      return skipped(entry, "a message for a group this client is not in");
    }
    return switch (engine.process(state.get(), entry.payload())) {
      case IncomingOutcome.Application app -> {
        String sender = names.of(app.sender());
        Conversation conversation = conversation(channel, ConversationKind.GROUP, "group " + channel.digest());
        Instant now = clock.instant();
        MessageBody body = new MessageBody(new String(app.plaintext().toByteArray(), StandardCharsets.UTF_8));
        Message stored = conversations.append(conversation.id(),
            new NewMessage(MessageDirection.INCOMING, sender, now, now, body)).orElseThrow(
                () -> new IllegalStateException("the conversation vanished while storing a message"));
        groups.save(channel, app.next());
        yield new InboxEvent.MessageReceived(entry.sequence(), stored);
      }
      case IncomingOutcome.CommitApplied commit -> {
        String committer = names.of(commit.committer());
        if (commit.selfRemoved()) {
          // the state is inactive (RFC 9420 §12.4.2); the conversation and its history stay
          groups.delete(channel);
          yield new InboxEvent.RemovedFromGroup(entry.sequence(), channel, committer);
        }
        groups.save(channel, commit.next());
        yield new InboxEvent.GroupChanged(entry.sequence(), channel, committer, commit.change(), commit.epoch());
      }
      case IncomingOutcome.ProposalStored proposal -> {
        groups.save(channel, proposal.next());
        yield new InboxEvent.ProposalReceived(entry.sequence(), channel);
      }
      case IncomingOutcome.Rejected rejected -> skipped(entry, rejected.reason());
    };
  }

  /// The conversation of `channel`, created with `title` when missing.
  private Conversation conversation(ChannelId channel, ConversationKind kind, String title) {
    ConversationId id = ConversationId.of(channel.value());
    Optional<Conversation> existing = conversations.find(id);
    if (existing.isPresent()) {
      return existing.get();
    }
    Conversation created = Conversation.start(id, kind, title, clock.instant());
    conversations.create(created);
    return conversations.find(id).orElse(created);
  }

  private static boolean showable(String title) {
    return !title.isBlank() && title.length() <= Conversation.MAX_TITLE_LENGTH
        && title.chars().noneMatch(Character::isISOControl);
  }

  private static InboxEvent skipped(InboxEntry entry, String reason) {
    return new InboxEvent.Skipped(entry.sequence(), entry.channelId(), reason);
  }
}
