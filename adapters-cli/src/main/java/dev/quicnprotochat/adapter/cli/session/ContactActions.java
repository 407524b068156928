package dev.quicnprotochat.adapter.cli.session;

import dev.quicnprotochat.adapter.cli.display.CommitLines;
import dev.quicnprotochat.adapter.cli.display.Failures;
import dev.quicnprotochat.adapter.cli.display.Text;
import dev.quicnprotochat.application.port.in.client.NoIdentity;
import dev.quicnprotochat.application.port.in.client.OpenDirectChatCommand;
import dev.quicnprotochat.application.port.in.client.OpenDirectChatResult;
import dev.quicnprotochat.application.port.in.client.ResolveContactCommand;
import dev.quicnprotochat.application.port.in.client.ResolveContactResult;
import dev.quicnprotochat.application.port.in.client.ServerRefused;
import dev.quicnprotochat.application.port.in.client.ServerUnreachable;
import dev.quicnprotochat.domain.conversation.Conversation;
import dev.quicnprotochat.domain.identity.Username;
import java.util.Optional;

/// resolve and dm: looking a user up, and opening the direct chat with them (or the notepad, with oneself).
public final class ContactActions {
  private final ClientSession session;

  public ContactActions(ClientSession session) {
    this.session = session;
  }

  public void resolve(String user) {
    Username username = ClientSession.username(user);
    switch (session.profile().resolveContact().resolveContact(new ResolveContactCommand(username))) {
      case ResolveContactResult.Resolved r -> {
        session.rememberUser(r.username().value());
        session.display().line(r.username() + ": identity key " + r.identityKey().fingerprint()
            + (r.firstSeen() ? " (first seen, recorded now)" : " (matches the recorded key)"));
      }
      case ResolveContactResult.KeyChanged r -> throw new CliFailure(r.username() + "'s identity key changed: "
          + "recorded " + r.recorded().fingerprint() + ", server now says " + r.seen().fingerprint()
          + "; compare fingerprints with them before trusting it");
      case ResolveContactResult.NotRegistered r -> throw new CliFailure("unknown user " + r.username());
      case ServerRefused r -> throw new CliFailure(Failures.refused(r));
      case ServerUnreachable r -> throw new CliFailure(Failures.unreachable(r));
    }
  }

  /// Opens the direct chat with `user` and returns its conversation; empty while the peer's invitation is on
  /// its way (it is joined automatically when it arrives).
  public Optional<Conversation> openDirectChat(String user) {
    Username peer = ClientSession.username(user);
    session.rememberUser(peer.value());
    var command = new OpenDirectChatCommand(session.self(), peer);
    return switch (session.profile().openDirectChat().openDirectChat(command)) {
      case OpenDirectChatResult.Ready ready -> {
        session.display().line("* direct chat with " + peer + " is ready (" + Text.title(ready.conversation())
            + ")");
        yield Optional.of(ready.conversation());
      }
      case OpenDirectChatResult.NotepadOpened notepad -> {
        session.display().line("* notepad: messages to yourself are stored here and never sent");
        yield Optional.of(notepad.conversation());
      }
      case OpenDirectChatResult.AwaitingWelcome awaiting -> {
        session.display().line("* " + peer + " opened this chat first: waiting for their invitation");
        yield Optional.empty();
      }
      case OpenDirectChatResult.PeerNotAdded notAdded -> throw new CliFailure("could not add " + peer
          + " to the direct chat: " + CommitLines.of(notAdded.why(), session, c -> "added").text()
          + " (run dm again to retry)");
      case NoIdentity r -> throw new CliFailure(Failures.noIdentity(r));
      case ServerRefused r -> throw new CliFailure(Failures.refused(r));
      case ServerUnreachable r -> throw new CliFailure(Failures.unreachable(r));
    };
  }
}
