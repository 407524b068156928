// One MLS member (RFC 9420) backed by ts-mls. The JSON harness and the benchmark both drive ts-mls through this class,
// so the two measure and exercise exactly the same calls. Every message crosses the boundary as a full TLS-serialised
// MLSMessage (RFC 9420 §6: version, wire_format, body), never as a ts-mls object.
import {
  createApplicationMessage,
  createCommit,
  createGroup,
  createProposal,
  decodeMlsMessage,
  defaultCapabilities,
  defaultLifetime,
  emptyPskIndex,
  encodeMlsMessage,
  generateKeyPackageWithKey,
  getCiphersuiteFromName,
  getCiphersuiteImpl,
  joinGroup,
  mlsExporter,
  processMessage,
  acceptAll,
} from "ts-mls";
import { getCiphersuiteNameFromId } from "ts-mls/crypto/ciphersuite.js";
import { makeKeyPackageRef } from "ts-mls/keyPackage.js";
import { decodeRatchetTree, encodeRatchetTree } from "ts-mls/ratchetTree.js";

/// The cipher suites this harness promises to serve (RFC 9420 §17.1). Others may work but are not tested here.
export const SUPPORTED_SUITES = Object.freeze([1, 3]);

/// Error raised for a request that is malformed or impossible in the current state (as opposed to an MLS failure).
export class UsageError extends Error {}

export function toHex(bytes) {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("hex");
}

export function fromHex(text, field) {
  if (typeof text !== "string" || text.length % 2 !== 0 || !/^[0-9a-fA-F]*$/.test(text)) {
    throw new UsageError(`${field} must be an even-length hex string`);
  }
  return new Uint8Array(Buffer.from(text, "hex"));
}

/// Decodes one complete MLSMessage and rejects trailing bytes, so a framing mismatch with the Java codec is loud.
export function decodeMessage(bytes, expectedWireFormats, field) {
  let decoded;
  try {
    decoded = decodeMlsMessage(bytes, 0);
  } catch (e) {
    throw new UsageError(`${field} is not a decodable MLSMessage: ${e.message}`);
  }
  if (decoded === undefined) throw new UsageError(`${field} is not a decodable MLSMessage`);
  const [message, end] = decoded;
  if (end !== bytes.length) {
    throw new UsageError(`${field} has ${bytes.length - end} trailing bytes after the MLSMessage`);
  }
  if (message.version !== "mls10") throw new UsageError(`${field} has protocol version ${message.version}, not mls10`);
  if (!expectedWireFormats.includes(message.wireformat)) {
    throw new UsageError(`${field} is a ${message.wireformat}, expected ${expectedWireFormats.join(" or ")}`);
  }
  return message;
}

function encodeMessage(body) {
  return encodeMlsMessage({ version: "mls10", ...body });
}

// GREASE (RFC 9420 §13.5) is ts-mls's default: random reserved values in every capabilities list. A peer must ignore
// them, so they stay on unless a caller asks for deterministic capabilities.
function capabilitiesFor(grease) {
  const caps = defaultCapabilities();
  if (grease) return caps;
  const isGrease = (v) => (Number(v) & 0x0f0f) === 0x0a0a;
  return {
    versions: caps.versions,
    ciphersuites: caps.ciphersuites.filter((s) => !/^\d+$/.test(s) || !isGrease(s)),
    extensions: caps.extensions.filter((v) => !isGrease(v)),
    proposals: caps.proposals.filter((v) => !isGrease(v)),
    credentials: caps.credentials.filter((c) => !/^\d+$/.test(c) || !isGrease(c)),
  };
}

function toBigInt(value, field) {
  let n;
  if (typeof value === "number" && Number.isSafeInteger(value) && value >= 0) n = BigInt(value);
  if (typeof value === "string" && /^\d+$/.test(value)) n = BigInt(value);
  if (n !== undefined && n < 1n << 64n) return n; // uint64 on the wire (RFC 9420 §7.2 Lifetime)
  throw new UsageError(`${field} must be a non-negative integer or decimal string`);
}

export class Member {
  /// `cipherSuite` is the RFC 9420 numeric id; `identity` the basic credential's identity bytes.
  static async create({ cipherSuite, identity, grease = true }) {
    if (!SUPPORTED_SUITES.includes(cipherSuite)) {
      throw new UsageError(`cipherSuite must be one of ${SUPPORTED_SUITES.join(", ")}`);
    }
    if (!(identity instanceof Uint8Array) || identity.length === 0) throw new UsageError("identity must be non-empty");
    const name = getCiphersuiteNameFromId(cipherSuite);
    const impl = await getCiphersuiteImpl(getCiphersuiteFromName(name));
    const signatureKeys = await impl.signature.keygen();
    return new Member(cipherSuite, impl, identity, signatureKeys, capabilitiesFor(grease));
  }

  constructor(cipherSuite, impl, identity, signatureKeys, capabilities) {
    this.cipherSuite = cipherSuite;
    this.impl = impl;
    this.credential = { credentialType: "basic", identity };
    this.signatureKeys = signatureKeys;
    this.capabilities = capabilities;
    this.keyPackages = new Map(); // hex KeyPackageRef -> { publicPackage, privatePackage }, until used in a join
    this.state = undefined;
  }

  async #newKeyPackage(lifetime) {
    return generateKeyPackageWithKey(this.credential, this.capabilities, lifetime, [], this.signatureKeys, this.impl);
  }

  /// Returns the serialised MLSMessage(mls_key_package) and keeps its private keys for a later Welcome.
  async createKeyPackage({ notBefore, notAfter } = {}) {
    const lifetime = {
      notBefore: notBefore === undefined ? defaultLifetime.notBefore : toBigInt(notBefore, "notBefore"),
      notAfter: notAfter === undefined ? defaultLifetime.notAfter : toBigInt(notAfter, "notAfter"),
    };
    const kp = await this.#newKeyPackage(lifetime);
    const ref = await makeKeyPackageRef(kp.publicPackage, this.impl.hash);
    this.keyPackages.set(toHex(ref), kp);
    return encodeMessage({ wireformat: "mls_key_package", keyPackage: kp.publicPackage });
  }

  async createGroup(groupId) {
    this.#requireNoGroup();
    const kp = await this.#newKeyPackage(defaultLifetime);
    this.state = await createGroup(groupId, kp.publicPackage, kp.privatePackage, [], this.impl);
  }

  /// One commit adding every key package; the ratchet tree travels in the Welcome's GroupInfo (RFC 9420 §12.4.3.3).
  async addMembers(keyPackageMessages, { publicMessage = false } = {}) {
    this.#requireGroup();
    if (!Array.isArray(keyPackageMessages) || keyPackageMessages.length === 0) {
      throw new UsageError("keyPackages must be a non-empty array");
    }
    const proposals = keyPackageMessages.map((bytes, i) => ({
      proposalType: "add",
      add: { keyPackage: decodeMessage(bytes, ["mls_key_package"], `keyPackages[${i}]`).keyPackage },
    }));
    const result = await this.#commit({ extraProposals: proposals, wireAsPublicMessage: publicMessage });
    return { commit: result.commit, welcome: encodeMessage({ wireformat: "mls_welcome", welcome: result.welcome }) };
  }

  /// Joins using whichever of this member's unused key packages the Welcome names (RFC 9420 §12.4.3.1).
  async joinFromWelcome(welcomeBytes, ratchetTreeBytes) {
    this.#requireNoGroup();
    const { welcome } = decodeMessage(welcomeBytes, ["mls_welcome"], "welcome");
    const refs = welcome.secrets.map((s) => toHex(s.newMember));
    const refHex = refs.find((r) => this.keyPackages.has(r));
    if (refHex === undefined) throw new UsageError("the Welcome names none of this member's key packages");
    let tree;
    if (ratchetTreeBytes !== undefined) {
      const decoded = decodeRatchetTree(ratchetTreeBytes, 0);
      if (decoded === undefined || decoded[1] !== ratchetTreeBytes.length) {
        throw new UsageError("ratchetTree is not a serialised ratchet tree");
      }
      tree = decoded[0];
    }
    const kp = this.keyPackages.get(refHex);
    this.state = await joinGroup(welcome, kp.publicPackage, kp.privatePackage, emptyPskIndex, this.impl, tree);
    this.keyPackages.delete(refHex);
  }

  /// Processes a PublicMessage or PrivateMessage and says what it was.
  async processMessage(bytes) {
    this.#requireGroup();
    const message = decodeMessage(bytes, ["mls_public_message", "mls_private_message"], "message");
    const contentType =
      message.wireformat === "mls_public_message"
        ? message.publicMessage.content.contentType
        : message.privateMessage.contentType;
    const result = await processMessage(message, this.state, emptyPskIndex, acceptAll, this.impl);
    this.state = result.newState;
    if (result.kind === "applicationMessage") return { kind: "application", plaintext: result.message };
    if (contentType === "commit") {
      const removed = this.state.groupActiveState.kind === "removedFromGroup";
      return { kind: "commit", epoch: this.state.groupContext.epoch, removed };
    }
    return { kind: "proposal" };
  }

  async encrypt(plaintext) {
    this.#requireGroup();
    const result = await createApplicationMessage(this.state, plaintext, this.impl);
    this.state = result.newState;
    return encodeMessage({ wireformat: "mls_private_message", privateMessage: result.privateMessage });
  }

  /// Empty commit: ts-mls then requires and sends an UpdatePath, which refreshes the committer's leaf (§12.4.2).
  /// Pending proposals received earlier are committed by reference too.
  async update({ publicMessage = false } = {}) {
    this.#requireGroup();
    return (await this.#commit({ wireAsPublicMessage: publicMessage })).commit;
  }

  async remove(leafIndices, { publicMessage = false } = {}) {
    this.#requireGroup();
    const proposals = leafIndices.map((removed) => ({ proposalType: "remove", remove: { removed } }));
    return (await this.#commit({ extraProposals: proposals, wireAsPublicMessage: publicMessage })).commit;
  }

  /// Sends a standalone Remove proposal (RFC 9420 §12.1.3), to be committed by someone later.
  async proposeRemove(leafIndex, { publicMessage = true } = {}) {
    this.#requireGroup();
    const proposal = { proposalType: "remove", remove: { removed: leafIndex } };
    const result = await createProposal(this.state, publicMessage, proposal, this.impl);
    this.state = result.newState;
    return encodeMlsMessage(result.message);
  }

  async #commit(options) {
    const context = { state: this.state, cipherSuite: this.impl };
    const result = await createCommit(context, { ...options, ratchetTreeExtension: true });
    this.state = result.newState;
    return { commit: encodeMlsMessage(result.commit), welcome: result.welcome };
  }

  /// Leaf index of the member whose basic identity equals `identity`.
  leafIndexOf(identity) {
    const hit = this.members().find((m) => Buffer.from(m.identity).equals(Buffer.from(identity)));
    if (hit === undefined) throw new UsageError(`no member has identity ${toHex(identity)}`);
    return hit.leafIndex;
  }

  epoch() {
    this.#requireGroup();
    return Number(this.state.groupContext.epoch);
  }

  epochAuthenticator() {
    this.#requireGroup();
    return this.state.keySchedule.epochAuthenticator;
  }

  /// MLS-Exporter (RFC 9420 §8.5).
  async exportSecret(label, context, length) {
    this.#requireGroup();
    if (typeof label !== "string") throw new UsageError("label must be a string");
    if (!Number.isInteger(length) || length < 0 || length > 0xffff) throw new UsageError("length must be 0..65535");
    return mlsExporter(this.state.keySchedule.exporterSecret, label, context, length, this.impl);
  }

  members() {
    this.#requireGroup();
    const out = [];
    this.state.ratchetTree.forEach((node, i) => {
      if (i % 2 === 0 && node?.nodeType === "leaf") {
        const cred = node.leaf.credential;
        out.push({
          leafIndex: i / 2,
          identity: cred.credentialType === "basic" ? cred.identity : new Uint8Array(),
          signatureKey: node.leaf.signaturePublicKey,
        });
      }
    });
    return out;
  }

  ownLeafIndex() {
    this.#requireGroup();
    return this.state.privatePath.leafIndex;
  }

  ratchetTree() {
    this.#requireGroup();
    return encodeRatchetTree(this.state.ratchetTree);
  }

  groupActive() {
    return this.state !== undefined && this.state.groupActiveState.kind === "active";
  }

  #requireGroup() {
    if (this.state === undefined) throw new UsageError("this member is in no group yet");
  }

  #requireNoGroup() {
    if (this.state !== undefined) throw new UsageError("this member is already in a group");
  }
}
