package dev.quicnprotochat.adapter.cli.repl;

import dev.quicnprotochat.adapter.cli.command.Boundary;
import dev.quicnprotochat.adapter.cli.display.Text;
import dev.quicnprotochat.adapter.cli.session.AccountActions;
import dev.quicnprotochat.adapter.cli.session.CliFailure;
import dev.quicnprotochat.adapter.cli.session.ClientSession;
import dev.quicnprotochat.adapter.cli.session.ContactActions;
import dev.quicnprotochat.adapter.cli.session.GroupActions;
import dev.quicnprotochat.adapter.cli.session.MessageActions;
import dev.quicnprotochat.application.port.in.client.InboxEvent;
import dev.quicnprotochat.application.port.in.client.ProcessInboxResult;
import dev.quicnprotochat.domain.conversation.Conversation;
import dev.quicnprotochat.domain.conversation.ConversationKind;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/// The REPL's command interpreter, the same for the terminal and for stdin: a line starting with `/` is a command,
/// any other line is sent to the current conversation. Failures print one `error:` line; the REPL keeps running.
public final class Repl {
  private final ClientSession session;
  private final AccountActions account;
  private final ContactActions contacts;
  private final GroupActions groups;
  private final MessageActions messages;
  private volatile Conversation current;
  private volatile String awaitedPeer;

  public Repl(ClientSession session) {
    this.session = session;
    this.account = new AccountActions(session);
    this.contacts = new ContactActions(session);
    this.groups = new GroupActions(session);
    this.messages = new MessageActions(session);
  }

  public Optional<Conversation> current() {
    return Optional.ofNullable(current);
  }

  /// Starts in `conversation` (`chat USER`).
  public void focus(Conversation conversation) {
    current = conversation;
  }

  /// Switches to the direct chat with `peer` as soon as its invitation is joined (`chat USER` before the peer's
  /// Welcome arrived).
  public void awaitDirectChat(String peer) {
    awaitedPeer = peer;
  }

  /// Handles one line; false when the user asked to quit.
  public boolean handle(String input) {
    String line = input.strip();
    if (line.isEmpty()) {
      return true;
    }
    try {
      return line.startsWith("/") ? command(line) : send(line);
    } catch (Exception e) {
      Boundary.describe(e).ifPresent(session.display()::error);
      return true;
    }
  }

  private boolean send(String text) {
    messages.send(requireCurrent(), text);
    return true;
  }

  private boolean command(String line) {
    int space = line.indexOf(' ');
    String name = space < 0 ? line : line.substring(0, space);
    String rest = space < 0 ? "" : line.substring(space + 1).strip();
    List<String> words = rest.isEmpty() ? List.of() : Arrays.asList(rest.split("\\s+"));
    switch (name) {
      case "/quit", "/exit" -> {
        return false;
      }
      case "/help" -> ReplHelp.lines().forEach(session.display()::line);
      case "/dm" -> directChat(one(words, "/dm USER"));
      case "/group" -> focus(groups.createGroup(required(rest, "/group TITLE")));
      case "/invite" -> groups.invite(requireCurrent(), words);
      case "/remove" -> groups.remove(requireCurrent(), one(words, "/remove USER"));
      case "/leave" -> {
        groups.leave(requireCurrent());
        current = null;
      }
      case "/update" -> groups.update(requireCurrent());
      case "/join" -> join();
      case "/switch" -> switchTo(session.find(required(rest, "/switch CONV")));
      case "/list" -> messages.list();
      case "/members" -> groups.members(requireCurrent());
      case "/history" -> messages.history(requireCurrent(), words.isEmpty() ? MessageActions.DEFAULT_HISTORY
          : number(one(words, "/history [N]")));
      case "/whoami" -> account.whoAmI();
      default -> throw CliFailure.usage("unknown command " + Text.clean(name) + " (see /help)");
    }
    return true;
  }

  private void directChat(String user) {
    contacts.openDirectChat(user).ifPresentOrElse(this::focus,
        () -> awaitDirectChat(ClientSession.username(user).value()));
  }

  private void join() {
    List<InboxEvent> events = messages.processInbox();
    if (events.stream().noneMatch(InboxEvent.JoinedGroup.class::isInstance)) {
      session.display().line("* no pending invitations");
    }
    afterDrain(events);
  }

  /// Called after the watch's drains were printed: follows a joined direct chat that `chat USER` waits for.
  public void afterDrain(ProcessInboxResult.Processed processed) {
    afterDrain(processed.events());
  }

  private void afterDrain(List<InboxEvent> events) {
    String peer = awaitedPeer;
    if (peer == null) {
      return;
    }
    for (InboxEvent event : events) {
      if (event instanceof InboxEvent.JoinedGroup joined && joined.inviter().equals(peer)
          && joined.conversation().kind() == ConversationKind.DIRECT) {
        awaitedPeer = null;
        if (current == null) {
          switchTo(joined.conversation());
        }
      }
    }
  }

  /// Switches and says so (`/switch`, a direct chat joined while `chat USER` waited for it); `/group` and `/dm`
  /// switch silently, their own line says where the user is.
  private void switchTo(Conversation conversation) {
    current = conversation;
    session.display().line("* now in " + Text.title(conversation));
  }

  private Conversation requireCurrent() {
    Conversation conversation = current;
    if (conversation == null) {
      throw new CliFailure("no conversation selected: /switch CONV, /group TITLE or /dm USER first");
    }
    return conversation;
  }

  private static String required(String rest, String usage) {
    if (rest.isEmpty()) {
      throw CliFailure.usage("usage: " + usage);
    }
    return rest;
  }

  private static String one(List<String> words, String usage) {
    if (words.size() != 1) {
      throw CliFailure.usage("usage: " + usage);
    }
    return words.getFirst();
  }

  private static int number(String text) {
    try {
      return Integer.parseInt(text);
    } catch (NumberFormatException e) {
      throw CliFailure.usage("usage: /history [N], N a number of messages");
    }
  }
}
