package dev.quicnprotochat.mls.crypto;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.quicnprotochat.mls.CryptoException;
import dev.quicnprotochat.mls.codec.Bytes;
import dev.quicnprotochat.mls.codec.TlsReader;
import dev.quicnprotochat.mls.codec.TlsWriter;
import java.util.Random;
import org.junit.jupiter.api.Test;

/// The suite's operations over [Bytes] read in place (no copy first) give what the array operations give.
class InPlaceOperationsTest {

  private final CipherSuite suite = CipherSuites.byId(1);
  private final Random random = new Random(7);

  private byte[] bytes(int n) {
    byte[] b = new byte[n];
    random.nextBytes(b);
    return b;
  }

  @Test
  void hashOfPartsIsTheHashOfTheirConcatenation() {
    byte[] a = bytes(40);
    byte[] b = bytes(70_000);
    byte[] c = bytes(3);
    byte[] all = Bytes.wrap(a).concat(Bytes.wrap(b)).concat(Bytes.wrap(c)).toByteArray();
    assertArrayEquals(suite.hash(all), suite.hash(Bytes.wrap(a), Bytes.wrap(b), Bytes.wrap(c)));
    assertArrayEquals(suite.hash(new byte[0]), suite.hash());
  }

  @Test
  void openingAViewOfAMessageGivesThePlaintextAndRefusesATamperedOne() {
    byte[] key = bytes(suite.aeadKeyLength());
    byte[] nonce = bytes(suite.aeadNonceLength());
    byte[] aad = bytes(9);
    byte[] plaintext = bytes(20_000);
    byte[] sealed = suite.seal(key, nonce, aad, plaintext);
    // The ciphertext as a PrivateMessage decoder leaves it: a view in the middle of a larger message.
    TlsReader r = new TlsReader(Bytes.wrap(new TlsWriter(sealed.length + 8).u8(7).opaque(sealed).u8(8)
        .toByteArray()));
    r.u8();
    Bytes view = r.opaqueView();
    r.u8();
    r.finish();
    assertArrayEquals(plaintext, suite.open(key, nonce, aad, view));
    byte[] tampered = sealed.clone();
    tampered[100] ^= 1;
    assertThrows(CryptoException.class, () -> suite.open(key, nonce, aad, Bytes.wrap(tampered)));
    assertThrows(CryptoException.class, () -> suite.open(key, nonce, aad, Bytes.wrap(new byte[15])));
  }
}
