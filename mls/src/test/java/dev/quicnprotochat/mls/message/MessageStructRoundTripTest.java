package dev.quicnprotochat.mls.message;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.quicnprotochat.mls.CodecException;
import dev.quicnprotochat.mls.ValidationException;
import dev.quicnprotochat.mls.codec.Bytes;
import dev.quicnprotochat.mls.codec.TlsReader;
import dev.quicnprotochat.mls.crypto.CipherSuite;
import dev.quicnprotochat.mls.crypto.CipherSuites;
import dev.quicnprotochat.mls.crypto.HpkeCiphertext;
import dev.quicnprotochat.mls.extension.Extension;
import dev.quicnprotochat.mls.keypackage.KeyPackageRef;
import dev.quicnprotochat.mls.schedule.GroupContext;
import dev.quicnprotochat.mls.schedule.PreSharedKeyID;
import dev.quicnprotochat.mls.testing.MemberTestData;
import dev.quicnprotochat.mls.testing.MemberTestData.Member;
import dev.quicnprotochat.mls.treemath.LeafIndex;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MessageStructRoundTripTest {

  private static final CipherSuite SUITE = CipherSuites.byId(1);

  private static void assertRoundTrips(Proposal p) {
    Bytes bytes = p.toBytes();
    Proposal decoded = Proposal.decode(bytes);
    assertEquals(p, decoded);
    assertEquals(bytes, decoded.toBytes());
  }

  @Test
  void everyProposalTypeRoundTripsIncludingUnknownOnes() {
    Member bob = MemberTestData.aMember(SUITE, "bob");
    List<Extension> grease = List.of(new Extension(0x4A4A, Bytes.fromHex("00")));
    assertRoundTrips(new Proposal.Add(bob.keyPackage().wire()));
    assertRoundTrips(new Proposal.Update(bob.leaf()));
    assertRoundTrips(new Proposal.Remove(LeafIndex.of(7)));
    assertRoundTrips(new Proposal.PreSharedKey(new PreSharedKeyID.External(Bytes.fromHex("01"),
        Bytes.fromHex("02"))));
    assertRoundTrips(new Proposal.ReInit(Bytes.fromHex("0102"), 1, 2, grease));
    assertRoundTrips(new Proposal.ExternalInit(Bytes.fromHex("abcdef")));
    assertRoundTrips(new Proposal.GroupContextExtensions(grease));
    assertRoundTrips(new Proposal.Unknown(0x5A5A, Bytes.fromHex("c0ffee")));
  }

  @Test
  void removeKeepsAnyUint32ButOnlyPlausibleLeavesAreUsable() {
    Proposal.Remove huge = new Proposal.Remove(0xffff_fff0L);
    assertEquals(huge, Proposal.decode(huge.toBytes()));
    assertThrows(ValidationException.class, huge::removedLeaf);
    assertEquals(LeafIndex.of(3), new Proposal.Remove(3).removedLeaf());
  }

  @Test
  void commitWithInlineProposalsAndReferencesRoundTrips() {
    Commit commit = new Commit(List.of(new ProposalOrRef.Inline(new Proposal.Remove(LeafIndex.of(1))),
        new ProposalOrRef.Reference(new ProposalRef(Bytes.fromHex("0011")))), Optional.empty());
    assertEquals(commit, Commit.decode(commit.toBytes()));
    assertThrows(CodecException.class, () -> TlsReader.decode(new byte[] {3}, ProposalOrRef::decode));
  }

  @Test
  void groupInfoSignsAndVerifiesAndRoundTripsAsAnMlsMessage() {
    Member alice = MemberTestData.aMember(SUITE, "alice");
    GroupContext context = new GroupContext(SUITE.id(), Bytes.fromHex("aa"), 5, Bytes.fromHex("01"),
        Bytes.fromHex("02"), List.of());
    GroupInfo info = new GroupInfo(context, List.of(), Bytes.fromHex("0303"), LeafIndex.of(0), Bytes.EMPTY)
        .signed(SUITE, alice.signatureKey().privateKey());
    assertTrue(info.verifySignature(SUITE, alice.leaf().signatureKey()));
    assertFalse(info.verifySignature(SUITE, MemberTestData.aMember(SUITE, "eve").leaf().signatureKey()));
    MLSMessage message = new MLSMessage.OfGroupInfo(info);
    assertEquals(message, MLSMessage.decode(message.toBytes()));
  }

  @Test
  void welcomeAndGroupSecretsRoundTripAndRedactSecrets() {
    GroupSecrets secrets = new GroupSecrets(Bytes.fromHex("5ec7e7"), Optional.of(new PathSecret(Bytes.fromHex("99"))),
        List.of(new PreSharedKeyID.External(Bytes.fromHex("01"), Bytes.fromHex("02"))));
    assertEquals(secrets, GroupSecrets.decode(secrets.toBytes()));
    assertFalse(secrets.toString().contains("5ec7e7"));
    Welcome welcome = new Welcome(SUITE.id(), List.of(new EncryptedGroupSecrets(
        new KeyPackageRef(Bytes.fromHex("aa")), new HpkeCiphertext(new byte[] {1}, new byte[] {2}))),
        Bytes.fromHex("0102"));
    Bytes bytes = new MLSMessage.OfWelcome(welcome).toBytes();
    Welcome decoded = assertInstanceOf(MLSMessage.OfWelcome.class, MLSMessage.decode(bytes)).welcome();
    assertEquals(bytes, new MLSMessage.OfWelcome(decoded).toBytes());
    assertTrue(decoded.secretsFor(new KeyPackageRef(Bytes.fromHex("aa"))).isPresent());
  }

  @Test
  void anotherProtocolVersionIsRejected() {
    assertThrows(ValidationException.class, () -> MLSMessage.decode(Bytes.fromHex("00020005")));
    assertThrows(CodecException.class, () -> MLSMessage.decode(Bytes.fromHex("00010009")));
  }
}
