package dev.quicnprotochat.bootstrap;

import dagger.Binds;
import dagger.Module;
import dagger.Provides;
import dev.quicnprotochat.adapter.quic.ServerUseCases;
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
import dev.quicnprotochat.application.service.AckInboxService;
import dev.quicnprotochat.application.service.AuthenticateService;
import dev.quicnprotochat.application.service.CountKeyPackagesService;
import dev.quicnprotochat.application.service.CreateChannelService;
import dev.quicnprotochat.application.service.DescribeChannelService;
import dev.quicnprotochat.application.service.EnqueueMessageService;
import dev.quicnprotochat.application.service.FetchInboxService;
import dev.quicnprotochat.application.service.FetchKeyPackageService;
import dev.quicnprotochat.application.service.FinishLoginService;
import dev.quicnprotochat.application.service.FinishRegistrationService;
import dev.quicnprotochat.application.service.LogoutService;
import dev.quicnprotochat.application.service.OpenDirectChannelService;
import dev.quicnprotochat.application.service.PublishKeyPackagesService;
import dev.quicnprotochat.application.service.ResolveIdentityService;
import dev.quicnprotochat.application.service.ResolveUserService;
import dev.quicnprotochat.application.service.SendSealedMessageService;
import dev.quicnprotochat.application.service.SendToChannelService;
import dev.quicnprotochat.application.service.StartLoginService;
import dev.quicnprotochat.application.service.StartRegistrationService;
import dev.quicnprotochat.application.service.SubmitCommitService;
import jakarta.inject.Singleton;

/// Binds every inbound port of the server (docs/server-use-cases.md) to its service. The services are
/// `@Singleton` with `@Inject` constructors, so Dagger builds them from the ports and settings bound elsewhere.
@Module
interface UseCaseModule {

  @Binds
  StartRegistrationUseCase startRegistration(StartRegistrationService service);

  @Binds
  FinishRegistrationUseCase finishRegistration(FinishRegistrationService service);

  @Binds
  StartLoginUseCase startLogin(StartLoginService service);

  @Binds
  FinishLoginUseCase finishLogin(FinishLoginService service);

  @Binds
  LogoutUseCase logout(LogoutService service);

  @Binds
  AuthenticateUseCase authenticate(AuthenticateService service);

  @Binds
  PublishKeyPackagesUseCase publishKeyPackages(PublishKeyPackagesService service);

  @Binds
  FetchKeyPackageUseCase fetchKeyPackage(FetchKeyPackageService service);

  @Binds
  CountKeyPackagesUseCase countKeyPackages(CountKeyPackagesService service);

  @Binds
  EnqueueMessageUseCase enqueueMessage(EnqueueMessageService service);

  @Binds
  FetchInboxUseCase fetchInbox(FetchInboxService service);

  @Binds
  AckInboxUseCase ackInbox(AckInboxService service);

  @Binds
  CreateChannelUseCase createChannel(CreateChannelService service);

  @Binds
  OpenDirectChannelUseCase openDirectChannel(OpenDirectChannelService service);

  @Binds
  SendToChannelUseCase sendToChannel(SendToChannelService service);

  @Binds
  SubmitCommitUseCase submitCommit(SubmitCommitService service);

  @Binds
  SendSealedMessageUseCase sendSealedMessage(SendSealedMessageService service);

  @Binds
  DescribeChannelUseCase describeChannel(DescribeChannelService service);

  @Binds
  ResolveUserUseCase resolveUser(ResolveUserService service);

  @Binds
  ResolveIdentityUseCase resolveIdentity(ResolveIdentityService service);

  /// All of them in the one value the QUIC server takes.
  @Provides
  @Singleton
  static ServerUseCases useCases(
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
    return new ServerUseCases(startRegistration, finishRegistration, startLogin, finishLogin, logout, authenticate,
        publishKeyPackages, fetchKeyPackage, countKeyPackages, enqueueMessage, fetchInbox, ackInbox, createChannel,
        openDirectChannel, sendToChannel, submitCommit, sendSealedMessage, describeChannel, resolveUser,
        resolveIdentity);
  }
}
