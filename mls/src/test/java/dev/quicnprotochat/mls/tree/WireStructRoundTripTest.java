package dev.quicnprotochat.mls.tree;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.quicnprotochat.mls.CodecException;
import dev.quicnprotochat.mls.UsageException;
import dev.quicnprotochat.mls.codec.Bytes;
import dev.quicnprotochat.mls.codec.TlsReader;
import dev.quicnprotochat.mls.codec.TlsWriter;
import dev.quicnprotochat.mls.extension.Extension;
import dev.quicnprotochat.mls.treemath.LeafIndex;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class WireStructRoundTripTest {

  private static <T> T roundTrip(T value, BiConsumer<TlsWriter, T> encode, Function<TlsReader, T> decode) {
    byte[] bytes = TlsWriter.encode(value, encode);
    T decoded = TlsReader.decode(bytes, decode);
    assertEquals(value, decoded);
    assertEquals(Bytes.wrap(bytes), Bytes.wrap(TlsWriter.encode(decoded, encode)));
    return decoded;
  }

  @Test
  void credentialsRoundTripIncludingUnknownTypes() {
    roundTrip(new Credential.Basic(Bytes.fromHex("616c696365")), (w, c) -> c.encode(w), Credential::decode);
    roundTrip(new Credential.X509(List.of(Bytes.fromHex("3082"), Bytes.fromHex("3083aa"))), (w, c) -> c.encode(w),
        Credential::decode);
    Credential grease = roundTrip(new Credential.Unknown(0x0A0A, Bytes.fromHex("0102")), (w, c) -> c.encode(w),
        Credential::decode);
    assertInstanceOf(Credential.Unknown.class, grease);
  }

  @Test
  void capabilitiesKeepGreaseValuesInOrder() {
    Capabilities caps = new Capabilities(List.of(1), List.of(1, 0x1A1A, 3), List.of(0x2A2A, 5), List.of(0xFAFA),
        List.of(1, 2));
    roundTrip(caps, (w, c) -> c.encode(w), Capabilities::decode);
  }

  @Test
  void lifetimeComparesUnsigned() {
    Lifetime forever = roundTrip(new Lifetime(0, -1L), (w, l) -> l.encode(w), Lifetime::decode);
    assertEquals(true, forever.isValidAt(java.time.Clock.systemUTC()));
    assertEquals(false, new Lifetime(-2L, -1L).isValidAt(java.time.Clock.systemUTC()));
  }

  @Test
  void leafNodesOfEverySourceRoundTrip() {
    Capabilities caps = new Capabilities(List.of(1), List.of(1), List.of(), List.of(), List.of(1));
    List<Extension> ext = List.of(new Extension(0x3A3A, Bytes.fromHex("ff")));
    for (LeafNodeSource source : LeafNodeSource.values()) {
      LeafNode leaf = new LeafNode(Bytes.fromHex("01"), Bytes.fromHex("02"), new Credential.Basic(Bytes.fromHex("03")),
          caps, source, source == LeafNodeSource.KEY_PACKAGE ? Optional.of(new Lifetime(1, 2)) : Optional.empty(),
          source == LeafNodeSource.COMMIT ? Optional.of(Bytes.fromHex("abcd")) : Optional.empty(), ext,
          Bytes.fromHex("5151"));
      roundTrip(leaf, (w, l) -> l.encodeBody(w), LeafNode::decode);
      roundTrip((Node) leaf, (w, n) -> n.encode(w), Node::decode);
    }
  }

  @Test
  void parentNodeRoundTripsWithUnmergedLeaves() {
    ParentNode parent = new ParentNode(Bytes.fromHex("0a0b"), Bytes.fromHex("0c"), List.of(LeafIndex.of(3),
        LeafIndex.of(5)));
    roundTrip(parent, (w, p) -> p.encodeBody(w), ParentNode::decode);
    roundTrip((Node) parent, (w, n) -> n.encode(w), Node::decode);
  }

  @Test
  void unknownNodeTypeAndLeafSourceAreCodecErrors() {
    assertThrows(CodecException.class, () -> TlsReader.decode(new byte[] {3}, Node::decode));
    assertThrows(CodecException.class, () -> LeafNodeSource.fromCode(0));
  }

  @Test
  void leafNodeRejectsFieldsThatDoNotBelongToItsSource() {
    Capabilities caps = new Capabilities(List.of(), List.of(), List.of(), List.of(), List.of());
    assertThrows(UsageException.class, () -> new LeafNode(Bytes.EMPTY, Bytes.EMPTY,
        new Credential.Basic(Bytes.EMPTY), caps, LeafNodeSource.UPDATE, Optional.of(new Lifetime(0, 1)),
        Optional.empty(), List.of(), Bytes.EMPTY));
  }
}
