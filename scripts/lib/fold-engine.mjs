// The rules and model code of src/core bundled with a given cue table in place of cues.json, so a
// training script can read a fold of PolNeAR train as the rules read text they never saw
// (cross-fitting). Used by scripts/train.mjs and scripts/train-spans.mjs.
import { build } from "esbuild";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";

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
