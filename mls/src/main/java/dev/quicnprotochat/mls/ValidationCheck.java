package dev.quicnprotochat.mls;

/// Every check this library applies to peer input, each citing the RFC 9420 section that asks for it.
/// docs/validation.md lists them; add new checks at the end.
public enum ValidationCheck {
  SIGNATURE("§5.1.2"),
  MEMBERSHIP_TAG("§6.2"),
  CONFIRMATION_TAG("§8.2"),
  WRONG_GROUP("§6"),
  WRONG_EPOCH("§6"),
  CIPHER_SUITE_MISMATCH("§10.1"),
  PROTOCOL_VERSION("§6"),
  PARENT_HASH("§7.9.2"),
  TREE_HASH("§7.8"),
  LEAF_NODE("§7.3"),
  KEY_PACKAGE("§10.1"),
  PROPOSAL_LIST("§12.2"),
  COMMIT("§12.4.2"),
  WELCOME("§12.4.3.1"),
  SENDER("§6.1"),
  GENERATION("§9.1"),
  PADDING("§6.3.1"),
  LIFETIME("§7.2"),
  CAPABILITIES("§7.2"),
  DUPLICATE_KEY("§7.3"),
  EXTENSIONS("§13.4"),
  PSK("§8.4"),
  CONTENT_TYPE("§6.2"),
  DECRYPTION("§6.3.1"),
  PATH_REQUIRED("§12.4"),
  EXTERNAL_COMMIT("§12.4.3.2");

  private final String rfcSection;

  ValidationCheck(String rfcSection) {
    this.rfcSection = rfcSection;
  }

  /// The section of RFC 9420 that requires this check, like `§7.9.2`.
  public String rfcSection() {
    return rfcSection;
  }
}
