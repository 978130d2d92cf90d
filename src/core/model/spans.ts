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
//
// How features are read: the text is tokenized once (a window is a list of token ids) and each
// token's class is a small integer symbol, read once. Features are templates declared by name
// (END_FEATURES etc.: a name and the slots it joins, `name=v1|v2`); a candidate fills the slots and
// each template's weight comes from a hashed table keyed by (template, slot symbols), filled from
// the named weights the first time a feature is met. Training (boundaryProblems) names the same
// features from the same templates. To add a feature: add a template line, and a slot if it needs
// a new atom (set it in the problem builders before `add`).
import type { Span, Statement } from "../types";
import { cueHead, lemma } from "../cueclass";
import { asciiTokenEndAt, isDigitCode, isSpaceCode, lastBreakWithin, nextBreakWithin, WORD_JOINER } from "../lines";
import { partitionPoint } from "../search";
import type { Tok } from "../words";
import { beforeFiniteVerb, withoutTrailingAux } from "../sourcecut";
import { ACCUSE_STEM, ALLEGE_STEM, DEMAND_STEM, LEX, MONTH_NAME, PERSONAL, LEAD, RELATIVE_SOURCE, TAGGER_FINITE, TAGGER_FUNCTION, TIME_ADVERB, WEEKDAY, WORDS_ABBREV, YEAR } from "../lexicon";
import model from "./spans.json";

/** A subject pronoun and the word after it (not "and", "or"): a clause's own subject. */
const PRONOUN_CLAUSE = /^(he|she|they|we|i|it)\s+(?!and\b|or\b)[a-z]/i;
const OBJECT_OF: Record<string, string> = { he: "him", she: "her", they: "them", we: "us", i: "me", it: "it" };
/** What a source's end may not be moved over: a clause of its own ("when contacted by Reuters") and
 *  a day ("on Friday"; not a name ending in "Today", not "a report released Friday"). */
const CLAUSE_AFTER = /^[\s,]*(?:when|while|after|before|as|because|if|since|although|though)\b/i;
/** A second complement of a passive after its agent ("accused of theft by a neighbour and of assault
 *  by …", "… and fraud by another"): never part of the agent. */
const SECOND_COMPLEMENT = /^\s+(?:and|or)\s+(?:(?:of|for|with)\b|(?:[\p{L}’'-]+\s+){1,4}by\b)/iu;
/** Whether text[a, b) opens a parenthesis it does not close. */
function unclosedParen(text: string, a: number, b: number): boolean {
  let open = 0;
  for (let i = a; i < b; i++) {
    const c = text.charCodeAt(i);
    if (c === 40) open++;
    else if (c === 41 && open > 0) open--;
  }
  return open > 0;
}

/** A word no noun phrase ends on ("someone in the crowd who", "the head of"): a source the tagger
 *  grows never stops there. */
const DANGLING_END = /\b(?:who|whom|whose|which|that|of|in|at|on|for|from|with|by|to|the|a|an|and|or)\s*$/i;
const TIME_AFTER = /^[\s,]*on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/;
/** A time phrase opening a stretch of text ("Last week", "On Monday", "In 2019", "Saturday"): the
 *  time of the saying, never part of its speaker's phrase. Built from the lexicon's months,
 *  weekdays and years. */
const TIME_BEFORE = new RegExp(
  String.raw`^(?:(?:last|this|next|early|late|earlier|later)\s+(?:week|month|year|night|morning|spring|summer|fall|autumn|winter|${MONTH_NAME.source.slice(1, -1)}|${[...WEEKDAY].join("|")})` +
    String.raw`|(?:on\s+)?(?:${[...WEEKDAY].join("|")})|(?:in\s+)?${YEAR.source.slice(1, -1)}|yesterday|today)\b`,
  "i",
);
/** The end of an abbreviation written with a dot (the dot follows): a title or a month from the
 *  lexicon's list, "a.m"/"p.m" ("Gov", "Jan", "p.m"), or a single capital ("J"). */
const ABBREVIATION_BEFORE = new RegExp(String.raw`(?:^|[^\p{L}])(?:${[...WORDS_ABBREV].filter((w) => !w.includes(".")).join("|")}|a\.m|p\.m)$`, "iu");
const INITIAL_BEFORE = /(?:^|[^\p{L}])\p{Lu}$/u;
export const abbreviationEndsAt = (text: string, end: number): boolean => {
  const before = text.slice(Math.max(0, end - 6), end);
  return text[end] === "." && (ABBREVIATION_BEFORE.test(before) || INITIAL_BEFORE.test(before));
};
/** A stretch of text ending on a lower-case word in -ing. */
const ING_WORD_END = /(?:^|[^\p{L}])\p{Ll}{2,}ing$/u;
/** A relative pronoun inside a stretch of text. */
const RELATIVE_WORD_IN = /\b(?:who|whom|whose|which)\b/i;
/** A sentence end inside a stretch of text: a lower-case word, a full stop (a quotation mark), then a
 *  capital ("… who commutes daily. Her neighbour …"); not the dot of "St." or "Jr.". */
const SENTENCE_END = /\p{Ll}{3,}[.!?]["”’]?\s+["“‘]?\p{Lu}/u;

type Weights = Record<string, number>;
type SpanModel = { scale: number; margin: Record<string, number>; weights: Record<string, Weights> };

/** The boundaries the tagger re-reads. */
export type BoundaryKind = "contentEnd" | "contentStart" | "sourceStart" | "sourceEnd";

const WORD = new RegExp(String.raw`[\p{L}\p{N}]+(?:${WORD_JOINER}[\p{L}\p{N}]+)*|[^\s\p{L}\p{N}]`, "gu");
const WORD_AT = new RegExp(WORD.source, "uy");
/** WORD read on from a position (TextTokens.window sets lastIndex before each use; one for every text). */
const WORD_G = new RegExp(WORD.source, "gu");

// The small part-of-speech lookup: function words stand for themselves, other words for a shape.
// (the function words and finite verbs are the lexicon's TAGGER_FUNCTION and TAGGER_FINITE)
const FUNCTION = TAGGER_FUNCTION;
const FINITE = TAGGER_FINITE;
const QUOTE = /^[“”"‘’'«»]$/;
const OPEN_QUOTE = /^[“‘«]$/;
const CLOSE_QUOTE = /^[”’»]$/;

const ALL_UPPER = /^\p{Lu}+$/u;
const ALNUM_FIRST = /^[\p{L}\p{N}]/u;
const DIGIT_FIRST = /^\p{N}/u;
const UPPER_FIRST = /^\p{Lu}/u;
function wordClass(w: string): string {
  if (QUOTE.test(w)) return OPEN_QUOTE.test(w) ? "Q(" : CLOSE_QUOTE.test(w) ? "Q)" : "Q";
  if (!ALNUM_FIRST.test(w)) return w;
  const l = w.toLowerCase();
  return wordShape(w, l, FUNCTION.has(l));
}
/** The class of a word w opening with a letter or digit, given it lower-cased (l) and whether that is
 *  a function word (ASCII by character codes, the rest by the Unicode classes). */
function wordShape(w: string, l: string, isFunction: boolean): string {
  if (isFunction) return l;
  const c = w.charCodeAt(0);
  if (c < 128 ? c >= 48 && c <= 57 : DIGIT_FIRST.test(w)) return "NUM";
  if (c < 128 ? c >= 65 && c <= 90 : UPPER_FIRST.test(w)) return allUpper(w) && w.length > 1 ? "CAPS" : "Cap";
  if (l.endsWith("ing")) return "-ing";
  if (l.endsWith("ed")) return "-ed";
  if (l.endsWith("ly")) return "-ly";
  if (l.endsWith("s")) return "-s";
  return "low";
}
/** ALL_UPPER.test(w), by character codes for an ASCII word. */
function allUpper(w: string): boolean {
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c >= 128) return ALL_UPPER.test(w);
    if (c < 65 || c > 90) return false;
  }
  return w.length > 0;
}

const dbucket = (d: number): string => {
  const a = Math.abs(d);
  const b = a === 0 ? "0" : a === 1 ? "1" : a === 2 ? "2" : a <= 5 ? "3-5" : a <= 10 ? "6-10" : a <= 20 ? "11-20" : "21+";
  return (d < 0 ? "-" : d > 0 ? "+" : "") + b;
};
const nbucket = (n: number): string => (n <= 0 ? "0" : n === 1 ? "1" : n === 2 ? "2" : n <= 4 ? "3-4" : n <= 8 ? "5-8" : n <= 16 ? "9-16" : "17+");

// ---------- symbols: every atom of a feature (a word class, a bucket, a lemma) as a small integer,
// so that a candidate's features are read without building a string per feature.

const symIds = new Map<string, number>();
const symNames: string[] = [];
/** Symbols a feature's name cannot be parsed back into (empty, or holding "|" beside other text):
 *  a feature holding one is weighed by its name. */
const risky = new Set<number>();
/** risky holds a symbol (read per feature: a flag, not the set's size) */
let anyRisky = false;
function sym(s: string): number {
  let id = symIds.get(s);
  if (id === undefined) {
    id = symNames.length;
    symNames.push(s);
    symIds.set(s, id);
    if (s === "" || s !== "|" && s.includes("|")) {
      risky.add(id);
      anyRisky = true;
    }
  }
  return id;
}
const D_CAP = 21; // dbucket is the same for every |d| >= 21
const N_CAP = 17; // nbucket is the same for every n >= 17 (and every n <= 0)
const dSyms = (prefix: string): number[] => Array.from({ length: 2 * D_CAP + 1 }, (_, i) => sym(prefix + dbucket(i - D_CAP)));
const nSyms = (prefix: string): number[] => Array.from({ length: N_CAP + 1 }, (_, n) => sym(prefix + nbucket(n)));
const D_SYM = { "": dSyms(""), "<": dSyms("<"), ">": dSyms(">") };
const N_SYM = { "": nSyms(""), "<": nSyms("<"), ">": nSyms(">") };
type Side = "<" | ">";
// (each prefix's row in a constant of its own: a row picked by comparing the prefix, not by a keyed read)
const D_PLAIN = D_SYM[""];
const D_BEFORE = D_SYM["<"];
const D_AFTER = D_SYM[">"];
const N_PLAIN = N_SYM[""];
const N_BEFORE = N_SYM["<"];
const N_AFTER = N_SYM[">"];
/** The symbol of dbucket(d), after `prefix`. */
const dSym = (d: number, prefix: "" | Side = ""): number =>
  (prefix === "" ? D_PLAIN : prefix === "<" ? D_BEFORE : D_AFTER)[Math.max(-D_CAP, Math.min(D_CAP, d)) + D_CAP]!;
/** The symbol of nbucket(n), after `prefix`. */
const nSym = (n: number, prefix: "" | Side = ""): number => (prefix === "" ? N_PLAIN : prefix === "<" ? N_BEFORE : N_AFTER)[Math.max(0, Math.min(N_CAP, n))]!;
const NUM_SYM = [sym("0"), sym("1"), sym("2")];
const EDGE_BEFORE = sym("^");
const EDGE_AFTER = sym("$");

// ---------- tokens: the text is tokenized once; each token's class and flags are read once

const F_WORD = 1;
const F_COMMA = 2; // , ; — –
const F_FINITE = 4;
const F_OPEN = 8; // “ ‘ «
const F_CLOSE = 16; // ” ’ »
const F_DQ = 32; // "

/** Each word's class symbol and flags (class << 6 | flags), as read before: a cache addressed by
 *  the hash of the word's characters, so a token of the text is looked up without slicing it out
 *  (the word at INFO_WORDS[k], its info at INFO_VALS[k]; a word read anew may take another's place). */
const INFO_BITS = 15;
const INFO_WORDS: (string | undefined)[] = new Array<string | undefined>(1 << INFO_BITS).fill(undefined);
const INFO_VALS = new Int32Array(1 << INFO_BITS);
const INFO_PROBES = 4;

/** The info of the word text[a, b): from the cache, else read (and kept). */
function infoAt(text: string, a: number, b: number): number {
  let h = 0x811c9dc5;
  for (let i = a; i < b; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  h ^= h >>> 15;
  const mask = (1 << INFO_BITS) - 1;
  const home = h & mask;
  const len = b - a;
  let free = -1;
  for (let p = 0, k = home; p < INFO_PROBES; p++, k = (k + 1) & mask) {
    const w = INFO_WORDS[k];
    if (w === undefined) {
      free = k;
      break;
    }
    if (w.length === len && text.startsWith(w, a)) return INFO_VALS[k]!;
  }
  const w = text.slice(a, b);
  const x = readWord(w);
  const at = free >= 0 ? free : home;
  INFO_WORDS[at] = w;
  INFO_VALS[at] = x;
  return x;
}

/** The class symbol << 6 | flags of the word w. */
/** readWord of a word token of ../words, from what its tokenizer read: its lower-cased form and its
 *  lexicon bits (a function word, a finite verb). */
function readWordToken(t: Tok): number {
  return (sym(wordShape(t.w, t.lw, (t.lex & LEX.TAGGER_FUNCTION) !== 0)) << 6) | F_WORD | (t.lex & LEX.TAGGER_FINITE ? F_FINITE : 0);
}
function readWord(w: string): number {
  let f = ALNUM_FIRST.test(w) ? F_WORD : 0;
  if (w === "," || w === ";" || w === "—" || w === "–") f |= F_COMMA;
  if (FINITE.has(w.toLowerCase())) f |= F_FINITE;
  if (OPEN_QUOTE.test(w)) f |= F_OPEN;
  if (CLOSE_QUOTE.test(w)) f |= F_CLOSE;
  if (w === '"') f |= F_DQ;
  return (sym(wordClass(w)) << 6) | f;
}

const SURROGATE = /[\uD800-\uDFFF]/;

/** The tokens of one text (WORD), read once; a window of it is a list of token ids. */
class TextTokens {
  readonly starts: number[] = [];
  readonly ends: number[] = [];
  /** the number of tokens of the whole text (ids past it are pieces of a token a window cut into) */
  readonly n: number;
  /** per token: its class symbol << 6 | its flags, or -1 until read (pieces: in `more`) */
  private readonly info: Int32Array;
  private readonly more: number[] = [];
  /** per token read off a word token: that word token's index in `words` (else -1) */
  private readonly wordOf: number[] = [];
  /** `words`: the text's word tokens (../words), when the caller has them: the same tokens are then
   *  read off them instead of the text (for a text without surrogates, where both read alike), and
   *  a word's class and flags off what their tokenizer read. */
  constructor(
    readonly text: string,
    private readonly words?: readonly Tok[],
  ) {
    if (words && !SURROGATE.test(text)) this.fromWords(words);
    else this.scan();
    this.n = this.starts.length;
    this.info = new Int32Array(this.n).fill(-1);
  }
  private scan(): void {
    const text = this.text;
    // WORD matches at every character but a space: each token starts at the next such character,
    // where the anchored WORD_AT is tried (test(): no match object per token)
    const n = text.length;
    for (let i = 0; i < n; ) {
      if (isSpaceCode(text.charCodeAt(i))) {
        i++;
        continue;
      }
      // ASCII words and marks by character codes; the regex reads the rest
      let end = asciiTokenEndAt(text, i, false);
      if (end < 0) {
        WORD_AT.lastIndex = i;
        if (!WORD_AT.test(text)) {
          i++; // (no token starts here: as WORD, look on)
          continue;
        }
        end = WORD_AT.lastIndex;
      }
      this.starts.push(i);
      this.ends.push((i = end));
    }
  }
  /** The class and flags of token id of the whole text, read. */
  private read(id: number): number {
    const k = this.words !== undefined && id < this.wordOf.length ? this.wordOf[id]! : -1;
    return k >= 0 ? readWordToken(this.words![k]!) : infoAt(this.text, this.starts[id]!, this.ends[id]!);
  }
  /** The WORD tokens from the text's word tokens: the words (letters and digits with their inner
   *  ' ’ - .) are WORD's own, but for a number with thousands separators, which WORD reads as its
   *  digits and commas ("10" "," "000"); every other character but a space is a mark of its own. */
  private fromWords(words: readonly Tok[]): void {
    let gap = 0;
    for (let k = 0; k < words.length; k++) {
      const t = words[k]!;
      this.marks(gap, t.s);
      let a = t.s;
      for (let c = t.w.indexOf(","); c >= 0; c = t.w.indexOf(",", c + 1)) {
        this.push(a, t.s + c, -1);
        this.push(t.s + c, t.s + c + 1, -1);
        a = t.s + c + 1;
      }
      this.push(a, t.e, a === t.s ? k : -1);
      gap = t.e;
    }
    this.marks(gap, this.text.length);
  }
  /** Each character of text[a, b) but a space, as a token. */
  private marks(a: number, b: number): void {
    for (let i = a; i < b; i++) if (!isSpaceCode(this.text.charCodeAt(i))) this.push(i, i + 1, -1);
  }
  private push(s: number, e: number, word: number): void {
    this.starts.push(s);
    this.ends.push(e);
    this.wordOf.push(word);
  }
  private infoOf(id: number): number {
    if (id >= this.n) return (this.more[id - this.n] ??= infoAt(this.text, this.starts[id]!, this.ends[id]!));
    let x = this.info[id]!;
    if (x < 0) this.info[id] = x = this.read(id);
    return x;
  }
  /** The class symbol of token id. */
  cl(id: number): number {
    return this.infoOf(id) >> 6;
  }
  flags(id: number): number {
    return this.infoOf(id) & 63;
  }
  /** The first token of the whole text starting at or after pos. */
  private firstFrom(pos: number): number {
    let lo = 0;
    let hi = this.n;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.starts[mid]! < pos) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
  /** The ids of the tokens WORD finds in text[a, b) when it starts reading at a (a may cut a token:
   *  the pieces it then reads come first, until it meets a token of the whole text), written to
   *  out[0, n); returns n. */
  window(a: number, b: number, out: number[]): number {
    // (WORD's first match is at the first character but a space: most windows start on a token)
    let i = a;
    while (i < b && isSpaceCode(this.text.charCodeAt(i))) i++;
    const j = this.firstFrom(i);
    if (i < b && j < this.n && this.starts[j] === i) return this.inStep(j, b, out, 0);
    let n = 0;
    const re = WORD_G;
    re.lastIndex = a;
    for (let m = re.exec(this.text); m && m.index < b; m = re.exec(this.text)) {
      const j = this.firstFrom(m.index);
      if (j < this.n && this.starts[j] === m.index) return this.inStep(j, b, out, n);
      out[n++] = this.starts.length;
      this.starts.push(m.index);
      this.ends.push(m.index + m[0].length);
    }
    return n;
  }
  /** The whole text's tokens from token j on, up to b, written to out from n on (in step with them
   *  from here); returns the new n. */
  private inStep(j: number, b: number, out: number[], n: number): number {
    const end = this.firstFrom(b);
    for (let k = j; k < end; k++) out[n++] = k;
    return n;
  }
}

// ---------- features: templates declared by name, read through a fixed set of slots

/** The slots a candidate fills before its features are read (each holds a symbol). */
const SLOTS = ["d", "sd", "c0", "p1", "p2", "n1", "n2", "q", "len", "com", "cue", "mode", "lem", "fin", "s0", "to", "none"] as const;
type Slot = (typeof SLOTS)[number];
const slot = (s: Slot): number => SLOTS.indexOf(s);
/** each slot's index */
const S = Object.fromEntries(SLOTS.map((x, i) => [x, i])) as Record<Slot, number>;
const NONE = S.none;
/** A feature template: its name (`{side}` stands for the source's side of the cue, < or >) and the
 *  slots whose symbols, joined by "|", make its value: the feature `name=v1|v2`. */
type FeatureDecl = readonly [name: string, ...slots: Slot[]];
const MAX_ARITY = 3;
type Template = { key: number; name: string; arity: number; slots: Int32Array; s0: number; s1: number; s2: number };

const END_FEATURES: FeatureDecl[] = [
  ["d", "d"], ["c", "c0"], ["n1", "n1"], ["n1n2", "n1", "n2"], ["c|n1", "c0", "n1"], ["p1|c", "p1", "c0"],
  ["d|n1", "d", "n1"], ["q", "q", "n1"], ["len", "len"], ["com", "com", "n1"], ["cue", "cue"], ["m|n1", "mode", "n1"],
  ["l|n1", "lem", "n1"], ["l|d", "lem", "d"], ["fin", "fin", "n1"], ["s0|n1", "s0", "n1"], ["s0|d", "s0", "d"],
  ["l|fin|n1", "lem", "fin", "n1"],
];
/** the rules' own end has one more */
const END_RULE_FEATURES: FeatureDecl[] = [...END_FEATURES, ["rule|n1n2", "n1", "n2"]];
const SOURCE_START_FEATURES: FeatureDecl[] = [
  ["d", "d"], ["{side}c", "c0"], ["{side}p1", "p1"], ["{side}p1|c", "p1", "c0"], ["p2|p1|c", "p2", "p1", "c0"],
  ["c|n1", "c0", "n1"], ["d|p1", "d", "p1"], ["d|c", "d", "c0"], ["len", "len"], ["to", "to"], ["l|p1", "lem", "p1"],
  ["l|d", "lem", "d"],
];
const SOURCE_END_FEATURES: FeatureDecl[] = [
  ["d", "d"], ["{side}c", "c0"], ["{side}n1", "n1"], ["{side}c|n1", "c0", "n1"], ["c|n1|n2", "c0", "n1", "n2"],
  ["p1|c", "p1", "c0"], ["d|n1", "d", "n1"], ["d|c", "d", "c0"], ["len", "len"], ["to", "to"], ["l|n1", "lem", "n1"],
  ["l|d", "lem", "d"],
];
const START_FEATURES: FeatureDecl[] = [
  ["d", "sd"], ["{side}c", "c0"], ["{side}p1", "p1"], ["{side}p1|c", "p1", "c0"], ["p2|p1|c", "p2", "p1", "c0"],
  ["c|n1", "c0", "n1"], ["d|p1", "d", "p1"], ["d|c", "d", "c0"], ["to", "to"], ["l|p1", "lem", "p1"], ["l|c", "lem", "c0"],
  ["l|d", "lem", "d"], ["m|p1", "mode", "p1"],
];

/** Each (kind, template name) once: the key its weights are found under. */
const TEMPLATE_KEYS = new Map<string, Template>();
function compile(kind: BoundaryKind, decls: readonly FeatureDecl[], side: Side | "" = ""): Template[] {
  return decls.map(([decl, ...slots]) => {
    if (slots.length < 1 || slots.length > MAX_ARITY) throw new Error(`feature ${decl}: 1 to ${MAX_ARITY} slots`);
    const name = decl.replace("{side}", side);
    const s = new Int32Array(MAX_ARITY).fill(NONE);
    slots.forEach((x, i) => (s[i] = slot(x)));
    const known = TEMPLATE_KEYS.get(`${kind}\u0000${name}`);
    if (known && known.arity !== slots.length) throw new Error(`feature ${name} of ${kind} declared twice with different slots`);
    const t = { key: known?.key ?? TEMPLATE_KEYS.size, name, arity: slots.length, slots: s, s0: s[0]!, s1: s[1]!, s2: s[2]! };
    if (!known) TEMPLATE_KEYS.set(`${kind}\u0000${name}`, t);
    return t;
  });
}
const bySide = (kind: BoundaryKind, decls: readonly FeatureDecl[]): Record<Side, Template[]> => ({ "<": compile(kind, decls, "<"), ">": compile(kind, decls, ">") });
const T_END = compile("contentEnd", END_FEATURES);
const T_END_RULE = compile("contentEnd", END_RULE_FEATURES);
const T_SOURCE_START = bySide("sourceStart", SOURCE_START_FEATURES);
const T_SOURCE_END = bySide("sourceEnd", SOURCE_END_FEATURES);
const T_START = bySide("contentStart", START_FEATURES);

/** The feature a template reads from the slots, as the model's weights name it. */
function featureName(t: Template, v: Int32Array): string {
  let s = t.name + "=" + symNames[v[t.slots[0]!]!]!;
  for (let i = 1; i < MAX_ARITY && t.slots[i] !== NONE; i++) s += "|" + symNames[v[t.slots[i]!]!]!;
  return s;
}

/** Where the candidates of one boundary go: scored at run time, named for training. */
interface Sink {
  add(offset: number, rule: boolean, templates: readonly Template[], v: Int32Array): void;
}

/** One boundary decision: the candidate offsets, their features, and which one the rules chose. */
export type BoundaryProblem = { kind: BoundaryKind; offsets: number[]; feats: string[][]; rule: number };

class NameSink implements Sink {
  offsets: number[] = [];
  feats: string[][] = [];
  rule = -1;
  add(offset: number, rule: boolean, templates: readonly Template[], v: Int32Array): void {
    this.offsets.push(offset);
    this.feats.push(templates.map((t) => featureName(t, v)));
    if (rule) this.rule = this.offsets.length - 1;
  }
  problem(kind: BoundaryKind): BoundaryProblem | null {
    return this.rule < 0 ? null : { kind, offsets: this.offsets, feats: this.feats, rule: this.rule };
  }
}

/** What one statement's problems share: its cue's lemma and its mode, as symbols. */
type Ctx = { tt: TextTokens; cueStarts: readonly number[]; lem: number; mode: number };

// A problem's window of token ids and the indexes of its words in it, in arrays kept from one
// statement to the next (the problems of a statement are read one after the other): the first
// nt and nw entries are the current problem's.
const TOKS: number[] = [];
const WORDS: number[] = [];
/** The indexes (into toks[0, nt)) of the word tokens, written to out; returns their number. */
function wordsOf(tt: TextTokens, toks: readonly number[], nt: number, out: number[]): number {
  let n = 0;
  for (let i = 0; i < nt; i++) if (tt.flags(toks[i]!) & F_WORD) out[n++] = i;
  return n;
}

const MAX_AFTER = 25; // word tokens past the rules' content end that an end may move to
const MAX_BEFORE = 25; // word tokens before it
const MAX_TOKENS = 160; // word tokens of content read at most (longer contents keep their end)

/** The candidate ends of a statement's content after its cue: word ends within the paragraph. */
function endProblem(x: Ctx, s: Statement, sink: Sink, v: Int32Array): void {
  const { tt, cueStarts } = x;
  const text = tt.text;
  const cue = s.cue!;
  const parts = s.contentParts ?? [s.content];
  const last = parts[parts.length - 1]!;
  if (last.start < cue.end) return;
  const nl = nextBreakWithin(text, last.end, last.end + 400); // (never a scan to a far line break)
  const limit = Math.min(nl < 0 ? text.length : nl, last.end + 400);
  const toks = TOKS;
  const nt = tt.window(last.start, limit, toks);
  const wordIdx = WORDS;
  const nw = wordsOf(tt, toks, nt, wordIdx);
  if (nw === 0) return;
  // the rules' last word
  let ruleW = -1;
  for (let k = 0; k < nw && tt.ends[toks[wordIdx[k]!]!]! <= last.end; k++) ruleW = k;
  if (ruleW < 0 || ruleW >= MAX_TOKENS) return;
  // A quotation inside the rules' content stays inside it: the end never moves before its close.
  let minEnd = last.start;
  for (let i = last.end - 1; i > last.start; i--) {
    const c = text.charCodeAt(i);
    if (c === 0x201d || c === 34 || c === 0xbb) {
      minEnd = i;
      break;
    }
  }
  const cl = (i: number, edge: number): number => (i >= 0 && i < nt ? tt.cl(toks[i]!) : edge);
  v[S.lem] = x.lem;
  v[S.mode] = x.mode;
  v[S.s0] = cl(0, EDGE_BEFORE);
  let commas = 0;
  let quoteOpen = 0;
  let cuesCrossed = 0;
  let finite = 0;
  let ci = partitionPoint(cueStarts.length, (mid) => cueStarts[mid]! < last.start);
  let ti = 0;
  for (let k = Math.max(0, ruleW - MAX_BEFORE); k < nw && k <= ruleW + MAX_AFTER; k++) {
    const i = wordIdx[k]!;
    for (; ti <= i; ti++) {
      const f = tt.flags(toks[ti]!);
      if (f & F_COMMA) commas++;
      if (f & F_FINITE) finite = 1;
      if (f & F_OPEN || f & F_DQ && quoteOpen === 0) quoteOpen = 1;
      else if (f & F_CLOSE || f & F_DQ) quoteOpen = 0;
    }
    const tEnd = tt.ends[toks[i]!]!;
    while (ci < cueStarts.length && cueStarts[ci]! < tEnd) {
      if (cueStarts[ci] !== cue.start) cuesCrossed++;
      ci++;
    }
    const d = k - ruleW;
    if (tEnd <= minEnd && d !== 0) continue;
    // (a clock time or a ratio is one number: no end between "10" and ":30")
    if (d !== 0 && text.charCodeAt(tEnd) === 58 && isDigitCode(text.charCodeAt(tEnd + 1)) && isDigitCode(text.charCodeAt(tEnd - 1))) continue;
    if (d !== 0 && !punctAfter(text, tEnd)) continue;
    v[S.d] = dSym(d);
    v[S.c0] = cl(i, EDGE_BEFORE);
    v[S.n1] = cl(i + 1, EDGE_AFTER);
    v[S.n2] = cl(i + 2, EDGE_AFTER);
    v[S.p1] = cl(i - 1, EDGE_BEFORE);
    v[S.q] = NUM_SYM[quoteOpen]!;
    v[S.len] = nSym(k + 1);
    v[S.com] = nSym(commas);
    v[S.cue] = NUM_SYM[Math.min(cuesCrossed, 2)]!;
    v[S.fin] = NUM_SYM[finite]!;
    sink.add(tEnd, d === 0, d === 0 ? T_END_RULE : T_END, v);
  }
}

/** Marks that end a phrase: , ; : . ! ? ) and a line break, an em or en dash. */
const END_MARKS = new Set([44, 59, 58, 46, 33, 63, 41, 10, 0x2014, 0x2013]);

/** Whether a mark of punctuation (or the text's end) follows offset at, past closing quotes. */
function punctAfter(text: string, at: number): boolean {
  let c = text.charCodeAt(at);
  while (c === 0x201d || c === 34 || c === 0x2019 || c === 39) c = text.charCodeAt(++at);
  if (Number.isNaN(c) || END_MARKS.has(c)) return true;
  // a dash set off by spaces (" — ", " - ")
  const n = text.charCodeAt(at + 1);
  return c === 32 && (n === 0x2014 || n === 0x2013 || n === 45 && text.charCodeAt(at + 2) === 32);
}

const SOURCE_REACH = 20; // word tokens a source boundary may move by

/** Whether token t is a personal pronoun or "who". */
function pronounToken(tt: TextTokens, t: number): boolean {
  const w = tt.text.slice(tt.starts[t]!, tt.ends[t]!).toLowerCase();
  return PERSONAL.has(w) || w === "who";
}

/** Word tokens of the line around a source, bounded, not crossing the cue (in out[0, n); returns n). */
function sourceWindow(tt: TextTokens, src: Span, cue: Span, out: number[]): number {
  const text = tt.text;
  const before = src.end <= cue.start;
  // line breaks looked for within the bounds only: run-on text has none to find
  const lo = before ? Math.max(lastBreakWithin(text, src.start - 1, src.start - 200) + 1, src.start - 200) : cue.end;
  let hi = before ? cue.start : nextBreakWithin(text, src.end, src.end + 200);
  if (!before) hi = Math.min(hi < 0 ? text.length : hi, src.end + 200);
  return tt.window(lo, hi, out);
}

/** Whether token t is a sentence adverb or a bare word of time (lower-cased, in LEAD or TIME_ADVERB). */
function adverbToken(tt: TextTokens, t: number): boolean {
  const w = tt.text.slice(tt.starts[t]!, tt.ends[t]!).toLowerCase();
  return LEAD.has(w) || TIME_ADVERB.has(w);
}

/** The candidate starts and ends of a statement's source: word boundaries near the rules' own,
 *  never reaching over another statement's cue (a source holds no verb of saying of its own). */
function sourceProblems(x: Ctx, s: Statement, starts: Sink, ends: Sink, v: Int32Array): void {
  const { tt, cueStarts } = x;
  const text = tt.text;
  const src = s.source;
  const cue = s.cue!;
  if (!src || src.end > cue.start && src.start < cue.end) return;
  // the other cues nearest the source on each side bound how far it may grow
  let ci = partitionPoint(cueStarts.length, (mid) => cueStarts[mid]! < src.start) - 1;
  while (ci >= 0 && cueStarts[ci] === cue.start) ci--;
  let lowest = ci >= 0 ? cueStarts[ci]! : -1;
  // a source the rules start right after an opening parenthesis stays inside it ("… the river
  // (officials at the archive say …)")
  let p = src.start - 1;
  while (p >= 0 && text.charCodeAt(p) === 32) p--;
  if (p > lowest && text.charCodeAt(p) === 40 && src.end <= cue.start) lowest = p;
  let cj = partitionPoint(cueStarts.length, (mid) => cueStarts[mid]! < src.end);
  while (cj < cueStarts.length && cueStarts[cj] === cue.start) cj++;
  const highest = cj < cueStarts.length ? cueStarts[cj]! : Infinity;
  const toks = TOKS;
  const nt = sourceWindow(tt, src, cue, toks);
  const side: Side = src.end <= cue.start ? "<" : ">";
  const words = WORDS;
  const nw = wordsOf(tt, toks, nt, words);
  let first = -1;
  let last = -1;
  for (let k = 0; k < nw; k++) {
    const t = toks[words[k]!]!;
    if (tt.starts[t]! >= src.start && first < 0) first = k;
    if (tt.ends[t]! <= src.end) last = k;
  }
  if (first < 0 || last < first) return;
  const nTo = (k: number): number => (side === "<" ? nw - 1 - k : k); // words between it and the cue
  const cl = (i: number, edge: number): number => (i >= 0 && i < nt ? tt.cl(toks[i]!) : edge);
  v[S.lem] = x.lem;
  // starts (a personal pronoun is a whole noun phrase: a source of one never grows leftwards)
  const reach = first === last && pronounToken(tt, toks[words[first]!]!) ? 0 : SOURCE_REACH;
  for (let k = Math.max(0, first - reach); k <= Math.min(last, first + SOURCE_REACH); k++) {
    const i = words[k]!;
    const start = tt.starts[toks[i]!]!;
    if (start <= lowest) continue;
    const d = k - first;
    // a source does not open on an adverb or a bare word of time ("Later Ruiz said", "Tuesday the
    // board said"): not a candidate, but for the rules' own start
    if (d !== 0 && adverbToken(tt, toks[i]!)) continue;
    v[S.d] = dSym(d);
    v[S.c0] = cl(i, EDGE_BEFORE);
    v[S.p1] = cl(i - 1, EDGE_BEFORE);
    v[S.p2] = cl(i - 2, EDGE_BEFORE);
    v[S.n1] = cl(i + 1, EDGE_AFTER);
    v[S.len] = nSym(last - k + 1, side);
    v[S.to] = nSym(nTo(k), side);
    starts.add(start, d === 0, T_SOURCE_START[side], v);
  }
  // ends
  for (let k = Math.max(first, last - SOURCE_REACH); k <= Math.min(nw - 1, last + SOURCE_REACH); k++) {
    const i = words[k]!;
    const end = tt.ends[toks[i]!]!;
    if (end > highest) break;
    const d = k - last;
    v[S.d] = dSym(d);
    v[S.c0] = cl(i, EDGE_BEFORE);
    v[S.p1] = cl(i - 1, EDGE_BEFORE);
    v[S.n1] = cl(i + 1, EDGE_AFTER);
    v[S.n2] = cl(i + 2, EDGE_AFTER);
    v[S.len] = nSym(k - first + 1, side);
    v[S.to] = nSym(nTo(k), side);
    ends.add(end, d === 0, T_SOURCE_END[side], v);
  }
}

const START_REACH = 25; // word tokens a content start may move by

/** The candidate starts of a statement's content: word starts near the rules' own, on its side of
 *  the cue, never past an opening quotation mark inside the content. */
function startProblem(x: Ctx, s: Statement, sink: Sink, v: Int32Array): void {
  const tt = x.tt;
  const text = tt.text;
  const cue = s.cue!;
  const parts = s.contentParts ?? [s.content];
  const first = parts[0]!;
  const after = first.start >= cue.end;
  if (!after && first.end > cue.start) return;
  const lo = after ? cue.end : Math.max(lastBreakWithin(text, first.start - 1, first.start - 300) + 1, first.start - 300);
  const hi = Math.min(first.end, first.start + 300);
  const toks = TOKS;
  const nt = tt.window(lo, hi, toks);
  let maxStart = hi;
  for (let i = first.start; i < hi; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x201c || c === 34 || c === 0xab) {
      maxStart = i;
      break;
    }
  }
  const words = WORDS;
  const nw = wordsOf(tt, toks, nt, words);
  let ruleK = -1;
  for (let k = 0; k < nw; k++) {
    if (tt.starts[toks[words[k]!]!]! >= first.start) {
      ruleK = k;
      break;
    }
  }
  if (ruleK < 0) return;
  const side: Side = after ? ">" : "<";
  const cl = (i: number, edge: number): number => (i >= 0 && i < nt ? tt.cl(toks[i]!) : edge);
  v[S.lem] = x.lem;
  v[S.mode] = x.mode;
  for (let k = Math.max(0, ruleK - START_REACH); k < nw && k <= ruleK + START_REACH; k++) {
    const i = words[k]!;
    const start = tt.starts[toks[i]!]!;
    const d = k - ruleK;
    if (d !== 0 && start > maxStart) break;
    v[S.sd] = dSym(d, side);
    v[S.d] = dSym(d);
    v[S.c0] = cl(i, EDGE_BEFORE);
    v[S.p1] = cl(i - 1, EDGE_BEFORE);
    v[S.p2] = cl(i - 2, EDGE_BEFORE);
    v[S.n1] = cl(i + 1, EDGE_AFTER);
    v[S.to] = nSym(after ? k : nw - k, side);
    sink.add(start, d === 0, T_START[side], v);
  }
}

/** The statement's cue lemma and mode as symbols, for its problems. */
function ctxOf(tt: TextTokens, s: Statement, cueStarts: readonly number[]): Ctx {
  const cue = s.cue!.text;
  let lem = CUE_LEMMA.get(cue);
  if (lem === undefined) {
    if (CUE_LEMMA.size >= 10_000) CUE_LEMMA.clear();
    CUE_LEMMA.set(cue, (lem = sym(lemma(cueHead(cue)))));
  }
  return { tt, cueStarts, lem, mode: sym(`${s.mode}`) };
}
/** Each cue's lemma symbol, as read before (bounded). */
const CUE_LEMMA = new Map<string, number>();

/** The tokens the tagger reads, as offsets: from the text, or off its word tokens (tests). */
export function taggerTokens(text: string, words?: readonly Tok[]): { starts: number[]; ends: number[]; classes: string[]; flags: number[] } {
  const tt = new TextTokens(text, words);
  const ids = tt.starts.map((_, i) => i);
  return { starts: [...tt.starts], ends: [...tt.ends], classes: ids.map((i) => symNames[tt.cl(i)]!), flags: ids.map((i) => tt.flags(i)) };
}

let lastTokens: TextTokens | null = null;
const tokensOf = (text: string): TextTokens => (lastTokens?.text === text ? lastTokens : (lastTokens = new TextTokens(text)));

/** The boundary problems of one statement, with their features by name (for training and tests). */
export function boundaryProblems(text: string, s: Statement, cueStarts: readonly number[]): BoundaryProblem[] {
  if (!s.cue) return [];
  const x = ctxOf(tokensOf(text), s, cueStarts);
  const v = new Int32Array(SLOTS.length).fill(-1);
  const out: BoundaryProblem[] = [];
  const e = new NameSink();
  endProblem(x, s, e, v);
  const st = new NameSink();
  startProblem(x, s, st, v);
  const ss = new NameSink();
  const se = new NameSink();
  sourceProblems(x, s, ss, se, v);
  for (const [sink, kind] of [[e, "contentEnd"], [st, "contentStart"], [ss, "sourceStart"], [se, "sourceEnd"]] as const) {
    const p = sink.problem(kind);
    if (p) out.push(p);
  }
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
    buildTable();
  }
  return (typeof performance !== "undefined" ? performance.now() : Date.now()) - t0;
}

/** The scores of a problem's candidates, weighed by their features' names (empty: no weights). */
export function namedScores(p: BoundaryProblem): number[] {
  if (!tables) loadSpanTagger();
  const w = tables!.get(p.kind);
  if (!w || w.size === 0) return [];
  return p.feats.map((fs) => {
    let z = 0;
    for (const f of fs) z += w.get(f) ?? 0;
    return z;
  });
}

/** The candidate the model prefers (the rules' own unless another beats it by the margin). */
export function chooseBoundary(p: BoundaryProblem): number {
  const scores = namedScores(p);
  return scores.length === 0 ? p.rule : choose(p.kind, scores, p.rule);
}

function choose(kind: BoundaryKind, scores: readonly number[], rule: number, n = scores.length): number {
  let best = rule;
  let bestScore = -Infinity;
  for (let i = 0; i < n; i++) {
    if (scores[i]! > bestScore) {
      bestScore = scores[i]!;
      best = i;
    }
  }
  return bestScore > scores[rule]! + marginOf(kind) ? best : rule;
}

/** How much a candidate must beat the rules' own boundary by to be chosen. */
const marginOf = (kind: BoundaryKind): number => (MODEL.margin?.[kind] ?? 0) * (MODEL.scale || 1);

// ---------- run time: a feature's weight by its template and slot symbols, from a hashed table
// built once from the named weights (each name parsed into its template and symbols).

let capBits = 0;
/** Entry h holds its key, two words: (template << 16 | a + 1) at keys[3h] and (b + 1 << 16 | c + 1)
 *  at keys[3h + 1] (a symbol the template lacks is -1, so 0; 0 in the first word marks an empty
 *  entry), and its weight at keys[3h + 2]. The weights are integers (the trainer writes them so;
 *  checked): an entry is 12 bytes, and the table, filled to about three quarters, stays small
 *  enough for the nearest caches (384 KB for today's weights). */
let keys = new Int32Array(0);
/** Per template key, its largest weight (0 when none is positive): what a feature of it adds at most. */
let maxOf: number[] = [];
/** Per template key, by the symbol of its first slot: the largest weight of a feature with that first
 *  symbol (0 when none is positive, and past the row), what such a feature adds at most. */
let mostBy: Int32Array[] = [];
/** A symbol + 1 the table's keys can hold (16 bits; every symbol of the weights fits, checked). */
const SYM_LIMIT = 0x10000;
/** The weights of the one-slot templates (the distance, the length, a word's class) by their symbol,
 *  read without hashing: single[template key][symbol], up to the highest symbol with a weight. */
let single: Float64Array[] = [];
/** One bit per hash of the table's keys (a small filter most features without a weight stop at; 32 KB:
 *  with 8 KB a third of the features without a weight got through to the table). */
const FILTER_BITS = 18;
const filter = new Int32Array(1 << (FILTER_BITS - 5));

/** The hash of a key's two words. */
function hash(k1: number, k2: number): number {
  let h = Math.imul(k1, 0x9e3779b1) ^ Math.imul(k2 ^ (k2 >>> 15), 0x85ebca77);
  h ^= h >>> 15;
  h = Math.imul(h, 0xc2b2ae3d);
  return (h ^ (h >>> 13)) >>> 0;
}

/** The symbols of a feature value `v1|v2|…`: a "|" symbol is the one way to an empty part, so an
 *  empty part starts a "|" (two parts). Null when that does not give back the value. */
function parseValue(value: string, arity: number): number[] | null {
  const parts = value.split("|");
  const atoms: string[] = [];
  for (let i = 0; i < parts.length; i++) {
    if (parts[i] !== "") atoms.push(parts[i]!);
    else if (parts[i + 1] === "") {
      atoms.push("|");
      i++;
    } else return null;
  }
  return atoms.length === arity && atoms.join("|") === value ? atoms.map(sym) : null;
}

/** The hashed table of every named weight whose name parses into a template's symbols. */
function buildTable(): void {
  const entries: { t: number; a: number[]; w: number }[] = [];
  for (const [kind, w] of tables!) {
    for (const [name, weight] of w) {
      const eq = name.indexOf("=");
      const t = eq < 0 ? undefined : TEMPLATE_KEYS.get(`${kind}\u0000${name.slice(0, eq)}`);
      if (t === undefined) continue; // a feature no template makes: never met
      const atoms = parseValue(name.slice(eq + 1), t.arity);
      if (atoms) entries.push({ t: t.key, a: atoms, w: weight });
    }
  }
  if (TEMPLATE_KEYS.size >= 1 << 15 || symNames.length >= SYM_LIMIT) throw new Error("span tagger: too many templates or symbols for the table's keys");
  // (integers: a candidate's score is then the same sum in any order, which scoreOf relies on)
  if (entries.some(({ w }) => !Number.isInteger(w) || Math.abs(w) >= 2 ** 31)) throw new Error("span tagger: a weight is no 32-bit integer");
  capBits = 4;
  while (1 << capBits < entries.length * 1.35) capBits++;
  keys = new Int32Array(3 << capBits);
  const mask = (1 << capBits) - 1;
  for (const { t, a, w } of entries) {
    const k1 = (t << 16) | (a[0]! + 1);
    const k2 = (((a[1] ?? -1) + 1) << 16) | ((a[2] ?? -1) + 1);
    const full = hash(k1, k2);
    const f = full >>> (32 - FILTER_BITS);
    filter[f >>> 5]! |= 1 << (f & 31);
    let h = full & mask;
    while (keys[h * 3] !== 0) h = (h + 1) & mask;
    keys[h * 3] = k1;
    keys[h * 3 + 1] = k2;
    keys[h * 3 + 2] = w;
  }
  maxOf = [];
  for (const { t, w } of entries) maxOf[t] = Math.max(maxOf[t] ?? 0, w);
  const firstTop: number[] = [];
  for (const { t, a, w } of entries) if (w > 0) firstTop[t] = Math.max(firstTop[t] ?? -1, a[0]!);
  mostBy = Array.from(firstTop, (n) => new Int32Array((n ?? -1) + 1));
  for (const { t, a, w } of entries) if (w > mostBy[t]![a[0]!]!) mostBy[t]![a[0]!] = w;
  const top: number[] = [];
  for (const { t, a } of entries) if (a.length === 1) top[t] = Math.max(top[t] ?? -1, a[0]!);
  single = top.map((n) => new Float64Array(n + 1));
  for (const { t, a, w } of entries) if (a.length === 1) single[t]![a[0]!] = w;
}

/** The weight of template t's feature on the slots v (0 when the model has none). */
function weightOf(t: Template, v: Int32Array, w: Map<string, number>): number {
  const a = v[t.s0]!;
  const b = v[t.s1]!;
  const c = v[t.s2]!;
  // (a symbol past the row has no weight; a risky one may have one by name: both as below)
  const held = tableWeight(t.key, a, b, c, t.arity === 1 && !(anyRisky && risky.has(a)));
  if (held !== undefined) return held;
  return anyRisky && (risky.has(a) || risky.has(b) || risky.has(c)) ? (w.get(featureName(t, v)) ?? 0) : 0;
}

/** The weight the tables hold for template id's feature on the symbols a, b, c (`inRow`: a one-slot
 *  template's, read from its row when the row reaches a), or undefined when they hold none. */
function tableWeight(id: number, a: number, b: number, c: number, inRow: boolean): number | undefined {
  if (inRow) {
    const row = single[id];
    if (row !== undefined && a >= 0 && a < row.length) return row[a]!;
  }
  // (a symbol the table cannot hold was made after it: no weight of the table has it)
  if (((a + 1) | (b + 1) | (c + 1)) >= SYM_LIMIT) return undefined;
  const k1 = (id << 16) | (a + 1);
  const k2 = ((b + 1) << 16) | (c + 1);
  const full = hash(k1, k2);
  const f = full >>> (32 - FILTER_BITS);
  if ((filter[f >>> 5]! & (1 << (f & 31))) === 0) return undefined;
  const mask = (1 << capBits) - 1;
  for (let h = full & mask; keys[h * 3] !== 0; h = (h + 1) & mask) {
    if (keys[h * 3] === k1 && keys[h * 3 + 1] === k2) return keys[h * 3 + 2]!;
  }
  return undefined;
}

/** A list of templates as scoreOf reads it, made once per list, after the table: the one-slot
 *  templates as their rows and slots (`ones`, `oneSlot`), then the others, those that may add most
 *  first, as their keys and slots in `flat` (four numbers a template: the key, then three slots) and the rows of what each
 *  may add at most (`mostRows`). (The rows are read here once, not per candidate.) */
type Plan = { ones: (Float64Array | undefined)[]; oneSlot: Int32Array; flat: Int32Array; mostRows: (Int32Array | undefined)[] };
const PLANS = new WeakMap<readonly Template[], Plan>();
function planOf(templates: readonly Template[]): Plan {
  let p = PLANS.get(templates);
  if (p) return p;
  const most = (t: Template): number => maxOf[t.key] ?? 0;
  const order = [...templates].sort((x, y) => most(y) - most(x));
  const ones = order.filter((t) => t.arity === 1);
  const others = order.filter((t) => t.arity !== 1);
  const flat = new Int32Array(others.length * 4);
  others.forEach((t, i) => flat.set([t.key, t.s0, t.s1, t.s2], i * 4));
  p = { ones: ones.map((t) => single[t.key]), oneSlot: Int32Array.from(ones, (t) => t.s0), flat, mostRows: others.map((t) => mostBy[t.key]) };
  PLANS.set(templates, p);
  return p;
}

/**
 * The score of the features of a plan on the slots v[at, at + SLOTS.length) (weightOf summed, no
 * symbol risky), or -Infinity as soon as the rest of the templates cannot lift it above `bar`: a
 * candidate that cannot beat the rules' own by the margin is never chosen, whatever its score.
 * The one-slot features are weighed first (read from their rows, no hashing); what each other one
 * may add at most is known from its first symbol, so a far candidate is often given up before any
 * look-up. (The weights are integers: the sum is the same in any order.)
 */
function scoreOf(p: Plan, v: Int32Array, at: number, bar: number): number {
  const { ones, oneSlot, flat, mostRows } = p;
  let z = 0;
  for (let k = 0; k < ones.length; k++) z += rowWeight(ones[k], v[at + oneSlot[k]!]!);
  let most = 0;
  for (let k = 0; k < mostRows.length; k++) most += mostOf(mostRows[k], v[at + flat[k * 4 + 1]!]!);
  for (let k = 0, i = 0; k < mostRows.length; k++, i += 4) {
    if (z + most <= bar) return -Infinity;
    const a = v[at + flat[i + 1]!]!;
    most -= mostOf(mostRows[k], a);
    z += tableWeight(flat[i]!, a, v[at + flat[i + 2]!]!, v[at + flat[i + 3]!]!, false) ?? 0;
  }
  return z;
}

/** A one-slot template's weight on symbol a, from its row (0 past the row's end, or without a row). */
const rowWeight = (row: Float64Array | undefined, a: number): number => (row !== undefined && a >= 0 && a < row.length ? row[a]! : 0);
/** What a template may add at most with first symbol a, from its row of mostBy (the same way). */
const mostOf = (row: Int32Array | undefined, a: number): number => (row !== undefined && a >= 0 && a < row.length ? row[a]! : 0);

/**
 * Keeps each candidate as it comes and scores them when asked for the choice: the rules' own first,
 * then the others, each only until it cannot beat the rules' own by the margin (most candidates,
 * far from the rules' boundary, are given up after a few look-ups; the choice is the same). A
 * feature is named only when its weight is not in the table (a risky symbol).
 */
class ScoreSink implements Sink {
  /** the first n entries are this statement's candidates (the arrays are kept from one statement
   *  to the next: emptying them would free their storage and grow it again for every statement) */
  readonly offsets: number[] = [];
  readonly scores: number[] = [];
  n = 0;
  rule = -1;
  /** each candidate's plan, and its slots at slots[k * SLOTS.length]; no plan: scored as it came */
  private readonly plans: (Plan | null)[] = [];
  private slots = new Int32Array(64 * SLOTS.length);
  constructor(private readonly w: Map<string, number>) {}
  /** Empty again, for the next statement. */
  reset(): this {
    this.n = 0;
    this.rule = -1;
    return this;
  }
  add(offset: number, rule: boolean, templates: readonly Template[], v: Int32Array): void {
    const k = this.n++;
    let z = 0;
    // (a risky symbol is weighed by its feature's name: such a candidate is scored whole, now)
    if (anyRisky) for (let i = 0; i < templates.length; i++) z += weightOf(templates[i]!, v, this.w);
    else {
      if ((k + 1) * SLOTS.length > this.slots.length) {
        const more = new Int32Array(this.slots.length * 2);
        more.set(this.slots);
        this.slots = more;
      }
      this.slots.set(v, k * SLOTS.length);
    }
    this.plans[k] = anyRisky ? null : planOf(templates);
    if (k < this.offsets.length) {
      this.offsets[k] = offset;
      this.scores[k] = z;
    } else {
      this.offsets.push(offset);
      this.scores.push(z);
    }
    if (rule) this.rule = k;
  }
  /** Scores the candidates kept for scoring but `skip`; one that cannot reach above `bar` gets -Infinity. */
  private score(bar: number, skip = -1): void {
    for (let k = 0; k < this.n; k++) {
      const p = this.plans[k];
      if (p && k !== skip) this.scores[k] = scoreOf(p, this.slots, k * SLOTS.length, bar);
    }
  }
  /** Every candidate's score (tests). */
  scoreAll(): this {
    this.score(-Infinity);
    return this;
  }
  /** The offset chosen, or -1 to keep the rules' own. */
  chosen(kind: BoundaryKind): number {
    const r = this.rule;
    if (r < 0) return -1;
    const p = this.plans[r];
    if (p) this.scores[r] = scoreOf(p, this.slots, r * SLOTS.length, -Infinity);
    this.score(this.scores[r]! + marginOf(kind), r);
    const k = choose(kind, this.scores, r, this.n);
    return k === this.rule ? -1 : this.offsets[k]!;
  }
}

/** A sink that keeps nothing (a boundary kind the model leaves to the rules). */
const IGNORE: Sink = { add() {} };

const spanOf = (text: string, start: number, end: number): Span => ({ start, end, text: text.slice(start, end) });

/** A statement to set new spans on: a copy of the caller's, or the statement itself when it is
 *  already one (or refineSpans works in place). Setting a span a copy already holds keeps the order
 *  of its fields, so the result reads as a copy spreading the new span would. */
type Own = (s: Statement) => Statement;

const CLOSING_MARK = /[.,!?”’"]/;
const CLOSING_QUOTE = /[”’"]/;
/** A new end for a content: at the chosen word, with a closing quotation mark right after it. */
function withEnd(text: string, s: Statement, end: number, own: Own): Statement {
  const parts = s.contentParts ?? [s.content];
  const last = parts[parts.length - 1]!;
  let e = end;
  while (e < text.length && e < end + 3 && CLOSING_MARK.test(text[e]!) && CLOSING_QUOTE.test(text.slice(e, end + 3))) e++;
  if (e <= last.start) return s;
  const newLast = spanOf(text, last.start, e);
  const d = own(s);
  if (parts.length === 1) {
    d.content = newLast;
    return d;
  }
  const np = [...parts.slice(0, -1), newLast];
  d.content = spanOf(text, np[0]!.start, e);
  d.contentParts = np;
  return d;
}

const OPENING_QUOTE = /[“"‘«]/;
/** "to" and a word in lower case that opens no noun phrase: an infinitive ("to stay", not "to the agents"). */
const INFINITIVE = /\bto\s+(?!(?:the|a|an|his|her|their|its|our|my|your|this|that|these|those|him|them|me|us|it|whom|which|what|some|any|all|each|every|no)\b)\p{Ll}/u;

/** Between a cue and its content: an object of up to four words in lower case and a preposition, on one line. */
const CUE_OBJECT = /^[ \t]+(?:[\p{Ll}’'-]+[ \t]+){1,4}(?:in|about|for|over|at|with|of|on|to|toward|towards|into)[ \t]+$/u;
/** Cues whose object is a side (lexicon ACCUSE_STEM, DEMAND_STEM, ALLEGE_STEM), by their last word. */
const AIMED_CUE = new RegExp(`(?:^|\\s)(?:${[ACCUSE_STEM, DEMAND_STEM, ALLEGE_STEM].map((r) => r.source.replace(/^\^/, "")).join("|")})\\S*$`, "i");

/** A new start for a content: at the chosen word, with an opening quotation mark right before it. */
function withStart(text: string, s: Statement, start: number, own: Own): Statement {
  const parts = s.contentParts ?? [s.content];
  const first = parts[0]!;
  const b = start > 0 && OPENING_QUOTE.test(text[start - 1]!) ? start - 1 : start;
  if (b >= first.end) return s;
  const newFirst = spanOf(text, b, first.end);
  const d = own(s);
  // The words skipped right after the cue are the cue's own ("expressed | confidence in | the
  // keeper" reads "expressed confidence in | the keeper"): its object and a preposition. Not the
  // object of a cue of blame or demand, which is the side it takes aim at ("blasted the board for"),
  // nor a name.
  const cue = s.cue;
  if (cue && cue.end <= first.start && b > first.start && CUE_OBJECT.test(text.slice(cue.end, b)) && !AIMED_CUE.test(cue.text)) {
    d.cue = spanOf(text, cue.start, text.slice(0, b).trimEnd().length);
  }
  if (parts.length === 1) {
    d.content = newFirst;
    return d;
  }
  const np = [newFirst, ...parts.slice(1)];
  d.content = spanOf(text, b, np[np.length - 1]!.end);
  d.contentParts = np;
  return d;
}

/** The scores run time gives one statement's candidates (features read through the slots and the
 *  hashed table), by kind, for the kinds that have weights: the same as namedScores gives. */
export function slotScores(text: string, s: Statement, cueStarts: readonly number[]): { kind: BoundaryKind; offsets: number[]; scores: number[]; rule: number }[] {
  if (!tables) loadSpanTagger();
  if (!s.cue) return [];
  const x = ctxOf(tokensOf(text), s, cueStarts);
  const v = new Int32Array(SLOTS.length).fill(-1);
  const sink = (kind: BoundaryKind): ScoreSink | null => {
    const w = tables!.get(kind);
    return w && w.size > 0 ? new ScoreSink(w) : null;
  };
  const e = sink("contentEnd");
  const st = sink("contentStart");
  const ss = sink("sourceStart");
  const se = sink("sourceEnd");
  if (e) endProblem(x, s, e, v);
  if (st) startProblem(x, s, st, v);
  sourceProblems(x, s, ss ?? IGNORE, se ?? IGNORE, v);
  const out = [];
  for (const [k, kind] of [[e, "contentEnd"], [st, "contentStart"], [ss, "sourceStart"], [se, "sourceEnd"]] as const) {
    if (k && k.rule >= 0) out.push({ kind, offsets: k.offsets.slice(0, k.n), scores: k.scoreAll().scores.slice(0, k.n), rule: k.rule });
  }
  return out;
}

/** The cue starts of the candidates by their source span ("start:end"), each list sorted: built
 *  once per text, so finding a speaker's next cue is a binary search, not a scan of every candidate
 *  (a run-on text has thousands). */
function cuesBySource(candidates: readonly Statement[]): Map<string, number[]> {
  const by = new Map<string, number[]>();
  for (const c of candidates) {
    if (!c.cue || !c.source) continue;
    const key = `${c.source.start}:${c.source.end}`;
    (by.get(key) ?? by.set(key, []).get(key)!).push(c.cue.start);
  }
  for (const list of by.values()) list.sort((a, b) => a - b);
  return by;
}

/** The start of the first cue after a statement's content whose statement has the very same source
 *  span (the speaker's next predicate), else Infinity. */
function nextOwnCue(s: Statement, by: Map<string, number[]>): number {
  const src = s.source;
  if (!src) return Infinity;
  const list = by.get(`${src.start}:${src.end}`);
  if (!list) return Infinity;
  for (let k = partitionPoint(list.length, (mid) => list[mid]! < s.content.end); k < list.length; k++) {
    if (list[k] !== s.cue!.start) return list[k]!;
  }
  return Infinity;
}

/**
 * The source with its start moved to a. Moved back onto a clause's own subject pronoun ("he went
 * to work, …"), the pronoun alone is the source, never the clause; but not when the content opens
 * on the same person as an object (in "she got comments accusing her" she accuses no one: the
 * span stays as moved, and its speaker unresolved).
 */
export function movedStart(text: string, a: number, source: Span, content: Span): Span {
  const pro = a < source.start ? PRONOUN_CLAUSE.exec(text.slice(a, source.start)) : null;
  const self = pro && OBJECT_OF[pro[1]!.toLowerCase()] === /^\p{L}+/u.exec(content.text)?.[0].toLowerCase();
  return pro && !self ? spanOf(text, a, a + pro[1]!.length) : spanOf(text, a, source.end);
}

/** refineSpans' sinks, one per boundary kind with weights (null: none), made once after the weights
 *  are loaded and reset for each statement: a sink's slot storage is a large typed array, costly to
 *  allocate for every text. (refineSpans runs to its end before it is called again.) */
type RefineSinks = { sEnd: ScoreSink | null; sStart: ScoreSink | null; sSourceStart: ScoreSink | null; sSourceEnd: ScoreSink | null };
let refineSinks: RefineSinks | null = null;
function makeRefineSinks(): RefineSinks {
  const sink = (kind: BoundaryKind): ScoreSink | null => {
    const w = tables!.get(kind);
    return w && w.size > 0 ? new ScoreSink(w) : null;
  };
  return { sEnd: sink("contentEnd"), sStart: sink("contentStart"), sSourceStart: sink("sourceStart"), sSourceEnd: sink("sourceEnd") };
}
/** refineSpans' slots, set to -1 at the start of each call (as a new array would be). */
const REFINE_SLOTS = new Int32Array(SLOTS.length);

/** The statements with their boundaries re-read by the model (new objects where changed; with
 *  `inPlace`, the caller's own statements get their new spans themselves, as analyze() does).
 *  `words`: the text's word tokens (../words tokenize), when the caller has them. `candidates`: every
 *  cue candidate of the text, when `statements` are only some of them (the tagger reads the other
 *  cues around a statement as it saw them in training: all the rules' candidates). */
export function refineSpans(text: string, statements: readonly Statement[], inPlace = false, words?: readonly Tok[], candidates: readonly Statement[] = statements): Statement[] {
  if (!tables) loadSpanTagger();
  const cueStarts: number[] = [];
  for (const s of candidates) if (s.cue) cueStarts.push(s.cue.start);
  cueStarts.sort((a, b) => a - b);
  const v = REFINE_SLOTS.fill(-1);
  const { sEnd, sStart, sSourceStart, sSourceEnd } = (refineSinks ??= makeRefineSinks());
  let tt: TextTokens | null = null;
  let ownCues: Map<string, number[]> | undefined;
  return statements.map((s) => {
    if (!s.cue) return s;
    const x = ctxOf((tt ??= new TextTokens(text, words)), s, cueStarts);
    // every boundary is read from the rules' spans (s as it came) before any is moved
    let end = -1;
    if (sEnd) {
      const sink = sEnd.reset();
      endProblem(x, s, sink, v);
      end = sink.chosen("contentEnd");
    }
    let start = -1;
    if (sStart) {
      const sink = sStart.reset();
      startProblem(x, s, sink, v);
      start = sink.chosen("contentStart");
    }
    let a = -1;
    let b = -1;
    if (sSourceStart || sSourceEnd) {
      const ss = sSourceStart ? sSourceStart.reset() : null;
      const se = sSourceEnd ? sSourceEnd.reset() : null;
      sourceProblems(x, s, ss ?? IGNORE, se ?? IGNORE, v);
      a = ss?.chosen("sourceStart") ?? -1;
      b = se?.chosen("sourceEnd") ?? -1;
    }
    const source0 = s.source;
    // one copy of a statement that changes (none in place)
    const own: Own = (d) => (inPlace || d !== s ? d : { ...d });
    let out = s;
    // A relative clause's content ends where the rules end it, at the clause it sits in ("women who
    // had accused him of misconduct “should be heard”": the quotation is the main clause's).
    // Nor past the cue of the same speaker's next statement ("says he respects the board and calls
    // its chair a friend", "said it had the letter but declined to comment": two statements).
    if (end > s.content.end && end > nextOwnCue(s, (ownCues ??= cuesBySource(candidates)))) end = -1;
    // (nor inside a parenthesis it opened: "a ferry-fare (fares" is no phrase)
    if (end >= 0 && end !== s.content.end && unclosedParen(text, s.content.start, end)) end = -1;
    // (nor at the dot of an abbreviation: "Gov. Ana Reed's address", "7:15 a.m. the next day")
    if (end >= 0 && end !== s.content.end && abbreviationEndsAt(text, end)) end = -1;
    if (end >= 0 && !(RELATIVE_SOURCE.test(s.source?.text ?? "") && end > s.content.end)) out = withEnd(text, out, end, own);
    // (never past an infinitive the rules' content holds: "warned shoppers to keep off heaters that
    // held asbestos" keeps what they were warned to do)
    if (start >= 0 && !(start > s.content.start && INFINITIVE.test(text.slice(s.content.start, start)))) out = withStart(text, out, start, own);
    // (a source moved either way never takes in a sentence end: one speaker's phrase is in one
    // sentence; read from the end of the source's last word when it grows to the right)
    // (nor a time phrase opening the sentence: "Last week the port's director …")
    if (a >= 0 && out.source && a < out.source.start && (SENTENCE_END.test(text.slice(a, out.source.start)) || TIME_BEFORE.test(text.slice(a, out.source.start)))) a = -1;
    // (nor into the relative clause of the rules' source: in "a clerk who had published a column in
    // The Harbour Times portraying …" the clerk speaks, not a phrase inside the clause about her)
    if (a >= 0 && out.source && a > out.source.start && RELATIVE_WORD_IN.test(text.slice(out.source.start, a))) a = -1;
    if (b >= 0 && out.source && b > out.source.end && SENTENCE_END.test(text.slice(Math.max(0, out.source.end - 4), b))) b = -1;
    if (out.source && a >= 0 && a < out.source.end) {
      const src = movedStart(text, a, out.source, out.content);
      out = own(out);
      out.source = src;
    }
    // (never over a day after the name, "the Harbor Trust on Friday", nor into a clause of its own,
    // "a spokesperson when contacted by Reuters")
    // (nor cut back to a participle without its object: "teachers wearing red", not "teachers wearing")
    if (out.source && b >= 0 && b < out.source.end && ING_WORD_END.test(text.slice(out.source.start, b))) b = -1;
    if (out.source && b >= 0 && b > out.source.start && !(b > out.source.end && (TIME_AFTER.test(text.slice(out.source.end, b)) || CLAUSE_AFTER.test(text.slice(out.source.end, b)) || SECOND_COMPLEMENT.test(text.slice(out.source.end, b)) || DANGLING_END.test(text.slice(out.source.end, b))))) {
      const src = spanOf(text, out.source.start, b);
      out = own(out);
      out.source = src;
    }
    // (a moved source never runs on into its clause's verb: "the board has twice")
    // (nor ends on a word that stands between a subject and its verb: "the skipper always")
    if (out.source && out.source !== source0) {
      const cut = withoutTrailingAux(text, beforeFiniteVerb(text, out.source));
      if (cut !== out.source) {
        out = own(out);
        out.source = cut;
      }
    }
    return out;
  });
}
