#!/usr/bin/env node
// ts-mls interop peer: newline-delimited JSON requests on stdin, one JSON response line each on stdout, in order.
// stdout carries nothing else; stderr is for diagnostics only (set INTEROP_DEBUG=1 for stack traces).
// The protocol is described in docs/interop.md.
import { createInterface } from "node:readline";
import { Harness } from "./protocol.mjs";

const harness = new Harness();
const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });

function send(response) {
  process.stdout.write(`${JSON.stringify(response)}\n`);
}

// Requests mutate one group state, so they run strictly one after another, in arrival order.
let queue = Promise.resolve();
let stopping = false;

lines.on("line", (line) => {
  if (stopping || line.trim() === "") return;
  queue = queue.then(async () => {
    if (stopping) return;
    let req;
    try {
      req = JSON.parse(line);
    } catch (e) {
      send({ id: null, ok: false, errorKind: "usage", error: `request is not JSON: ${e.message}` });
      return;
    }
    send(await harness.handle(req));
    if (req?.op === "shutdown") {
      stopping = true;
      lines.close();
      process.stdout.end(() => process.exit(0));
    }
  });
});

// The driver closing our stdin means it is gone: finish what is queued, then leave.
lines.on("close", () => {
  queue.then(() => {
    if (!stopping) process.stdout.end(() => process.exit(0));
  });
});

process.on("unhandledRejection", (e) => process.stderr.write(`unhandled rejection: ${e?.stack ?? e}\n`));
