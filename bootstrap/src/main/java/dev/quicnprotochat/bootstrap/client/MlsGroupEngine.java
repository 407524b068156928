package dev.quicnprotochat.bootstrap.client;

import dev.quicnprotochat.application.port.out.client.EncryptedMessage;
import dev.quicnprotochat.application.port.out.client.GeneratedKeyPackage;
import dev.quicnprotochat.application.port.out.client.GroupEngine;
import dev.quicnprotochat.application.port.out.client.GroupEngineException;
import dev.quicnprotochat.application.port.out.client.IncomingOutcome;
import dev.quicnprotochat.application.port.out.client.JoinedGroup;
import dev.quicnprotochat.application.port.out.client.PayloadKind;
import dev.quicnprotochat.application.port.out.client.StagedCommit;
import dev.quicnprotochat.domain.channel.ChannelId;
import dev.quicnprotochat.domain.channel.Epoch;
import dev.quicnprotochat.domain.channel.MembershipChange;
import dev.quicnprotochat.domain.clientstate.IdentityKeyPair;
import dev.quicnprotochat.domain.clientstate.KeyPackageSecret;
import dev.quicnprotochat.domain.clientstate.SerializedGroupState;
import dev.quicnprotochat.domain.identity.IdentityKey;
import dev.quicnprotochat.domain.keypackage.KeyPackageRef;
import dev.quicnprotochat.mls.MlsException;
import dev.quicnprotochat.mls.codec.Bytes;
import dev.quicnprotochat.mls.crypto.CipherSuite;
import dev.quicnprotochat.mls.crypto.CipherSuites;
import dev.quicnprotochat.mls.crypto.SignatureKeyPair;
import dev.quicnprotochat.mls.extension.Extension;
import dev.quicnprotochat.mls.group.CommitOptions;
import dev.quicnprotochat.mls.group.CommitResult;
import dev.quicnprotochat.mls.group.GroupConfig;
import dev.quicnprotochat.mls.group.Identity;
import dev.quicnprotochat.mls.group.KeyPackageBundle;
import dev.quicnprotochat.mls.group.KeyPackageOptions;
import dev.quicnprotochat.mls.group.Member;
import dev.quicnprotochat.mls.group.MlsGroup;
import dev.quicnprotochat.mls.group.ProcessedMessage;
import dev.quicnprotochat.mls.keypackage.KeyPackageIn;
import dev.quicnprotochat.mls.message.MLSMessage;
import dev.quicnprotochat.mls.message.Proposal;
import dev.quicnprotochat.mls.message.Welcome;
import dev.quicnprotochat.mls.tree.Capabilities;
import dev.quicnprotochat.mls.tree.Credential;
import dev.quicnprotochat.mls.treemath.LeafIndex;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

/// The [GroupEngine] over `mls/`'s [MlsGroup] with cipher suite 1 (MLS_128_DHKEMX25519_AES128GCM_SHA256_ED25519,
/// RFC 9420 §17.1) and one [GroupConfig]. Every call restores the group from its serialised state, works on that
/// copy and serialises the result, so nothing here holds state between calls.
///
/// The identity key is the leaf's signature key (DESIGN.md §3): suite 1 signs with Ed25519, so the MLS signature
/// key pair is the identity seed and its public key. The credential is Basic with the identity key as its
/// identity: usernames are not part of the group, the use cases resolve them through the directory.
public final class MlsGroupEngine implements GroupEngine {

  /// Key packages stay valid this long (RFC 9420 §10: lifetime); replenishment publishes fresh ones well before.
  private static final int KEY_PACKAGE_DAYS = 30;

  private final CipherSuite suite = CipherSuites.byId(CipherSuites.MLS_128_DHKEMX25519_AES128GCM_SHA256_ED25519);
  private final GroupConfig config;
  private final Clock clock;

  public MlsGroupEngine() {
    this(GroupConfig.defaults(), Clock.systemUTC());
  }

  public MlsGroupEngine(GroupConfig config, Clock clock) {
    this.config = Objects.requireNonNull(config, "config");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  private Identity identity(IdentityKeyPair pair) {
    byte[] seed = pair.seed();
    byte[] publicKey = pair.publicKey().value().toByteArray();
    return new Identity(new Credential.Basic(Bytes.wrap(publicKey)), new SignatureKeyPair(seed, publicKey));
  }

  private KeyPackageOptions options(boolean lastResort) {
    KeyPackageOptions valid = KeyPackageOptions.validFor(clock.instant().getEpochSecond(), KEY_PACKAGE_DAYS);
    // every leaf advertises the title extension, so a group that carries one can add it (RFC 9420 §7.2, §12.1.1)
    Capabilities defaults = KeyPackageBundle.defaultCapabilities(suite, List.of());
    List<Integer> extensions = new ArrayList<>(defaults.extensions());
    extensions.add(GroupTitle.EXTENSION_TYPE);
    KeyPackageOptions options = new KeyPackageOptions(valid.lifetime(), Optional.of(new Capabilities(
        defaults.versions(), defaults.cipherSuites(), extensions, defaults.proposals(), defaults.credentials())),
        valid.leafExtensions(), valid.packageExtensions());
    return lastResort ? options.lastResort() : options;
  }

  @Override
  public GeneratedKeyPackage createKeyPackage(IdentityKeyPair identity, boolean lastResort) {
    KeyPackageBundle bundle = KeyPackageBundle.create(suite, identity(identity), options(lastResort));
    byte[] privateKeys = bundle.toBytes();
    try {
      KeyPackageSecret secret = KeyPackageSecret.of(new KeyPackageRef(bundle.ref().value()), lastResort, privateKeys);
      return new GeneratedKeyPackage(bundle.toMessage().toBytes(), secret);
    } finally {
      Arrays.fill(privateKeys, (byte) 0);
    }
  }

  @Override
  public SerializedGroupState createGroup(ChannelId groupId, IdentityKeyPair identity, Optional<String> title) {
    KeyPackageBundle leaf = KeyPackageBundle.create(suite, identity(identity), options(false));
    List<Extension> extensions = title.map(t -> List.of(GroupTitle.extension(t))).orElse(List.of());
    return save(MlsGroup.create(groupId.value(), leaf, extensions, config));
  }

  @Override
  public PayloadKind classify(Bytes payload) {
    try {
      return switch (MLSMessage.decode(payload)) {
        case MLSMessage.OfWelcome w -> PayloadKind.WELCOME;
        case MLSMessage.OfPublicMessage m -> PayloadKind.GROUP_MESSAGE;
        case MLSMessage.OfPrivateMessage m -> PayloadKind.GROUP_MESSAGE;
        default -> PayloadKind.UNKNOWN;
      };
    } catch (RuntimeException e) {
      return PayloadKind.UNKNOWN;   // garbage is "not for processing", never an error (port contract)
    }
  }

  @Override
  public List<KeyPackageRef> welcomeRefs(Bytes welcome) {
    // RFC 9420 §12.4.3.1: one EncryptedGroupSecrets per new member, named by its KeyPackageRef.
    return welcome(welcome).secrets().stream().map(s -> new KeyPackageRef(s.newMember().value())).toList();
  }

  @Override
  public JoinedGroup join(Bytes welcome, KeyPackageSecret secret, IdentityKeyPair identity) {
    Welcome decoded = welcome(welcome);
    byte[] privateKeys = secret.privateKeys();
    try {
      KeyPackageBundle bundle = KeyPackageBundle.fromBytes(privateKeys);
      if (!Arrays.equals(bundle.signatureKeys().publicKey(), identity.publicKey().value().toByteArray())) {
        throw new GroupEngineException("the key package secret belongs to another identity");
      }
      MlsGroup group = MlsGroup.joinFromWelcome(decoded, bundle, Optional.empty(), config);
      return new JoinedGroup(new ChannelId(group.groupId()), save(group), new Epoch(group.epoch()), keys(group),
          GroupTitle.of(group.groupContextExtensions()));
    } catch (MlsException e) {
      throw new GroupEngineException("cannot join from this Welcome: " + e.getMessage());
    } finally {
      Arrays.fill(privateKeys, (byte) 0);
    }
  }

  @Override
  public StagedCommit commitAdd(SerializedGroupState state, List<Bytes> keyPackages) {
    List<KeyPackageIn> packages = new ArrayList<>();
    for (Bytes keyPackage : keyPackages) {
      if (!(decode(keyPackage, "key package") instanceof MLSMessage.OfKeyPackage(var kp))) {
        throw new GroupEngineException("not an MLS KeyPackage");
      }
      packages.add(kp);
    }
    return stage(state, group -> group.commitAdds(packages));
  }

  @Override
  public StagedCommit commitRemove(SerializedGroupState state, Set<IdentityKey> members) {
    return stage(state, group -> {
      List<Proposal> removes = new ArrayList<>();
      for (IdentityKey member : members) {
        removes.add(new Proposal.Remove(leafOf(group, member)));   // RFC 9420 §12.1.3
      }
      return group.commit(CommitOptions.withInline(removes));
    });
  }

  @Override
  public StagedCommit commitUpdate(SerializedGroupState state) {
    return stage(state, group -> group.commit(CommitOptions.selfUpdate()));
  }

  @Override
  public Bytes proposeLeave(SerializedGroupState state) {
    return call(() -> load(state).proposeSelfRemove().toBytes());
  }

  @Override
  public int pendingProposals(SerializedGroupState state) {
    return load(state).pendingProposals().size();
  }

  @Override
  public StagedCommit commitPending(SerializedGroupState state) {
    return stage(state, group -> group.commit(CommitOptions.pending()));   // RFC 9420 §12.2: by reference
  }

  @Override
  public IncomingOutcome process(SerializedGroupState state, Bytes message) {
    MlsGroup group = load(state);   // a state that does not parse is the caller's problem: GroupEngineException
    List<Member> before = group.members();
    try {
      return switch (group.process(MLSMessage.decode(message))) {
        case ProcessedMessage.ApplicationMessage m ->
            new IncomingOutcome.Application(save(group), key(m.sender()), m.data());
        case ProcessedMessage.ProposalStored p -> new IncomingOutcome.ProposalStored(save(group));
        case ProcessedMessage.CommitApplied c -> new IncomingOutcome.CommitApplied(save(group),
            committer(c.committer(), before, group.members()), change(c), new Epoch(c.epoch()), c.selfRemoved());
      };
    } catch (MlsException | IllegalArgumentException e) {
      // A peer's message: duplicate, past epoch, forged or malformed (RFC 9420 §6.3, §12.4.2); state unchanged.
      return new IncomingOutcome.Rejected(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
    }
  }

  @Override
  public EncryptedMessage encrypt(SerializedGroupState state, Bytes plaintext) {
    MlsGroup group = load(state);
    Bytes message = call(() -> group.encrypt(plaintext.toByteArray()).toBytes());
    return new EncryptedMessage(message, save(group));
  }

  @Override
  public Epoch epoch(SerializedGroupState state) {
    return new Epoch(load(state).epoch());
  }

  @Override
  public List<IdentityKey> members(SerializedGroupState state) {
    return keys(load(state));
  }

  // ---- helpers ------------------------------------------------------------------------------------------------

  /// Builds a commit on a restored copy, then merges it on that copy (RFC 9420 §12.4): the merged state is kept by
  /// the caller only once the server accepted the commit, so a refused one needs no discard.
  private StagedCommit stage(SerializedGroupState state, Function<MlsGroup, CommitResult> build) {
    MlsGroup group = load(state);
    long epoch = group.epoch();
    return call(() -> {
      CommitResult result = build.apply(group);
      ProcessedMessage.CommitApplied merged = group.mergePendingCommit();
      Optional<Bytes> welcome = result.welcome().map(w -> new MLSMessage.OfWelcome(w).toBytes());
      return new StagedCommit(new Epoch(epoch), change(merged), result.commit().toBytes(), welcome, save(group));
    });
  }

  private static MembershipChange change(ProcessedMessage.CommitApplied applied) {
    Set<IdentityKey> added = new LinkedHashSet<>();
    applied.added().forEach(m -> added.add(key(m)));
    Set<IdentityKey> removed = new LinkedHashSet<>();
    applied.removed().forEach(m -> removed.add(key(m)));
    return new MembershipChange(added, removed);
  }

  private static IdentityKey committer(LeafIndex leaf, List<Member> before, List<Member> after) {
    // The committer is in the old tree; an external joiner only in the new one (RFC 9420 §12.4.3.2).
    return before.stream().filter(m -> m.leaf().equals(leaf)).findFirst()
        .or(() -> after.stream().filter(m -> m.leaf().equals(leaf)).findFirst())
        .map(MlsGroupEngine::key)
        .orElseThrow(() -> new GroupEngineException("the committer's leaf " + leaf.value() + " is empty"));
  }

  private static LeafIndex leafOf(MlsGroup group, IdentityKey member) {
    return group.members().stream().filter(m -> key(m).equals(member)).map(Member::leaf).findFirst()
        .orElseThrow(() -> new GroupEngineException("not a member: " + member.fingerprint()));
  }

  private static IdentityKey key(Member member) {
    return new IdentityKey(member.signatureKey());
  }

  private static List<IdentityKey> keys(MlsGroup group) {
    return group.members().stream().map(MlsGroupEngine::key).toList();
  }

  private MlsGroup load(SerializedGroupState state) {
    byte[] bytes = state.toByteArray();
    try {
      return MlsGroup.fromBytes(bytes, config);
    } catch (MlsException e) {
      throw new GroupEngineException("the group state does not parse: " + e.getMessage());
    } finally {
      Arrays.fill(bytes, (byte) 0);
    }
  }

  private static SerializedGroupState save(MlsGroup group) {
    byte[] bytes = group.toBytes();
    try {
      return SerializedGroupState.of(bytes);
    } finally {
      Arrays.fill(bytes, (byte) 0);
    }
  }

  private static Welcome welcome(Bytes bytes) {
    if (!(decode(bytes, "Welcome") instanceof MLSMessage.OfWelcome(Welcome welcome))) {
      throw new GroupEngineException("not an MLS Welcome");
    }
    return welcome;
  }

  private static MLSMessage decode(Bytes bytes, String what) {
    try {
      return MLSMessage.decode(bytes);
    } catch (MlsException e) {
      throw new GroupEngineException("the " + what + " does not parse: " + e.getMessage());
    }
  }

  /// Runs an MLS operation on the caller's own input; its failures are [GroupEngineException]s (port contract).
  private static <T> T call(Supplier<T> operation) {
    try {
      return operation.get();
    } catch (MlsException e) {
      throw new GroupEngineException(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
    }
  }
}
