package dev.quicnprotochat.application.port.in.client;

/// Fetches the inbox after the last processed entry and handles every entry: a Welcome joins its group, a commit
/// is applied, an application message is stored. Entries are acknowledged only once their effect is durable; an
/// entry that cannot be processed is reported and acknowledged, never fatal.
@FunctionalInterface
public interface ProcessInboxUseCase {

  ProcessInboxResult processInbox(ProcessInboxCommand command);
}
