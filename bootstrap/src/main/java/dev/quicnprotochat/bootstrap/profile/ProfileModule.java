package dev.quicnprotochat.bootstrap.profile;

import dagger.Binds;
import dagger.Module;
import dagger.Provides;
import dev.quicnprotochat.adapter.persistence.file.state.FileCommandHistoryStore;
import dev.quicnprotochat.adapter.persistence.file.state.FileContactKeyStore;
import dev.quicnprotochat.adapter.persistence.file.state.FileGroupStateStore;
import dev.quicnprotochat.adapter.persistence.file.state.FileIdentityVault;
import dev.quicnprotochat.adapter.persistence.file.state.FileKeyPackageSecretStore;
import dev.quicnprotochat.adapter.persistence.file.state.FileSessionTokenCache;
import dev.quicnprotochat.adapter.persistence.file.state.StateDirectory;
import dev.quicnprotochat.application.port.in.client.CreateGroupUseCase;
import dev.quicnprotochat.application.port.in.client.EnsureSessionUseCase;
import dev.quicnprotochat.application.port.in.client.FindConversationUseCase;
import dev.quicnprotochat.application.port.in.client.InviteUseCase;
import dev.quicnprotochat.application.port.in.client.LeaveGroupUseCase;
import dev.quicnprotochat.application.port.in.client.ListConversationsUseCase;
import dev.quicnprotochat.application.port.in.client.ListMembersUseCase;
import dev.quicnprotochat.application.port.in.client.LoginUseCase;
import dev.quicnprotochat.application.port.in.client.LogoutUseCase;
import dev.quicnprotochat.application.port.in.client.OpenDirectChatUseCase;
import dev.quicnprotochat.application.port.in.client.ProcessInboxUseCase;
import dev.quicnprotochat.application.port.in.client.RegisterUseCase;
import dev.quicnprotochat.application.port.in.client.RemoveMemberUseCase;
import dev.quicnprotochat.application.port.in.client.ReplenishKeyPackagesUseCase;
import dev.quicnprotochat.application.port.in.client.ResolveContactUseCase;
import dev.quicnprotochat.application.port.in.client.SendMessageUseCase;
import dev.quicnprotochat.application.port.in.client.ShowHistoryUseCase;
import dev.quicnprotochat.application.port.in.client.UpdateKeysUseCase;
import dev.quicnprotochat.application.port.in.client.WatchInboxUseCase;
import dev.quicnprotochat.application.port.in.client.WhoAmIUseCase;
import dev.quicnprotochat.application.port.out.client.CommandHistoryStore;
import dev.quicnprotochat.application.port.out.client.ContactKeyStore;
import dev.quicnprotochat.application.port.out.client.GroupEngine;
import dev.quicnprotochat.application.port.out.client.GroupStateStore;
import dev.quicnprotochat.application.port.out.client.IdentitySigner;
import dev.quicnprotochat.application.port.out.client.IdentityVault;
import dev.quicnprotochat.application.port.out.client.KeyPackageSecretStore;
import dev.quicnprotochat.application.port.out.client.PasswordAuthenticator;
import dev.quicnprotochat.application.port.out.client.SessionTokenCache;
import dev.quicnprotochat.application.service.client.CreateGroupService;
import dev.quicnprotochat.application.service.client.EnsureSessionService;
import dev.quicnprotochat.application.service.client.FindConversationService;
import dev.quicnprotochat.application.service.client.InviteService;
import dev.quicnprotochat.application.service.client.LeaveGroupService;
import dev.quicnprotochat.application.service.client.ListConversationsService;
import dev.quicnprotochat.application.service.client.ListMembersService;
import dev.quicnprotochat.application.service.client.LoginService;
import dev.quicnprotochat.application.service.client.LogoutService;
import dev.quicnprotochat.application.service.client.OpenDirectChatService;
import dev.quicnprotochat.application.service.client.ProcessInboxService;
import dev.quicnprotochat.application.service.client.RegisterService;
import dev.quicnprotochat.application.service.client.RemoveMemberService;
import dev.quicnprotochat.application.service.client.ReplenishKeyPackagesService;
import dev.quicnprotochat.application.service.client.ResolveContactService;
import dev.quicnprotochat.application.service.client.SendMessageService;
import dev.quicnprotochat.application.service.client.ShowHistoryService;
import dev.quicnprotochat.application.service.client.UpdateKeysService;
import dev.quicnprotochat.application.service.client.WatchInboxService;
import dev.quicnprotochat.application.service.client.WhoAmIService;
import dev.quicnprotochat.bootstrap.client.Ed25519IdentitySigner;
import dev.quicnprotochat.bootstrap.client.MlsGroupEngine;
import dev.quicnprotochat.bootstrap.client.OpaquePasswordAuthenticator;
import dev.quicnprotochat.opaque.OpaqueRandom;
import jakarta.inject.Singleton;
import java.security.SecureRandom;
import java.time.Clock;

/// The client-state file adapters over the opened [StateDirectory], the crypto adapters of
/// docs/client-use-cases.md §6, and each inbound port bound to its service (the services are `@Singleton` with
/// `@Inject` constructors, so one InboxProcessor — and its inbox cursor — serves the whole profile).
@Module
interface ProfileModule {

  @Provides
  @Singleton
  static IdentityVault identities(StateDirectory state) {
    return new FileIdentityVault(state);
  }

  @Provides
  @Singleton
  static GroupStateStore groups(StateDirectory state) {
    return new FileGroupStateStore(state);
  }

  @Provides
  @Singleton
  static SessionTokenCache sessions(StateDirectory state) {
    return new FileSessionTokenCache(state);
  }

  @Provides
  @Singleton
  static KeyPackageSecretStore keyPackageSecrets(StateDirectory state) {
    return new FileKeyPackageSecretStore(state);
  }

  @Provides
  @Singleton
  static ContactKeyStore contacts(StateDirectory state) {
    return new FileContactKeyStore(state);
  }

  @Provides
  @Singleton
  static CommandHistoryStore commandHistory(StateDirectory state) {
    return new FileCommandHistoryStore(state);
  }

  @Provides
  @Singleton
  static PasswordAuthenticator opaque(ProfileCosts costs) {
    return new OpaquePasswordAuthenticator(costs.opaqueKsf(), OpaqueRandom.secure());
  }

  @Provides
  @Singleton
  static IdentitySigner signer() {
    return new Ed25519IdentitySigner();
  }

  @Provides
  @Singleton
  static GroupEngine engine() {
    return new MlsGroupEngine();
  }

  @Provides
  @Singleton
  static SecureRandom random() {
    return new SecureRandom();
  }

  @Provides
  static Clock clock() {
    return Clock.systemUTC();
  }

  @Binds
  RegisterUseCase register(RegisterService service);

  @Binds
  LoginUseCase login(LoginService service);

  @Binds
  EnsureSessionUseCase ensureSession(EnsureSessionService service);

  @Binds
  LogoutUseCase logout(LogoutService service);

  @Binds
  WhoAmIUseCase whoAmI(WhoAmIService service);

  @Binds
  ResolveContactUseCase resolveContact(ResolveContactService service);

  @Binds
  ReplenishKeyPackagesUseCase replenishKeyPackages(ReplenishKeyPackagesService service);

  @Binds
  CreateGroupUseCase createGroup(CreateGroupService service);

  @Binds
  InviteUseCase invite(InviteService service);

  @Binds
  RemoveMemberUseCase removeMember(RemoveMemberService service);

  @Binds
  UpdateKeysUseCase updateKeys(UpdateKeysService service);

  @Binds
  LeaveGroupUseCase leaveGroup(LeaveGroupService service);

  @Binds
  OpenDirectChatUseCase openDirectChat(OpenDirectChatService service);

  @Binds
  ListMembersUseCase listMembers(ListMembersService service);

  @Binds
  SendMessageUseCase sendMessage(SendMessageService service);

  @Binds
  ProcessInboxUseCase processInbox(ProcessInboxService service);

  @Binds
  ListConversationsUseCase listConversations(ListConversationsService service);

  @Binds
  FindConversationUseCase findConversation(FindConversationService service);

  @Binds
  ShowHistoryUseCase showHistory(ShowHistoryService service);

  @Binds
  WatchInboxUseCase watchInbox(WatchInboxService service);
}
