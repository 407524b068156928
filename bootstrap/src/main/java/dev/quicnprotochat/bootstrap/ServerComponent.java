package dev.quicnprotochat.bootstrap;

import dagger.BindsInstance;
import dagger.Component;
import dev.quicnprotochat.adapter.quic.PushHub;
import dev.quicnprotochat.adapter.quic.QpcServer;
import dev.quicnprotochat.adapter.quic.ServerUseCases;
import dev.quicnprotochat.adapter.quic.TlsIdentity;
import dev.quicnprotochat.application.port.in.CreateChannelUseCase;
import dev.quicnprotochat.application.port.in.FetchInboxUseCase;
import dev.quicnprotochat.application.port.in.FetchKeyPackageUseCase;
import dev.quicnprotochat.application.port.in.FinishLoginUseCase;
import dev.quicnprotochat.application.port.in.FinishRegistrationUseCase;
import dev.quicnprotochat.application.port.in.PublishKeyPackagesUseCase;
import dev.quicnprotochat.application.port.in.SendToChannelUseCase;
import dev.quicnprotochat.application.port.in.StartLoginUseCase;
import dev.quicnprotochat.application.port.in.StartRegistrationUseCase;
import dev.quicnprotochat.application.port.in.SubmitCommitUseCase;
import dev.quicnprotochat.bootstrap.config.ServerConfig;
import dev.quicnprotochat.bootstrap.store.ServerStorage;
import jakarta.inject.Singleton;

/// The server process's object graph: configuration → stores (per `store_backend`) → application services →
/// QUIC server. [#resources] closes what the graph opened; call it after the server is closed.
@Singleton
@Component(modules = {QuicServerModule.class, StorageModule.class, NotifierModule.class, ApplicationModule.class,
    UseCaseModule.class})
public interface ServerComponent {
  QpcServer server();

  ServerStorage storage();

  ServerUseCases useCases();

  PushHub pushHub();

  ServerResources resources();

  StartRegistrationUseCase startRegistration();

  FinishRegistrationUseCase finishRegistration();

  StartLoginUseCase startLogin();

  FinishLoginUseCase finishLogin();

  PublishKeyPackagesUseCase publishKeyPackages();

  FetchKeyPackageUseCase fetchKeyPackage();

  CreateChannelUseCase createChannel();

  SendToChannelUseCase sendToChannel();

  SubmitCommitUseCase submitCommit();

  FetchInboxUseCase fetchInbox();

  TlsIdentity identity();

  ServerConfig config();

  @Component.Factory
  interface Factory {
    ServerComponent create(@BindsInstance ServerConfig config);
  }

  static ServerComponent create(ServerConfig config) {
    return DaggerServerComponent.factory().create(config);
  }
}
