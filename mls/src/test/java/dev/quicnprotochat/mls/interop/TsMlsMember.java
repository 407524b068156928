package dev.quicnprotochat.mls.interop;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/// One ts-mls member inside a [TsMlsPeer] process: typed wrappers of the harness ops (docs/interop.md). Byte
/// strings are complete MLSMessage encodings unless named otherwise.
public final class TsMlsMember {

  private static final HexFormat HEX = HexFormat.of();

  /// `"private"` (ts-mls's default for commits) or `"public"`.
  public enum Wire {
    PRIVATE, PUBLIC;

    String json() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /// What `processMessage` reported: `kind` is `application`, `commit` or `proposal`.
  public record Processed(String kind, Optional<byte[]> plaintext, long epoch, boolean removed) {
  }

  /// A commit and, for adds, its Welcome (else empty), with the member's epoch after applying it.
  public record Committed(byte[] commit, Optional<byte[]> welcome, long epoch) {
  }

  /// One leaf of `members`.
  public record Leaf(int leafIndex, byte[] identity, byte[] signatureKey) {
  }

  private final TsMlsPeer peer;
  private final String name;

  TsMlsMember(TsMlsPeer peer, String name) {
    this.peer = peer;
    this.name = name;
  }

  /// Creates the member's basic credential and Ed25519 key; returns its public signature key.
  public byte[] init(int cipherSuite, byte[] identity, boolean grease) {
    ObjectNode r = req("init").put("cipherSuite", cipherSuite).put("identity", HEX.formatHex(identity))
        .put("grease", grease);
    return bytes(call(r), "signatureKey");
  }

  public byte[] createKeyPackage() {
    return bytes(call(req("createKeyPackage")), "keyPackage");
  }

  public long createGroup(byte[] groupId) {
    return call(req("createGroup").put("groupId", HEX.formatHex(groupId))).path("epoch").asLong();
  }

  public Committed addMembers(List<byte[]> keyPackages, Wire wire) {
    ObjectNode r = req("addMembers").put("wireFormat", wire.json());
    ArrayNode array = r.putArray("keyPackages");
    keyPackages.forEach(kp -> array.add(HEX.formatHex(kp)));
    JsonNode response = call(r);
    return new Committed(bytes(response, "commit"), Optional.of(bytes(response, "welcome")),
        response.path("epoch").asLong());
  }

  /// Joins; returns the member's leaf index.
  public int joinFromWelcome(byte[] welcome) {
    return call(req("joinFromWelcome").put("welcome", HEX.formatHex(welcome))).path("leafIndex").asInt();
  }

  public Processed processMessage(byte[] message) {
    JsonNode r = call(req("processMessage").put("message", HEX.formatHex(message)));
    String kind = r.path("kind").asText();
    Optional<byte[]> plaintext = r.has("plaintext") ? Optional.of(bytes(r, "plaintext")) : Optional.empty();
    return new Processed(kind, plaintext, r.path("epoch").asLong(-1), r.path("removed").asBoolean(false));
  }

  public byte[] encrypt(byte[] plaintext) {
    return bytes(call(req("encrypt").put("plaintext", HEX.formatHex(plaintext))), "message");
  }

  public Committed update(Wire wire) {
    JsonNode r = call(req("update").put("wireFormat", wire.json()));
    return new Committed(bytes(r, "commit"), Optional.empty(), r.path("epoch").asLong());
  }

  public Committed remove(int leafIndex, Wire wire) {
    JsonNode r = call(req("remove").put("leafIndex", leafIndex).put("wireFormat", wire.json()));
    return new Committed(bytes(r, "commit"), Optional.empty(), r.path("epoch").asLong());
  }

  public byte[] proposeRemove(int leafIndex, Wire wire) {
    return bytes(call(req("proposeRemove").put("leafIndex", leafIndex).put("wireFormat", wire.json())), "proposal");
  }

  public long epoch() {
    return call(req("epoch")).path("epoch").asLong();
  }

  public byte[] epochAuthenticator() {
    return bytes(call(req("epochAuthenticator")), "epochAuthenticator");
  }

  public byte[] exportSecret(String label, byte[] context, int length) {
    ObjectNode r = req("exportSecret").put("label", label).put("context", HEX.formatHex(context))
        .put("length", length);
    return bytes(call(r), "secret");
  }

  public List<Leaf> members() {
    List<Leaf> leaves = new ArrayList<>();
    for (JsonNode m : call(req("members")).path("members")) {
      leaves.add(new Leaf(m.path("leafIndex").asInt(), HEX.parseHex(m.path("identity").asText()),
          HEX.parseHex(m.path("signatureKey").asText())));
    }
    return leaves;
  }

  /// Whether the member is still in its group (false once it processed its own removal).
  public boolean active() {
    return call(req("members")).path("active").asBoolean();
  }

  /// The TLS encoding of the member's current `ratchet_tree`.
  public byte[] ratchetTree() {
    return bytes(call(req("ratchetTree")), "ratchetTree");
  }

  private ObjectNode req(String op) {
    ObjectNode r = peer.request(op);
    if (name != null) {
      r.put("member", name);
    }
    return r;
  }

  private JsonNode call(ObjectNode request) {
    return peer.call(request);
  }

  private static byte[] bytes(JsonNode response, String field) {
    JsonNode value = response.get(field);
    if (value == null || !value.isTextual()) {
      throw new IllegalStateException("ts-mls response has no hex field " + field + ": " + response);
    }
    return HEX.parseHex(value.asText());
  }
}
