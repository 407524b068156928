package dev.quicnprotochat.application.port.out.client;

/// What an inbox payload holds, by its MLSMessage wire format (RFC 9420 §6).
public enum PayloadKind {
  /// A Welcome: this client was added to a group.
  WELCOME,
  /// A PublicMessage or PrivateMessage: a commit, a proposal or application data (only processing tells).
  GROUP_MESSAGE,
  /// Anything else (a KeyPackage, a GroupInfo, garbage): not for processing.
  UNKNOWN
}
