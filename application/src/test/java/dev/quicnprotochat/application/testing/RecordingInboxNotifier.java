package dev.quicnprotochat.application.testing;

import dev.quicnprotochat.application.port.out.InboxNotifier;
import dev.quicnprotochat.domain.identity.IdentityKey;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/// [InboxNotifier] that remembers every notification, for asserting push behaviour.
public final class RecordingInboxNotifier implements InboxNotifier {

  /// One notification.
  public record Notification(IdentityKey recipient, long sequence) {}

  private final List<Notification> notifications = new CopyOnWriteArrayList<>();

  @Override
  public void notify(IdentityKey recipient, long sequence) {
    notifications.add(new Notification(recipient, sequence));
  }

  public List<Notification> notifications() {
    return List.copyOf(notifications);
  }

  public List<Long> sequencesFor(IdentityKey recipient) {
    return notifications.stream().filter(n -> n.recipient().equals(recipient)).map(Notification::sequence).toList();
  }
}
