package dev.quicnprotochat.bootstrap.command;

import dev.quicnprotochat.adapter.quic.PingReply;
import dev.quicnprotochat.adapter.quic.QpcClient;
import dev.quicnprotochat.adapter.quic.TlsSession;
import dev.quicnprotochat.bootstrap.ClientComponent;
import java.io.PrintWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/// `quicnprotochat ping`: checks that a server is reachable and trusted, and shows its version, clock and the
/// round-trip time.
@Command(name = "ping", mixinStandardHelpOptions = true, versionProvider = Cli.VersionProvider.class,
    description = "Connect to a server and show its version, its clock and the round-trip time.",
    footer = {"", "Examples:", "  quicnprotochat ping --server 127.0.0.1:7000",
        "  quicnprotochat ping --server chat.example.org:7000 --ca-cert ./server-cert.pem"})
public final class PingCommand implements Callable<Integer> {
  @Mixin
  ConnectionOptions connection;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    var config = connection.toConfig();
    PrintWriter out = spec.commandLine().getOut();
    try (QpcClient client = ClientComponent.create(config).connector().connect()) {
      Instant sent = Instant.now();
      PingReply reply = client.ping().get(config.connectTimeout().toMillis(), TimeUnit.MILLISECONDS);
      TlsSession tls = client.tls();
      // the server's clock read half-way through the round trip, compared with ours at that moment
      Instant midpoint = sent.plus(reply.roundTrip().dividedBy(2));
      long offsetMillis = Duration.between(midpoint, reply.serverTime()).toMillis();
      out.printf(Locale.ROOT, "server       %s (%s, ALPN %s)%n", config.server(), tls.protocol(),
          tls.applicationProtocol());
      out.printf(Locale.ROOT, "version      %s%n", reply.serverVersion());
      out.printf(Locale.ROOT, "server time  %s (offset %+d ms)%n", reply.serverTime(), offsetMillis);
      out.printf(Locale.ROOT, "round trip   %.3f ms%n", reply.roundTrip().toNanos() / 1e6);
      out.printf(Locale.ROOT, "certificate  sha256 %s%n", tls.serverFingerprint());
    }
    return 0;
  }
}
