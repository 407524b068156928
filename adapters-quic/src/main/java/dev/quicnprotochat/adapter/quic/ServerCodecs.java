package dev.quicnprotochat.adapter.quic;

import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.handler.codec.quic.InsecureQuicTokenHandler;
import io.netty.handler.codec.quic.QuicServerCodecBuilder;
import io.netty.handler.codec.quic.QuicSslContext;
import io.netty.handler.codec.quic.QuicSslContextBuilder;
import io.netty.handler.codec.quic.QuicStreamChannel;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/// The QUIC server codec every server here uses (the real one and the benchmark's raw echo baseline), so the two
/// differ only in what a stream does.
final class ServerCodecs {
  private ServerCodecs() {}

  static ChannelHandler build(TlsIdentity identity, TransportLimits limits, ChannelHandler connectionHandler,
                              Supplier<ChannelHandler> perStream) {
    QuicSslContext tls = QuicSslContextBuilder
        .forServer(identity.privateKey(), null, identity.certificate())
        .applicationProtocols(QpcProtocol.ALPN)
        .build();
    return new QuicServerCodecBuilder()
        .sslContext(tls)
        .maxIdleTimeout(limits.idleTimeout().toMillis(), TimeUnit.MILLISECONDS)
        .initialMaxData(QpcProtocol.connectionWindow(limits.maxMessageBytes(), limits.maxStreamsPerConnection()))
        .initialMaxStreamDataBidirectionalRemote(QpcProtocol.streamWindow(limits.maxMessageBytes()))
        .initialMaxStreamDataBidirectionalLocal(QpcProtocol.streamWindow(limits.maxMessageBytes()))
        .initialMaxStreamsBidirectional(limits.maxStreamsPerConnection())
        .initialMaxStreamsUnidirectional(0)
        // address validation with a retry token costs a round trip; a token handler is still required
        .tokenHandler(InsecureQuicTokenHandler.INSTANCE)
        .handler(connectionHandler)
        // the client ends its side before the server answers: keep the stream open after its FIN
        .streamOption(ChannelOption.ALLOW_HALF_CLOSURE, true)
        .streamHandler(new ChannelInitializer<QuicStreamChannel>() {
          @Override
          protected void initChannel(QuicStreamChannel stream) {
            stream.pipeline().addLast(perStream.get());
          }
        })
        .build();
  }
}
