package dev.quicnprotochat.mls.schedule;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quicnprotochat.mls.UsageException;
import dev.quicnprotochat.mls.codec.Bytes;
import dev.quicnprotochat.mls.crypto.CipherSuite;
import dev.quicnprotochat.mls.crypto.CipherSuites;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

class EpochSecretsTest {

  private static final CipherSuite SUITE = CipherSuites.byId(1);

  private static EpochSecrets epoch() {
    GroupContext context = new GroupContext(1, Bytes.fromHex("01"), 0, Bytes.zeros(32), Bytes.EMPTY, List.of());
    return KeySchedule.fromCommit(SUITE, new byte[32], new byte[32], new byte[32], context);
  }

  @Test
  void toStringNamesNoSecret() {
    EpochSecrets secrets = epoch();
    String text = secrets.toString() + secrets.initSecret() + secrets.encryptionSecret();
    for (byte[] secret : List.of(secrets.initSecret().toByteArray(), secrets.encryptionSecret().toByteArray(),
        secrets.exporterSecret().toByteArray(), secrets.joinerSecret().toByteArray())) {
      assertFalse(text.contains(HexFormat.of().formatHex(secret)));
    }
  }

  @Test
  void destroyZeroesAndForbidsFurtherUse() {
    EpochSecrets secrets = epoch();
    secrets.destroy();
    assertTrue(secrets.isDestroyed());
    assertThrows(UsageException.class, () -> secrets.initSecret().toByteArray());
    assertThrows(UsageException.class, () -> secrets.export("x", new byte[0], 16));
  }

  @Test
  void wrongLengthInputsAreRejected() {
    GroupContext context = new GroupContext(1, Bytes.fromHex("01"), 0, Bytes.zeros(32), Bytes.EMPTY, List.of());
    assertThrows(UsageException.class,
        () -> KeySchedule.fromCommit(SUITE, new byte[31], new byte[32], new byte[32], context));
  }
}
