package dev.quicnprotochat.mls.bench;

import dev.quicnprotochat.mls.crypto.CipherSuite;
import dev.quicnprotochat.mls.crypto.CipherSuites;
import dev.quicnprotochat.mls.crypto.HpkeCiphertext;
import dev.quicnprotochat.mls.crypto.HpkeKeyPair;
import dev.quicnprotochat.mls.crypto.SignatureKeyPair;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/// The floor every MLS operation stands on: the labelled primitives of RFC 9420 §5 per cipher suite.
///
/// Run with `./mvnw -B -q -pl mls -am test-compile exec:exec@jmh` (arguments in the `jmh.args` property of
/// mls/pom.xml, e.g. `-Djmh.args="-f 1 -wi 2 -i 3 CryptoBenchmark.sign"`). Not a test: Surefire never runs it.
/// The post-quantum suites listed cover each KEM and signature once (77–80 share their KEMs' costs with 78/80, and
/// the ChaCha20 twins differ only in the AEAD); pick some with `-p suiteId=1,83`.
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class CryptoBenchmark {

  /// The input size of the `...64k` benchmarks, which give the per-byte cost of each primitive beyond its small
  /// input ([Primitive#smallBytes]): a commit of a 1024-member group is about 85 KB.
  public static final int LARGE = 64 * 1024;

  @Param({"1", "2", "3", "4", "5", "6", "7", "77", "79", "81", "83", "85", "87"})
  public int suiteId;

  private CipherSuite suite;
  private SignatureKeyPair signer;
  private byte[] content;
  private byte[] signature;
  private HpkeKeyPair hpkeKeys;
  private byte[] context;
  private byte[] plaintext;
  private HpkeCiphertext hpkeCiphertext;
  private byte[] ikm;
  private byte[] aeadKey;
  private byte[] aeadNonce;
  private byte[] aad;
  private byte[] message200;
  private byte[] sealed200;
  private byte[] hashInput;
  private byte[] content64k;
  private byte[] signature64k;
  private byte[] message64k;
  private byte[] sealed64k;
  private byte[] openNonce;
  private int nonceCounter;

  @Setup
  public void setUp() {
    Random random = new Random(1);
    suite = CipherSuites.byId(suiteId);
    signer = suite.generateSignatureKeyPair();
    content = bytes(random, 200);
    signature = suite.signWithLabel(signer, "FramedContentTBS", content);
    hpkeKeys = suite.generateHpkeKeyPair();
    context = bytes(random, 64);
    plaintext = bytes(random, suite.hashLength());
    hpkeCiphertext = suite.encryptWithLabel(hpkeKeys.publicKey(), "UpdatePathNode", context, plaintext);
    ikm = bytes(random, suite.hashLength());
    aeadKey = bytes(random, suite.aeadKeyLength());
    aeadNonce = bytes(random, suite.aeadNonceLength());
    aad = bytes(random, 40);
    message200 = bytes(random, 200);
    openNonce = aeadNonce.clone();
    sealed200 = suite.seal(aeadKey, openNonce, aad, message200);
    hashInput = bytes(random, 256);
    content64k = bytes(random, LARGE);
    signature64k = suite.signWithLabel(signer, "FramedContentTBS", content64k);
    message64k = bytes(random, LARGE);
    // (one seal under another nonce in between: the JDK refuses two encryptions in a row under one nonce)
    suite.seal(aeadKey, nextNonce(), aad, message200);
    sealed64k = suite.seal(aeadKey, openNonce, aad, message64k);
  }

  private static byte[] bytes(Random random, int n) {
    byte[] b = new byte[n];
    random.nextBytes(b);
    return b;
  }

  @Benchmark
  public byte[] signWithLabel() {
    return suite.signWithLabel(signer, "FramedContentTBS", content);
  }

  @Benchmark
  public boolean verifyWithLabel() {
    return suite.verifyWithLabel(signer.publicKey(), "FramedContentTBS", content, signature);
  }

  @Benchmark
  public HpkeCiphertext encryptWithLabel() {
    return suite.encryptWithLabel(hpkeKeys.publicKey(), "UpdatePathNode", context, plaintext);
  }

  @Benchmark
  public byte[] decryptWithLabel() {
    return suite.decryptWithLabel(hpkeKeys.privateKey(), hpkeKeys.publicKey(), "UpdatePathNode", context,
        hpkeCiphertext.kemOutput(), hpkeCiphertext.ciphertext());
  }

  @Benchmark
  public HpkeKeyPair deriveKeyPair() {
    return suite.deriveHpkeKeyPair(ikm);
  }

  /// The suite's hash over 256 bytes: about one tree-hash node input (a leaf node or parent node with its keys).
  @Benchmark
  public byte[] hash256() {
    return suite.hash(hashInput);
  }

  /// Seals under a fresh nonce each time, as a sender does: the JDK refuses to encrypt twice under one key and
  /// nonce with the same `Cipher`, and the engine would then take a new instance each call.
  @Benchmark
  public byte[] aeadSeal200() {
    return suite.seal(aeadKey, nextNonce(), aad, message200);
  }

  private byte[] nextNonce() {
    return FloorReplay.withCounter(aeadNonce, ++nonceCounter);
  }

  @Benchmark
  public byte[] aeadOpen200() {
    return suite.open(aeadKey, openNonce, aad, sealed200);
  }

  /// SignWithLabel over 64 KiB: pure EdDSA hashes the whole message (twice when signing), so a large TBS costs
  /// more than the 200-byte one.
  @Benchmark
  public byte[] signWithLabel64k() {
    return suite.signWithLabel(signer, "FramedContentTBS", content64k);
  }

  @Benchmark
  public boolean verifyWithLabel64k() {
    return suite.verifyWithLabel(signer.publicKey(), "FramedContentTBS", content64k, signature64k);
  }

  @Benchmark
  public byte[] hash64k() {
    return suite.hash(content64k);
  }

  @Benchmark
  public byte[] aeadSeal64k() {
    return suite.seal(aeadKey, nextNonce(), aad, message64k);
  }

  @Benchmark
  public byte[] aeadOpen64k() {
    return suite.open(aeadKey, openNonce, aad, sealed64k);
  }

  public static void main(String[] args) throws Exception {
    org.openjdk.jmh.Main.main(args);
  }
}
