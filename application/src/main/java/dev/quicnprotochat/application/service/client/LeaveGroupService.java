package dev.quicnprotochat.application.service.client;

import dev.quicnprotochat.application.port.in.client.LeaveGroupCommand;
import dev.quicnprotochat.application.port.in.client.LeaveGroupResult;
import dev.quicnprotochat.application.port.in.client.LeaveGroupUseCase;
import dev.quicnprotochat.application.port.in.client.ServerRefused;
import dev.quicnprotochat.application.port.in.client.ServerUnreachable;
import dev.quicnprotochat.application.port.in.client.UnknownGroup;
import dev.quicnprotochat.application.port.out.client.GroupEngine;
import dev.quicnprotochat.application.port.out.client.GroupStateStore;
import dev.quicnprotochat.application.port.out.client.ServerCallException;
import dev.quicnprotochat.application.port.out.client.ServerGateway;
import dev.quicnprotochat.application.port.out.client.ServerUnreachableException;
import dev.quicnprotochat.domain.clientstate.SerializedGroupState;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.Optional;

/// Leave: a member cannot commit its own removal (RFC 9420 §12.2), so it asks the others with a proposal; their
/// clients commit it when they process their inbox ([ProcessInboxService]). The state is kept until the server
/// took the proposal, so a failed send can be retried.
@Singleton
public final class LeaveGroupService implements LeaveGroupUseCase {

  private final ServerGateway server;
  private final GroupEngine engine;
  private final GroupStateStore groups;

  @Inject
  public LeaveGroupService(ServerGateway server, GroupEngine engine, GroupStateStore groups) {
    this.server = server;
    this.engine = engine;
    this.groups = groups;
  }

  @Override
  public LeaveGroupResult leaveGroup(LeaveGroupCommand command) {
    Optional<SerializedGroupState> state = groups.load(command.group());
    if (state.isEmpty()) {
      return new UnknownGroup(command.group());
    }
    int notified;
    try {
      notified = server.sendToChannel(command.group(), engine.proposeLeave(state.get()));
    } catch (ServerCallException e) {
      return ServerRefused.of(e);
    } catch (ServerUnreachableException e) {
      return new ServerUnreachable(e.getMessage());
    }
    groups.delete(command.group());
    return new LeaveGroupResult.Left(command.group(), notified);
  }
}
