package dev.quicnprotochat.mls.group;

import dev.quicnprotochat.mls.codec.Bytes;
import dev.quicnprotochat.mls.crypto.CipherSuite;
import dev.quicnprotochat.mls.framing.AuthenticatedContent;
import dev.quicnprotochat.mls.framing.FramedContent;
import dev.quicnprotochat.mls.framing.FramedContentAuthData;
import dev.quicnprotochat.mls.framing.PrivateMessage;
import dev.quicnprotochat.mls.framing.PublicMessage;
import dev.quicnprotochat.mls.framing.WireFormat;
import dev.quicnprotochat.mls.message.MLSMessage;
import dev.quicnprotochat.mls.secrettree.SecretTree;
import java.util.Optional;

/// Signs and frames this member's outgoing content (RFC 9420 §6.1–§6.3).
final class Framer {

  private Framer() {
  }

  static WireFormat handshakeWireFormat(GroupConfig config) {
    return config.handshakeWireFormat() == WireFormatPolicy.PUBLIC ? WireFormat.PUBLIC_MESSAGE
        : WireFormat.PRIVATE_MESSAGE;
  }

  /// A signed (non-commit) content for `wire`.
  static AuthenticatedContent sign(GroupState state, WireFormat wire, FramedContent content) {
    return AuthenticatedContent.sign(state.suite(), wire, content, state.current().context(), state.signer(),
        Optional.empty());
  }

  static AuthenticatedContent withTag(WireFormat wire, FramedContent content, Bytes signature, byte[] tag) {
    return new AuthenticatedContent(wire, content, new FramedContentAuthData(signature, Optional.of(Bytes.wrap(tag))));
  }

  /// The framed message, and the current epoch with its secret tree advanced when a PrivateMessage was made.
  record Framed(MLSMessage message, EpochState epoch) {
  }

  static Framed frame(GroupState state, AuthenticatedContent ac, GroupConfig config) {
    CipherSuite suite = state.suite();
    EpochState ep = state.current();
    if (ac.wireFormat() == WireFormat.PUBLIC_MESSAGE) {
      return new Framed(new MLSMessage.OfPublicMessage(PublicMessage.protect(suite, ac, ep.context(),
          ep.keys().membership())), ep);
    }
    SecretTree st = ep.secretTree().copy();
    PrivateMessage pm = PrivateMessage.protect(suite, ac, st, ep.keys().senderData(), config.paddingBlock(),
        config.random());
    return new Framed(new MLSMessage.OfPrivateMessage(pm), ep.withSecretTree(st));
  }
}
