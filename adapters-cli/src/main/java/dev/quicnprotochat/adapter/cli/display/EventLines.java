package dev.quicnprotochat.adapter.cli.display;

import dev.quicnprotochat.application.port.in.client.InboxEvent;
import dev.quicnprotochat.application.port.in.client.ProcessInboxResult;
import dev.quicnprotochat.domain.channel.ChannelId;
import dev.quicnprotochat.domain.channel.MembershipChange;
import dev.quicnprotochat.domain.conversation.Message;
import dev.quicnprotochat.domain.identity.IdentityKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/// The fixed one-line formats of what arrives (docs/user-guide.md, Output): programs and the end-to-end test read
/// them, so they change only with the guide.
public final class EventLines {
  private EventLines() {}

  /// Every line a drain of the inbox prints: its events in inbox order, then the commits this client made of
  /// received proposals.
  public static List<Outcome> of(ProcessInboxResult.Processed processed, Names names) {
    List<Outcome> lines = new ArrayList<>();
    for (InboxEvent event : processed.events()) {
      of(event, names).map(Outcome::ok).ifPresent(lines::add);
    }
    for (var commit : processed.commits()) {
      CommitLines.ofReceivedProposals(commit, names).ifPresent(lines::add);
    }
    return lines;
  }

  /// The line of one event; empty for none.
  public static Optional<String> of(InboxEvent event, Names names) {
    return Optional.of(switch (event) {
      case InboxEvent.MessageReceived received -> message(received.message(), names);
      case InboxEvent.JoinedGroup joined -> "* joined " + Text.title(joined.conversation()) + " (invited by "
          + Text.clean(joined.inviter()) + ", " + joined.members() + " members)";
      case InboxEvent.GroupChanged changed -> "* " + names.title(changed.group()) + ": "
          + Text.clean(changed.committer()) + " " + change(changed.group(), changed.change(), names)
          + " (epoch " + changed.epoch().value() + ")";
      case InboxEvent.RemovedFromGroup removed -> "* you were removed from " + names.title(removed.group()) + " by "
          + Text.clean(removed.by());
      case InboxEvent.ProposalReceived proposal -> "* " + names.title(proposal.group())
          + ": a member asked to leave; the next commit removes them";
      case InboxEvent.Skipped skipped -> "* skipped inbox entry " + skipped.sequence() + ": "
          + Text.clean(skipped.reason());
    });
  }

  /// `[<conversation title>] <sender>: <text>`, for incoming messages and history alike.
  public static String message(Message message, Names names) {
    return "[" + names.title(message.conversationId()) + "] " + Text.clean(message.sender())
        + ": " + Text.clean(message.body().text());
  }

  /// `added bob, carol`, `removed carol`, `added bob and removed carol`, or `updated their keys`.
  static String change(ChannelId group, MembershipChange change, Names names) {
    if (change.isEmpty()) {
      return "updated their keys";
    }
    List<String> parts = new ArrayList<>();
    if (!change.added().isEmpty()) {
      parts.add("added " + members(group, change.added(), names));
    }
    if (!change.removed().isEmpty()) {
      parts.add("removed " + members(group, change.removed(), names));
    }
    return String.join(" and ", parts);
  }

  private static String members(ChannelId group, Set<IdentityKey> keys, Names names) {
    return keys.stream().map(key -> names.member(group, key)).sorted().collect(Collectors.joining(", "));
  }
}
