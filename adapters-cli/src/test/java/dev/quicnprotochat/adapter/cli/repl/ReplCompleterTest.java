package dev.quicnprotochat.adapter.cli.repl;

import static dev.quicnprotochat.adapter.cli.TestData.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.when;

import dev.quicnprotochat.adapter.cli.CliHarness;
import dev.quicnprotochat.adapter.cli.display.PrintWriterDisplay;
import dev.quicnprotochat.adapter.cli.session.ClientSession;
import dev.quicnprotochat.application.port.in.client.ListMembersResult;
import dev.quicnprotochat.domain.channel.Epoch;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReplCompleterTest {
  private final CliHarness cli = new CliHarness();
  private final ClientSession session = new ClientSession(cli.profile, () -> {
    throw new AssertionError();
  }, new PrintWriterDisplay(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter())));
  private final ReplCompleter completer = new ReplCompleter(session);

  @Test
  void theFirstWordCompletesToSlashCommands() {
    List<String> commands = completer.candidates(List.of("/in"), 0);
    assertTrue(commands.containsAll(List.of("/invite", "/dm", "/group", "/switch", "/quit")), commands.toString());
  }

  @Test
  void switchCompletesConversationTitles() {
    when(cli.listConversations.listConversations()).thenReturn(List.of(TEAM, BOB_DM));
    assertEquals(List.of("team", "bob"), completer.candidates(List.of("/switch", ""), 1));
  }

  @Test
  void userCommandsCompleteMembersOfKnownGroupsAndContactsMet() {
    when(cli.listMembers.listMembers(any())).thenReturn(new ListMembersResult.Members(TEAM_ID, new Epoch(1),
        List.of(new ListMembersResult.Member("you", ALICE_KEY, true),
            new ListMembersResult.Member("carol", CAROL_KEY, false))));
    session.members(TEAM_ID);
    session.rememberUser("bob");
    assertEquals(List.of("bob", "carol"), completer.candidates(List.of("/invite", ""), 1));
    assertEquals(List.of("bob", "carol"), completer.candidates(List.of("/dm", "b"), 1));
    assertEquals(List.of(), completer.candidates(List.of("/history", ""), 1));
  }
}
