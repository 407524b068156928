package dev.quicnprotochat.mls.schedule;

import dev.quicnprotochat.mls.UsageException;
import dev.quicnprotochat.mls.codec.TlsReader;
import dev.quicnprotochat.mls.codec.TlsWriter;
import java.util.Objects;

/// The context that binds each PSK to its place in the commit's list (RFC 9420 §8.4):
///
/// ```
/// struct {
///     PreSharedKeyID id;
///     uint16 index;
///     uint16 count;
/// } PSKLabel;
/// ```
public record PSKLabel(PreSharedKeyID id, int index, int count) {

  public PSKLabel {
    Objects.requireNonNull(id, "id");
    if (count < 1 || count > 0xffff || index < 0 || index >= count) {
      throw new UsageException("PSK index " + index + " of " + count + " is out of range");
    }
  }

  public static PSKLabel decode(TlsReader r) {
    return new PSKLabel(PreSharedKeyID.decode(r), r.u16(), r.u16());
  }

  public void encode(TlsWriter w) {
    id.encode(w);
    w.u16(index).u16(count);
  }

  public byte[] toByteArray() {
    TlsWriter w = new TlsWriter(64);
    encode(w);
    return w.toByteArray();
  }
}
