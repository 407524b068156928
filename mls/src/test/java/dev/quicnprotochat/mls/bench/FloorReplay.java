package dev.quicnprotochat.mls.bench;

import dev.quicnprotochat.mls.bench.CryptoFloor.Load;
import dev.quicnprotochat.mls.crypto.CipherSuite;
import dev.quicnprotochat.mls.crypto.HpkeCiphertext;
import dev.quicnprotochat.mls.crypto.HpkeKeyPair;
import dev.quicnprotochat.mls.crypto.SignatureKeyPair;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/// The sized crypto floor of an operation ([CryptoFloor#sized]) run instead of priced: the same building-block calls
/// [CryptoBenchmark] times, on the same kind of inputs, as often and over as many bytes as the sized floor counts.
/// Timed right beside a shot of the operation ([FloorPairs]), it gives the floor at the machine's speed of that
/// moment, which on a shared machine can differ by 2× from the speed at which [CryptoBenchmark] ran a minute earlier.
///
/// Each primitive's `calls` run as `calls − 1` calls on the small input of its benchmark and one call on the small
/// input plus all the extra bytes, which costs `calls × small + extra × per byte`: the sized floor's own pricing.
/// Keys are reused, as in [CryptoBenchmark] (parsed public keys stay cached), so the replay is a lower bound too.
final class FloorReplay {

  /// `count` calls of `primitive`, each on `bytes` bytes (0 for the fixed-size HPKE and DeriveKeyPair inputs).
  record Calls(Primitive primitive, int count, int bytes) {}

  /// The calls that replay `loads`, in a fixed order.
  static List<Calls> plan(Map<Primitive, Load> loads, int times) {
    List<Calls> plan = new ArrayList<>();
    for (Primitive p : Primitive.values()) {
      Load load = loads.get(p);
      if (load == null || load.calls() == 0) {
        continue;
      }
      if (load.extraBytes() == 0) {
        plan.add(new Calls(p, load.calls() * times, p.smallBytes()));
      } else {
        if (load.calls() > 1) {
          plan.add(new Calls(p, (load.calls() - 1) * times, p.smallBytes()));
        }
        plan.add(new Calls(p, times, Math.toIntExact(p.smallBytes() + load.extraBytes())));
      }
    }
    return plan;
  }

  private final CipherSuite suite;
  private final SignatureKeyPair signer;
  private final HpkeKeyPair hpkeKeys;
  private final byte[] context;
  private final byte[] secret;
  private final byte[] aeadKey;
  private final byte[] aeadNonce;
  private final byte[] aad;
  private final HpkeCiphertext hpkeCiphertext;
  private final Map<Integer, byte[]> inputs = new HashMap<>();
  private final Map<Integer, byte[]> signatures = new HashMap<>();
  private final Random random = new Random(7);
  private int nonceCounter;

  FloorReplay(CipherSuite suite) {
    this.suite = suite;
    signer = suite.generateSignatureKeyPair();
    hpkeKeys = suite.generateHpkeKeyPair();
    context = bytes(64);
    secret = bytes(suite.hashLength());
    aeadKey = bytes(suite.aeadKeyLength());
    aeadNonce = bytes(suite.aeadNonceLength());
    aad = bytes(40);
    hpkeCiphertext = suite.encryptWithLabel(hpkeKeys.publicKey(), "UpdatePathNode", context, secret);
  }

  /// Makes the inputs (and, for verification, the signatures) the plan reads, untimed.
  void prepare(List<Calls> plan) {
    for (Calls c : plan) {
      byte[] input = inputs.computeIfAbsent(c.bytes(), this::bytes);
      if (c.primitive() == Primitive.VERIFY) {
        signatures.computeIfAbsent(c.bytes(), n -> suite.signWithLabel(signer, "FramedContentTBS", input));
      }
    }
  }

  /// Runs the plan ([#prepare] first) and returns something of each result, so that no call can be left out.
  int run(List<Calls> plan) {
    int sink = 0;
    for (Calls c : plan) {
      byte[] input = inputs.get(c.bytes());
      for (int i = 0; i < c.count(); i++) {
        sink += switch (c.primitive()) {
          case SIGN -> suite.signWithLabel(signer, "FramedContentTBS", input)[0];
          case VERIFY -> suite.verifyWithLabel(signer.publicKey(), "FramedContentTBS", input,
              signatures.get(c.bytes())) ? 1 : 0;
          case HPKE_ENCRYPT -> suite.encryptWithLabel(hpkeKeys.publicKey(), "UpdatePathNode", context, secret)
              .kemOutput()[0];
          case HPKE_DECRYPT -> suite.decryptWithLabel(hpkeKeys.privateKey(), hpkeKeys.publicKey(), "UpdatePathNode",
              context, hpkeCiphertext.kemOutput(), hpkeCiphertext.ciphertext())[0];
          case DERIVE_KEY_PAIR -> suite.deriveHpkeKeyPair(secret).publicKey()[0];
          case AEAD -> suite.seal(aeadKey, nextNonce(), aad, input)[0];
          case HASH -> suite.hash(input)[0];
        };
      }
    }
    return sink;
  }

  /// A fresh nonce per seal, as a sender uses (and as [CryptoBenchmark] does).
  private byte[] nextNonce() {
    return withCounter(aeadNonce, ++nonceCounter);
  }

  /// `nonce` with its first four bytes replaced by `counter` (little-endian): a different nonce for each counter
  /// value. The JDK refuses two encryptions in a row under one key and nonce with the same `Cipher`.
  static byte[] withCounter(byte[] nonce, int counter) {
    nonce[0] = (byte) counter;
    nonce[1] = (byte) (counter >>> 8);
    nonce[2] = (byte) (counter >>> 16);
    nonce[3] = (byte) (counter >>> 24);
    return nonce;
  }

  private byte[] bytes(int n) {
    byte[] b = new byte[n];
    random.nextBytes(b);
    return b;
  }
}
