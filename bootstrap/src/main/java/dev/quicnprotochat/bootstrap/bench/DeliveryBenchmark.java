package dev.quicnprotochat.bootstrap.bench;

import dev.quicnprotochat.adapter.quic.ClientSettings;
import dev.quicnprotochat.adapter.quic.JitClock;
import dev.quicnprotochat.adapter.quic.QpcServer;
import dev.quicnprotochat.adapter.quic.QuicServerGateway;
import dev.quicnprotochat.adapter.quic.ServerTrust;
import dev.quicnprotochat.adapter.quic.ServerUseCases;
import dev.quicnprotochat.application.port.in.CreateChannelCommand;
import dev.quicnprotochat.application.port.in.CreateChannelResult;
import dev.quicnprotochat.application.port.in.SubmitCommitCommand;
import dev.quicnprotochat.application.port.in.SubmitCommitResult;
import dev.quicnprotochat.application.port.out.client.ServerGateway;
import dev.quicnprotochat.bootstrap.ServerComponent;
import dev.quicnprotochat.bootstrap.config.ServerConfig;
import dev.quicnprotochat.domain.channel.ChannelId;
import dev.quicnprotochat.domain.channel.Epoch;
import dev.quicnprotochat.domain.channel.MembershipChange;
import dev.quicnprotochat.domain.identity.IdentityKey;
import dev.quicnprotochat.domain.identity.RegisteredUser;
import dev.quicnprotochat.domain.identity.RegistrationRecord;
import dev.quicnprotochat.domain.identity.Username;
import dev.quicnprotochat.domain.session.Session;
import dev.quicnprotochat.domain.session.SessionToken;
import dev.quicnprotochat.mls.codec.Bytes;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;

/// `bench delivery`: K senders and L receivers, each a real client ([QuicServerGateway]) on its own QUIC
/// connection and session, against the real server ([ServerComponent]) with a durable store, on loopback.
///
/// Every sender shares one channel with every receiver (created and joined in-process before the run; joining is
/// not what is measured). Message `i` goes from its sender to receiver `i mod L` with `sendToChannel`, which
/// returns once the entry is durable. Receivers hold a push subscription; on each event they fetch after their
/// cursor and ack. Latency is from the send call's start to the fetch that returned the entry; throughput is
/// messages fetched per second from the first send to the last fetch. [#measure()] can run any number of times on
/// the same server and clients, each phase counted on its own.
public final class DeliveryBenchmark implements AutoCloseable {

  // bench users never log in: a record no OPAQUE login can ever open
  private static final String NO_LOGIN_RECORD = "bench user: no OPAQUE login";

  private final DeliverySettings settings;
  private final ServerComponent component;
  private final QpcServer server;
  private final List<QuicServerGateway> senders = new ArrayList<>();
  private final List<Receiver> receivers = new ArrayList<>();
  private final ChannelId[][] channels;

  private DeliveryBenchmark(DeliverySettings settings, ServerComponent component) {
    this.settings = settings;
    this.component = component;
    this.server = component.server();
    this.channels = new ChannelId[settings.senders()][settings.receivers()];
  }

  /// Starts the server described by `config` and connects every client; close to stop them and the stores.
  public static DeliveryBenchmark start(DeliverySettings settings, ServerConfig config) throws IOException {
    ServerComponent component = ServerComponent.create(config);
    DeliveryBenchmark bench = new DeliveryBenchmark(settings, component);
    try {
      bench.setUp(config);
      return bench;
    } catch (IOException | RuntimeException e) {
      bench.close();
      throw e;
    }
  }

  private void setUp(ServerConfig config) throws IOException {
    InetSocketAddress address = server.start();
    ServerTrust trust = ServerTrust.pinned(config.dataDir().resolve("server-cert.pem"));
    ClientSettings client = new ClientSettings(address.getHostString(), address.getPort(), trust);
    SecureRandom random = new SecureRandom();
    List<Account> sendAccounts = new ArrayList<>();
    List<Account> receiveAccounts = new ArrayList<>();
    for (int k = 0; k < settings.senders(); k++) {
      sendAccounts.add(account("sender" + k, random));
    }
    for (int l = 0; l < settings.receivers(); l++) {
      receiveAccounts.add(account("receiver" + l, random));
    }
    ServerUseCases useCases = component.useCases();
    for (int k = 0; k < settings.senders(); k++) {
      for (int l = 0; l < settings.receivers(); l++) {
        channels[k][l] = joinedChannel(useCases, sendAccounts.get(k), receiveAccounts.get(l));
      }
    }
    for (Account account : sendAccounts) {
      senders.add(connect(client, account));
    }
    for (Account account : receiveAccounts) {
      Receiver receiver = new Receiver(connect(client, account), settings.messages(),
          settings.oncePerFetch(), !settings.blockingClients());
      receivers.add(receiver);
      receiver.start();
    }
  }

  /// Sends the unmeasured warm-up messages (if any) and waits until they are delivered.
  public void warmUp() throws InterruptedException {
    if (settings.warmup() > 0) {
      phase(settings.warmup(), false);
    }
  }

  /// One measured phase of `messages` messages; the result counts only this phase (every counter starts from zero),
  /// so phases can be repeated on the same server and clients.
  public DeliveryResult measure() throws InterruptedException {
    return phase(settings.messages(), true);
  }

  private DeliveryResult phase(int count, boolean measured) throws InterruptedException {
    for (Receiver receiver : receivers) {
      receiver.reset(measured);
    }
    AtomicLong ticket = new AtomicLong();
    AtomicLong sent = new AtomicLong();
    AtomicLong failures = new AtomicLong();
    long cpuStart = processCpuNanos();
    long jitStart = JitClock.compilationMillis();
    long start = System.nanoTime();
    long deadline = start + settings.maxDuration().toNanos();
    if (settings.blockingClients()) {
      sendBlocking(count, ticket, sent, failures, deadline);
    } else {
      sendPipelined(count, ticket, sent, failures, deadline);
    }
    // wait for the receivers to fetch everything that was sent, a little past the deadline at most
    long waitUntil = Math.max(deadline, System.nanoTime()) + Duration.ofSeconds(10).toNanos();
    while (delivered() < sent.get() && System.nanoTime() < waitUntil) {
      Thread.sleep(1);
    }
    for (Receiver receiver : receivers) {
      if (receiver.errors() > 0) {
        System.err.println("a receiver's fetches failed " + receiver.errors() + " time(s), last: "
            + receiver.lastError());
      }
    }
    long end = receivers.stream().mapToLong(Receiver::lastFetchNanos).max().orElse(0);
    long[] latencies = receivers.stream().flatMapToLong(Receiver::latencies).sorted().toArray();
    return new DeliveryResult(sent.get(), delivered(), failures.get(), Duration.ofNanos(Math.max(1, end - start)),
        percentile(latencies, 0.50), percentile(latencies, 0.99),
        receivers.stream().mapToLong(Receiver::polled).sum(),
        receivers.stream().mapToLong(Receiver::resubscriptions).sum(), Duration.ofNanos(processCpuNanos() - cpuStart),
        receivers.stream().mapToLong(Receiver::fetchCalls).sum(), receivers.stream().mapToLong(Receiver::ackCalls).sum(),
        Duration.ofMillis(Math.max(0, JitClock.compilationMillis() - jitStart)));
  }

  /// One virtual thread per in-flight send, each blocked in the client's `sendToChannel` until the server answers.
  private void sendBlocking(int count, AtomicLong ticket, AtomicLong sent, AtomicLong failures, long deadline)
      throws InterruptedException {
    List<Thread> threads = new ArrayList<>();
    for (int k = 0; k < settings.senders(); k++) {
      int sender = k;
      for (int f = 0; f < settings.inFlight(); f++) {
        threads.add(Thread.ofVirtual().name("bench-send-" + k + "-" + f).start(() -> {
          byte[] payload = new byte[settings.payloadBytes()];
          long next;
          while ((next = ticket.getAndIncrement()) < count && System.nanoTime() < deadline) {
            int receiver = (int) (next % settings.receivers());
            Payloads.stamp(payload, System.nanoTime());
            try {
              senders.get(sender).sendToChannel(channels[sender][receiver], Bytes.of(payload));
              sent.incrementAndGet();
            } catch (RuntimeException e) {
              failures.incrementAndGet();
            }
          }
        }));
      }
    }
    for (Thread thread : threads) {
      thread.join();
    }
  }

  /// Each sender keeps `inFlight` sends going on its connection: an answer issues the next send from the event
  /// loop, as the raw echo baseline's clients do, so no thread waits per send.
  private void sendPipelined(int count, AtomicLong ticket, AtomicLong sent, AtomicLong failures, long deadline)
      throws InterruptedException {
    CountDownLatch slotsDone = new CountDownLatch(settings.senders() * settings.inFlight());
    for (int k = 0; k < settings.senders(); k++) {
      for (int f = 0; f < settings.inFlight(); f++) {
        new PipelinedSlot(senders.get(k), channels[k], settings.payloadBytes(), count, ticket, sent, failures,
            deadline, slotsDone).next();
      }
    }
    slotsDone.await();
  }

  /// One in-flight slot of one sender: `channels` are the sender's channels, one per receiver.
  private record PipelinedSlot(QuicServerGateway sender, ChannelId[] channels, int payloadBytes, int count,
                               AtomicLong ticket, AtomicLong sent, AtomicLong failures, long deadline,
                               CountDownLatch done) {
    void next() {
      long next = ticket.getAndIncrement();
      if (next >= count || System.nanoTime() >= deadline) {
        done.countDown();
        return;
      }
      byte[] payload = new byte[payloadBytes];
      Payloads.stamp(payload, System.nanoTime());
      int receiver = (int) (next % channels.length);
      CompletableFuture<Integer> answer;
      try {
        answer = sender.sendToChannelAsync(channels[receiver], Bytes.of(payload));
      } catch (RuntimeException e) {
        failures.incrementAndGet();
        done.countDown(); // a client that cannot even issue a call ends this slot
        return;
      }
      answer.whenComplete((recipients, failure) -> {
        if (failure != null) {
          failures.incrementAndGet();
          done.countDown(); // a failed send ends this slot rather than spinning on a broken connection
        } else {
          sent.incrementAndGet();
          next();
        }
      });
    }
  }

  private static long processCpuNanos() {
    var os = java.lang.management.ManagementFactory.getOperatingSystemMXBean();
    return os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getProcessCpuTime() : 0;
  }

  private long delivered() {
    return receivers.stream().mapToLong(Receiver::delivered).sum();
  }

  private static Duration percentile(long[] sorted, double q) {
    if (sorted.length == 0) {
      return Duration.ZERO;
    }
    int index = (int) Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1);
    return Duration.ofNanos(sorted[Math.max(0, index)]);
  }

  private record Account(Username username, IdentityKey identityKey, SessionToken token) {}

  // Bench users are put straight into the stores with a session, as a login would leave them: OPAQUE is not what
  // this benchmark measures, and real logins would need each user's password-stretching on the client.
  private Account account(String name, SecureRandom random) {
    byte[] key = new byte[IdentityKey.LENGTH];
    random.nextBytes(key);
    Username username = Username.of(name);
    IdentityKey identityKey = IdentityKey.of(key);
    Instant now = Instant.now();
    component.storage().users().add(new RegisteredUser(username, identityKey,
        new RegistrationRecord(Bytes.wrap(NO_LOGIN_RECORD.getBytes(StandardCharsets.UTF_8))), now));
    SessionToken token = SessionToken.generate(random);
    component.storage().sessions().save(new Session(token.hash(), username, identityKey, now,
        now.plus(Duration.ofHours(1))));
    return new Account(username, identityKey, token);
  }

  private static ChannelId joinedChannel(ServerUseCases useCases, Account sender, Account receiver) {
    var created = (CreateChannelResult.ChannelCreated) useCases.createChannel().createChannel(
        new CreateChannelCommand(Optional.of(sender.token()), Optional.empty()));
    var committed = useCases.submitCommit().submitCommit(new SubmitCommitCommand(Optional.of(sender.token()),
        created.channelId(), Epoch.ZERO, MembershipChange.adding(receiver.identityKey()), Bytes.wrap(new byte[] {0}),
        Optional.of(Bytes.wrap(new byte[] {0})), Optional.empty()));
    if (!(committed instanceof SubmitCommitResult.CommitAccepted)) {
      throw new IllegalStateException("bench channel set-up failed: " + committed);
    }
    return created.channelId();
  }

  private static QuicServerGateway connect(ClientSettings client, Account account) {
    QuicServerGateway gateway = QuicServerGateway.connect(client);
    gateway.useSession(account.token());
    return gateway;
  }

  @Override
  public void close() {
    for (Receiver receiver : receivers) {
      receiver.close();
    }
    for (QuicServerGateway sender : senders) {
      sender.close();
    }
    server.close();
    component.resources().close();
  }
}
