package dev.quicnprotochat.adapter.cli.repl;

import java.util.List;

/// The REPL's slash commands and what `/help` prints about them.
final class ReplHelp {
  /// Every slash command, for completion.
  static final List<String> COMMANDS = List.of("/dm", "/group", "/invite", "/remove", "/leave", "/update", "/join",
      "/switch", "/list", "/members", "/history", "/whoami", "/help", "/quit");

  private ReplHelp() {}

  static List<String> lines() {
    return List.of(
        "  /dm USER          open the direct chat with USER and switch to it (yourself: the notepad)",
        "  /group TITLE      create a group and switch to it",
        "  /invite USER...   add users to the current group",
        "  /remove USER      remove a member from the current group",
        "  /leave            leave the current group",
        "  /update           rotate your keys in the current group",
        "  /join             read the inbox now and join pending invitations",
        "  /switch CONV      switch to a conversation (title, title prefix or id prefix)",
        "  /list             list your conversations",
        "  /members          list the members of the current conversation",
        "  /history [N]      show the last N messages (default 20)",
        "  /whoami           show your username, server and key fingerprint",
        "  /help             show this help",
        "  /quit             leave the REPL (also Ctrl-D)",
        "  any other line    is sent to the current conversation");
  }
}
