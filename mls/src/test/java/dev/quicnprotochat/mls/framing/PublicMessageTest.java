package dev.quicnprotochat.mls.framing;

import static dev.quicnprotochat.mls.framing.FramingTestData.ALICE;
import static dev.quicnprotochat.mls.framing.FramingTestData.CONTEXT;
import static dev.quicnprotochat.mls.framing.FramingTestData.MEMBERSHIP_KEY;
import static dev.quicnprotochat.mls.framing.FramingTestData.REMOVE_LEAF_1;
import static dev.quicnprotochat.mls.framing.FramingTestData.SIGNER;
import static dev.quicnprotochat.mls.framing.FramingTestData.SUITE;
import static dev.quicnprotochat.mls.framing.FramingTestData.content;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quicnprotochat.mls.ValidationCheck;
import dev.quicnprotochat.mls.ValidationException;
import dev.quicnprotochat.mls.codec.Bytes;
import dev.quicnprotochat.mls.codec.TlsReader;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PublicMessageTest {

  private static PublicMessage protect(Sender sender) {
    AuthenticatedContent signed = AuthenticatedContent.sign(SUITE, WireFormat.PUBLIC_MESSAGE,
        content(sender, ContentType.PROPOSAL, REMOVE_LEAF_1), CONTEXT, SIGNER, Optional.empty());
    return PublicMessage.protect(SUITE, signed, CONTEXT, MEMBERSHIP_KEY);
  }

  @Test
  void roundTripsForEverySenderType() {
    for (Sender sender : new Sender[] {ALICE, new Sender.External(3), new Sender.NewMemberProposal()}) {
      PublicMessage message = protect(sender);
      byte[] encoded = message.toByteArray();
      PublicMessage decoded = TlsReader.decode(encoded, PublicMessage::decode);
      assertEquals(message, decoded);
      assertArrayEquals(encoded, decoded.toByteArray());
      assertEquals(sender instanceof Sender.Member, decoded.membershipTag().isPresent());
      decoded.unprotect(SUITE, CONTEXT, MEMBERSHIP_KEY, s -> SIGNER.publicKey());
    }
  }

  @Test
  void tamperedMembershipTagIsRejected() {
    PublicMessage message = protect(ALICE);
    byte[] tag = message.membershipTag().orElseThrow().toByteArray();
    tag[0] ^= 1;
    PublicMessage forged = new PublicMessage(message.content(), message.auth(), Optional.of(Bytes.wrap(tag)));
    ValidationException e = assertThrows(ValidationException.class,
        () -> forged.unprotect(SUITE, CONTEXT, MEMBERSHIP_KEY, s -> SIGNER.publicKey()));
    assertEquals(ValidationCheck.MEMBERSHIP_TAG, e.check());
  }

  @Test
  void signatureFromAnotherKeyIsRejected() {
    PublicMessage message = protect(ALICE);
    byte[] otherKey = SUITE.generateSignatureKeyPair().publicKey();
    ValidationException e = assertThrows(ValidationException.class,
        () -> message.unprotect(SUITE, CONTEXT, MEMBERSHIP_KEY, s -> otherKey));
    assertEquals(ValidationCheck.SIGNATURE, e.check());
  }

  @Test
  void messagesForAnotherEpochOrGroupAreRejected() {
    PublicMessage message = protect(ALICE);
    ValidationException epoch = assertThrows(ValidationException.class,
        () -> message.unprotect(SUITE, CONTEXT.withEpoch(6), MEMBERSHIP_KEY, s -> SIGNER.publicKey()));
    assertEquals(ValidationCheck.WRONG_EPOCH, epoch.check());
    ValidationException group = assertThrows(ValidationException.class, () -> message.unprotect(SUITE,
        new dev.quicnprotochat.mls.schedule.GroupContext(1, Bytes.fromHex("00"), 5, CONTEXT.treeHash(),
            CONTEXT.confirmedTranscriptHash(), CONTEXT.extensions()), MEMBERSHIP_KEY, s -> SIGNER.publicKey()));
    assertEquals(ValidationCheck.WRONG_GROUP, group.check());
  }

  @Test
  void signatureCoversTheGroupContextForMembers() {
    PublicMessage message = protect(ALICE);
    // A different confirmed transcript hash changes the signed context, so even a matching tag would not help.
    var other = CONTEXT.withConfirmedTranscriptHash(Bytes.zeros(31));
    assertThrows(ValidationException.class,
        () -> message.unprotect(SUITE, other, MEMBERSHIP_KEY, s -> SIGNER.publicKey()));
    assertTrue(ALICE.signsGroupContext());
  }
}
