package dev.quicnprotochat.adapter.cli.repl;

import dev.quicnprotochat.adapter.cli.session.ClientSession;
import dev.quicnprotochat.domain.conversation.Conversation;
import java.util.List;
import java.util.Set;
import org.jline.reader.Candidate;
import org.jline.reader.Completer;
import org.jline.reader.LineReader;
import org.jline.reader.ParsedLine;

/// Tab completion: slash commands first, then conversation titles after `/switch` and usernames (members of known
/// groups, contacts met so far) after `/dm`, `/invite` and `/remove`.
final class ReplCompleter implements Completer {
  private static final Set<String> TAKES_USERS = Set.of("/dm", "/invite", "/remove");

  private final ClientSession session;

  ReplCompleter(ClientSession session) {
    this.session = session;
  }

  @Override
  public void complete(LineReader reader, ParsedLine line, List<Candidate> candidates) {
    candidates.addAll(candidates(line.words(), line.wordIndex()).stream().map(Candidate::new).toList());
  }

  /// The completions of the word at `index`.
  List<String> candidates(List<String> words, int index) {
    if (index == 0) {
      return ReplHelp.COMMANDS;
    }
    String command = words.isEmpty() ? "" : words.getFirst();
    if (command.equals("/switch")) {
      return session.profile().listConversations().listConversations().stream().map(Conversation::title).toList();
    }
    if (TAKES_USERS.contains(command)) {
      return List.copyOf(session.knownUsers());
    }
    return List.of();
  }
}
