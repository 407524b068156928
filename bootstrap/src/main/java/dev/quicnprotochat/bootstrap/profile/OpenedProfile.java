package dev.quicnprotochat.bootstrap.profile;

import dev.quicnprotochat.adapter.cli.ClientProfile;
import dev.quicnprotochat.adapter.cli.ProfileOptions;
import dev.quicnprotochat.application.port.in.client.CreateGroupUseCase;
import dev.quicnprotochat.application.port.in.client.EnsureSessionUseCase;
import dev.quicnprotochat.application.port.in.client.FindConversationUseCase;
import dev.quicnprotochat.application.port.in.client.InboxWatch;
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
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/// A [ClientProfile] over a [ProfileComponent]: each use case it returns runs on the profile's worker (the caller
/// waits), so the user's commands and the inbox watch never touch one group state at the same time.
final class OpenedProfile implements ClientProfile {

  private static final Logger logger = LoggerFactory.getLogger(OpenedProfile.class);

  private final ProfileOptions options;
  private final ProfileComponent graph;
  private final ProfileWorker worker;
  private final AutoCloseable server;
  private final AutoCloseable conversations;
  private final AutoCloseable state;
  private final KnownServerStore knownServers;
  private final AtomicBoolean closed = new AtomicBoolean();
  private final Queue<InboxWatch> watches = new ConcurrentLinkedQueue<>();

  /// Takes over what [ProfileOpener] opened: [#close()] closes it.
  OpenedProfile(ProfileOptions options, ProfileComponent graph, ProfileWorker worker, AutoCloseable server,
                AutoCloseable conversations, AutoCloseable state, KnownServerStore knownServers) {
    this.options = options;
    this.graph = graph;
    this.worker = worker;
    this.server = server;
    this.conversations = conversations;
    this.state = state;
    this.knownServers = knownServers;
  }

  @Override
  public ProfileOptions options() {
    return options;
  }

  @Override
  public RegisterUseCase register() {
    RegisterUseCase service = graph.register();
    return command -> worker.call(() -> service.register(command));
  }

  @Override
  public LoginUseCase login() {
    LoginUseCase service = graph.login();
    return command -> worker.call(() -> service.login(command));
  }

  @Override
  public EnsureSessionUseCase ensureSession() {
    EnsureSessionUseCase service = graph.ensureSession();
    return command -> worker.call(() -> service.ensureSession(command));
  }

  @Override
  public LogoutUseCase logout() {
    LogoutUseCase service = graph.logout();
    return command -> worker.call(() -> service.logout(command));
  }

  @Override
  public WhoAmIUseCase whoAmI() {
    WhoAmIUseCase service = graph.whoAmI();
    return command -> worker.call(() -> service.whoAmI(command));
  }

  @Override
  public ResolveContactUseCase resolveContact() {
    ResolveContactUseCase service = graph.resolveContact();
    return command -> worker.call(() -> service.resolveContact(command));
  }

  @Override
  public ReplenishKeyPackagesUseCase replenishKeyPackages() {
    ReplenishKeyPackagesUseCase service = graph.replenishKeyPackages();
    return command -> worker.call(() -> service.replenish(command));
  }

  @Override
  public CreateGroupUseCase createGroup() {
    CreateGroupUseCase service = graph.createGroup();
    return command -> worker.call(() -> service.createGroup(command));
  }

  @Override
  public InviteUseCase invite() {
    InviteUseCase service = graph.invite();
    return command -> worker.call(() -> service.invite(command));
  }

  @Override
  public RemoveMemberUseCase removeMember() {
    RemoveMemberUseCase service = graph.removeMember();
    return command -> worker.call(() -> service.removeMember(command));
  }

  @Override
  public UpdateKeysUseCase updateKeys() {
    UpdateKeysUseCase service = graph.updateKeys();
    return command -> worker.call(() -> service.updateKeys(command));
  }

  @Override
  public LeaveGroupUseCase leaveGroup() {
    LeaveGroupUseCase service = graph.leaveGroup();
    return command -> worker.call(() -> service.leaveGroup(command));
  }

  @Override
  public OpenDirectChatUseCase openDirectChat() {
    OpenDirectChatUseCase service = graph.openDirectChat();
    return command -> worker.call(() -> service.openDirectChat(command));
  }

  @Override
  public ListMembersUseCase listMembers() {
    ListMembersUseCase service = graph.listMembers();
    return command -> worker.call(() -> service.listMembers(command));
  }

  @Override
  public SendMessageUseCase sendMessage() {
    SendMessageUseCase service = graph.sendMessage();
    return command -> worker.call(() -> service.send(command));
  }

  @Override
  public ProcessInboxUseCase processInbox() {
    ProcessInboxUseCase service = graph.processInbox();
    return command -> worker.call(() -> service.processInbox(command));
  }

  @Override
  public WatchInboxUseCase watchInbox() {
    WatchInboxUseCase service = graph.watchInbox();
    return (command, listener) -> {
      InboxWatch watch = worker.call(() -> service.watch(command, listener));
      watches.add(watch);
      return watch;
    };
  }

  @Override
  public CommandHistoryStore commandHistory() {
    // a store of its own (read-modify-replace under the state directory's file lock), used by the REPL's input
    // thread only: it needs no worker
    return graph.commandHistory();
  }

  @Override
  public KnownServerStore knownServers() {
    // thread-safe on its own (read-modify-replace under the state directory's file lock), and used by the
    // connection's certificate check, which may run while the worker waits for that connection: it needs no worker
    return knownServers;
  }

  @Override
  public ListConversationsUseCase listConversations() {
    ListConversationsUseCase service = graph.listConversations();
    return () -> worker.call(service::listConversations);
  }

  @Override
  public FindConversationUseCase findConversation() {
    FindConversationUseCase service = graph.findConversation();
    return command -> worker.call(() -> service.findConversation(command));
  }

  @Override
  public ShowHistoryUseCase showHistory() {
    ShowHistoryUseCase service = graph.showHistory();
    return command -> worker.call(() -> service.showHistory(command));
  }

  /// Closes the inbox watches, stops the worker (a running call finishes; closing the connection first ends a call
  /// waiting on the server), then closes the connection, the conversation store and the state directory (wiping
  /// its key). Idempotent.
  @Override
  public void close() {
    if (!closed.compareAndSet(false, true)) {
      return;
    }
    for (InboxWatch watch = watches.poll(); watch != null; watch = watches.poll()) {
      closeQuietly(watch);
    }
    worker.shutdown();
    closeQuietly(server);
    worker.awaitStopped();
    closeQuietly(conversations);
    closeQuietly(state);
  }

  private static void closeQuietly(AutoCloseable resource) {
    try {
      resource.close();
    } catch (Exception e) {
      logger.warn("closing {} failed: {}", resource.getClass().getSimpleName(), e.getMessage());
    }
  }
}
