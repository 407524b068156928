package dev.quicnprotochat.adapter.cli;

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
import dev.quicnprotochat.application.port.out.client.KnownServerStore;

/// One opened profile: its options and its use cases. Every use case returned here may be called from any thread;
/// the profile runs them one at a time on its single worker thread (the inbox watch too), so a message being
/// processed never races a command of the user on the same group state.
public interface ClientProfile extends AutoCloseable {

  ProfileOptions options();

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

  /// The REPL's input history, kept in the state directory (sealed with the state password).
  CommandHistoryStore commandHistory();

  /// The trust-on-first-use records of server certificates, kept in the state directory (sealed with the state
  /// password); safe to call from any thread.
  KnownServerStore knownServers();

  /// Stops the watch and the worker, closes the connection and the state (wiping keys held in memory).
  @Override
  void close();
}
