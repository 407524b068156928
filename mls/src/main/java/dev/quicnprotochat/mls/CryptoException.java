package dev.quicnprotochat.mls;

/// A cryptographic primitive failed: an AEAD tag did not verify, a key did not parse, HPKE could not decapsulate.
public final class CryptoException extends MlsException {

  public CryptoException(String message) {
    super(message);
  }

  public CryptoException(String message, Throwable cause) {
    super(message, cause);
  }
}
