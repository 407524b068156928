package dev.quicnprotochat.bootstrap.demo;

import dev.quicnprotochat.adapter.quic.ClientSettings;
import dev.quicnprotochat.adapter.quic.QuicServerGateway;
import dev.quicnprotochat.application.port.out.client.ServerGateway;
import dev.quicnprotochat.application.port.out.client.ServerLoginChallenge;
import dev.quicnprotochat.application.port.out.client.ServerPushListener;
import dev.quicnprotochat.application.port.out.client.ServerSubscription;
import dev.quicnprotochat.bootstrap.crypto.OpaqueServerAdapter;
import dev.quicnprotochat.domain.identity.IdentityBinding;
import dev.quicnprotochat.domain.identity.IdentityKey;
import dev.quicnprotochat.domain.identity.Username;
import dev.quicnprotochat.domain.inbox.InboxEntry;
import dev.quicnprotochat.mls.codec.Bytes;
import dev.quicnprotochat.mls.crypto.CipherSuite;
import dev.quicnprotochat.mls.group.Identity;
import dev.quicnprotochat.mls.group.KeyPackageBundle;
import dev.quicnprotochat.mls.group.KeyPackageOptions;
import dev.quicnprotochat.mls.group.MlsGroup;
import dev.quicnprotochat.mls.tree.Credential;
import dev.quicnprotochat.opaque.ClientLoginState;
import dev.quicnprotochat.opaque.ClientRegistrationState;
import dev.quicnprotochat.opaque.Identities;
import dev.quicnprotochat.opaque.Ksf;
import dev.quicnprotochat.opaque.OpaqueClient;
import dev.quicnprotochat.opaque.OpaqueConfig;
import dev.quicnprotochat.opaque.OpaqueRandom;
import dev.quicnprotochat.opaque.message.KE2;
import dev.quicnprotochat.opaque.message.RegistrationResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.bouncycastle.crypto.params.Ed25519PrivateKeyParameters;
import org.bouncycastle.crypto.signers.Ed25519Signer;

/// One demo participant: an Ed25519 identity (also its MLS signature key), an OPAQUE account, a QUIC connection
/// with a push subscription, the private halves of its published key packages and its MLS group.
final class DemoUser implements AutoCloseable {

  /// RFC 9106's memory-constrained Argon2id option (64 MiB): the real client-side password hardening, cheap enough
  /// for three accounts in a demo.
  private static final OpaqueConfig OPAQUE = OpaqueServerAdapter.configuration()
      .withKsf(Ksf.argon2idMemoryConstrained());

  final String name;
  private final Username username;
  private final byte[] password;
  private final Identity identity;
  private final CipherSuite suite;
  private final ServerGateway server;
  private final BlockingQueue<Long> pushes = new LinkedBlockingQueue<>();
  private final Map<Bytes, KeyPackageBundle> keyPackages = new HashMap<>();
  private ServerSubscription subscription;
  private long inboxCursor;
  MlsGroup group;

  DemoUser(String name, CipherSuite suite, ClientSettings client) {
    this.name = name;
    this.username = Username.of(name);
    this.password = ("correct horse battery staple for " + name).getBytes(StandardCharsets.UTF_8);
    this.suite = suite;
    this.identity = new Identity(new Credential.Basic(Bytes.wrap(name.getBytes(StandardCharsets.UTF_8))),
        suite.generateSignatureKeyPair());
    this.server = QuicServerGateway.connect(client);
  }

  IdentityKey identityKey() {
    return IdentityKey.of(identity.signatureKeys().publicKey());
  }

  ServerGateway server() {
    return server;
  }

  /// OPAQUE registration (RFC 9807 §5): the server stores a record from which it cannot test passwords offline.
  void register() {
    OpaqueClient opaque = new OpaqueClient(OPAQUE, OpaqueRandom.secure());
    ClientRegistrationState state = opaque.startRegistration(password);
    Bytes response = server.startRegistration(username, Bytes.wrap(state.request().toBytes()), Optional.empty());
    Bytes upload = Bytes.wrap(state.finish(RegistrationResponse.decode(OPAQUE, response.toByteArray()),
        Identities.none()).record().toBytes());
    byte[] binding = IdentityBinding.message(username, upload);
    Ed25519Signer signer = new Ed25519Signer();
    signer.init(true, new Ed25519PrivateKeyParameters(identity.signatureKeys().privateKey(), 0));
    signer.update(binding, 0, binding.length);
    Bytes signature = Bytes.wrap(signer.generateSignature());
    server.finishRegistration(username, identityKey(), upload, signature, Optional.empty());
  }

  /// OPAQUE login (RFC 9807 §6): KE1 → KE2 → KE3; the gateway keeps the session token.
  void login() {
    OpaqueClient opaque = new OpaqueClient(OPAQUE, OpaqueRandom.secure());
    ClientLoginState state = opaque.startLogin(password);
    ServerLoginChallenge challenge = server.startLogin(username, Bytes.wrap(state.ke1().toBytes()));
    Bytes ke3 = Bytes.wrap(state.finish(KE2.decode(OPAQUE, challenge.ke2().toByteArray()), Identities.none())
        .ke3().toBytes());
    server.finishLogin(challenge.attempt(), ke3);
    subscription = server.subscribe(new ServerPushListener() {
      @Override
      public void inboxChanged(long sequence) {
        pushes.add(sequence);
      }

      @Override
      public void subscriptionEnded(String reason) {
      }
    });
  }

  /// Publishes `count` single-use key packages and one last-resort package, keeping their private keys.
  void publishKeyPackages(int count) {
    long now = Instant.now().getEpochSecond();
    List<Bytes> batch = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      batch.add(keep(KeyPackageBundle.create(suite, identity, KeyPackageOptions.validFor(now, 30))));
    }
    Bytes lastResort = keep(KeyPackageBundle.create(suite, identity, KeyPackageOptions.validFor(now, 30)
        .lastResort()));
    server.publishKeyPackages(batch, Optional.of(lastResort));
  }

  private Bytes keep(KeyPackageBundle bundle) {
    keyPackages.put(bundle.ref().value(), bundle);
    return bundle.toMessage().toBytes();
  }

  /// A fresh leaf for a group this user creates.
  KeyPackageBundle freshBundle() {
    return KeyPackageBundle.create(suite, identity, KeyPackageOptions.validFor(Instant.now().getEpochSecond(), 30));
  }

  /// The private half of one of this user's published key packages, by reference.
  Optional<KeyPackageBundle> bundleFor(Bytes ref) {
    return Optional.ofNullable(keyPackages.remove(ref));
  }

  /// Waits for the server's push (no polling), then fetches everything new in the inbox.
  List<InboxEntry> awaitInbox() throws InterruptedException {
    Long pushed = pushes.poll(15, TimeUnit.SECONDS);
    if (pushed == null) {
      throw new IllegalStateException(name + " received no push within 15 s");
    }
    List<InboxEntry> entries = server.fetchInbox(inboxCursor, 100);
    if (!entries.isEmpty()) {
      inboxCursor = entries.getLast().sequence();
      server.ackInbox(inboxCursor);
    }
    pushes.clear();
    return entries;
  }

  @Override
  public void close() {
    if (subscription != null) {
      subscription.close();
    }
    server.close();
  }
}
