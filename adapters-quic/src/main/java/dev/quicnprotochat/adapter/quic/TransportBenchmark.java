package dev.quicnprotochat.adapter.quic;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/// Load generator for the transport (DESIGN.md §7): `ping` through the whole stack (Cap'n Proto encode, stream,
/// dispatch, encode, decode) against a raw QUIC echo of the same request bytes on the same codec, in one process on
/// loopback. Both servers run in-process with a fresh self-signed certificate; nothing leaves the machine.
public final class TransportBenchmark {
  private TransportBenchmark() {}

  public static BenchReport run(BenchSettings settings, String serverVersion) throws InterruptedException {
    TlsIdentity identity = TlsIdentity.selfSigned("quicnprotochat benchmark");
    // enough streams for every caller, and the default message size
    TransportLimits limits = EchoBaseline.limitsFor(settings.inFlight());
    InetSocketAddress loopback = new InetSocketAddress(InetAddress.getLoopbackAddress(), 0);
    try (QpcServer server = new QpcServer(new ServerSettings(loopback, identity, limits,
             new ServerInfo(serverVersion, Clock.systemUTC())));
         EchoBaseline echo = new EchoBaseline(identity, limits, settings.connections(), settings.inFlight())) {
      server.start();
      List<QpcClient> pingClients = connect(settings, identity, server.address());
      try {
        Duration max = settings.maxDuration();
        if (settings.warmupCalls() > 0) {
          echo.run("warm-up echo", settings.warmupCalls(), max);
          LoadGenerator.run("warm-up ping", pingClients, settings.inFlight(), settings.warmupCalls(), max,
              QpcClient::ping);
        }
        List<LoadResult> pingRounds = new ArrayList<>();
        List<LoadResult> echoRounds = new ArrayList<>();
        for (int round = 0; round < settings.rounds(); round++) {
          // alternate which variant goes first, so neither always runs on a warmer (or busier) machine
          boolean echoFirst = round % 2 == 0;
          if (echoFirst) {
            echoRounds.add(echo.run("raw QUIC echo", settings.calls(), max));
          }
          pingRounds.add(LoadGenerator.run("ping", pingClients, settings.inFlight(), settings.calls(), max,
              QpcClient::ping));
          if (!echoFirst) {
            echoRounds.add(echo.run("raw QUIC echo", settings.calls(), max));
          }
        }
        return new BenchReport(settings, echo.payloadBytes(), pingRounds, echoRounds);
      } finally {
        pingClients.forEach(QpcClient::close);
      }
    }
  }

  private static List<QpcClient> connect(BenchSettings settings, TlsIdentity identity, InetSocketAddress address) {
    ServerTrust trust;
    try {
      trust = ServerTrust.pinned("the benchmark's certificate", List.of(identity.certificate()));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    List<QpcClient> clients = new ArrayList<>();
    for (int i = 0; i < settings.connections(); i++) {
      clients.add(QpcClient.connect(new ClientSettings(address.getHostString(), address.getPort(), trust)));
    }
    return clients;
  }
}
