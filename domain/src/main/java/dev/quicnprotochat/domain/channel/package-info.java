/// Channels (groups and direct channels) with their members and epoch, the membership rules of commits, and the
/// per-epoch sealed-sender credential.
package dev.quicnprotochat.domain.channel;
