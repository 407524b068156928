package dev.quicnprotochat.mls.schedule;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.quicnprotochat.mls.codec.Bytes;
import dev.quicnprotochat.mls.crypto.CipherSuite;
import dev.quicnprotochat.mls.crypto.CipherSuites;
import dev.quicnprotochat.mls.crypto.HpkeExport;
import dev.quicnprotochat.mls.crypto.HpkeKeyPair;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ExternalInitTest {

  @ParameterizedTest
  @ValueSource(ints = {1, 2, 3, 4, 5, 6, 7})
  void joinerAndMembersDeriveTheSameInitSecret(int id) {
    CipherSuite suite = CipherSuites.byId(id);
    GroupContext context = new GroupContext(id, Bytes.fromHex("01"), 3, Bytes.zeros(suite.hashLength()),
        Bytes.EMPTY, List.of());
    byte[] zero = new byte[suite.hashLength()];
    EpochSecrets epoch = KeySchedule.fromCommit(suite, zero, zero, zero, context);
    HpkeKeyPair external = epoch.externalKeyPair();

    HpkeExport joined = ExternalInit.join(suite, external.publicKey());
    assertEquals(suite.hashLength(), joined.secret().length);
    assertArrayEquals(joined.secret(), ExternalInit.initSecret(suite, external, joined.kemOutput()));
    HpkeExport again = ExternalInit.join(suite, external.publicKey());
    assertFalse(Arrays.equals(joined.secret(), again.secret()), "each join draws a fresh secret");
  }
}
