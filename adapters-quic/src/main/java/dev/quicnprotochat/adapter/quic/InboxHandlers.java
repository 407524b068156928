package dev.quicnprotochat.adapter.quic;

import static dev.quicnprotochat.adapter.quic.WireValues.bytes;
import static dev.quicnprotochat.adapter.quic.WireValues.channelId;
import static dev.quicnprotochat.adapter.quic.WireValues.command;
import static dev.quicnprotochat.adapter.quic.WireValues.identityKey;

import dev.quicnprotochat.adapter.quic.wire.Qpc;
import dev.quicnprotochat.application.port.in.AckInboxCommand;
import dev.quicnprotochat.application.port.in.AckInboxResult;
import dev.quicnprotochat.application.port.in.EnqueueMessageCommand;
import dev.quicnprotochat.application.port.in.EnqueueMessageResult;
import dev.quicnprotochat.application.port.in.FetchInboxCommand;
import dev.quicnprotochat.application.port.in.FetchInboxResult;
import dev.quicnprotochat.application.port.in.InboxFull;
import dev.quicnprotochat.application.port.in.NotAMember;
import dev.quicnprotochat.application.port.in.RateLimited;
import dev.quicnprotochat.application.port.in.Unauthenticated;
import dev.quicnprotochat.application.port.in.UnknownChannel;
import dev.quicnprotochat.application.port.in.UnknownUser;
import dev.quicnprotochat.domain.inbox.InboxEntry;
import java.util.List;

/// Enqueue, fetch and acknowledge inbox entries (docs/server-use-cases.md §5). All need a session.
final class InboxHandlers {
  private InboxHandlers() {}

  static List<CallHandler> of(ServerUseCases useCases) {
    return List.of(
        new UseCaseHandler(Qpc.Request.Which.ENQUEUE_MESSAGE, (request, response) -> {
          var in = request.getEnqueueMessage();
          var cmd = command(() -> new EnqueueMessageCommand(SessionTokens.read(request),
              identityKey(in.getRecipient()), channelId(in.getChannelId()), bytes(in.getPayload())));
          switch (useCases.enqueueMessage().enqueueMessage(cmd)) {
            case EnqueueMessageResult.Enqueued enqueued ->
                response.initEnqueueMessage().setSequence(enqueued.sequence());
            case EnqueueMessageResult.RecipientNotAMember notMember -> throw new CallException(
                CallError.RECIPIENT_NOT_A_MEMBER, "the recipient is not a member of this channel");
            case UnknownUser unknown -> throw Outcomes.unknownUser(unknown);
            case UnknownChannel unknown -> throw Outcomes.unknownChannel(unknown);
            case NotAMember notMember -> throw Outcomes.notAMember(notMember);
            case InboxFull full -> throw Outcomes.inboxFull(full);
            case Unauthenticated unauthenticated -> throw Outcomes.unauthenticated(unauthenticated);
            case RateLimited limited -> throw Outcomes.rateLimited(limited);
          }
        }),
        new FetchHandler(useCases),
        new UseCaseHandler(Qpc.Request.Which.ACK_INBOX, (request, response) -> {
          var in = request.getAckInbox();
          var cmd = command(() -> new AckInboxCommand(SessionTokens.read(request), in.getUpToSequence()));
          switch (useCases.ackInbox().ackInbox(cmd)) {
            case AckInboxResult.Acked acked -> response.initAckInbox().setRemoved(acked.removed());
            case Unauthenticated unauthenticated -> throw Outcomes.unauthenticated(unauthenticated);
            case RateLimited limited -> throw Outcomes.rateLimited(limited);
          }
        }));
  }

  /// Fetch after a cursor; afterwards the caller's push subscriptions on the same connection that wait for a fetch
  /// are re-armed (docs/protocol.md §8). Their event counts are read before the store is, so an entry announced
  /// while the page was read makes the subscription announce again rather than wait.
  private record FetchHandler(ServerUseCases useCases) implements CallHandler {

    @Override
    public Qpc.Request.Which method() {
      return Qpc.Request.Which.FETCH_INBOX;
    }

    @Override
    public boolean blocking() {
      return true;
    }

    @Override
    public void handle(CallContext call, Qpc.Request.Reader request, Qpc.Response.Builder response) {
      var in = request.getFetchInbox();
      // UInt32 limits above 2^31 - 1 arrive negative; any limit that large means "as many as allowed"
      int limit = in.getLimit() < 0 ? Integer.MAX_VALUE : in.getLimit();
      var cmd = command(() -> new FetchInboxCommand(SessionTokens.read(request), in.getAfterSequence(), limit));
      List<ServerPushStream> subscriptions = call.connection().pushStreams();
      long[] before = new long[subscriptions.size()];
      for (int i = 0; i < before.length; i++) {
        before[i] = subscriptions.get(i).notifications();
      }
      switch (useCases.fetchInbox().fetchInbox(cmd)) {
        case FetchInboxResult.InboxPage page -> {
          var entries = response.initFetchInbox().initEntries(page.entries().size());
          for (int i = 0; i < page.entries().size(); i++) {
            write(page.entries().get(i), entries.get(i));
          }
          for (int i = 0; i < before.length; i++) {
            if (subscriptions.get(i).announces(page.recipient())) {
              subscriptions.get(i).fetched(before[i]);
            }
          }
        }
        case Unauthenticated unauthenticated -> throw Outcomes.unauthenticated(unauthenticated);
        case RateLimited limited -> throw Outcomes.rateLimited(limited);
      }
    }
  }

  private static void write(InboxEntry entry, Qpc.InboxEntry.Builder out) {
    out.setSequence(entry.sequence());
    out.setChannelId(entry.channelId().value().toByteArray());
    out.setPayload(entry.payload().toByteArray());
    entry.sender().ifPresent(sender -> out.setSender(sender.value().toByteArray()));
  }
}
