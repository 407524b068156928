package dev.quicnprotochat.mls.schedule;

import static dev.quicnprotochat.mls.testing.Vectors.hex;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import dev.quicnprotochat.mls.codec.Bytes;
import dev.quicnprotochat.mls.crypto.CipherSuite;
import dev.quicnprotochat.mls.crypto.CipherSuites;
import dev.quicnprotochat.mls.crypto.Secret;
import dev.quicnprotochat.mls.testing.Vectors;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/// key-schedule.json (RFC 9420 §8, §8.1, §8.3, §8.5): five chained epochs per suite, every derived value checked.
class KeyScheduleVectorTest {

  static Stream<Named<JsonNode>> cases() {
    return Vectors.cases("key-schedule.json");
  }

  @ParameterizedTest
  @MethodSource("cases")
  void everyEpochDerivesTheExpectedSecrets(JsonNode c) {
    int suiteId = c.get("cipher_suite").asInt();
    CipherSuite suite = CipherSuites.byId(suiteId);
    Bytes groupId = Bytes.wrap(hex(c, "group_id"));
    byte[] initSecret = hex(c, "initial_init_secret");
    JsonNode epochs = c.get("epochs");
    assertEquals(5, epochs.size());
    for (int i = 0; i < epochs.size(); i++) {
      JsonNode e = epochs.get(i);
      String at = "epoch " + i;
      GroupContext context = new GroupContext(suiteId, groupId, i, Bytes.wrap(hex(e, "tree_hash")),
          Bytes.wrap(hex(e, "confirmed_transcript_hash")), List.of());
      assertArrayEquals(hex(e, "group_context"), context.toByteArray(), at);

      EpochSecrets secrets = KeySchedule.fromCommit(suite, initSecret, hex(e, "commit_secret"),
          hex(e, "psk_secret"), context);
      assertSecret(e, "joiner_secret", secrets.joinerSecret(), at);
      assertSecret(e, "welcome_secret", secrets.welcomeSecret(), at);
      assertSecret(e, "sender_data_secret", secrets.senderDataSecret(), at);
      assertSecret(e, "encryption_secret", secrets.encryptionSecret(), at);
      assertSecret(e, "exporter_secret", secrets.exporterSecret(), at);
      assertSecret(e, "external_secret", secrets.externalSecret(), at);
      assertSecret(e, "confirmation_key", secrets.confirmationKey(), at);
      assertSecret(e, "membership_key", secrets.membershipKey(), at);
      assertSecret(e, "resumption_psk", secrets.resumptionPsk(), at);
      assertSecret(e, "init_secret", secrets.initSecret(), at);
      assertArrayEquals(hex(e, "epoch_authenticator"), secrets.epochAuthenticator(), at);
      assertArrayEquals(hex(e, "external_pub"), secrets.externalKeyPair().publicKey(), at);
      assertArrayEquals(hex(e, "joiner_secret"), KeySchedule.joinerSecret(suite, initSecret, hex(e, "commit_secret"),
          context.toByteArray()), at);
      assertArrayEquals(hex(e, "welcome_secret"), KeySchedule.welcomeSecret(suite, hex(e, "joiner_secret"),
          hex(e, "psk_secret")), at);

      JsonNode exporter = e.get("exporter");
      // The vector's exporter label is text that happens to look like hex: it is used as is, never hex-decoded.
      String label = exporter.get("label").asText();
      assertArrayEquals(hex(exporter, "secret"),
          secrets.export(label, hex(exporter, "context"), exporter.get("length").asInt()), at);

      initSecret = secrets.initSecret().toByteArray();
      secrets.destroy();
    }
  }

  private static void assertSecret(JsonNode epoch, String field, Secret actual, String at) {
    assertArrayEquals(hex(epoch, field), actual.toByteArray(), at + ": " + field);
  }
}
