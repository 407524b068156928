// Generates post-quantum MLS crypto vectors with ts-mls's own crypto, in the shape of the official
// crypto-basics.json (RFC 9420 test vectors), plus derive_key_pair. Usage: node generate.mjs OUT.json
//
// Inputs are pseudo-random but reproducible (SHA-256 of the suite id and a field name); outputs that ts-mls
// randomises (HPKE encapsulation, hedged ML-DSA signatures) differ between runs, and the Java test only checks
// them by verification/decryption, never by equality.
import { writeFileSync } from "node:fs";
import { createHash } from "node:crypto";
import { ciphersuites, getCiphersuiteFromName, getCiphersuiteImpl } from "ts-mls";
import { expandWithLabel, deriveSecret, deriveTreeSecret } from "ts-mls/crypto/kdf.js";
import { refhash } from "ts-mls/crypto/hash.js";
import { signWithLabel, verifyWithLabel } from "ts-mls/crypto/signature.js";
import { encryptWithLabel, decryptWithLabel } from "ts-mls/crypto/hpke.js";
import { ml_dsa87 } from "@noble/post-quantum/ml-dsa.js";

const hex = (b) => Buffer.from(b).toString("hex");

function bytes(suite, field, length) {
  const out = Buffer.alloc(length);
  for (let off = 0, i = 0; off < length; i++) {
    const block = createHash("sha256").update(`quicnprotochat pq vector ${suite} ${field} ${i}`).digest();
    off += block.copy(out, off);
  }
  return new Uint8Array(out);
}

async function vector(id) {
  const name = Object.keys(ciphersuites).find((k) => ciphersuites[k] === id);
  const cs = await getCiphersuiteImpl(getCiphersuiteFromName(name));
  const nh = cs.kdf.size;
  const v = { cipher_suite: id, name };

  const refValue = bytes(id, "ref_hash.value", 32);
  v.ref_hash = { label: "RefHash", value: hex(refValue), out: hex(await refhash("RefHash", refValue, cs.hash)) };

  const ewlSecret = bytes(id, "expand_with_label.secret", nh);
  const ewlContext = bytes(id, "expand_with_label.context", 32);
  v.expand_with_label = {
    secret: hex(ewlSecret), label: "ExpandWithLabel", context: hex(ewlContext), length: 16,
    out: hex(await expandWithLabel(ewlSecret, "ExpandWithLabel", ewlContext, 16, cs.kdf)),
  };

  const dsSecret = bytes(id, "derive_secret.secret", nh);
  v.derive_secret = {
    secret: hex(dsSecret), label: "DeriveSecret", out: hex(await deriveSecret(dsSecret, "DeriveSecret", cs.kdf)),
  };

  const dtsSecret = bytes(id, "derive_tree_secret.secret", nh);
  const generation = new DataView(bytes(id, "derive_tree_secret.generation", 4).buffer).getUint32(0);
  v.derive_tree_secret = {
    secret: hex(dtsSecret), label: "DeriveTreeSecret", generation, length: nh,
    out: hex(await deriveTreeSecret(dtsSecret, "DeriveTreeSecret", generation, nh, cs.kdf)),
  };

  // Signature keys: Ed25519 keys are 32-byte seeds; ML-DSA-87 keys come from a 32-byte keygen seed (FIPS 204
  // ML-DSA.KeyGen_internal), and ts-mls signs with the expanded secret key.
  const sigSeed = bytes(id, "sign_with_label.seed", 32);
  let signKey, publicKey, seed;
  if (getCiphersuiteFromName(name).signature === "ML-DSA-87") {
    const keys = ml_dsa87.keygen(sigSeed);
    signKey = keys.secretKey;
    publicKey = keys.publicKey;
    seed = sigSeed;
  } else {
    signKey = sigSeed;
    publicKey = await ed25519Public(sigSeed);
  }
  const content = bytes(id, "sign_with_label.content", 32);
  const signature = await signWithLabel(signKey, "SignWithLabel", content, cs.signature);
  if (!(await verifyWithLabel(publicKey, "SignWithLabel", content, signature, cs.signature))) {
    throw new Error(`suite ${id}: ts-mls does not verify its own signature`);
  }
  v.sign_with_label = {
    priv: hex(signKey), pub: hex(publicKey), content: hex(content), label: "SignWithLabel",
    signature: hex(signature),
  };
  if (seed) v.sign_with_label.seed = hex(seed);

  // DeriveKeyPair with an Nh-byte ikm, as MLS derives node keys from a node_secret (RFC 9420 §7.4).
  const ikm = bytes(id, "derive_key_pair.ikm", nh);
  const kp = await cs.hpke.deriveKeyPair(ikm);
  v.derive_key_pair = {
    ikm: hex(ikm), priv: hex(await cs.hpke.exportPrivateKey(kp.privateKey)),
    pub: hex(await cs.hpke.exportPublicKey(kp.publicKey)),
  };

  const encIkm = bytes(id, "encrypt_with_label.ikm", nh);
  const encKp = await cs.hpke.deriveKeyPair(encIkm);
  const encContext = bytes(id, "encrypt_with_label.context", 32);
  const plaintext = bytes(id, "encrypt_with_label.plaintext", 32);
  const { ct, enc } = await encryptWithLabel(encKp.publicKey, "EncryptWithLabel", encContext, plaintext, cs.hpke);
  const back = await decryptWithLabel(encKp.privateKey, "EncryptWithLabel", encContext, enc, ct, cs.hpke);
  if (hex(back) !== hex(plaintext)) throw new Error(`suite ${id}: ts-mls does not decrypt its own ciphertext`);
  v.encrypt_with_label = {
    priv: hex(await cs.hpke.exportPrivateKey(encKp.privateKey)),
    pub: hex(await cs.hpke.exportPublicKey(encKp.publicKey)),
    label: "EncryptWithLabel", context: hex(encContext), plaintext: hex(plaintext),
    kem_output: hex(enc), ciphertext: hex(ct),
  };

  // HPKE export, as external init uses it (RFC 9420 §8.3): SetupBaseS + Context.Export, and the receiving side.
  const expIkm = bytes(id, "hpke_export.ikm", nh);
  const expKp = await cs.hpke.deriveKeyPair(expIkm);
  const expInfo = bytes(id, "hpke_export.info", 16);
  const exporterContext = new TextEncoder().encode("MLS 1.0 external init secret");
  const exported = await cs.hpke.exportSecret(expKp.publicKey, exporterContext, nh, expInfo);
  const imported = await cs.hpke.importSecret(expKp.privateKey, exporterContext, exported.enc, nh, expInfo);
  if (hex(imported) !== hex(exported.secret)) throw new Error(`suite ${id}: ts-mls export sides disagree`);
  v.hpke_export = {
    priv: hex(await cs.hpke.exportPrivateKey(expKp.privateKey)),
    pub: hex(await cs.hpke.exportPublicKey(expKp.publicKey)),
    info: hex(expInfo), exporter_context: hex(exporterContext), length: nh,
    kem_output: hex(exported.enc), secret: hex(exported.secret),
  };
  return v;
}

// ts-mls signs Ed25519 with WebCrypto from a raw 32-byte seed; its public key comes the same way.
async function ed25519Public(seed) {
  const pkcs8 = Buffer.concat([Buffer.from("302e020100300506032b657004220420", "hex"), Buffer.from(seed)]);
  const key = await crypto.subtle.importKey("pkcs8", pkcs8, "Ed25519", true, ["sign"]);
  const jwk = await crypto.subtle.exportKey("jwk", key);
  return new Uint8Array(Buffer.from(jwk.x, "base64url"));
}

const ids = Object.values(ciphersuites).filter((id) => id >= 77 && id <= 88);
const out = [];
for (const id of ids) out.push(await vector(id));
const path = process.argv[2] ?? "pq-crypto-basics.json";
writeFileSync(path, JSON.stringify(out, null, 2) + "\n");
console.log(`wrote ${out.length} suites to ${path}`);
