package dev.quicnprotochat.mls.message;

import dev.quicnprotochat.mls.CodecException;
import dev.quicnprotochat.mls.ValidationCheck;
import dev.quicnprotochat.mls.ValidationException;
import dev.quicnprotochat.mls.codec.Bytes;
import dev.quicnprotochat.mls.codec.TlsReader;
import dev.quicnprotochat.mls.codec.TlsWriter;
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

  int MLS10 = 1;
  int PUBLIC_MESSAGE = 1;
  int PRIVATE_MESSAGE = 2;
  int WELCOME = 3;
  int GROUP_INFO = 4;
  int KEY_PACKAGE = 5;

  int wireFormat();

  void encodeBody(TlsWriter w);

  default void encode(TlsWriter w) {
    w.u16(MLS10).u16(wireFormat());
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
    int wireFormat = r.u16();
    return switch (wireFormat) {
      case WELCOME -> new OfWelcome(Welcome.decode(r));
      case GROUP_INFO -> new OfGroupInfo(GroupInfo.decode(r));
      case KEY_PACKAGE -> new OfKeyPackage(KeyPackageIn.decode(r));
      default -> throw new CodecException("unsupported wire format " + wireFormat);
    };
  }

  static MLSMessage decode(Bytes bytes) {
    return TlsReader.decode(bytes, MLSMessage::decode);
  }

  record OfWelcome(Welcome welcome) implements MLSMessage {
    public OfWelcome {
      Objects.requireNonNull(welcome, "welcome");
    }

    @Override
    public int wireFormat() {
      return WELCOME;
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
    public int wireFormat() {
      return GROUP_INFO;
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
    public int wireFormat() {
      return KEY_PACKAGE;
    }

    @Override
    public void encodeBody(TlsWriter w) {
      keyPackage.encode(w);
    }
  }
}
