package dev.quicnprotochat.mls.framing;

import static dev.quicnprotochat.mls.framing.FramingTestData.ALICE;
import static dev.quicnprotochat.mls.framing.FramingTestData.CONTEXT;
import static dev.quicnprotochat.mls.framing.FramingTestData.REMOVE_LEAF_1;
import static dev.quicnprotochat.mls.framing.FramingTestData.SENDER_DATA_SECRET;
import static dev.quicnprotochat.mls.framing.FramingTestData.SIGNER;
import static dev.quicnprotochat.mls.framing.FramingTestData.SUITE;
import static dev.quicnprotochat.mls.framing.FramingTestData.content;
import static dev.quicnprotochat.mls.framing.FramingTestData.tree;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.quicnprotochat.mls.CryptoException;
import dev.quicnprotochat.mls.UsageException;
import dev.quicnprotochat.mls.ValidationCheck;
import dev.quicnprotochat.mls.ValidationException;
import dev.quicnprotochat.mls.codec.Bytes;
import dev.quicnprotochat.mls.codec.TlsReader;
import dev.quicnprotochat.mls.secrettree.SecretTree;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

class PrivateMessageTest {

  private static AuthenticatedContent signed(ContentType type, Bytes body) {
    return AuthenticatedContent.sign(SUITE, WireFormat.PRIVATE_MESSAGE, content(ALICE, type, body), CONTEXT, SIGNER,
        Optional.empty());
  }

  private static PrivateMessage protect(AuthenticatedContent content, SecretTree tree, int padding) {
    return PrivateMessage.protect(SUITE, content, tree, SENDER_DATA_SECRET, padding, new Random(7));
  }

  @Test
  void roundTripsAndPadsToTheBlockSize() {
    AuthenticatedContent content = signed(ContentType.APPLICATION, Bytes.fromHex("68656c6c6f"));
    PrivateMessage message = protect(content, tree(), 64);
    assertEquals(0, (message.ciphertext().length() - 16) % 64);
    byte[] encoded = message.toByteArray();
    PrivateMessage decoded = TlsReader.decode(encoded, PrivateMessage::decode);
    assertArrayEquals(encoded, decoded.toByteArray());
    assertEquals(content, decoded.unprotect(SUITE, tree(), SENDER_DATA_SECRET, CONTEXT, s -> SIGNER.publicKey()));
  }

  @Test
  void laterMessagesDecryptOutOfOrderButNotTwice() {
    SecretTree sender = tree();
    PrivateMessage first = protect(signed(ContentType.APPLICATION, Bytes.fromHex("01")), sender, 0);
    PrivateMessage second = protect(signed(ContentType.APPLICATION, Bytes.fromHex("02")), sender, 0);
    SecretTree receiver = tree();
    assertEquals(Bytes.fromHex("02"), second.unprotect(SUITE, receiver, SENDER_DATA_SECRET, CONTEXT,
        s -> SIGNER.publicKey()).content().applicationData());
    assertEquals(Bytes.fromHex("01"), first.unprotect(SUITE, receiver, SENDER_DATA_SECRET, CONTEXT,
        s -> SIGNER.publicKey()).content().applicationData());
    ValidationException replay = assertThrows(ValidationException.class,
        () -> first.unprotect(SUITE, receiver, SENDER_DATA_SECRET, CONTEXT, s -> SIGNER.publicKey()));
    assertEquals(ValidationCheck.GENERATION, replay.check());
  }

  @Test
  void handshakeAndApplicationUseSeparateRatchets() {
    SecretTree sender = tree();
    protect(signed(ContentType.APPLICATION, Bytes.fromHex("01")), sender, 0);
    PrivateMessage proposal = protect(signed(ContentType.PROPOSAL, REMOVE_LEAF_1), sender, 0);
    // The proposal is the handshake ratchet's generation 0 even though an application message went first.
    assertEquals(REMOVE_LEAF_1, proposal.unprotect(SUITE, tree(), SENDER_DATA_SECRET, CONTEXT,
        s -> SIGNER.publicKey()).content().body());
  }

  @Test
  void tamperedCiphertextOrSenderDataIsRejected() {
    PrivateMessage message = protect(signed(ContentType.APPLICATION, Bytes.fromHex("01")), tree(), 0);
    byte[] ct = message.ciphertext().toByteArray();
    ct[ct.length - 1] ^= 1;
    PrivateMessage badContent = new PrivateMessage(message.groupId(), message.epoch(), message.contentType(),
        message.authenticatedData(), message.encryptedSenderData(), Bytes.wrap(ct));
    // The sender-data keys depend on the ciphertext sample only, so a flipped last byte fails the content tag.
    assertThrows(CryptoException.class,
        () -> badContent.unprotect(SUITE, tree(), SENDER_DATA_SECRET, CONTEXT, s -> SIGNER.publicKey()));
    byte[] sd = message.encryptedSenderData().toByteArray();
    sd[0] ^= 1;
    PrivateMessage badSender = new PrivateMessage(message.groupId(), message.epoch(), message.contentType(),
        message.authenticatedData(), Bytes.wrap(sd), message.ciphertext());
    ValidationException e = assertThrows(ValidationException.class,
        () -> badSender.unprotect(SUITE, tree(), SENDER_DATA_SECRET, CONTEXT, s -> SIGNER.publicKey()));
    assertEquals(ValidationCheck.SENDER, e.check());
  }

  @Test
  void aCorruptedCopyDoesNotBurnTheKeyOfTheIntactOne() {
    PrivateMessage message = protect(signed(ContentType.APPLICATION, Bytes.fromHex("01")), tree(), 0);
    byte[] ct = message.ciphertext().toByteArray();
    ct[ct.length - 1] ^= 1;
    PrivateMessage corrupted = new PrivateMessage(message.groupId(), message.epoch(), message.contentType(),
        message.authenticatedData(), message.encryptedSenderData(), Bytes.wrap(ct));
    SecretTree receiver = tree();
    assertThrows(CryptoException.class,
        () -> corrupted.unprotect(SUITE, receiver, SENDER_DATA_SECRET, CONTEXT, s -> SIGNER.publicKey()));
    assertEquals(Bytes.fromHex("01"), message.unprotect(SUITE, receiver, SENDER_DATA_SECRET, CONTEXT,
        s -> SIGNER.publicKey()).content().applicationData());
    assertThrows(ValidationException.class,
        () -> message.unprotect(SUITE, receiver, SENDER_DATA_SECRET, CONTEXT, s -> SIGNER.publicKey()));
  }

  @Test
  void changedAuthenticatedDataIsRejected() {
    PrivateMessage message = protect(signed(ContentType.APPLICATION, Bytes.fromHex("01")), tree(), 0);
    PrivateMessage changed = new PrivateMessage(message.groupId(), message.epoch(), message.contentType(),
        Bytes.fromHex("bb"), message.encryptedSenderData(), message.ciphertext());
    assertThrows(CryptoException.class,
        () -> changed.unprotect(SUITE, tree(), SENDER_DATA_SECRET, CONTEXT, s -> SIGNER.publicKey()));
  }

  @Test
  void onlyMembersSendPrivateMessages() {
    AuthenticatedContent external = AuthenticatedContent.sign(SUITE, WireFormat.PRIVATE_MESSAGE,
        content(new Sender.External(0), ContentType.PROPOSAL, REMOVE_LEAF_1), CONTEXT, SIGNER, Optional.empty());
    assertThrows(UsageException.class, () -> protect(external, tree(), 0));
  }
}
