package dev.quicnprotochat.adapter.quic;

import static dev.quicnprotochat.adapter.quic.WireValues.bytes;
import static dev.quicnprotochat.adapter.quic.WireValues.channelId;
import static dev.quicnprotochat.adapter.quic.WireValues.command;
import static dev.quicnprotochat.adapter.quic.WireValues.credentialHash;
import static dev.quicnprotochat.adapter.quic.WireValues.epoch;
import static dev.quicnprotochat.adapter.quic.WireValues.identityKey;
import static dev.quicnprotochat.adapter.quic.WireValues.identityKeys;
import static dev.quicnprotochat.adapter.quic.WireValues.optionalBytes;

import dev.quicnprotochat.adapter.quic.wire.Qpc;
import dev.quicnprotochat.application.port.in.CreateChannelCommand;
import dev.quicnprotochat.application.port.in.CreateChannelResult;
import dev.quicnprotochat.application.port.in.Delivered;
import dev.quicnprotochat.application.port.in.DescribeChannelCommand;
import dev.quicnprotochat.application.port.in.DescribeChannelResult;
import dev.quicnprotochat.application.port.in.InboxFull;
import dev.quicnprotochat.application.port.in.InvalidRequest;
import dev.quicnprotochat.application.port.in.NotAMember;
import dev.quicnprotochat.application.port.in.OpenDirectChannelCommand;
import dev.quicnprotochat.application.port.in.OpenDirectChannelResult;
import dev.quicnprotochat.application.port.in.RateLimited;
import dev.quicnprotochat.application.port.in.SendSealedMessageCommand;
import dev.quicnprotochat.application.port.in.SendSealedMessageResult;
import dev.quicnprotochat.application.port.in.SendToChannelCommand;
import dev.quicnprotochat.application.port.in.SubmitCommitCommand;
import dev.quicnprotochat.application.port.in.SubmitCommitResult;
import dev.quicnprotochat.application.port.in.Unauthenticated;
import dev.quicnprotochat.application.port.in.UnknownChannel;
import dev.quicnprotochat.application.port.in.UnknownUser;
import dev.quicnprotochat.domain.channel.ChannelCredential;
import dev.quicnprotochat.domain.channel.MembershipChange;
import java.util.List;

/// Channels: create, open a DM, send, commit, sealed send and describe (docs/server-use-cases.md §6). All but the
/// sealed send need a session.
final class ChannelHandlers {
  private ChannelHandlers() {}

  static List<CallHandler> of(ServerUseCases useCases) {
    return List.of(
        new UseCaseHandler(Qpc.Request.Which.CREATE_CHANNEL, (request, response) -> {
          var in = request.getCreateChannel();
          var cmd = command(() -> new CreateChannelCommand(SessionTokens.read(request),
              credentialHash(in.getCredentialHash())));
          switch (useCases.createChannel().createChannel(cmd)) {
            case CreateChannelResult.ChannelCreated created -> {
              var out = response.initCreateChannel();
              out.setChannelId(created.channelId().value().toByteArray());
              out.setEpoch(created.epoch().value());
            }
            case Unauthenticated unauthenticated -> throw Outcomes.unauthenticated(unauthenticated);
            case RateLimited limited -> throw Outcomes.rateLimited(limited);
          }
        }),
        new UseCaseHandler(Qpc.Request.Which.OPEN_DIRECT_CHANNEL, (request, response) -> {
          var in = request.getOpenDirectChannel();
          var cmd = command(() -> new OpenDirectChannelCommand(SessionTokens.read(request), identityKey(in.getPeer()),
              credentialHash(in.getCredentialHash())));
          switch (useCases.openDirectChannel().openDirectChannel(cmd)) {
            case OpenDirectChannelResult.DirectChannelOpened opened -> {
              var out = response.initOpenDirectChannel();
              out.setChannelId(opened.channelId().value().toByteArray());
              out.setEpoch(opened.epoch().value());
              out.setCreated(opened.created());
            }
            case UnknownUser unknown -> throw Outcomes.unknownUser(unknown);
            case InvalidRequest invalid -> throw Outcomes.invalidRequest(invalid);
            case Unauthenticated unauthenticated -> throw Outcomes.unauthenticated(unauthenticated);
            case RateLimited limited -> throw Outcomes.rateLimited(limited);
          }
        }),
        new UseCaseHandler(Qpc.Request.Which.SEND_TO_CHANNEL, (request, response) -> {
          var in = request.getSendToChannel();
          var cmd = command(() -> new SendToChannelCommand(SessionTokens.read(request), channelId(in.getChannelId()),
              bytes(in.getPayload())));
          switch (useCases.sendToChannel().sendToChannel(cmd)) {
            case Delivered delivered -> response.initSendToChannel().setRecipients(delivered.recipients());
            case UnknownChannel unknown -> throw Outcomes.unknownChannel(unknown);
            case NotAMember notMember -> throw Outcomes.notAMember(notMember);
            case InboxFull full -> throw Outcomes.inboxFull(full);
            case Unauthenticated unauthenticated -> throw Outcomes.unauthenticated(unauthenticated);
            case RateLimited limited -> throw Outcomes.rateLimited(limited);
          }
        }),
        new UseCaseHandler(Qpc.Request.Which.SUBMIT_COMMIT, (request, response) -> submitCommit(useCases, request,
            response)),
        new UseCaseHandler(Qpc.Request.Which.SEND_SEALED_MESSAGE, (request, response) -> {
          var in = request.getSendSealedMessage();
          var cmd = command(() -> new SendSealedMessageCommand(channelId(in.getChannelId()),
              ChannelCredential.of(in.getCredential().toArray()), bytes(in.getPayload())));
          switch (useCases.sendSealedMessage().sendSealedMessage(cmd)) {
            case Delivered delivered -> response.initSendSealedMessage().setRecipients(delivered.recipients());
            case SendSealedMessageResult.SealedSenderDisabled disabled ->
                throw new CallException(CallError.SEALED_SENDER_DISABLED, "this server does not allow sealed sender");
            case SendSealedMessageResult.CredentialRefused refused ->
                throw new CallException(CallError.CREDENTIAL_REFUSED, "channel credential refused");
            case InboxFull full -> throw Outcomes.inboxFull(full);
            case InvalidRequest invalid -> throw Outcomes.invalidRequest(invalid);
          }
        }),
        new UseCaseHandler(Qpc.Request.Which.DESCRIBE_CHANNEL, (request, response) -> {
          var in = request.getDescribeChannel();
          var cmd = command(() -> new DescribeChannelCommand(SessionTokens.read(request),
              channelId(in.getChannelId())));
          switch (useCases.describeChannel().describeChannel(cmd)) {
            case DescribeChannelResult.ChannelDescription description -> {
              var channel = description.channel();
              var out = response.initDescribeChannel();
              out.setChannelId(channel.id().value().toByteArray());
              out.setKind(switch (channel.kind()) {
                case GROUP -> Qpc.ChannelKind.GROUP;
                case DIRECT -> Qpc.ChannelKind.DIRECT;
              });
              WireValues.fillKeys(out.initMembers(channel.members().size()), channel.members());
              out.setEpoch(channel.epoch().value());
            }
            case UnknownChannel unknown -> throw Outcomes.unknownChannel(unknown);
            case NotAMember notMember -> throw Outcomes.notAMember(notMember);
            case Unauthenticated unauthenticated -> throw Outcomes.unauthenticated(unauthenticated);
            case RateLimited limited -> throw Outcomes.rateLimited(limited);
          }
        }));
  }

  private static void submitCommit(ServerUseCases useCases, Qpc.Request.Reader request,
                                   Qpc.Response.Builder response) {
    var in = request.getSubmitCommit();
    var cmd = command(() -> new SubmitCommitCommand(SessionTokens.read(request), channelId(in.getChannelId()),
        epoch(in.getEpoch()), new MembershipChange(identityKeys(in.getAdded()), identityKeys(in.getRemoved())),
        bytes(in.getCommit()), optionalBytes(in.getWelcome()), credentialHash(in.getNextCredentialHash())));
    switch (useCases.submitCommit().submitCommit(cmd)) {
      case SubmitCommitResult.CommitAccepted accepted ->
          response.initSubmitCommit().setNewEpoch(accepted.newEpoch().value());
      case SubmitCommitResult.StaleEpoch stale -> throw CallException.withEpoch(CallError.STALE_EPOCH,
          "the channel is at epoch " + stale.currentEpoch().value() + ": fetch, process and retry",
          stale.currentEpoch().value());
      case SubmitCommitResult.FutureEpoch future -> throw CallException.withEpoch(CallError.FUTURE_EPOCH,
          "the channel is only at epoch " + future.currentEpoch().value(), future.currentEpoch().value());
      case SubmitCommitResult.MembershipRefused refused ->
          throw new CallException(CallError.MEMBERSHIP_REFUSED, refused.violation().message());
      case UnknownChannel unknown -> throw Outcomes.unknownChannel(unknown);
      case NotAMember notMember -> throw Outcomes.notAMember(notMember);
      case UnknownUser unknown -> throw Outcomes.unknownUser(unknown);
      case InvalidRequest invalid -> throw Outcomes.invalidRequest(invalid);
      case Unauthenticated unauthenticated -> throw Outcomes.unauthenticated(unauthenticated);
      case RateLimited limited -> throw Outcomes.rateLimited(limited);
    }
  }
}
