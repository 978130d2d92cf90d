#!/usr/bin/env node
// `npm run eval`: measures the engine through the built CLI, exactly as the batch interface is used.
// 1. PolNeAR dev: `whosaid --jsonl` over ../shared/data/polnear/dev.jsonl, scored by the reference
//    scorer (python3 ../shared/eval/score.py); every figure printed, floors marked PASS/FAIL.
// 2. Unnamed sources on real pages: each page of ../shared/data/pages/unnamed-sources.json read from
//    its source.html by `whosaid --json` (Readability over linkedom, as the CLI reads any page);
//    recall averaged per page, precision pooled, traps flagged.
// It measures and never fits: exit 0 even below a floor; exit 1 only when it could not measure.
// It rebuilds the CLI first (`--only=cli`, about a second) so the numbers are never from a stale
// build; pass --no-build to measure dist/ as it is. --verbose prints per-page misses;
// --pred=FILE keeps the dev predictions (JSONL) for inspection.
import { spawn, spawnSync } from "node:child_process";
import { createReadStream, createWriteStream, existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const shared = resolve(root, "..", "shared");
const args = new Set(process.argv.slice(2));
const verbose = args.has("--verbose") || args.has("-v");
const cli = join(root, "dist", "cli", "whosaid.mjs");
const keepPred = process.argv.slice(2).find((a) => a.startsWith("--pred="))?.slice(7);

const FLOORS_POLNEAR = [
  ["content_overlap", "f1", 0.68],
  ["source_overlap", "f1", 0.68],
  ["end_to_end", "f1", 0.5],
  ["speech_content_recall", null, 0.85],
];
const TARGETS_POLNEAR = [
  ["speech_end_to_end_recall", null, 0.87],
  ["end_to_end", "f1", 0.66],
  ["content_overlap", "f1", 0.75],
  ["speech_content_recall", null, 0.92],
  ["source_exact", "f1", 0.74],
];
const FLOOR_RECALL = 0.75;
const FLOOR_PRECISION = 0.85;
// Issue 11 (speakers and sides) raised the bar for unnamed sources: printed as targets beside the floors.
const TARGET_RECALL = 0.85;
const TARGET_PRECISION = 0.92;

const color = process.stdout.isTTY && !process.env.NO_COLOR;
const mark = (ok) => (ok ? (color ? "\u001b[32mPASS\u001b[0m" : "PASS") : color ? "\u001b[31mFAIL\u001b[0m" : "FAIL");
const fmt = (x) => (typeof x === "number" ? x.toFixed(4) : String(x));

function die(msg) {
  process.stderr.write(`eval: ${msg}\n`);
  process.exit(1);
}

if (!existsSync(shared)) die(`shared data not found at ${shared} (expected ../shared next to the repo)`);
if (!args.has("--no-build")) {
  const b = spawnSync(process.execPath, [join(root, "scripts", "build.mjs"), "--only=cli"], { cwd: root, stdio: ["ignore", "ignore", "inherit"] });
  if (b.status !== 0) die("building the CLI failed");
}
if (!existsSync(cli)) die("dist/cli/whosaid.mjs missing; run `npm run build`");

const work = mkdtempSync(join(tmpdir(), "whosaid-eval-"));
process.on("exit", () => rmSync(work, { recursive: true, force: true }));

// ---------- 1. PolNeAR dev ----------
async function polnear() {
  const gold = join(shared, "data", "polnear", "dev.jsonl");
  if (!existsSync(gold)) die(`missing ${gold}`);
  const pred = keepPred ? resolve(keepPred) : join(work, "dev.pred.jsonl");
  const t0 = performance.now();
  const code = await new Promise((res, rej) => {
    const child = spawn(process.execPath, [cli, "--jsonl", "--no-progress"], { stdio: ["pipe", "pipe", "pipe"] });
    let err = "";
    child.stderr.on("data", (d) => (err += d));
    createReadStream(gold).pipe(child.stdin);
    // Resolve only when the predictions are on disk, not merely when the child has exited.
    const out = createWriteStream(pred);
    const written = new Promise((r) => out.on("finish", r));
    child.stdout.pipe(out);
    child.on("error", rej);
    child.on("close", (c) => {
      if (err.trim()) process.stderr.write(err.split("\n").slice(0, 10).join("\n") + "\n");
      written.then(() => res(c));
    });
  });
  const secs = (performance.now() - t0) / 1000;
  if (code !== 0) process.stderr.write(`eval: whosaid --jsonl exited with ${code}\n`);
  const scored = spawnSync("python3", [join(shared, "eval", "score.py"), gold, pred], { encoding: "utf8" });
  if (scored.status !== 0) die(`score.py failed: ${scored.stderr || scored.error}`);
  const s = JSON.parse(scored.stdout);
  console.log(`PolNeAR dev (${s.articles} articles, ${s.missing_predictions} missing predictions; whosaid --jsonl took ${secs.toFixed(1)} s)`);
  console.log(`  ${"figure".padEnd(24)} ${"P".padStart(7)} ${"R".padStart(7)} ${"F1".padStart(7)}`);
  for (const [k, v] of Object.entries(s)) {
    if (v && typeof v === "object") console.log(`  ${k.padEnd(24)} ${fmt(v.p).padStart(7)} ${fmt(v.r).padStart(7)} ${fmt(v.f1).padStart(7)}`);
  }
  console.log(`  ${"speech_content_recall".padEnd(24)} ${fmt(s.speech_content_recall).padStart(23)}`);
  if (typeof s.speech_end_to_end_recall === "number") console.log(`  ${"speech_end_to_end_recall".padEnd(24)} ${fmt(s.speech_end_to_end_recall).padStart(23)}`);
  if (verbose) diagnosePolnear(gold, pred);
  // The targets of issue 10 (the trained reader), printed beside the floors: not met yet, so
  // they never count as a failure here.
  console.log("  targets (issue 10):");
  for (const [k, sub, target] of TARGETS_POLNEAR) {
    const v = sub ? s[k]?.[sub] : s[k];
    console.log(`    ${typeof v === "number" && v >= target ? "met " : "not "} ${(sub ? `${k} ${sub}` : k).padEnd(24)} ${fmt(v)} / ${target}`);
  }
  console.log("  floors:");
  let ok = true;
  for (const [k, sub, floor] of FLOORS_POLNEAR) {
    const v = sub ? s[k]?.[sub] : s[k];
    const pass = typeof v === "number" && v >= floor;
    ok &&= pass;
    console.log(`    ${mark(pass)} ${(sub ? `${k} ${sub}` : k).padEnd(24)} ${fmt(v)} >= ${floor}`);
  }
  return ok;
}

// Diagnostics for --verbose: which cues the misses and false alarms carry, most frequent first.
// Matching mirrors score.py's content_overlap (token Dice >= 0.5, greedy one-to-one) closely
// enough to point at patterns; the figures above come from score.py alone.
function diagnosePolnear(goldPath, predPath) {
  const TOK = /[\p{L}\p{N}_]+/gu;
  const toks = (text, spans) => {
    const out = new Set();
    for (const sp of spans) {
      if (!sp) continue;
      TOK.lastIndex = 0;
      for (const m of text.slice(sp.start, sp.end).matchAll(TOK)) out.add(sp.start + m.index);
    }
    return out;
  };
  const dice = (a, b) => {
    if (!a.size || !b.size) return 0;
    let i = 0;
    for (const x of a) if (b.has(x)) i++;
    return (2 * i) / (a.size + b.size);
  };
  const preds = new Map(readFileSync(predPath, "utf8").split("\n").filter(Boolean).map((l) => { const d = JSON.parse(l); return [d.id, d]; }));
  const missed = new Map();
  const falseAlarms = new Map();
  const perArticle = [];
  const bump = (m, k) => m.set(k, (m.get(k) ?? 0) + 1);
  for (const line of readFileSync(goldPath, "utf8").split("\n").filter(Boolean)) {
    const g = JSON.parse(line);
    const P = (preds.get(g.id)?.statements ?? []).filter((st) => st.parent === undefined || st.parent === null);
    const gc = g.attributions.map((a) => toks(g.text, a.content_parts ?? [a.content]));
    const pc = P.map((st) => toks(g.text, st.contentParts ?? [st.content]));
    const pairs = [];
    gc.forEach((a, i) => pc.forEach((b, j) => { const d = dice(a, b); if (d >= 0.5) pairs.push([d, i, j]); }));
    pairs.sort((x, y) => y[0] - x[0]);
    const ug = new Set();
    const up = new Set();
    for (const [, i, j] of pairs) if (!ug.has(i) && !up.has(j)) { ug.add(i); up.add(j); }
    g.attributions.forEach((a, i) => { if (!ug.has(i)) bump(missed, (a.cue?.text ?? "(no cue)").toLowerCase().replace(/\s+/g, " ")); });
    P.forEach((st, j) => { if (!up.has(j)) bump(falseAlarms, (st.cue?.text ?? "(no cue)").toLowerCase().replace(/\s+/g, " ")); });
    perArticle.push({ id: g.id, gold: gc.length, pred: pc.length, matched: ug.size });
  }
  const top = (m) => [...m.entries()].sort((a, b) => b[1] - a[1]).slice(0, 30).map(([k, n]) => `${k} ${n}`).join(" · ");
  console.log(`  missed gold cues (most frequent): ${top(missed)}`);
  console.log(`  cues of unmatched predictions:    ${top(falseAlarms)}`);
  const worst = perArticle.sort((a, b) => (a.matched / Math.max(a.gold, 1)) - (b.matched / Math.max(b.gold, 1))).slice(0, 8);
  console.log(`  lowest recall articles: ${worst.map((w) => `${w.id} ${w.matched}/${w.gold} (pred ${w.pred})`).join("; ")}`);
}

// ---------- 2. Unnamed sources on real pages ----------
const words = (s) => new Set((s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).map((w) => w.replace(/['’]s$/, "")));
function wordMatch(a, b) {
  const A = words(a);
  const B = words(b);
  if (!A.size || !B.size) return false;
  let inter = 0;
  for (const w of A) if (B.has(w)) inter++;
  // Containment of one word set in the other counts: "officials" for "senior officials who spoke…".
  return (2 * inter) / (A.size + B.size) >= 0.5 || inter === A.size || inter === B.size;
}

function predictionsOf(analysis) {
  const seen = new Map();
  const add = (text, why) => {
    const key = [...words(text)].join(" ");
    if (key && !seen.has(key)) seen.set(key, { text: text.replace(/\s+/g, " ").trim(), why });
  };
  for (const u of analysis.unnamedSources ?? []) add(u.text, "unnamedSources");
  for (const st of analysis.statements ?? []) {
    if (st.source && (st.sourceKind === "unnamed" || st.sourceKind === "anonymous")) add(st.source.text, `statement ${st.sourceKind}`);
  }
  return [...seen.values()];
}

async function unnamed() {
  const labelsPath = join(shared, "data", "pages", "unnamed-sources.json");
  if (!existsSync(labelsPath)) die(`missing ${labelsPath}`);
  const labels = JSON.parse(readFileSync(labelsPath, "utf8"));
  const index = JSON.parse(readFileSync(join(shared, "data", "pages", "index.json"), "utf8"));
  const files = labels.map((p) => join(shared, "data", "pages", p.id, "source.html"));
  // One process for all pages; it answers an array of {input, title, text, analysis}.
  const run = spawnSync(process.execPath, [cli, "--json", ...files], { encoding: "utf8", maxBuffer: 1 << 30 });
  const failures = new Map();
  for (const line of (run.stderr ?? "").split("\n").filter(Boolean)) {
    const f = files.find((x) => line.includes(x));
    if (f) failures.set(f, line.slice(line.indexOf(f) + f.length + 2));
    else process.stderr.write(line + "\n");
  }
  let results;
  try {
    results = JSON.parse(run.stdout || "[]");
  } catch {
    die("whosaid --json printed no JSON for the pages");
  }
  const byInput = new Map(results.map((r) => [r.input, r]));
  let recallSum = 0;
  let recallPages = 0;
  let tp = 0;
  let np = 0;
  let trapsFlagged = 0;
  let trapsAll = 0;
  let labelsAll = 0;
  let present = 0;
  const rows = [];
  for (let i = 0; i < labels.length; i++) {
    const page = labels[i];
    const file = files[i];
    const r = byInput.get(file);
    const preds = r ? predictionsOf(r.analysis) : [];
    const found = page.unnamed.map((l) => preds.some((p) => wordMatch(p.text, l.phrase)));
    const correct = preds.map((p) => page.unnamed.some((l) => wordMatch(p.text, l.phrase)));
    const traps = page.traps.filter((t) => preds.some((p) => wordMatch(p.text, t.phrase) && !page.unnamed.some((l) => wordMatch(p.text, l.phrase))));
    const recall = page.unnamed.length ? found.filter(Boolean).length / page.unnamed.length : null;
    if (recall !== null) {
      recallSum += recall;
      recallPages++;
    }
    labelsAll += page.unnamed.length;
    const flat = (r?.text ?? "").replace(/\s+/g, " ").toLowerCase();
    present += page.unnamed.filter((l) => flat.includes(l.phrase.replace(/\s+/g, " ").toLowerCase())).length;
    tp += correct.filter(Boolean).length;
    np += preds.length;
    trapsAll += page.traps.length;
    trapsFlagged += traps.length;
    rows.push({ page, r, preds, found, correct, traps, recall, failure: failures.get(file) });
  }
  const recall = recallPages ? recallSum / recallPages : 0;
  // No predictions means precision is undefined, not perfect: it never counts as meeting the floor.
  const precision = np ? tp / np : null;
  const unread = rows.filter((x) => !x.r).length;
  console.log("");
  console.log(`Unnamed sources on real pages (${labels.length} pages read from source.html as the CLI does; ${unread} not read as articles)`);
  console.log(`  labels ${labelsAll} on ${recallPages} pages · predictions ${np} (unique phrases per page) · correct ${tp}`);
  console.log(`  recall (mean per page with labels)  ${fmt(recall)}`);
  console.log(`  precision (pooled over all pages)  ${precision === null ? "n/a (no predictions)" : fmt(precision)}`);
  console.log(`  labels whose phrase is in the extracted text: ${present} of ${labelsAll} (what text extraction allows)`);
  console.log(`  traps flagged                      ${trapsFlagged} of ${trapsAll}`);
  console.log("  floors:");
  console.log(`    ${mark(recall >= FLOOR_RECALL)} recall                   ${fmt(recall)} >= ${FLOOR_RECALL}`);
  console.log(`    ${mark(precision !== null && precision >= FLOOR_PRECISION)} precision                ${precision === null ? "n/a" : fmt(precision)} >= ${FLOOR_PRECISION}`);
  console.log("  targets (issue 11):");
  console.log(`    ${recall >= TARGET_RECALL ? "met " : "not "} recall                   ${fmt(recall)} / ${TARGET_RECALL}`);
  console.log(`    ${precision !== null && precision >= TARGET_PRECISION ? "met " : "not "} precision                ${precision === null ? "n/a" : fmt(precision)} / ${TARGET_PRECISION}`);
  if (verbose) {
    console.log("\n  per page (R = recall, +correct/predicted, traps flagged):");
    for (const x of rows) {
      const cat = index.find((p) => p.id === x.page.id)?.category ?? "";
      const head = `  ${x.page.id} [${cat}]  R=${x.recall === null ? "-" : x.recall.toFixed(2)}  +${x.correct.filter(Boolean).length}/${x.preds.length}  traps ${x.traps.length}/${x.page.traps.length}`;
      console.log(head + (x.failure ? `  (not read: ${x.failure})` : ""));
      x.page.unnamed.forEach((l, k) => {
        const inText = (x.r?.text ?? "").replace(/\s+/g, " ").toLowerCase().includes(l.phrase.replace(/\s+/g, " ").toLowerCase());
        if (!x.found[k]) console.log(`      missed: "${l.phrase}" (${l.class}, cue "${l.cue}")${inText ? "" : " [phrase not in extracted text]"}`);
      });
      x.preds.forEach((p, k) => {
        if (!x.correct[k]) console.log(`      false:  "${p.text}" (${p.why})`);
      });
      for (const t of x.traps) console.log(`      trap:   "${t.phrase}"`);
    }
  }
  return recall >= FLOOR_RECALL && precision !== null && precision >= FLOOR_PRECISION;
}

const a = await polnear();
const b = await unnamed();
console.log(`\n${a && b ? "all floors met" : "below floor: see FAIL lines above"} (eval measures; it exits 0 either way)`);
