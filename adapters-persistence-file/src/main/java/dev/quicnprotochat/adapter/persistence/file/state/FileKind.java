package dev.quicnprotochat.adapter.persistence.file.state;

/// What a state file holds. The kind is a header byte and so part of the associated data: a sealed file moved to
/// another role's name (say, a group state renamed to the identity file) fails to open instead of being misread.
enum FileKind {
  KEY_CHECK(1),
  IDENTITY(2),
  KEY_PACKAGE_SECRETS(3),
  GROUP_STATE(4),
  SESSION_TOKENS(5),
  CONTACT_KEYS(6),
  COMMAND_HISTORY(7),
  KNOWN_SERVERS(8);

  final int code;

  FileKind(int code) {
    this.code = code;
  }

  static FileKind ofCode(int code) {
    for (FileKind kind : values()) {
      if (kind.code == code) {
        return kind;
      }
    }
    return null;
  }
}
