#!/usr/bin/env node
// `npm run bench:core`: how fast the core engine analyses text, in ms per 1,000 words, next to
// wink-nlp's tokenizer + POS tagger on the same text as a yardstick, and how time grows with length.
// A benchmark prints numbers; it never fails a test. It bundles src/core fresh (esbuild) so it
// measures the source as it is, and reads article text from ../shared at run time only.
import { build } from "esbuild";
import { supported } from "./esbuild-supported.mjs";
import { countWords, devSpeed, median } from "./lib/dev-speed.mjs";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { gzipSync } from "node:zlib";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const shared = resolve(root, "..", "shared");
const argv = process.argv.slice(2);
const opt = (name, dflt) => {
  const a = argv.find((x) => x.startsWith(`--${name}=`));
  return a ? Number(a.split("=")[1]) : dflt;
};
const RUNS = opt("runs", 7);
const FLOOR_MS_PER_1K = 3;

if (!existsSync(shared)) {
  process.stderr.write(`bench:core: shared data not found at ${shared}\n`);
  process.exit(1);
}

const work = mkdtempSync(join(tmpdir(), "whosaid-bench-"));
process.on("exit", () => rmSync(work, { recursive: true, force: true }));
const bundle = join(work, "core.mjs");
let sink = 0;
await build({
  absWorkingDir: root,
  entryPoints: ["src/core/index.ts"],
  outfile: bundle,
  bundle: true,
  platform: "neutral",
  format: "esm",
  target: "node20",
  supported,
  logLevel: "warning",
});
// Model load: the weights are parsed and put in lookup tables once per process (background, CLI).
// Timed cold, before anything else runs: the whole core bundle's import (module init included),
// and the learned data's parse + table build on its own.
const tImport = performance.now();
const { analyze } = await import(pathToFileURL(bundle).href);
const importMs = performance.now() - tImport;
const modelDir = join(root, "src", "core", "model");
const tModel = performance.now();
const MODEL_FILES = ["reader.json", "cues.json", "spans.json"];
for (const name of MODEL_FILES) {
  const m = JSON.parse(readFileSync(join(modelDir, name), "utf8"));
  // the span tagger keeps one table per boundary kind
  if (name === "spans.json") for (const w of Object.values(m.weights)) sink += new Map(Object.entries(w)).size;
  else sink += new Map(Object.entries(m.weights ?? m.cues)).size;
}
const modelMs = performance.now() - tModel;
const modelBytes = MODEL_FILES.reduce((n, name) => n + readFileSync(join(modelDir, name)).length, 0);
const modelGz = MODEL_FILES.reduce((n, name) => n + gzipSync(readFileSync(join(modelDir, name))).length, 0);
const spansGz = gzipSync(readFileSync(join(modelDir, "spans.json"))).length;

const require = createRequire(join(root, "package.json"));
const winkNLP = require("wink-nlp");
const model = require("wink-eng-lite-web-model");
// Tokenizer always runs; "pos" adds the tagger. Nothing else, so the yardstick is one cheap pass.
const nlp = winkNLP(model, ["pos"]);
const its = nlp.its;
const wink = (text) => nlp.readDoc(text).tokens().out(its.pos).length;

/** Wall times of fn(text) over `runs` runs, in ms. */
function times(fn, text, runs = RUNS) {
  const ts = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    const r = fn(text);
    ts.push(performance.now() - t0);
    sink += typeof r === "number" ? r : (r?.statements?.length ?? 0);
  }
  return ts;
}
/** Median wall time of fn(text) over `runs` runs, in ms. */
const time = (fn, text, runs = RUNS) => median(times(fn, text, runs));
const core = (t) => analyze(t);

// ---------- texts ----------
const dev = readFileSync(join(shared, "data", "polnear", "dev.jsonl"), "utf8")
  .split("\n")
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l).text);
const seed = readFileSync(join(shared, "examples", "seed-article", "article.txt"), "utf8");
function repeatTo(text, words) {
  const parts = [];
  let n = 0;
  while (n < words) {
    parts.push(text.trim());
    n += countWords(text);
  }
  return parts.join("\n\n");
}
const seed1x = repeatTo(seed, 1500);
const seed10x = repeatTo(seed, 15000);
const seed100x = repeatTo(seed, 150000);

// ---------- warm-up: let the JIT settle before anything is timed ----------
for (const t of dev) {
  core(t);
  wink(t);
}
for (let i = 0; i < 5; i++) {
  core(seed1x);
  wink(seed1x);
}

const per1k = (ms, words) => (ms / words) * 1000;
const f = (x, d = 2) => x.toFixed(d);
const pad = (s, n) => String(s).padStart(n);

// Dev articles: per article the median over runs, then the median of per-article ms per 1k words
// and the pooled figure (scripts/lib/dev-speed.mjs). The engine and wink-nlp are timed alternately
// on each article, run by run, so a burst of load from other processes lands on both alike and
// their ratio holds on a busy machine.
console.log(`Core analysis speed (Node ${process.version}, ${RUNS} runs per text, medians, after warm-up)`);
const [dc, dw] = devSpeed([core, wink], dev, RUNS);
sink += dc.sink;
console.log(`\nPolNeAR dev: ${dev.length} articles, ${dc.words} words (engine and wink-nlp timed alternately)`);
console.log(`  ${"".padEnd(28)} ${pad("median", 8)} ${pad("pooled", 8)} ${pad("p95", 8)}  (ms per 1,000 words)`);
console.log(`  ${"whosaid analyze()".padEnd(28)} ${pad(f(dc.median), 8)} ${pad(f(dc.pooled), 8)} ${pad(f(dc.p95), 8)}`);
console.log(`  ${"wink-nlp tokenize+POS".padEnd(28)} ${pad(f(dw.median), 8)} ${pad(f(dw.pooled), 8)} ${pad(f(dw.p95), 8)}`);
// The ratio to wink-nlp by article length: what an article costs beyond its words (its statements,
// the work per analysis) weighs most in short articles.
const BUCKETS = [[0, 400], [400, 800], [800, 1500], [1500, Infinity]];
const byLength = BUCKETS.map(([lo, hi]) => {
  const ix = dc.perText.map((_, i) => i).filter((i) => dc.perText[i].words >= lo && dc.perText[i].words < hi);
  const rate = (d) => median(ix.map((i) => per1k(d.perText[i].ms, d.perText[i].words)));
  return `${hi === Infinity ? `${lo}+` : `${lo}-${hi}`} words: ${ix.length} articles, ${ix.length ? f(rate(dc) / rate(dw)) : "-"}x`;
});
console.log(`  by length, engine vs wink-nlp (median rates): ${byLength.join("; ")}`);

const s1 = countWords(seed1x);
const sc = time(core, seed1x, RUNS * 3);
const sw = time(wink, seed1x, RUNS * 3);
console.log(`\nSeed article repeated to ${s1} words`);
console.log(`  ${"whosaid analyze()".padEnd(28)} ${pad(f(sc), 8)} ms  ${pad(f(per1k(sc, s1)), 8)} ms/1k words`);
console.log(`  ${"wink-nlp tokenize+POS".padEnd(28)} ${pad(f(sw), 8)} ms  ${pad(f(per1k(sw, s1)), 8)} ms/1k words`);

console.log(`\nGrowth (seed article repeated; linear means ms/1k words stays flat)`);
console.log(`  ${"size".padEnd(6)} ${pad("words", 8)} ${pad("core ms", 10)} ${pad("ms/1k", 7)} ${pad("min/1k", 7)}   ${pad("wink ms", 10)} ${pad("ms/1k", 7)} ${pad("min/1k", 7)}`);
// Sizes are interleaved round by round, so a burst of load from other processes lands on all of
// them alike instead of on whichever size happened to run then. Small texts repeat inside one
// timing (100x / 10x / 1x calls) so each timing covers about the same amount of work.
const sizes = [
  ["1x", seed1x, 100],
  ["10x", seed10x, 10],
  ["100x", seed100x, 1],
];
const samples = sizes.map(() => ({ core: [], wink: [] }));
for (let round = 0; round < RUNS; round++) {
  sizes.forEach(([, t, reps], i) => {
    for (const [key, fn] of [["core", core], ["wink", wink]]) {
      const t0 = performance.now();
      for (let r = 0; r < reps; r++) {
        const out = fn(t);
        sink += typeof out === "number" ? out : (out?.statements?.length ?? 0);
      }
      samples[i][key].push((performance.now() - t0) / reps);
    }
  });
}
const growth = [];
sizes.forEach(([label, t], i) => {
  const w = countWords(t);
  const c = samples[i].core;
  const kk = samples[i].wink;
  growth.push({ core: per1k(median(c), w), coreMin: per1k(Math.min(...c), w), wink: per1k(median(kk), w), winkMin: per1k(Math.min(...kk), w) });
  console.log(
    `  ${label.padEnd(6)} ${pad(w, 8)} ${pad(f(median(c)), 10)} ${pad(f(per1k(median(c), w)), 7)} ${pad(f(per1k(Math.min(...c), w)), 7)}` +
      `   ${pad(f(median(kk)), 10)} ${pad(f(per1k(median(kk), w)), 7)} ${pad(f(per1k(Math.min(...kk), w)), 7)}`,
  );
});

const [g1, g10, g100] = growth;
// Growth exponent k in time ~ words^k between two sizes: 1 is linear, 2 quadratic. Computed from
// the fastest runs, since other processes on a shared machine only ever add time; medians beside.
// Linear code still drifts a little (GC, caches): k <= 1.15 per 10x step counts as linear, and
// wink-nlp, a linear tokenizer run on the same text, shows the drift the machine adds.
const k = (a, b, key) => 1 + Math.log10(Math.max(b?.[key] ?? 0, 1e-9) / Math.max(a?.[key] ?? 0, 1e-9));
const kCore = k(g10, g100, "coreMin");
const linear = kCore <= 1.15 && k(g1, g10, "coreMin") <= 1.15;
console.log(
  `  exponent k (time ~ words^k), 1x→10x / 10x→100x: core ${f(k(g1, g10, "coreMin"))} / ${f(kCore)} (medians ${f(k(g1, g10, "core"))} / ${f(k(g10, g100, "core"))}),` +
    ` wink-nlp ${f(k(g1, g10, "winkMin"))} / ${f(k(g10, g100, "winkMin"))}`,
);
const s1k = per1k(sc, s1);
const fast = dc.median <= FLOOR_MS_PER_1K && s1k <= FLOOR_MS_PER_1K;
console.log(`\nFloors`);
console.log(`  ${fast ? "PASS" : "FAIL"} <= ${FLOOR_MS_PER_1K} ms per 1,000 words (dev median ${f(dc.median)}, seed ${f(s1k)})`);
console.log(`  ${linear ? "PASS" : "FAIL"} no worse than linear: growth exponent k <= 1.15 at each 10x step (core ${f(k(g1, g10, "coreMin"))}, ${f(kCore)})`);
const ratio = dw.median > 0 ? dc.median / dw.median : NaN;
console.log(`  ${ratio <= 3.5 ? "PASS" : "FAIL"} core vs wink-nlp on dev: ${f(ratio)}x the tagger's time (<= 3.5)`);
// CPU time (this process's user + system) pooled over the articles: other processes on a busy
// machine stretch wall time, more so for the longer call, but not the CPU time each call uses.
console.log(`       CPU time, pooled: ${f(dc.cpuPooled)} vs ${f(dw.cpuPooled)} ms per 1,000 words, ${f(dc.cpuPooled / dw.cpuPooled)}x (a check on a busy machine; the floor is on wall time)`);
console.log(`  ${modelMs <= 150 ? "PASS" : "FAIL"} model load ${f(modelMs, 1)} ms (<= 150; weights ${(modelBytes / 1024).toFixed(0)} KB, ${(modelGz / 1024).toFixed(0)} KB gzipped); whole core bundle import ${f(importMs, 1)} ms`);

// The span tagger's own share (src/core/model/spans.ts): refineSpans over the statements of each
// dev article, timed apart from the rest of analyze(), in ms per 1,000 words.
const tagBundle = join(work, "tagger.mjs");
await build({
  absWorkingDir: root,
  stdin: {
    contents: 'export { extractStatements } from "./src/core/extract"; export { refineSpans } from "./src/core/model/spans";',
    resolveDir: root,
    loader: "ts",
  },
  outfile: tagBundle,
  bundle: true,
  platform: "neutral",
  format: "esm",
  target: "node20",
  logLevel: "warning",
});
const tagger = await import(pathToFileURL(tagBundle).href);
const found = dev.map((t) => [t, tagger.extractStatements(t)]);
for (const [t, st] of found) sink += tagger.refineSpans(t, st).length; // warm-up
let tagMs = Infinity;
for (let r = 0; r < RUNS; r++) {
  const t0 = performance.now();
  for (const [t, st] of found) sink += tagger.refineSpans(t, st).length;
  tagMs = Math.min(tagMs, performance.now() - t0);
}
console.log(`  span tagger: ${f(per1k(tagMs, dc.words), 3)} ms per 1,000 words on dev (fastest of ${RUNS} runs), weights ${(spansGz / 1024).toFixed(0)} KB gzipped`);
if (sink === -1) console.log(""); // keeps results observable so no run is optimised away
