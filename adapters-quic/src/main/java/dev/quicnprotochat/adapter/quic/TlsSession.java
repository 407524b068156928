package dev.quicnprotochat.adapter.quic;

import java.util.Objects;

/// What the TLS handshake of a connection negotiated, and the server certificate's SHA-256 fingerprint.
public record TlsSession(String protocol, String applicationProtocol, String cipherSuite, String serverFingerprint) {
  public TlsSession {
    Objects.requireNonNull(protocol, "protocol");
    Objects.requireNonNull(applicationProtocol, "applicationProtocol");
    Objects.requireNonNull(cipherSuite, "cipherSuite");
    Objects.requireNonNull(serverFingerprint, "serverFingerprint");
  }
}
