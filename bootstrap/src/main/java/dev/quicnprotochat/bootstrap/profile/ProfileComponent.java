package dev.quicnprotochat.bootstrap.profile;

import dagger.BindsInstance;
import dagger.Component;
import dev.quicnprotochat.adapter.cli.ProfileOptions;
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
import dev.quicnprotochat.application.port.out.ConversationStore;
import dev.quicnprotochat.application.port.out.client.ClientWorker;
import dev.quicnprotochat.application.port.out.client.CommandHistoryStore;
import dev.quicnprotochat.application.port.out.client.ServerGateway;
import jakarta.inject.Singleton;

/// One opened profile's object graph: the state directory, conversation store, server gateway and worker that
/// [ProfileOpener] opened, the adapters over them and every client service (docs/client-use-cases.md §6). The
/// graph is `@Singleton` per profile: each profile gets its own component, so two profiles share nothing.
///
/// The use cases it hands out are the bare services; [OpenedProfile] runs them on the worker.
@Singleton
@Component(modules = ProfileModule.class)
public interface ProfileComponent {

  RegisterUseCase register();

  LoginUseCase login();

  EnsureSessionUseCase ensureSession();

  LogoutUseCase logout();

  WhoAmIUseCase whoAmI();

  ResolveContactUseCase resolveContact();

  ReplenishKeyPackagesUseCase replenishKeyPackages();

  CreateGroupUseCase createGroup();

  InviteUseCase invite();

  RemoveMemberUseCase removeMember();

  UpdateKeysUseCase updateKeys();

  LeaveGroupUseCase leaveGroup();

  OpenDirectChatUseCase openDirectChat();

  ListMembersUseCase listMembers();

  SendMessageUseCase sendMessage();

  ProcessInboxUseCase processInbox();

  WatchInboxUseCase watchInbox();

  ListConversationsUseCase listConversations();

  FindConversationUseCase findConversation();

  ShowHistoryUseCase showHistory();

  CommandHistoryStore commandHistory();

  @Component.Factory
  interface Factory {
    /// `worker` is the profile's single worker thread, for services that schedule work (the inbox watch).
    ProfileComponent create(@BindsInstance ProfileOptions options, @BindsInstance ProfileCosts costs,
                            @BindsInstance StateDirectory state, @BindsInstance ConversationStore conversations,
                            @BindsInstance ServerGateway server, @BindsInstance ClientWorker worker);
  }

  static Factory factory() {
    return DaggerProfileComponent.factory();
  }
}
