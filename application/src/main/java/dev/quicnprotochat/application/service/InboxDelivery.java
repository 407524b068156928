package dev.quicnprotochat.application.service;

import dev.quicnprotochat.application.port.out.InboxNotifier;
import dev.quicnprotochat.application.port.out.InboxStore;
import dev.quicnprotochat.domain.identity.IdentityKey;
import dev.quicnprotochat.domain.inbox.Envelope;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/// Shared delivery steps: the inbox depth check, the durable enqueue, and the push notification after it.
@Singleton
public final class InboxDelivery {

  private static final Logger logger = LoggerFactory.getLogger(InboxDelivery.class);

  private final InboxStore inboxes;
  private final InboxNotifier notifier;
  private final ServerSettings settings;

  @Inject
  public InboxDelivery(InboxStore inboxes, InboxNotifier notifier, ServerSettings settings) {
    this.inboxes = inboxes;
    this.notifier = notifier;
    this.settings = settings;
  }

  /// The first of `recipients` whose inbox is at the depth limit. The check and the enqueue are separate steps, so
  /// concurrent senders may overshoot the limit slightly; it bounds storage, it is not an exact quota.
  public Optional<IdentityKey> fullInbox(Collection<IdentityKey> recipients) {
    return recipients.stream().filter(r -> inboxes.depth(r) >= settings.inboxDepthLimit()).findFirst();
  }

  /// Enqueues all envelopes as one unit, then notifies each recipient.
  public List<Long> enqueue(List<Envelope> envelopes) {
    List<Long> sequences = inboxes.enqueue(envelopes);
    notifyAll(envelopes, sequences);
    return sequences;
  }

  /// Notifies each envelope's recipient of its stored sequence number. A failing notifier never fails the call:
  /// the entries are durable and the client's next fetch finds them.
  public void notifyAll(List<Envelope> envelopes, List<Long> sequences) {
    for (int i = 0; i < envelopes.size(); i++) {
      try {
        notifier.notify(envelopes.get(i).recipient(), sequences.get(i));
      } catch (RuntimeException e) {
        logger.warn("push notification to {} failed; the client will find the entry on its next fetch: {}",
            envelopes.get(i).recipient(), e.toString());
      }
    }
  }
}
