package dev.quicnprotochat.domain.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class UsernameTest {

  @Test
  void caseIsFoldedSoSpellingsAreTheSameUser() {
    assertEquals(Username.of("alice"), Username.of("AlIcE"));
    assertEquals("alice", Username.of("ALICE").value());
  }

  @ParameterizedTest
  @ValueSource(strings = {"abc", "a.b", "user_1", "x-y-z", "0123456789abcdefghijklmnopqrstuv"})
  void acceptsAllowedNames(String name) {
    assertEquals(name, Username.of(name).value());
  }

  @ParameterizedTest
  @ValueSource(strings = {"ab", "", "0123456789abcdefghijklmnopqrstuvw"})
  void refusesWrongLengthWithAClearMessage(String name) {
    InvalidUsernameException e = assertThrows(InvalidUsernameException.class, () -> Username.of(name));
    assertTrue(e.getMessage().contains("3 to 32 characters"), e.getMessage());
  }

  @ParameterizedTest
  @ValueSource(strings = {"al ice", "alice!", "ålice", "bob@host", "a/b/c"})
  void refusesCharactersOutsideTheAllowedSet(String name) {
    InvalidUsernameException e = assertThrows(InvalidUsernameException.class, () -> Username.of(name));
    assertTrue(e.getMessage().contains("may only contain"), e.getMessage());
  }

  @Test
  void refusesNull() {
    assertThrows(NullPointerException.class, () -> Username.of(null));
  }
}
