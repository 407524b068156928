package dev.quicnprotochat.adapter.persistence.file.state;

/// Argon2id cost parameters (RFC 9106 §3.1) for deriving a state directory's key from its password.
///
/// They are written into the key file and into every sealed file's header, so a state directory keeps opening with
/// the cost it was created with after the defaults change. The bounds also guard parsing: a damaged header cannot
/// ask for more than 4 GiB or 64 lanes.
public record StateKdfParameters(int memoryKib, int iterations, int parallelism) {

  /// RFC 9106 §4, second recommended option: 64 MiB of memory, t=3 passes, p=4 lanes. Derived once per open.
  public static final StateKdfParameters DEFAULT = new StateKdfParameters(64 * 1024, 3, 4);

  public static final int MAX_MEMORY_KIB = 4 * 1024 * 1024;
  public static final int MAX_ITERATIONS = 100;
  public static final int MAX_PARALLELISM = 64;

  public StateKdfParameters {
    if (parallelism < 1 || parallelism > MAX_PARALLELISM) {
      throw new IllegalArgumentException("Argon2id parallelism must be between 1 and " + MAX_PARALLELISM);
    }
    // RFC 9106 §3.1: m is at least 8*p KiB
    if (memoryKib < 8 * parallelism || memoryKib > MAX_MEMORY_KIB) {
      throw new IllegalArgumentException("Argon2id memory must be between 8*parallelism KiB and 4 GiB");
    }
    if (iterations < 1 || iterations > MAX_ITERATIONS) {
      throw new IllegalArgumentException("Argon2id iterations must be between 1 and " + MAX_ITERATIONS);
    }
  }
}
