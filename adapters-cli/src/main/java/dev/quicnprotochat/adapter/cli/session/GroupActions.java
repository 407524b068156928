package dev.quicnprotochat.adapter.cli.session;

import dev.quicnprotochat.adapter.cli.display.CommitLines;
import dev.quicnprotochat.adapter.cli.display.Failures;
import dev.quicnprotochat.adapter.cli.display.Outcome;
import dev.quicnprotochat.adapter.cli.display.Text;
import dev.quicnprotochat.application.port.in.client.CreateGroupCommand;
import dev.quicnprotochat.application.port.in.client.CreateGroupResult;
import dev.quicnprotochat.application.port.in.client.GroupCommitResult;
import dev.quicnprotochat.application.port.in.client.InviteCommand;
import dev.quicnprotochat.application.port.in.client.LeaveGroupCommand;
import dev.quicnprotochat.application.port.in.client.LeaveGroupResult;
import dev.quicnprotochat.application.port.in.client.ListMembersResult;
import dev.quicnprotochat.application.port.in.client.NoIdentity;
import dev.quicnprotochat.application.port.in.client.RemoveMemberCommand;
import dev.quicnprotochat.application.port.in.client.ServerRefused;
import dev.quicnprotochat.application.port.in.client.ServerUnreachable;
import dev.quicnprotochat.application.port.in.client.UnknownGroup;
import dev.quicnprotochat.application.port.in.client.UpdateKeysCommand;
import dev.quicnprotochat.domain.channel.ChannelId;
import dev.quicnprotochat.domain.conversation.Conversation;
import dev.quicnprotochat.domain.identity.Username;
import java.util.List;

/// create-group, invite, remove, leave, update and members: each prints one line per outcome.
public final class GroupActions {
  private final ClientSession session;

  public GroupActions(ClientSession session) {
    this.session = session;
  }

  public Conversation createGroup(String title) {
    CreateGroupCommand command;
    try {
      command = new CreateGroupCommand(title.strip());
    } catch (IllegalArgumentException e) {
      throw CliFailure.usage(e.getMessage());
    }
    return switch (session.profile().createGroup().createGroup(command)) {
      case CreateGroupResult.GroupCreated created -> {
        session.display().line("* created group " + Text.title(created.conversation()));
        yield created.conversation();
      }
      case NoIdentity r -> throw new CliFailure(Failures.noIdentity(r));
      case ServerRefused r -> throw new CliFailure(Failures.refused(r));
      case ServerUnreachable r -> throw new CliFailure(Failures.unreachable(r));
    };
  }

  /// Invites each user in turn; a failure for one is printed and the others still get their invitation.
  public void invite(Conversation conversation, List<String> users) {
    if (users.isEmpty()) {
      throw CliFailure.usage("name at least one user to invite");
    }
    ChannelId group = ClientSession.group(conversation);
    List<Username> invitees = users.stream().map(ClientSession::username).toList();
    boolean failed = false;
    for (Username invitee : invitees) {
      session.rememberUser(invitee.value());
      GroupCommitResult result = session.profile().invite().invite(new InviteCommand(group, invitee));
      failed |= show(CommitLines.of(result, session, committed -> "* invited " + invitee + " to "
          + Text.title(conversation) + " (epoch " + committed.epoch().value() + ")"), invitees.size() > 1);
    }
    if (failed) {
      throw CliFailure.alreadyReported();
    }
  }

  public void remove(Conversation conversation, String user) {
    ChannelId group = ClientSession.group(conversation);
    Username member = ClientSession.username(user);
    session.members(group);
    GroupCommitResult result = session.profile().removeMember().removeMember(new RemoveMemberCommand(group, member));
    show(CommitLines.of(result, session, committed -> "* removed " + member + " from " + Text.title(conversation)
        + " (epoch " + committed.epoch().value() + ")"), false);
  }

  public void update(Conversation conversation) {
    ChannelId group = ClientSession.group(conversation);
    GroupCommitResult result = session.profile().updateKeys().updateKeys(new UpdateKeysCommand(group));
    show(CommitLines.of(result, session, committed -> "* updated your keys in " + Text.title(conversation)
        + " (epoch " + committed.epoch().value() + ")"), false);
  }

  public void leave(Conversation conversation) {
    ChannelId group = ClientSession.group(conversation);
    switch (session.profile().leaveGroup().leaveGroup(new LeaveGroupCommand(group))) {
      case LeaveGroupResult.Left left -> session.display().line("* left " + Text.title(conversation) + " ("
          + left.notified() + " members notified; its history stays here)");
      case UnknownGroup r -> throw new CliFailure("not a member of " + Text.title(conversation)
          + " (left or removed)");
      case ServerRefused r -> throw new CliFailure(Failures.refused(r));
      case ServerUnreachable r -> throw new CliFailure(Failures.unreachable(r));
    }
  }

  /// `* members of T (epoch n)` then one `  - name` line per member, this client marked `(you)`.
  public void members(Conversation conversation) {
    ChannelId group = ClientSession.group(conversation);
    switch (session.members(group)) {
      case ListMembersResult.Members members -> {
        session.display().line("* members of " + Text.title(conversation) + " (epoch "
            + members.epoch().value() + ")");
        for (ListMembersResult.Member member : members.members()) {
          session.display().line("  - " + (member.self() ? session.self() + " (you)" : Text.clean(member.name())));
        }
      }
      case UnknownGroup r -> throw new CliFailure("not a member of " + Text.title(conversation)
          + " (left or removed)");
      case NoIdentity r -> throw new CliFailure(Failures.noIdentity(r));
    }
  }

  /// Prints the outcome; with `keepGoing` a failure is printed here (returns true) instead of thrown.
  private boolean show(Outcome outcome, boolean keepGoing) {
    if (!outcome.failure()) {
      session.display().line(outcome.text());
      return false;
    }
    if (keepGoing) {
      session.display().error(outcome.text());
      return true;
    }
    throw new CliFailure(outcome.text());
  }
}
