package dev.quicnprotochat.mls.framing;

import static dev.quicnprotochat.mls.testing.Vectors.hex;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import dev.quicnprotochat.mls.UsageException;
import dev.quicnprotochat.mls.codec.Bytes;
import dev.quicnprotochat.mls.codec.TlsReader;
import dev.quicnprotochat.mls.codec.TlsWriter;
import dev.quicnprotochat.mls.crypto.CipherSuite;
import dev.quicnprotochat.mls.crypto.CipherSuites;
import dev.quicnprotochat.mls.crypto.SignatureKeyPair;
import dev.quicnprotochat.mls.schedule.GroupContext;
import dev.quicnprotochat.mls.secrettree.SecretTree;
import dev.quicnprotochat.mls.testing.Vectors;
import dev.quicnprotochat.mls.treemath.LeafIndex;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/// message-protection.json (RFC 9420 §6): unprotect the given public and private messages, and round-trip our own.
class MessageProtectionVectorTest {

  private static final LeafIndex SENDER = LeafIndex.of(1);
  private static final int LEAVES = 2;

  static Stream<Named<JsonNode>> cases() {
    return Vectors.cases("message-protection.json");
  }

  /// Everything one case needs.
  private record Fixture(CipherSuite suite, GroupContext context, SignatureKeyPair signer, byte[] encryptionSecret,
      byte[] senderDataSecret, byte[] membershipKey) {

    static Fixture of(JsonNode c) {
      int suiteId = c.get("cipher_suite").asInt();
      GroupContext context = new GroupContext(suiteId, Bytes.wrap(hex(c, "group_id")), c.get("epoch").asLong(),
          Bytes.wrap(hex(c, "tree_hash")), Bytes.wrap(hex(c, "confirmed_transcript_hash")), List.of());
      return new Fixture(CipherSuites.byId(suiteId), context,
          new SignatureKeyPair(hex(c, "signature_priv"), hex(c, "signature_pub")), hex(c, "encryption_secret"),
          hex(c, "sender_data_secret"), hex(c, "membership_key"));
    }

    SecretTree freshTree() {
      return new SecretTree(suite, encryptionSecret, LEAVES);
    }

    Function<Sender, byte[]> keys() {
      return sender -> {
        assertEquals(new Sender.Member(SENDER), sender);
        return signer.publicKey();
      };
    }
  }

  /// One case per entry: proposal, commit and application must all pass.
  @ParameterizedTest
  @MethodSource("cases")
  void messagesUnprotectAndRoundTrip(JsonNode c) {
    Fixture f = Fixture.of(c);
    proposalUnprotectsAndRoundTrips(c, f);
    commitUnprotectsAndRoundTrips(c, f);
    applicationUnprotectsAndRoundTripsPrivatelyOnly(c, f);
  }

  private static void proposalUnprotectsAndRoundTrips(JsonNode c, Fixture f) {
    byte[] proposal = hex(c, "proposal");
    assertArrayEquals(proposal, unprotectPublic(f, hex(c, "proposal_pub")).content().body().toByteArray());
    assertArrayEquals(proposal, unprotectPrivate(f, hex(c, "proposal_priv")).content().body().toByteArray());
    assertArrayEquals(proposal, unprotectPublic(f, hex(c, "proposal_pub")).content().proposal().toBytes()
        .toByteArray());
    roundTrip(f, ContentType.PROPOSAL, proposal, Optional.empty());
  }

  private static void commitUnprotectsAndRoundTrips(JsonNode c, Fixture f) {
    byte[] commit = hex(c, "commit");
    AuthenticatedContent pub = unprotectPublic(f, hex(c, "commit_pub"));
    assertArrayEquals(commit, pub.content().body().toByteArray());
    assertArrayEquals(commit, pub.content().commit().toBytes().toByteArray());
    assertArrayEquals(commit, unprotectPrivate(f, hex(c, "commit_priv")).content().body().toByteArray());
    // The confirmation tag cannot be checked here; any value round-trips.
    roundTrip(f, ContentType.COMMIT, commit, pub.auth().confirmationTag());
  }

  private static void applicationUnprotectsAndRoundTripsPrivatelyOnly(JsonNode c, Fixture f) {
    byte[] application = hex(c, "application");
    assertArrayEquals(application,
        unprotectPrivate(f, hex(c, "application_priv")).content().applicationData().toByteArray());
    FramedContent content = content(f, ContentType.APPLICATION, application);
    AuthenticatedContent signed = AuthenticatedContent.sign(f.suite(), WireFormat.PUBLIC_MESSAGE, content,
        f.context(), f.signer(), Optional.empty());
    assertThrows(UsageException.class,
        () -> PublicMessage.protect(f.suite(), signed, f.context(), f.membershipKey()));
    roundTripPrivate(f, content, Optional.empty());
  }

  private static void roundTrip(Fixture f, ContentType type, byte[] body, Optional<Bytes> confirmationTag) {
    FramedContent content = content(f, type, body);
    AuthenticatedContent signed = AuthenticatedContent.sign(f.suite(), WireFormat.PUBLIC_MESSAGE, content,
        f.context(), f.signer(), confirmationTag);
    PublicMessage message = PublicMessage.protect(f.suite(), signed, f.context(), f.membershipKey());
    byte[] wire = mlsMessage(WireFormat.PUBLIC_MESSAGE, message.toByteArray());
    assertEquals(signed, unprotectPublic(f, wire));
    roundTripPrivate(f, content, confirmationTag);
  }

  private static void roundTripPrivate(Fixture f, FramedContent content, Optional<Bytes> confirmationTag) {
    AuthenticatedContent signed = AuthenticatedContent.sign(f.suite(), WireFormat.PRIVATE_MESSAGE, content,
        f.context(), f.signer(), confirmationTag);
    PrivateMessage message = PrivateMessage.protect(f.suite(), signed, f.freshTree(), f.senderDataSecret(), 32,
        new Random(42));
    byte[] wire = mlsMessage(WireFormat.PRIVATE_MESSAGE, message.toByteArray());
    assertEquals(signed, unprotectPrivate(f, wire));
  }

  private static FramedContent content(Fixture f, ContentType type, byte[] body) {
    return new FramedContent(f.context().groupId(), f.context().epoch(), new Sender.Member(SENDER),
        Bytes.fromHex("0102"), type, Bytes.of(body));
  }

  private static AuthenticatedContent unprotectPublic(Fixture f, byte[] mlsMessage) {
    PublicMessage message = TlsReader.decode(mlsMessage, r -> {
      readHeader(r, WireFormat.PUBLIC_MESSAGE);
      return PublicMessage.decode(r);
    });
    assertArrayEquals(mlsMessage, mlsMessage(WireFormat.PUBLIC_MESSAGE, message.toByteArray()));
    return message.unprotect(f.suite(), f.context(), f.membershipKey(), f.keys());
  }

  private static AuthenticatedContent unprotectPrivate(Fixture f, byte[] mlsMessage) {
    PrivateMessage message = TlsReader.decode(mlsMessage, r -> {
      readHeader(r, WireFormat.PRIVATE_MESSAGE);
      return PrivateMessage.decode(r);
    });
    assertArrayEquals(mlsMessage, mlsMessage(WireFormat.PRIVATE_MESSAGE, message.toByteArray()));
    // A fresh secret tree per message, as the vector prescribes.
    return message.unprotect(f.suite(), f.freshTree(), f.senderDataSecret(), f.context(), f.keys());
  }

  /// The MLSMessage header: version mls10, then the wire format.
  private static void readHeader(TlsReader r, WireFormat expected) {
    assertEquals(GroupContext.MLS10, r.u16());
    assertEquals(expected, WireFormat.fromCode(r.u16()));
  }

  private static byte[] mlsMessage(WireFormat wireFormat, byte[] body) {
    return new TlsWriter(4 + body.length).u16(GroupContext.MLS10).u16(wireFormat.code()).raw(body).toByteArray();
  }
}
