package dev.quicnprotochat.application.port.in;

import dev.quicnprotochat.domain.inbox.InboxEntry;
import java.util.List;

/// What [FetchInboxUseCase] answers.
public sealed interface FetchInboxResult
    permits FetchInboxResult.InboxPage, Unauthenticated, RateLimited {

  /// Entries in sequence order; empty when nothing is after the cursor.
  record InboxPage(List<InboxEntry> entries) implements FetchInboxResult {

    public InboxPage {
      entries = List.copyOf(entries);
    }
  }
}
