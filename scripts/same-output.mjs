#!/usr/bin/env node
// Output identity for performance work: writes the engine's JSON output (analyze() and readerView(),
// timings left out) for PolNeAR dev + train, the real pages as the CLI reads them (../shared/data/pages
// and pages-2, each source.html through the CLI's loader, page signals included) and the adversarial
// texts of scripts/bench-growth.mjs (its generators, read from that file, at 1x and 10x), one JSON
// line per input. Run it before a change and after it, and compare the two files byte for byte:
//   node scripts/same-output.mjs --out=/tmp/before.jsonl
//   ...change...
//   node scripts/same-output.mjs --out=/tmp/after.jsonl --compare=/tmp/before.jsonl
// It bundles src/ fresh (esbuild), reads ../shared at run time only and writes nothing into the repo.
//   --only=dev,train,pages,growth   a subset of the inputs
//   --growth-scales=1,10            sizes of the growth texts (x 20,000 characters)
//   --src=DIR                       the engine of another checkout (e.g. a `git archive` of main)
import { build } from "esbuild";
import { supported } from "./esbuild-supported.mjs";
import { createHash } from "node:crypto";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const argv = process.argv.slice(2);
const arg = (name) => argv.find((x) => x.startsWith(`--${name}=`))?.slice(name.length + 3);
const here = resolve(dirname(fileURLToPath(import.meta.url)), "..");
// --src=DIR: the engine of another checkout (a tree holding src/ and scripts/bench-growth.mjs)
const root = resolve(arg("src") ?? here);
const shared = resolve(here, "..", "shared");
const out = arg("out");
const ref = arg("compare");
const only = new Set((arg("only") ?? "dev,train,pages,growth").split(","));
const scales = (arg("growth-scales") ?? "1,10").split(",").map(Number);
if (!out) {
  process.stderr.write("usage: node scripts/same-output.mjs --out=FILE [--compare=FILE] [--only=dev,train,pages,growth]\n");
  process.exit(2);
}

const work = mkdtempSync(join(tmpdir(), "whosaid-same-"));
process.on("exit", () => rmSync(work, { recursive: true, force: true }));
const entry = join(work, "entry.ts");
writeFileSync(
  entry,
  `export { analyze, readerView } from ${JSON.stringify(join(root, "src/core/index.ts"))};\n` +
    `export { load } from ${JSON.stringify(join(root, "src/cli/input.ts"))};\n`,
);
const bundle = join(work, "same.mjs");
await build({ absWorkingDir: here, entryPoints: [entry], outfile: bundle, bundle: true, platform: "node", format: "esm", target: "node20", supported, logLevel: "warning" });
const { analyze, readerView, load } = await import(pathToFileURL(bundle).href);

const lines = [];
const noTimings = (a) => {
  const { timings, ...rest } = a;
  return timings === undefined ? a : rest;
};
function record(id, text, opts) {
  const a = analyze(text, opts);
  lines.push(JSON.stringify({ id, analysis: noTimings(a), reader: noTimings(readerView(a)) }));
}

const t0 = performance.now();
for (const split of ["dev", "train"]) {
  if (!only.has(split)) continue;
  const file = join(shared, "data", "polnear", `${split}.jsonl`);
  readFileSync(file, "utf8")
    .split("\n")
    .filter((l) => l.trim())
    .forEach((l, i) => record(`${split}:${JSON.parse(l).id ?? i}`, JSON.parse(l).text));
}
if (only.has("pages")) {
  for (const dir of ["pages", "pages-2"]) {
    const base = join(shared, "data", dir);
    for (const name of readdirSync(base).sort()) {
      const src = join(base, name, "source.html");
      if (!existsSync(src)) continue;
      let doc;
      try {
        doc = await load(src, { as: "auto", force: false, maxBytes: 64 * 1024 * 1024 });
      } catch (e) {
        lines.push(JSON.stringify({ id: `${dir}:${name}`, error: String(e?.message ?? e) }));
        continue;
      }
      record(`${dir}:${name}`, doc.text, { page: doc.page });
      record(`${dir}:${name}:forced`, doc.text, { page: doc.page, force: true });
    }
  }
}
if (only.has("growth")) {
  // the generators of the growth benchmark: their own module when there is one, else the section
  // of bench-growth.mjs that holds them, so both always use the same texts
  let genFile = join(root, "scripts", "lib", "growth-generators.mjs");
  if (!existsSync(genFile)) {
    const src = readFileSync(join(root, "scripts", "bench-growth.mjs"), "utf8");
    const from = src.indexOf("// ---------- generators");
    const to = src.indexOf("// ---------- worker");
    if (from < 0 || to < 0) throw new Error("bench-growth.mjs: generators section not found");
    genFile = join(work, "generators.mjs");
    writeFileSync(genFile, `${src.slice(from, to)}\nexport { GENERATORS };\n`);
  }
  const { GENERATORS } = await import(pathToFileURL(genFile).href);
  for (const [gen, make] of Object.entries(GENERATORS)) {
    for (const scale of scales) {
      const { text } = make(20_000 * scale);
      record(`growth:${gen}:${scale}x`, text);
    }
  }
}
const body = lines.join("\n") + "\n";
writeFileSync(out, body);
const sha = createHash("sha256").update(body).digest("hex");
console.log(`${lines.length} outputs, ${(body.length / 1e6).toFixed(1)} MB, sha256 ${sha.slice(0, 16)} -> ${out} (${((performance.now() - t0) / 1000).toFixed(1)} s)`);
if (ref) {
  const old = readFileSync(ref, "utf8");
  if (old === body) console.log(`IDENTICAL to ${ref}`);
  else {
    const a = old.split("\n");
    const b = body.split("\n");
    let n = 0;
    for (let i = 0; i < Math.max(a.length, b.length); i++) {
      if (a[i] === b[i]) continue;
      if (n++ < 5) console.log(`DIFFERS: ${(b[i] ?? a[i] ?? "").slice(0, 60)}...`);
    }
    console.log(`DIFFERENT from ${ref}: ${n} of ${Math.max(a.length, b.length)} lines differ`);
    process.exitCode = 1;
  }
}
