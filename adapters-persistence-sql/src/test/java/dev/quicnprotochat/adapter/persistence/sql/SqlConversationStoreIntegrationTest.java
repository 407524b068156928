package dev.quicnprotochat.adapter.persistence.sql;

import dev.quicnprotochat.application.port.out.ConversationStore;
import dev.quicnprotochat.application.port.out.contract.ConversationStoreContract;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.io.TempDir;

/// The conversation store contract on a real SQLite file, plain and SQLCipher-encrypted.
class SqlConversationStoreIntegrationTest {

  @TempDir
  Path directory;

  private final List<SqlConversationStore> opened = new ArrayList<>();

  @AfterEach
  void closeStores() {
    opened.forEach(SqlConversationStore::close);
  }

  private ConversationStore track(SqlConversationStore store) {
    opened.add(store);
    return store;
  }

  @Nested
  class Plain extends ConversationStoreContract {
    @Override
    protected ConversationStore store() {
      try {
        return track(SqlConversationStore.open(directory.resolve("plain-" + opened.size() + ".db")));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    }
  }

  @Nested
  class Encrypted extends ConversationStoreContract {
    @Override
    protected ConversationStore store() {
      try {
        return track(SqlConversationStore.openEncrypted(directory.resolve("enc-" + opened.size() + ".db"),
            "correct horse".toCharArray(), TestKdf.FAST));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    }
  }
}
