package dev.quicnprotochat.domain.identity;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/// A registered user's name: 3 to 32 characters of `[a-z0-9_.-]`, case-folded on construction.
///
/// Case folding happens before validation, so `Alice` and `alice` are the same user. Anything else is refused with
/// an [InvalidUsernameException] whose message can be shown to a user as is.
public record Username(String value) implements Comparable<Username> {

  public static final int MIN_LENGTH = 3;
  public static final int MAX_LENGTH = 32;

  private static final Pattern ALLOWED = Pattern.compile("[a-z0-9_.-]+");

  public Username {
    Objects.requireNonNull(value, "username");
    value = value.toLowerCase(Locale.ROOT);
    if (value.length() < MIN_LENGTH || value.length() > MAX_LENGTH) {
      throw new InvalidUsernameException(
          "a username has " + MIN_LENGTH + " to " + MAX_LENGTH + " characters, got " + value.length());
    }
    if (!ALLOWED.matcher(value).matches()) {
      throw new InvalidUsernameException("a username may only contain a-z, 0-9, '_', '.' and '-'");
    }
  }

  public static Username of(String value) {
    return new Username(value);
  }

  @Override
  public int compareTo(Username other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
