package dev.quicnprotochat.adapter.persistence.sql;

import dev.quicnprotochat.application.port.out.InboxStore;
import dev.quicnprotochat.domain.channel.ChannelId;
import dev.quicnprotochat.domain.identity.IdentityKey;
import dev.quicnprotochat.domain.inbox.Envelope;
import dev.quicnprotochat.mls.codec.Bytes;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/// The child process of [InboxCrashIntegrationTest]: enqueues from several threads until it is killed, printing
/// `OK <payload> <sequence> END` after each enqueue returned (that is, once the store said it is durable).
public final class CrashWriter {

  static final IdentityKey RECIPIENT = IdentityKey.of(new byte[32]);
  static final ChannelId CHANNEL = new ChannelId(Bytes.fromHex("00112233445566778899aabbccddeeff"));

  private CrashWriter() {}

  /// `args`: backend (`sqlite`, `sqlcipher` or `postgresql`), then the database file or PostgreSQL schema.
  public static void main(String[] args) throws Exception {
    Database database = switch (args[0]) {
      case "sqlite" -> Database.openSqlite(Path.of(args[1]), SchemaKind.SERVER);
      case "sqlcipher" -> Database.openEncryptedSqlite(Path.of(args[1]), SchemaKind.SERVER, "k".toCharArray(),
          TestKdf.FAST);
      case "postgresql" -> Database.openPostgres(TestPostgres.URL, args[1], SchemaKind.SERVER);
      default -> throw new IllegalArgumentException(args[0]);
    };
    InboxStore store = new SqlInboxStore(database);
    System.out.println("READY");
    System.out.flush();
    int threads = 8;
    for (int t = 0; t < threads; t++) {
      int thread = t;
      Thread.ofPlatform().start(() -> {
        for (int i = 0; ; i++) {
          String payload = thread + ":" + i;
          long sequence = store.enqueue(List.of(new Envelope(RECIPIENT, CHANNEL,
              Bytes.wrap(payload.getBytes(StandardCharsets.UTF_8)), Optional.empty()))).getFirst();
          synchronized (System.out) {
            System.out.println("OK " + payload + " " + sequence + " END");
            System.out.flush();
          }
        }
      });
    }
    Thread.sleep(Long.MAX_VALUE);
  }
}
