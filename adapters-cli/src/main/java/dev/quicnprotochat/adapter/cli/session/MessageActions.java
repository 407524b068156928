package dev.quicnprotochat.adapter.cli.session;

import dev.quicnprotochat.adapter.cli.display.EventLines;
import dev.quicnprotochat.adapter.cli.display.Failures;
import dev.quicnprotochat.adapter.cli.display.Outcome;
import dev.quicnprotochat.adapter.cli.display.Text;
import dev.quicnprotochat.application.port.in.client.InboxEvent;
import dev.quicnprotochat.application.port.in.client.NoIdentity;
import dev.quicnprotochat.application.port.in.client.ProcessInboxCommand;
import dev.quicnprotochat.application.port.in.client.ProcessInboxResult;
import dev.quicnprotochat.application.port.in.client.SendMessageCommand;
import dev.quicnprotochat.application.port.in.client.SendMessageResult;
import dev.quicnprotochat.application.port.in.client.ServerRefused;
import dev.quicnprotochat.application.port.in.client.ServerUnreachable;
import dev.quicnprotochat.application.port.in.client.ShowHistoryCommand;
import dev.quicnprotochat.application.port.in.client.ShowHistoryResult;
import dev.quicnprotochat.application.port.in.client.UnknownGroup;
import dev.quicnprotochat.domain.conversation.Conversation;
import dev.quicnprotochat.domain.conversation.ConversationKind;
import dev.quicnprotochat.domain.conversation.Message;
import dev.quicnprotochat.domain.conversation.MessageBody;
import java.util.List;
import java.util.Locale;

/// send, history, list and processing the inbox once (join, recv).
public final class MessageActions {
  public static final int DEFAULT_HISTORY = 20;
  private static final int INBOX_PAGE = 100;

  private final ClientSession session;

  public MessageActions(ClientSession session) {
    this.session = session;
  }

  /// Sends `text`; prints nothing when it was sent, `* noted in notepad` for the notepad.
  public void send(Conversation conversation, String text) {
    Outcome outcome = sendOne(conversation, text);
    if (outcome.failure()) {
      throw new CliFailure(outcome.text());
    }
    if (!outcome.text().isEmpty()) {
      session.display().line(outcome.text());
    }
  }

  /// Sends `text` to every group and direct chat (not the notepad); each failure is printed with its title.
  public void sendToAll(String text) {
    boolean failed = false;
    int sent = 0;
    for (Conversation conversation : session.profile().listConversations().listConversations()) {
      if (conversation.kind() == ConversationKind.NOTEPAD) {
        continue;
      }
      Outcome outcome = sendOne(conversation, text);
      if (outcome.failure()) {
        session.display().error("[" + Text.title(conversation) + "] " + outcome.text());
        failed = true;
      } else {
        sent++;
      }
    }
    if (failed) {
      throw CliFailure.alreadyReported();
    }
    if (sent == 0) {
      throw new CliFailure("no conversation to send to: create a group or open a direct chat first");
    }
  }

  private Outcome sendOne(Conversation conversation, String text) {
    MessageBody body;
    try {
      body = new MessageBody(text);
    } catch (IllegalArgumentException e) {
      throw CliFailure.usage(e.getMessage());
    }
    if (text.isBlank()) {
      throw CliFailure.usage("nothing to send: the message is empty");
    }
    var command = new SendMessageCommand(conversation.id(), session.self(), body);
    return switch (session.profile().sendMessage().send(command)) {
      case SendMessageResult.Sent sent -> Outcome.ok("");
      case SendMessageResult.Noted noted -> Outcome.ok("* noted in notepad (never sent)");
      case SendMessageResult.UnknownConversation r -> Outcome.error("unknown conversation "
          + Text.title(conversation));
      case UnknownGroup r -> Outcome.error("not a member of " + Text.title(conversation) + " (left or removed)");
      case ServerRefused r -> Outcome.error(Failures.refused(r));
      case ServerUnreachable r -> Outcome.error(Failures.unreachable(r));
    };
  }

  /// The latest `limit` messages, oldest first, each as `[title] sender: text`.
  public void history(Conversation conversation, int limit) {
    if (limit < 1 || limit > ShowHistoryCommand.MAX_LIMIT) {
      throw CliFailure.usage("history shows 1 to " + ShowHistoryCommand.MAX_LIMIT + " messages");
    }
    var command = new ShowHistoryCommand(conversation.id(), limit);
    switch (session.profile().showHistory().showHistory(command)) {
      case ShowHistoryResult.History history -> {
        if (history.messages().isEmpty()) {
          session.display().line("* no messages in " + Text.title(history.conversation()));
        }
        for (Message message : history.messages()) {
          session.display().line(EventLines.message(message, session));
        }
      }
      case ShowHistoryResult.UnknownConversation r -> throw new CliFailure("unknown conversation "
          + Text.title(conversation));
    }
  }

  /// One `  - title (kind, id)` line per conversation, oldest first.
  public void list() {
    List<Conversation> conversations = session.profile().listConversations().listConversations();
    if (conversations.isEmpty()) {
      session.display().line("* no conversations yet: create-group TITLE, or dm USER");
    }
    for (Conversation c : conversations) {
      session.display().line("  - " + Text.title(c) + " (" + c.kind().name().toLowerCase(Locale.ROOT) + ", "
          + Text.shortId(c.id().value()) + ")");
    }
  }

  /// Processes the inbox now: joins pending Welcomes, stores messages, and prints a line for each; returns the
  /// events (the REPL switches to a direct chat that was joined).
  public List<InboxEvent> processInbox() {
    return switch (session.profile().processInbox().processInbox(new ProcessInboxCommand(INBOX_PAGE))) {
      case ProcessInboxResult.Processed processed -> {
        print(processed);
        yield processed.events();
      }
      case NoIdentity r -> throw new CliFailure(Failures.noIdentity(r));
      case ServerRefused r -> throw new CliFailure(Failures.refused(r));
      case ServerUnreachable r -> throw new CliFailure(Failures.unreachable(r));
    };
  }

  /// Prints what one drain did (also used for the watch's drains).
  public void print(ProcessInboxResult.Processed processed) {
    for (InboxEvent event : processed.events()) {
      if (event instanceof InboxEvent.MessageReceived received) {
        session.rememberUser(received.message().sender());
      } else if (event instanceof InboxEvent.JoinedGroup joined) {
        session.rememberUser(joined.inviter());
      }
    }
    for (Outcome line : EventLines.of(processed, session)) {
      if (line.failure()) {
        session.display().error(line.text());
      } else {
        session.display().line(line.text());
      }
    }
  }
}
