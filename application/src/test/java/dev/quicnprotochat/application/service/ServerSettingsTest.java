package dev.quicnprotochat.application.service;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ServerSettingsTest {

  @Test
  void withoutAnAuthTokenRegistrationIsOpen() {
    assertTrue(ServerSettings.defaults().admitsRegistration(Optional.empty()));
    assertTrue(ServerSettings.defaults().admitsRegistration(Optional.of("anything")));
  }

  @Test
  void withAnAuthTokenOnlyThatTokenAdmits() {
    ServerSettings gated = ServerSettings.defaults().withRegistrationAuthToken("open sesame");
    assertTrue(gated.admitsRegistration(Optional.of("open sesame")));
    assertFalse(gated.admitsRegistration(Optional.of("open sesame ")));
    assertFalse(gated.admitsRegistration(Optional.of("")));
    assertFalse(gated.admitsRegistration(Optional.empty()));
  }

  @Test
  void anEmptyAuthTokenIsRefusedBecauseItWouldAdmitEveryone() {
    assertThrows(IllegalArgumentException.class, () -> ServerSettings.defaults().withRegistrationAuthToken(""));
  }

  @Test
  void limitsMustBePositive() {
    assertThrows(IllegalArgumentException.class, () -> ServerSettings.defaults().withSessionLifetime(Duration.ZERO));
    assertThrows(IllegalArgumentException.class, () -> ServerSettings.defaults().withInboxDepthLimit(0));
    assertThrows(IllegalArgumentException.class, () -> ServerSettings.defaults().withMaxKeyPackages(0));
  }

  @Test
  void theAuthTokenNeverAppearsInToString() {
    String printed = ServerSettings.defaults().withRegistrationAuthToken("hunter2").toString();
    assertFalse(printed.contains("hunter2"), printed);
    assertTrue(printed.contains("registrationAuthToken=set"), printed);
  }
}
