package dev.quicnprotochat.mls;

import java.util.Objects;

/// Well-formed input from a peer that RFC 9420 requires us to reject. Carries the [ValidationCheck] that failed,
/// so tests and logs can name the rule.
public final class ValidationException extends MlsException {

  private final ValidationCheck check;

  public ValidationException(ValidationCheck check, String detail) {
    super(check + " (" + check.rfcSection() + "): " + detail);
    this.check = Objects.requireNonNull(check);
  }

  public ValidationCheck check() {
    return check;
  }
}
