package dev.quicnprotochat.opaque;

import dev.quicnprotochat.opaque.ake.AkeKeyPair;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;

/// The server's long-term OPAQUE secrets (RFC 9807 §5, §6): the OPRF seed from which every user's OPRF key is
/// derived, and the server's AKE key pair. Generate once, persist with [#toBytes()], keep secret, reload with
/// [#fromBytes]. Losing it invalidates every registration.
///
/// Persisted format (version 1): `0x01 || I2OSP(len(id), 1) || id || oprf_seed[Nh] || server_private_key[Nsk]`,
/// where `id` is the ASCII `<OPRF suite>/<3DH group>`, e.g. `ristretto255-SHA512/ristretto255`; the public key is
/// recomputed on load.
public final class OpaqueServerSetup {

  private static final byte VERSION = 1;

  private final OpaqueConfig config;
  private final byte[] oprfSeed;
  private final byte[] serverPrivateKey;
  private final byte[] serverPublicKey;

  private OpaqueServerSetup(OpaqueConfig config, byte[] oprfSeed, byte[] serverPrivateKey) {
    if (oprfSeed.length != config.hashLength()) {
      throw new OpaqueUsageException("OPRF seed must be Nh = " + config.hashLength() + " bytes");
    }
    this.config = config;
    this.oprfSeed = oprfSeed.clone();
    this.serverPrivateKey = serverPrivateKey.clone();
    this.serverPublicKey = config.ake().publicKey(serverPrivateKey);
  }

  /// Fresh setup: oprf_seed = random(Nh), server key pair = DeriveDiffieHellmanKeyPair(random(Nseed)).
  public static OpaqueServerSetup generate(OpaqueConfig config, OpaqueRandom random) {
    byte[] oprfSeed = random.nextBytes(config.hashLength());
    byte[] seed = random.nextBytes(OpaqueConfig.SEED_LENGTH);
    AkeKeyPair kp = config.deriveDiffieHellmanKeyPair(seed);
    Arrays.fill(seed, (byte) 0);
    OpaqueServerSetup setup = new OpaqueServerSetup(config, oprfSeed, kp.privateKey());
    kp.destroy();
    Arrays.fill(oprfSeed, (byte) 0);
    return setup;
  }

  /// A setup from explicit values (e.g. the RFC 9807 test vectors).
  ///
  /// @throws OpaqueCodecException if the private key is malformed (for prime-order groups: not a canonical
  ///     non-zero scalar)
  public static OpaqueServerSetup of(OpaqueConfig config, byte[] oprfSeed, byte[] serverPrivateKey) {
    if (serverPrivateKey.length != config.privateKeyLength()) {
      throw new OpaqueCodecException("server private key must be Nsk = " + config.privateKeyLength() + " bytes");
    }
    return new OpaqueServerSetup(config, oprfSeed, serverPrivateKey);
  }

  /// Loads a persisted setup.
  ///
  /// @throws OpaqueCodecException if the bytes are malformed or were made for another suite
  public static OpaqueServerSetup fromBytes(OpaqueConfig config, byte[] bytes) {
    byte[] id = formatId(config);
    int nh = config.hashLength();
    int nsk = config.privateKeyLength();
    if (bytes.length != 2 + id.length + nh + nsk || bytes[0] != VERSION || (bytes[1] & 0xff) != id.length
        || !MessageDigest.isEqual(Arrays.copyOfRange(bytes, 2, 2 + id.length), id)) {
      throw new OpaqueCodecException(
          "not a version-1 OpaqueServerSetup for " + new String(id, StandardCharsets.US_ASCII));
    }
    int off = 2 + id.length;
    byte[] seed = Arrays.copyOfRange(bytes, off, off + nh);
    byte[] sk = Arrays.copyOfRange(bytes, off + nh, off + nh + nsk);
    try {
      return of(config, seed, sk);
    } finally {
      Arrays.fill(seed, (byte) 0);
      Arrays.fill(sk, (byte) 0);
    }
  }

  /// The persisted form; contains secrets.
  public byte[] toBytes() {
    byte[] id = formatId(config);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(VERSION);
    out.write(id.length);
    out.writeBytes(id);
    out.writeBytes(oprfSeed);
    out.writeBytes(serverPrivateKey);
    return out.toByteArray();
  }

  private static byte[] formatId(OpaqueConfig config) {
    return (config.suite().identifier() + "/" + config.ake().identifier()).getBytes(StandardCharsets.US_ASCII);
  }

  public OpaqueConfig config() {
    return config;
  }

  /// The server's public key (Npk bytes), which clients may pin.
  public byte[] serverPublicKey() {
    return serverPublicKey.clone();
  }

  byte[] oprfSeed() {
    return oprfSeed;
  }

  byte[] serverPrivateKey() {
    return serverPrivateKey;
  }

  @Override
  public String toString() {
    return "OpaqueServerSetup[" + config.suite().identifier() + ", <redacted>]";
  }
}
