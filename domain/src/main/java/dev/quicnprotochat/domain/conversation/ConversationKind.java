package dev.quicnprotochat.domain.conversation;

/// What a conversation is: a DM, an MLS group, or the local notepad (messages to oneself, stored and never sent;
/// DESIGN.md §5).
public enum ConversationKind {
  DIRECT,
  GROUP,
  NOTEPAD
}
