package dev.quicnprotochat.opaque.testing;

import dev.quicnprotochat.opaque.OpaqueRandom;
import java.io.ByteArrayOutputStream;

/// An [OpaqueRandom] that serves a fixed byte stream, like facebook/opaque-ke's mock RNG, so that blinds, nonces
/// and seeds from a test vector are drawn exactly. Drawing past the end fails the test.
public final class FixedRandom implements OpaqueRandom {

  private final byte[] stream;
  private int position;

  private FixedRandom(byte[] stream) {
    this.stream = stream;
  }

  public static FixedRandom of(byte[]... chunks) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] c : chunks) {
      out.writeBytes(c);
    }
    return new FixedRandom(out.toByteArray());
  }

  @Override
  public void nextBytes(byte[] out) {
    if (position + out.length > stream.length) {
      throw new AssertionError("fixed random stream exhausted");
    }
    System.arraycopy(stream, position, out, 0, out.length);
    position += out.length;
  }

  /// True once every byte has been drawn; vector tests assert it so that no input goes unused.
  public boolean exhausted() {
    return position == stream.length;
  }

  @Override
  public String toString() {
    return "FixedRandom[" + position + "/" + stream.length + "]";
  }
}
