#!/usr/bin/env node
// Output-identity check for performance work: writes the engine's output for a fixed set of
// inputs, one JSON file per input, so a change meant to be output-identical can be compared byte
// for byte against the build before it.
//   node scripts/snapshot.mjs --out=DIR [--root=TREE] [--no-growth] [--big]
//   node scripts/snapshot.mjs --compare=DIR_A,DIR_B
// Inputs: the growth benchmark's generators (scripts/lib/growth-generators.mjs) at 1x and 10x
// (--big adds 100x, about 2 MB each); the PolNeAR dev texts as the CLI's --jsonl reads them
// (analyze(text)); the real pages of ../shared/data/pages and pages-2 as the CLI reads them
// (Readability article text and page signals), gated and forced. For each: the Analysis without
// its timings, readerView() of it, and the history's profileAnalysis() at its caps and uncapped.
// --root bundles the engine from another tree (e.g. an export of main), so both builds are
// checked by the same script. Nothing from ../shared is written anywhere but DIR (keep DIR
// outside the repository).
import { build } from "esbuild";
import { supported } from "./esbuild-supported.mjs";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { GENERATORS, BASE_CHARS } from "./lib/growth-generators.mjs";

const here = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const argv = process.argv.slice(2);
const arg = (name) => argv.find((x) => x.startsWith(`--${name}=`))?.slice(name.length + 3);
const sha = (s) => createHash("sha256").update(s).digest("hex").slice(0, 16);

const compare = arg("compare");
if (compare) {
  const [a, b] = compare.split(",");
  const names = [...new Set([...readdirSync(a), ...readdirSync(b)])].sort();
  let diff = 0;
  for (const n of names) {
    const x = existsSync(join(a, n)) ? readFileSync(join(a, n)) : null;
    const y = existsSync(join(b, n)) ? readFileSync(join(b, n)) : null;
    if (!x || !y || !x.equals(y)) {
      diff++;
      console.log(`DIFFERS ${n}${!x || !y ? " (missing on one side)" : ""}`);
    }
  }
  console.log(`${names.length} files, ${diff} differ`);
  process.exit(diff ? 1 : 0);
}

const out = arg("out");
if (!out) {
  console.error("usage: snapshot.mjs --out=DIR [--root=TREE] [--no-growth] [--big] | --compare=A,B");
  process.exit(2);
}
const root = resolve(arg("root") ?? here);
const shared = resolve(here, "..", "shared");
mkdirSync(out, { recursive: true });

const work = mkdtempSync(join(tmpdir(), "whosaid-snapshot-"));
process.on("exit", () => rmSync(work, { recursive: true, force: true }));
const entry = join(work, "entry.ts");
const src = (p) => JSON.stringify(join(root, p));
writeFileSync(
  entry,
  `export { analyze } from ${src("src/core/analyze.ts")};\n` +
    `export { readerView } from ${src("src/core/display.ts")};\n` +
    `export { profileAnalysis } from ${src("src/background/history/profile.ts")};\n` +
    `export { MAX_PAGE_RECORDS, MAX_LOOKUP_STATEMENTS } from ${src("src/background/history/index.ts")};\n` +
    `export { load } from ${src("src/cli/input.ts")};\n`,
);
const bundle = join(work, "engine.mjs");
await build({
  absWorkingDir: root,
  entryPoints: [entry],
  outfile: bundle,
  bundle: true,
  platform: "node",
  packages: "external",
  nodePaths: [join(here, "node_modules")],
  format: "esm",
  target: "node20",
  supported,
  logLevel: "warning",
});
// the bundle lives in a temp folder: let it resolve linkedom and Readability from this tree
writeFileSync(join(work, "package.json"), "{}");
rmSync(join(work, "node_modules"), { force: true });
await import("node:fs").then((fs) => fs.symlinkSync(join(here, "node_modules"), join(work, "node_modules")));
const E = await import(pathToFileURL(bundle).href);

const noTimings = (a) => JSON.stringify(a, (k, v) => (k === "timings" ? undefined : v));
const lines = [];
function record(name, text, title, analysis) {
  const profiles = (limit) => (analysis.statements.length ? E.profileAnalysis(analysis, text, title, limit) : []);
  const body =
    `{"analysis":${noTimings(analysis)},\n"reader":${noTimings(E.readerView(analysis))},\n` +
    `"profile_page":${JSON.stringify(profiles(E.MAX_PAGE_RECORDS))},\n"profile_lookup":${JSON.stringify(profiles(E.MAX_LOOKUP_STATEMENTS))},\n` +
    `"profile_all":${JSON.stringify(profiles(Infinity))}}\n`;
  writeFileSync(join(out, name + ".json"), body);
  lines.push(`${sha(body)} ${name}`);
}

if (!argv.includes("--no-growth")) {
  const scales = argv.includes("--big") ? [1, 10, 100] : [1, 10];
  for (const [gen, make] of Object.entries(GENERATORS)) {
    for (const scale of scales) {
      const { text, title } = make(BASE_CHARS * scale);
      record(`growth-${gen.replace(/\s+/g, "-")}-${scale}x`, text, title, E.analyze(text));
    }
  }
}

const dev = join(shared, "data/polnear/dev.jsonl");
if (existsSync(dev)) {
  for (const line of readFileSync(dev, "utf8").split("\n")) {
    if (!line.trim()) continue;
    const rec = JSON.parse(line);
    record(`polnear-${rec.id}`, rec.text, "", E.analyze(rec.text));
  }
}

for (const dir of ["pages", "pages-2"]) {
  const base = join(shared, "data", dir);
  if (!existsSync(base)) continue;
  for (const id of readdirSync(base).sort()) {
    const file = join(base, id, "source.html");
    if (!existsSync(file)) continue;
    let doc;
    try {
      doc = await E.load(file, { as: "auto", force: false, maxBytes: 16 * 1024 * 1024 });
    } catch (e) {
      lines.push(`load-error ${dir}/${id}: ${e.message}`);
      continue;
    }
    record(`${dir}-${id}`, doc.text, doc.title, E.analyze(doc.text, { page: doc.page, force: false }));
    record(`${dir}-${id}-forced`, doc.text, doc.title, E.analyze(doc.text, { page: doc.page, force: true }));
  }
}
writeFileSync(join(out, "INDEX.txt"), lines.join("\n") + "\n");
console.log(`${lines.length} outputs written to ${out} (engine from ${root})`);
