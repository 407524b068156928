package dev.quicnprotochat.mls.crypto.pq;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quicnprotochat.mls.crypto.CipherSuite;
import dev.quicnprotochat.mls.crypto.CipherSuites;
import dev.quicnprotochat.mls.crypto.HpkeCiphertext;
import dev.quicnprotochat.mls.crypto.HpkeKeyPair;
import dev.quicnprotochat.mls.crypto.SignatureKeyPair;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/// The PQ suites are shared singletons too: pooled BouncyCastle HPKE objects and the ML-KEM / ML-DSA public-key
/// caches must not mix state between threads.
class PqConcurrencyTest {

  @ParameterizedTest
  @ValueSource(ints = {79, 87})
  @Timeout(60)
  void concurrentCallersGetConsistentResults(int id) throws Exception {
    CipherSuite suite = CipherSuites.byId(id);
    HpkeKeyPair[] recipients = {suite.generateHpkeKeyPair(), suite.generateHpkeKeyPair()};
    SignatureKeyPair[] signers = {suite.generateSignatureKeyPair(), suite.generateSignatureKeyPair()};
    try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
      List<Future<?>> tasks = new ArrayList<>();
      for (int t = 0; t < 8; t++) {
        int which = t % 2;
        tasks.add(pool.submit(() -> {
          for (int i = 0; i < 5; i++) {
            byte[] message = {(byte) which, (byte) i};
            HpkeKeyPair r = recipients[which];
            HpkeCiphertext ct = suite.encryptWithLabel(r.publicKey(), "L", message, message);
            assertArrayEquals(message, suite.decryptWithLabel(r.privateKey(), r.publicKey(), "L", message,
                ct.kemOutput(), ct.ciphertext()));
            byte[] sig = suite.signWithLabel(signers[which], "L", message);
            assertTrue(suite.verifyWithLabel(signers[which].publicKey(), "L", message, sig));
          }
          return null;
        }));
      }
      for (Future<?> task : tasks) {
        task.get();
      }
    }
  }
}
