package dev.quicnprotochat.adapter.persistence.sql;

import static dev.quicnprotochat.application.testing.ServerTestData.aRegisteredUser;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.quicnprotochat.application.port.out.UserStore.AddResult;
import dev.quicnprotochat.domain.identity.RegisteredUser;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqlServerStoresIntegrationTest {

  @TempDir
  Path directory;

  @Test
  void storesShareTheDatabaseAndCloseItWithThem() throws Exception {
    Path file = directory.resolve("server.db");
    RegisteredUser user = aRegisteredUser();
    SqlServerStores stores = SqlServerStores.over(Database.openSqlite(file, SchemaKind.SERVER));
    assertEquals(AddResult.ADDED, stores.users().add(user));
    stores.close();
    assertThrows(IllegalStateException.class, () -> stores.users().add(aRegisteredUser()));
    try (SqlServerStores reopened = SqlServerStores.over(Database.openSqlite(file, SchemaKind.SERVER))) {
      assertEquals(Optional.of(user), reopened.users().findByIdentityKey(user.identityKey()));
    }
  }
}
