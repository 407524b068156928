package dev.quicnprotochat.mls.message;

import dev.quicnprotochat.mls.UsageException;
import dev.quicnprotochat.mls.ValidationCheck;
import dev.quicnprotochat.mls.ValidationException;
import dev.quicnprotochat.mls.codec.Bytes;
import dev.quicnprotochat.mls.codec.TlsReader;
import dev.quicnprotochat.mls.codec.TlsWriter;
import dev.quicnprotochat.mls.extension.Extension;
import dev.quicnprotochat.mls.keypackage.KeyPackageIn;
import dev.quicnprotochat.mls.schedule.PreSharedKeyID;
import dev.quicnprotochat.mls.tree.LeafNode;
import dev.quicnprotochat.mls.treemath.LeafIndex;
import java.util.List;
import java.util.Objects;

/// A proposed change to the group (RFC 9420 §12.1):
///
/// ```
/// struct {
///     ProposalType proposal_type;
///     select (Proposal.proposal_type) {
///         case add:                      Add;
///         case update:                   Update;
///         case remove:                   Remove;
///         case psk:                      PreSharedKey;
///         case reinit:                   ReInit;
///         case external_init:            ExternalInit;
///         case group_context_extensions: GroupContextExtensions;
///     };
/// } Proposal;
/// ```
///
/// The RFC leaves the framing of other proposal types to their definitions; like openmls we carry an unknown
/// type's body as one `opaque<V>` so that it round-trips byte for byte.
public sealed interface Proposal {

  int ADD = 1;
  int UPDATE = 2;
  int REMOVE = 3;
  int PSK = 4;
  int REINIT = 5;
  int EXTERNAL_INIT = 6;
  int GROUP_CONTEXT_EXTENSIONS = 7;

  int proposalType();

  /// Writes the proposal body without its type.
  void encodeBody(TlsWriter w);

  default void encode(TlsWriter w) {
    w.u16(proposalType());
    encodeBody(w);
  }

  default Bytes toBytes() {
    TlsWriter w = new TlsWriter(256);
    encode(w);
    return w.toBytes();
  }

  static Proposal decode(TlsReader r) {
    return decodeBody(r.u16(), r);
  }

  static Proposal decode(Bytes bytes) {
    return TlsReader.decode(bytes, Proposal::decode);
  }

  /// Decodes the body of a proposal of type `type`.
  static Proposal decodeBody(int type, TlsReader r) {
    return switch (type) {
      case ADD -> new Add(KeyPackageIn.decode(r));
      case UPDATE -> new Update(LeafNode.decode(r));
      case REMOVE -> new Remove(r.u32());
      case PSK -> new PreSharedKey(PreSharedKeyID.decode(r));
      case REINIT -> new ReInit(r.opaqueBytes(), r.u16(), r.u16(), r.vector(Extension::decode));
      case EXTERNAL_INIT -> new ExternalInit(r.opaqueBytes());
      case GROUP_CONTEXT_EXTENSIONS -> new GroupContextExtensions(r.vector(Extension::decode));
      default -> new Unknown(type, r.opaqueBytes());
    };
  }

  /// `struct { KeyPackage key_package; } Add;`
  record Add(KeyPackageIn keyPackage) implements Proposal {
    public Add {
      Objects.requireNonNull(keyPackage, "keyPackage");
    }

    @Override
    public int proposalType() {
      return ADD;
    }

    @Override
    public void encodeBody(TlsWriter w) {
      keyPackage.encode(w);
    }
  }

  /// `struct { LeafNode leaf_node; } Update;`
  record Update(LeafNode leafNode) implements Proposal {
    public Update {
      Objects.requireNonNull(leafNode, "leafNode");
    }

    @Override
    public int proposalType() {
      return UPDATE;
    }

    @Override
    public void encodeBody(TlsWriter w) {
      leafNode.encodeBody(w);
    }
  }

  /// `struct { uint32 removed; } Remove;`
  ///
  /// `removed` keeps the full uint32 so any well-formed proposal round-trips; [#removedLeaf] is the checked view.
  record Remove(long removed) implements Proposal {
    public Remove {
      if (removed < 0 || removed > 0xffff_ffffL) {
        throw new UsageException("removed " + removed + " is not a uint32");
      }
    }

    public Remove(LeafIndex leaf) {
      this(leaf.value());
    }

    /// The removed leaf; an index no tree can hold is a [ValidationException].
    public LeafIndex removedLeaf() {
      if (removed > LeafIndex.MAX_VALUE) {
        throw new ValidationException(ValidationCheck.PROPOSAL_LIST, "remove of leaf " + removed);
      }
      return LeafIndex.of((int) removed);
    }

    @Override
    public int proposalType() {
      return REMOVE;
    }

    @Override
    public void encodeBody(TlsWriter w) {
      w.u32(removed);
    }
  }

  /// `struct { PreSharedKeyID psk; } PreSharedKey;`
  record PreSharedKey(PreSharedKeyID psk) implements Proposal {
    public PreSharedKey {
      Objects.requireNonNull(psk, "psk");
    }

    @Override
    public int proposalType() {
      return PSK;
    }

    @Override
    public void encodeBody(TlsWriter w) {
      psk.encode(w);
    }
  }

  /// `struct { opaque group_id<V>; ProtocolVersion version; CipherSuite cipher_suite; Extension extensions<V>; }`
  record ReInit(Bytes groupId, int version, int cipherSuite, List<Extension> extensions) implements Proposal {
    public ReInit {
      Objects.requireNonNull(groupId, "groupId");
      extensions = List.copyOf(extensions);
    }

    @Override
    public int proposalType() {
      return REINIT;
    }

    @Override
    public void encodeBody(TlsWriter w) {
      w.opaque(groupId).u16(version).u16(cipherSuite).vector(extensions, (x, e) -> e.encode(x));
    }
  }

  /// `struct { opaque kem_output<V>; } ExternalInit;`
  record ExternalInit(Bytes kemOutput) implements Proposal {
    public ExternalInit {
      Objects.requireNonNull(kemOutput, "kemOutput");
    }

    @Override
    public int proposalType() {
      return EXTERNAL_INIT;
    }

    @Override
    public void encodeBody(TlsWriter w) {
      w.opaque(kemOutput);
    }
  }

  /// `struct { Extension extensions<V>; } GroupContextExtensions;`
  record GroupContextExtensions(List<Extension> extensions) implements Proposal {
    public GroupContextExtensions {
      extensions = List.copyOf(extensions);
    }

    @Override
    public int proposalType() {
      return GROUP_CONTEXT_EXTENSIONS;
    }

    @Override
    public void encodeBody(TlsWriter w) {
      w.vector(extensions, (x, e) -> e.encode(x));
    }
  }

  /// A proposal type this library does not interpret (GREASE, private use, later extensions).
  record Unknown(int proposalType, Bytes body) implements Proposal {
    public Unknown {
      if (proposalType >= ADD && proposalType <= GROUP_CONTEXT_EXTENSIONS || proposalType < 0
          || proposalType > 0xffff) {
        throw new UsageException("proposal type " + proposalType + " is not an unknown type");
      }
      Objects.requireNonNull(body, "body");
    }

    @Override
    public void encodeBody(TlsWriter w) {
      w.opaque(body);
    }
  }
}
