package dev.quicnprotochat.bootstrap.testing;

import dev.quicnprotochat.bootstrap.crypto.OpaqueServerAdapter;
import dev.quicnprotochat.bootstrap.crypto.TestKeyPackages;
import dev.quicnprotochat.domain.identity.IdentityBinding;
import dev.quicnprotochat.domain.identity.IdentityKey;
import dev.quicnprotochat.domain.identity.Username;
import dev.quicnprotochat.mls.codec.Bytes;
import dev.quicnprotochat.mls.crypto.SignatureKeyPair;
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
import java.util.ArrayList;
import java.util.List;
import org.bouncycastle.crypto.params.Ed25519PrivateKeyParameters;
import org.bouncycastle.crypto.signers.Ed25519Signer;

/// The client half of one test user with real cryptography: an Ed25519 identity (also its MLS signature key),
/// OPAQUE registration and login (cheap Argon2id KSF: the server never runs it), and signed MLS key packages.
public final class TestAccount {

  /// A small Argon2id (1 MiB, 1 pass) so tests exercise the real KSF path quickly.
  public static final OpaqueConfig CLIENT_CONFIG =
      OpaqueServerAdapter.configuration().withKsf(new Ksf.Argon2id(1024, 1, 1));

  private final Username username;
  private final byte[] password;
  private final SignatureKeyPair identity = TestKeyPackages.identity();
  private final OpaqueClient opaque = new OpaqueClient(CLIENT_CONFIG, OpaqueRandom.secure());
  private ClientRegistrationState registration;
  private ClientLoginState login;

  public TestAccount(String username, String password) {
    this.username = Username.of(username);
    this.password = password.getBytes(StandardCharsets.UTF_8);
  }

  public Username username() {
    return username;
  }

  public IdentityKey identityKey() {
    return IdentityKey.of(identity.publicKey());
  }

  public SignatureKeyPair signatureKey() {
    return identity;
  }

  public String password() {
    return new String(password, StandardCharsets.UTF_8);
  }

  public Bytes registrationRequest() {
    registration = opaque.startRegistration(password);
    return Bytes.wrap(registration.request().toBytes());
  }

  public Bytes registrationUpload(Bytes response) {
    var result = registration.finish(RegistrationResponse.decode(CLIENT_CONFIG, response.toByteArray()),
        Identities.none());
    return Bytes.wrap(result.record().toBytes());
  }

  /// The identity key's Ed25519 signature binding it to the username and upload (docs/server-use-cases.md §3).
  public Bytes bindingSignature(Bytes upload) {
    Ed25519Signer signer = new Ed25519Signer();
    signer.init(true, new Ed25519PrivateKeyParameters(identity.privateKey(), 0));
    byte[] message = IdentityBinding.message(username, upload);
    signer.update(message, 0, message.length);
    return Bytes.wrap(signer.generateSignature());
  }

  public Bytes ke1() {
    login = opaque.startLogin(password);
    return Bytes.wrap(login.ke1().toBytes());
  }

  public Bytes ke3(Bytes ke2) {
    return Bytes.wrap(login.finish(KE2.decode(CLIENT_CONFIG, ke2.toByteArray()), Identities.none()).ke3()
        .toBytes());
  }

  /// `count` fresh key packages signed by this identity, as MLSMessages.
  public List<Bytes> keyPackages(int count) {
    List<Bytes> packages = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      packages.add(TestKeyPackages.message(identity));
    }
    return packages;
  }

  @Override
  public String toString() {
    return "TestAccount[" + username + "]";
  }
}
