package dev.quicnprotochat.adapter.quic;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quicnprotochat.adapter.quic.wire.Qpc;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import java.util.function.Consumer;
import org.capnproto.Data;
import org.capnproto.MessageBuilder;
import org.junit.jupiter.api.Test;

/// Every request, result and event struct of the schema survives encoding and decoding with its fields intact.
class WireStructsTest {
  private static final byte[] A = {1, 2, 3};
  private static final byte[] B = {4, 5};
  private static final byte[] C = {6};

  @Test
  void sessionTokenTravelsBesideEveryMethod() {
    var request = request(r -> {
      r.setSessionToken(A);
      r.initCountKeyPackages();
    });
    assertEquals(Qpc.Request.Which.COUNT_KEY_PACKAGES, request.which());
    assertArrayEquals(A, request.getSessionToken().toArray());
  }

  @Test
  void registration() {
    var start = request(r -> {
      var in = r.initStartRegistration();
      in.setUsername("alice");
      in.setRegistrationRequest(A);
      in.setServerAuthToken("code");
    }).getStartRegistration();
    assertEquals("alice", start.getUsername().toString());
    assertArrayEquals(A, start.getRegistrationRequest().toArray());
    assertEquals("code", start.getServerAuthToken().toString());
    assertArrayEquals(B, response(r -> r.initStartRegistration().setRegistrationResponse(B))
        .getStartRegistration().getRegistrationResponse().toArray());

    var finish = request(r -> {
      var in = r.initFinishRegistration();
      in.setUsername("alice");
      in.setIdentityKey(A);
      in.setRegistrationUpload(B);
      in.setIdentitySignature(C);
      in.setServerAuthToken("code");
    }).getFinishRegistration();
    assertEquals("alice", finish.getUsername().toString());
    assertArrayEquals(A, finish.getIdentityKey().toArray());
    assertArrayEquals(B, finish.getRegistrationUpload().toArray());
    assertArrayEquals(C, finish.getIdentitySignature().toArray());
    assertEquals("code", finish.getServerAuthToken().toString());
    var registered = response(r -> {
      var out = r.initFinishRegistration();
      out.setUsername("alice");
      out.setIdentityKey(A);
    }).getFinishRegistration();
    assertEquals("alice", registered.getUsername().toString());
    assertArrayEquals(A, registered.getIdentityKey().toArray());
  }

  @Test
  void login() {
    var start = request(r -> {
      var in = r.initStartLogin();
      in.setUsername("bob");
      in.setKe1(A);
    }).getStartLogin();
    assertEquals("bob", start.getUsername().toString());
    assertArrayEquals(A, start.getKe1().toArray());
    var challenge = response(r -> {
      var out = r.initStartLogin();
      out.setAttempt(B);
      out.setKe2(C);
    }).getStartLogin();
    assertArrayEquals(B, challenge.getAttempt().toArray());
    assertArrayEquals(C, challenge.getKe2().toArray());

    var finish = request(r -> {
      var in = r.initFinishLogin();
      in.setAttempt(A);
      in.setKe3(B);
    }).getFinishLogin();
    assertArrayEquals(A, finish.getAttempt().toArray());
    assertArrayEquals(B, finish.getKe3().toArray());
    var loggedIn = response(r -> {
      var out = r.initFinishLogin();
      out.setSessionToken(A);
      out.setUsername("bob");
      out.setIdentityKey(B);
      out.setExpiresAtMillis(1_780_000_000_000L);
    }).getFinishLogin();
    assertArrayEquals(A, loggedIn.getSessionToken().toArray());
    assertEquals("bob", loggedIn.getUsername().toString());
    assertArrayEquals(B, loggedIn.getIdentityKey().toArray());
    assertEquals(1_780_000_000_000L, loggedIn.getExpiresAtMillis());

    assertEquals(Qpc.Request.Which.LOGOUT, request(Qpc.Request.Builder::initLogout).which());
    assertEquals(Qpc.Response.Which.LOGOUT, response(Qpc.Response.Builder::initLogout).which());
  }

  @Test
  void keyPackages() {
    var publish = request(r -> {
      var in = r.initPublishKeyPackages();
      var list = in.initKeyPackages(2);
      list.set(0, new Data.Reader(A));
      list.set(1, new Data.Reader(B));
      in.setLastResort(C);
    }).getPublishKeyPackages();
    assertEquals(2, publish.getKeyPackages().size());
    assertArrayEquals(B, publish.getKeyPackages().get(1).toArray());
    assertArrayEquals(C, publish.getLastResort().toArray());
    var published = response(r -> {
      var count = r.initPublishKeyPackages().initCount();
      count.setAvailable(5);
      count.setHasLastResort(true);
    }).getPublishKeyPackages().getCount();
    assertEquals(5, published.getAvailable());
    assertTrue(published.getHasLastResort());

    assertArrayEquals(A, request(r -> r.initFetchKeyPackage().setOwner(A)).getFetchKeyPackage().getOwner().toArray());
    var fetched = response(r -> {
      var out = r.initFetchKeyPackage();
      out.setRef(A);
      out.setKeyPackage(B);
      out.setLastResort(true);
    }).getFetchKeyPackage();
    assertArrayEquals(A, fetched.getRef().toArray());
    assertArrayEquals(B, fetched.getKeyPackage().toArray());
    assertTrue(fetched.getLastResort());

    assertEquals(Qpc.Request.Which.COUNT_KEY_PACKAGES, request(Qpc.Request.Builder::initCountKeyPackages).which());
    var counted = response(r -> r.initCountKeyPackages().initCount().setAvailable(3)).getCountKeyPackages();
    assertEquals(3, counted.getCount().getAvailable());
    assertFalse(counted.getCount().getHasLastResort());
  }

  @Test
  void inbox() {
    var enqueue = request(r -> {
      var in = r.initEnqueueMessage();
      in.setRecipient(A);
      in.setChannelId(B);
      in.setPayload(C);
    }).getEnqueueMessage();
    assertArrayEquals(A, enqueue.getRecipient().toArray());
    assertArrayEquals(B, enqueue.getChannelId().toArray());
    assertArrayEquals(C, enqueue.getPayload().toArray());
    assertEquals(9, response(r -> r.initEnqueueMessage().setSequence(9)).getEnqueueMessage().getSequence());

    var fetch = request(r -> {
      var in = r.initFetchInbox();
      in.setAfterSequence(4);
      in.setLimit(50);
    }).getFetchInbox();
    assertEquals(4, fetch.getAfterSequence());
    assertEquals(50, fetch.getLimit());
    var page = response(r -> {
      var entries = r.initFetchInbox().initEntries(2);
      entries.get(0).setSequence(5);
      entries.get(0).setChannelId(A);
      entries.get(0).setPayload(B);
      entries.get(0).setSender(C);
      entries.get(1).setSequence(6);
    }).getFetchInbox().getEntries();
    assertEquals(2, page.size());
    assertEquals(5, page.get(0).getSequence());
    assertArrayEquals(A, page.get(0).getChannelId().toArray());
    assertArrayEquals(B, page.get(0).getPayload().toArray());
    assertArrayEquals(C, page.get(0).getSender().toArray());
    assertEquals(0, page.get(1).getSender().size(), "no sender: sealed");

    assertEquals(8, request(r -> r.initAckInbox().setUpToSequence(8)).getAckInbox().getUpToSequence());
    assertEquals(2, response(r -> r.initAckInbox().setRemoved(2)).getAckInbox().getRemoved());
  }

  @Test
  void channels() {
    assertArrayEquals(A, request(r -> r.initCreateChannel().setCredentialHash(A))
        .getCreateChannel().getCredentialHash().toArray());
    var created = response(r -> {
      var out = r.initCreateChannel();
      out.setChannelId(A);
      out.setEpoch(0);
    }).getCreateChannel();
    assertArrayEquals(A, created.getChannelId().toArray());
    assertEquals(0, created.getEpoch());

    var open = request(r -> {
      var in = r.initOpenDirectChannel();
      in.setPeer(A);
      in.setCredentialHash(B);
    }).getOpenDirectChannel();
    assertArrayEquals(A, open.getPeer().toArray());
    assertArrayEquals(B, open.getCredentialHash().toArray());
    var opened = response(r -> {
      var out = r.initOpenDirectChannel();
      out.setChannelId(A);
      out.setEpoch(3);
      out.setCreated(true);
    }).getOpenDirectChannel();
    assertArrayEquals(A, opened.getChannelId().toArray());
    assertEquals(3, opened.getEpoch());
    assertTrue(opened.getCreated());

    var send = request(r -> {
      var in = r.initSendToChannel();
      in.setChannelId(A);
      in.setPayload(B);
    }).getSendToChannel();
    assertArrayEquals(A, send.getChannelId().toArray());
    assertArrayEquals(B, send.getPayload().toArray());
    assertEquals(4, response(r -> r.initSendToChannel().setRecipients(4)).getSendToChannel().getRecipients());

    var describe = request(r -> r.initDescribeChannel().setChannelId(C)).getDescribeChannel();
    assertArrayEquals(C, describe.getChannelId().toArray());
    var described = response(r -> {
      var out = r.initDescribeChannel();
      out.setChannelId(A);
      out.setKind(Qpc.ChannelKind.DIRECT);
      out.initMembers(2).set(1, new Data.Reader(B));
      out.setEpoch(11);
    }).getDescribeChannel();
    assertArrayEquals(A, described.getChannelId().toArray());
    assertEquals(Qpc.ChannelKind.DIRECT, described.getKind());
    assertArrayEquals(B, described.getMembers().get(1).toArray());
    assertEquals(11, described.getEpoch());
  }

  @Test
  void commits() {
    var commit = request(r -> {
      var in = r.initSubmitCommit();
      in.setChannelId(A);
      in.setEpoch(2);
      in.initAdded(1).set(0, new Data.Reader(B));
      in.initRemoved(1).set(0, new Data.Reader(C));
      in.setCommit(A);
      in.setWelcome(B);
      in.setNextCredentialHash(C);
    }).getSubmitCommit();
    assertArrayEquals(A, commit.getChannelId().toArray());
    assertEquals(2, commit.getEpoch());
    assertArrayEquals(B, commit.getAdded().get(0).toArray());
    assertArrayEquals(C, commit.getRemoved().get(0).toArray());
    assertArrayEquals(A, commit.getCommit().toArray());
    assertArrayEquals(B, commit.getWelcome().toArray());
    assertArrayEquals(C, commit.getNextCredentialHash().toArray());
    assertEquals(3, response(r -> r.initSubmitCommit().setNewEpoch(3)).getSubmitCommit().getNewEpoch());
  }

  @Test
  void sealedSend() {
    var sealed = request(r -> {
      var in = r.initSendSealedMessage();
      in.setChannelId(A);
      in.setCredential(B);
      in.setPayload(C);
    }).getSendSealedMessage();
    assertArrayEquals(A, sealed.getChannelId().toArray());
    assertArrayEquals(B, sealed.getCredential().toArray());
    assertArrayEquals(C, sealed.getPayload().toArray());
    assertEquals(2, response(r -> r.initSendSealedMessage().setRecipients(2)).getSendSealedMessage().getRecipients());
  }

  @Test
  void directory() {
    assertEquals("carol", request(r -> r.initResolveUser().setUsername("carol"))
        .getResolveUser().getUsername().toString());
    var user = response(r -> {
      var out = r.initResolveUser();
      out.setUsername("carol");
      out.setIdentityKey(A);
    }).getResolveUser();
    assertEquals("carol", user.getUsername().toString());
    assertArrayEquals(A, user.getIdentityKey().toArray());

    assertArrayEquals(B, request(r -> r.initResolveIdentity().setIdentityKey(B))
        .getResolveIdentity().getIdentityKey().toArray());
    var identity = response(r -> {
      var out = r.initResolveIdentity();
      out.setUsername("carol");
      out.setIdentityKey(B);
    }).getResolveIdentity();
    assertEquals("carol", identity.getUsername().toString());
    assertArrayEquals(B, identity.getIdentityKey().toArray());
  }

  @Test
  void subscriptionAndPushEvents() {
    assertEquals(Qpc.Request.Which.SUBSCRIBE, request(Qpc.Request.Builder::initSubscribe).which());
    assertEquals(20_000, response(r -> r.initSubscribe().setHeartbeatMillis(20_000))
        .getSubscribe().getHeartbeatMillis());

    MessageBuilder event = Frames.newMessage();
    event.initRoot(Qpc.PushEvent.factory).setInboxSequence(77);
    var decoded = roundTrip(event).getRoot(Qpc.PushEvent.factory);
    assertEquals(Qpc.PushEvent.Which.INBOX_SEQUENCE, decoded.which());
    assertEquals(77, decoded.getInboxSequence());

    MessageBuilder heartbeat = Frames.newMessage();
    heartbeat.initRoot(Qpc.PushEvent.factory).setHeartbeat(org.capnproto.Void.VOID);
    assertEquals(Qpc.PushEvent.Which.HEARTBEAT, roundTrip(heartbeat).getRoot(Qpc.PushEvent.factory).which());
  }

  @Test
  void framesBackToBackAreSplitByTheirLength() {
    MessageBuilder first = Frames.newMessage();
    first.initRoot(Qpc.PushEvent.factory).setInboxSequence(1);
    MessageBuilder second = Frames.newMessage();
    second.initRoot(Qpc.PushEvent.factory).setInboxSequence(2);
    ByteBuf both = ByteBufAllocator.DEFAULT.buffer();
    try {
      ByteBuf a = Frames.encode(first, ByteBufAllocator.DEFAULT);
      ByteBuf b = Frames.encode(second, ByteBufAllocator.DEFAULT);
      int firstLength = a.readableBytes();
      both.writeBytes(a);
      both.writeBytes(b, 0, 4); // only the start of the second frame has arrived
      a.release();
      assertEquals(firstLength, Frames.frameLength(both, 1 << 20));
      both.skipBytes(firstLength);
      assertEquals(-1, Frames.frameLength(both, 1 << 20), "incomplete frame");
      both.writeBytes(b, 4, b.readableBytes() - 4);
      b.release();
      assertEquals(both.readableBytes(), Frames.frameLength(both, 1 << 20));
      assertEquals(2, Frames.decode(both, 1 << 20).getRoot(Qpc.PushEvent.factory).getInboxSequence());
    } finally {
      both.release();
    }
  }

  @Test
  void errorCarriesTheEpoch() {
    var error = response(r -> {
      var out = r.initError();
      out.setCode((short) Qpc.ErrorCode.STALE_EPOCH.ordinal());
      out.setMessage("behind");
      out.setCurrentEpoch(5);
    }).getError();
    assertEquals(Qpc.ErrorCode.STALE_EPOCH.ordinal(), error.getCode());
    assertEquals(5, error.getCurrentEpoch());
  }

  private static Qpc.Request.Reader request(Consumer<Qpc.Request.Builder> fill) {
    MessageBuilder message = Frames.newMessage();
    fill.accept(message.initRoot(Qpc.Request.factory));
    return roundTrip(message).getRoot(Qpc.Request.factory);
  }

  private static Qpc.Response.Reader response(Consumer<Qpc.Response.Builder> fill) {
    MessageBuilder message = Frames.newMessage();
    fill.accept(message.initRoot(Qpc.Response.factory));
    return roundTrip(message).getRoot(Qpc.Response.factory);
  }

  private static org.capnproto.MessageReader roundTrip(MessageBuilder message) {
    ByteBuf bytes = Frames.encode(message, ByteBufAllocator.DEFAULT);
    try {
      return Frames.decode(bytes, 1 << 20);
    } finally {
      bytes.release();
    }
  }
}
