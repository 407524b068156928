package dev.quicnprotochat.mls.schedule;

import dev.quicnprotochat.mls.UsageException;
import dev.quicnprotochat.mls.codec.Bytes;
import dev.quicnprotochat.mls.codec.TlsReader;
import dev.quicnprotochat.mls.codec.TlsWriter;
import dev.quicnprotochat.mls.extension.Extension;
import java.util.List;
import java.util.Objects;

/// The state every member agrees on in an epoch (RFC 9420 §8.1):
///
/// ```
/// struct {
///     ProtocolVersion version = mls10;
///     CipherSuite cipher_suite;
///     opaque group_id<V>;
///     uint64 epoch;
///     opaque tree_hash<V>;
///     opaque confirmed_transcript_hash<V>;
///     Extension extensions<V>;
/// } GroupContext;
/// ```
///
/// `epoch` is an unsigned 64-bit number in a `long`. The version is kept as read so that a context from another
/// version still re-encodes to the same bytes; [#MLS10] is the only one this library produces.
public record GroupContext(int version, int cipherSuite, Bytes groupId, long epoch, Bytes treeHash,
    Bytes confirmedTranscriptHash, List<Extension> extensions) {

  /// `ProtocolVersion mls10 = 1` (§6).
  public static final int MLS10 = 1;

  public GroupContext {
    requireU16(version, "version");
    requireU16(cipherSuite, "cipher_suite");
    Objects.requireNonNull(groupId, "groupId");
    Objects.requireNonNull(treeHash, "treeHash");
    Objects.requireNonNull(confirmedTranscriptHash, "confirmedTranscriptHash");
    extensions = List.copyOf(extensions);
  }

  /// An MLS 1.0 context.
  public GroupContext(int cipherSuite, Bytes groupId, long epoch, Bytes treeHash, Bytes confirmedTranscriptHash,
      List<Extension> extensions) {
    this(MLS10, cipherSuite, groupId, epoch, treeHash, confirmedTranscriptHash, extensions);
  }

  public static GroupContext decode(TlsReader r) {
    return new GroupContext(r.u16(), r.u16(), r.opaqueBytes(), r.u64(), r.opaqueBytes(), r.opaqueBytes(),
        Extension.decodeList(r));
  }

  public void encode(TlsWriter w) {
    w.u16(version).u16(cipherSuite).opaque(groupId).u64(epoch).opaque(treeHash).opaque(confirmedTranscriptHash);
    Extension.encodeList(w, extensions);
  }

  /// The TLS encoding, as the key schedule and signatures consume it.
  public byte[] toByteArray() {
    TlsWriter w = new TlsWriter(64 + groupId.length() + treeHash.length() + confirmedTranscriptHash.length());
    encode(w);
    return w.toByteArray();
  }

  public GroupContext withEpoch(long newEpoch) {
    return new GroupContext(version, cipherSuite, groupId, newEpoch, treeHash, confirmedTranscriptHash, extensions);
  }

  public GroupContext withTreeHash(Bytes newTreeHash) {
    return new GroupContext(version, cipherSuite, groupId, epoch, newTreeHash, confirmedTranscriptHash, extensions);
  }

  public GroupContext withConfirmedTranscriptHash(Bytes hash) {
    return new GroupContext(version, cipherSuite, groupId, epoch, treeHash, hash, extensions);
  }

  public GroupContext withExtensions(List<Extension> newExtensions) {
    return new GroupContext(version, cipherSuite, groupId, epoch, treeHash, confirmedTranscriptHash, newExtensions);
  }

  private static void requireU16(int v, String name) {
    if (v < 0 || v > 0xffff) {
      throw new UsageException(name + " " + v + " is not a uint16");
    }
  }
}
