package dev.quicnprotochat.opaque.oprf;

import dev.quicnprotochat.opaque.crypto.GroupElement;
import java.math.BigInteger;
import java.util.Objects;

/// The client's output of RFC 9497 Blind: the secret `blind` scalar, kept for Finalize, and the `blindedElement`
/// sent to the server. `toString` redacts the blind.
public record BlindedInput(BigInteger blind, GroupElement blindedElement) {

  public BlindedInput {
    Objects.requireNonNull(blind, "blind");
    Objects.requireNonNull(blindedElement, "blindedElement");
  }

  @Override
  public String toString() {
    return "BlindedInput[blind=<redacted>, blindedElement=" + blindedElement + "]";
  }
}
