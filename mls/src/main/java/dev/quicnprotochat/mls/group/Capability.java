package dev.quicnprotochat.mls.group;

import dev.quicnprotochat.mls.ValidationCheck;
import dev.quicnprotochat.mls.ValidationException;
import dev.quicnprotochat.mls.codec.Bytes;
import dev.quicnprotochat.mls.extension.Extension;
import dev.quicnprotochat.mls.extension.ExtensionType;
import dev.quicnprotochat.mls.tree.Capabilities;
import dev.quicnprotochat.mls.tree.LeafNode;
import java.util.List;

/// The capability checks a group applies to its members' leaves (RFC 9420 §7.2, §11.1, §12.1.7).
final class Capability {

  private Capability() {
  }

  /// RFC 9420 §7.3, §12.1.1: a leaf joining or changing in a group with `suite`, `groupExtensions` (which may carry
  /// required_capabilities) supports the suite, MLS 1.0, every non-default group extension and every requirement.
  static void requireSupports(LeafNode leaf, int suite, List<Extension> groupExtensions, String who) {
    Capabilities caps = leaf.capabilities();
    if (!caps.cipherSuites().contains(suite)) {
      throw new ValidationException(ValidationCheck.CAPABILITIES, who + " does not support cipher suite " + suite);
    }
    if (!caps.versions().contains(1)) {
      throw new ValidationException(ValidationCheck.CAPABILITIES, who + " does not support MLS 1.0");
    }
    requireSupportsExtensions(leaf, groupExtensions, who);
  }

  /// RFC 9420 §12.1.7, §11.1: every non-default extension type of `groupExtensions` is listed by the leaf, and the
  /// leaf meets the required_capabilities among them.
  static void requireSupportsExtensions(LeafNode leaf, List<Extension> groupExtensions, String who) {
    Capabilities caps = leaf.capabilities();
    for (Extension e : groupExtensions) {
      if (!ExtensionType.isDefault(e.extensionType()) && !caps.extensions().contains(e.extensionType())) {
        throw new ValidationException(ValidationCheck.CAPABILITIES, who + " does not support group extension "
            + e.extensionType());
      }
    }
    Extension.find(groupExtensions, ExtensionType.REQUIRED_CAPABILITIES).ifPresent(ext -> {
      GroupExtensions.RequiredCapabilities req = decodeRequired(ext.extensionData());
      for (int t : req.extensionTypes()) {
        if (!ExtensionType.isDefault(t) && !caps.extensions().contains(t)) {
          throw new ValidationException(ValidationCheck.CAPABILITIES, who + " lacks required extension " + t);
        }
      }
      for (int t : req.proposalTypes()) {
        if (t > 7 && !caps.proposals().contains(t)) {
          throw new ValidationException(ValidationCheck.CAPABILITIES, who + " lacks required proposal type " + t);
        }
      }
      for (int t : req.credentialTypes()) {
        if (!caps.credentials().contains(t)) {
          throw new ValidationException(ValidationCheck.CAPABILITIES, who + " lacks required credential type " + t);
        }
      }
    });
  }

  static GroupExtensions.RequiredCapabilities decodeRequired(Bytes data) {
    try {
      return GroupExtensions.RequiredCapabilities.decode(data);
    } catch (dev.quicnprotochat.mls.CodecException e) {
      throw new ValidationException(ValidationCheck.EXTENSIONS, "required_capabilities does not decode");
    }
  }
}
