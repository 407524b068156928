package dev.quicnprotochat.application.testing.client;

import dev.quicnprotochat.application.port.out.client.PasswordAuthenticator;
import dev.quicnprotochat.domain.client.AccountPassword;
import dev.quicnprotochat.mls.codec.Bytes;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

/// A stand-in for the OPAQUE client: registration turns the server's response into `upload:<response>`, and a
/// login's KE2 authenticates only when the attempt's password is the account's (as OPAQUE's envelope recovery
/// fails for a wrong password, RFC 9807 §6.4.3).
public final class FakePasswordAuthenticator implements PasswordAuthenticator {

  public static final Bytes KE1 = ascii("ke1");
  public static final Bytes KE3 = ascii("ke3");

  private final byte[] accountPassword;

  public FakePasswordAuthenticator(String accountPassword) {
    this.accountPassword = accountPassword.getBytes(StandardCharsets.UTF_8);
  }

  public static AccountPassword password(String text) {
    return AccountPassword.of(text.getBytes(StandardCharsets.UTF_8));
  }

  @Override
  public RegistrationAttempt startRegistration(AccountPassword password) {
    return new RegistrationAttempt() {
      @Override
      public Bytes request() {
        return ascii("registration request");
      }

      @Override
      public Bytes finish(Bytes registrationResponse) {
        return ascii("upload:").concat(registrationResponse);
      }
    };
  }

  @Override
  public LoginAttempt startLogin(AccountPassword password) {
    boolean right = Arrays.equals(password.utf8(), accountPassword);
    return new LoginAttempt() {
      @Override
      public Bytes ke1() {
        return KE1;
      }

      @Override
      public Optional<Bytes> finish(Bytes ke2) {
        return right ? Optional.of(KE3) : Optional.empty();
      }
    };
  }

  private static Bytes ascii(String text) {
    return Bytes.wrap(text.getBytes(StandardCharsets.US_ASCII));
  }
}
