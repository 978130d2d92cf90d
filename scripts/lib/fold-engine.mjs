// The rules and model code of src/core bundled with a given cue table in place of cues.json, so a
// training script can read a fold of PolNeAR train as the rules read text they never saw
// (cross-fitting). Used by scripts/train.mjs, scripts/train-spans.mjs and scripts/eval-train.mjs.
import { build } from "esbuild";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { learnCues } from "./learn-cues.mjs";

const work = mkdtempSync(join(tmpdir(), "whosaid-train-"));
process.on("exit", () => rmSync(work, { recursive: true, force: true }));

/** root: the repository; exports: lines of `export … from "./src/core/…"`; cues: the table. */
export async function engineWith(root, exportsList, cues, name) {
  const outfile = join(work, `${name}.mjs`);
  await build({
    absWorkingDir: root,
    stdin: { contents: exportsList.join("\n"), resolveDir: root, loader: "ts" },
    outfile,
    bundle: true,
    platform: "neutral",
    format: "esm",
    logLevel: "warning",
    plugins: [{
      name: "fold-cues",
      setup(b) {
        b.onLoad({ filter: /[\\/]model[\\/]cues\.json$/ }, () => ({ contents: JSON.stringify(cues), loader: "json" }));
      },
    }],
  });
  return import(pathToFileURL(outfile).href);
}

/** A small deterministic random generator (mulberry32). */
export function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Cross-fitting over K folds (document i is in fold i % K): for each fold in turn, the engine of
 * `exportsList` with a cue table learned on the other folds only, and the fold's documents with
 * their index in `docs`.
 */
export async function* crossFitted(root, docs, K, exportsList, name) {
  for (let k = 0; k < K; k++) {
    const eng = await engineWith(root, exportsList, learnCues(docs.filter((_, i) => i % K !== k)), `${name}${k}`);
    const fold = [];
    docs.forEach((doc, i) => i % K === k && fold.push({ doc, i }));
    yield { k, eng, fold };
  }
}
