package dev.quicnprotochat.adapter.persistence.file.state;

import java.io.IOException;
import java.io.Serial;

/// A state file is not what it should be: wrong magic or version, truncated, trailing bytes, an impossible field,
/// a plaintext file in an encrypted state directory, or a sealed file whose authentication failed (damaged or
/// tampered with). Its message is one line naming the file and the problem. Nothing was changed.
public final class CorruptStateFileException extends IOException {

  @Serial
  private static final long serialVersionUID = 1L;

  public CorruptStateFileException(String message) {
    super(message);
  }
}
