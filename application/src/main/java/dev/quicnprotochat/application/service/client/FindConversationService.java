package dev.quicnprotochat.application.service.client;

import dev.quicnprotochat.application.port.in.client.FindConversationCommand;
import dev.quicnprotochat.application.port.in.client.FindConversationResult;
import dev.quicnprotochat.application.port.in.client.FindConversationUseCase;
import dev.quicnprotochat.application.port.out.ConversationStore;
import dev.quicnprotochat.domain.conversation.Conversation;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/// Finds a conversation by what the user typed, trying in order: the exact title (case-insensitive), a title
/// prefix, an id prefix of at least [#MIN_ID_PREFIX] hex digits. The first rule that matches anything decides: one
/// match is `Found`, several are `Ambiguous` (a later rule is not consulted, so a title never loses to an id).
@Singleton
public final class FindConversationService implements FindConversationUseCase {

  /// Shorter id prefixes would match too often by chance (4 hex digits: 1 in 65536).
  public static final int MIN_ID_PREFIX = 4;

  private static final Pattern HEX = Pattern.compile("[0-9a-fA-F]+");

  private final ConversationStore conversations;

  @Inject
  public FindConversationService(ConversationStore conversations) {
    this.conversations = conversations;
  }

  @Override
  public FindConversationResult findConversation(FindConversationCommand command) {
    String query = command.query().strip();
    String lower = query.toLowerCase(Locale.ROOT);
    List<Conversation> all = conversations.list();
    List<Predicate<Conversation>> rules = List.of(
        c -> c.title().toLowerCase(Locale.ROOT).equals(lower),
        c -> c.title().toLowerCase(Locale.ROOT).startsWith(lower),
        c -> query.length() >= MIN_ID_PREFIX && HEX.matcher(query).matches()
            && c.id().value().toHex().startsWith(lower));
    for (Predicate<Conversation> rule : rules) {
      List<Conversation> matches = all.stream().filter(rule).toList();
      if (matches.size() == 1) {
        return new FindConversationResult.Found(matches.getFirst());
      }
      if (matches.size() > 1) {
        return new FindConversationResult.Ambiguous(command.query(), matches);
      }
    }
    return new FindConversationResult.NotFound(command.query());
  }
}
