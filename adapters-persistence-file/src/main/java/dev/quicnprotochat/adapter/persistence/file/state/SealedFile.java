package dev.quicnprotochat.adapter.persistence.file.state;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Optional;
import org.bouncycastle.crypto.InvalidCipherTextException;
import org.bouncycastle.crypto.modes.ChaCha20Poly1305;
import org.bouncycastle.crypto.params.AEADParameters;
import org.bouncycastle.crypto.params.KeyParameter;

/// The one file format of the client state (docs/client-state.md has the byte layout). Big-endian:
///
/// ```
/// magic "QPCSTATE" (8) | version (1) = 1 | mode (1) | kind (1) | reserved (1) = 0
/// mode 1 only: Argon2id memory KiB (u32) | iterations (u32) | parallelism (u32) | salt length (1) = 16 | salt (16)
///              | nonce (12)
/// body length (u32) | body
/// ```
///
/// Mode 0 is a plaintext body (a state directory without a password); mode 1 is the ChaCha20-Poly1305 (RFC 8439)
/// ciphertext of the body with its 16-byte tag, and everything before the body is the associated data, so no header
/// byte can change without the tag failing. Parsing is strict: any other magic, version, mode, kind or reserved
/// byte, a short file or trailing bytes are refused.
final class SealedFile {

  static final byte[] MAGIC = "QPCSTATE".getBytes(StandardCharsets.US_ASCII);
  static final int VERSION = 1;
  static final int MODE_PLAINTEXT = 0;
  static final int MODE_SEALED = 1;
  static final int NONCE_LENGTH = 12;
  static final int TAG_LENGTH = 16;
  static final int PREFIX_LENGTH = MAGIC.length + 4;
  static final int SEALED_PARAMETERS_LENGTH = 12 + 1 + StateKey.SALT_LENGTH + NONCE_LENGTH;
  /// Larger than any group state (64 MiB) with its framing; refuses absurd length fields before allocating.
  static final int MAX_BODY_LENGTH = 80 * 1024 * 1024;

  /// A parsed file: its header fields and the still sealed (or plaintext) body.
  record Parsed(int mode, FileKind kind, StateKdfParameters parameters, byte[] salt, byte[] nonce, byte[] header,
      byte[] body) {

    boolean sealed() {
      return mode == MODE_SEALED;
    }
  }

  private SealedFile() {}

  static byte[] plaintext(FileKind kind, byte[] body) {
    ByteBuffer out = ByteBuffer.allocate(PREFIX_LENGTH + 4 + body.length);
    out.put(MAGIC).put((byte) VERSION).put((byte) MODE_PLAINTEXT).put((byte) kind.code).put((byte) 0);
    out.putInt(body.length).put(body);
    return out.array();
  }

  static byte[] seal(FileKind kind, byte[] body, StateKey key, SecureRandom random) {
    byte[] nonce = new byte[NONCE_LENGTH];
    random.nextBytes(nonce);
    int headerLength = PREFIX_LENGTH + SEALED_PARAMETERS_LENGTH + 4;
    ByteBuffer out = ByteBuffer.allocate(headerLength + body.length + TAG_LENGTH);
    StateKdfParameters parameters = key.parameters();
    out.put(MAGIC).put((byte) VERSION).put((byte) MODE_SEALED).put((byte) kind.code).put((byte) 0);
    out.putInt(parameters.memoryKib()).putInt(parameters.iterations()).putInt(parameters.parallelism());
    out.put((byte) StateKey.SALT_LENGTH).put(key.salt()).put(nonce);
    out.putInt(body.length + TAG_LENGTH);
    byte[] file = out.array();
    ChaCha20Poly1305 cipher = new ChaCha20Poly1305();
    cipher.init(true, new AEADParameters(new KeyParameter(key.aeadKey()), TAG_LENGTH * 8, nonce,
        Arrays.copyOf(file, headerLength)));
    int written = cipher.processBytes(body, 0, body.length, file, headerLength);
    try {
      cipher.doFinal(file, headerLength + written);
    } catch (InvalidCipherTextException e) {
      throw new IllegalStateException("ChaCha20-Poly1305 failed to seal", e);
    }
    return file;
  }

  /// Parses the header of `content` (the whole file) strictly; `name` is for messages only.
  static Parsed parse(byte[] content, String name) throws CorruptStateFileException {
    ByteBuffer in = ByteBuffer.wrap(content);
    if (content.length < PREFIX_LENGTH || !Arrays.equals(content, 0, MAGIC.length, MAGIC, 0, MAGIC.length)) {
      throw new CorruptStateFileException(name + " is not a quicnprotochat state file (bad magic)");
    }
    in.position(MAGIC.length);
    int version = in.get() & 0xff;
    if (version != VERSION) {
      throw new CorruptStateFileException(name + " has state file version " + version + "; this client reads "
          + VERSION);
    }
    int mode = in.get() & 0xff;
    FileKind kind = FileKind.ofCode(in.get() & 0xff);
    int reserved = in.get() & 0xff;
    if (mode != MODE_PLAINTEXT && mode != MODE_SEALED || kind == null || reserved != 0) {
      throw new CorruptStateFileException(name + " has an invalid header");
    }
    StateKdfParameters parameters = null;
    byte[] salt = null;
    byte[] nonce = null;
    if (mode == MODE_SEALED) {
      requireRemaining(in, SEALED_PARAMETERS_LENGTH, name);
      try {
        parameters = new StateKdfParameters(in.getInt(), in.getInt(), in.getInt());
      } catch (IllegalArgumentException e) {
        throw new CorruptStateFileException(name + " has invalid Argon2id parameters");
      }
      if ((in.get() & 0xff) != StateKey.SALT_LENGTH) {
        throw new CorruptStateFileException(name + " has an invalid salt length");
      }
      salt = new byte[StateKey.SALT_LENGTH];
      in.get(salt);
      nonce = new byte[NONCE_LENGTH];
      in.get(nonce);
    }
    requireRemaining(in, 4, name);
    long bodyLength = in.getInt() & 0xffffffffL;
    if (bodyLength > MAX_BODY_LENGTH || mode == MODE_SEALED && bodyLength < TAG_LENGTH) {
      throw new CorruptStateFileException(name + " has an impossible body length");
    }
    if (in.remaining() != bodyLength) {
      throw new CorruptStateFileException(
          name + (in.remaining() < bodyLength ? " is truncated" : " has trailing bytes"));
    }
    byte[] header = Arrays.copyOf(content, in.position());
    byte[] body = new byte[(int) bodyLength];
    in.get(body);
    return new Parsed(mode, kind, parameters, salt, nonce, header, body);
  }

  /// Decrypts and authenticates a sealed file's body with `key`.
  static byte[] open(Parsed parsed, StateKey key, String name) throws CorruptStateFileException {
    if (!key.matches(parsed.parameters(), parsed.salt())) {
      throw new CorruptStateFileException(name + " was sealed with another key salt or cost than this state "
          + "directory's (damaged, or copied from another directory)");
    }
    return tryOpen(parsed, key).orElseThrow(() -> new CorruptStateFileException(
        name + " failed authentication: it is damaged or was tampered with"));
  }

  /// The body, or empty when the tag does not verify under `key` (a wrong key, or damage).
  static Optional<byte[]> tryOpen(Parsed parsed, StateKey key) {
    if (!parsed.sealed()) {
      throw new IllegalArgumentException("not a sealed file");
    }
    ChaCha20Poly1305 cipher = new ChaCha20Poly1305();
    cipher.init(false, new AEADParameters(new KeyParameter(key.aeadKey()), TAG_LENGTH * 8, parsed.nonce(),
        parsed.header()));
    byte[] ciphertext = parsed.body();
    byte[] plain = new byte[ciphertext.length - TAG_LENGTH];
    int written = cipher.processBytes(ciphertext, 0, ciphertext.length, plain, 0);
    try {
      cipher.doFinal(plain, written);
      return Optional.of(plain);
    } catch (InvalidCipherTextException e) {
      Arrays.fill(plain, (byte) 0);
      return Optional.empty();
    }
  }

  private static void requireRemaining(ByteBuffer in, int length, String name) throws CorruptStateFileException {
    if (in.remaining() < length) {
      throw new CorruptStateFileException(name + " is truncated");
    }
  }
}
