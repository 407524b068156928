package dev.quicnprotochat.opaque.bench;

import dev.quicnprotochat.opaque.ClientLoginResult;
import dev.quicnprotochat.opaque.ClientLoginState;
import dev.quicnprotochat.opaque.ClientRegistrationResult;
import dev.quicnprotochat.opaque.ClientRegistrationState;
import dev.quicnprotochat.opaque.Identities;
import dev.quicnprotochat.opaque.Ksf;
import dev.quicnprotochat.opaque.OpaqueClient;
import dev.quicnprotochat.opaque.OpaqueConfig;
import dev.quicnprotochat.opaque.OpaqueRandom;
import dev.quicnprotochat.opaque.OpaqueServer;
import dev.quicnprotochat.opaque.OpaqueServerSetup;
import dev.quicnprotochat.opaque.ServerLoginState;
import dev.quicnprotochat.opaque.message.KE1;
import dev.quicnprotochat.opaque.message.KE2;
import dev.quicnprotochat.opaque.message.RegistrationRecord;
import dev.quicnprotochat.opaque.message.RegistrationRequest;
import dev.quicnprotochat.opaque.message.RegistrationResponse;
import dev.quicnprotochat.opaque.oprf.OprfSuite;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/// Cost of each side of an OPAQUE registration and login, per configuration and KSF.
///
/// - `registrationClient`: CreateRegistrationRequest + FinalizeRegistrationRequest (runs the KSF). The server
///   response is computed once; finalizing a response made for another blind costs exactly the same.
/// - `registrationServer`: CreateRegistrationResponse.
/// - `loginClientStart` + `loginClientFinish`: the client's side of a login (finish runs the KSF). The matching
///   KE2 is prepared outside the measurement.
/// - `loginServerStart`: GenerateKE2 for a registered user; `loginServerStartUnknownUser`: the fake response.
///   ServerFinish is one constant-time MAC comparison and is not measured separately.
/// - `registrationFull`, `loginFull`: both sides end to end in one thread, for a cross-check of the sums.
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class OpaqueBenchmark {

  private static final byte[] PASSWORD = "correct horse battery staple".getBytes(StandardCharsets.UTF_8);
  private static final byte[] USER = "alice".getBytes(StandardCharsets.UTF_8);

  @Param({"ristretto255-SHA512", "P256-SHA256"})
  public String suite;

  /// `argon2id` is the module default, RFC 9807's recommendation ([Ksf#argon2idRecommended()]: m = 2 GiB, t = 1,
  /// p = 4); `argon2id-64MiB` is [Ksf#argon2idMemoryConstrained()] (m = 64 MiB, t = 3, p = 4).
  @Param({"argon2id", "argon2id-64MiB", "identity"})
  public String ksf;

  private OpaqueClient client;
  private OpaqueServer server;
  private RegistrationRequest request;
  private RegistrationResponse response;
  private RegistrationRecord record;
  private KE1 ke1;
  private OpaqueConfig config;

  @Setup(Level.Trial)
  public void setUp() {
    OprfSuite s = OprfSuite.byIdentifier(suite);
    byte[] context = "bench".getBytes(StandardCharsets.UTF_8);
    Ksf k = switch (ksf) {
      case "identity" -> Ksf.identity();
      case "argon2id-64MiB" -> Ksf.argon2idMemoryConstrained();
      case "argon2id" -> Ksf.argon2idRecommended();
      default -> throw new IllegalArgumentException("unknown ksf " + ksf);
    };
    config = OpaqueConfig.of(s, k, context);
    OpaqueRandom random = OpaqueRandom.secure();
    server = new OpaqueServer(OpaqueServerSetup.generate(config, random), random);
    client = new OpaqueClient(config, random);
    ClientRegistrationState reg = client.startRegistration(PASSWORD);
    request = reg.request();
    response = server.createRegistrationResponse(request, USER);
    ClientRegistrationResult result = reg.finish(response, Identities.none());
    record = result.record();
    ke1 = client.startLogin(PASSWORD).ke1();
  }

  /// A client login state with its matching KE2, prepared outside the measured region.
  @State(Scope.Thread)
  public static class PendingLogin {
    ClientLoginState state;
    KE2 ke2;

    @Setup(Level.Invocation)
    public void prepare(OpaqueBenchmark b) {
      state = b.client.startLogin(PASSWORD);
      ke2 = b.server.startLogin(state.ke1(), USER, b.record, Identities.none()).ke2();
    }
  }

  @Benchmark
  public RegistrationRecord registrationClient() {
    ClientRegistrationState reg = client.startRegistration(PASSWORD);
    return reg.finish(response, Identities.none()).record();
  }

  @Benchmark
  public RegistrationResponse registrationServer() {
    return server.createRegistrationResponse(request, USER);
  }

  @Benchmark
  public KE1 loginClientStart() {
    return client.startLogin(PASSWORD).ke1();
  }

  @Benchmark
  public byte[] loginClientFinish(PendingLogin pending) {
    return pending.state.finish(pending.ke2, Identities.none()).sessionKey();
  }

  @Benchmark
  public ServerLoginState loginServerStart() {
    return server.startLogin(ke1, USER, record, Identities.none());
  }

  @Benchmark
  public RegistrationRecord registrationFull() {
    ClientRegistrationState reg = client.startRegistration(PASSWORD);
    RegistrationResponse resp = server.createRegistrationResponse(reg.request(), USER);
    return reg.finish(resp, Identities.none()).record();
  }

  @Benchmark
  public byte[] loginFull() {
    ClientLoginState login = client.startLogin(PASSWORD);
    ServerLoginState pending = server.startLogin(login.ke1(), USER, record, Identities.none());
    ClientLoginResult result = login.finish(pending.ke2(), Identities.none());
    return pending.finish(result.ke3());
  }

  @Benchmark
  public ServerLoginState loginServerStartUnknownUser() {
    return server.startLogin(ke1, USER, null, Identities.none());
  }
}
