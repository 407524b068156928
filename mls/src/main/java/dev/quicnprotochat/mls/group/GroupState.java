package dev.quicnprotochat.mls.group;

import dev.quicnprotochat.mls.CodecException;
import dev.quicnprotochat.mls.codec.Bytes;
import dev.quicnprotochat.mls.codec.TlsReader;
import dev.quicnprotochat.mls.codec.TlsWriter;
import dev.quicnprotochat.mls.crypto.CipherSuite;
import dev.quicnprotochat.mls.crypto.CipherSuites;
import dev.quicnprotochat.mls.crypto.HpkeKeyPair;
import dev.quicnprotochat.mls.crypto.SignatureKeyPair;
import dev.quicnprotochat.mls.message.Proposal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/// The whole state of one client in one group. Immutable apart from the secret trees inside the epochs (see
/// [EpochState]); every transition builds a new value, so a failed transition has nothing to undo.
///
/// @param past             earlier epochs still accepted for application messages, newest first
/// @param resumptionPsks   resumption_psk by epoch (RFC 9420 §8.6), the current one included, at most
///                         [#RESUMPTION_EPOCHS]
/// @param proposals        proposals cached in the current epoch, in arrival order
/// @param ownUpdateKeys    leaf key pairs of this client's own Update proposals, by public key
/// @param reInit           the ReInit committed into the current epoch, if any: the group then waits for its
///                         successor (RFC 9420 §11.2), which joiners tie to the current epoch's resumption PSK
record GroupState(CipherSuite suite, SignatureKeyPair signer, boolean active, EpochState current,
    List<EpochState> past, Map<Long, Bytes> resumptionPsks, List<CachedProposal> proposals,
    Map<Bytes, HpkeKeyPair> ownUpdateKeys, Optional<PendingCommit> pending, Optional<Proposal.ReInit> reInit) {

  static final int RESUMPTION_EPOCHS = 16;
  /// Format 3 added the committed ReInit, format 2 the current (and pending) epoch's tree hashes; formats 1 and 2
  /// are still read.
  private static final int FORMAT = 3;
  private static final int FORMAT_WITHOUT_REINIT = 2;
  private static final int FORMAT_WITHOUT_HASHES = 1;
  private static final int CHECKSUM_LENGTH = 32;

  GroupState {
    past = List.copyOf(past);
    resumptionPsks = java.util.Collections.unmodifiableMap(new TreeMap<>(resumptionPsks));
    proposals = List.copyOf(proposals);
    ownUpdateKeys = java.util.Collections.unmodifiableMap(new TreeMap<>(ownUpdateKeys));
  }

  static GroupState initial(CipherSuite suite, SignatureKeyPair signer, EpochState epoch) {
    return new GroupState(suite, signer, true, epoch, List.of(),
        Map.of(epoch.epoch(), Bytes.wrap(epoch.keys().resumption())), List.of(), Map.of(), Optional.empty(),
        Optional.empty());
  }

  GroupState withCurrent(EpochState e) {
    return new GroupState(suite, signer, active, e, past, resumptionPsks, proposals, ownUpdateKeys, pending, reInit);
  }

  GroupState withPast(List<EpochState> p) {
    return new GroupState(suite, signer, active, current, p, resumptionPsks, proposals, ownUpdateKeys, pending, reInit);
  }

  GroupState withProposal(CachedProposal p) {
    List<CachedProposal> list = new ArrayList<>(proposals);
    list.add(p);
    return new GroupState(suite, signer, active, current, past, resumptionPsks, list, ownUpdateKeys, pending, reInit);
  }

  GroupState withOwnUpdateKey(HpkeKeyPair key) {
    Map<Bytes, HpkeKeyPair> keys = new TreeMap<>(ownUpdateKeys);
    keys.put(Bytes.of(key.publicKey()), key);
    return new GroupState(suite, signer, active, current, past, resumptionPsks, proposals, keys, pending, reInit);
  }

  GroupState withPending(Optional<PendingCommit> p) {
    return new GroupState(suite, signer, active, current, past, resumptionPsks, proposals, ownUpdateKeys, p, reInit);
  }

  /// Moves to `next`, the epoch of a commit that carried `committedReInit`: the current epoch joins the past ones (at
  /// most `pastEpochs` kept), its proposals and any pending commit are dropped, and `next`'s resumption PSK is
  /// remembered. `stillMember` false makes the group inactive.
  GroupState advance(EpochState next, Optional<Proposal.ReInit> committedReInit, int pastEpochs,
      boolean stillMember) {
    List<EpochState> p = new ArrayList<>();
    if (pastEpochs > 0) {
      p.add(current);
      for (EpochState e : past) {
        if (p.size() >= pastEpochs) {
          break;
        }
        p.add(e);
      }
    }
    TreeMap<Long, Bytes> psks = new TreeMap<>(resumptionPsks);
    psks.put(next.epoch(), Bytes.wrap(next.keys().resumption()));
    while (psks.size() > RESUMPTION_EPOCHS) {
      psks.pollFirstEntry();
    }
    return new GroupState(suite, signer, stillMember, next, p, psks, List.of(), Map.of(), Optional.empty(),
        committedReInit);
  }

  /// The state after a commit that removed this client: inactive, its last epoch kept for late messages only.
  GroupState advanceRemoved() {
    return new GroupState(suite, signer, false, current, past, resumptionPsks, List.of(), Map.of(), Optional.empty(),
        Optional.empty());
  }

  /// The epoch with number `epoch`, current or retained.
  Optional<EpochState> epoch(long epoch) {
    if (current.epoch() == epoch) {
      return Optional.of(current);
    }
    return past.stream().filter(e -> e.epoch() == epoch).findFirst();
  }

  /// A copy whose epochs hold copies of their secret trees, for trying out a transition.
  GroupState replaceEpoch(EpochState updated) {
    if (updated.epoch() == current.epoch()) {
      return withCurrent(updated);
    }
    List<EpochState> p = new ArrayList<>(past);
    p.replaceAll(e -> e.epoch() == updated.epoch() ? updated : e);
    return withPast(p);
  }

  byte[] encode() {
    return encode(FORMAT);
  }

  /// Encodes in `format` 3 (current), 2 (no ReInit) or 1 (no tree hashes either): older formats are what clients
  /// stored before, for tests of reading them.
  byte[] encode(int format) {
    boolean withHashes = format != FORMAT_WITHOUT_HASHES;
    Optional<CipherSuite> hashes = withHashes ? Optional.of(suite) : Optional.empty();
    TlsWriter w = new TlsWriter(4096);
    w.u8(format).u16(suite.id()).opaque(signer.privateKey()).opaque(signer.publicKey()).bool(active);
    current.encode(w, hashes, withHashes);
    w.vector(past, (x, e) -> e.encode(x, Optional.empty(), withHashes));
    w.vector(resumptionPsks.entrySet(), (x, e) -> x.u64(e.getKey()).opaque(e.getValue()));
    w.vector(proposals, (x, p) -> p.encode(x));
    w.vector(ownUpdateKeys.values(), (x, k) -> x.opaque(k.publicKey()).opaque(k.privateKey()));
    w.optional(pending, (x, p) -> p.encode(x, hashes));
    if (format == FORMAT) {
      w.optional(reInit, (x, p) -> p.encode(x));
    }
    byte[] body = w.toByteArray();
    byte[] out = java.util.Arrays.copyOf(body, body.length + CHECKSUM_LENGTH);
    System.arraycopy(checksum(body, body.length), 0, out, body.length, CHECKSUM_LENGTH);
    return out;
  }

  /// SHA-256 of the body: secrets are arbitrary bytes, so without it a flipped bit in a stored key would decode
  /// fine and fail much later, far from its cause.
  private static byte[] checksum(byte[] bytes, int length) {
    try {
      java.security.MessageDigest d = java.security.MessageDigest.getInstance("SHA-256");
      d.update(bytes, 0, length);
      return d.digest();
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new dev.quicnprotochat.mls.InternalException("SHA-256 is missing", e);
    }
  }

  static GroupState decode(byte[] bytes) {
    if (bytes.length < CHECKSUM_LENGTH + 1) {
      throw new CodecException("stored group state is truncated");
    }
    int bodyLength = bytes.length - CHECKSUM_LENGTH;
    byte[] expected = checksum(bytes, bodyLength);
    if (!java.security.MessageDigest.isEqual(expected, java.util.Arrays.copyOfRange(bytes, bodyLength,
        bytes.length))) {
      throw new CodecException("stored group state is damaged: checksum mismatch");
    }
    try {
      return TlsReader.decode(java.util.Arrays.copyOf(bytes, bodyLength), GroupState::decode);
    } catch (CodecException e) {
      throw e;
    } catch (RuntimeException e) {
      // A damaged state can break an invariant deeper down (an impossible index, a wrong-length secret).
      throw new CodecException("stored group state is damaged: " + e.getMessage());
    }
  }

  private static GroupState decode(TlsReader r) {
    int format = r.u8();
    if (format != FORMAT && format != FORMAT_WITHOUT_REINIT && format != FORMAT_WITHOUT_HASHES) {
      throw new CodecException("unknown group state format " + format);
    }
    int suiteId = r.u16();
    if (!CipherSuites.isSupported(suiteId)) {
      throw new CodecException("unknown cipher suite " + suiteId + " in stored group state");
    }
    CipherSuite suite = CipherSuites.byId(suiteId);
    SignatureKeyPair signer = new SignatureKeyPair(r.opaque(), r.opaque());
    boolean active = r.bool();
    boolean hashes = format != FORMAT_WITHOUT_HASHES;
    EpochState current = EpochState.decode(suite, r, hashes);
    List<EpochState> past = r.vector(x -> EpochState.decode(suite, x, hashes));
    Map<Long, Bytes> psks = new TreeMap<>();
    for (Object[] e : r.vector(x -> new Object[] {x.u64(), x.opaqueBytes()})) {
      psks.put((Long) e[0], (Bytes) e[1]);
    }
    List<CachedProposal> proposals = r.vector(CachedProposal::decode);
    Map<Bytes, HpkeKeyPair> updates = new TreeMap<>();
    for (HpkeKeyPair k : r.vector(x -> {
      byte[] pub = x.opaque();
      return new HpkeKeyPair(x.opaque(), pub);
    })) {
      updates.put(Bytes.of(k.publicKey()), k);
    }
    Optional<PendingCommit> pending = r.optional(x -> PendingCommit.decode(suite, x, hashes));
    Optional<Proposal.ReInit> reInit = format == FORMAT ? r.optional(x -> {
      if (Proposal.decode(x) instanceof Proposal.ReInit ri) {
        return ri;
      }
      throw new CodecException("stored re-init is not a ReInit proposal");
    }) : Optional.empty();
    return new GroupState(suite, signer, active, current, past, psks, proposals, updates, pending, reInit);
  }

  @Override
  public String toString() {
    return "GroupState[suite=" + suite.id() + ", epoch=" + Long.toUnsignedString(current.epoch()) + ", <redacted>]";
  }
}
