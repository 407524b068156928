package dev.quicnprotochat.mls.bench;

import dev.quicnprotochat.mls.codec.Bytes;
import dev.quicnprotochat.mls.crypto.CipherSuite;
import dev.quicnprotochat.mls.crypto.CipherSuites;
import dev.quicnprotochat.mls.group.CommitOptions;
import dev.quicnprotochat.mls.group.CommitResult;
import dev.quicnprotochat.mls.group.GroupConfig;
import dev.quicnprotochat.mls.group.Identity;
import dev.quicnprotochat.mls.group.KeyPackageBundle;
import dev.quicnprotochat.mls.group.KeyPackageOptions;
import dev.quicnprotochat.mls.group.MlsGroup;
import dev.quicnprotochat.mls.group.ProcessedMessage;
import dev.quicnprotochat.mls.group.WireFormatPolicy;
import dev.quicnprotochat.mls.keypackage.KeyPackageIn;
import dev.quicnprotochat.mls.message.MLSMessage;
import dev.quicnprotochat.mls.tree.Credential;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/// The MLS group layer ([MlsGroup]) for a group of `n` members, the scenario of ts-mls's bench.mjs
/// (docs/interop.md): the creator adds all `n - 1` others in one commit (their KeyPackages made up front, untimed),
/// the last one joins from the Welcome, the creator commits an Update (an empty commit with a path), the joined
/// member processes it, and 200-byte application messages go from creator to member. Commits are PrivateMessages,
/// as ts-mls sends them; every figure includes encoding to or decoding from MLSMessage bytes.
///
/// Every operation is timed single-shot on a fresh copy of the state it needs (restored from [MlsGroup#toBytes]
/// before the shot, untimed). Run through [GroupBenchmarkRunner]; not a test, Surefire never runs it.
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 5)
@Measurement(iterations = 5)
public class GroupBenchmark {

  static final int MESSAGES = 100;
  static final int MESSAGE_BYTES = 200;
  static final int WARM_UP_ROUNDS = 40;
  static final int WARM_UP_SIZE = 33;
  static final int STEADY_SHOTS = 50;
  static final int MESSAGE_SHOTS = 20;

  /// Everything made once per trial: the key packages, the epoch-1 states of creator and member, the Welcome and
  /// the creator's Update commit.
  @State(Scope.Benchmark)
  public static class Group {
    @Param({"16", "128", "1024"})
    public int n;
    @Param({"1"})
    public int suiteId;

    GroupConfig config;
    KeyPackageBundle creatorBundle;
    KeyPackageBundle memberBundle;
    byte[][] keyPackages;
    byte[] welcome;
    byte[] creatorEpoch1;
    byte[] memberEpoch1;
    byte[] updateCommit;
    Bytes groupId;

    @Setup(Level.Trial)
    public void setUp() {
      CipherSuite suite = CipherSuites.byId(suiteId);
      config = GroupConfig.defaults().withHandshakeWireFormat(WireFormatPolicy.PRIVATE);
      // Single shots of a cold JVM would measure the interpreter: the whole scenario runs first, untimed, until the
      // JIT compiled its paths (a long-running client or server is in this steady state).
      for (int i = 0; i < WARM_UP_ROUNDS; i++) {
        scenario(suite, config, WARM_UP_SIZE);
      }
      groupId = Bytes.of(("bench-" + n).getBytes(StandardCharsets.UTF_8));
      creatorBundle = bundle(suite, "creator");
      keyPackages = new byte[n - 1][];
      for (int i = 1; i < n; i++) {
        KeyPackageBundle b = bundle(suite, "member-" + i);
        keyPackages[i - 1] = b.toMessage().toBytes().toByteArray();
        memberBundle = b;
      }
      MlsGroup creator = MlsGroup.create(groupId, creatorBundle, List.of(), config);
      CommitResult add = creator.commitAdds(decode(keyPackages));
      creator.mergePendingCommit();
      welcome = new MLSMessage.OfWelcome(add.welcome().orElseThrow()).toBytes().toByteArray();
      creatorEpoch1 = creator.toBytes();
      MlsGroup member = joinFromWelcome(this);
      memberEpoch1 = member.toBytes();
      updateCommit = creator.commit(new CommitOptions(List.of(), true, true)).commit().toBytes().toByteArray();
      creator.mergePendingCommit();
      if (!(member.process(MLSMessage.decode(Bytes.wrap(updateCommit))) instanceof ProcessedMessage.CommitApplied)
          || !Arrays.equals(member.epochAuthenticator(), creator.epochAuthenticator())) {
        throw new IllegalStateException("the member did not follow the creator's update");
      }
    }

    private static void scenario(CipherSuite suite, GroupConfig config, int size) {
      List<KeyPackageBundle> bundles = new ArrayList<>();
      List<KeyPackageIn> kps = new ArrayList<>();
      for (int i = 1; i < size; i++) {
        bundles.add(bundle(suite, "warm-up-" + i));
        kps.add(bundles.getLast().keyPackage().wire());
      }
      MlsGroup creator = MlsGroup.create(Bytes.of(new byte[] {1}), bundle(suite, "warm-up"), List.of(), config);
      CommitResult add = creator.commitAdds(kps);
      creator.mergePendingCommit();
      MLSMessage welcome = MLSMessage.decode(new MLSMessage.OfWelcome(add.welcome().orElseThrow()).toBytes());
      MlsGroup member = MlsGroup.joinFromWelcome(((MLSMessage.OfWelcome) welcome).welcome(), bundles.getLast(),
          Optional.empty(), config);
      member = MlsGroup.fromBytes(member.toBytes(), config);
      MLSMessage commit = creator.commit(new CommitOptions(List.of(), true, true)).commit();
      creator.mergePendingCommit();
      member.process(MLSMessage.decode(commit.toBytes()));
      for (int i = 0; i < 20; i++) {
        member.process(MLSMessage.decode(creator.encrypt(new byte[MESSAGE_BYTES]).toBytes()));
      }
    }

    static KeyPackageBundle bundle(CipherSuite suite, String name) {
      Identity id = new Identity(new Credential.Basic(Bytes.of(name.getBytes(StandardCharsets.UTF_8))),
          suite.generateSignatureKeyPair());
      return KeyPackageBundle.create(suite, id, KeyPackageOptions.validFor(Instant.now().getEpochSecond(), 1));
    }
  }

  /// A fresh epoch-0 group of the creator alone.
  @State(Scope.Thread)
  public static class Empty {
    MlsGroup creator;

    @Setup(Level.Iteration)
    public void setUp(Group g) {
      creator = MlsGroup.create(g.groupId, g.creatorBundle, List.of(), g.config);
    }
  }

  /// Fresh epoch-1 copies of creator and member, and 100 messages the creator encrypted for the member.
  @State(Scope.Thread)
  public static class Epoch1 {
    MlsGroup creator;
    MlsGroup member;
    byte[][] messages;
    byte[] plaintext;

    @Setup(Level.Iteration)
    public void setUp(Group g) {
      creator = MlsGroup.fromBytes(g.creatorEpoch1, g.config);
      member = MlsGroup.fromBytes(g.memberEpoch1, g.config);
      plaintext = new byte[MESSAGE_BYTES];
      Arrays.fill(plaintext, (byte) 'a');
      MlsGroup sender = MlsGroup.fromBytes(g.creatorEpoch1, g.config);
      messages = new byte[MESSAGES][];
      for (int i = 0; i < MESSAGES; i++) {
        messages[i] = sender.encrypt(plaintext).toBytes().toByteArray();
      }
    }
  }

  @Benchmark
  public byte[][] addAllCommit(Group g, Empty s) {
    CommitResult r = s.creator.commitAdds(decode(g.keyPackages));
    return new byte[][] {r.commit().toBytes().toByteArray(),
        new MLSMessage.OfWelcome(r.welcome().orElseThrow()).toBytes().toByteArray()};
  }

  @Benchmark
  public MlsGroup join(Group g) {
    return joinFromWelcome(g);
  }

  @Benchmark
  public byte[] updateCommit(Epoch1 s) {
    return s.creator.commit(new CommitOptions(List.of(), true, true)).commit().toBytes().toByteArray();
  }

  @Benchmark
  public ProcessedMessage processCommit(Group g, Epoch1 s) {
    return s.member.process(MLSMessage.decode(Bytes.wrap(g.updateCommit)));
  }

  /// The same single shot as [#processCommit], repeated until the JIT and the caches settle: 50 warm-up and 50
  /// measured shots instead of 5 and 5. Reported beside the 5-shot figure, not instead of it.
  @Benchmark
  @Warmup(iterations = STEADY_SHOTS)
  @Measurement(iterations = STEADY_SHOTS)
  public ProcessedMessage processCommitSteady(Group g, Epoch1 s) {
    return s.member.process(MLSMessage.decode(Bytes.wrap(g.updateCommit)));
  }

  /// Encrypt and decrypt take 20 warm-up and 20 measured shots instead of 5 and 5: a shot is 100 messages, a few
  /// milliseconds, so five of them fit inside one busy moment of a shared machine; twenty cost a few seconds more
  /// and spread the median over a longer stretch.
  @Benchmark
  @OperationsPerInvocation(MESSAGES)
  @Warmup(iterations = MESSAGE_SHOTS)
  @Measurement(iterations = MESSAGE_SHOTS)
  public byte[] encrypt(Epoch1 s) {
    byte[] last = null;
    for (int i = 0; i < MESSAGES; i++) {
      last = s.creator.encrypt(s.plaintext).toBytes().toByteArray();
    }
    return last;
  }

  @Benchmark
  @OperationsPerInvocation(MESSAGES)
  @Warmup(iterations = MESSAGE_SHOTS)
  @Measurement(iterations = MESSAGE_SHOTS)
  public ProcessedMessage decrypt(Epoch1 s) {
    ProcessedMessage last = null;
    for (byte[] m : s.messages) {
      last = s.member.process(MLSMessage.decode(Bytes.wrap(m)));
    }
    return last;
  }

  static MlsGroup joinFromWelcome(Group g) {
    MLSMessage.OfWelcome w = (MLSMessage.OfWelcome) MLSMessage.decode(Bytes.wrap(g.welcome));
    return MlsGroup.joinFromWelcome(w.welcome(), g.memberBundle, Optional.empty(), g.config);
  }

  static List<KeyPackageIn> decode(byte[][] keyPackages) {
    List<KeyPackageIn> out = new ArrayList<>(keyPackages.length);
    for (byte[] kp : keyPackages) {
      out.add(((MLSMessage.OfKeyPackage) MLSMessage.decode(Bytes.wrap(kp))).keyPackage());
    }
    return out;
  }
}
