package dev.quicnprotochat.application.service;

import static dev.quicnprotochat.application.testing.ServerTestData.aPayload;
import static dev.quicnprotochat.application.testing.ServerTestData.anIdentityKey;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import dev.quicnprotochat.application.port.in.Caller;
import dev.quicnprotochat.application.port.in.SubmitCommitCommand;
import dev.quicnprotochat.application.port.in.SubmitCommitResult;
import dev.quicnprotochat.application.port.out.ChannelCredentialStore;
import dev.quicnprotochat.application.port.out.ChannelStore;
import dev.quicnprotochat.application.port.out.InboxNotifier;
import dev.quicnprotochat.application.port.out.InboxStore;
import dev.quicnprotochat.application.port.out.UserStore;
import dev.quicnprotochat.application.testing.ServerTestData;
import dev.quicnprotochat.domain.channel.Channel;
import dev.quicnprotochat.domain.channel.ChannelCredential;
import dev.quicnprotochat.domain.channel.ChannelKind;
import dev.quicnprotochat.domain.channel.Epoch;
import dev.quicnprotochat.domain.channel.MembershipChange;
import dev.quicnprotochat.domain.identity.IdentityKey;
import dev.quicnprotochat.domain.identity.Username;
import dev.quicnprotochat.domain.session.SessionToken;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/// The race the store decides: the service read epoch 3, but another commit won epoch 3 before this one reached the
/// store. Mocked ports make the interleaving exact.
class SubmitCommitRaceTest {

  private final IdentityKey alice = anIdentityKey();
  private final IdentityKey bob = anIdentityKey();
  private final SessionToken token = ServerTestData.aSessionToken();
  private final ChannelStore channels = mock(ChannelStore.class);
  private final ChannelCredentialStore credentials = mock(ChannelCredentialStore.class);
  private final InboxNotifier notifier = mock(InboxNotifier.class);
  private final InboxStore inboxes = mock(InboxStore.class);
  private final SessionGuard guard = mock(SessionGuard.class);
  private final SubmitCommitService service = new SubmitCommitService(guard, mock(UserStore.class), channels,
      credentials, new InboxDelivery(inboxes, notifier, ServerSettings.defaults()));

  @Test
  void losingTheCompareAndSetIsStaleEpochWithNoSideEffects() {
    Channel channel =
        new Channel(ServerTestData.aGroupChannelId(), ChannelKind.GROUP, Set.of(alice, bob), new Epoch(3));
    when(guard.admit(Optional.of(token))).thenReturn(new Caller(Username.of("alice"), alice, token.hash()));
    when(channels.find(channel.id())).thenReturn(Optional.of(channel));
    when(channels.commit(any())).thenReturn(new ChannelStore.CommitOutcome.StaleEpoch(new Epoch(4)));

    SubmitCommitResult result = service.submitCommit(new SubmitCommitCommand(Optional.of(token), channel.id(),
        new Epoch(3), MembershipChange.NONE, aPayload("commit"), Optional.empty(),
        Optional.of(ChannelCredential.of(ServerTestData.randomBytes(32)).hash())));

    assertEquals(new SubmitCommitResult.StaleEpoch(new Epoch(4)), result);
    verifyNoInteractions(notifier, credentials, inboxes);
  }
}
