package dev.quicnprotochat.mls.tree;

import dev.quicnprotochat.mls.UsageException;
import dev.quicnprotochat.mls.codec.Bytes;
import dev.quicnprotochat.mls.codec.TlsReader;
import dev.quicnprotochat.mls.codec.TlsWriter;
import java.util.List;

/// A member's credential (RFC 9420 §5.3):
///
/// ```
/// struct {
///   CredentialType credential_type;
///   select (Credential.credential_type) {
///     case basic: opaque identity<V>;
///     case x509:  Certificate certificates<V>;
///   };
/// } Credential;
/// ```
///
/// The RFC gives no framing for other types; like openmls we read an unknown type's body as one `opaque<V>` and
/// keep it byte for byte, so GREASE and private-use credentials survive a round trip.
public sealed interface Credential permits Credential.Basic, Credential.X509, Credential.Unknown {

  int BASIC = 1;
  int X509_TYPE = 2;

  int credentialType();

  void encode(TlsWriter w);

  static Credential decode(TlsReader r) {
    int type = r.u16();
    return switch (type) {
      case BASIC -> new Basic(r.opaqueBytes());
      case X509_TYPE -> new X509(r.vector(TlsReader::opaqueBytes));
      default -> new Unknown(type, r.opaqueBytes());
    };
  }

  /// `opaque identity<V>`: an application-defined identity, checked by the application's authentication service.
  record Basic(Bytes identity) implements Credential {
    public Basic {
      java.util.Objects.requireNonNull(identity, "identity");
    }

    @Override
    public int credentialType() {
      return BASIC;
    }

    @Override
    public void encode(TlsWriter w) {
      w.u16(BASIC).opaque(identity);
    }
  }

  /// A chain of DER certificates, leaf first (`struct { opaque cert_data<V>; } Certificate`).
  record X509(List<Bytes> certificates) implements Credential {
    public X509 {
      certificates = List.copyOf(certificates);
    }

    @Override
    public int credentialType() {
      return X509_TYPE;
    }

    @Override
    public void encode(TlsWriter w) {
      w.u16(X509_TYPE).vector(certificates, TlsWriter::opaque);
    }
  }

  /// A credential type this library does not interpret; `body` is the content of its `opaque<V>`.
  record Unknown(int credentialType, Bytes body) implements Credential {
    public Unknown {
      if (credentialType == BASIC || credentialType == X509_TYPE || credentialType < 0 || credentialType > 0xffff) {
        throw new UsageException("credential type " + credentialType + " is not an unknown type");
      }
      java.util.Objects.requireNonNull(body, "body");
    }

    @Override
    public void encode(TlsWriter w) {
      w.u16(credentialType).opaque(body);
    }
  }
}
