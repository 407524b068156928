package dev.quicnprotochat.bootstrap.profile;

import dev.quicnprotochat.adapter.cli.ClientProfile;
import dev.quicnprotochat.adapter.cli.ClientProfiles;
import dev.quicnprotochat.adapter.cli.ProfileException;
import dev.quicnprotochat.adapter.cli.ProfileOptions;
import dev.quicnprotochat.adapter.persistence.file.state.FileKnownServerStore;
import dev.quicnprotochat.adapter.persistence.file.state.StateDirectory;
import dev.quicnprotochat.adapter.persistence.sql.SqlConversationStore;
import dev.quicnprotochat.adapter.quic.ClientSettings;
import dev.quicnprotochat.adapter.quic.QuicServerGateway;
import dev.quicnprotochat.adapter.quic.ServerTrust;
import dev.quicnprotochat.application.port.out.WrongStatePasswordException;
import dev.quicnprotochat.application.port.out.client.ClientWorker;
import dev.quicnprotochat.application.port.out.client.KnownServerStore;
import dev.quicnprotochat.domain.clientstate.StatePassword;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

/// Opens profiles for the CLI (DESIGN.md §5): the state directory (created 0700 on first use; encrypted when a
/// state password is given), the conversation database beside it, the server trust (pinned `--ca-cert`, else trust
/// on first use in the state's `known-servers.qpc`, sealed like every state file), a gateway that connects on the
/// first server call, and the profile's worker thread; then the [ProfileComponent] over them.
public final class ProfileOpener implements ClientProfiles {

  /// The conversation database's file name in the state directory (docs/client-state.md).
  public static final String CONVERSATIONS_FILE = "conversations.db";
  /// The cleartext trust-on-first-use file of earlier versions, moved into the sealed state on open.
  public static final String KNOWN_SERVERS_FILE = LegacyKnownServers.FILE_NAME;

  private final ProfileCosts costs;

  public ProfileOpener() {
    this(ProfileCosts.DEFAULTS);
  }

  /// With other key-stretching costs (tests use small ones).
  public ProfileOpener(ProfileCosts costs) {
    this.costs = Objects.requireNonNull(costs, "costs");
  }

  @Override
  public ClientProfile open(ProfileOptions options) throws ProfileException {
    Path directory = options.stateDirectory();
    Optional<ServerTrust> pinned = pinned(options);
    StateDirectory state = openState(directory, options);
    KnownServerStore knownServers = new FileKnownServerStore(state);
    ServerTrust trust;
    SqlConversationStore conversations;
    try {
      LegacyKnownServers.importInto(directory, knownServers);
      trust = pinned.orElseGet(() -> trustOnFirstUse(options, knownServers));
      conversations = openConversations(directory.resolve(CONVERSATIONS_FILE), options);
    } catch (ProfileException | RuntimeException e) {
      closeQuietly(state);
      throw e;
    }
    ClientSettings settings = new ClientSettings(options.server().host(), options.server().port(), trust);
    QuicServerGateway server = QuicServerGateway.connectOnFirstCall(settings);
    ProfileWorker worker = new ProfileWorker("qpc-worker-" + options.username().value());
    try {
      ProfileComponent graph = ProfileComponent.factory()
          .create(options, costs, state, conversations, server, new ClientWorker(worker.executor()));
      return new OpenedProfile(options, graph, worker, server, conversations, state, knownServers);
    } catch (RuntimeException e) {
      worker.close();
      closeQuietly(conversations);
      closeQuietly(state);
      throw e;
    }
  }

  /// The pinned trust of `--ca-cert`, checked before the state is opened; empty for trust on first use.
  private static Optional<ServerTrust> pinned(ProfileOptions options) throws ProfileException {
    if (options.caCert().isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(ServerTrust.pinned(options.caCert().get()));
    } catch (IOException | UncheckedIOException | IllegalArgumentException e) {
      throw new ProfileException("--ca-cert " + options.caCert().get() + ": " + e.getMessage());
    }
  }

  /// A changed certificate is refused with a line naming the command that accepts it.
  private static ServerTrust trustOnFirstUse(ProfileOptions options, KnownServerStore knownServers) {
    return ServerTrust.trustOnFirstUse(knownServers, "the known servers of " + options.stateDirectory(),
        "run 'quicnprotochat forget-server --server " + options.server() + " -u " + options.username().value()
            + "' if the server's certificate was really replaced, or pass --ca-cert");
  }

  private StateDirectory openState(Path directory, ProfileOptions options) throws ProfileException {
    try {
      if (options.statePassword().isPresent()) {
        return StateDirectory.openEncrypted(directory, options.statePassword().get(), costs.stateKdf());
      }
      return StateDirectory.openUnencrypted(directory);
    } catch (WrongStatePasswordException e) {
      throw new ProfileException(e.getMessage());
    } catch (IOException e) {
      throw new ProfileException(describe(e, "the client state in " + directory));
    } catch (UncheckedIOException e) {
      throw new ProfileException(describe(e.getCause(), "the client state in " + directory));
    }
  }

  private SqlConversationStore openConversations(Path file, ProfileOptions options) throws ProfileException {
    try {
      if (options.statePassword().isEmpty()) {
        return SqlConversationStore.open(file);
      }
      StatePassword password = options.statePassword().get();
      char[] chars = password.chars();
      try {
        return SqlConversationStore.openEncrypted(file, chars, costs.databaseKdf());
      } finally {
        Arrays.fill(chars, '\0');
      }
    } catch (WrongStatePasswordException e) {
      throw new ProfileException(e.getMessage());
    } catch (IOException e) {
      throw new ProfileException(describe(e, "the conversations in " + file));
    } catch (UncheckedIOException e) {
      throw new ProfileException(describe(e.getCause(), "the conversations in " + file));
    }
  }

  /// The state's own messages already name the directory ("... is in use by another process"); others (a bare
  /// path for a permission problem) get said what could not be opened.
  private static String describe(IOException e, String what) {
    String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    if (message.startsWith("the client state in ")) {
      return message;
    }
    if (e instanceof java.nio.file.AccessDeniedException) {
      message = "permission denied: " + message;
    }
    return "cannot open " + what + ": " + message;
  }

  private static void closeQuietly(AutoCloseable resource) {
    try {
      resource.close();
    } catch (Exception ignored) {
      // the open already failed with its own message
    }
  }
}
