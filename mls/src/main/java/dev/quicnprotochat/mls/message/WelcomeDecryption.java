package dev.quicnprotochat.mls.message;

import dev.quicnprotochat.mls.MlsException;
import dev.quicnprotochat.mls.ValidationCheck;
import dev.quicnprotochat.mls.ValidationException;
import dev.quicnprotochat.mls.codec.Bytes;
import dev.quicnprotochat.mls.codec.TlsReader;
import dev.quicnprotochat.mls.crypto.CipherSuite;
import dev.quicnprotochat.mls.crypto.HpkeKeyPair;
import dev.quicnprotochat.mls.keypackage.KeyPackageRef;
import dev.quicnprotochat.mls.schedule.EpochSecrets;
import dev.quicnprotochat.mls.schedule.KeySchedule;
import dev.quicnprotochat.mls.schedule.TranscriptHashes;
import java.util.Arrays;

/// The cryptographic half of joining from a Welcome (RFC 9420 §12.4.3.1): find the entry for our KeyPackage,
/// decrypt the GroupSecrets, decrypt the GroupInfo with the joiner secret, and check the confirmation tag.
///
/// Verifying the GroupInfo signature needs the signer's leaf from the ratchet tree, so the caller does it with
/// [GroupInfo#verifySignature] once it has the tree.
public final class WelcomeDecryption {

  /// The EncryptWithLabel label for GroupSecrets, without the "MLS 1.0 " prefix.
  public static final String LABEL = "Welcome";

  private WelcomeDecryption() {
  }

  /// The entry addressed to `ref`; a Welcome for another suite or without such an entry is a
  /// [ValidationException].
  public static EncryptedGroupSecrets entryFor(CipherSuite suite, Welcome welcome, KeyPackageRef ref) {
    if (welcome.cipherSuite() != suite.id()) {
      throw new ValidationException(ValidationCheck.CIPHER_SUITE_MISMATCH, "welcome for suite "
          + welcome.cipherSuite() + ", key package for suite " + suite.id());
    }
    return welcome.secretsFor(ref).orElseThrow(() -> new ValidationException(ValidationCheck.WELCOME,
        "the welcome has no entry for this key package"));
  }

  /// `DecryptWithLabel(init_key_priv, "Welcome", encrypted_group_info, kem_output, ciphertext)`, decoded.
  public static GroupSecrets decryptGroupSecrets(CipherSuite suite, Welcome welcome, EncryptedGroupSecrets entry,
      HpkeKeyPair initKey) {
    byte[] plaintext = suite.decryptWithLabel(initKey.privateKey(), initKey.publicKey(), LABEL,
        welcome.encryptedGroupInfo().toByteArray(), entry.encryptedGroupSecrets().kemOutput(),
        entry.encryptedGroupSecrets().ciphertext());
    try {
      return GroupSecrets.decode(Bytes.wrap(plaintext));
    } catch (MlsException e) {
      throw new ValidationException(ValidationCheck.WELCOME, "group secrets do not decode: " + e.getMessage());
    }
  }

  /// Opens `encrypted_group_info` with the key and nonce derived from `welcome_secret` (§12.4.3.1).
  public static GroupInfo decryptGroupInfo(CipherSuite suite, Welcome welcome, byte[] joinerSecret,
      byte[] pskSecret) {
    byte[] welcomeSecret = KeySchedule.welcomeSecret(suite, joinerSecret, pskSecret);
    byte[] key = KeySchedule.welcomeKey(suite, welcomeSecret);
    byte[] nonce = KeySchedule.welcomeNonce(suite, welcomeSecret);
    try {
      byte[] plaintext = suite.open(key, nonce, new byte[0], welcome.encryptedGroupInfo().toByteArray());
      return TlsReader.decode(plaintext, GroupInfo::decode);
    } catch (dev.quicnprotochat.mls.CodecException e) {
      throw new ValidationException(ValidationCheck.WELCOME, "group info does not decode: " + e.getMessage());
    } finally {
      Arrays.fill(welcomeSecret, (byte) 0);
      Arrays.fill(key, (byte) 0);
    }
  }

  /// The epoch secrets of the joined epoch, after checking that the GroupInfo's confirmation tag is
  /// `MAC(confirmation_key, confirmed_transcript_hash)` (§12.4.3.1).
  public static EpochSecrets epochSecrets(CipherSuite suite, GroupInfo groupInfo, byte[] joinerSecret,
      byte[] pskSecret) {
    EpochSecrets secrets = KeySchedule.fromJoinerSecret(suite, joinerSecret, pskSecret, groupInfo.groupContext());
    byte[] confirmed = groupInfo.groupContext().confirmedTranscriptHash().toByteArray();
    if (!TranscriptHashes.confirmationTagMatches(suite, secrets.confirmationKey().toByteArray(), confirmed,
        groupInfo.confirmationTag().toByteArray())) {
      secrets.destroy();
      throw new ValidationException(ValidationCheck.CONFIRMATION_TAG, "the group info's confirmation tag is wrong");
    }
    return secrets;
  }
}
