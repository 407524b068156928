package dev.quicnprotochat.adapter.quic;

import dev.quicnprotochat.application.port.in.AckInboxUseCase;
import dev.quicnprotochat.application.port.in.AuthenticateUseCase;
import dev.quicnprotochat.application.port.in.CountKeyPackagesUseCase;
import dev.quicnprotochat.application.port.in.CreateChannelUseCase;
import dev.quicnprotochat.application.port.in.DescribeChannelUseCase;
import dev.quicnprotochat.application.port.in.EnqueueMessageUseCase;
import dev.quicnprotochat.application.port.in.FetchInboxUseCase;
import dev.quicnprotochat.application.port.in.FetchKeyPackageUseCase;
import dev.quicnprotochat.application.port.in.FinishLoginUseCase;
import dev.quicnprotochat.application.port.in.FinishRegistrationUseCase;
import dev.quicnprotochat.application.port.in.LogoutUseCase;
import dev.quicnprotochat.application.port.in.OpenDirectChannelUseCase;
import dev.quicnprotochat.application.port.in.PublishKeyPackagesUseCase;
import dev.quicnprotochat.application.port.in.ResolveIdentityUseCase;
import dev.quicnprotochat.application.port.in.ResolveUserUseCase;
import dev.quicnprotochat.application.port.in.SendSealedMessageUseCase;
import dev.quicnprotochat.application.port.in.SendToChannelUseCase;
import dev.quicnprotochat.application.port.in.StartLoginUseCase;
import dev.quicnprotochat.application.port.in.StartRegistrationUseCase;
import dev.quicnprotochat.application.port.in.SubmitCommitUseCase;
import java.util.Objects;

/// Every server use case the QUIC server calls (docs/server-use-cases.md), one component per inbound port, so
/// the wiring (bootstrap's Dagger component, or `InMemoryServer` in tests) hands them over in one value.
/// `authenticate` serves the push subscription; the other methods authenticate inside their use case.
public record ServerUseCases(
    StartRegistrationUseCase startRegistration,
    FinishRegistrationUseCase finishRegistration,
    StartLoginUseCase startLogin,
    FinishLoginUseCase finishLogin,
    LogoutUseCase logout,
    AuthenticateUseCase authenticate,
    PublishKeyPackagesUseCase publishKeyPackages,
    FetchKeyPackageUseCase fetchKeyPackage,
    CountKeyPackagesUseCase countKeyPackages,
    EnqueueMessageUseCase enqueueMessage,
    FetchInboxUseCase fetchInbox,
    AckInboxUseCase ackInbox,
    CreateChannelUseCase createChannel,
    OpenDirectChannelUseCase openDirectChannel,
    SendToChannelUseCase sendToChannel,
    SubmitCommitUseCase submitCommit,
    SendSealedMessageUseCase sendSealedMessage,
    DescribeChannelUseCase describeChannel,
    ResolveUserUseCase resolveUser,
    ResolveIdentityUseCase resolveIdentity) {

  public ServerUseCases {
    Objects.requireNonNull(startRegistration, "startRegistration");
    Objects.requireNonNull(finishRegistration, "finishRegistration");
    Objects.requireNonNull(startLogin, "startLogin");
    Objects.requireNonNull(finishLogin, "finishLogin");
    Objects.requireNonNull(logout, "logout");
    Objects.requireNonNull(authenticate, "authenticate");
    Objects.requireNonNull(publishKeyPackages, "publishKeyPackages");
    Objects.requireNonNull(fetchKeyPackage, "fetchKeyPackage");
    Objects.requireNonNull(countKeyPackages, "countKeyPackages");
    Objects.requireNonNull(enqueueMessage, "enqueueMessage");
    Objects.requireNonNull(fetchInbox, "fetchInbox");
    Objects.requireNonNull(ackInbox, "ackInbox");
    Objects.requireNonNull(createChannel, "createChannel");
    Objects.requireNonNull(openDirectChannel, "openDirectChannel");
    Objects.requireNonNull(sendToChannel, "sendToChannel");
    Objects.requireNonNull(submitCommit, "submitCommit");
    Objects.requireNonNull(sendSealedMessage, "sendSealedMessage");
    Objects.requireNonNull(describeChannel, "describeChannel");
    Objects.requireNonNull(resolveUser, "resolveUser");
    Objects.requireNonNull(resolveIdentity, "resolveIdentity");
  }
}
