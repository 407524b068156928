package dev.quicnprotochat.mls.schedule;

import dev.quicnprotochat.mls.codec.TlsWriter;
import dev.quicnprotochat.mls.crypto.CipherSuite;
import java.security.MessageDigest;

/// The transcript hashes of RFC 9420 §8.2, which bind each epoch to the commits that led to it:
///
/// ```
/// confirmed_transcript_hash_[n] = Hash(interim_transcript_hash_[n-1] || ConfirmedTranscriptHashInput_[n])
/// interim_transcript_hash_[n]   = Hash(confirmed_transcript_hash_[n] || InterimTranscriptHashInput_[n])
/// confirmation_tag              = MAC(confirmation_key, confirmed_transcript_hash_[n])
/// ```
///
/// `ConfirmedTranscriptHashInput` (wire_format, the commit's FramedContent and its signature) is passed encoded:
/// the framing package builds it from an `AuthenticatedContent`.
public final class TranscriptHashes {

  private TranscriptHashes() {
  }

  public static byte[] confirmed(CipherSuite suite, byte[] interimBefore, byte[] confirmedInput) {
    byte[] joined = new byte[interimBefore.length + confirmedInput.length];
    System.arraycopy(interimBefore, 0, joined, 0, interimBefore.length);
    System.arraycopy(confirmedInput, 0, joined, interimBefore.length, confirmedInput.length);
    return suite.hash(joined);
  }

  /// `struct { MAC confirmation_tag; } InterimTranscriptHashInput`, with `MAC` an `opaque<V>`.
  public static byte[] interim(CipherSuite suite, byte[] confirmed, byte[] confirmationTag) {
    TlsWriter w = new TlsWriter(confirmed.length + confirmationTag.length + 4);
    w.raw(confirmed).opaque(confirmationTag);
    return suite.hash(w.toByteArray());
  }

  public static byte[] confirmationTag(CipherSuite suite, byte[] confirmationKey, byte[] confirmed) {
    return suite.mac(confirmationKey, confirmed);
  }

  /// Constant-time check of a received confirmation tag.
  public static boolean confirmationTagMatches(CipherSuite suite, byte[] confirmationKey, byte[] confirmed,
      byte[] tag) {
    return MessageDigest.isEqual(confirmationTag(suite, confirmationKey, confirmed), tag);
  }
}
