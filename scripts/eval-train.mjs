#!/usr/bin/env node
// `npm run eval:train`: the same figures as `npm run eval`, on PolNeAR train read fold by fold, for
// choosing between rule changes without looking at dev. Train is cut into the 5 folds of
// `npm run train`; each fold is read with a cue table learned on the other four (as the rules read
// text they never saw) and scored by the reference scorer (python3 ../shared/eval/score.py).
//   --rules-only   the rules' statements alone (extractStatements): no model in the loop, so
//                  the figures are out of fold throughout; compare two rule versions this way.
//   (default)      the pipeline as analyze() runs it (reader, span tagger, nesting re-read). The
//                  committed models were fitted on all of train, so these figures are optimistic
//                  in absolute terms; use them to compare, never to report.
//   --pred=FILE    keep the predictions (JSONL, the scorer's format) for error analysis.
// Usage: npm run eval:train [-- --rules-only] [-- --pred=FILE]
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { crossFitted } from "./lib/fold-engine.mjs";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const args = process.argv.slice(2);
const rulesOnly = args.includes("--rules-only");
const keep = args.find((a) => a.startsWith("--pred="))?.slice(7);
const file = resolve(root, "../shared/data/polnear/train.jsonl");
const K = 5; // the folds of scripts/train.mjs

const docs = readFileSync(file, "utf8").split("\n").filter((l) => l.trim()).map((l) => JSON.parse(l));
const spanOf = (s) => (s ? { start: s.start, end: s.end } : null);
const lines = [];
for await (const { eng, fold } of crossFitted(root, docs, K, [
  'export { extractStatements } from "./src/core/extract";',
  'export { dropGenericYou } from "./src/core/gate";',
  'export { decorate, keptStatements, unnestOutside } from "./src/core/display";',
  'export { refineSpans } from "./src/core/model/spans";',
], "eval-train")) {
  for (const { doc } of fold) {
    let statements;
    if (rulesOnly) statements = eng.extractStatements(doc.text);
    else {
      // the order of analyze(): extract, display, the rejected dropped, span tagger (reading all
      // the cue candidates), (enrichment), nesting
      const found = eng.dropGenericYou(eng.extractStatements(doc.text));
      const candidates = eng.decorate(doc.text, found, { inPlace: true });
      const st = eng.refineSpans(doc.text, eng.keptStatements(candidates), true, undefined, candidates);
      statements = eng.unnestOutside(st);
    }
    const out = statements.map((s) => {
      const o = { source: spanOf(s.source), cue: spanOf(s.cue), content: spanOf(s.content) };
      if (s.contentParts) o.contentParts = s.contentParts.map(spanOf);
      if (s.parent !== undefined) o.parent = s.parent;
      return o;
    });
    lines.push(JSON.stringify({ id: doc.id, statements: out }));
  }
}
const work = mkdtempSync(join(tmpdir(), "whosaid-eval-train-"));
const pred = keep ? resolve(keep) : join(work, "train.pred.jsonl");
writeFileSync(pred, lines.join("\n") + "\n");
const scored = spawnSync("python3", [resolve(root, "../shared/eval/score.py"), file, pred], { encoding: "utf8" });
if (!keep) rmSync(work, { recursive: true, force: true });
if (scored.status !== 0) {
  process.stderr.write(`eval:train: score.py failed: ${scored.stderr || scored.error}\n`);
  process.exit(1);
}
const s = JSON.parse(scored.stdout);
console.log(`PolNeAR train, ${K} folds (${s.articles} articles; ${rulesOnly ? "rules only" : "full pipeline, models fitted on all of train"})`);
console.log(`  ${"figure".padEnd(24)} ${"P".padStart(7)} ${"R".padStart(7)} ${"F1".padStart(7)}`);
const fmt = (x) => x.toFixed(4).padStart(7);
for (const [name, v] of Object.entries(s)) if (v && typeof v === "object") console.log(`  ${name.padEnd(24)} ${fmt(v.p)} ${fmt(v.r)} ${fmt(v.f1)}`);
console.log(`  ${"speech_content_recall".padEnd(24)} ${s.speech_content_recall.toFixed(4).padStart(23)}`);
console.log(`  ${"speech_end_to_end_recall".padEnd(24)} ${s.speech_end_to_end_recall.toFixed(4).padStart(23)}`);
