package dev.quicnprotochat.bootstrap.client;

import dev.quicnprotochat.adapter.persistence.file.state.FileContactKeyStore;
import dev.quicnprotochat.adapter.persistence.file.state.FileGroupStateStore;
import dev.quicnprotochat.adapter.persistence.file.state.FileIdentityVault;
import dev.quicnprotochat.adapter.persistence.file.state.FileKeyPackageSecretStore;
import dev.quicnprotochat.adapter.persistence.file.state.FileSessionTokenCache;
import dev.quicnprotochat.adapter.persistence.file.state.StateDirectory;
import dev.quicnprotochat.adapter.persistence.file.state.StateKdfParameters;
import dev.quicnprotochat.adapter.persistence.sql.KdfParameters;
import dev.quicnprotochat.adapter.persistence.sql.SqlConversationStore;
import dev.quicnprotochat.adapter.quic.ClientSettings;
import dev.quicnprotochat.adapter.quic.QuicServerGateway;
import dev.quicnprotochat.application.port.in.client.EnsureSessionCommand;
import dev.quicnprotochat.application.port.in.client.EnsureSessionResult;
import dev.quicnprotochat.application.port.out.client.GroupStateStore;
import dev.quicnprotochat.application.port.out.client.IdentityVault;
import dev.quicnprotochat.application.port.out.client.SessionTokenCache;
import dev.quicnprotochat.application.service.client.CommitRunner;
import dev.quicnprotochat.application.service.client.CreateGroupService;
import dev.quicnprotochat.application.service.client.EnsureSessionService;
import dev.quicnprotochat.application.service.client.InboxEntryHandler;
import dev.quicnprotochat.application.service.client.InboxProcessor;
import dev.quicnprotochat.application.service.client.InviteService;
import dev.quicnprotochat.application.service.client.LeaveGroupService;
import dev.quicnprotochat.application.service.client.LoginService;
import dev.quicnprotochat.application.service.client.MemberNames;
import dev.quicnprotochat.application.service.client.ProcessInboxService;
import dev.quicnprotochat.application.service.client.RegisterService;
import dev.quicnprotochat.application.service.client.RemoveMemberService;
import dev.quicnprotochat.application.service.client.ReplenishKeyPackagesService;
import dev.quicnprotochat.application.service.client.SendMessageService;
import dev.quicnprotochat.application.service.client.UpdateKeysService;
import dev.quicnprotochat.domain.client.AccountPassword;
import dev.quicnprotochat.domain.clientstate.ServerAddress;
import dev.quicnprotochat.domain.clientstate.StatePassword;
import dev.quicnprotochat.domain.identity.Username;
import dev.quicnprotochat.opaque.Ksf;
import dev.quicnprotochat.opaque.OpaqueRandom;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Optional;

/// One real client for integration tests, wired by hand as a client component would: the QUIC gateway, the
/// bootstrap adapters (OPAQUE with a small Argon2id, Ed25519, MLS), the encrypted file state and an encrypted
/// SQLite conversation store, both with small KDF parameters, and the application's client services.
final class TestClient implements AutoCloseable {

  /// Small but real Argon2id for OPAQUE: every test account registers and logs in with it.
  static final Ksf TEST_KSF = new Ksf.Argon2id(256, 1, 1);

  final Username username;
  final QuicServerGateway server;
  final StateDirectory state;
  final SqlConversationStore conversations;
  final IdentityVault vault;
  final GroupStateStore groups;
  final SessionTokenCache sessions;
  final EnsureSessionService ensureSession;
  final ReplenishKeyPackagesService replenish;
  final CreateGroupService createGroup;
  final InviteService invite;
  final RemoveMemberService remove;
  final UpdateKeysService updateKeys;
  final LeaveGroupService leave;
  final ProcessInboxService processInbox;
  final SendMessageService send;
  private final ServerAddress address;

  TestClient(String name, ClientSettings settings, Path directory) throws Exception {
    this.username = Username.of(name);
    this.address = new ServerAddress(settings.host(), settings.port());
    Files.createDirectories(directory);
    char[] secret = (name + "'s state password").toCharArray();
    this.state = StateDirectory.openEncrypted(directory.resolve("state"), StatePassword.of(secret),
        new StateKdfParameters(64, 1, 1));
    this.conversations = SqlConversationStore.openEncrypted(directory.resolve("conversations.db"), secret,
        new KdfParameters(64, 1, 1));
    this.server = QuicServerGateway.connect(settings);
    Clock clock = Clock.systemUTC();
    SecureRandom random = new SecureRandom();
    MlsGroupEngine engine = new MlsGroupEngine();
    OpaquePasswordAuthenticator opaque = new OpaquePasswordAuthenticator(TEST_KSF, OpaqueRandom.secure());
    this.vault = new FileIdentityVault(state);
    this.groups = new FileGroupStateStore(state);
    this.sessions = new FileSessionTokenCache(state);
    FileKeyPackageSecretStore secrets = new FileKeyPackageSecretStore(state);
    FileContactKeyStore contacts = new FileContactKeyStore(state);
    MemberNames names = new MemberNames(server, contacts);
    InboxProcessor inbox = new InboxProcessor(server,
        new InboxEntryHandler(engine, groups, secrets, conversations, names, clock));
    CommitRunner commits = new CommitRunner(server, groups, inbox);
    LoginService login = new LoginService(server, vault, opaque, sessions);
    RegisterService register = new RegisterService(server, vault, opaque, new Ed25519IdentitySigner(), random);
    this.ensureSession = new EnsureSessionService(server, sessions, login, register, clock);
    this.replenish = new ReplenishKeyPackagesService(server, vault, engine, secrets);
    this.createGroup = new CreateGroupService(server, vault, engine, groups, conversations, clock);
    this.invite = new InviteService(server, vault, engine, groups, contacts, commits, clock);
    this.remove = new RemoveMemberService(server, vault, engine, groups, commits);
    this.updateKeys = new UpdateKeysService(vault, engine, commits);
    this.leave = new LeaveGroupService(server, engine, groups);
    this.processInbox = new ProcessInboxService(vault, inbox, engine, commits);
    this.send = new SendMessageService(server, engine, groups, conversations, clock);
  }

  EnsureSessionResult ensureSession() {
    AccountPassword password = AccountPassword.of((username.value() + " account password")
        .getBytes(StandardCharsets.UTF_8));
    try {
      return ensureSession.ensureSession(new EnsureSessionCommand(address, username, password, Optional.empty()));
    } finally {
      password.clear();
    }
  }

  @Override
  public void close() throws Exception {
    server.close();
    conversations.close();
    state.close();
  }
}
