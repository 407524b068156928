package dev.quicnprotochat.mls.schedule;

import static dev.quicnprotochat.mls.testing.Vectors.hex;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.quicnprotochat.mls.codec.TlsReader;
import dev.quicnprotochat.mls.crypto.CipherSuite;
import dev.quicnprotochat.mls.crypto.CipherSuites;
import dev.quicnprotochat.mls.framing.AuthenticatedContent;
import dev.quicnprotochat.mls.testing.Vectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/// transcript-hashes.json (RFC 9420 §8.2): confirmed and interim transcript hashes and the confirmation tag of one
/// commit.
class TranscriptHashesVectorTest {

  static Stream<Named<JsonNode>> cases() {
    return Vectors.cases("transcript-hashes.json");
  }

  @ParameterizedTest
  @MethodSource("cases")
  void transcriptHashesAndConfirmationTagMatch(JsonNode c) {
    CipherSuite suite = CipherSuites.byId(c.get("cipher_suite").asInt());
    byte[] encoded = hex(c, "authenticated_content");
    AuthenticatedContent content = TlsReader.decode(encoded, AuthenticatedContent::decode);
    assertArrayEquals(encoded, content.toByteArray(), "AuthenticatedContent re-encodes identically");

    byte[] confirmed = TranscriptHashes.confirmed(suite, hex(c, "interim_transcript_hash_before"),
        content.confirmedTranscriptHashInput());
    assertArrayEquals(hex(c, "confirmed_transcript_hash_after"), confirmed);

    byte[] tag = content.auth().confirmationTag().orElseThrow().toByteArray();
    assertArrayEquals(tag, TranscriptHashes.confirmationTag(suite, hex(c, "confirmation_key"), confirmed));
    assertTrue(TranscriptHashes.confirmationTagMatches(suite, hex(c, "confirmation_key"), confirmed, tag));

    assertArrayEquals(hex(c, "interim_transcript_hash_after"), TranscriptHashes.interim(suite, confirmed, tag));
  }
}
