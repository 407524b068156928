package dev.quicnprotochat.bootstrap;

import dagger.Module;
import dagger.Provides;
import dev.quicnprotochat.adapter.quic.PushHub;
import dev.quicnprotochat.adapter.quic.QpcServer;
import dev.quicnprotochat.adapter.quic.ServerInfo;
import dev.quicnprotochat.adapter.quic.ServerSettings;
import dev.quicnprotochat.adapter.quic.ServerUseCases;
import dev.quicnprotochat.adapter.quic.TlsIdentity;
import dev.quicnprotochat.adapter.quic.TransportLimits;
import dev.quicnprotochat.bootstrap.config.ConfigException;
import dev.quicnprotochat.bootstrap.config.ServerConfig;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Clock;

/// Wires the QUIC adapter's inbound side from [ServerConfig]: every use case, and push through the [PushHub].
@Module
interface QuicServerModule {
  @Provides
  @Singleton
  static Clock clock() {
    return Clock.systemUTC();
  }

  @Provides
  static TransportLimits limits(ServerConfig config) {
    return config.limits();
  }

  @Provides
  @Singleton
  static TlsIdentity identity(ServerConfig config) {
    try {
      if (config.tlsCert().isPresent() && config.tlsKey().isPresent()) {
        return TlsIdentity.fromPem(config.tlsCert().get(), config.tlsKey().get());
      }
      return TlsIdentity.loadOrCreate(config.dataDir());
    } catch (IOException e) {
      throw new ConfigException("cannot load the TLS certificate: " + e.getMessage());
    }
  }

  @Provides
  static ServerInfo info(Clock clock) {
    return new ServerInfo(Version.current(), clock);
  }

  @Provides
  @Singleton
  static QpcServer server(ServerConfig config, TlsIdentity identity, TransportLimits limits, ServerInfo info,
      ServerUseCases useCases, PushHub pushHub) {
    InetSocketAddress listen = new InetSocketAddress(config.listen().host(), config.listen().port());
    if (listen.isUnresolved()) {
      throw new ConfigException("listen address '" + config.listen().host() + "' does not resolve");
    }
    return new QpcServer(new ServerSettings(listen, identity, limits, info), useCases, pushHub);
  }
}
