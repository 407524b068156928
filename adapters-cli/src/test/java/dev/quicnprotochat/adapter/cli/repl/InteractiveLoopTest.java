package dev.quicnprotochat.adapter.cli.repl;

import static dev.quicnprotochat.adapter.cli.TestData.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.atLeastOnce;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import dev.quicnprotochat.adapter.cli.CliHarness;
import dev.quicnprotochat.adapter.cli.ProfileOptions;
import dev.quicnprotochat.adapter.cli.display.Display;
import dev.quicnprotochat.adapter.cli.session.ClientSession;
import dev.quicnprotochat.application.port.in.client.FindConversationResult;
import dev.quicnprotochat.application.port.in.client.SendMessageCommand;
import dev.quicnprotochat.application.port.in.client.SendMessageResult;
import dev.quicnprotochat.domain.clientstate.ServerAddress;
import dev.quicnprotochat.domain.conversation.MessageBody;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.jline.terminal.Terminal;
import org.jline.terminal.impl.ExternalTerminal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.mockito.ArgumentCaptor;

/// The JLine REPL on an emulated terminal over pipes: history only through the sealed store, lines printed above the
/// prompt leave the typed line intact.
@Timeout(30)
class InteractiveLoopTest {
  private final CliHarness cli = new CliHarness();
  private final List<String> plainLines = Collections.synchronizedList(new ArrayList<>());
  private final Display plain = new Display() {
    @Override
    public void line(String text) {
      plainLines.add(text);
    }

    @Override
    public void error(String text) {
      plainLines.add("error: " + text);
    }
  };
  private final SwitchableDisplay display = new SwitchableDisplay(plain);
  private final PromptWatchingStream output = new PromptWatchingStream();
  private final PipedOutputStream keyboard = new PipedOutputStream();
  private final PipedInputStream input;

  InteractiveLoopTest() throws IOException {
    input = new PipedInputStream(keyboard, 4096);
    when(cli.profile.options()).thenReturn(new ProfileOptions(new ServerAddress("127.0.0.1", 7000), ALICE,
        Path.of("/nonexistent"), Optional.empty(), Optional.empty(), Optional.empty()));
  }

  private SealedHistory runLoop(Repl repl) throws IOException {
    // a terminal emulated over the pipes (TerminalBuilder would open a pty of its own for streams)
    try (Terminal terminal = new ExternalTerminal("test", "xterm-256color", input, output, StandardCharsets.UTF_8)) {
      ClientSession session = new ClientSession(cli.profile, () -> {
        throw new AssertionError("no password needed");
      }, display);
      return InteractiveLoop.run(session, repl, display, plain, terminal);
    }
  }

  private Repl repl() {
    ClientSession session = new ClientSession(cli.profile, () -> {
      throw new AssertionError("no password needed");
    }, display);
    return new Repl(session);
  }

  @Test
  void historyIsLoadedFromAndSavedToTheSealedStoreOnly() throws Exception {
    when(cli.commandHistory.load()).thenReturn(List.of("/whoami"));
    keyboard.write("/list\n/help\n".getBytes(StandardCharsets.UTF_8));
    keyboard.close();

    SealedHistory history = runLoop(repl());

    ArgumentCaptor<List<String>> saved = ArgumentCaptor.captor();
    verify(cli.commandHistory, atLeastOnce()).save(saved.capture());
    assertEquals(List.of("/whoami", "/list", "/help"), saved.getValue());
    assertThrows(IOException.class, () -> history.write(Path.of("history"), false));
    assertThrows(IOException.class, () -> history.append(Path.of("history"), false));
    String screen = output.toString(StandardCharsets.UTF_8);
    assertTrue(screen.contains("* no conversations yet"), screen);
    assertTrue(screen.contains("/switch CONV"), screen);
  }

  @Test
  void aLinePrintedWhileTypingLeavesTheTypedTextIntact() throws Exception {
    when(cli.commandHistory.load()).thenReturn(List.of());
    when(cli.findConversation.findConversation(any())).thenReturn(new FindConversationResult.Found(TEAM));
    when(cli.sendMessage.send(any())).thenReturn(new SendMessageResult.Sent(incoming(TEAM, 1, "alice", "x"), 1));
    Repl repl = repl();
    repl.focus(TEAM);
    var typed = new java.util.concurrent.CompletableFuture<Void>();
    Thread typist = Thread.ofVirtual().start(() -> {
      try {
        output.awaitPrompt();
        keyboard.write("hel".getBytes(StandardCharsets.UTF_8));
        keyboard.flush();
        display.line("[team] bob: are you there?");
        keyboard.write("lo\n".getBytes(StandardCharsets.UTF_8));
        keyboard.close();
        typed.complete(null);
      } catch (Throwable e) {
        typed.completeExceptionally(e);
      }
    });

    runLoop(repl);
    typist.join();
    typed.get();

    verify(cli.sendMessage).send(new SendMessageCommand(TEAM.id(), ALICE, new MessageBody("hello")));
    String screen = output.toString(StandardCharsets.UTF_8);
    assertTrue(screen.contains("[team] bob: are you there?"), screen);
    assertTrue(screen.contains("team> "), screen);
    assertTrue(plainLines.isEmpty(), "printed above the prompt, not on plain stdout: " + plainLines);
  }

  /// Terminal output that tells when the first prompt was drawn.
  static final class PromptWatchingStream extends ByteArrayOutputStream {
    private final CountDownLatch prompted = new CountDownLatch(1);

    @Override
    public synchronized void write(byte[] b, int off, int len) {
      super.write(b, off, len);
      if (toString(StandardCharsets.UTF_8).contains("> ")) {
        prompted.countDown();
      }
    }

    @Override
    public synchronized void write(int b) {
      super.write(b);
      if (toString(StandardCharsets.UTF_8).contains("> ")) {
        prompted.countDown();
      }
    }

    void awaitPrompt() throws InterruptedException {
      assertTrue(prompted.await(20, TimeUnit.SECONDS), "no prompt drawn");
    }
  }
}
