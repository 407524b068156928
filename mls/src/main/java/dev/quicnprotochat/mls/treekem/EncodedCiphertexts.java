package dev.quicnprotochat.mls.treekem;

import dev.quicnprotochat.mls.CodecException;
import dev.quicnprotochat.mls.codec.Bytes;
import dev.quicnprotochat.mls.codec.TlsReader;
import dev.quicnprotochat.mls.codec.TlsWriter;
import dev.quicnprotochat.mls.crypto.HpkeCiphertext;
import java.util.AbstractList;
import java.util.RandomAccess;

/// The `HPKECiphertext encrypted_path_secret<V>` of a received UpdatePathNode, decoded on demand: a member decrypts
/// one ciphertext of a path (a 1024-member path carries 1023), so the others stay bytes. Decoding checks the whole
/// vector's structure as strictly as an eager decode would (every length header minimal and in bounds, nothing left
/// over) and records where each ciphertext's fields lie; [#get] builds one [HpkeCiphertext] when asked, once.
///
/// Immutable to its users: the bytes are immutable (a private copy, or a view of a decrypted message that nobody
/// writes), and each element is built once and kept, so repeated
/// `get`s return the same object (as a list of decoded elements would).
final class EncodedCiphertexts extends AbstractList<HpkeCiphertext> implements RandomAccess {

  private final Bytes body;
  /// Per element: offset and length of kem_output, then of ciphertext, within `body`.
  private final int[] fields;
  private final HpkeCiphertext[] built;

  private EncodedCiphertexts(Bytes body, int[] fields) {
    this.body = body;
    this.fields = fields;
    this.built = new HpkeCiphertext[fields.length / 4];
  }

  /// Reads the vector at the reader's position. The bytes are shared with the reader's input when that is a [Bytes]
  /// (a decrypted commit), otherwise copied.
  static EncodedCiphertexts decode(TlsReader r) {
    TlsReader v = r.vector();
    int start = v.position();
    int[] fields = v.opaqueFieldsToEnd(start);
    if (fields.length % 4 != 0) {
      throw new CodecException("truncated input: an HPKECiphertext lacks its ciphertext");
    }
    return new EncodedCiphertexts(v.consumedView(start), fields);
  }

  @Override
  public HpkeCiphertext get(int index) {
    HpkeCiphertext c = built[index];
    if (c == null) {
      int f = 4 * index;
      c = new HpkeCiphertext(body.copyOfRange(fields[f], fields[f] + fields[f + 1]),
          body.copyOfRange(fields[f + 2], fields[f + 2] + fields[f + 3]));
      built[index] = c;
    }
    return c;
  }

  @Override
  public int size() {
    return built.length;
  }

  /// Writes the vector as it was received.
  void encode(TlsWriter w) {
    w.opaque(body);
  }
}
