package dev.quicnprotochat.opaque.oprf;

import dev.quicnprotochat.opaque.crypto.GroupElement;
import java.math.BigInteger;
import java.util.Objects;

/// A private scalar and its public element `privateKey * G`. `toString` redacts the private key.
public record OprfKeyPair(BigInteger privateKey, GroupElement publicKey) {

  public OprfKeyPair {
    Objects.requireNonNull(privateKey, "privateKey");
    Objects.requireNonNull(publicKey, "publicKey");
  }

  @Override
  public String toString() {
    return "OprfKeyPair[privateKey=<redacted>, publicKey=" + publicKey + "]";
  }
}
