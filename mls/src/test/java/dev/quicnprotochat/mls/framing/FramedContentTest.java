package dev.quicnprotochat.mls.framing;

import static dev.quicnprotochat.mls.framing.FramingTestData.ALICE;
import static dev.quicnprotochat.mls.framing.FramingTestData.REMOVE_LEAF_1;
import static dev.quicnprotochat.mls.framing.FramingTestData.content;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.quicnprotochat.mls.CodecException;
import dev.quicnprotochat.mls.UsageException;
import dev.quicnprotochat.mls.codec.Bytes;
import dev.quicnprotochat.mls.codec.TlsReader;
import dev.quicnprotochat.mls.codec.TlsWriter;
import java.util.HexFormat;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FramedContentTest {

  @Test
  void encodesTheRfcLayout() {
    FramedContent c = content(ALICE, ContentType.APPLICATION, Bytes.fromHex("0102"));
    assertArrayEquals(HexFormat.of().parseHex("026772" + "0000000000000005" + "01" + "00000002" + "01aa" + "01"
        + "020102"), c.toByteArray());
  }

  @Test
  void everyContentTypeRoundTrips() {
    for (FramedContent c : new FramedContent[] {
        content(ALICE, ContentType.APPLICATION, Bytes.fromHex("0102")),
        content(new Sender.NewMemberCommit(), ContentType.PROPOSAL, REMOVE_LEAF_1)}) {
      byte[] encoded = c.toByteArray();
      assertEquals(c, TlsReader.decode(encoded, FramedContent::decode));
    }
    assertEquals(REMOVE_LEAF_1,
        content(ALICE, ContentType.PROPOSAL, REMOVE_LEAF_1).proposal().toBytes());
  }

  @Test
  void authenticatedContentRoundTripsWithConfirmationTag() {
    Bytes emptyCommit = Bytes.fromHex("0000");
    AuthenticatedContent ac = new AuthenticatedContent(WireFormat.PUBLIC_MESSAGE,
        content(ALICE, ContentType.COMMIT, emptyCommit),
        new FramedContentAuthData(Bytes.fromHex("5151"), Optional.of(Bytes.fromHex("7777"))));
    byte[] encoded = ac.toByteArray();
    assertEquals(ac, TlsReader.decode(encoded, AuthenticatedContent::decode));
    assertThrows(UsageException.class, () -> new AuthenticatedContent(WireFormat.PUBLIC_MESSAGE,
        content(ALICE, ContentType.COMMIT, emptyCommit), new FramedContentAuthData(Bytes.EMPTY, Optional.empty())));
  }

  @Test
  void tbsCarriesTheGroupContextOnlyForMembersAndNewMemberCommits() {
    FramedContent member = content(ALICE, ContentType.PROPOSAL, REMOVE_LEAF_1);
    byte[] context = FramingTestData.CONTEXT.toByteArray();
    byte[] withContext = FramedContentTBS.of(WireFormat.PUBLIC_MESSAGE, member, FramingTestData.CONTEXT)
        .toByteArray();
    TlsWriter expected = new TlsWriter().u16(1).u16(1).raw(member.toByteArray()).raw(context);
    assertArrayEquals(expected.toByteArray(), withContext);

    FramedContent external = content(new Sender.External(1), ContentType.PROPOSAL, REMOVE_LEAF_1);
    byte[] without = FramedContentTBS.of(WireFormat.PUBLIC_MESSAGE, external, FramingTestData.CONTEXT)
        .toByteArray();
    assertArrayEquals(new TlsWriter().u16(1).u16(1).raw(external.toByteArray()).toByteArray(), without);
    assertThrows(UsageException.class, () -> new FramedContentTBS(WireFormat.PUBLIC_MESSAGE, external,
        Optional.of(FramingTestData.CONTEXT)));
  }

  @Test
  void unknownSenderAndContentTypesAreRejected() {
    assertThrows(CodecException.class, () -> TlsReader.decode(HexFormat.of().parseHex("05"), Sender::decode));
    byte[] badType = HexFormat.of().parseHex("026772" + "0000000000000005" + "01" + "00000002" + "01aa" + "04"
        + "020102");
    assertThrows(CodecException.class, () -> TlsReader.decode(badType, FramedContent::decode));
  }

  @Test
  void senderDataRoundTrips() {
    SenderData sd = new SenderData(dev.quicnprotochat.mls.treemath.LeafIndex.of(9), 0xffff_fffeL,
        Bytes.fromHex("01020304"));
    byte[] encoded = new TlsWriter().u32(9).u32(0xffff_fffeL).raw(Bytes.fromHex("01020304")).toByteArray();
    TlsWriter w = new TlsWriter();
    sd.encode(w);
    assertArrayEquals(encoded, w.toByteArray());
    assertEquals(sd, TlsReader.decode(encoded, SenderData::decode));
  }
}
