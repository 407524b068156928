package dev.quicnprotochat.opaque;

import java.util.Arrays;
import java.util.HexFormat;

/// Optional client and server identities bound into the envelope and the handshake (RFC 9807 §4.1.1). A `null`
/// identity defaults to the corresponding public key. Both sides must use the same values at registration and at
/// every login, or authentication fails.
public final class Identities {

  private static final Identities NONE = new Identities(null, null);

  private final byte[] client;
  private final byte[] server;

  private Identities(byte[] client, byte[] server) {
    if ((client != null && (client.length == 0 || client.length > 0xffff))
        || (server != null && (server.length == 0 || server.length > 0xffff))) {
      throw new OpaqueUsageException("identities must be 1..65535 bytes");
    }
    this.client = client == null ? null : client.clone();
    this.server = server == null ? null : server.clone();
  }

  /// No explicit identities: both default to the public keys.
  public static Identities none() {
    return NONE;
  }

  /// Explicit identities; either may be `null`.
  public static Identities of(byte[] client, byte[] server) {
    return new Identities(client, server);
  }

  /// The client identity, or `null` for the default.
  public byte[] client() {
    return client == null ? null : client.clone();
  }

  /// The server identity, or `null` for the default.
  public byte[] server() {
    return server == null ? null : server.clone();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Identities i && Arrays.equals(client, i.client) && Arrays.equals(server, i.server);
  }

  @Override
  public int hashCode() {
    return 31 * Arrays.hashCode(client) + Arrays.hashCode(server);
  }

  @Override
  public String toString() {
    return "Identities[client=" + (client == null ? "default" : HexFormat.of().formatHex(client)) + ", server="
        + (server == null ? "default" : HexFormat.of().formatHex(server)) + "]";
  }
}
