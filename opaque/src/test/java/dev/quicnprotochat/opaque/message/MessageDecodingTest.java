package dev.quicnprotochat.opaque.message;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quicnprotochat.opaque.Ksf;
import dev.quicnprotochat.opaque.OpaqueCodecException;
import dev.quicnprotochat.opaque.OpaqueConfig;
import dev.quicnprotochat.opaque.OpaqueRandom;
import dev.quicnprotochat.opaque.oprf.OprfSuite;
import java.util.Arrays;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/// Strict decoding: wrong lengths, the identity, non-canonical and off-curve encodings never become messages.
class MessageDecodingTest {

  private static final OpaqueConfig RISTRETTO = OpaqueConfig.of(OprfSuite.RISTRETTO255_SHA512, Ksf.identity(),
      new byte[0]);
  private static final OpaqueConfig P256 = OpaqueConfig.of(OprfSuite.P256_SHA256, Ksf.identity(), new byte[0]);
  private static final HexFormat HEX = HexFormat.of();

  /// The ristretto255 generator, a valid element.
  private static final byte[] R_GEN = HEX.parseHex("e2f2ae0a6abc4e71a884a961c500515f58e30b6aa582dd8db6a65945e08d2d76");
  /// The P-256 generator, compressed.
  private static final byte[] P_GEN =
      HEX.parseHex("036b17d1f2e12c4247f8bce6e563a440f277037d812deb33a0f4a13945d898c296");

  private static byte[] ke1(byte[] blinded, byte[] keyshare) {
    return WireMessage.concat(blinded, new byte[OpaqueConfig.NONCE_LENGTH], keyshare);
  }

  @Test
  void validMessagesDecode() {
    KE1.decode(RISTRETTO, ke1(R_GEN, R_GEN));
    KE1.decode(P256, ke1(P_GEN, P_GEN));
  }

  @Test
  void wrongLengthsAreRejected() {
    assertThrows(OpaqueCodecException.class, () -> KE1.decode(RISTRETTO, Arrays.copyOf(ke1(R_GEN, R_GEN), 95)));
    assertThrows(OpaqueCodecException.class, () -> KE1.decode(RISTRETTO, Arrays.copyOf(ke1(R_GEN, R_GEN), 97)));
    assertThrows(OpaqueCodecException.class, () -> KE2.decode(P256, new byte[KE2.encodedLength(P256) - 1]));
    assertThrows(OpaqueCodecException.class, () -> KE3.decode(RISTRETTO, new byte[32]));
    assertThrows(OpaqueCodecException.class, () -> RegistrationRequest.decode(P256, new byte[32]));
    assertThrows(OpaqueCodecException.class, () -> RegistrationRecord.decode(RISTRETTO, new byte[191]));
    assertThrows(OpaqueCodecException.class, () -> Envelope.decode(RISTRETTO, new byte[64]));
  }

  @Test
  void identityElementIsRejected() {
    byte[] identity = new byte[32];
    assertThrows(OpaqueCodecException.class, () -> RegistrationRequest.decode(RISTRETTO, identity));
    assertThrows(OpaqueCodecException.class, () -> KE1.decode(RISTRETTO, ke1(identity, R_GEN)));
    assertThrows(OpaqueCodecException.class, () -> KE1.decode(RISTRETTO, ke1(R_GEN, identity)));
    // SEC1 encodes the point at infinity as a single zero byte; padded to 33 bytes it is no point at all.
    assertThrows(OpaqueCodecException.class, () -> RegistrationRequest.decode(P256, new byte[33]));
  }

  @Test
  void nonCanonicalRistrettoEncodingIsRejected() {
    // p + 0 = 2^255 - 19 encoded without reduction (RFC 9496 A.2).
    byte[] nonCanonical = HEX.parseHex("edffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f");
    assertThrows(OpaqueCodecException.class, () -> RegistrationRequest.decode(RISTRETTO, nonCanonical));
    byte[] highBit = R_GEN.clone();
    highBit[31] |= (byte) 0x80;
    assertThrows(OpaqueCodecException.class, () -> RegistrationRequest.decode(RISTRETTO, highBit));
  }

  @Test
  void offCurveAndUncompressedP256PointsAreRejected() {
    // x = 1 is not the abscissa of a P-256 point (1 - 3 + b is not a square mod p), and x = p is out of range.
    byte[] xIsOne = new byte[33];
    xIsOne[0] = 2;
    xIsOne[32] = 1;
    assertThrows(OpaqueCodecException.class, () -> RegistrationRequest.decode(P256, xIsOne));
    byte[] xIsP = HEX.parseHex("02ffffffff00000001000000000000000000000000ffffffffffffffffffffffff");
    assertThrows(OpaqueCodecException.class, () -> RegistrationRequest.decode(P256, xIsP));
    byte[] badPrefix = P_GEN.clone();
    badPrefix[0] = 4;
    assertThrows(OpaqueCodecException.class, () -> RegistrationRequest.decode(P256, badPrefix));
  }

  @Test
  void everyAcceptedRistrettoEncodingIsCanonical() {
    // Decoding must be injective: anything accepted re-encodes to exactly the bytes received.
    OpaqueRandom random = OpaqueRandom.secure();
    int accepted = 0;
    for (int i = 0; i < 400; i++) {
      byte[] bytes = random.nextBytes(32);
      try {
        assertArrayEquals(bytes, RISTRETTO.group().serialize(RISTRETTO.group().deserialize(bytes)));
        accepted++;
      } catch (OpaqueCodecException expected) {
        // rejected
      }
    }
    // About 1 in 16 random strings is a valid encoding (non-negative s, square, high bit clear).
    assertTrue(accepted > 0, "no random encoding was accepted");
  }
}
