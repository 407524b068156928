package dev.quicnprotochat.application.port.out.client;

import dev.quicnprotochat.domain.channel.ChannelId;
import dev.quicnprotochat.domain.channel.Epoch;
import dev.quicnprotochat.domain.clientstate.IdentityKeyPair;
import dev.quicnprotochat.domain.clientstate.KeyPackageSecret;
import dev.quicnprotochat.domain.clientstate.SerializedGroupState;
import dev.quicnprotochat.domain.identity.IdentityKey;
import dev.quicnprotochat.domain.keypackage.KeyPackageRef;
import dev.quicnprotochat.mls.codec.Bytes;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/// The MLS group engine (RFC 9420) as the client's use cases see it: pure functions over serialised group states.
/// Every operation takes a state and returns the next one; nothing is stored here, so the caller decides when a
/// state becomes durable (after the server accepted a commit, before a message is sent). Members are named by their
/// identity key, which is their leaf's signature key (DESIGN.md §3). Implemented in bootstrap over `mls/`'s
/// `MlsGroup` with a fixed cipher suite and `GroupConfig`.
///
/// Invalid caller input (a state or key package that does not parse, an identity not in the group) throws
/// [GroupEngineException]; a peer's message that cannot be processed is an [IncomingOutcome.Rejected] instead.
public interface GroupEngine {

  /// A fresh key package for `identity` and its private keys (RFC 9420 §10); `lastResort` adds the last_resort
  /// extension (RFC 9420 §16.8).
  GeneratedKeyPackage createKeyPackage(IdentityKeyPair identity, boolean lastResort);

  /// A new group with `identity` as its only member at epoch 0 (RFC 9420 §11); its group_id is `groupId`. A
  /// `title` travels to every member who joins inside the encrypted group state (the server never sees it); direct
  /// chats have none.
  SerializedGroupState createGroup(ChannelId groupId, IdentityKeyPair identity, Optional<String> title);

  /// What an inbox payload is, by its MLSMessage wire format (RFC 9420 §6); never throws.
  PayloadKind classify(Bytes payload);

  /// The KeyPackageRefs a Welcome has GroupSecrets for (RFC 9420 §12.4.3.1 `new_member`).
  List<KeyPackageRef> welcomeRefs(Bytes welcome);

  /// Joins from `welcome` with the private keys of the key package it names (RFC 9420 §12.4.3.1).
  JoinedGroup join(Bytes welcome, KeyPackageSecret secret, IdentityKeyPair identity);

  /// A commit adding the members of `keyPackages` (MLSMessage-encoded KeyPackages), with their Welcome.
  StagedCommit commitAdd(SerializedGroupState state, List<Bytes> keyPackages);

  /// A commit removing `members` (RFC 9420 §12.1.3).
  StagedCommit commitRemove(SerializedGroupState state, Set<IdentityKey> members);

  /// A commit with an empty proposal list and a fresh UpdatePath (RFC 9420 §12.4: post-compromise security).
  StagedCommit commitUpdate(SerializedGroupState state);

  /// A proposal to remove this client's own leaf (RFC 9420 §12.1.3; a member cannot commit its own removal,
  /// §12.2), for another member to commit. The caller deletes its state after sending it.
  Bytes proposeLeave(SerializedGroupState state);

  /// How many proposals are cached and not yet committed (RFC 9420 §12.1).
  int pendingProposals(SerializedGroupState state);

  /// A commit of every cached proposal by reference (RFC 9420 §12.2), e.g. a member's request to leave; `change`
  /// lists the members it removes.
  StagedCommit commitPending(SerializedGroupState state);

  /// Processes a peer's handshake or application message (RFC 9420 §12.4.2, §6.3).
  IncomingOutcome process(SerializedGroupState state, Bytes message);

  /// Encrypts application data as a PrivateMessage (RFC 9420 §6.3); the next state has used the generation, so it
  /// must be saved before the message is sent (a reused generation would reuse a nonce).
  EncryptedMessage encrypt(SerializedGroupState state, Bytes plaintext);

  Epoch epoch(SerializedGroupState state);

  /// The members' identity keys, in leaf order.
  List<IdentityKey> members(SerializedGroupState state);
}
