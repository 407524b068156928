package dev.quicnprotochat.mls.group;

import dev.quicnprotochat.mls.UsageException;
import dev.quicnprotochat.mls.ValidationCheck;
import dev.quicnprotochat.mls.ValidationException;
import dev.quicnprotochat.mls.codec.Bytes;
import dev.quicnprotochat.mls.crypto.CipherSuite;
import dev.quicnprotochat.mls.crypto.HpkeCiphertext;
import dev.quicnprotochat.mls.crypto.Secret;
import dev.quicnprotochat.mls.message.EncryptedGroupSecrets;
import dev.quicnprotochat.mls.message.GroupInfo;
import dev.quicnprotochat.mls.message.GroupSecrets;
import dev.quicnprotochat.mls.message.PathSecret;
import dev.quicnprotochat.mls.message.Proposal;
import dev.quicnprotochat.mls.message.Welcome;
import dev.quicnprotochat.mls.message.WelcomeDecryption;
import dev.quicnprotochat.mls.schedule.EpochSecrets;
import dev.quicnprotochat.mls.schedule.GroupContext;
import dev.quicnprotochat.mls.schedule.KeySchedule;
import dev.quicnprotochat.mls.schedule.TranscriptHashes;
import dev.quicnprotochat.mls.secrettree.SecretTree;
import dev.quicnprotochat.mls.tree.RatchetTree;
import dev.quicnprotochat.mls.treekem.TreeKem;
import dev.quicnprotochat.mls.treekem.TreeKemPrivate;
import dev.quicnprotochat.mls.treemath.LeafIndex;
import dev.quicnprotochat.mls.treemath.TreeMath;
import dev.quicnprotochat.mls.work.Batch;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/// Creating a Welcome for the members a commit adds, and joining from one (RFC 9420 §12.4.3, §12.4.3.1).
final class Welcomes {

  private Welcomes() {
  }

  /// One EncryptedGroupSecrets per added member: the joiner secret, the path secret of the lowest common
  /// ancestor of joiner and committer (if the commit has a path) and the PSK ids, each sealed to the member's
  /// init key. The encryptions are independent and, for large commits, run on the configured executor and this
  /// thread together ([Batch]).
  static Welcome create(CipherSuite suite, GroupInfo info, EpochSecrets secrets, AppliedProposals ap,
      LeafIndex committer, TreeKem.CreatedPath path, GroupConfig config) {
    byte[] welcomeSecret = secrets.welcomeSecret().toByteArray();
    byte[] key = KeySchedule.welcomeKey(suite, welcomeSecret);
    byte[] nonce = KeySchedule.welcomeNonce(suite, welcomeSecret);
    byte[] encryptedInfo = suite.seal(key, nonce, new byte[0], info.toBytes().toByteArray());
    Bytes joiner = Bytes.wrap(secrets.joinerSecret().toByteArray());
    Map<Integer, Secret> pathSecrets = path == null ? Map.of() : path.pathSecrets();
    List<AppliedProposals.Added> added = ap.added();
    EncryptedGroupSecrets[] out = new EncryptedGroupSecrets[added.size()];
    List<Runnable> steps = new ArrayList<>(added.size());
    // The context of every entry is the whole encrypted GroupInfo: hash it into the HPKE key schedule once.
    dev.quicnprotochat.mls.crypto.LabeledEncryptor encryptor = suite.encryptorWithLabel(WelcomeDecryption.LABEL,
        encryptedInfo);
    for (int i = 0; i < added.size(); i++) {
      AppliedProposals.Added a = added.get(i);
      Optional<PathSecret> ps = Optional.empty();
      if (path != null) {
        int ancestor = TreeMath.commonAncestor(a.leaf().node().value(), committer.node().value());
        ps = Optional.of(new PathSecret(Bytes.wrap(pathSecrets.get(ancestor).toByteArray())));
      }
      byte[] plaintext = new GroupSecrets(joiner, ps, ap.psks()).toBytes().toByteArray();
      int slot = i;
      steps.add(() -> {
        HpkeCiphertext ct = encryptor.encrypt(a.keyPackage().initKey().toByteArray(), plaintext);
        out[slot] = new EncryptedGroupSecrets(a.keyPackage().ref(suite), ct);
      });
    }
    Batch.run(steps, config.executor(), config.parallelThreshold());
    return new Welcome(suite.id(), List.of(out), Bytes.wrap(encryptedInfo));
  }

  /// RFC 9420 §11.2, §12.4.3.1: the successor of a re-initialised group starts at epoch 1 with the group id,
  /// version, cipher suite and extensions its ReInit named.
  private static void requireSuccessor(GroupContext context, Proposal.ReInit reInit) {
    if (context.epoch() != 1) {
      throw new ValidationException(ValidationCheck.PSK, "a welcome with a reinit PSK is for epoch "
          + Long.toUnsignedString(context.epoch()) + ", not 1");
    }
    if (!context.groupId().equals(reInit.groupId()) || context.version() != reInit.version()
        || context.cipherSuite() != reInit.cipherSuite() || !context.extensions().equals(reInit.extensions())) {
      throw new ValidationException(ValidationCheck.PSK, "the new group's id, version, cipher suite or extensions"
          + " differ from those of the ReInit");
    }
  }

  /// RFC 9420 §12.4.3.1, the joiner's side.
  static GroupState join(Welcome welcome, KeyPackageBundle bundle, Optional<RatchetTree> suppliedTree,
      GroupConfig config) {
    return join(welcome, bundle, suppliedTree, config, Optional.empty());
  }

  /// With `predecessor`: joining the successor of that re-initialised group (RFC 9420 §11.2), whose Welcome must
  /// name the predecessor's `reinit` resumption PSK.
  static GroupState join(Welcome welcome, KeyPackageBundle bundle, Optional<RatchetTree> suppliedTree,
      GroupConfig config, Optional<GroupState> predecessor) {
    Optional<Psks.ReInitPsk> link = predecessor.map(Welcomes::reInitPsk);
    try {
      return joinChecked(welcome, bundle, suppliedTree, config, link,
          predecessor.flatMap(GroupState::reInit));
    } catch (dev.quicnprotochat.mls.CryptoException e) {
      // HPKE or AEAD failed on the Welcome: it was not made for this KeyPackage, or it was damaged.
      throw new ValidationException(ValidationCheck.WELCOME, "the welcome does not decrypt: " + e.getMessage());
    }
  }

  /// The `reinit` PSK of `old`, whose current epoch a committed ReInit started.
  static Psks.ReInitPsk reInitPsk(GroupState old) {
    if (old.reInit().isEmpty()) {
      throw new UsageException("no ReInit was committed into the group's current epoch");
    }
    long epoch = old.current().epoch();
    return new Psks.ReInitPsk(old.current().context().groupId(), epoch, old.resumptionPsks().get(epoch));
  }

  private static GroupState joinChecked(Welcome welcome, KeyPackageBundle bundle,
      Optional<RatchetTree> suppliedTree, GroupConfig config, Optional<Psks.ReInitPsk> link,
      Optional<Proposal.ReInit> reInit) {
    CipherSuite suite = bundle.suite();
    EncryptedGroupSecrets entry = WelcomeDecryption.entryFor(suite, welcome, bundle.ref());
    GroupSecrets gs = WelcomeDecryption.decryptGroupSecrets(suite, welcome, entry, bundle.initKey());
    byte[] joiner = gs.joinerSecret().toByteArray();
    if (joiner.length != suite.hashLength()) {
      throw new ValidationException(ValidationCheck.WELCOME, "joiner secret of " + joiner.length + " bytes");
    }
    // A new member holds no resumption PSK of the group: only external PSKs can resolve, and the reinit PSK of the
    // predecessor when joining the successor of a re-initialised group.
    byte[] pskSecret = Psks.secret(suite, gs.psks(), config.psks(), Bytes.EMPTY, Map.of(), link);
    GroupInfo info = WelcomeDecryption.decryptGroupInfo(suite, welcome, joiner, pskSecret);
    if (reInit.isPresent()) {
      requireSuccessor(info.groupContext(), reInit.get());
    }
    RatchetTree tree = GroupInfos.verifiedTree(suite, info, suppliedTree, config);
    LeafIndex own = null;
    for (LeafIndex l : tree.occupiedLeaves()) {
      if (tree.leaf(l).orElseThrow().equals(bundle.keyPackage().leafNode())) {
        own = l;
        break;
      }
    }
    if (own == null) {
      throw new ValidationException(ValidationCheck.WELCOME, "this client's leaf is not in the tree");
    }
    EpochSecrets secrets = WelcomeDecryption.epochSecrets(suite, info, joiner, pskSecret);
    TreeKemPrivate priv = gs.pathSecret().isPresent()
        ? TreeKem.privateStateFromWelcome(suite, tree, own, bundle.encryptionKey(), info.signer(),
            Secret.of(gs.pathSecret().get().pathSecret().toByteArray()))
        : TreeKemPrivate.ofLeaf(own, bundle.encryptionKey());
    byte[] confirmed = info.groupContext().confirmedTranscriptHash().toByteArray();
    Bytes interim = Bytes.wrap(TranscriptHashes.interim(suite, confirmed, info.confirmationTag().toByteArray()));
    SecretTree st = new SecretTree(suite, secrets.encryptionSecret().toByteArray(), tree.leafCount(),
        config.maxForwardDistance(), config.outOfOrderWindow());
    EpochState epoch = new EpochState(info.groupContext(), tree, priv, interim, EpochKeys.of(secrets), st);
    secrets.destroy();
    return GroupState.initial(suite, bundle.signatureKeys(), epoch);
  }
}
