package dev.quicnprotochat.mls.interop;

/// A request the ts-mls harness answered with `"ok": false`: `kind` is `usage` (bad request or state) or `mls`
/// (ts-mls refused the message or operation).
public final class TsMlsException extends RuntimeException {

  private final String kind;

  public TsMlsException(String op, String kind, String error) {
    super("ts-mls " + op + " failed (" + kind + "): " + error);
    this.kind = kind;
  }

  public String kind() {
    return kind;
  }
}
