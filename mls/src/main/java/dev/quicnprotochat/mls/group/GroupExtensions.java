package dev.quicnprotochat.mls.group;

import dev.quicnprotochat.mls.codec.Bytes;
import dev.quicnprotochat.mls.codec.TlsReader;
import dev.quicnprotochat.mls.codec.TlsWriter;
import dev.quicnprotochat.mls.extension.Extension;
import dev.quicnprotochat.mls.extension.ExtensionType;
import dev.quicnprotochat.mls.tree.Credential;
import java.util.List;
import java.util.Objects;

/// The bodies of the extensions a group uses (RFC 9420 §12.1.8.1, §12.4.3.2, §11.1, §5.3.3) and of last_resort
/// (draft-ietf-mls-extensions, type 0x000A), with their codecs.
public final class GroupExtensions {

  /// `last_resort`: marks a KeyPackage that may be used more than once (empty body).
  public static final int LAST_RESORT = 0x000A;

  private GroupExtensions() {
  }

  /// `struct { ExtensionType extension_types<V>; ProposalType proposal_types<V>; CredentialType
  /// credential_types<V>; } RequiredCapabilities;` (RFC 9420 §11.1).
  public record RequiredCapabilities(List<Integer> extensionTypes, List<Integer> proposalTypes,
      List<Integer> credentialTypes) {
    public RequiredCapabilities {
      extensionTypes = List.copyOf(extensionTypes);
      proposalTypes = List.copyOf(proposalTypes);
      credentialTypes = List.copyOf(credentialTypes);
    }

    public static RequiredCapabilities decode(Bytes data) {
      return TlsReader.decode(data, r -> new RequiredCapabilities(r.vector(TlsReader::u16), r.vector(TlsReader::u16),
          r.vector(TlsReader::u16)));
    }

    public Extension toExtension() {
      TlsWriter w = new TlsWriter(32);
      w.vector(extensionTypes, TlsWriter::u16).vector(proposalTypes, TlsWriter::u16)
          .vector(credentialTypes, TlsWriter::u16);
      return new Extension(ExtensionType.REQUIRED_CAPABILITIES, w.toBytes());
    }
  }

  /// `struct { SignaturePublicKey signature_key; Credential credential; } ExternalSender;` (RFC 9420 §12.1.8.1).
  public record ExternalSender(Bytes signatureKey, Credential credential) {
    public ExternalSender {
      Objects.requireNonNull(signatureKey, "signatureKey");
      Objects.requireNonNull(credential, "credential");
    }

    static ExternalSender decode(TlsReader r) {
      return new ExternalSender(r.opaqueBytes(), Credential.decode(r));
    }

    void encode(TlsWriter w) {
      w.opaque(signatureKey);
      credential.encode(w);
    }
  }

  /// The body of an external_senders extension: `ExternalSender external_senders<V>;`.
  public static List<ExternalSender> decodeExternalSenders(Bytes data) {
    return TlsReader.decode(data, r -> r.vector(ExternalSender::decode));
  }

  public static Extension externalSenders(List<ExternalSender> senders) {
    TlsWriter w = new TlsWriter(128);
    w.vector(senders, (x, s) -> s.encode(x));
    return new Extension(ExtensionType.EXTERNAL_SENDERS, w.toBytes());
  }

  /// `struct { HPKEPublicKey external_pub; } ExternalPub;` (RFC 9420 §12.4.3.2).
  public static Extension externalPub(Bytes publicKey) {
    return new Extension(ExtensionType.EXTERNAL_PUB, new TlsWriter(publicKey.length() + 4).opaque(publicKey)
        .toBytes());
  }

  public static Bytes decodeExternalPub(Bytes data) {
    return TlsReader.decode(data, TlsReader::opaqueBytes);
  }

  /// `opaque application_id<V>;` (RFC 9420 §5.3.3), a leaf extension naming the client to the application.
  public static Extension applicationId(Bytes id) {
    return new Extension(ExtensionType.APPLICATION_ID, new TlsWriter(id.length() + 4).opaque(id).toBytes());
  }

  public static Bytes decodeApplicationId(Bytes data) {
    return TlsReader.decode(data, TlsReader::opaqueBytes);
  }
}
