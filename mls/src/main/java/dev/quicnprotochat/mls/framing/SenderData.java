package dev.quicnprotochat.mls.framing;

import dev.quicnprotochat.mls.UsageException;
import dev.quicnprotochat.mls.codec.Bytes;
import dev.quicnprotochat.mls.codec.TlsReader;
import dev.quicnprotochat.mls.codec.TlsWriter;
import dev.quicnprotochat.mls.treemath.LeafIndex;
import java.util.Objects;

/// `struct { uint32 leaf_index; uint32 generation; opaque reuse_guard[4]; } SenderData;` (RFC 9420 §6.3.2).
public record SenderData(LeafIndex leafIndex, long generation, Bytes reuseGuard) {

  public static final int REUSE_GUARD_LENGTH = 4;

  public SenderData {
    Objects.requireNonNull(leafIndex, "leafIndex");
    if (generation < 0 || generation > 0xffff_ffffL) {
      throw new UsageException("generation " + generation + " is not a uint32");
    }
    if (reuseGuard.length() != REUSE_GUARD_LENGTH) {
      throw new UsageException("reuse guard must be 4 bytes");
    }
  }

  public static SenderData decode(TlsReader r) {
    return new SenderData(LeafIndex.of(r.u32AsInt()), r.u32(), r.rawBytes(REUSE_GUARD_LENGTH));
  }

  public void encode(TlsWriter w) {
    w.u32(leafIndex.value()).u32(generation).raw(reuseGuard);
  }
}
