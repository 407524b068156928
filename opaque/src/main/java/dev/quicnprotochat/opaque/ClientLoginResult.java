package dev.quicnprotochat.opaque;

import dev.quicnprotochat.opaque.message.KE3;
import java.util.Objects;

/// The outcome of a successful client login: KE3 to send, the session key (Nx bytes, equal to the server's once
/// it accepts KE3), the export key (the same as at registration) and the server's authenticated public key.
/// `toString` redacts the keys.
public final class ClientLoginResult {

  private final KE3 ke3;
  private final byte[] sessionKey;
  private final byte[] exportKey;
  private final byte[] serverPublicKey;

  ClientLoginResult(KE3 ke3, byte[] sessionKey, byte[] exportKey, byte[] serverPublicKey) {
    this.ke3 = Objects.requireNonNull(ke3);
    this.sessionKey = sessionKey.clone();
    this.exportKey = exportKey.clone();
    this.serverPublicKey = serverPublicKey.clone();
  }

  public KE3 ke3() {
    return ke3;
  }

  public byte[] sessionKey() {
    return sessionKey.clone();
  }

  public byte[] exportKey() {
    return exportKey.clone();
  }

  public byte[] serverPublicKey() {
    return serverPublicKey.clone();
  }

  @Override
  public String toString() {
    return "ClientLoginResult[ke3=" + ke3 + ", sessionKey=<redacted>, exportKey=<redacted>]";
  }
}
