package dev.quicnprotochat.adapter.quic;

import java.net.InetSocketAddress;
import java.util.Objects;

/// Everything [QpcServer] needs: where to listen, which certificate to present, the limits and what ping says.
public record ServerSettings(InetSocketAddress listen, TlsIdentity identity, TransportLimits limits,
                             ServerInfo info) {
  public ServerSettings {
    Objects.requireNonNull(listen, "listen");
    Objects.requireNonNull(identity, "identity");
    Objects.requireNonNull(limits, "limits");
    Objects.requireNonNull(info, "info");
  }
}
