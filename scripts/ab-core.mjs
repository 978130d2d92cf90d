#!/usr/bin/env node
// A/B timing of two builds of core in one process, for speed work: bundles src/core of two trees
// (esbuild, as bench:core does), warms both up, then times analyze() on each PolNeAR dev article
// with the builds alternating run by run, so load from other processes lands on both alike.
// Prints each build's median ms per 1,000 words (per-article medians, then their median), the
// pooled figure, and the ratio B/A. Optionally a growth generator's text (scripts/lib/
// growth-generators.mjs) at a given scale, also alternating. Reads ../shared at run time only.
//   node scripts/ab-core.mjs --a=DIR_A [--b=DIR_B] [--runs=7] [--growth=NAME] [--scale=100] [--growth-runs=3]
// DIR_A / DIR_B: trees holding src/ (e.g. `git archive main | tar -x -C DIR`); B defaults to this tree.
import { build } from "esbuild";
import { supported } from "./esbuild-supported.mjs";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { BASE_CHARS, GENERATORS } from "./lib/growth-generators.mjs";
import { alternate, devSpeed, median } from "./lib/dev-speed.mjs";

const here = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const argv = process.argv.slice(2);
const arg = (name) => argv.find((x) => x.startsWith(`--${name}=`))?.slice(name.length + 3);
const dirA = arg("a");
const dirB = resolve(arg("b") ?? here);
const RUNS = Number(arg("runs") ?? 7);
const growth = arg("growth");
const scale = Number(arg("scale") ?? 100);
const growthRuns = Number(arg("growth-runs") ?? 3);
if (!dirA) {
  process.stderr.write("usage: node scripts/ab-core.mjs --a=DIR_A [--b=DIR_B] [--runs=7] [--growth=NAME] [--scale=100]\n");
  process.exit(2);
}
const shared = resolve(here, "..", "shared");
if (!existsSync(shared)) {
  process.stderr.write(`ab-core: shared data not found at ${shared}\n`);
  process.exit(1);
}

const work = mkdtempSync(join(tmpdir(), "whosaid-ab-"));
process.on("exit", () => rmSync(work, { recursive: true, force: true }));
async function bundle(dir, name) {
  const entry = join(work, `${name}.ts`);
  writeFileSync(entry, `export { analyze, analyzeSteps } from ${JSON.stringify(join(resolve(dir), "src/core/analyze.ts"))};\n`);
  const out = join(work, `${name}.mjs`);
  await build({ absWorkingDir: here, entryPoints: [entry], outfile: out, bundle: true, platform: "neutral", format: "esm", target: "node20", supported, logLevel: "warning" });
  return import(pathToFileURL(out).href);
}
const A = await bundle(dirA, "a");
const B = await bundle(dirB, "b");

const dev = readFileSync(join(shared, "data", "polnear", "dev.jsonl"), "utf8")
  .split("\n")
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l).text);
let sink = 0;
const builds = [A, B];
for (let i = 0; i < 2; i++) for (const t of dev) for (const b of builds) sink += b.analyze(t).statements.length;

// wall time, and this process's CPU time (user + system: the engine and the garbage collector's
// threads), which other processes on a busy machine stretch less than wall time; which build goes
// first alternates run by run, so neither always follows the other's garbage
const [a, b] = devSpeed(builds.map((bd) => (t) => bd.analyze(t)), dev, RUNS, { swap: true });
sink += a.sink;
const f = (x, d = 3) => x.toFixed(d);
console.log(`A/B over PolNeAR dev (${dev.length} articles, ${a.words} words, ${RUNS} runs each, alternating)`);
console.log(`  A ${dirA}: median ${f(a.median)} ms/1k words, pooled ${f(a.pooled)}, CPU pooled ${f(a.cpuPooled)}`);
console.log(`  B ${dirB}: median ${f(b.median)} ms/1k words, pooled ${f(b.pooled)}, CPU pooled ${f(b.cpuPooled)}`);
console.log(`  B/A: median ${f(b.median / a.median)}, pooled ${f(b.pooled / a.pooled)}, CPU pooled ${f(b.cpuPooled / a.cpuPooled)}`);

if (growth) {
  const make = GENERATORS[growth];
  if (!make) throw new Error(`no generator ${growth}`);
  const { text } = make(BASE_CHARS * scale);
  const once = (bd) => {
    const run = bd.analyzeSteps(text);
    let r = run.next();
    while (!r.done) r = run.next();
    return r.value.statements.length;
  };
  const g = alternate(builds.map((bd) => () => once(bd)), growthRuns, { swap: true });
  sink += g.sink;
  const [ga, gb] = g.ms.map((x) => median(x));
  const [ca, cb] = g.cpu.map((x) => median(x));
  console.log(`Growth "${growth}" at ${scale}x (${text.length} chars), ${growthRuns} runs each: A ${f(ga, 0)} ms, B ${f(gb, 0)} ms, B/A ${f(gb / ga)}; CPU A ${f(ca, 0)} ms, B ${f(cb, 0)} ms, B/A ${f(cb / ca)}`);
}
if (sink === -1) console.log("");
