#!/usr/bin/env node
// Benchmark of ts-mls on the project's group scenario (docs/interop.md). For each group size N: the creator adds N-1
// members in one commit, one member joins from the Welcome, the creator commits an Update, the joined member
// processes it, then 200-byte application messages are encrypted by the creator and decrypted by the member.
// stdout: one JSON line per N (milliseconds per operation); stderr: progress and a readable table.
//
//   node bench.mjs [N ...] [--suite 1|3] [--wire private|public] [--reps R] [--messages M]
import { cpus, loadavg } from "node:os";
import { performance } from "node:perf_hooks";
import { Member, SUPPORTED_SUITES } from "./member.mjs";
import { TS_MLS_VERSION } from "./protocol.mjs";

const MESSAGE_BYTES = 200;

function parseArgs(argv) {
  const opts = { sizes: [], suite: 1, wire: "private", reps: undefined, messages: 100 };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = () => {
      if (i + 1 >= argv.length) throw new Error(`${arg} needs a value`);
      return argv[++i];
    };
    if (arg === "--suite") opts.suite = Number(value());
    else if (arg === "--wire") opts.wire = value();
    else if (arg === "--reps") opts.reps = Number(value());
    else if (arg === "--messages") opts.messages = Number(value());
    else if (/^\d+$/.test(arg)) opts.sizes.push(Number(arg));
    else throw new Error(`unknown argument ${arg}`);
  }
  if (opts.sizes.length === 0) opts.sizes = [16, 128, 1024];
  if (!SUPPORTED_SUITES.includes(opts.suite)) throw new Error(`--suite must be one of ${SUPPORTED_SUITES}`);
  if (opts.wire !== "private" && opts.wire !== "public") throw new Error("--wire must be private or public");
  for (const n of opts.sizes) if (n < 2 || n > 4096) throw new Error("N must be within 2..4096");
  if (opts.reps !== undefined && !(Number.isInteger(opts.reps) && opts.reps >= 1)) throw new Error("bad --reps");
  if (!(Number.isInteger(opts.messages) && opts.messages >= 1)) throw new Error("bad --messages");
  return opts;
}

// Repetitions of the whole scenario (odd, for a clean median): fewer as N grows so N = 1024 stays well under a minute.
const defaultReps = (n) => (n <= 16 ? 9 : n <= 128 ? 5 : 3);

async function timed(fn) {
  const start = performance.now();
  const value = await fn();
  return [performance.now() - start, value];
}

// Median over repetitions: the machine is shared, and one descheduled repetition should not move the figure.
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 === 1 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const encoder = new TextEncoder();

/// One repetition: a fresh group of n members. Returns the per-operation times of this repetition.
async function runOnce(n, opts) {
  const publicMessage = opts.wire === "public";
  const creator = await Member.create({ cipherSuite: opts.suite, identity: encoder.encode("creator") });
  await creator.createGroup(encoder.encode(`bench-${n}-${performance.now()}`));
  // Untimed set-up: every joiner's key package exists before the clock starts.
  const joiners = [];
  const keyPackages = [];
  for (let i = 1; i < n; i++) {
    const m = await Member.create({ cipherSuite: opts.suite, identity: encoder.encode(`member-${i}`) });
    joiners.push(m);
    keyPackages.push(await m.createKeyPackage());
  }

  const [addMs, { welcome }] = await timed(() => creator.addMembers(keyPackages, { publicMessage }));
  const member = joiners[joiners.length - 1];
  const [joinMs] = await timed(() => member.joinFromWelcome(welcome));

  const [updateMs, commit] = await timed(() => creator.update({ publicMessage }));
  const [processMs, processed] = await timed(() => member.processMessage(commit));
  if (processed.kind !== "commit" || member.epoch() !== creator.epoch()) {
    throw new Error("member did not follow the commit");
  }

  const plaintext = new Uint8Array(MESSAGE_BYTES).fill(0x61);
  const messages = [];
  const [encryptTotal] = await timed(async () => {
    for (let i = 0; i < opts.messages; i++) messages.push(await creator.encrypt(plaintext));
  });
  const [decryptTotal] = await timed(async () => {
    for (const message of messages) {
      const res = await member.processMessage(message);
      if (res.kind !== "application" || res.plaintext.length !== MESSAGE_BYTES) throw new Error("bad decrypt");
    }
  });
  if (Buffer.compare(member.epochAuthenticator(), creator.epochAuthenticator()) !== 0) {
    throw new Error("creator and member disagree on the epoch authenticator");
  }
  return {
    addCommitMs: addMs,
    joinMs,
    updateCommitMs: updateMs,
    processCommitMs: processMs,
    encryptMs: encryptTotal / opts.messages,
    decryptMs: decryptTotal / opts.messages,
  };
}

const round = (x) => Math.round(x * 1000) / 1000;

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  const load = loadavg().map((x) => x.toFixed(2)).join(" ");
  process.stderr.write(`ts-mls ${TS_MLS_VERSION}, suite ${opts.suite}, ${opts.wire} commits, `);
  process.stderr.write(`node ${process.version}, ${cpus().length} cpus, load average ${load}\n`);
  process.stderr.write("warming up (N=16, untimed)...\n");
  await runOnce(16, { ...opts, messages: 50 });
  await runOnce(16, { ...opts, messages: 50 });

  const rows = [];
  for (const n of opts.sizes) {
    const reps = opts.reps ?? defaultReps(n);
    const samples = [];
    for (let r = 0; r < reps; r++) {
      process.stderr.write(`N=${n} repetition ${r + 1}/${reps}...\n`);
      samples.push(await runOnce(n, opts));
    }
    const row = { impl: "ts-mls", version: TS_MLS_VERSION, cipherSuite: opts.suite, wireFormat: opts.wire, n, reps };
    for (const key of Object.keys(samples[0])) row[key] = round(median(samples.map((s) => s[key])));
    row.messages = opts.messages;
    row.messageBytes = MESSAGE_BYTES;
    process.stdout.write(`${JSON.stringify(row)}\n`);
    rows.push(row);
  }

  const cols = ["addCommitMs", "joinMs", "updateCommitMs", "processCommitMs", "encryptMs", "decryptMs"];
  const heads = ["N", "add-all commit", "join", "update commit", "process commit", "encrypt", "decrypt"];
  const cell = (r, c) => r[c].toFixed(c.endsWith("cryptMs") ? 3 : 1);
  const table = [heads, ...rows.map((r) => [String(r.n), ...cols.map((c) => cell(r, c))])];
  const widths = heads.map((_, i) => Math.max(...table.map((line) => line[i].length)));
  process.stderr.write("\nts-mls milliseconds per operation (median of repetitions; ");
  process.stderr.write(`encrypt/decrypt: mean of ${opts.messages} messages each)\n`);
  for (const line of table) process.stderr.write(`${line.map((cell, i) => cell.padStart(widths[i])).join("  ")}\n`);
}

main().catch((e) => {
  process.stderr.write(`bench failed: ${e.message}\n`);
  process.exit(1);
});
