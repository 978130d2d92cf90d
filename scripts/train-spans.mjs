#!/usr/bin/env node
// The span tagger of src/core/model/spans.ts, learned from PolNeAR train (part of `npm run train`).
// Train is cut into K folds; each fold is read by the rules with a cue table learned on the other
// folds (cross-fitting), so the model learns from rule output as it is on text the rules never saw.
// For every rule statement whose cue overlaps a gold cue, each boundary the tagger re-reads (the
// content's end, its start) is a ranking problem over candidate word boundaries; the target is the
// gold boundary when it is among them. An averaged perceptron (fixed seed, fixed order) learns
// the weights. Each boundary kind's margin (how much a candidate must beat the rules' own
// boundary by) is chosen on out-of-fold predictions, by the number of exact boundaries (the gold
// boundary chosen), one margin for all kinds (their counts added up; the largest within 5% of the
// best gain), so the choice is stable under retraining; a kind that finds no more exact boundaries
// than the rules out of fold, or fewer statements whose content matches gold (token Dice >= 0.5), is
// shipped empty (the rules' boundary stays). Stores weights only, never text.
// Usage: node scripts/train-spans.mjs [train.jsonl]
import { readFileSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { crossFitted, rng } from "./lib/fold-engine.mjs";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const file = process.argv[2] ?? resolve(root, "../shared/data/polnear/train.jsonl");
const K = 5;
const EPOCHS = 6;
const SCALE = 100;
const MIN_COUNT = 5;
const PRUNE = 0.3; // weights smaller than this (before scaling) are dropped: a smaller, faster model
const KINDS = ["contentEnd", "contentStart", "sourceStart", "sourceEnd"];
const t0 = performance.now();
const log = (m) => process.stderr.write(`train-spans: ${m} (${((performance.now() - t0) / 1000).toFixed(1)} s)\n`);

const docs = readFileSync(file, "utf8").split("\n").filter((l) => l.trim()).map((l) => JSON.parse(l));

// ---------- token sets, as the reference scorer counts them ----------
const TOK = /[\p{L}\p{N}_]+/gu;
function toks(text, spans) {
  const s = new Set();
  for (const sp of spans) {
    if (!sp) continue;
    TOK.lastIndex = sp.start;
    for (let m = TOK.exec(text); m && m.index < sp.end; m = TOK.exec(text)) s.add(m.index);
  }
  return s;
}
function dice(a, b) {
  if (!a.size || !b.size) return 0;
  let n = 0;
  for (const x of a) if (b.has(x)) n++;
  return (2 * n) / (a.size + b.size);
}

// ---------- cross-fitted problems ----------
// { fold, kind, cands: string[][], rule, gold (index or -1), score(i) -> dice of the content if i is chosen }
const problems = [];
for await (const { k, eng, fold } of crossFitted(root, docs, K, [
  'export { extractStatements } from "./src/core/extract";',
  'export { dropGenericYou } from "./src/core/gate";',
  'export { boundaryProblems } from "./src/core/model/spans";',
], "spans")) {
  for (const { doc } of fold) {
    const text = doc.text;
    const found = eng.dropGenericYou(eng.extractStatements(text));
    const cueStarts = found.flatMap((s) => (s.cue ? [s.cue.start] : [])).sort((a, b) => a - b);
    for (const s of found) {
      if (!s.cue || s.parent !== undefined) continue;
      const g = doc.attributions.find((a) => a.cue && s.cue.start < a.cue.end && a.cue.start < s.cue.end);
      if (!g) continue;
      const gparts = g.content_parts ?? [g.content];
      const gset = toks(text, gparts);
      const gStart = Math.min(...gparts.map((p) => p.start));
      const gEnd = Math.max(...gparts.map((p) => p.end));
      const parts = s.contentParts ?? [s.content];
      const gsrcParts = g.source_parts ?? (g.source ? [g.source] : []);
      const gsrc = toks(text, gsrcParts);
      const sameSet = (a) => a.size === gsrc.size && [...a].every((x) => gsrc.has(x));
      for (const p of eng.boundaryProblems(text, s, cueStarts)) {
        let gold = -1;
        let good;
        if (p.kind === "contentEnd") {
          // the last candidate at or before the gold end, if the gold end is not past the window
          for (let i = 0; i < p.offsets.length; i++) if (p.offsets[i] <= gEnd) gold = i;
          if (gold >= 0 && gold === p.offsets.length - 1 && gEnd > p.offsets[gold] + 3) gold = -1;
          if (gEnd <= parts[parts.length - 1].start) gold = -1;
          good = (i) => dice(gset, toks(text, parts.map((x, j) => (j === parts.length - 1 ? { start: x.start, end: p.offsets[i] } : x)))) >= 0.5;
        } else if (p.kind === "contentStart") {
          for (let i = p.offsets.length - 1; i >= 0; i--) if (p.offsets[i] >= gStart) gold = i;
          if (gold === 0 && gStart < p.offsets[0] - 3) gold = -1;
          if (gStart >= parts[0].end) gold = -1;
          good = (i) => dice(gset, toks(text, parts.map((x, j) => (j === 0 ? { start: p.offsets[i], end: x.end } : x)))) >= 0.5;
        } else if (gsrcParts.length) {
          const gs = Math.min(...gsrcParts.map((x) => x.start));
          const ge = Math.max(...gsrcParts.map((x) => x.end));
          if (p.kind === "sourceStart") {
            for (let i = p.offsets.length - 1; i >= 0; i--) if (p.offsets[i] >= gs && p.offsets[i] < ge) gold = i;
            good = (i) => sameSet(toks(text, [{ start: p.offsets[i], end: s.source.end }]));
          } else {
            for (let i = 0; i < p.offsets.length; i++) if (p.offsets[i] <= ge && p.offsets[i] > gs) gold = i;
            good = (i) => sameSet(toks(text, [{ start: s.source.start, end: p.offsets[i] }]));
          }
        } else good = () => false;
        problems.push({ fold: k, kind: p.kind, feats: p.feats, rule: p.rule, gold, good });
      }
    }
  }
  log(`fold ${k + 1}/${K} read`);
}
log(`${problems.length} boundary problems`);

// ---------- averaged perceptron, one per kind ----------
function indexFor(ps) {
  const counts = new Map();
  for (const p of ps) for (const fs of p.feats) for (const f of fs) counts.set(f, (counts.get(f) ?? 0) + 1);
  const index = new Map();
  for (const f of [...counts.keys()].sort()) if (counts.get(f) >= MIN_COUNT) index.set(f, index.size);
  return index;
}
function encode(ps, index) {
  for (const p of ps) p.x = p.feats.map((fs) => Int32Array.from(fs.map((f) => index.get(f) ?? -1).filter((j) => j >= 0)));
}
const scoreOf = (w, x) => {
  let z = 0;
  for (const j of x) z += w[j];
  return z;
};
function argmax(w, p) {
  let best = p.rule;
  let bs = scoreOf(w, p.x[p.rule]);
  for (let i = 0; i < p.x.length; i++) {
    const z = scoreOf(w, p.x[i]);
    if (z > bs) {
      bs = z;
      best = i;
    }
  }
  return best;
}
// Each model is the mean of SEEDS perceptrons that see the problems in different orders: one
// order's weights move with any small change of the rule output, their mean much less.
// (Fourteen, not seven: with seven, retraining after a change of the rule output on one train
// article moved dev end to end by 0.0012 and speech end to end by 0.0046; with fourteen by 0.0007 and
// 0.0009.)
const SEEDS = [4321, 8765, 2109, 6543, 1098, 7654, 3210, 1357, 2468, 9753, 8642, 1928, 3746, 5564];
function fit(ps, n) {
  const mean = new Float64Array(n);
  for (const seed of SEEDS) {
    const a = fitOnce(ps, n, seed);
    for (let j = 0; j < n; j++) mean[j] += a[j] / SEEDS.length;
  }
  for (let j = 0; j < n; j++) mean[j] = Math.abs(mean[j]) < PRUNE ? 0 : Math.round(mean[j] * SCALE) / SCALE;
  return mean;
}
function fitOnce(ps, n, seed) {
  const w = new Float64Array(n);
  const u = new Float64Array(n); // for averaging: sum of c * update
  let c = 1;
  const data = ps.filter((p) => p.gold >= 0);
  const order = data.map((_, i) => i);
  const rand = rng(seed);
  for (let ep = 0; ep < EPOCHS; ep++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
    for (const oi of order) {
      const p = data[oi];
      const y = argmax(w, p);
      if (y !== p.gold && p.feats[y] !== undefined) {
        for (const j of p.x[p.gold]) {
          w[j] += 1;
          u[j] += c;
        }
        for (const j of p.x[y]) {
          w[j] -= 1;
          u[j] -= c;
        }
      }
      c++;
    }
  }
  const avg = new Float64Array(n);
  for (let j = 0; j < n; j++) avg[j] = w[j] - u[j] / c;
  return avg;
}
function choose(w, p, margin) {
  const r = scoreOf(w, p.x[p.rule]);
  const b = argmax(w, p);
  return scoreOf(w, p.x[b]) > r + margin ? b : p.rule;
}

const out = { note: "", scale: SCALE, margin: {}, weights: {} };
// Each kind's out-of-fold curve over margins is flat near its top, so a margin chosen per kind
// moves with any retraining. One margin serves all kinds: the best of the four curves added up
// (their noise partly cancels); a kind that does not beat the rules at it is shipped empty.
const MARGINS = [0, 0.5, 1, 2, 3, 5, 8, 12];
const kinds = [];
for (const kind of KINDS) {
  const ps = problems.filter((p) => p.kind === kind);
  if (ps.length === 0) continue;
  const index = indexFor(ps);
  encode(ps, index);
  // out of fold: each fold predicted by a model fitted on the other four
  const oofW = [];
  for (let k = 0; k < K; k++) oofW.push(fit(ps.filter((p) => p.fold !== k), index.size));
  const ruleOk = ps.filter((p) => p.good(p.rule)).length;
  const reach = ps.filter((p) => p.gold >= 0);
  const ruleExact = reach.filter((p) => p.rule === p.gold).length;
  const oks = [];
  const exacts = [];
  for (const margin of MARGINS) {
    let ok = 0;
    let changed = 0;
    for (const p of ps) {
      const i = choose(oofW[p.fold], p, margin);
      if (i !== p.rule) changed++;
      if (p.good(i)) ok++;
    }
    const exact = reach.filter((p) => choose(oofW[p.fold], p, margin) === p.gold).length;
    log(`${kind}: margin ${margin}: exact boundary ${exact} of ${reach.length} reachable (rules ${ruleExact}); out-of-fold right ${ok} of ${ps.length} (rules ${ruleOk}), ${changed} changed`);
    oks.push(ok);
    exacts.push(exact);
  }
  kinds.push({ kind, ps, index, ruleOk, oks, ruleExact, exacts });
}
// The margin is chosen on exact boundaries (the gold boundary among the candidates, chosen or not):
// the scorer counts a source right only when it is exact and a content's overlap word by word, while
// "content right" (Dice >= 0.5) hardly moves with the margin and lets the choice flip on noise.
const pooled = MARGINS.map((_, m) => kinds.reduce((n, x) => n + x.exacts[m] - x.ruleExact, 0));
// The curve is flat over the small margins (a few boundaries either way is noise), so the largest
// margin within NEAR_BEST of the best gain is kept: the rules' boundary stays unless a candidate is
// clearly better, and the choice does not flip between neighbours with each retraining.
const NEAR_BEST = 0.95;
const top = Math.max(...pooled);
let mBest = pooled.indexOf(top);
for (let m = mBest + 1; m < MARGINS.length; m++) if (pooled[m] >= NEAR_BEST * top) mBest = m;
log(`margins ${MARGINS.map((m, i) => `${m}: ${pooled[i]}`).join(", ")} (out-of-fold exact boundaries, all kinds, more than the rules)`);
log(`margin ${MARGINS[mBest]}: out-of-fold exact boundaries, all kinds, ${pooled[mBest]} more than the rules`);
for (const { kind, ps, index, ruleOk, oks, ruleExact, exacts } of kinds) {
  // (a kind ships when it finds more exact boundaries than the rules and no fewer right statements)
  if (exacts[mBest] <= ruleExact || oks[mBest] < ruleOk) {
    log(`${kind}: does not beat the rules out of fold; shipped empty`);
    continue;
  }
  const w = fit(ps, index.size);
  const weights = {};
  for (const [f, j] of [...index.entries()].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    const q = Math.round(w[j] * SCALE);
    if (q !== 0) weights[f] = q;
  }
  out.margin[kind] = MARGINS[mBest];
  out.weights[kind] = weights;
  log(`${kind}: ${Object.keys(weights).length} weights, margin ${MARGINS[mBest]}, out-of-fold exact ${exacts[mBest]} vs rules ${ruleExact}, right ${oks[mBest]} vs rules ${ruleOk}`);
}
out.note = "Whosaid span tagger: averaged-perceptron weights (integer, divide by scale) over boundary features, learned by scripts/train-spans.mjs from PolNeAR train with cross-fitted rule output; one margin for all boundary kinds chosen out of fold on exact boundaries (the kinds' counts added up; the largest within 5% of the best gain); each model the mean of fourteen orders.";
writeFileSync(join(root, "src/core/model/spans.json"), JSON.stringify(out) + "\n");
log("wrote src/core/model/spans.json");
