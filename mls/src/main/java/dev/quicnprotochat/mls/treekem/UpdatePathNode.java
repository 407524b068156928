package dev.quicnprotochat.mls.treekem;

import dev.quicnprotochat.mls.codec.Bytes;
import dev.quicnprotochat.mls.codec.TlsReader;
import dev.quicnprotochat.mls.codec.TlsWriter;
import dev.quicnprotochat.mls.crypto.HpkeCiphertext;
import java.util.List;
import java.util.Objects;

/// One node of an UpdatePath (RFC 9420 §7.6):
///
/// ```
/// struct {
///     HPKEPublicKey encryption_key;
///     HPKECiphertext encrypted_path_secret<V>;
/// } UpdatePathNode;
/// ```
///
/// `encryptedPathSecret` holds one ciphertext per node of the copath child's resolution, in resolution order.
public record UpdatePathNode(Bytes encryptionKey, List<HpkeCiphertext> encryptedPathSecret) {

  public UpdatePathNode {
    Objects.requireNonNull(encryptionKey, "encryptionKey");
    if (!(encryptedPathSecret instanceof EncodedCiphertexts)) {
      encryptedPathSecret = List.copyOf(encryptedPathSecret);
    }
  }

  /// The ciphertexts stay encoded until one is used ([EncodedCiphertexts]): a member decrypts one of them.
  public static UpdatePathNode decode(TlsReader r) {
    return new UpdatePathNode(r.opaqueBytes(), EncodedCiphertexts.decode(r));
  }

  public void encode(TlsWriter w) {
    w.opaque(encryptionKey);
    if (encryptedPathSecret instanceof EncodedCiphertexts received) {
      received.encode(w);
    } else {
      w.vector(encryptedPathSecret, HpkeCiphertextCodec::encode);
    }
  }
}
