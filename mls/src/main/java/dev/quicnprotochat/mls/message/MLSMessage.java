package dev.quicnprotochat.mls.message;

import dev.quicnprotochat.mls.ValidationCheck;
import dev.quicnprotochat.mls.ValidationException;
import dev.quicnprotochat.mls.codec.Bytes;
import dev.quicnprotochat.mls.codec.TlsReader;
import dev.quicnprotochat.mls.codec.TlsWriter;
import dev.quicnprotochat.mls.framing.PrivateMessage;
import dev.quicnprotochat.mls.framing.PublicMessage;
import dev.quicnprotochat.mls.framing.WireFormat;
import dev.quicnprotochat.mls.keypackage.KeyPackageIn;
import java.util.Objects;

/// The outermost MLS wire message (RFC 9420 §6):
///
/// ```
/// struct {
///     ProtocolVersion version = mls10;
///     WireFormat wire_format;
///     select (MLSMessage.wire_format) {
///         case mls_public_message:  PublicMessage public_message;
///         case mls_private_message: PrivateMessage private_message;
///         case mls_welcome:         Welcome welcome;
///         case mls_group_info:      GroupInfo group_info;
///         case mls_key_package:     KeyPackage key_package;
///     };
/// } MLSMessage;
/// ```
///
/// Only `mls10` is accepted: another version may frame its body differently, so it cannot be decoded.
public sealed interface MLSMessage {

  /// `ProtocolVersion mls10 = 1`.
  int MLS10 = 1;

  WireFormat wireFormat();

  void encodeBody(TlsWriter w);

  default void encode(TlsWriter w) {
    w.u16(MLS10).u16(wireFormat().code());
    encodeBody(w);
  }

  default Bytes toBytes() {
    TlsWriter w = new TlsWriter(1024);
    encode(w);
    return w.toBytes();
  }

  static MLSMessage decode(TlsReader r) {
    int version = r.u16();
    if (version != MLS10) {
      throw new ValidationException(ValidationCheck.PROTOCOL_VERSION, "MLSMessage version " + version);
    }
    return switch (WireFormat.fromCode(r.u16())) {
      case PUBLIC_MESSAGE -> new OfPublicMessage(PublicMessage.decode(r));
      case PRIVATE_MESSAGE -> new OfPrivateMessage(PrivateMessage.decode(r));
      case WELCOME -> new OfWelcome(Welcome.decode(r));
      case GROUP_INFO -> new OfGroupInfo(GroupInfo.decode(r));
      case KEY_PACKAGE -> new OfKeyPackage(KeyPackageIn.decode(r));
    };
  }

  static MLSMessage decode(Bytes bytes) {
    return TlsReader.decode(bytes, MLSMessage::decode);
  }

  record OfPublicMessage(PublicMessage message) implements MLSMessage {
    public OfPublicMessage {
      Objects.requireNonNull(message, "message");
    }

    @Override
    public WireFormat wireFormat() {
      return WireFormat.PUBLIC_MESSAGE;
    }

    @Override
    public void encodeBody(TlsWriter w) {
      message.encode(w);
    }
  }

  record OfPrivateMessage(PrivateMessage message) implements MLSMessage {
    public OfPrivateMessage {
      Objects.requireNonNull(message, "message");
    }

    @Override
    public WireFormat wireFormat() {
      return WireFormat.PRIVATE_MESSAGE;
    }

    @Override
    public void encodeBody(TlsWriter w) {
      message.encode(w);
    }
  }

  record OfWelcome(Welcome welcome) implements MLSMessage {
    public OfWelcome {
      Objects.requireNonNull(welcome, "welcome");
    }

    @Override
    public WireFormat wireFormat() {
      return WireFormat.WELCOME;
    }

    @Override
    public void encodeBody(TlsWriter w) {
      welcome.encode(w);
    }
  }

  record OfGroupInfo(GroupInfo groupInfo) implements MLSMessage {
    public OfGroupInfo {
      Objects.requireNonNull(groupInfo, "groupInfo");
    }

    @Override
    public WireFormat wireFormat() {
      return WireFormat.GROUP_INFO;
    }

    @Override
    public void encodeBody(TlsWriter w) {
      groupInfo.encode(w);
    }
  }

  record OfKeyPackage(KeyPackageIn keyPackage) implements MLSMessage {
    public OfKeyPackage {
      Objects.requireNonNull(keyPackage, "keyPackage");
    }

    @Override
    public WireFormat wireFormat() {
      return WireFormat.KEY_PACKAGE;
    }

    @Override
    public void encodeBody(TlsWriter w) {
      keyPackage.encode(w);
    }
  }
}
