package dev.quicnprotochat.mls.message;

import dev.quicnprotochat.mls.UsageException;
import dev.quicnprotochat.mls.codec.Bytes;
import dev.quicnprotochat.mls.codec.TlsReader;
import dev.quicnprotochat.mls.codec.TlsWriter;
import dev.quicnprotochat.mls.keypackage.KeyPackageRef;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/// ```
/// struct {
///   CipherSuite cipher_suite;
///   EncryptedGroupSecrets secrets<V>;
///   opaque encrypted_group_info<V>;
/// } Welcome;
/// ```
/// (RFC 9420 §12.4.3).
public record Welcome(int cipherSuite, List<EncryptedGroupSecrets> secrets, Bytes encryptedGroupInfo) {

  public Welcome {
    if (cipherSuite < 0 || cipherSuite > 0xffff) {
      throw new UsageException("cipher suite " + cipherSuite + " is not a uint16");
    }
    secrets = List.copyOf(secrets);
    Objects.requireNonNull(encryptedGroupInfo, "encryptedGroupInfo");
  }

  public static Welcome decode(TlsReader r) {
    return new Welcome(r.u16(), r.vector(EncryptedGroupSecrets::decode), r.opaqueBytes());
  }

  public static Welcome decode(Bytes bytes) {
    return TlsReader.decode(bytes, Welcome::decode);
  }

  public void encode(TlsWriter w) {
    w.u16(cipherSuite).vector(secrets, (x, s) -> s.encode(x)).opaque(encryptedGroupInfo);
  }

  public Bytes toBytes() {
    TlsWriter w = new TlsWriter(1024);
    encode(w);
    return w.toBytes();
  }

  /// The entry addressed to the KeyPackage with reference `ref` (RFC 9420 §12.4.3.1).
  public Optional<EncryptedGroupSecrets> secretsFor(KeyPackageRef ref) {
    return secrets.stream().filter(s -> s.newMember().equals(ref)).findFirst();
  }
}
