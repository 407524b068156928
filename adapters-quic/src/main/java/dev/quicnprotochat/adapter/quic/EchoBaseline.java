package dev.quicnprotochat.adapter.quic;

import dev.quicnprotochat.adapter.quic.wire.Qpc;
import io.netty.buffer.Unpooled;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.capnproto.MessageBuilder;

/// The raw QUIC echo baseline ([EchoServer] and its clients), kept up between measurements so that a benchmark can
/// measure it in rounds that alternate with the variant it is compared with, instead of once before or after.
///
/// Each call sends the bytes of a `ping` request on a stream of its own and waits for them to come back; the
/// clients pipeline their calls from their connections' event loops (an answer issues the next call).
public final class EchoBaseline implements AutoCloseable {
  private final EchoServer server;
  private final List<QpcClient> clients = new ArrayList<>();
  private final int inFlight;
  private final byte[] payload = pingRequestBytes();

  EchoBaseline(TlsIdentity identity, TransportLimits limits, int connections, int inFlight)
      throws InterruptedException {
    this.inFlight = inFlight;
    this.server = new EchoServer(identity, limits);
    ServerTrust trust;
    try {
      trust = ServerTrust.pinned("the benchmark's certificate", List.of(identity.certificate()));
    } catch (IOException e) {
      server.close();
      throw new IllegalStateException("the benchmark's certificate cannot be pinned", e);
    }
    InetSocketAddress address = server.address();
    try {
      for (int i = 0; i < connections; i++) {
        clients.add(QpcClient.connect(new ClientSettings(address.getHostString(), address.getPort(), trust)));
      }
    } catch (RuntimeException e) {
      close();
      throw e;
    }
  }

  /// Starts an echo server on loopback with a fresh self-signed certificate and `connections` clients, each to keep
  /// `inFlight` calls going.
  public static EchoBaseline start(int connections, int inFlight) throws InterruptedException {
    if (connections < 1 || connections > 64 || inFlight < 1 || inFlight > 1000) {
      throw new IllegalArgumentException("connections must be 1..64 and in-flight calls 1..1000");
    }
    return new EchoBaseline(TlsIdentity.selfSigned("quicnprotochat benchmark"), limitsFor(inFlight), connections,
        inFlight);
  }

  /// Enough streams for every caller of a connection, and the default message size.
  static TransportLimits limitsFor(int inFlight) {
    return TransportLimits.DEFAULTS.withMaxStreamsPerConnection(
        Math.max(TransportLimits.DEFAULTS.maxStreamsPerConnection(), inFlight * 2));
  }

  /// Runs `calls` echo calls (or fewer, if `maxDuration` runs out first) and reports them as `name`.
  public LoadResult run(String name, int calls, Duration maxDuration) throws InterruptedException {
    return LoadGenerator.run(name, clients, inFlight, calls, maxDuration,
        client -> client.exchange(Unpooled.wrappedBuffer(payload)));
  }

  /// Bytes per call, each way.
  public int payloadBytes() {
    return payload.length;
  }

  @Override
  public void close() {
    clients.forEach(QpcClient::close);
    server.close();
  }

  static byte[] pingRequestBytes() {
    MessageBuilder request = Frames.newMessage();
    request.initRoot(Qpc.Request.factory).initPing().setClientTimeMillis(System.currentTimeMillis());
    return Frames.encodeToArray(request);
  }
}
