package dev.quicnprotochat.mls.interop;

import dev.quicnprotochat.mls.codec.Bytes;
import dev.quicnprotochat.mls.crypto.CipherSuite;
import dev.quicnprotochat.mls.group.GroupConfig;
import dev.quicnprotochat.mls.group.Identity;
import dev.quicnprotochat.mls.group.KeyPackageBundle;
import dev.quicnprotochat.mls.group.KeyPackageOptions;
import dev.quicnprotochat.mls.group.MlsGroup;
import dev.quicnprotochat.mls.group.ProcessedMessage;
import dev.quicnprotochat.mls.keypackage.KeyPackageIn;
import dev.quicnprotochat.mls.message.MLSMessage;
import dev.quicnprotochat.mls.tree.Credential;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;

/// The Java side of an interop test: an identity, its KeyPackage and (once created or joined) its [MlsGroup], with
/// the byte conversions the harness protocol needs (every message as a complete MLSMessage encoding).
final class JavaMember {

  final CipherSuite suite;
  final KeyPackageBundle bundle;
  final GroupConfig config;
  MlsGroup group;

  JavaMember(CipherSuite suite, String name, GroupConfig config) {
    this.suite = suite;
    this.config = config;
    Identity identity = new Identity(new Credential.Basic(Bytes.of(name.getBytes(StandardCharsets.UTF_8))),
        suite.generateSignatureKeyPair());
    this.bundle = KeyPackageBundle.create(suite, identity, KeyPackageOptions.validFor(
        Instant.now().getEpochSecond(), 7));
  }

  byte[] keyPackage() {
    return bytes(bundle.toMessage());
  }

  void createGroup(byte[] groupId) {
    group = MlsGroup.create(Bytes.of(groupId), bundle, java.util.List.of(), config);
  }

  void joinFromWelcome(byte[] welcome) {
    MLSMessage message = MLSMessage.decode(Bytes.wrap(welcome));
    group = MlsGroup.joinFromWelcome(((MLSMessage.OfWelcome) message).welcome(), bundle, Optional.empty(), config);
  }

  ProcessedMessage process(byte[] message) {
    return group.process(MLSMessage.decode(Bytes.wrap(message)));
  }

  byte[] encrypt(byte[] plaintext) {
    return bytes(group.encrypt(plaintext));
  }

  static KeyPackageIn keyPackageIn(byte[] message) {
    return ((MLSMessage.OfKeyPackage) MLSMessage.decode(Bytes.wrap(message))).keyPackage();
  }

  static byte[] bytes(MLSMessage message) {
    return message.toBytes().toByteArray();
  }
}
