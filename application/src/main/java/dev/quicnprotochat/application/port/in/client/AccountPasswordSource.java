package dev.quicnprotochat.application.port.in.client;

import dev.quicnprotochat.domain.client.AccountPassword;

/// Gives the account password only when it is needed (no valid cached session): a flag, an environment variable
/// or a prompt without echo. The caller clears the password after use.
@FunctionalInterface
public interface AccountPasswordSource {

  /// The password; throws [PasswordUnavailableException] when none can be had (no terminal to ask on).
  AccountPassword password();
}
