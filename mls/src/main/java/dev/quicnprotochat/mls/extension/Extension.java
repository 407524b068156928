package dev.quicnprotochat.mls.extension;

import dev.quicnprotochat.mls.UsageException;
import dev.quicnprotochat.mls.ValidationCheck;
import dev.quicnprotochat.mls.ValidationException;
import dev.quicnprotochat.mls.codec.Bytes;
import dev.quicnprotochat.mls.codec.TlsReader;
import dev.quicnprotochat.mls.codec.TlsWriter;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/// One extension (RFC 9420 §13):
///
/// ```
/// struct {
///     ExtensionType extension_type;
///     opaque extension_data<V>;
/// } Extension;
/// ```
///
/// The data stays encoded: the type decides its meaning, and unknown (including GREASE, §13.5) types must survive a
/// decode/encode round trip byte for byte.
public record Extension(int extensionType, Bytes extensionData) {

  public Extension {
    if (extensionType < 0 || extensionType > 0xffff) {
      throw new UsageException("extension type " + extensionType + " is not a uint16");
    }
    Objects.requireNonNull(extensionData, "extensionData");
  }

  public static Extension decode(TlsReader r) {
    return new Extension(r.u16(), r.opaqueBytes());
  }

  public void encode(TlsWriter w) {
    w.u16(extensionType).opaque(extensionData);
  }

  /// `Extension extensions<V>`.
  public static List<Extension> decodeList(TlsReader r) {
    return r.vector(Extension::decode);
  }

  public static void encodeList(TlsWriter w, List<Extension> extensions) {
    w.vector(extensions, (out, e) -> e.encode(out));
  }

  /// The first extension of `type`, if any.
  public static Optional<Extension> find(List<Extension> extensions, int type) {
    for (Extension e : extensions) {
      if (e.extensionType == type) {
        return Optional.of(e);
      }
    }
    return Optional.empty();
  }

  /// RFC 9420 §13.4: a list must not carry two extensions of the same type.
  public static void requireUniqueTypes(List<Extension> extensions) {
    Set<Integer> seen = new HashSet<>();
    for (Extension e : extensions) {
      if (!seen.add(e.extensionType)) {
        throw new ValidationException(ValidationCheck.EXTENSIONS, "extension type " + e.extensionType
            + " appears twice");
      }
    }
  }
}
