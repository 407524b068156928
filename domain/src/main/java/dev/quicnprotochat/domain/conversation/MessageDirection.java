package dev.quicnprotochat.domain.conversation;

/// Whether the local user sent a message or received it.
public enum MessageDirection {
  INCOMING,
  OUTGOING
}
