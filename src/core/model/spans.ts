// The span tagger: a cue-conditioned boundary model over the rules' statements. For each
// statement with a cue, it re-reads where its content and its source start and end, scoring
// every word boundary in a window around the rules' own boundary with a linear model (averaged
// perceptron, learned by `npm run train` from PolNeAR train with cross-fitted rule output) and
// keeping the best; the rules' boundary is one of the candidates and a feature. Features: the
// distance to the rules' boundary, the words on either side as a small part-of-speech lookup
// (function words by identity, other words by shape and suffix), quote state, clause position
// (commas and other cues crossed), the cue's lemma and the statement's mode. A boundary moves only
// when a candidate beats the rules' own by a margin chosen out of fold, per kind. Windows are
// bounded, so the cost is linear in the number of statements.
import type { Span, Statement } from "../types";
import { cueHead, lemma } from "../cueclass";
import { lastBreakWithin, nextBreakWithin } from "../lines";
import { partitionPoint } from "../search";
import model from "./spans.json";

type Weights = Record<string, number>;
type SpanModel = { scale: number; margin: Record<string, number>; weights: Record<string, Weights> };

/** The boundaries the tagger re-reads. */
export type BoundaryKind = "contentEnd" | "contentStart" | "sourceStart" | "sourceEnd";

/** A token; `c` keeps its word class once computed (each token is read as c, p1, n1 and n2). */
type Tok = { start: number; end: number; w: string; c: string | undefined };

const WORD = /[\p{L}\p{N}]+(?:['’\-.][\p{L}\p{N}]+)*|[^\s\p{L}\p{N}]/gu;
const isWord = (t: Tok | undefined): boolean => t !== undefined && /^[\p{L}\p{N}]/u.test(t.w);
/** Tokens of text[a, b). */
function tokensIn(text: string, a: number, b: number): Tok[] {
  const out: Tok[] = [];
  const re = new RegExp(WORD.source, "gu");
  re.lastIndex = a;
  for (let m = re.exec(text); m && m.index < b; m = re.exec(text)) out.push({ start: m.index, end: m.index + m[0].length, w: m[0], c: undefined });
  return out;
}

// The small part-of-speech lookup: function words stand for themselves, other words for a shape.
const FUNCTION = new Set(
  ("a an the this that these those his her its their our my your some any no every each all both either neither " +
    "he she it they we i you him them us me who whom whose which what where when why how whether if " +
    "and or but nor so yet for because although though while as since unless until than then " +
    "to of in on at by with from about into over after before during against between through under without within " +
    "among amid despite including like per via toward towards upon across behind beyond along around " +
    "is are was were be been being am has have had do does did will would can could should may might must shall " +
    "not n't never also just even only still already now too very more most less least much many " +
    "said says say told tells tell added adding saying according calling noting arguing asking urging " +
    "there here said, well however instead meanwhile").split(" "),
);
const FINITE = new Set("is are was were has have had will would can could should may might must do does did 's ’s".split(" "));
const QUOTE = /^[“”"‘’'«»]$/;
const OPEN_QUOTE = /^[“‘«]$/;
const CLOSE_QUOTE = /^[”’»]$/;

function cls(t: Tok | undefined, edge: string): string {
  if (!t) return edge;
  return (t.c ??= wordClass(t.w));
}

function wordClass(w: string): string {
  if (QUOTE.test(w)) return OPEN_QUOTE.test(w) ? "Q(" : CLOSE_QUOTE.test(w) ? "Q)" : "Q";
  if (!/^[\p{L}\p{N}]/u.test(w)) return w;
  const l = w.toLowerCase();
  if (FUNCTION.has(l)) return l;
  if (/^\p{N}/u.test(w)) return "NUM";
  if (/^\p{Lu}/u.test(w)) return /^\p{Lu}+$/u.test(w) && w.length > 1 ? "CAPS" : "Cap";
  if (l.endsWith("ing")) return "-ing";
  if (l.endsWith("ed")) return "-ed";
  if (l.endsWith("ly")) return "-ly";
  if (l.endsWith("s")) return "-s";
  return "low";
}

const dbucket = (d: number): string => {
  const a = Math.abs(d);
  const b = a === 0 ? "0" : a === 1 ? "1" : a === 2 ? "2" : a <= 5 ? "3-5" : a <= 10 ? "6-10" : a <= 20 ? "11-20" : "21+";
  return (d < 0 ? "-" : d > 0 ? "+" : "") + b;
};
const nbucket = (n: number): string => (n <= 0 ? "0" : n === 1 ? "1" : n === 2 ? "2" : n <= 4 ? "3-4" : n <= 8 ? "5-8" : n <= 16 ? "9-16" : "17+");

/** One boundary decision: the candidate offsets, their features, and which one the rules chose. */
export type BoundaryProblem = { kind: BoundaryKind; offsets: number[]; feats: string[][]; rule: number };

const MAX_AFTER = 25; // word tokens past the rules' content end that an end may move to
const MAX_BEFORE = 25; // word tokens before it
const MAX_TOKENS = 160; // word tokens of content read at most (longer contents keep their end)

/** The candidate ends of a statement's content after its cue: word ends within the paragraph. */
function endProblem(text: string, s: Statement, cueStarts: readonly number[]): BoundaryProblem | null {
  const cue = s.cue!;
  const parts = s.contentParts ?? [s.content];
  const last = parts[parts.length - 1]!;
  if (last.start < cue.end) return null;
  const nl = nextBreakWithin(text, last.end, last.end + 400); // (never a scan to a far line break)
  const limit = Math.min(nl < 0 ? text.length : nl, last.end + 400);
  const toks = tokensIn(text, last.start, limit);
  const wordIdx: number[] = [];
  for (let i = 0; i < toks.length; i++) if (isWord(toks[i])) wordIdx.push(i);
  if (wordIdx.length === 0) return null;
  // the rules' last word
  let ruleW = -1;
  for (let k = 0; k < wordIdx.length && toks[wordIdx[k]!]!.end <= last.end; k++) ruleW = k;
  if (ruleW < 0 || ruleW >= MAX_TOKENS) return null;
  // A quotation inside the rules' content stays inside it: the end never moves before its close.
  let minEnd = last.start;
  for (let i = last.end - 1; i > last.start; i--) {
    const c = text[i]!;
    if (c === "”" || c === '"' || c === "»") {
      minEnd = i;
      break;
    }
  }
  const lem = lemma(cueHead(cue.text));
  const mode = s.mode;
  const offsets: number[] = [];
  const feats: string[][] = [];
  let rule = -1;
  let commas = 0;
  let quoteOpen = 0;
  let cuesCrossed = 0;
  let finite = 0;
  const s0 = cls(toks[0], "^");
  let ci = partitionPoint(cueStarts.length, (mid) => cueStarts[mid]! < last.start);
  let ti = 0;
  for (let k = Math.max(0, ruleW - MAX_BEFORE); k < wordIdx.length && k <= ruleW + MAX_AFTER; k++) {
    const i = wordIdx[k]!;
    for (; ti <= i; ti++) {
      const w = toks[ti]!.w;
      if (w === "," || w === ";" || w === "—" || w === "–") commas++;
      if (FINITE.has(w.toLowerCase())) finite = 1;
      if (OPEN_QUOTE.test(w) || w === '"' && quoteOpen === 0) quoteOpen = 1;
      else if (CLOSE_QUOTE.test(w) || w === '"') quoteOpen = 0;
    }
    const t = toks[i]!;
    while (ci < cueStarts.length && cueStarts[ci]! < t.end) {
      if (cueStarts[ci] !== cue.start) cuesCrossed++;
      ci++;
    }
    const d = k - ruleW;
    const c0 = cls(t, "^");
    const n1 = cls(toks[i + 1], "$");
    const n2 = cls(toks[i + 2], "$");
    const p1 = cls(toks[i - 1], "^");
    const f = [
      `d=${dbucket(d)}`,
      `c=${c0}`,
      `n1=${n1}`,
      `n1n2=${n1}|${n2}`,
      `c|n1=${c0}|${n1}`,
      `p1|c=${p1}|${c0}`,
      `d|n1=${dbucket(d)}|${n1}`,
      `q=${quoteOpen}|${n1}`,
      `len=${nbucket(k + 1)}`,
      `com=${nbucket(commas)}|${n1}`,
      `cue=${Math.min(cuesCrossed, 2)}`,
      `m|n1=${mode}|${n1}`,
      `l|n1=${lem}|${n1}`,
      `l|d=${lem}|${dbucket(d)}`,
      `fin=${finite}|${n1}`,
      `s0|n1=${s0}|${n1}`,
      `s0|d=${s0}|${dbucket(d)}`,
      `l|fin|n1=${lem}|${finite}|${n1}`,
    ];
    if (d === 0) f.push(`rule|n1n2=${n1}|${n2}`);
    if (t.end <= minEnd && d !== 0) continue;
    offsets.push(t.end);
    feats.push(f);
    if (d === 0) rule = offsets.length - 1;
  }
  if (rule < 0) return null;
  return { kind: "contentEnd", offsets, feats, rule };
}

const SOURCE_REACH = 20; // word tokens a source boundary may move by

/** Word tokens of the line around a source, bounded, not crossing the cue. */
function sourceWindow(text: string, src: Span, cue: Span): Tok[] {
  const before = src.end <= cue.start;
  // line breaks looked for within the bounds only: run-on text has none to find
  const lo = before ? Math.max(lastBreakWithin(text, src.start - 1, src.start - 200) + 1, src.start - 200) : cue.end;
  let hi = before ? cue.start : nextBreakWithin(text, src.end, src.end + 200);
  if (!before) hi = Math.min(hi < 0 ? text.length : hi, src.end + 200);
  return tokensIn(text, lo, hi);
}

/** The candidate starts and ends of a statement's source: word boundaries near the rules' own,
 *  never reaching over another statement's cue (a source holds no verb of saying of its own). */
function sourceProblems(text: string, s: Statement, cueStarts: readonly number[], out: BoundaryProblem[]): void {
  const src = s.source;
  const cue = s.cue!;
  if (!src || src.end > cue.start && src.start < cue.end) return;
  // the other cues nearest the source on each side bound how far it may grow
  let ci = partitionPoint(cueStarts.length, (mid) => cueStarts[mid]! < src.start) - 1;
  while (ci >= 0 && cueStarts[ci] === cue.start) ci--;
  const lowest = ci >= 0 ? cueStarts[ci]! : -1;
  let cj = partitionPoint(cueStarts.length, (mid) => cueStarts[mid]! < src.end);
  while (cj < cueStarts.length && cueStarts[cj] === cue.start) cj++;
  const highest = cj < cueStarts.length ? cueStarts[cj]! : Infinity;
  const toks = sourceWindow(text, src, cue);
  const lem = lemma(cueHead(cue.text));
  const side = src.end <= cue.start ? "<" : ">";
  const words: number[] = [];
  for (let i = 0; i < toks.length; i++) if (isWord(toks[i])) words.push(i);
  let first = -1;
  let last = -1;
  for (let k = 0; k < words.length; k++) {
    const t = toks[words[k]!]!;
    if (t.start >= src.start && first < 0) first = k;
    if (t.end <= src.end) last = k;
  }
  if (first < 0 || last < first) return;
  const nTo = (k: number): number => (side === "<" ? words.length - 1 - k : k); // words between it and the cue
  // starts
  {
    const offsets: number[] = [];
    const feats: string[][] = [];
    let rule = -1;
    for (let k = Math.max(0, first - SOURCE_REACH); k <= Math.min(last, first + SOURCE_REACH); k++) {
      const i = words[k]!;
      if (toks[i]!.start <= lowest) continue;
      const d = k - first;
      const c0 = cls(toks[i], "^");
      const p1 = cls(toks[i - 1], "^");
      const p2 = cls(toks[i - 2], "^");
      const n1 = cls(toks[i + 1], "$");
      offsets.push(toks[i]!.start);
      feats.push([
        `d=${dbucket(d)}`, `${side}c=${c0}`, `${side}p1=${p1}`, `${side}p1|c=${p1}|${c0}`, `p2|p1|c=${p2}|${p1}|${c0}`,
        `c|n1=${c0}|${n1}`, `d|p1=${dbucket(d)}|${p1}`, `d|c=${dbucket(d)}|${c0}`, `len=${side}${nbucket(last - k + 1)}`,
        `to=${side}${nbucket(nTo(k))}`, `l|p1=${lem}|${p1}`, `l|d=${lem}|${dbucket(d)}`,
      ]);
      if (d === 0) rule = offsets.length - 1;
    }
    if (rule >= 0) out.push({ kind: "sourceStart", offsets, feats, rule });
  }
  // ends
  {
    const offsets: number[] = [];
    const feats: string[][] = [];
    let rule = -1;
    for (let k = Math.max(first, last - SOURCE_REACH); k <= Math.min(words.length - 1, last + SOURCE_REACH); k++) {
      const i = words[k]!;
      if (toks[i]!.end > highest) break;
      const d = k - last;
      const c0 = cls(toks[i], "^");
      const p1 = cls(toks[i - 1], "^");
      const n1 = cls(toks[i + 1], "$");
      const n2 = cls(toks[i + 2], "$");
      offsets.push(toks[i]!.end);
      feats.push([
        `d=${dbucket(d)}`, `${side}c=${c0}`, `${side}n1=${n1}`, `${side}c|n1=${c0}|${n1}`, `c|n1|n2=${c0}|${n1}|${n2}`,
        `p1|c=${p1}|${c0}`, `d|n1=${dbucket(d)}|${n1}`, `d|c=${dbucket(d)}|${c0}`, `len=${side}${nbucket(k - first + 1)}`,
        `to=${side}${nbucket(nTo(k))}`, `l|n1=${lem}|${n1}`, `l|d=${lem}|${dbucket(d)}`,
      ]);
      if (d === 0) rule = offsets.length - 1;
    }
    if (rule >= 0) out.push({ kind: "sourceEnd", offsets, feats, rule });
  }
}

const START_REACH = 25; // word tokens a content start may move by

/** The candidate starts of a statement's content: word starts near the rules' own, on its side of
 *  the cue, never past an opening quotation mark inside the content. */
function startProblem(text: string, s: Statement): BoundaryProblem | null {
  const cue = s.cue!;
  const parts = s.contentParts ?? [s.content];
  const first = parts[0]!;
  const after = first.start >= cue.end;
  if (!after && first.end > cue.start) return null;
  const lo = after ? cue.end : Math.max(lastBreakWithin(text, first.start - 1, first.start - 300) + 1, first.start - 300);
  const hi = Math.min(first.end, first.start + 300);
  const toks = tokensIn(text, lo, hi);
  let maxStart = hi;
  for (let i = first.start; i < hi; i++) {
    const c = text[i]!;
    if (c === "“" || c === '"' || c === "«") {
      maxStart = i;
      break;
    }
  }
  const words: number[] = [];
  for (let i = 0; i < toks.length; i++) if (isWord(toks[i])) words.push(i);
  let ruleK = -1;
  for (let k = 0; k < words.length; k++) {
    if (toks[words[k]!]!.start >= first.start) {
      ruleK = k;
      break;
    }
  }
  if (ruleK < 0) return null;
  const lem = lemma(cueHead(cue.text));
  const side = after ? ">" : "<";
  const offsets: number[] = [];
  const feats: string[][] = [];
  let rule = -1;
  for (let k = Math.max(0, ruleK - START_REACH); k < words.length && k <= ruleK + START_REACH; k++) {
    const i = words[k]!;
    const t = toks[i]!;
    const d = k - ruleK;
    if (d !== 0 && t.start > maxStart) break;
    const c0 = cls(t, "^");
    const p1 = cls(toks[i - 1], "^");
    const p2 = cls(toks[i - 2], "^");
    const n1 = cls(toks[i + 1], "$");
    const toCue = after ? k : words.length - k;
    offsets.push(t.start);
    feats.push([
      `d=${side}${dbucket(d)}`, `${side}c=${c0}`, `${side}p1=${p1}`, `${side}p1|c=${p1}|${c0}`, `p2|p1|c=${p2}|${p1}|${c0}`,
      `c|n1=${c0}|${n1}`, `d|p1=${dbucket(d)}|${p1}`, `d|c=${dbucket(d)}|${c0}`, `to=${side}${nbucket(toCue)}`,
      `l|p1=${lem}|${p1}`, `l|c=${lem}|${c0}`, `l|d=${lem}|${dbucket(d)}`, `m|p1=${s.mode}|${p1}`,
    ]);
    if (d === 0) rule = offsets.length - 1;
  }
  return rule < 0 ? null : { kind: "contentStart", offsets, feats, rule };
}

/** The boundary problems of one statement (for training, and at run time). */
export function boundaryProblems(text: string, s: Statement, cueStarts: readonly number[]): BoundaryProblem[] {
  if (!s.cue) return [];
  const out: BoundaryProblem[] = [];
  const e = endProblem(text, s, cueStarts);
  if (e) out.push(e);
  const st = startProblem(text, s);
  if (st) out.push(st);
  sourceProblems(text, s, cueStarts, out);
  return out;
}

const MODEL = model as unknown as SpanModel;
let tables: Map<string, Map<string, number>> | null = null;

/** Load the weights once. Returns the load time in ms. */
export function loadSpanTagger(): number {
  const t0 = typeof performance !== "undefined" ? performance.now() : Date.now();
  if (!tables) {
    tables = new Map();
    for (const [k, w] of Object.entries(MODEL.weights ?? {})) tables.set(k, new Map(Object.entries(w)));
  }
  return (typeof performance !== "undefined" ? performance.now() : Date.now()) - t0;
}

/** The candidate the model prefers (the rules' own unless another beats it by the margin). */
export function chooseBoundary(p: BoundaryProblem): number {
  if (!tables) loadSpanTagger();
  const w = tables!.get(p.kind);
  if (!w || w.size === 0) return p.rule;
  let best = p.rule;
  let bestScore = -Infinity;
  const scores = p.feats.map((fs) => {
    let z = 0;
    for (const f of fs) z += w.get(f) ?? 0;
    return z;
  });
  for (let i = 0; i < scores.length; i++) {
    if (scores[i]! > bestScore) {
      bestScore = scores[i]!;
      best = i;
    }
  }
  const margin = (MODEL.margin?.[p.kind] ?? 0) * (MODEL.scale || 1);
  return bestScore > scores[p.rule]! + margin ? best : p.rule;
}

const spanOf = (text: string, start: number, end: number): Span => ({ start, end, text: text.slice(start, end) });

/** A new end for a content: at the chosen word, with a closing quotation mark right after it. */
function withEnd(text: string, s: Statement, end: number): Statement {
  const parts = s.contentParts ?? [s.content];
  const last = parts[parts.length - 1]!;
  let e = end;
  while (e < text.length && e < end + 3 && /[.,!?”’"]/.test(text[e]!) && /[”’"]/.test(text.slice(e, end + 3))) e++;
  if (e <= last.start) return s;
  const newLast = spanOf(text, last.start, e);
  if (parts.length === 1) return { ...s, content: newLast };
  const np = [...parts.slice(0, -1), newLast];
  return { ...s, content: spanOf(text, np[0]!.start, e), contentParts: np };
}

/** A new start for a content: at the chosen word, with an opening quotation mark right before it. */
function withStart(text: string, s: Statement, start: number): Statement {
  const parts = s.contentParts ?? [s.content];
  const first = parts[0]!;
  const b = start > 0 && /[“"‘«]/.test(text[start - 1]!) ? start - 1 : start;
  if (b >= first.end) return s;
  const newFirst = spanOf(text, b, first.end);
  if (parts.length === 1) return { ...s, content: newFirst };
  const np = [newFirst, ...parts.slice(1)];
  return { ...s, content: spanOf(text, b, np[np.length - 1]!.end), contentParts: np };
}

/** The statements with their boundaries re-read by the model (new objects where changed). */
export function refineSpans(text: string, statements: readonly Statement[]): Statement[] {
  const cueStarts = statements.flatMap((s) => (s.cue ? [s.cue.start] : [])).sort((a, b) => a - b);
  return statements.map((s) => {
    let out = s;
    for (const p of boundaryProblems(text, s, cueStarts)) {
      const k = chooseBoundary(p);
      if (k === p.rule) continue;
      const off = p.offsets[k]!;
      if (p.kind === "contentEnd") out = withEnd(text, out, off);
      else if (p.kind === "contentStart") out = withStart(text, out, off);
      else if (out.source && p.kind === "sourceStart" && off < out.source.end) out = { ...out, source: spanOf(text, off, out.source.end) };
      else if (out.source && p.kind === "sourceEnd" && off > out.source.start) out = { ...out, source: spanOf(text, out.source.start, off) };
    }
    return out;
  });
}
