package dev.quicnprotochat.domain.channel;

/// What a channel is for; a direct channel's membership is fixed to its two identities.
public enum ChannelKind {
  GROUP,
  DIRECT
}
