// scratch (not committed): print rules and pipeline statements for sentences on stdin (one per line)
import { readFileSync } from "node:fs";
import { build } from "esbuild";
import { pathToFileURL } from "node:url";
const root = new URL("..", import.meta.url).pathname;
await build({ absWorkingDir: root, stdin: { contents: 'export { extractStatements } from "./src/core/extract"; export { analyze } from "./src/core/analyze";', resolveDir: root, loader: "ts" }, outfile: "/tmp/acc/try.mjs", bundle: true, platform: "neutral", format: "esm", logLevel: "warning" });
const eng = await import(pathToFileURL("/tmp/acc/try.mjs").href + "?" + Date.now());
const sp = (t, s) => (s ? t.slice(s.start, s.end) : "∅");
for (const text of readFileSync(0, "utf8").split("\n").filter((l) => l.trim())) {
  console.log("## " + text);
  for (const s of eng.extractStatements(text)) console.log(`  R src=[${sp(text, s.source)}] cue=[${sp(text, s.cue)}] content=[${(s.contentParts ?? [s.content]).map((c) => sp(text, c)).join(" | ")}]${s.parent !== undefined ? " parent=" + s.parent : ""}`);
  for (const s of eng.analyze(text).statements) console.log(`  A src=[${sp(text, s.source)}] cue=[${sp(text, s.cue)}] content=[${(s.contentParts ?? [s.content]).map((c) => sp(text, c)).join(" | ")}] conf=${s.confidence?.toFixed?.(2)} ${s.cueClass} shown=${s.shown}${s.parent !== undefined ? " parent=" + s.parent : ""}`);
}
