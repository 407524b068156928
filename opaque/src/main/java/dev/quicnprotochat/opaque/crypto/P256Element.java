package dev.quicnprotochat.opaque.crypto;

import org.bouncycastle.math.ec.ECPoint;

/// A P-256 point, normalized to affine coordinates.
record P256Element(ECPoint point) implements GroupElement {

  P256Element {
    point = point.normalize();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof P256Element other && point.equals(other.point);
  }

  @Override
  public int hashCode() {
    return point.hashCode();
  }
}
