package dev.quicnprotochat.application.testing.client;

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
import dev.quicnprotochat.mls.codec.Bytes;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/// A group engine without cryptography that keeps MLS's bookkeeping: states and messages are readable text, every
/// commit moves the group one epoch on, a handshake message of another epoch is rejected, and a commit that
/// removes the processing member reports `selfRemoved`. Enough to test the use cases' choreography (retry on a
/// stale epoch, auto-join, ack order) against an engine that behaves like one.
///
/// Formats: state `G|group|epoch|self|members|generation|leaving`; key package `KP|owner|ref`; Welcome
/// `W|group|epoch|members|refs`; commit `C|group|epoch|committer|added|removed`; application
/// `A|group|epoch|sender|base64(text)`; leave proposal `P|group|epoch|sender`. Keys and ids are hex; lists are
/// comma-separated.
public final class FakeGroupEngine implements GroupEngine {

  private static final SecureRandom RANDOM = new SecureRandom();

  private record State(ChannelId group, long epoch, IdentityKey self, List<IdentityKey> members, long generation,
                       List<IdentityKey> leaving) {
    State(ChannelId group, long epoch, IdentityKey self, List<IdentityKey> members, long generation) {
      this(group, epoch, self, members, generation, List.of());
    }

    SerializedGroupState encode() {
      return SerializedGroupState.of(text("G", group.value().toHex(), Long.toString(epoch), self.value().toHex(),
          keys(members), Long.toString(generation), keys(leaving)));
    }
  }

  // --- helpers tests use to build peer messages ---

  /// A commit by `committer` made in `epoch` of `group`.
  public static Bytes commit(ChannelId group, long epoch, IdentityKey committer, Set<IdentityKey> added,
                             Set<IdentityKey> removed) {
    return Bytes.wrap(text("C", group.value().toHex(), Long.toString(epoch), committer.value().toHex(),
        keys(List.copyOf(added)), keys(List.copyOf(removed))));
  }

  /// An application message by `sender` in `epoch` of `group`.
  public static Bytes application(ChannelId group, long epoch, IdentityKey sender, String text) {
    return Bytes.wrap(text("A", group.value().toHex(), Long.toString(epoch), sender.value().toHex(),
        Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8))));
  }

  /// A Welcome into `group` at `epoch` for the key package `ref`.
  public static Bytes welcome(ChannelId group, long epoch, List<IdentityKey> members, KeyPackageRef ref) {
    return Bytes.wrap(text("W", group.value().toHex(), Long.toString(epoch), keys(members), ref.value().toHex()));
  }

  /// The key package `ref` of `owner`, as published.
  public static Bytes keyPackage(IdentityKey owner, KeyPackageRef ref) {
    return Bytes.wrap(text("KP", owner.value().toHex(), ref.value().toHex()));
  }

  /// A state of `group` at `epoch` held by `self`, with `members` (self included).
  public static SerializedGroupState state(ChannelId group, long epoch, IdentityKey self, List<IdentityKey> members) {
    return new State(group, epoch, self, List.copyOf(members), 0).encode();
  }

  // --- the port ---

  @Override
  public GeneratedKeyPackage createKeyPackage(IdentityKeyPair identity, boolean lastResort) {
    byte[] ref = new byte[32];
    RANDOM.nextBytes(ref);
    KeyPackageRef keyPackageRef = new KeyPackageRef(Bytes.wrap(ref));
    return new GeneratedKeyPackage(keyPackage(identity.publicKey(), keyPackageRef),
        KeyPackageSecret.of(keyPackageRef, lastResort, ("private keys " + Bytes.wrap(ref).toHex())
            .getBytes(StandardCharsets.US_ASCII)));
  }

  @Override
  public SerializedGroupState createGroup(ChannelId groupId, IdentityKeyPair identity,
                                          java.util.Optional<String> title) {
    return new State(groupId, 0, identity.publicKey(), List.of(identity.publicKey()), 0).encode();
  }

  @Override
  public PayloadKind classify(Bytes payload) {
    String text = new String(payload.toByteArray(), StandardCharsets.UTF_8);
    if (text.startsWith("W|")) {
      return PayloadKind.WELCOME;
    }
    return text.startsWith("C|") || text.startsWith("A|") || text.startsWith("P|") ? PayloadKind.GROUP_MESSAGE
        : PayloadKind.UNKNOWN;
  }

  @Override
  public List<KeyPackageRef> welcomeRefs(Bytes welcome) {
    String[] f = fields(welcome, "W", 5);
    return Arrays.stream(f[4].split(",")).map(hex -> new KeyPackageRef(Bytes.fromHex(hex))).toList();
  }

  @Override
  public JoinedGroup join(Bytes welcome, KeyPackageSecret secret, IdentityKeyPair identity) {
    String[] f = fields(welcome, "W", 5);
    if (!welcomeRefs(welcome).contains(secret.ref())) {
      throw new GroupEngineException("the Welcome has no secrets for this key package");
    }
    State state = new State(new ChannelId(Bytes.fromHex(f[1])), Long.parseLong(f[2]), identity.publicKey(),
        parseKeys(f[3]), 0);
    return new JoinedGroup(state.group(), state.encode(), new Epoch(state.epoch()), state.members());
  }

  @Override
  public StagedCommit commitAdd(SerializedGroupState state, List<Bytes> keyPackages) {
    State s = decode(state);
    Set<IdentityKey> added = new LinkedHashSet<>();
    List<KeyPackageRef> refs = new ArrayList<>();
    for (Bytes keyPackage : keyPackages) {
      String[] f = fields(keyPackage, "KP", 3);
      IdentityKey owner = new IdentityKey(Bytes.fromHex(f[1]));
      if (s.members().contains(owner)) {
        throw new GroupEngineException("already a member");
      }
      added.add(owner);
      refs.add(new KeyPackageRef(Bytes.fromHex(f[2])));
    }
    List<IdentityKey> members = new ArrayList<>(s.members());
    members.addAll(added);
    State next = new State(s.group(), s.epoch() + 1, s.self(), members, 0);
    Bytes welcome = Bytes.wrap(text("W", s.group().value().toHex(), Long.toString(next.epoch()), keys(members),
        String.join(",", refs.stream().map(r -> r.value().toHex()).toList())));
    return new StagedCommit(new Epoch(s.epoch()), new MembershipChange(added, Set.of()),
        commit(s.group(), s.epoch(), s.self(), added, Set.of()), java.util.Optional.of(welcome), next.encode());
  }

  @Override
  public StagedCommit commitRemove(SerializedGroupState state, Set<IdentityKey> removed) {
    State s = decode(state);
    if (!s.members().containsAll(removed)) {
      throw new GroupEngineException("not a member");
    }
    List<IdentityKey> members = new ArrayList<>(s.members());
    members.removeAll(removed);
    State next = new State(s.group(), s.epoch() + 1, s.self(), members, 0);
    return new StagedCommit(new Epoch(s.epoch()), new MembershipChange(Set.of(), removed),
        commit(s.group(), s.epoch(), s.self(), Set.of(), removed), java.util.Optional.empty(), next.encode());
  }

  @Override
  public StagedCommit commitUpdate(SerializedGroupState state) {
    State s = decode(state);
    State next = new State(s.group(), s.epoch() + 1, s.self(), s.members(), 0);
    return new StagedCommit(new Epoch(s.epoch()), MembershipChange.NONE,
        commit(s.group(), s.epoch(), s.self(), Set.of(), Set.of()), java.util.Optional.empty(), next.encode());
  }

  @Override
  public Bytes proposeLeave(SerializedGroupState state) {
    State s = decode(state);
    return Bytes.wrap(text("P", s.group().value().toHex(), Long.toString(s.epoch()), s.self().value().toHex()));
  }

  @Override
  public int pendingProposals(SerializedGroupState state) {
    return decode(state).leaving().size();
  }

  @Override
  public StagedCommit commitPending(SerializedGroupState state) {
    State s = decode(state);
    Set<IdentityKey> removed = Set.copyOf(s.leaving());
    List<IdentityKey> members = new ArrayList<>(s.members());
    members.removeAll(removed);
    State next = new State(s.group(), s.epoch() + 1, s.self(), members, 0);
    return new StagedCommit(new Epoch(s.epoch()), new MembershipChange(Set.of(), removed),
        commit(s.group(), s.epoch(), s.self(), Set.of(), removed), java.util.Optional.empty(), next.encode());
  }

  @Override
  public IncomingOutcome process(SerializedGroupState state, Bytes message) {
    State s = decode(state);
    String text = new String(message.toByteArray(), StandardCharsets.UTF_8);
    String[] f = text.split("\\|", -1);
    if (!f[1].equals(s.group().value().toHex())) {
      return new IncomingOutcome.Rejected("a message for another group");
    }
    long epoch = Long.parseLong(f[2]);
    if (epoch != s.epoch()) {
      return new IncomingOutcome.Rejected("a message of epoch " + epoch + "; the group is at " + s.epoch());
    }
    IdentityKey sender = new IdentityKey(Bytes.fromHex(f[3]));
    if (!s.members().contains(sender)) {
      return new IncomingOutcome.Rejected("the sender is not a member");
    }
    return switch (f[0]) {
      case "A" -> new IncomingOutcome.Application(
          new State(s.group(), s.epoch(), s.self(), s.members(), s.generation() + 1).encode(), sender,
          Bytes.wrap(Base64.getDecoder().decode(f[4])));
      case "C" -> {
        List<IdentityKey> added = parseKeys(f[4]);
        List<IdentityKey> removed = parseKeys(f[5]);
        List<IdentityKey> members = new ArrayList<>(s.members());
        members.removeAll(removed);
        members.addAll(added);
        State next = new State(s.group(), s.epoch() + 1, s.self(), members, 0);
        yield new IncomingOutcome.CommitApplied(next.encode(), sender,
            new MembershipChange(Set.copyOf(added), Set.copyOf(removed)), new Epoch(next.epoch()),
            removed.contains(s.self()));
      }
      case "P" -> {
        List<IdentityKey> leaving = new ArrayList<>(s.leaving());
        leaving.add(sender);
        yield new IncomingOutcome.ProposalStored(
            new State(s.group(), s.epoch(), s.self(), s.members(), s.generation(), leaving).encode());
      }
      default -> throw new GroupEngineException("not a group message");
    };
  }

  @Override
  public EncryptedMessage encrypt(SerializedGroupState state, Bytes plaintext) {
    State s = decode(state);
    Bytes message = application(s.group(), s.epoch(), s.self(),
        new String(plaintext.toByteArray(), StandardCharsets.UTF_8));
    return new EncryptedMessage(message,
        new State(s.group(), s.epoch(), s.self(), s.members(), s.generation() + 1).encode());
  }

  @Override
  public Epoch epoch(SerializedGroupState state) {
    return new Epoch(decode(state).epoch());
  }

  @Override
  public List<IdentityKey> members(SerializedGroupState state) {
    return decode(state).members();
  }

  // --- encoding ---

  private static State decode(SerializedGroupState state) {
    String[] f = fields(Bytes.wrap(state.toByteArray()), "G", 7);
    return new State(new ChannelId(Bytes.fromHex(f[1])), Long.parseLong(f[2]), new IdentityKey(Bytes.fromHex(f[3])),
        parseKeys(f[4]), Long.parseLong(f[5]), parseKeys(f[6]));
  }

  private static String[] fields(Bytes bytes, String kind, int count) {
    String[] f = new String(bytes.toByteArray(), StandardCharsets.UTF_8).split("\\|", -1);
    if (f.length != count || !f[0].equals(kind)) {
      throw new GroupEngineException("not a " + kind + " message");
    }
    return f;
  }

  private static byte[] text(String... fields) {
    return String.join("|", fields).getBytes(StandardCharsets.UTF_8);
  }

  private static String keys(List<IdentityKey> keys) {
    return String.join(",", keys.stream().map(k -> k.value().toHex()).toList());
  }

  private static List<IdentityKey> parseKeys(String field) {
    return field.isEmpty() ? List.of()
        : Arrays.stream(field.split(",")).map(hex -> new IdentityKey(Bytes.fromHex(hex))).toList();
  }
}
