package dev.quicnprotochat.mls.group;

import dev.quicnprotochat.mls.crypto.SignatureKeyPair;
import dev.quicnprotochat.mls.tree.Credential;
import java.util.Objects;

/// Who a client is in its groups: the credential its leaves carry and the signature key pair that signs for it
/// (RFC 9420 §5.3). `toString` never prints the private key.
public record Identity(Credential credential, SignatureKeyPair signatureKeys) {

  public Identity {
    Objects.requireNonNull(credential, "credential");
    Objects.requireNonNull(signatureKeys, "signatureKeys");
  }

  @Override
  public String toString() {
    return "Identity[" + credential.credentialType() + ", " + signatureKeys + "]";
  }
}
