package dev.quicnprotochat.mls.schedule;

import dev.quicnprotochat.mls.CodecException;
import dev.quicnprotochat.mls.UsageException;
import dev.quicnprotochat.mls.codec.Bytes;
import dev.quicnprotochat.mls.codec.TlsReader;
import dev.quicnprotochat.mls.codec.TlsWriter;
import java.util.Objects;

/// Names a pre-shared key (RFC 9420 §8.4):
///
/// ```
/// struct {
///     PSKType psktype;
///     select (PreSharedKeyID.psktype) {
///         case external:
///             opaque psk_id<V>;
///         case resumption:
///             ResumptionPSKUsage usage;
///             opaque psk_group_id<V>;
///             uint64 psk_epoch;
///     };
///     opaque psk_nonce<V>;
/// } PreSharedKeyID;
/// ```
public sealed interface PreSharedKeyID {

  /// `PSKType external = 1`.
  int EXTERNAL = 1;
  /// `PSKType resumption = 2`.
  int RESUMPTION = 2;

  /// `ResumptionPSKUsage application = 1`.
  int USAGE_APPLICATION = 1;
  /// `ResumptionPSKUsage reinit = 2`.
  int USAGE_REINIT = 2;
  /// `ResumptionPSKUsage branch = 3`.
  int USAGE_BRANCH = 3;

  int pskType();

  Bytes pskNonce();

  void encode(TlsWriter w);

  static PreSharedKeyID decode(TlsReader r) {
    int type = r.u8();
    return switch (type) {
      case EXTERNAL -> new External(r.opaqueBytes(), r.opaqueBytes());
      case RESUMPTION -> {
        int usage = r.u8();
        if (usage < USAGE_APPLICATION || usage > USAGE_BRANCH) {
          throw new CodecException("unknown ResumptionPSKUsage " + usage);
        }
        yield new Resumption(usage, r.opaqueBytes(), r.u64(), r.opaqueBytes());
      }
      default -> throw new CodecException("unknown PSKType " + type);
    };
  }

  default byte[] toByteArray() {
    TlsWriter w = new TlsWriter();
    encode(w);
    return w.toByteArray();
  }

  /// An external PSK, agreed out of band and named by `psk_id`.
  record External(Bytes pskId, Bytes pskNonce) implements PreSharedKeyID {
    public External {
      Objects.requireNonNull(pskId, "pskId");
      Objects.requireNonNull(pskNonce, "pskNonce");
    }

    @Override
    public int pskType() {
      return EXTERNAL;
    }

    @Override
    public void encode(TlsWriter w) {
      w.u8(EXTERNAL).opaque(pskId).opaque(pskNonce);
    }
  }

  /// The resumption_psk of epoch `pskEpoch` of group `pskGroupId` (§8.6).
  record Resumption(int usage, Bytes pskGroupId, long pskEpoch, Bytes pskNonce) implements PreSharedKeyID {
    public Resumption {
      if (usage < USAGE_APPLICATION || usage > USAGE_BRANCH) {
        throw new UsageException("unknown ResumptionPSKUsage " + usage);
      }
      Objects.requireNonNull(pskGroupId, "pskGroupId");
      Objects.requireNonNull(pskNonce, "pskNonce");
    }

    @Override
    public int pskType() {
      return RESUMPTION;
    }

    @Override
    public void encode(TlsWriter w) {
      w.u8(RESUMPTION).u8(usage).opaque(pskGroupId).u64(pskEpoch).opaque(pskNonce);
    }
  }
}
