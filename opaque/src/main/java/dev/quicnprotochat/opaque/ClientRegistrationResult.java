package dev.quicnprotochat.opaque;

import dev.quicnprotochat.opaque.message.RegistrationRecord;
import java.util.Objects;

/// The outcome of a client registration: the record to upload to the server, and the export key (Nh bytes), an
/// application secret known only to the client (RFC 9807 §5.2.3). `toString` redacts the export key.
public final class ClientRegistrationResult {

  private final RegistrationRecord record;
  private final byte[] exportKey;

  ClientRegistrationResult(RegistrationRecord record, byte[] exportKey) {
    this.record = Objects.requireNonNull(record);
    this.exportKey = exportKey.clone();
  }

  public RegistrationRecord record() {
    return record;
  }

  public byte[] exportKey() {
    return exportKey.clone();
  }

  @Override
  public String toString() {
    return "ClientRegistrationResult[record=" + record + ", exportKey=<redacted>]";
  }
}
