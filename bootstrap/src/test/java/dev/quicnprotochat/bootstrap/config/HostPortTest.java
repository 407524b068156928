package dev.quicnprotochat.bootstrap.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class HostPortTest {
  @Test
  void parsesNamesAddressesAndBracketedIpv6() {
    assertEquals(new HostPort("chat.example.org", 7000), HostPort.parse("chat.example.org:7000", "x"));
    assertEquals(new HostPort("::1", 7000), HostPort.parse("[::1]:7000", "x"));
    assertEquals("[::1]:7000", HostPort.parse("[::1]:7000", "x").toString());
  }

  @Test
  void refusesWhatIsNotHostColonPort() {
    assertEquals("--server must be HOST:PORT (e.g. 127.0.0.1:7000), got 'host'",
        assertThrows(ConfigException.class, () -> HostPort.parse("host", "--server")).getMessage());
    assertThrows(ConfigException.class, () -> HostPort.parse("host:", "--server"));
    assertThrows(ConfigException.class, () -> HostPort.parse("host:http", "--server"));
    assertThrows(ConfigException.class, () -> HostPort.parse("host:70000", "--server"));
    assertThrows(ConfigException.class, () -> HostPort.parse("::1:7000", "--server"));
  }
}
