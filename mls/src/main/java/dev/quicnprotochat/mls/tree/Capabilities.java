package dev.quicnprotochat.mls.tree;

import dev.quicnprotochat.mls.UsageException;
import dev.quicnprotochat.mls.codec.TlsReader;
import dev.quicnprotochat.mls.codec.TlsWriter;
import java.util.List;

/// What a client supports (RFC 9420 §7.2):
///
/// ```
/// struct {
///   ProtocolVersion versions<V>;
///   CipherSuite cipher_suites<V>;
///   ExtensionType extensions<V>;
///   ProposalType proposals<V>;
///   CredentialType credentials<V>;
/// } Capabilities;
/// ```
///
/// Every list keeps its order and its GREASE values (§13.5), so re-encoding gives back the signed bytes.
public record Capabilities(List<Integer> versions, List<Integer> cipherSuites, List<Integer> extensions,
    List<Integer> proposals, List<Integer> credentials) {

  public Capabilities {
    versions = checked(versions);
    cipherSuites = checked(cipherSuites);
    extensions = checked(extensions);
    proposals = checked(proposals);
    credentials = checked(credentials);
  }

  private static List<Integer> checked(List<Integer> values) {
    for (int v : values) {
      if (v < 0 || v > 0xffff) {
        throw new UsageException("capability value " + v + " is not a uint16");
      }
    }
    return List.copyOf(values);
  }

  public static Capabilities decode(TlsReader r) {
    return new Capabilities(r.vector(TlsReader::u16), r.vector(TlsReader::u16), r.vector(TlsReader::u16),
        r.vector(TlsReader::u16), r.vector(TlsReader::u16));
  }

  public void encode(TlsWriter w) {
    for (List<Integer> list : List.of(versions, cipherSuites, extensions, proposals, credentials)) {
      w.vector(list, TlsWriter::u16);
    }
  }
}
