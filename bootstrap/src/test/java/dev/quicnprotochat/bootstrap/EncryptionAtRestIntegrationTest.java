package dev.quicnprotochat.bootstrap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quicnprotochat.adapter.persistence.file.state.FileGroupStateStore;
import dev.quicnprotochat.adapter.persistence.file.state.StateDirectory;
import dev.quicnprotochat.adapter.persistence.file.state.StateKdfParameters;
import dev.quicnprotochat.adapter.persistence.sql.KdfParameters;
import dev.quicnprotochat.adapter.persistence.sql.SqlConversationStore;
import dev.quicnprotochat.adapter.quic.ClientSettings;
import dev.quicnprotochat.adapter.quic.QpcServer;
import dev.quicnprotochat.adapter.quic.QuicServerGateway;
import dev.quicnprotochat.adapter.quic.ServerTrust;
import dev.quicnprotochat.application.port.out.client.ServerGateway;
import dev.quicnprotochat.bootstrap.config.ServerConfigLoader;
import dev.quicnprotochat.bootstrap.testing.TestAccount;
import dev.quicnprotochat.domain.channel.ChannelId;
import dev.quicnprotochat.domain.channel.Epoch;
import dev.quicnprotochat.domain.channel.MembershipChange;
import dev.quicnprotochat.domain.clientstate.SerializedGroupState;
import dev.quicnprotochat.domain.clientstate.StatePassword;
import dev.quicnprotochat.domain.conversation.Conversation;
import dev.quicnprotochat.domain.conversation.ConversationId;
import dev.quicnprotochat.domain.conversation.ConversationKind;
import dev.quicnprotochat.domain.conversation.MessageBody;
import dev.quicnprotochat.domain.conversation.MessageDirection;
import dev.quicnprotochat.domain.conversation.NewMessage;
import dev.quicnprotochat.mls.codec.Bytes;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/// Issue 7's at-rest check: known plaintext goes through the real server with `db_key` set (SQLCipher) and into
/// the client's stores with a state password set; afterwards not one file of either directory holds it.
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class EncryptionAtRestIntegrationTest {

  private static final String SERVER_MARKER = "server-side known plaintext 7f3a9c";
  private static final String CLIENT_MARKER = "client-side known plaintext 52be01";
  private static final String USERNAME = "plaintextprobe";

  @TempDir
  Path dir;

  @Test
  void noKnownPlaintextInTheServerDataDirOrTheClientStateDir() throws Exception {
    Path data = dir.resolve("server");
    writeThroughTheServer(data);
    Path state = dir.resolve("client");
    writeThroughTheClientStores(state);

    for (Path root : List.of(data, state)) {
      for (String marker : List.of(SERVER_MARKER, CLIENT_MARKER, USERNAME)) {
        List<Path> hits = filesContaining(root, marker.getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of(), hits, "\"" + marker + "\" in cleartext");
      }
    }
    // the scan itself finds what is there: the same marker written plainly is found
    Path control = Files.writeString(dir.resolve("control.txt"), "x" + SERVER_MARKER + "x");
    assertEquals(List.of(control), filesContaining(control, SERVER_MARKER.getBytes(StandardCharsets.UTF_8)));
  }

  private void writeThroughTheServer(Path data) throws Exception {
    Map<String, String> flags = Map.of("listen", "127.0.0.1:0", "data_dir", data.toString(),
        "store_backend", "sql", "db_key", "an operator's database key");
    ServerComponent component = ServerComponent.create(ServerConfigLoader.load(Optional.empty(), Map.of(), flags));
    try (var resources = component.resources(); QpcServer server = component.server()) {
      InetSocketAddress address = server.start();
      ClientSettings client = new ClientSettings(address.getHostString(), address.getPort(),
          ServerTrust.pinned(data.resolve("server-cert.pem")));
      TestAccount sender = new TestAccount(USERNAME, "probe's long passphrase");
      TestAccount recipient = new TestAccount("recipient", "recipient's long passphrase");
      try (ServerGateway a = QuicServerGateway.connect(client); ServerGateway b = QuicServerGateway.connect(client)) {
        register(a, sender);
        register(b, recipient);
        ChannelId channel = a.createChannel(Optional.empty()).channelId();
        a.submitCommit(channel, Epoch.ZERO, MembershipChange.adding(recipient.identityKey()),
            Bytes.wrap(new byte[32]), Optional.of(Bytes.wrap(new byte[32])), Optional.empty());
        // a raw payload, not MLS ciphertext: only the store's encryption stands between it and the disk
        assertEquals(1, a.sendToChannel(channel, Bytes.wrap(SERVER_MARKER.getBytes(StandardCharsets.UTF_8))));
        assertEquals(SERVER_MARKER, new String(b.fetchInbox(0, 10).getLast().payload().toByteArray(),
            StandardCharsets.UTF_8), "the server stored and returned it");
      }
    }
    assertTrue(Files.exists(data.resolve("server.db")), "the SQLite database is where the test looks");
  }

  private static void register(ServerGateway gateway, TestAccount account) {
    Bytes response = gateway.startRegistration(account.username(), account.registrationRequest(), Optional.empty());
    Bytes upload = account.registrationUpload(response);
    gateway.finishRegistration(account.username(), account.identityKey(), upload, account.bindingSignature(upload),
        Optional.empty());
    var challenge = gateway.startLogin(account.username(), account.ke1());
    gateway.finishLogin(challenge.attempt(), account.ke3(challenge.ke2()));
  }

  private static void writeThroughTheClientStores(Path state) throws Exception {
    char[] password = "a state password".toCharArray();
    Files.createDirectories(state);
    try (StateDirectory directory = StateDirectory.openEncrypted(state, StatePassword.of(password.clone()),
        new StateKdfParameters(1024, 1, 1))) {
      new FileGroupStateStore(directory).save(new ChannelId(Bytes.wrap(new byte[16])),
          SerializedGroupState.of((CLIENT_MARKER + " in a group state").getBytes(StandardCharsets.UTF_8)));
    }
    try (SqlConversationStore conversations = SqlConversationStore.openEncrypted(state.resolve("conversations.db"),
        password.clone(), new KdfParameters(1024, 1, 1))) {
      ConversationId id = ConversationId.of(Bytes.wrap(new byte[] {1, 2, 3}));
      assertTrue(conversations.create(Conversation.start(id, ConversationKind.DIRECT, USERNAME, Instant.now())));
      assertTrue(conversations.append(id, new NewMessage(MessageDirection.INCOMING, USERNAME, Instant.now(),
          Instant.now(), new MessageBody(CLIENT_MARKER))).isPresent());
    }
  }

  private static List<Path> filesContaining(Path root, byte[] needle) throws IOException {
    List<Path> hits = new ArrayList<>();
    try (Stream<Path> files = Files.walk(root)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        byte[] content = Files.readAllBytes(file);
        if (indexOf(content, needle) >= 0 || file.getFileName().toString().contains(new String(needle,
            StandardCharsets.UTF_8))) {
          hits.add(file);
        }
      }
    }
    return hits;
  }

  private static int indexOf(byte[] haystack, byte[] needle) {
    outer:
    for (int i = 0; i + needle.length <= haystack.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (haystack[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }
}
