package dev.quicnprotochat.mls.message;

import dev.quicnprotochat.mls.codec.TlsReader;
import dev.quicnprotochat.mls.codec.TlsWriter;
import dev.quicnprotochat.mls.crypto.HpkeCiphertext;
import dev.quicnprotochat.mls.keypackage.KeyPackageRef;
import dev.quicnprotochat.mls.treekem.HpkeCiphertextCodec;
import java.util.Objects;

/// `struct { KeyPackageRef new_member; HPKECiphertext encrypted_group_secrets; } EncryptedGroupSecrets;`
/// (RFC 9420 §12.4.3).
public record EncryptedGroupSecrets(KeyPackageRef newMember, HpkeCiphertext encryptedGroupSecrets) {

  public EncryptedGroupSecrets {
    Objects.requireNonNull(newMember, "newMember");
    Objects.requireNonNull(encryptedGroupSecrets, "encryptedGroupSecrets");
  }

  public static EncryptedGroupSecrets decode(TlsReader r) {
    return new EncryptedGroupSecrets(KeyPackageRef.decode(r), HpkeCiphertextCodec.decode(r));
  }

  public void encode(TlsWriter w) {
    newMember.encode(w);
    HpkeCiphertextCodec.encode(w, encryptedGroupSecrets);
  }
}
