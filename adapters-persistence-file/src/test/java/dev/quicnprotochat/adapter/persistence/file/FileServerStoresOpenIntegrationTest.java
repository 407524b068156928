package dev.quicnprotochat.adapter.persistence.file;

import static dev.quicnprotochat.application.testing.ServerTestData.aRegisteredUser;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quicnprotochat.application.port.out.UserStore.AddResult;
import dev.quicnprotochat.domain.identity.RegisteredUser;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileServerStoresOpenIntegrationTest {

  @TempDir
  Path directory;

  @Test
  void storesOpenTogetherAndKeepTheirDataAcrossARestart() throws Exception {
    RegisteredUser user = aRegisteredUser();
    try (FileServerStores stores = FileServerStores.open(directory)) {
      assertEquals(AddResult.ADDED, stores.users().add(user));
    }
    try (FileServerStores stores = FileServerStores.open(directory)) {
      assertEquals(Optional.of(user), stores.users().findByUsername(user.username()));
    }
  }

  @Test
  void aStoreThatCannotOpenClosesTheOnesAlreadyOpen() throws Exception {
    try (FileSessionStore busy = new FileSessionStore(directory)) {
      IOException e = assertThrows(IOException.class, () -> FileServerStores.open(directory));
      assertTrue(e.getMessage().contains("sessions.log"), e.getMessage());
      // the users log opened before the failure was closed again, so it can be opened now
      new FileUserStore(directory).close();
    }
  }
}
