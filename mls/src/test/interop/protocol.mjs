// The request handlers of the JSON harness, kept apart from stdin/stdout so the dispatch logic has no I/O in it.
// One request in, one response out; nothing here throws past `handle`.
import { Member, UsageError, fromHex, toHex, SUPPORTED_SUITES } from "./member.mjs";

export const TS_MLS_VERSION = "1.6.4";
const DEFAULT_MEMBER = "default";

function wireFormatFlag(req, fallback) {
  const wf = req.wireFormat ?? fallback;
  if (wf !== "private" && wf !== "public") throw new UsageError('wireFormat must be "private" or "public"');
  return { publicMessage: wf === "public" };
}

function requireInteger(value, field) {
  if (!Number.isSafeInteger(value) || value < 0) throw new UsageError(`${field} must be a non-negative integer`);
  return value;
}

function hexList(value, field) {
  if (!Array.isArray(value)) throw new UsageError(`${field} must be an array of hex strings`);
  return value.map((v, i) => fromHex(v, `${field}[${i}]`));
}

export class Harness {
  constructor() {
    this.members = new Map();
  }

  /// Resolves the addressed member, or fails when it has not been initialised.
  #member(req) {
    const name = req.member ?? DEFAULT_MEMBER;
    const member = this.members.get(name);
    if (member === undefined) throw new UsageError(`member "${name}" is not initialised; send init first`);
    return member;
  }

  // Leaf indices chosen by `leafIndex`, `leafIndices` or `identity` (hex basic-credential identity).
  #targets(member, req) {
    if (req.leafIndices !== undefined) {
      if (!Array.isArray(req.leafIndices) || req.leafIndices.length === 0) {
        throw new UsageError("leafIndices must be a non-empty array");
      }
      return req.leafIndices.map((v, i) => requireInteger(v, `leafIndices[${i}]`));
    }
    if (req.leafIndex !== undefined) return [requireInteger(req.leafIndex, "leafIndex")];
    if (req.identity !== undefined) return [member.leafIndexOf(fromHex(req.identity, "identity"))];
    throw new UsageError("give leafIndex, leafIndices or identity");
  }

  ops = {
    ping: async () => ({ tsMls: TS_MLS_VERSION, cipherSuites: SUPPORTED_SUITES }),

    init: async (req) => {
      const name = req.member ?? DEFAULT_MEMBER;
      if (typeof name !== "string") throw new UsageError("member must be a string");
      if (this.members.has(name)) throw new UsageError(`member "${name}" already exists`);
      if (req.grease !== undefined && typeof req.grease !== "boolean") throw new UsageError("grease must be a boolean");
      const member = await Member.create({
        cipherSuite: req.cipherSuite,
        identity: fromHex(req.identity, "identity"),
        grease: req.grease ?? true,
      });
      this.members.set(name, member);
      return { signatureKey: toHex(member.signatureKeys.publicKey) };
    },

    createKeyPackage: async (req) => {
      const kp = await this.#member(req).createKeyPackage({ notBefore: req.notBefore, notAfter: req.notAfter });
      return { keyPackage: toHex(kp) };
    },

    createGroup: async (req) => {
      const member = this.#member(req);
      await member.createGroup(fromHex(req.groupId, "groupId"));
      return { epoch: member.epoch() };
    },

    addMembers: async (req) => {
      const member = this.#member(req);
      const keyPackages = hexList(req.keyPackages, "keyPackages");
      const { commit, welcome } = await member.addMembers(keyPackages, wireFormatFlag(req, "private"));
      return { commit: toHex(commit), welcome: toHex(welcome), epoch: member.epoch() };
    },

    joinFromWelcome: async (req) => {
      const member = this.#member(req);
      const tree = req.ratchetTree === undefined ? undefined : fromHex(req.ratchetTree, "ratchetTree");
      await member.joinFromWelcome(fromHex(req.welcome, "welcome"), tree);
      return { epoch: member.epoch(), leafIndex: member.ownLeafIndex() };
    },

    processMessage: async (req) => {
      const result = await this.#member(req).processMessage(fromHex(req.message, "message"));
      switch (result.kind) {
        case "application":
          return { kind: "application", plaintext: toHex(result.plaintext) };
        case "commit":
          return { kind: "commit", epoch: Number(result.epoch), removed: result.removed };
        default:
          return { kind: "proposal" };
      }
    },

    encrypt: async (req) => {
      const message = await this.#member(req).encrypt(fromHex(req.plaintext, "plaintext"));
      return { message: toHex(message) };
    },

    update: async (req) => {
      const member = this.#member(req);
      const commit = await member.update(wireFormatFlag(req, "private"));
      return { commit: toHex(commit), epoch: member.epoch() };
    },

    remove: async (req) => {
      const member = this.#member(req);
      const commit = await member.remove(this.#targets(member, req), wireFormatFlag(req, "private"));
      return { commit: toHex(commit), epoch: member.epoch() };
    },

    proposeRemove: async (req) => {
      const member = this.#member(req);
      const targets = this.#targets(member, req);
      if (targets.length !== 1) throw new UsageError("proposeRemove takes exactly one target");
      return { proposal: toHex(await member.proposeRemove(targets[0], wireFormatFlag(req, "public"))) };
    },

    epoch: async (req) => ({ epoch: this.#member(req).epoch() }),

    epochAuthenticator: async (req) => {
      const member = this.#member(req);
      return { epoch: member.epoch(), epochAuthenticator: toHex(member.epochAuthenticator()) };
    },

    exportSecret: async (req) => {
      const context = fromHex(req.context ?? "", "context");
      const secret = await this.#member(req).exportSecret(req.label, context, req.length);
      return { secret: toHex(secret) };
    },

    members: async (req) => {
      const member = this.#member(req);
      const list = member.members().map((m) => ({
        leafIndex: m.leafIndex,
        identity: toHex(m.identity),
        signatureKey: toHex(m.signatureKey),
      }));
      return { members: list, ownLeafIndex: member.ownLeafIndex(), active: member.groupActive() };
    },

    ratchetTree: async (req) => ({ ratchetTree: toHex(this.#member(req).ratchetTree()) }),
  };

  /// Answers one parsed request. `shutdown` is answered here and acted on by the caller.
  async handle(req) {
    const id = req !== null && typeof req === "object" && "id" in req ? req.id : null;
    try {
      if (req === null || typeof req !== "object" || Array.isArray(req)) {
        throw new UsageError("request must be an object");
      }
      if (typeof req.op !== "string") throw new UsageError("op must be a string");
      if (req.op === "shutdown") return { id, ok: true };
      const handler = Object.hasOwn(this.ops, req.op) ? this.ops[req.op] : undefined;
      if (handler === undefined) throw new UsageError(`unknown op "${req.op}"`);
      return { id, ok: true, ...(await handler(req)) };
    } catch (e) {
      if (process.env.INTEROP_DEBUG) process.stderr.write(`request ${JSON.stringify(id)} failed: ${e?.stack ?? e}\n`);
      const kind = e instanceof UsageError ? "usage" : "mls";
      const name = e instanceof Error && !(e instanceof UsageError) ? `${e.name}: ` : "";
      return { id, ok: false, errorKind: kind, error: `${name}${e instanceof Error ? e.message : String(e)}` };
    }
  }
}
