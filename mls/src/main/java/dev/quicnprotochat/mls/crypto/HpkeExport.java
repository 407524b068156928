package dev.quicnprotochat.mls.crypto;

/// The sender's result of an HPKE export: the `kem_output` to transmit and the exported secret, which
/// `toString` never prints.
public record HpkeExport(byte[] kemOutput, byte[] secret) {

  @Override
  public String toString() {
    return "HpkeExport[kemOutput=" + java.util.HexFormat.of().formatHex(kemOutput) + ", secret=<redacted>]";
  }
}
