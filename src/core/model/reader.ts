// The trained reader: a logistic model over each statement the rules found, giving the confidence
// that its cue really reports an attribution. Features are read from the statement's spans and a
// few words of text around its cue (never the article as a whole), so scoring is linear and cheap.
// The weights (reader.json) are learned by `npm run train` (scripts/train.mjs) from PolNeAR train,
// with the rules' cue table cross-fitted so the model sees rule output as it will on new text.
import type { Statement } from "../types";
import { cueClassOf, cueHead, lemma } from "../cueclass";
import { asciiTokenEndAt, isSpaceCode, isWideStop, lastBreakIn, lastBreakWithin, lower, nextBreakIn, nextBreakWithin, WORD_JOINER, type LineBreaks } from "../lines";
import weights from "./reader.json";
import { BE_WORD, BY_MEANS, BY_THE_TIME, DETERMINER_WORD, MONTH_NAME, NEGATION_WORD, SOURCE_PRONOUN, TIME } from "../lexicon";

type ReaderModel = { threshold: number; reject?: number; scale: number; weights: Record<string, number> };

const WORD = new RegExp(String.raw`[\p{L}\p{N}]+(?:${WORD_JOINER}[\p{L}\p{N}]+)*|[^\s\p{L}\p{N}]`, "gu");
const WINDOW = 60; // characters read on each side of a cue

/** Where the WORD token starting at s (not a space) ends, by character codes: an ASCII word or mark
 *  (as asciiTokenEndAt reads it), or one quotation mark, dash or ellipsis; -1 when WORD must decide. */
function tokenEndAt(text: string, s: number): number {
  const c = text.charCodeAt(s);
  if (c < 128) return asciiTokenEndAt(text, s, false);
  return isWideStop(c) || c === 0x2019 ? s + 1 : -1;
}

/** Words (and single punctuation marks) in text[a, b), never crossing a line break: what
 *  `text.slice(a, b).match(WORD)` gives (cut at the line break nearest the cue), read by character
 *  codes where they can place a token, by WORD for the rest. */
function wordsIn(text: string, a: number, b: number, fromEnd: boolean): string[] {
  let lo = Math.max(0, a);
  let hi = Math.min(text.length, b);
  const out: string[] = [];
  if (lo >= hi) return out;
  const nl = fromEnd ? lastBreakWithin(text, hi - 1, lo) : nextBreakWithin(text, lo, hi - 1);
  if (nl >= 0) {
    if (fromEnd) {
      lo = nl + 1;
      out.push("^");
    } else hi = nl;
  }
  for (let i = lo; i < hi; ) {
    if (isSpaceCode(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const e = tokenEndAt(text, i);
    if (e < 0 || e > hi) {
      // a character only WORD can place, or a token the range cuts: WORD reads the rest as the
      // slice would (i starts a token of it)
      const rest = text.slice(i, hi).match(WORD);
      if (rest) for (const w of rest) out.push(w);
      break;
    }
    out.push(text.slice(i, e));
    i = e;
  }
  if (!fromEnd && nl >= 0) out.push("$");
  return out;
}

const DIGIT_FIRST_RE = /^\p{N}/u;
const ONE_MARK = /^[^\p{L}\p{N}]$/u;
const QUOTE_MARK = /^[“”"‘’'«»]$/;
const UPPER_FIRST_RE = /^\p{Lu}/u;
// (the first character's class by its code for ASCII, by the Unicode classes for the rest)
const upperFirst = (w: string): boolean => {
  const c = w.charCodeAt(0);
  return c < 128 ? c >= 65 && c <= 90 : UPPER_FIRST_RE.test(w);
};
const digitFirst = (w: string): boolean => {
  const c = w.charCodeAt(0);
  return c < 128 ? c >= 48 && c <= 57 : DIGIT_FIRST_RE.test(w);
};
const shape = (w: string | undefined): string => {
  if (w === undefined) return "^";
  if (w === "^" || w === "$") return w;
  // (a quotation mark or another single mark is one character, two for one beyond the BMP)
  if (w.length <= 2) {
    if (QUOTE_MARK.test(w)) return "Q";
    if (ONE_MARK.test(w)) return w;
  }
  const l = lower(w);
  if (SOURCE_PRONOUN.test(l)) return "pron";
  if (DETERMINER_WORD.test(l)) return "det";
  if (digitFirst(w)) return "num";
  if (upperFirst(w)) return "Cap";
  return "low";
};
const bucket = (n: number): string => (n <= 0 ? "0" : n === 1 ? "1" : n <= 3 ? "2-3" : n <= 8 ? "4-8" : n <= 20 ? "9-20" : "21+");
/** Words in text[a, b), counted as runs of spaces (cheap; a bucket only needs the size), up to 21:
 *  bucket() says "21+" for 21 and for any more, so the count stops there. */
const countWords = (text: string, a: number, b: number): number => {
  let n = 0;
  let inWord = false;
  for (let i = a; i < b; i++) {
    const c = text.charCodeAt(i);
    const space = c === 32 || c === 10 || c === 9 || c === 160 || c === 13;
    if (!space && !inWord && ++n === 21) return n;
    inWord = !space;
  }
  return n;
};

/** What `t.trim().split(/\s+/)` holds: the number of words, the first and the last (one empty word
 *  when t is all space), without the array. */
function edgeWords(t: string): { n: number; first: string; last: string } {
  let p = 0;
  let q = t.length;
  while (p < q && isSpaceCode(t.charCodeAt(p))) p++;
  while (q > p && isSpaceCode(t.charCodeAt(q - 1))) q--;
  if (p === q) return { n: 1, first: "", last: "" };
  let n = 1;
  let firstEnd = -1;
  let lastStart = p;
  for (let i = p; i < q; i++) {
    if (!isSpaceCode(t.charCodeAt(i))) continue;
    if (firstEnd < 0) firstEnd = i;
    while (i + 1 < q && isSpaceCode(t.charCodeAt(i + 1))) i++;
    n++;
    lastStart = i + 1;
  }
  return { n, first: t.slice(p, firstEnd < 0 ? q : firstEnd), last: t.slice(lastStart, q) };
}

/** Facts about a statement's cue shared by the model and the display policy. */
export type CueFacts = {
  head: string;
  lemma: string;
  cueClass: ReturnType<typeof cueClassOf>;
  before: string[];
  after: string[];
  /** A form of "be" in or right before the cue ("is expected", "was told"). */
  passive: boolean;
  /** "by" + agent follows the cue. */
  agent: boolean;
  /** A negation in or right before the cue ("did not say", "never urged"). */
  negated: boolean;
};

const CLAUSE_MARK = /^[,.;:!?$]$/;
const LY_END = /ly$/;
const NEG_GAP = /ly$|^(?:to|be|been|have|has|had|also|even|yet|ever|immediately)$/;
/** The end of a past participle, regular or irregular: a passive cue's head ("is expected", "was told"). */
const PAST_PARTICIPLE_END = /(?:ed|en|wn|told|said|thought|known|found|made|held)$/;
const QUOTE_GAP = /^[\s,”"’]*$/;
const OPENS_QUOTE = /^[“"‘«]/;
const SPACE_ONLY = /^\s*$/;
/** Where the words a cue reports end, as the cue's class reads them: right before a source that
 *  stands between a quotation and its cue ("“…,” Hale declared": the source's start), else the cue's
 *  start. A quotation the tag splits or that runs on past it (“…,” she went on. “…”) is read by its
 *  first part. */
function wordsEndAt(text: string, s: Statement): number {
  const cue = s.cue!;
  const src = s.source;
  const c = s.contentParts?.[0] ?? s.content;
  return src && c.end <= src.start && src.end <= cue.start && OPENS_QUOTE.test(c.text) && QUOTE_GAP.test(text.slice(c.end, src.start)) && SPACE_ONLY.test(text.slice(src.end, cue.start)) ? src.start : cue.start;
}
/** The words after "by" at k name a time or a means ("by noon", "by Friday", "by the end of May",
 *  "by phone"), not an agent. */
function notAgent(words: readonly string[], k: number): boolean {
  const w = lower(words[k] ?? "");
  if (TIME.has(w) || MONTH_NAME.test(words[k] ?? "") || BY_MEANS.has(w) || DIGIT_START.test(w)) return true;
  return w === "the" && BY_THE_TIME.has(lower(words[k + 1] ?? ""));
}
const DIGIT_START = /^\d/;

export function cueFacts(text: string, s: Statement): CueFacts | null {
  const cue = s.cue;
  if (!cue) return null;
  const head = cueHead(cue.text);
  const before = wordsIn(text, cue.start - WINDOW, cue.start, true);
  const after = wordsIn(text, cue.end, cue.end + WINDOW, false);
  const cueWords = (cue.text.match(WORD) ?? []).map(lower);
  const b1 = lower(before[before.length - 1] ?? "");
  const b2 = lower(before[before.length - 2] ?? "");
  const passive = (cueWords.some((w) => BE_WORD.test(w)) || BE_WORD.test(b1) || BE_WORD.test(b2) && LY_END.test(b1)) && PAST_PARTICIPLE_END.test(head);
  // "accused of fraud by a former aide": the agent may follow a short complement.
  let agent = false;
  // ("told to leave by noon", "informed by phone": a time or a means after "by" is no agent)
  for (let i = 0; i < after.length && i < 8 && !CLAUSE_MARK.test(after[i]!); i++) if (lower(after[i]!) === "by" && !notAgent(after, i + 1)) agent = true;
  const negated = cueWords.some((w) => NEGATION_WORD.test(w)) || NEGATION_WORD.test(b1) || NEGATION_WORD.test(b2) && NEG_GAP.test(b1);
  const wordsEnd = wordsEndAt(text, s);
  const cls = cueClassOf(cue.text, s.mode === "according-to", text.slice(cue.end, cue.end + WINDOW), text.slice(Math.max(0, wordsEnd - 3), wordsEnd));
  return { head, lemma: lemma(head), cueClass: cls, before, after, passive, agent, negated };
}

/** The templates of the model's features, by name; a template is given by its number (T). */
const TEMPLATES = [
  "bias", "h", "l", "c", "m", "c|m", "suf", "slen", "slast", "sfirst", "s:verbish", "s", "l|s", "c|s", "p1", "p1s", "p2s", "n1", "n1s",
  "n2s", "l|p1s", "l|n1s", "c|p1s|n1s", "passive+by", "passive", "neg", "cue:Cap", "cue:multi", "q", "clen", "cpos", "c|q", "line",
  "lw", "line:quote",
] as const;
const T = Object.fromEntries(TEMPLATES.map((name, i) => [name, i])) as Record<(typeof TEMPLATES)[number], number>;

/** Where a statement's features go, each as its template (T) and the atoms of its value: the
 *  feature `template=a|b|c` (a bare `template` when it has no value). Every feature has value 1. */
type Emit = (template: number, a?: string, b?: string, c?: string) => void;

/** A feature's name, as the weights (reader.json) and training know it. */
const featureName = (template: number, a?: string, b?: string, c?: string): string => {
  const t = TEMPLATES[template]!;
  return a === undefined ? t : b === undefined ? `${t}=${a}` : c === undefined ? `${t}=${a}|${b}` : `${t}=${a}|${b}|${c}`;
};

const DOUBLE_QUOTE = /[“”"]/;
const FINAL_MARK = /[.!?"”’)]/;
const OPENER_MARK = /^[.!?:“"‘]$/;
const OPENING_QUOTE = /[“"‘]/;
const SPACE_CHAR = /\s/;
const VERBISH_END = /(?:ing|ed)$/;
/** The model's features of one statement, in order, given to `add` (`breaks`: the text's line
 *  breaks, when the caller has them: the same features, found without a scan). */
function features(text: string, s: Statement, f: CueFacts, add: Emit, breaks?: LineBreaks): void {
  add(T.bias);
  const { head, lemma: l, cueClass: c, before, after } = f;
  add(T.h, head);
  add(T.l, l);
  add(T.c, c);
  add(T.m, s.mode);
  add(T["c|m"], c, s.mode);
  add(T.suf, head.slice(-3));
  const cue = s.cue!;
  const src = s.source;
  let st = "none";
  if (src) {
    const { n, first, last: lastWord } = edgeWords(src.text);
    st = SOURCE_PRONOUN.test(lower(src.text.trim())) ? "pron" : upperFirst(first) ? "cap" : digitFirst(first) ? "num" : "low";
    st += src.start < cue.start ? "<" : ">";
    add(T.slen, bucket(n));
    const last = lower(lastWord);
    add(T.slast, upperFirst(lastWord) ? "Cap" : last);
    add(T.sfirst, upperFirst(first) && n > 1 ? "Cap" : lower(first));
    if (VERBISH_END.test(last) || digitFirst(last)) add(T["s:verbish"]);
  }
  add(T.s, st);
  add(T["l|s"], l, st);
  add(T["c|s"], c, st);
  const p1 = before[before.length - 1];
  const p2 = before[before.length - 2];
  const n1 = after[0];
  const n2 = after[1];
  const p1s = shape(p1);
  const n1s = shape(n1);
  // Word identities only for lower-case words: names are the article's, not the model's.
  add(T.p1, p1 === undefined ? "^" : upperFirst(p1) ? "Cap" : lower(p1));
  add(T.p1s, p1s);
  add(T.p2s, shape(p2));
  add(T.n1, n1 === undefined ? "$" : upperFirst(n1) ? "Cap" : lower(n1));
  add(T.n1s, n1s);
  add(T.n2s, shape(n2));
  add(T["l|p1s"], l, p1s);
  add(T["l|n1s"], l, n1s);
  add(T["c|p1s|n1s"], c, p1s, n1s);
  if (f.passive) add(f.agent ? T["passive+by"] : T.passive);
  if (f.negated) add(T.neg);
  if (upperFirst(cue.text) && p1 !== "^" && p1 !== undefined && !OPENER_MARK.test(p1)) add(T["cue:Cap"]);
  if (cue.text.includes(" ")) add(T["cue:multi"]);
  const content = s.content;
  const quoted = DOUBLE_QUOTE.test(content.text);
  add(T.q, quoted ? "1" : "0");
  add(T.clen, bucket(countWords(text, content.start, Math.min(content.end, content.start + 400))));
  add(T.cpos, content.start >= cue.end ? "after" : content.end <= cue.start ? "before" : "around");
  add(T["c|q"], c, quoted ? "1" : "0");
  // (Nesting is left out: the corpus marks nested acts less often than readers see them.)
  // The line holding the cue: a headline or a link has no final punctuation and few words.
  // (at most 2,000 characters each side: the scans stop there, so run-on text costs no more)
  const nlBefore = breaks ? lastBreakIn(breaks, cue.start - 1, cue.start - 2001) : lastBreakWithin(text, cue.start - 1, cue.start - 2001);
  let ls = nlBefore >= 0 ? nlBefore + 1 : Math.max(0, cue.start - 2000);
  const nlAfter = breaks ? nextBreakIn(breaks, cue.end, cue.end + 2000) : nextBreakWithin(text, cue.end, cue.end + 2000);
  let le = nlAfter >= 0 ? nlAfter : Math.min(text.length, cue.end + 2000);
  while (le > ls && SPACE_CHAR.test(text[le - 1]!)) le--;
  while (ls < le && SPACE_CHAR.test(text[ls]!)) ls++;
  const fin = FINAL_MARK.test(text[le - 1] ?? "");
  add(T.line, fin ? "sent" : "frag");
  add(T.lw, bucket(countWords(text, ls, Math.min(le, ls + 400))));
  if (OPENING_QUOTE.test(text[ls] ?? "")) add(T["line:quote"]);
}

/** The model's features of one statement by name (training and tests; run time weighs them by
 *  readerConfidence without naming them). */
export function readerFeatures(text: string, s: Statement, f: CueFacts): string[] {
  const out: string[] = [];
  features(text, s, f, (t, a, b, c) => void out.push(featureName(t, a, b, c)));
  return out;
}

const MODEL = weights as unknown as ReaderModel;
let table: Map<string, number> | null = null;

/** Load the weights once (a Map: lookups of unseen features stay cheap). Returns the load time. */
export function loadReader(): number {
  const t0 = typeof performance !== "undefined" ? performance.now() : Date.now();
  if (!table) table = new Map(Object.entries(MODEL.weights ?? {}));
  return (typeof performance !== "undefined" ? performance.now() : Date.now()) - t0;
}

const logistic = (z: number): number => 1 / (1 + Math.exp(-z));

/** Confidence (0-1) from feature names. */
export function readerScore(features: readonly string[]): number {
  if (!table) loadReader();
  const scale = MODEL.scale || 1;
  let z = 0;
  for (const k of features) z += table!.get(k) ?? 0;
  z /= scale;
  return logistic(z);
}

// ---------- run time: a feature's weight by numbers, without naming it. Each template and atom is
// a small integer (a symbol); the weight of (template, atoms) is kept in a hashed table the first
// time that feature is met (looked up by its name then, once). Both are emptied when they grow
// large, so a long-running background holds a bounded table.

const symIds = new Map<string, number>();
const sym = (x: string): number => {
  let id = symIds.get(x);
  if (id === undefined) symIds.set(x, (id = symIds.size));
  return id;
};
const ROW = 4; // template, then up to three atoms (-1 where the feature has fewer)
const CAP_BITS = 15;
const MAX_KNOWN = 1 << (CAP_BITS - 1); // features kept before the table is emptied (half full)
const rows = new Int32Array(ROW << CAP_BITS).fill(-1);
const known = new Float64Array(1 << CAP_BITS);
let entries = 0;

function hash(t: number, a: number, b: number, c: number): number {
  let h = Math.imul(t, 0x01000193) + a;
  h = Math.imul(h, 0x01000193) + b;
  h = Math.imul(h, 0x01000193) + c;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

let z = 0; // the sum being read (one statement at a time)
/** Adds the weight of one feature to z. */
function weigh(t: number, a?: string, b?: string, c?: string): void {
  const x = a === undefined ? -1 : sym(a);
  const y = b === undefined ? -1 : sym(b);
  const w = c === undefined ? -1 : sym(c);
  const mask = (1 << CAP_BITS) - 1;
  let h = hash(t, x, y, w) & mask;
  for (; ; h = (h + 1) & mask) {
    const at = h * ROW;
    const k = rows[at]!;
    if (k === -1) break;
    if (k === t && rows[at + 1] === x && rows[at + 2] === y && rows[at + 3] === w) {
      z += known[h]!;
      return;
    }
  }
  const weight = table!.get(featureName(t, a, b, c)) ?? 0;
  rows[h * ROW] = t;
  rows[h * ROW + 1] = x;
  rows[h * ROW + 2] = y;
  rows[h * ROW + 3] = w;
  known[h] = weight;
  entries++;
  z += weight;
}

/** The reader's confidence (0-1) in a statement: readerScore(readerFeatures(…)), without a string
 *  per feature. */
export function readerConfidence(text: string, s: Statement, f: CueFacts, breaks?: LineBreaks): number {
  if (!table) loadReader();
  // emptied between statements only: a statement adds at most a few dozen features and symbols
  if (entries >= MAX_KNOWN || symIds.size >= MAX_KNOWN) {
    rows.fill(-1);
    symIds.clear();
    entries = 0;
  }
  z = 0;
  features(text, s, f, weigh, breaks);
  return logistic(z / (MODEL.scale || 1));
}

/** The confidence a statement must reach to be shown, chosen for precision on train folds. */
export const SHOW_THRESHOLD: number = typeof MODEL.threshold === "number" ? MODEL.threshold : 0.5;

/** Below this confidence a cue candidate of the rules is no statement at all (chosen on train folds
 *  for the F1 of statements against the corpus, apart from SHOW_THRESHOLD: a statement the reader
 *  is shown is kept whatever its confidence, display.ts isKept). */
export const REJECT_THRESHOLD: number = typeof MODEL.reject === "number" ? MODEL.reject : 0;
