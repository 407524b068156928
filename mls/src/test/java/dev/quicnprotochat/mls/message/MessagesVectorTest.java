package dev.quicnprotochat.mls.message;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import dev.quicnprotochat.mls.codec.Bytes;
import dev.quicnprotochat.mls.codec.TlsReader;
import dev.quicnprotochat.mls.codec.TlsWriter;
import dev.quicnprotochat.mls.framing.WireFormat;
import dev.quicnprotochat.mls.keypackage.KeyPackageIn;
import dev.quicnprotochat.mls.tree.LeafNode;
import dev.quicnprotochat.mls.tree.RatchetTree;
import dev.quicnprotochat.mls.testing.Vectors;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/// messages.json: every field of every case decodes and re-encodes to identical bytes (syntax only).
class MessagesVectorTest {

  /// Field name → decode-then-encode, for every field of the file.
  private static final Map<String, Function<Bytes, Bytes>> ROUND_TRIPS = new LinkedHashMap<>();

  static {
    ROUND_TRIPS.put("mls_welcome", b -> MLSMessage.decode(b).toBytes());
    ROUND_TRIPS.put("mls_group_info", b -> MLSMessage.decode(b).toBytes());
    ROUND_TRIPS.put("mls_key_package", b -> MLSMessage.decode(b).toBytes());
    ROUND_TRIPS.put("ratchet_tree", b -> RatchetTree.decode(b).toBytes());
    ROUND_TRIPS.put("group_secrets", b -> GroupSecrets.decode(b).toBytes());
    ROUND_TRIPS.put("add_proposal", b -> KeyPackageIn.decode(b).toBytes());
    ROUND_TRIPS.put("update_proposal", b -> LeafNode.decode(b).toBytes());
    ROUND_TRIPS.put("remove_proposal", body(Proposal.REMOVE));
    ROUND_TRIPS.put("pre_shared_key_proposal", body(Proposal.PSK));
    ROUND_TRIPS.put("re_init_proposal", body(Proposal.REINIT));
    ROUND_TRIPS.put("external_init_proposal", body(Proposal.EXTERNAL_INIT));
    ROUND_TRIPS.put("group_context_extensions_proposal", body(Proposal.GROUP_CONTEXT_EXTENSIONS));
    ROUND_TRIPS.put("commit", b -> Commit.decode(b).toBytes());
    ROUND_TRIPS.put("public_message_application", b -> wireFormat(b, WireFormat.PUBLIC_MESSAGE));
    ROUND_TRIPS.put("public_message_proposal", b -> wireFormat(b, WireFormat.PUBLIC_MESSAGE));
    ROUND_TRIPS.put("public_message_commit", b -> wireFormat(b, WireFormat.PUBLIC_MESSAGE));
    ROUND_TRIPS.put("private_message", b -> wireFormat(b, WireFormat.PRIVATE_MESSAGE));
  }

  /// Decodes an MLSMessage, checks its wire format and re-encodes it.
  private static Bytes wireFormat(Bytes b, WireFormat expected) {
    MLSMessage m = MLSMessage.decode(b);
    assertEquals(expected, m.wireFormat());
    return m.toBytes();
  }

  private static java.util.Set<String> fieldNames(JsonNode c) {
    java.util.Set<String> names = new java.util.LinkedHashSet<>();
    c.fieldNames().forEachRemaining(names::add);
    return names;
  }

  private static Function<Bytes, Bytes> body(int type) {
    return b -> {
      Proposal p = TlsReader.decode(b, r -> Proposal.decodeBody(type, r));
      assertEquals(type, p.proposalType());
      TlsWriter w = new TlsWriter();
      p.encodeBody(w);
      return w.toBytes();
    };
  }

  static Stream<Named<JsonNode>> cases() {
    return Vectors.cases("messages.json");
  }

  @ParameterizedTest
  @MethodSource("cases")
  void everyStructDecodesAndReencodesByteForByte(JsonNode c) {
    assertEquals(ROUND_TRIPS.keySet(), fieldNames(c), "every field of the case is checked");
    for (Map.Entry<String, Function<Bytes, Bytes>> e : ROUND_TRIPS.entrySet()) {
      Bytes original = Bytes.wrap(Vectors.hex(c, e.getKey()));
      assertEquals(original, assertDoesNotThrow(() -> e.getValue().apply(original), e.getKey()), e.getKey());
    }
  }
}
