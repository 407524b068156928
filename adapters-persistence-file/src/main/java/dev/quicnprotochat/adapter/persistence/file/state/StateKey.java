package dev.quicnprotochat.adapter.persistence.file.state;

import dev.quicnprotochat.domain.clientstate.StatePassword;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

/// A state directory's keys, derived once per open from the password: Argon2id (RFC 9106) over the password's UTF-8
/// bytes with the directory's salt gives a 32-byte master key; HMAC-SHA256 under it with fixed labels gives the
/// ChaCha20-Poly1305 key and the key that names group-state files. The master key is wiped at once; the subkeys
/// live until [#destroy()].
final class StateKey {

  static final int SALT_LENGTH = 16;
  static final int KEY_LENGTH = 32;

  private static final byte[] AEAD_LABEL = "quicnprotochat state v1 aead".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] NAME_LABEL = "quicnprotochat state v1 names".getBytes(StandardCharsets.US_ASCII);

  private final StateKdfParameters parameters;
  private final byte[] salt;
  private final byte[] aeadKey;
  private final byte[] nameKey;
  private volatile boolean destroyed;

  private StateKey(StateKdfParameters parameters, byte[] salt, byte[] aeadKey, byte[] nameKey) {
    this.parameters = parameters;
    this.salt = salt;
    this.aeadKey = aeadKey;
    this.nameKey = nameKey;
  }

  static StateKey derive(StatePassword password, StateKdfParameters parameters, byte[] salt) {
    if (salt.length != SALT_LENGTH) {
      throw new IllegalArgumentException("a state salt has " + SALT_LENGTH + " bytes");
    }
    Argon2BytesGenerator generator = new Argon2BytesGenerator();
    generator.init(new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
        .withVersion(Argon2Parameters.ARGON2_VERSION_13)
        .withSalt(salt)
        .withMemoryAsKB(parameters.memoryKib())
        .withIterations(parameters.iterations())
        .withParallelism(parameters.parallelism())
        .build());
    char[] chars = password.chars();
    byte[] master = new byte[KEY_LENGTH];
    try {
      generator.generateBytes(chars, master);
      return new StateKey(parameters, salt.clone(), hmac(master, AEAD_LABEL), hmac(master, NAME_LABEL));
    } finally {
      Arrays.fill(chars, '\0');
      Arrays.fill(master, (byte) 0);
    }
  }

  private static byte[] hmac(byte[] key, byte[] message) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      return mac.doFinal(message);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is missing from this JDK", e);
    }
  }

  StateKdfParameters parameters() {
    return parameters;
  }

  byte[] salt() {
    return salt.clone();
  }

  /// True when a file header's cost and salt are the ones this key was derived with.
  boolean matches(StateKdfParameters otherParameters, byte[] otherSalt) {
    return parameters.equals(otherParameters) && MessageDigest.isEqual(salt, otherSalt);
  }

  /// The raw AEAD key, for one seal or open; not copied, so callers must not keep or change it.
  byte[] aeadKey() {
    checkLive();
    return aeadKey;
  }

  /// HMAC-SHA256 of `data` under the naming key: file names that do not reveal what they name.
  byte[] name(byte[] data) {
    checkLive();
    return hmac(nameKey, data);
  }

  private void checkLive() {
    if (destroyed) {
      throw new IllegalStateException("the state key was destroyed: the state directory is closed");
    }
  }

  void destroy() {
    destroyed = true;
    Arrays.fill(aeadKey, (byte) 0);
    Arrays.fill(nameKey, (byte) 0);
  }

  @Override
  public String toString() {
    return "StateKey[redacted]";
  }
}
