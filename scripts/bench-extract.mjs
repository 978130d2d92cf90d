// Benchmark of the statement extractor: prints milliseconds per 1,000 words on PolNeAR dev texts
// (read from ../shared at run time) and on one large concatenated text to show linear scaling.
// Usage: node scripts/bench-extract.mjs   (bundles src/core/extract.ts with esbuild first)
import { build } from "esbuild";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";

const root = resolve(import.meta.dirname, "..");
const dev = resolve(root, "../shared/data/polnear/dev.jsonl");
const dir = mkdtempSync(join(tmpdir(), "whosaid-bench-"));
try {
  const out = join(dir, "extract.mjs");
  await build({ entryPoints: [join(root, "src/core/extract.ts")], bundle: true, format: "esm", platform: "neutral", outfile: out, logLevel: "warning" });
  const { extractStatements } = await import(pathToFileURL(out).href);
  const docs = existsSync(dev)
    ? readFileSync(dev, "utf8").split("\n").filter(Boolean).map((l) => JSON.parse(l).text)
    : Array.from({ length: 50 }, (_, i) => `“Item ${i} is fine,” the spokesman said. Officials said the plan, according to a report, would fail.\n\n`.repeat(40));
  const words = (t) => t.split(/\s+/).filter(Boolean).length;
  const total = docs.reduce((n, t) => n + words(t), 0);
  const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
  for (let r = 0; r < 5; r++) {
    const w0 = performance.now(); const c0 = cpu();
    let n = 0;
    for (const d of docs) n += extractStatements(d).length;
    const wall = performance.now() - w0; const c = cpu() - c0;
    console.log(`run ${r + 1}: ${docs.length} texts, ${total} words, ${n} statements: ${(wall / total * 1000).toFixed(3)} ms wall, ${(c / total * 1000).toFixed(3)} ms cpu per 1000 words`);
  }
  for (const k of [1, 4, 16]) {
    const big = docs.join("\n\n").repeat(k);
    const w0 = performance.now();
    extractStatements(big);
    const wall = performance.now() - w0;
    console.log(`one text x${k}: ${words(big)} words in ${wall.toFixed(0)} ms = ${(wall / words(big) * 1000).toFixed(3)} ms per 1000 words`);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
