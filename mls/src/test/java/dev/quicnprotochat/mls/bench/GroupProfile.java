package dev.quicnprotochat.mls.bench;

import dev.quicnprotochat.mls.codec.Bytes;
import dev.quicnprotochat.mls.group.CommitOptions;
import dev.quicnprotochat.mls.group.MlsGroup;
import dev.quicnprotochat.mls.message.MLSMessage;
import java.io.IOException;
import java.nio.file.Path;
import java.text.ParseException;
import java.util.List;
import java.util.Locale;
import jdk.jfr.Configuration;
import jdk.jfr.Recording;

/// Repeats one [GroupBenchmark] operation in a loop so a profiler can see where its time goes:
/// `java -cp <test classpath> dev.quicnprotochat.mls.bench.GroupProfile <operation> <n> <rounds> [suite] [file.jfr]`
/// (operation: processCommit, updateCommit, join, addAllCommit, or encrypt or decrypt — 100 messages per round).
/// With a file name, a JFR recording (profile settings) covers only the loop, not the set-up, and is written there;
/// `jfr print --events jdk.ExecutionSample` reads it. Prints the mean time of the operation alone (state restores
/// excluded), per message for encrypt and decrypt, and the calling thread's CPU time over the same
/// spans, which a loaded machine disturbs less than wall time (it leaves out work on other threads: the common pool
/// helps only with large commits).
public final class GroupProfile {

  private GroupProfile() {
  }

  public static void main(String[] args) throws IOException, ParseException {
    String op = args[0];
    GroupBenchmark.Group g = new GroupBenchmark.Group();
    g.n = Integer.parseInt(args[1]);
    g.suiteId = args.length > 3 ? Integer.parseInt(args[3]) : 1;
    int rounds = Integer.parseInt(args[2]);
    g.setUp();
    if (Boolean.getBoolean("profile.serial")) {
      // Everything on the calling thread: its CPU time is then the operation's whole work, comparable with the
      // one-core floor.
      g.config = g.config.withExecutor(Runnable::run, g.config.parallelThreshold());
    }
    Recording recording = args.length > 4 ? new Recording(profileSettings()) : null;
    if (recording != null) {
      recording.start();
    }
    long total = 0;
    long cpu = 0;
    java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
    boolean perMessage = "decrypt".equals(op) || "encrypt".equals(op);
    byte[] plaintext = new byte[GroupBenchmark.MESSAGE_BYTES];
    int ops = perMessage ? rounds * GroupBenchmark.MESSAGES : rounds;
    for (int i = 0; i < rounds; i++) {
      MlsGroup creator = MlsGroup.fromBytes(g.creatorEpoch1, g.config);
      MlsGroup member = MlsGroup.fromBytes(g.memberEpoch1, g.config);
      byte[][] messages = "decrypt".equals(op) ? messages(g) : null;
      long start = System.nanoTime();
      long startCpu = threads.getCurrentThreadCpuTime();
      switch (op) {
        case "decrypt" -> {
          for (byte[] m : messages) {
            member.process(MLSMessage.decode(Bytes.wrap(m)));
          }
        }
        case "encrypt" -> {
          for (int m = 0; m < GroupBenchmark.MESSAGES; m++) {
            creator.encrypt(plaintext).toBytes().toByteArray();
          }
        }
        case "processCommit" -> member.process(MLSMessage.decode(Bytes.wrap(g.updateCommit)));
        case "updateCommit" -> creator.commit(new CommitOptions(List.of(), true, true)).commit().toBytes();
        case "join" -> GroupBenchmark.joinFromWelcome(g);
        case "addAllCommit" -> MlsGroup.create(g.groupId, g.creatorBundle, List.of(), g.config)
            .commitAdds(GroupBenchmark.decode(g.keyPackages));
        default -> throw new IllegalArgumentException("unknown operation " + op);
      }
      cpu += threads.getCurrentThreadCpuTime() - startCpu;
      total += System.nanoTime() - start;
    }
    System.out.printf(Locale.ROOT, "%s n=%d: %.3f ms mean over %d rounds (this thread's CPU time: %.3f ms)%n", op,
        g.n, total / 1e6 / ops, ops, cpu / 1e6 / ops);
    if (recording != null) {
      recording.stop();
      recording.dump(Path.of(args[4]));
      recording.close();
    }
  }

  /// 100 application messages of 200 bytes from the creator, as [GroupBenchmark.Epoch1] makes them.
  private static byte[][] messages(GroupBenchmark.Group g) {
    MlsGroup sender = MlsGroup.fromBytes(g.creatorEpoch1, g.config);
    byte[][] out = new byte[GroupBenchmark.MESSAGES][];
    for (int i = 0; i < out.length; i++) {
      out[i] = sender.encrypt(new byte[GroupBenchmark.MESSAGE_BYTES]).toBytes().toByteArray();
    }
    return out;
  }

  private static Configuration profileSettings() throws IOException, ParseException {
    return Configuration.getConfiguration("profile");
  }
}
