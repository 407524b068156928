package dev.quicnprotochat.mls.tree;

import dev.quicnprotochat.mls.codec.TlsReader;
import dev.quicnprotochat.mls.codec.TlsWriter;
import java.time.Clock;

/// `struct { uint64 not_before; uint64 not_after; } Lifetime;` (RFC 9420 §7.2), seconds since the Unix epoch.
///
/// Both values are unsigned 64-bit numbers held in a `long`; they are compared unsigned, since
/// `not_after = 2^64 - 1` is a common way to say "never expires".
public record Lifetime(long notBefore, long notAfter) {

  public static Lifetime decode(TlsReader r) {
    return new Lifetime(r.u64(), r.u64());
  }

  public void encode(TlsWriter w) {
    w.u64(notBefore).u64(notAfter);
  }

  /// Whether `clock`'s current second lies in `[not_before, not_after]`.
  public boolean isValidAt(Clock clock) {
    long now = clock.instant().getEpochSecond();
    return Long.compareUnsigned(notBefore, now) <= 0 && Long.compareUnsigned(now, notAfter) <= 0;
  }
}
