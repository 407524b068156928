package dev.quicnprotochat.application.port.in;

import dev.quicnprotochat.domain.identity.IdentityKey;
import dev.quicnprotochat.domain.inbox.InboxEntry;
import java.util.Objects;
import java.util.List;

/// What [FetchInboxUseCase] answers.
public sealed interface FetchInboxResult
    permits FetchInboxResult.InboxPage, Unauthenticated, RateLimited {

  /// Entries of `recipient`'s inbox (the caller's) in sequence order; empty when nothing is after the cursor.
  record InboxPage(IdentityKey recipient, List<InboxEntry> entries) implements FetchInboxResult {

    public InboxPage {
      Objects.requireNonNull(recipient, "recipient");
      entries = List.copyOf(entries);
    }
  }
}
