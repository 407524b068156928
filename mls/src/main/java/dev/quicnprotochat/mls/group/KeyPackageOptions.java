package dev.quicnprotochat.mls.group;

import dev.quicnprotochat.mls.UsageException;
import dev.quicnprotochat.mls.extension.Extension;
import dev.quicnprotochat.mls.tree.Capabilities;
import dev.quicnprotochat.mls.tree.Lifetime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/// Choices for a new KeyPackage (RFC 9420 §10).
///
/// @param lifetime            validity window in seconds since the epoch
/// @param capabilities        advertised capabilities; empty: this library's (MLS 1.0, the suite, basic credentials,
///                            the non-default extensions the leaf carries)
/// @param leafExtensions      extensions of the leaf node, e.g. application_id
/// @param packageExtensions   extensions of the KeyPackage itself, e.g. last_resort
public record KeyPackageOptions(Lifetime lifetime, Optional<Capabilities> capabilities, List<Extension> leafExtensions,
    List<Extension> packageExtensions) {

  public KeyPackageOptions {
    Objects.requireNonNull(lifetime, "lifetime");
    Objects.requireNonNull(capabilities, "capabilities");
    leafExtensions = List.copyOf(leafExtensions);
    packageExtensions = List.copyOf(packageExtensions);
    if (Long.compareUnsigned(lifetime.notBefore(), lifetime.notAfter()) > 0) {
      throw new UsageException("lifetime ends before it starts");
    }
  }

  /// Valid from an hour ago (clock skew) for `days` days from `nowSeconds`.
  public static KeyPackageOptions validFor(long nowSeconds, int days) {
    return new KeyPackageOptions(new Lifetime(nowSeconds - 3600, nowSeconds + days * 86_400L), Optional.empty(),
        List.of(), List.of());
  }

  /// The same options with the last_resort extension on the KeyPackage.
  public KeyPackageOptions lastResort() {
    List<Extension> ext = new java.util.ArrayList<>(packageExtensions);
    ext.add(new Extension(GroupExtensions.LAST_RESORT, dev.quicnprotochat.mls.codec.Bytes.EMPTY));
    return new KeyPackageOptions(lifetime, capabilities, leafExtensions, ext);
  }
}
