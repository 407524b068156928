// Self-test of the ts-mls harness, driven exactly as the Java interop tests drive it: spawned processes spoken to in
// newline-delimited JSON. Run with `npm ci && node --test` in this directory.
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";

const HARNESS = fileURLToPath(new URL("./harness.mjs", import.meta.url));
const hex = (text) => Buffer.from(text, "utf8").toString("hex");

// RFC 9420 §6: MLSMessage = version (uint16, mls10 = 1) || wire_format (uint16) || body.
const WIRE = { public: 1, private: 2, welcome: 3, groupInfo: 4, keyPackage: 5 };
function assertMlsMessage(hexBytes, wireFormat) {
  const b = Buffer.from(hexBytes, "hex");
  assert.equal(b.readUInt16BE(0), 1, "MLSMessage version must be mls10");
  assert.equal(b.readUInt16BE(2), wireFormat, "unexpected MLSMessage wire_format");
}

/// One harness process. `call` sends a request and resolves with its response.
class HarnessProcess {
  constructor() {
    this.child = spawn(process.execPath, [HARNESS], { stdio: ["pipe", "pipe", "pipe"] });
    this.nextId = 1;
    this.pending = new Map();
    this.stderr = "";
    this.child.stderr.on("data", (d) => (this.stderr += d));
    createInterface({ input: this.child.stdout }).on("line", (line) => {
      const res = JSON.parse(line);
      const waiter = this.pending.get(res.id);
      this.pending.delete(res.id);
      waiter?.(res);
    });
    this.exited = new Promise((resolve) => this.child.on("exit", (code) => resolve(code)));
  }

  /// Sends `op`; resolves with the raw response (ok or not).
  send(op, args = {}) {
    const id = this.nextId++;
    return new Promise((resolve) => {
      this.pending.set(id, resolve);
      this.child.stdin.write(`${JSON.stringify({ id, op, ...args })}\n`);
    });
  }

  sendRaw(line) {
    return new Promise((resolve) => {
      this.pending.set(null, resolve);
      this.child.stdin.write(`${line}\n`);
    });
  }

  /// Sends `op` and insists it succeeded.
  async call(op, args = {}) {
    const res = await this.send(op, args);
    assert.equal(res.ok, true, `${op} failed: ${res.error}`);
    return res;
  }

  async shutdown() {
    const res = await this.send("shutdown");
    assert.equal(res.ok, true);
    assert.equal(await this.exited, 0, "harness must exit 0 on shutdown");
  }
}

/// A member addressed through a harness process: its own process, or a named member of a shared one.
function peer(proc, name) {
  const withName = (args) => (name === undefined ? args : { ...args, member: name });
  return {
    call: (op, args = {}) => proc.call(op, withName(args)),
    send: (op, args = {}) => proc.send(op, withName(args)),
  };
}

async function assertSameEpoch(peers, epoch) {
  const auths = await Promise.all(peers.map((p) => p.call("epochAuthenticator")));
  for (const a of auths) assert.equal(a.epoch, epoch);
  for (const a of auths.slice(1)) assert.equal(a.epochAuthenticator, auths[0].epochAuthenticator);
  assert.match(auths[0].epochAuthenticator, /^[0-9a-f]{64}$/);
  return auths[0].epochAuthenticator;
}

async function sendAndReceive(from, to, text) {
  const { message } = await from.call("encrypt", { plaintext: hex(text) });
  assertMlsMessage(message, WIRE.private);
  const res = await to.call("processMessage", { message });
  assert.deepEqual({ kind: res.kind, plaintext: res.plaintext }, { kind: "application", plaintext: hex(text) });
}

// The scenario of the issue: create, add, join, talk both ways, update, remove.
async function twoMemberLifecycle(a, b, cipherSuite) {
  await a.call("init", { cipherSuite, identity: hex("alice") });
  await b.call("init", { cipherSuite, identity: hex("bob") });
  assert.equal((await a.call("createGroup", { groupId: hex(`group-${cipherSuite}`) })).epoch, 0);

  const { keyPackage } = await b.call("createKeyPackage");
  assertMlsMessage(keyPackage, WIRE.keyPackage);
  assert.equal(Buffer.from(keyPackage, "hex").readUInt16BE(6), cipherSuite, "KeyPackage.cipher_suite");

  const add = await a.call("addMembers", { keyPackages: [keyPackage] });
  assertMlsMessage(add.commit, WIRE.private);
  assertMlsMessage(add.welcome, WIRE.welcome);
  assert.equal(add.epoch, 1);
  const joined = await b.call("joinFromWelcome", { welcome: add.welcome });
  assert.deepEqual({ epoch: joined.epoch, leafIndex: joined.leafIndex }, { epoch: 1, leafIndex: 1 });
  const auth1 = await assertSameEpoch([a, b], 1);

  const [ma, mb] = [await a.call("members"), await b.call("members")];
  assert.deepEqual(ma.members, mb.members);
  assert.deepEqual(ma.members.map((m) => [m.leafIndex, m.identity]), [[0, hex("alice")], [1, hex("bob")]]);
  const exportArgs = { label: "quicnprotochat test", context: "00ff", length: 32 };
  assert.equal((await a.call("exportSecret", exportArgs)).secret, (await b.call("exportSecret", exportArgs)).secret);

  await sendAndReceive(a, b, "hello bob");
  await sendAndReceive(b, a, "hello alice");
  await sendAndReceive(a, b, "second message, next generation");

  const update = await a.call("update");
  assertMlsMessage(update.commit, WIRE.private);
  assert.equal(update.epoch, 2);
  const followed = await b.call("processMessage", { message: update.commit });
  assert.deepEqual([followed.kind, followed.epoch, followed.removed], ["commit", 2, false]);
  const auth2 = await assertSameEpoch([a, b], 2);
  assert.notEqual(auth2, auth1, "a commit must change the epoch authenticator");
  await sendAndReceive(b, a, "after update");
  await sendAndReceive(a, b, "after update too");

  const removal = await a.call("remove", { identity: hex("bob") });
  assert.equal(removal.epoch, 3);
  const processed = await b.call("processMessage", { message: removal.commit });
  assert.deepEqual({ kind: processed.kind, removed: processed.removed }, { kind: "commit", removed: true });
  assert.deepEqual((await a.call("members")).members.map((m) => m.identity), [hex("alice")]);
  assert.equal((await b.call("members")).active, false);

  const { message } = await a.call("encrypt", { plaintext: hex("bob must not read this") });
  const refused = await b.send("processMessage", { message });
  assert.equal(refused.ok, false, "a removed member must not decrypt the next epoch's messages");
  assert.equal(refused.plaintext, undefined);
}

for (const cipherSuite of [1, 3]) {
  test(`suite ${cipherSuite}: two harness processes go through add, join, messages, update and remove`, async () => {
    const [pa, pb] = [new HarnessProcess(), new HarnessProcess()];
    try {
      await twoMemberLifecycle(peer(pa), peer(pb), cipherSuite);
    } finally {
      await Promise.all([pa.shutdown(), pb.shutdown()]);
    }
    assert.equal(pa.stderr + pb.stderr, "", "the harness must keep stderr quiet when nothing goes wrong");
  });
}

test("suite 1: two named members in one harness process run the same lifecycle", async () => {
  const proc = new HarnessProcess();
  try {
    await twoMemberLifecycle(peer(proc, "alice"), peer(proc, "bob"), 1);
  } finally {
    await proc.shutdown();
  }
});

// Public-message commits, a supplied ratchet tree, three members, and a proposal committed by reference.
test("suite 3: public commits, out-of-band ratchet tree, proposal then commit across three members", async () => {
  const proc = new HarnessProcess();
  const [a, b, c] = ["a", "b", "c"].map((n) => peer(proc, n));
  try {
    for (const [p, name] of [[a, "alice"], [b, "bob"], [c, "carol"]]) {
      await p.call("init", { cipherSuite: 3, identity: hex(name), grease: false });
    }
    await a.call("createGroup", { groupId: "00112233" });
    const kps = [(await b.call("createKeyPackage")).keyPackage, (await c.call("createKeyPackage")).keyPackage];
    const add = await a.call("addMembers", { keyPackages: kps, wireFormat: "public" });
    assertMlsMessage(add.commit, WIRE.public);
    const { ratchetTree } = await a.call("ratchetTree");
    assert.equal((await b.call("joinFromWelcome", { welcome: add.welcome, ratchetTree })).leafIndex, 1);
    assert.equal((await c.call("joinFromWelcome", { welcome: add.welcome })).leafIndex, 2);
    await assertSameEpoch([a, b, c], 1);

    const update = await b.call("update", { wireFormat: "public" });
    assertMlsMessage(update.commit, WIRE.public);
    for (const p of [a, c]) assert.equal((await p.call("processMessage", { message: update.commit })).epoch, 2);
    await assertSameEpoch([a, b, c], 2);
    await sendAndReceive(c, a, "carol to alice");
    await sendAndReceive(c, b, "carol to bob");

    const { proposal } = await b.call("proposeRemove", { leafIndex: 2 });
    assertMlsMessage(proposal, WIRE.public);
    for (const p of [a, c]) assert.equal((await p.call("processMessage", { message: proposal })).kind, "proposal");
    const commit = await a.call("update");
    assert.equal((await b.call("processMessage", { message: commit.commit })).epoch, 3);
    assert.equal((await c.call("processMessage", { message: commit.commit })).removed, true);
    await assertSameEpoch([a, b], 3);
    assert.deepEqual((await b.call("members")).members.map((m) => m.leafIndex), [0, 1]);
    await sendAndReceive(b, a, "just us two");
  } finally {
    await proc.shutdown();
  }
});

test("bad requests get an error response and never kill the harness", async () => {
  const proc = new HarnessProcess();
  try {
    const notJson = await proc.sendRaw("{not json");
    assert.deepEqual([notJson.id, notJson.ok, notJson.errorKind], [null, false, "usage"]);
    const cases = [
      ["noSuchOp", {}, /unknown op/],
      ["epoch", {}, /not initialised/],
      ["init", { cipherSuite: 2, identity: "00" }, /cipherSuite/],
      ["init", { cipherSuite: 1, identity: "abc" }, /hex/],
      ["init", { cipherSuite: 1, identity: hex("x") }, null],
      ["init", { cipherSuite: 1, identity: hex("x") }, /already exists/],
      ["encrypt", { plaintext: "00" }, /no group/],
      ["createGroup", { groupId: "01" }, null],
      ["processMessage", { message: "0001000200" }, /MLSMessage/],
      ["processMessage", { message: "00010005" }, /MLSMessage/],
      ["addMembers", { keyPackages: [] }, /non-empty/],
      ["remove", {}, /leafIndex/],
      ["remove", { identity: hex("nobody") }, /no member/],
      ["exportSecret", { label: "x", length: -1 }, /length/],
      ["update", { wireFormat: "carrier pigeon" }, /wireFormat/],
    ];
    for (const [op, args, error] of cases) {
      const res = await proc.send(op, args);
      assert.equal(res.ok, error === null, `${op} ${JSON.stringify(args)} -> ${JSON.stringify(res)}`);
      if (error !== null) assert.match(res.error, error);
    }
    assert.equal((await proc.call("epoch")).epoch, 0, "failed requests must leave the group state untouched");

    // ts-mls checks a key package's lifetime when adding it (RFC 9420 §10.1): an expired one is refused.
    await proc.call("init", { member: "y", cipherSuite: 1, identity: hex("y") });
    const expired = await proc.call("createKeyPackage", { member: "y", notBefore: 0, notAfter: "1" });
    const refusedAdd = await proc.send("addMembers", { keyPackages: [expired.keyPackage] });
    assert.equal(refusedAdd.ok, false);
    assert.match(refusedAdd.error, /Lifetime/);
    const fresh = await proc.call("createKeyPackage", { member: "y" });
    assert.equal((await proc.call("addMembers", { keyPackages: [fresh.keyPackage] })).epoch, 1);
    assert.equal((await proc.call("ping")).tsMls, "1.6.4");
  } finally {
    await proc.shutdown();
  }
});
