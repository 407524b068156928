package dev.quicnprotochat.application.port.out.client.contract;

import static dev.quicnprotochat.application.testing.client.ClientStateTestData.anIdentity;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quicnprotochat.application.port.out.client.IdentityVault;
import dev.quicnprotochat.domain.clientstate.IdentityKeyPair;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/// What every [IdentityVault] adapter must do; extend it and implement [#vault()]. Override [#reopened()] when the
/// adapter persists, so the tests also check what survives a restart.
@Timeout(30)
public abstract class IdentityVaultContract {

  protected abstract IdentityVault vault();

  /// The same vault after closing and opening it again; by default the vault itself.
  protected IdentityVault reopened() throws Exception {
    return vault();
  }

  @Test
  void emptyBeforeAnIdentityIsCreated() {
    assertEquals(Optional.empty(), vault().load());
  }

  @Test
  void createdIdentityLoadsBackAfterReopening() throws Exception {
    IdentityKeyPair identity = anIdentity();
    assertTrue(vault().create(identity));
    IdentityKeyPair loaded = reopened().load().orElseThrow();
    assertEquals(identity, loaded);
    assertEquals(identity.publicKey(), loaded.publicKey());
  }

  @Test
  void secondCreateIsRefusedAndKeepsTheFirstIdentity() throws Exception {
    IdentityKeyPair first = anIdentity();
    assertTrue(vault().create(first));
    assertFalse(vault().create(anIdentity()));
    assertEquals(Optional.of(first), reopened().load());
  }
}
