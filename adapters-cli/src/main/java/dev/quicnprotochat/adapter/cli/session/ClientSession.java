package dev.quicnprotochat.adapter.cli.session;

import dev.quicnprotochat.adapter.cli.ClientProfile;
import dev.quicnprotochat.adapter.cli.display.Display;
import dev.quicnprotochat.adapter.cli.display.Names;
import dev.quicnprotochat.adapter.cli.display.Text;
import dev.quicnprotochat.application.port.in.client.AccountPasswordSource;
import dev.quicnprotochat.application.port.in.client.FindConversationCommand;
import dev.quicnprotochat.application.port.in.client.FindConversationResult;
import dev.quicnprotochat.application.port.in.client.ListMembersCommand;
import dev.quicnprotochat.application.port.in.client.ListMembersResult;
import dev.quicnprotochat.domain.channel.ChannelId;
import dev.quicnprotochat.domain.conversation.Conversation;
import dev.quicnprotochat.domain.conversation.ConversationId;
import dev.quicnprotochat.domain.conversation.ConversationKind;
import dev.quicnprotochat.domain.identity.IdentityKey;
import dev.quicnprotochat.domain.identity.Username;
import dev.quicnprotochat.adapter.cli.ProfileOptions;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/// One opened profile as the commands and the REPL use it: the use cases, where output goes, and the names seen so
/// far (for printing membership changes and for completion). Safe from any thread, but never call it from the
/// profile's worker thread (an inbox watch listener): its lookups are use cases that run on that thread.
public final class ClientSession implements Names {
  private final ClientProfile profile;
  private final AccountPasswordSource passwords;
  private final Display display;
  private final Map<IdentityKey, String> memberNames = new ConcurrentHashMap<>();
  private final Set<String> usernames = ConcurrentHashMap.newKeySet();

  public ClientSession(ClientProfile profile, AccountPasswordSource passwords, Display display) {
    this.profile = Objects.requireNonNull(profile, "profile");
    this.passwords = Objects.requireNonNull(passwords, "passwords");
    this.display = Objects.requireNonNull(display, "display");
  }

  public ClientProfile profile() {
    return profile;
  }

  public ProfileOptions options() {
    return profile.options();
  }

  public Username self() {
    return profile.options().username();
  }

  public AccountPasswordSource passwords() {
    return passwords;
  }

  public Display display() {
    return display;
  }

  /// A username as typed; a malformed one is a usage failure.
  public static Username username(String typed) {
    try {
      return Username.of(typed.strip());
    } catch (IllegalArgumentException e) {
      throw CliFailure.usage("'" + Text.clean(typed) + "' is not a username: " + e.getMessage());
    }
  }

  /// The conversation the user means (title, title prefix, id prefix).
  public Conversation find(String query) {
    if (query == null || query.isBlank()) {
      throw CliFailure.usage("name a conversation (its title or id)");
    }
    return switch (profile.findConversation().findConversation(new FindConversationCommand(query.strip()))) {
      case FindConversationResult.Found found -> found.conversation();
      case FindConversationResult.NotFound notFound ->
          throw new CliFailure("unknown conversation '" + Text.clean(notFound.query()) + "' (see 'list')");
      case FindConversationResult.Ambiguous ambiguous -> throw new CliFailure("'" + Text.clean(ambiguous.query())
          + "' matches several conversations: " + ambiguous.candidates().stream()
          .map(c -> Text.title(c) + " (" + Text.shortId(c.id().value()) + ")").collect(Collectors.joining(", ")));
    };
  }

  /// The group behind a conversation; the notepad has none.
  public static ChannelId group(Conversation conversation) {
    if (conversation.kind() == ConversationKind.NOTEPAD) {
      throw new CliFailure("the notepad is not a group: it has no members and nothing is sent");
    }
    return new ChannelId(conversation.id().value());
  }

  /// Records a username the user has met (for completion).
  public void rememberUser(String name) {
    usernames.add(name);
  }

  /// Every username met so far: members of known groups, resolved contacts, senders, sorted.
  public Set<String> knownUsers() {
    return new TreeSet<>(usernames);
  }

  /// The members of `group`, remembered for later names.
  public ListMembersResult members(ChannelId group) {
    ListMembersResult result = profile.listMembers().listMembers(new ListMembersCommand(group));
    if (result instanceof ListMembersResult.Members members) {
      for (ListMembersResult.Member member : members.members()) {
        if (!member.self()) {
          memberNames.put(member.identityKey(), member.name());
          usernames.add(member.name());
        }
      }
    }
    return result;
  }

  @Override
  public String title(ConversationId conversation) {
    return profile.listConversations().listConversations().stream()
        .filter(c -> c.id().equals(conversation)).findFirst().map(Text::title)
        .orElseGet(() -> Text.shortId(conversation.value()));
  }

  @Override
  public String member(ChannelId group, IdentityKey key) {
    String known = memberNames.get(key);
    if (known == null) {
      members(group);
      known = memberNames.get(key);
    }
    return known != null ? Text.clean(known) : "unknown member " + key.fingerprint();
  }
}
