#!/usr/bin/env node
// `npm run eval:history`: does the history offer the other side from earlier reading, on real
// stories, and nothing from unrelated reading?
//
// Articles: the real English news pages of ../shared/data/pages and pages-2 (read at run time,
// never copied into the repo) and our own invented pages in tests/fixtures/history/. Each is read
// by the built CLI exactly as the extension reads a page (`whosaid --json --with-text`: Readability,
// then the engine), and recorded into the real src/background/history (fake-indexeddb in Node).
//
// Stories (the gold, by hand from the pages' headlines, listed in STORIES below): groups of
// articles on one story: the real pages about one impeachment inquiry, one company, one trade
// dispute and one air crash; our own pairs, each told twice in different words by different
// outlets with other speakers. Reading history: 30 articles on other stories first (our own
// distractors that share a name or a word with a pair, and the real news pages that share the most
// names with the story pages), then each story's articles in order; each article after the first
// of its story is looked up against everything read before it.
//
// Gold, for a looked-up article B: the other-side statements of the earlier articles of B's story,
// i.e. every stored statement of those articles with a named side (the Analysis' party, or the
// speaker when it has none) that differs from the side of at least one statement of B.
// - recall: share of those (counted once per sentence, as a link lands on a sentence) offered
//   under at least one statement of B;
// - precision: share of all offers under B's statements (at most three each) that come from an
//   earlier article of B's story AND from another side than the statement they are offered under.
// Offers from any other article (the 30 distractors, other stories) are wrong by definition.
// Sides are the engine's own (its party tagging is measured elsewhere), compared by name key (a
// full name and its surname are one side).
//
// Exit 0 after measuring (also below a floor), 1 when it could not measure; skips with a message
// (exit 0) when ../shared is absent. Options: --verbose (per-article offers), --no-build.
import "fake-indexeddb/auto";
import { build } from "esbuild";
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const shared = resolve(root, "..", "shared", "data");
const args = new Set(process.argv.slice(2));
const verbose = args.has("--verbose") || args.has("-v");
const RECALL_FLOOR = 0.8;
const PRECISION_FLOOR = 0.9;
const DISTRACTORS = 30;

// Stories: ids in reading order. Real pages (by the headlines in index.json) and our own pages.
const STORIES = [
  { name: "impeachment inquiry (real)", ids: ["ap-sondland-questions", "cbsnews-impeachment-volker-morrison", "deccanherald-impeachment-sham"] },
  { name: "WeWork (real)", ids: ["therealdeal-wework-layoffs", "venturebeat-wework-ag-probe"] },
  { name: "US-China trade war (real)", ids: ["nytimes-trump-trade-war", "reuters-asian-markets-trade"] },
  { name: "AirAsia flight QZ8501 (real)", ids: ["telegraph-airasia-live", "news-globeandmail-airasia"] },
  { name: "dam release (ours)", ids: ["own:dam-a", "own:dam-b"] },
  { name: "mill closure (ours)", ids: ["own:mill-a", "own:mill-b"] },
  { name: "stadium naming (ours)", ids: ["own:stadium-a", "own:stadium-b"] },
];
const OWN_DISTRACTORS = ["own:dx-water-tariff", "own:dx-other-dam", "own:dx-calloway-results", "own:dx-union-nurses", "own:dx-football-transfer", "own:dx-council-budget"];

const color = process.stdout.isTTY && !process.env.NO_COLOR;
const mark = (ok) => (ok ? (color ? "\u001b[32mPASS\u001b[0m" : "PASS") : color ? "\u001b[31mFAIL\u001b[0m" : "FAIL");
const die = (msg) => {
  process.stderr.write(`eval:history: ${msg}\n`);
  process.exit(1);
};

if (!existsSync(join(shared, "pages", "index.json"))) {
  console.log(`eval:history: skipped: the real pages are not here (${join(shared, "pages")}); they live in ../shared next to the repo`);
  process.exit(0);
}
const cli = join(root, "dist", "cli", "whosaid.mjs");
if (!args.has("--no-build")) {
  const b = spawnSync(process.execPath, [join(root, "scripts", "build.mjs"), "--only=cli"], { cwd: root, stdio: ["ignore", "ignore", "inherit"] });
  if (b.status !== 0) die("building the CLI failed");
}
if (!existsSync(cli)) die("dist/cli/whosaid.mjs missing; run `npm run build`");

// The history code itself, bundled for Node.
const work = mkdtempSync(join(tmpdir(), "whosaid-eval-history-"));
process.on("exit", () => rmSync(work, { recursive: true, force: true }));
const bundle = join(work, "history.mjs");
await build({
  absWorkingDir: root,
  stdin: {
    contents: `export { History } from "./src/background/history/index";
export { profileAnalysis } from "./src/background/history/profile";
export { sameSide } from "./src/background/history/match";
export { textFragmentUrl } from "./src/background/history/fragment";`,
    resolveDir: root,
    loader: "ts",
  },
  bundle: true,
  platform: "node",
  format: "esm",
  outfile: bundle,
  logLevel: "warning",
});
const { History, profileAnalysis, sameSide, textFragmentUrl } = await import(pathToFileURL(bundle).href);

// ---- the pages ----------------------------------------------------------------------------------
const realPages = new Map(); // id -> { file, url }
for (const dir of ["pages", "pages-2"]) {
  const index = join(shared, dir, "index.json");
  if (!existsSync(index)) continue;
  for (const p of JSON.parse(readFileSync(index, "utf8"))) {
    const file = join(shared, dir, p.id, "source.html");
    if (p.language === "en" && p.category === "news-with-attributions" && existsSync(file)) {
      realPages.set(p.id, { file, url: p.url ?? `https://${p.site ?? "unknown.example"}/${p.id}` });
    }
  }
}
const ownDir = join(root, "tests", "fixtures", "history");
const ownPages = new Map(
  readdirSync(ownDir)
    .filter((f) => f.endsWith(".html"))
    .map((f) => {
      const name = f.slice(0, -5);
      // each of our own articles on a site of its own (each fixture names a different paper)
      return ["own:" + name, { file: join(ownDir, f), url: `https://${name}.news.example/article` }];
    }),
);
const pageOf = (id) => realPages.get(id) ?? ownPages.get(id);

const missing = STORIES.flatMap((s) => s.ids).filter((id) => !pageOf(id));
if (missing.length) console.log(`note: not found, left out: ${missing.join(", ")}`);

/** Read pages with the CLI (one process for all), as the extension reads them. */
function readAll(ids) {
  const files = ids.map((id) => pageOf(id).file);
  const r = spawnSync(process.execPath, [cli, "--json", "--with-text", "--force", "--html", "--no-color", ...files], { maxBuffer: 1 << 30, encoding: "utf8" });
  if (r.status !== 0 && !r.stdout) die(`the CLI failed: ${r.stderr}`);
  const out = JSON.parse(r.stdout);
  const list = Array.isArray(out) ? out : [out];
  return new Map(ids.map((id, i) => [id, list[i]]));
}

const storyOf = new Map();
for (const s of STORIES) for (const id of s.ids) if (pageOf(id)) storyOf.set(id, s.name);
const storyIds = [...storyOf.keys()];
const otherReal = [...realPages.keys()].filter((id) => !storyOf.has(id));
const read = readAll([...storyIds, ...OWN_DISTRACTORS.filter(pageOf), ...otherReal]);

// Distractors: our own, then the real pages sharing the most capitalised name words with a story
// page (a name or a word in common is what could fool a matcher).
const names = (id) => new Set([...(read.get(id)?.text ?? "").matchAll(/\b\p{Lu}[\p{L}’'-]{2,}/gu)].map((m) => m[0].toLowerCase()));
const storyNames = new Set(storyIds.flatMap((id) => [...names(id)]));
const ranked = otherReal
  .filter((id) => read.get(id)?.analysis?.statements?.length)
  .map((id) => ({ id, n: [...names(id)].filter((w) => storyNames.has(w)).length }))
  .sort((a, b) => b.n - a.n || (a.id < b.id ? -1 : 1));
const distractors = [...OWN_DISTRACTORS.filter(pageOf), ...ranked.map((r) => r.id)].slice(0, DISTRACTORS);

// ---- reading ------------------------------------------------------------------------------------
const DAY = 86_400_000;
let now = Date.UTC(2026, 0, 1);
const history = new History({ dbName: "eval-history", now: () => now, settings: () => ({ enabled: true, maxStatements: 200_000, maxAgeDays: 3650 }) });
const urlOf = (id) => pageOf(id).url;
const report = (id) => {
  const p = read.get(id);
  return { state: "done", url: urlOf(id), title: p.title ?? "", text: p.text, analysis: p.analysis };
};

for (const id of distractors) {
  now += DAY / 2;
  await history.record(report(id));
}

let goldN = 0;
let goldAll = 0;
let goldHit = 0;
let offered = 0;
let offeredOk = 0;
const rows = [];
for (const s of STORIES) {
  const ids = s.ids.filter((id) => read.get(id)?.analysis);
  for (let k = 0; k < ids.length; k++) {
    const id = ids[k];
    now += DAY / 3;
    if (k > 0) {
      const r = report(id);
      const earlier = new Set(ids.slice(0, k).map(urlOf));
      const records = (await history.exportJson()).records;
      // which stored records a counter's link stands for (two statements in one sentence share one)
      const bySentence = new Map();
      for (const rec of records) {
        const link = textFragmentUrl(rec.url, rec.sentence, rec.fragment || undefined);
        bySentence.set(link, [...(bySentence.get(link) ?? []), rec]);
      }
      const profiles = profileAnalysis(r.analysis, r.text, r.title);
      const sidesB = profiles.map((p) => p.partyKeys).filter((keys) => keys.length > 0);
      const gold = new Set(
        records
          .filter((rec) => earlier.has(rec.url) && rec.partyKeys.length > 0 && sidesB.some((keys) => !sameSide(keys, rec.partyKeys)))
          .map((rec) => textFragmentUrl(rec.url, rec.sentence, rec.fragment || undefined)),
      );
      const found = await history.lookup(r.analysis, r.url, r.text, r.title);
      const sideOf = new Map(profiles.map((p) => [p.index, p.partyKeys]));
      const hit = new Set();
      let n = 0;
      let ok = 0;
      const wrong = [];
      found.forEach((counters, i) => {
        for (const c of counters) {
          if (c.kind !== "history") continue;
          n++;
          const recs = bySentence.get(c.url) ?? [];
          const keys = sideOf.get(i) ?? [];
          const good = recs.some((rec) => earlier.has(rec.url) && rec.partyKeys.length > 0 && keys.length > 0 && !sameSide(keys, rec.partyKeys));
          if (good) {
            ok++;
            if (gold.has(c.url)) hit.add(c.url);
          } else wrong.push(`  #${i} ${r.analysis.statements[i]?.speaker ?? "?"} <- ${c.label.slice(0, 150)}`);
        }
      });
      // No more than three offers fit under one statement: a B with few statements cannot show a
      // long earlier article whole, so the gold counted is at most what could be shown.
      const room = 3 * sidesB.length;
      goldN += Math.min(gold.size, room);
      goldHit += hit.size;
      goldAll += gold.size;
      offered += n;
      offeredOk += ok;
      rows.push({ story: s.name, id, gold: gold.size, room, hit: hit.size, offered: n, ok });
      if (verbose && wrong.length) console.log(`wrong offers under ${id}:\n${wrong.join("\n")}`);
      if (verbose) {
        const missed = [...gold].filter((u) => !hit.has(u)).map((u) => `  missed: ${(bySentence.get(u)?.[0]?.sentence ?? u).slice(0, 140)}`);
        if (missed.length) console.log(`missed for ${id}:\n${missed.join("\n")}`);
      }
    }
    await history.record(report(id));
  }
}
await history.close();

const pct = (a, b) => (b === 0 ? "  -  " : (a / b).toFixed(3));
console.log(`history across articles (real pages from ${shared}, our own pages from tests/fixtures/history; read by the CLI, recorded in src/background/history)`);
console.log(`reading history: ${distractors.length} articles on other stories (${distractors.filter((d) => d.startsWith("own:")).length} ours), then ${storyIds.length} story articles in ${STORIES.length} stories`);
console.log("");
console.log("story / looked-up article                                      gold  room  offered-of-gold  offers  right");
for (const r of rows) {
  console.log(`${(r.story + " / " + r.id).padEnd(62)} ${String(r.gold).padStart(4)}  ${String(r.room).padStart(4)}  ${String(r.hit).padStart(15)}  ${String(r.offered).padStart(6)}  ${String(r.ok).padStart(5)}`);
}
console.log("(gold: other-side statements of the story's earlier articles, one per sentence; room: 3 x statements of the article with a side)");
const recall = goldN ? goldHit / goldN : 0;
const precision = offered ? offeredOk / offered : 0;
console.log("");
console.log(`recall of earlier other-side statements offered  ${pct(goldHit, goldN)} (${goldHit}/${goldN}, gold capped at the room)  floor ${RECALL_FLOOR}  ${mark(recall >= RECALL_FLOOR)}`);
console.log(`  uncapped, of all such statements               ${pct(goldHit, goldAll)} (${goldHit}/${goldAll})`);
console.log(`precision of what is offered                     ${pct(offeredOk, offered)} (${offeredOk}/${offered})  floor ${PRECISION_FLOOR}  ${mark(precision >= PRECISION_FLOOR)}`);
