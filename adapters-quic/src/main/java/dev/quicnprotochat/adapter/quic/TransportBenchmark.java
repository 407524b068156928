package dev.quicnprotochat.adapter.quic;

import dev.quicnprotochat.adapter.quic.wire.Qpc;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import io.netty.buffer.Unpooled;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.capnproto.MessageBuilder;

/// Load generator for the transport (DESIGN.md §7): `ping` through the whole stack (Cap'n Proto encode, stream,
/// dispatch, encode, decode) against a raw QUIC echo of the same request bytes on the same codec, in one process on
/// loopback. Both servers run in-process with a fresh self-signed certificate; nothing leaves the machine.
public final class TransportBenchmark {
  private TransportBenchmark() {}

  public static BenchReport run(BenchSettings settings, String serverVersion) throws InterruptedException {
    TlsIdentity identity = TlsIdentity.selfSigned("quicnprotochat benchmark");
    // enough streams for every caller, and the default message size
    TransportLimits limits = TransportLimits.DEFAULTS
        .withMaxStreamsPerConnection(Math.max(TransportLimits.DEFAULTS.maxStreamsPerConnection(),
            settings.inFlight() * 2));
    byte[] payload = pingRequestBytes();
    InetSocketAddress loopback = new InetSocketAddress(InetAddress.getLoopbackAddress(), 0);
    try (QpcServer server = new QpcServer(new ServerSettings(loopback, identity, limits,
             new ServerInfo(serverVersion, Clock.systemUTC())));
         EchoServer echo = new EchoServer(identity, limits)) {
      server.start();
      List<QpcClient> pingClients = connect(settings, identity, server.address());
      List<QpcClient> echoClients = connect(settings, identity, echo.address());
      try {
        Duration max = settings.maxDuration();
        if (settings.warmupCalls() > 0) {
          LoadGenerator.run("warm-up echo", echoClients, settings.inFlight(), settings.warmupCalls(), max,
              client -> client.exchange(Unpooled.wrappedBuffer(payload)));
          LoadGenerator.run("warm-up ping", pingClients, settings.inFlight(), settings.warmupCalls(), max,
              QpcClient::ping);
        }
        List<LoadResult> pingRounds = new ArrayList<>();
        List<LoadResult> echoRounds = new ArrayList<>();
        for (int round = 0; round < settings.rounds(); round++) {
          // alternate which variant goes first, so neither always runs on a warmer (or busier) machine
          boolean echoFirst = round % 2 == 0;
          if (echoFirst) {
            echoRounds.add(echoRound(settings, echoClients, payload));
          }
          pingRounds.add(LoadGenerator.run("ping", pingClients, settings.inFlight(), settings.calls(), max,
              QpcClient::ping));
          if (!echoFirst) {
            echoRounds.add(echoRound(settings, echoClients, payload));
          }
        }
        return new BenchReport(settings, payload.length, pingRounds, echoRounds);
      } finally {
        pingClients.forEach(QpcClient::close);
        echoClients.forEach(QpcClient::close);
      }
    }
  }

  private static LoadResult echoRound(BenchSettings settings, List<QpcClient> clients, byte[] payload)
      throws InterruptedException {
    return LoadGenerator.run("raw QUIC echo", clients, settings.inFlight(), settings.calls(),
        settings.maxDuration(), client -> client.exchange(Unpooled.wrappedBuffer(payload)));
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

  private static byte[] pingRequestBytes() {
    MessageBuilder request = Frames.newMessage();
    request.initRoot(Qpc.Request.factory).initPing().setClientTimeMillis(System.currentTimeMillis());
    ByteBuf bytes = Frames.encode(request, ByteBufAllocator.DEFAULT);
    try {
      byte[] out = new byte[bytes.readableBytes()];
      bytes.readBytes(out);
      return out;
    } finally {
      bytes.release();
    }
  }
}
