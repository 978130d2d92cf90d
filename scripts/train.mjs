#!/usr/bin/env node
// `npm run train`: rebuilds the engine's learned data from PolNeAR train, deterministically.
// 1. The rules' cue-word table (src/core/model/cues.json), from the whole train split.
// 2. The reader (src/core/model/reader.json): a logistic model that accepts or rejects each
//    statement the rules find. Its features include the rules' own output, so that output is
//    cross-fitted: train is cut into K folds, and each fold is read by the rules with a cue table
//    learned on the other folds only, as the rules will read text they never saw. The display
//    threshold is chosen on out-of-fold predictions (never on dev, never on labelled pages).
// 3. The span tagger (src/core/model/spans.json): scripts/train-spans.mjs, run after this one by
//    `npm run train`.
// Stores weights and counts only, never article text. Usage: npm run train [-- train.jsonl]
import { readFileSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { learnCues } from "./lib/learn-cues.mjs";
import { crossFitted, rng } from "./lib/fold-engine.mjs";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const file = process.argv[2] ?? resolve(root, "../shared/data/polnear/train.jsonl");
const K = 5;
const EPOCHS = 12;
const SCALE = 100; // weights are stored as integers: round(weight * SCALE)
const MIN_COUNT = 3; // features seen fewer times are dropped (rare words, no article text)
const t0 = performance.now();
const log = (m) => process.stderr.write(`train: ${m} (${((performance.now() - t0) / 1000).toFixed(1)} s)\n`);

const docs = readFileSync(file, "utf8").split("\n").filter((l) => l.trim()).map((l) => JSON.parse(l));
const fullCues = learnCues(docs);
writeFileSync(join(root, "src/core/model/cues.json"), JSON.stringify(fullCues) + "\n");
log(`cue table: ${Object.keys(fullCues.cues).length} words from ${docs.length} articles`);

// ---------- cross-fitted examples ----------
// the rules + feature code of src/core, bundled with each fold's cue table in place of cues.json
const examples = []; // { fold, feats: string[], y: 0|1, eligible: boolean }
for await (const { k, eng, fold } of crossFitted(root, docs, K, [
  'export { extractStatements } from "./src/core/extract";',
  'export { dropGenericYou } from "./src/core/gate";',
  'export { cueFacts, readerFeatures } from "./src/core/model/reader";',
  'export { notShownReason } from "./src/core/display";',
], "fold")) {
  for (const { doc } of fold) {
    const gold = doc.attributions.filter((a) => a.cue).map((a) => [a.cue.start, a.cue.end]);
    for (const s of eng.dropGenericYou(eng.extractStatements(doc.text))) {
      if (!s.cue) continue;
      const f = eng.cueFacts(doc.text, s);
      const y = gold.some(([a, b]) => s.cue.start < b && a < s.cue.end) ? 1 : 0;
      const g = doc.attributions.find((a) => a.cue && s.cue.start < a.cue.end && a.cue.start < s.cue.end);
      const toks = (sp) => (sp ? [...doc.text.slice(sp.start, sp.end).matchAll(/[\p{L}\p{N}_]+/gu)].map((m) => m.index + sp.start).join(",") : "");
      const y2 = g && toks(g.source) === toks(s.source) ? 1 : 0;
      const eligible = (f.cueClass === "speech" || f.cueClass === "according-to") && eng.notShownReason(doc.text, s, f) === null;
      examples.push({ fold: k, feats: eng.readerFeatures(doc.text, s, f), y, y2, eligible });
    }
  }
  log(`fold ${k + 1}/${K} read`);
}
const pos = examples.filter((e) => e.y).length;
log(`${examples.length} rule statements, ${pos} with a gold cue`);

// ---------- logistic regression (AdaGrad, deterministic order) ----------
const counts = new Map();
for (const e of examples) for (const f of e.feats) counts.set(f, (counts.get(f) ?? 0) + 1);
const index = new Map();
for (const f of [...counts.keys()].sort()) if (counts.get(f) >= MIN_COUNT) index.set(f, index.size);
const rows = examples.map((e) => ({ ...e, x: Int32Array.from(e.feats.map((f) => index.get(f) ?? -1).filter((j) => j >= 0)) }));

// Each model is the mean of SEEDS fits that see the examples in different orders: one order's
// weights move with any small change of the rule output, their mean much less.
const SEEDS = [1234, 5678, 9012, 3456, 7890, 2345, 6789];
function fit(data) {
  const w = new Float64Array(index.size);
  for (const seed of SEEDS) {
    const ws = fitOnce(data, seed);
    for (let j = 0; j < w.length; j++) w[j] += ws[j] / SEEDS.length;
  }
  // quantise as stored, so threshold choice sees the weights the runtime will use
  for (let j = 0; j < w.length; j++) w[j] = Math.round(w[j] * SCALE) / SCALE;
  return w;
}
function fitOnce(data, seed) {
  const w = new Float64Array(index.size);
  const g2 = new Float64Array(index.size).fill(1e-8);
  const order = data.map((_, i) => i);
  const rand = rng(seed);
  const LR = 0.2;
  const L2 = 1e-4;
  for (let ep = 0; ep < EPOCHS; ep++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
    for (const oi of order) {
      const r = data[oi];
      let z = 0;
      for (const j of r.x) z += w[j];
      const p = 1 / (1 + Math.exp(-z));
      const g = p - r.y;
      for (const j of r.x) {
        const gj = g + L2 * w[j];
        g2[j] += gj * gj;
        w[j] -= (LR * gj) / Math.sqrt(g2[j]);
      }
    }
  }
  return w;
}
const predict = (w, r) => {
  let z = 0;
  for (const j of r.x) z += w[j];
  return 1 / (1 + Math.exp(-z));
};

// ---------- out-of-fold predictions: the threshold ----------
const oof = new Float64Array(rows.length);
for (let k = 0; k < K; k++) {
  const w = fit(rows.filter((r) => r.fold !== k));
  rows.forEach((r, i) => {
    if (r.fold === k) oof[i] = predict(w, r);
  });
}
const elig = rows.map((r, i) => ({ r, p: oof[i] })).filter((x) => x.r.eligible).sort((a, b) => b.p - a.p);
const eligPos = elig.filter((x) => x.r.y).length;
// Chosen for the reader: the confidence from which a mark is more often right than wrong where it
// stands. Out of fold, the held-out folds' speech-class statements (verbs of saying and "according
// to" that pass the display rules) are calibrated: right or wrong against their confidence's
// log-odds, a logistic curve of two parameters (Platt scaling, Newton's method); the threshold is
// where that curve crosses one half. (The precision of all of them above a threshold is no guide:
// it starts near 0.9, so a target there moves with every display rule. A count over the few
// statements at the bottom moved by a tenth with any retraining; the curve rests on all of them.)
const logit = (p) => {
  const q = Math.min(Math.max(p, 1e-6), 1 - 1e-6);
  return Math.log(q / (1 - q));
};
const calib = plattFit(elig.map((x) => logit(x.p)), elig.map((x) => (x.r.y ? 1 : 0)));
const threshold = Math.floor((1 / (1 + Math.exp(calib.b / calib.a))) * 1000) / 1000;
log(`display threshold ${threshold}: out-of-fold speech-class statements, calibrated (right = 1 / (1 + e^-(${calib.a.toFixed(3)} logit(p) + ${calib.b.toFixed(3)}))), right half the time there`);
// The reject threshold: below it a rule statement is dropped as no attribution. Chosen for the F1
// of rule statements against all gold attributions of train (out of fold), the mean of two: a
// statement counted right when its cue is a gold cue, and when its source is that attribution's
// source too (as end to end counts it). A speech-class statement past the display rules is never
// dropped, whatever its confidence: the display threshold decides only whether the reader sees
// it, so the two are chosen apart (the runtime keeps such statements likewise). The
// curve is flat near its top, so its single best point moves with any retraining: each threshold
// on a grid of 0.005 up to REJECT_MAX is scored, and the one kept is the middle of the plateau,
// the thresholds around the best within 0.1 points of it.
const REJECT_MAX = 0.6;
const goldTotal = docs.reduce((n, d) => n + d.attributions.length, 0);
const byP = rows.map((r, i) => ({ y: r.y, y2: r.y2, p: oof[i], held: r.eligible })).sort((a, b) => a.p - b.p);
const f1 = (tp, n) => (2 * tp) / (n + goldTotal);
const GRID = 0.005;
const PLATEAU = 0.001;
const curve = []; // F1 when rule statements below t = i * GRID are dropped
const curve2 = []; // the same, counting a statement right only when its source is the gold one too
{
  let keptTp = byP.reduce((n, x) => n + x.y, 0);
  let keptTp2 = byP.reduce((n, x) => n + x.y2, 0);
  let kept = byP.length;
  let j = 0;
  for (let i = 0; i * GRID < REJECT_MAX; i++) {
    const t = (i * 5) / 1000; // i * GRID, exact in thousandths
    for (; j < byP.length && byP[j].p < t; j++) {
      if (byP[j].held) continue;
      keptTp -= byP[j].y;
      keptTp2 -= byP[j].y2;
      kept--;
    }
    curve.push(f1(keptTp, kept));
    curve2.push(f1(keptTp2, kept));
  }
}
// Both figures count: the mean of the two F1 curves is the one read.
const both = curve.map((f, i) => (f + curve2[i]) / 2);
const topF = Math.max(...both);
let lo = both.indexOf(topF);
let hi = lo;
while (lo > 0 && both[lo - 1] >= topF - PLATEAU) lo--;
while (hi + 1 < both.length && both[hi + 1] >= topF - PLATEAU) hi++;
const mid = (lo + hi) >> 1;
const reject = { t: (mid * 5) / 1000, f: curve[mid], f2: curve2[mid], plateau: [(lo * 5) / 1000, (hi * 5) / 1000] };
if (process.env.WHOSAID_CURVE) log(curve2.map((f, i) => `${(i * 5) / 1000}:${f.toFixed(4)}`).join(" "));
if (process.env.WHOSAID_CURVE) log(curve.map((f, i) => `${(i * 5) / 1000}:${f.toFixed(4)}`).join(" "));
const rejectAt = Math.floor(reject.t * 1000) / 1000;
log(`reject below ${rejectAt}: out-of-fold statement F1 against gold ${curve[0].toFixed(4)} -> ${reject.f.toFixed(4)}, with the source ${curve2[0].toFixed(4)} -> ${reject.f2.toFixed(4)} (plateau ${reject.plateau.join("-")})`);
for (const t of [0.1, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.7, threshold]) {
  const sel = elig.filter((x) => x.p >= t);
  const tpt = sel.filter((x) => x.r.y).length;
  log(`out-of-fold, speech-class statements: threshold ${t.toFixed(3)} precision ${(tpt / Math.max(1, sel.length)).toFixed(3)} recall ${(tpt / eligPos).toFixed(3)}`);
}
log(`all rule statements with a gold cue: ${(pos / rows.length).toFixed(3)}; speech-class ${(eligPos / Math.max(1, elig.length)).toFixed(3)} of ${elig.length}`);

// ---------- final model on all of train ----------
const w = fit(rows);
const feats = [...index.keys()];
const weights = {};
for (const f of [...feats].sort()) {
  const q = Math.round(w[index.get(f)] * SCALE);
  if (q !== 0) weights[f] = q;
}
const out = {
  note: "Whosaid reader: logistic weights (integer, divide by scale) over statement features, learned by scripts/train.mjs from PolNeAR train with cross-fitted rule features; threshold: where out-of-fold speech-class statements, calibrated on their confidence (Platt scaling), are right half the time; reject: below it a rule statement is dropped (unless of speech class and past the display rules), chosen for out-of-fold statement F1, cue alone and with its source (the middle of the plateau within 0.1 points of the best).",
  threshold,
  reject: rejectAt,
  scale: SCALE,
  weights,
};
writeFileSync(join(root, "src/core/model/reader.json"), JSON.stringify(out) + "\n");
log(`reader: ${Object.keys(weights).length} weights, threshold ${threshold}`);

/** y ~ 1 / (1 + e^-(a x + b)), fitted by Newton's method on the log-likelihood. */
function plattFit(xs, ys) {
  let a = 1;
  let b = 0;
  for (let it = 0; it < 50; it++) {
    let g0 = 0, g1 = 0, h00 = 0, h01 = 0, h11 = 0;
    for (let i = 0; i < xs.length; i++) {
      const q = 1 / (1 + Math.exp(-(a * xs[i] + b)));
      const r = q - ys[i];
      const w = q * (1 - q);
      g0 += r * xs[i];
      g1 += r;
      h00 += w * xs[i] * xs[i];
      h01 += w * xs[i];
      h11 += w;
    }
    const det = h00 * h11 - h01 * h01;
    const da = (h11 * g0 - h01 * g1) / det;
    const db = (h00 * g1 - h01 * g0) / det;
    a -= da;
    b -= db;
    if (Math.abs(da) + Math.abs(db) < 1e-9) break;
  }
  return { a, b };
}
