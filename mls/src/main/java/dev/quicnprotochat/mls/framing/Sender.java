package dev.quicnprotochat.mls.framing;

import dev.quicnprotochat.mls.CodecException;
import dev.quicnprotochat.mls.UsageException;
import dev.quicnprotochat.mls.codec.TlsReader;
import dev.quicnprotochat.mls.codec.TlsWriter;
import dev.quicnprotochat.mls.treemath.LeafIndex;
import java.util.Objects;

/// Who sent a message (RFC 9420 §6):
///
/// ```
/// enum { reserved(0), member(1), external(2), new_member_proposal(3), new_member_commit(4), (255) } SenderType;
///
/// struct {
///     SenderType sender_type;
///     select (Sender.sender_type) {
///         case member:              uint32 leaf_index;
///         case external:            uint32 sender_index;
///         case new_member_commit:
///         case new_member_proposal: struct{};
///     };
/// } Sender;
/// ```
public sealed interface Sender {

  int MEMBER = 1;
  int EXTERNAL = 2;
  int NEW_MEMBER_PROPOSAL = 3;
  int NEW_MEMBER_COMMIT = 4;

  int senderType();

  void encode(TlsWriter w);

  static Sender decode(TlsReader r) {
    int type = r.u8();
    return switch (type) {
      case MEMBER -> new Member(LeafIndex.of(r.u32AsInt()));
      case EXTERNAL -> new External(r.u32AsInt());
      case NEW_MEMBER_PROPOSAL -> new NewMemberProposal();
      case NEW_MEMBER_COMMIT -> new NewMemberCommit();
      default -> throw new CodecException("unknown sender type " + type);
    };
  }

  /// The number of bytes [#encode] writes: the type, and a 4-byte index for members and external senders.
  default int encodedLength() {
    return this instanceof Member || this instanceof External ? 5 : 1;
  }

  /// Whether the signature covers the GroupContext (§6.1): members and new-member commits know it.
  default boolean signsGroupContext() {
    return this instanceof Member || this instanceof NewMemberCommit;
  }

  /// A member of the group, by leaf.
  record Member(LeafIndex leaf) implements Sender {
    public Member {
      Objects.requireNonNull(leaf, "leaf");
    }

    @Override
    public int senderType() {
      return MEMBER;
    }

    @Override
    public void encode(TlsWriter w) {
      w.u8(MEMBER).u32(leaf.value());
    }
  }

  /// One of the group's external senders (§12.1.8.1), by index in the external_senders extension.
  record External(int senderIndex) implements Sender {
    public External {
      if (senderIndex < 0) {
        throw new UsageException("sender index " + senderIndex + " is negative");
      }
    }

    @Override
    public int senderType() {
      return EXTERNAL;
    }

    @Override
    public void encode(TlsWriter w) {
      w.u8(EXTERNAL).u32(senderIndex);
    }
  }

  /// A non-member proposing to add itself (§12.1.1).
  record NewMemberProposal() implements Sender {
    @Override
    public int senderType() {
      return NEW_MEMBER_PROPOSAL;
    }

    @Override
    public void encode(TlsWriter w) {
      w.u8(NEW_MEMBER_PROPOSAL);
    }
  }

  /// A non-member joining by external commit (§12.4.3.2).
  record NewMemberCommit() implements Sender {
    @Override
    public int senderType() {
      return NEW_MEMBER_COMMIT;
    }

    @Override
    public void encode(TlsWriter w) {
      w.u8(NEW_MEMBER_COMMIT);
    }
  }
}
