/// Inbox entries and the envelopes that become them.
package dev.quicnprotochat.domain.inbox;
