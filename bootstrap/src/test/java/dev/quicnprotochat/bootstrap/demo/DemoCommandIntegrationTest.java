package dev.quicnprotochat.bootstrap.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quicnprotochat.bootstrap.ClientMain;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/// `quicnprotochat demo` is the README's main command: it must run to the end and show each promised outcome.
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class DemoCommandIntegrationTest {

  @TempDir
  Path dir;

  @Test
  void theDemoFormsAGroupDeliversByPushAndLocksOutTheRemovedMember() throws IOException {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    Path data = dir.resolve("server");
    int exit = ClientMain.run(new String[] {"demo", "--data-dir", data.toString()}, new PrintWriter(out, true),
        new PrintWriter(err, true));
    String shown = out.toString();
    assertEquals(0, exit, () -> shown + err);
    for (String user : List.of("bob", "carol")) {
      assertTrue(shown.contains("[" + user + "] was pushed a Welcome, joined at epoch 1 (members: alice, bob, carol)"),
          shown);
      assertTrue(shown.contains("[" + user + "] push -> fetched -> decrypted \"hello bob and carol\" from alice"),
          shown);
    }
    assertTrue(shown.contains("all 3 members agree on epoch 2"), shown);
    assertTrue(shown.contains("[carol] processed the commit: removed from the group"), shown);
    assertTrue(shown.contains("fanned out to 1 inbox(es)"), "after the removal only bob receives: " + shown);
    assertTrue(shown.contains("[bob] push -> fetched -> decrypted \"carol cannot read this\""), shown);
    assertTrue(shown.contains("[carol] was handed that ciphertext anyway and cannot decrypt it"), shown);

    // the server stored ciphertext only: no message text anywhere in its data directory
    for (String text : List.of("hello bob and carol", "hi alice, hi carol", "carol cannot read this")) {
      byte[] needle = text.getBytes(StandardCharsets.UTF_8);
      try (Stream<Path> files = Files.walk(data)) {
        for (Path file : files.filter(Files::isRegularFile).toList()) {
          assertTrue(indexOf(Files.readAllBytes(file), needle) < 0, text + " in " + file);
        }
      }
    }
  }

  private static int indexOf(byte[] haystack, byte[] needle) {
    outer:
    for (int i = 0; i + needle.length <= haystack.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (haystack[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }
}
