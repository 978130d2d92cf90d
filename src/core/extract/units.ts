// Extraction, the base every stage stands on: the text's units with the small questions asked of
// them (Units), the candidate statement the stages build (Cand), and span helpers on unit ranges.
import { PARA, PUNCT, QUOTE, type Sentence, type Unit, WORD } from "../tokens";
import { cueProb } from "../cuetable";
import { isSpeechBase, lemma } from "../cueclass";
import { ADVERB_LY_END, AUX, BE, DET, FINITE, IRREGULAR, LY_NOUNS, NAME_GLUE, NOT_PLURAL_END, NUMERAL_WORD, PERSONAL, PLURAL_END, PREP, TIME } from "../lexicon";

export type Range = [number, number]; // inclusive unit indexes
export type Cand = {
  cue: Range;
  source: Range | null;
  content: Range[];
  acc: boolean;
  head: string;
  sent: number;
  /** Content is the quotation that opens the next sentence ("He said:"). */
  want?: boolean;
  /** Content is the paragraph after the colon that ends this sentence ("told me:" and a block). */
  block?: boolean;
};

/** One sentence as the stages read it: units a..b-1, e the end before its closing punctuation,
 *  si its index, and the candidates found in it so far. */
export type Sent = { si: number; a: number; b: number; e: number; found: Cand[] };

/** Sentence si as the stages read it, or null when it holds nothing but punctuation. */
export function sentenceAt(d: Units, S: Sentence[], si: number): Sent | null {
  const U = d.U;
  const { a, b } = S[si]!;
  let e = b; // exclusive end without final punctuation
  while (e > a && (U[e - 1]!.k === PUNCT && (U[e - 1]!.w !== ")" || d.isP(a, "(")) || U[e - 1]!.k === PARA)) e--;
  if (e <= a) return null;
  // "14.32 Rescue teams say …": the time stamp of a live report opens its paragraph; the sentence
  // is read after it, so no source takes it in
  return { si, a: afterTimeStamp(d, a, e), b, e, found: [] };
}
const CLOCK = /^(?:[01]?\d|2[0-3])[.:][0-5]\d$/;
const HOUR = /^(?:[01]?\d|2[0-3])$/;
const MINUTE = /^[0-5]\d$/;
/** The unit after a time stamp that opens a paragraph ("14.32", "16:05") before a capitalised word
 *  that is no number ("2.50 Million …"), else a. */
function afterTimeStamp(d: Units, a: number, e: number): number {
  const U = d.U;
  if (U[a]!.k !== WORD || a > 0 && U[a - 1]!.k !== PARA) return a;
  const next = CLOCK.test(U[a]!.w) ? a + 1 : HOUR.test(U[a]!.w) && d.isP(a + 1, ":") && MINUTE.test(d.word(a + 2)) ? a + 3 : a;
  return next > a && next < e && U[next]!.k === WORD && U[next]!.cap && !NUMERAL_WORD.test(U[next]!.w) ? next : a;
}

/** What the reading carries from sentence to sentence: the sentences, the candidates so far, the
 *  quotations already given a speaker, those taken as a speaker's words going on (continuedQuote),
 *  the subhead quotations and the last sentence a quotation continued. */
export type Reading = { S: Sentence[]; cands: Cand[]; claimedQuote: Set<number>; continuedQuote: Set<number>; headings: number[]; lastAbsorbed: number; block?: Cand };
// Patterns tested on words, made once: a regex literal is a new object each time it is evaluated.
export const ED_END = /ed$/;

/** A lower-case verb form at t: a finite verb, an irregular past or a word in -ed ("is", "sold",
 *  "closed"): a clause's own verb where a noun phrase was read. */
export function verbForm(d: Units, t: number): boolean {
  const w = d.word(t);
  return !d.isCap(t) && (FINITE.has(w) || IRREGULAR.has(w) || ED_END.test(w));
}
export const PARTY_TAG = /^[rdi]-/;
export const POSSESSIVE_END = /['’]s$/;
export const SPACES = /\s+/;
export const S_END = /s$/;

/** The units of a text (words, punctuation, quotations, paragraph breaks) and the small questions
 *  every stage asks of one of them by index; an index outside the text is no word, no mark. */
export class Units {
  constructor(
    readonly U: Unit[],
    readonly text: string,
  ) {}

  // (a unit is read at i >= 0 only: an array read at a negative index is a named property's, which
  // makes the read slow, and every later read at the same place too)
  /** Whether unit i is the word w (lower case). */
  isW(i: number, w: string): boolean { const u = i >= 0 ? this.U[i] : undefined; return !!u && u.k === WORD && u.w === w; }
  /** Whether unit i is the punctuation mark w. */
  isP(i: number, w: string): boolean { const u = i >= 0 ? this.U[i] : undefined; return !!u && u.k === PUNCT && u.w === w; }
  /** The word at i in lower case, or "" when unit i is no word. */
  word(i: number): string { const u = i >= 0 ? this.U[i] : undefined; return u && u.k === WORD ? u.w : ""; }
  /** Whether unit i starts with a capital letter. */
  isCap(i: number): boolean { return i >= 0 && !!this.U[i]?.cap; }
  /** Whether unit i is a quotation. */
  isQ(i: number): boolean { return i >= 0 && this.U[i]?.k === QUOTE; }
  /** The learned probability that the word at i is a cue, looked up once per unit. */
  prob(i: number): number {
    const u = i >= 0 ? this.U[i] : undefined;
    if (!u || u.k !== WORD) return 0;
    if (u.p < 0) u.p = cueProb(u.w);
    return u.p;
  }
  // Noun-phrase glue: punctuation that can sit inside a name ("Gillibrand (D-NY)", "AT&T").
  npPunct(i: number): boolean {
    const u = i >= 0 ? this.U[i] : undefined;
    return !!u && u.k === PUNCT && (u.w === "&" || u.w === "(" || u.w === ")" || u.w === "." || u.w === "'" || u.w === "’");
  }
}

export function hasQuote(d: Units, c: Cand): boolean {
  return c.content.some(([x, y]) => { for (let t = x; t <= y; t++) if (d.isQ(t)) return true; return false; });
}

/** Whether the auxiliaries between t and the verb at i contain a form of "be" (passive voice). */
export function passive(d: Units, t: number, i: number): boolean {
  for (let x = t; x < i; x++) if (BE.has(d.word(x))) return true;
  return false;
}

/** A word in -s that may be a plural ("officials", "traders"; not "famous", "this", "was"). */
export function pluralForm(w: string): boolean {
  return PLURAL_END.test(w) && !NOT_PLURAL_END.test(w);
}

/** A lower-case plural noun at t ("the pilots say"; not "Reeves", a name). */
export function lowerPlural(d: Units, t: number): boolean {
  return !d.isCap(t) && pluralForm(d.word(t));
}

/** "-ly" adverbs between subject and verb ("Trump jokingly said"); not nouns like "rally". */
export function isAdverb(d: Units, t: number): boolean {
  const w = d.word(t);
  return w.length > 4 && w.endsWith("ly") && !d.isCap(t) && !LY_NOUNS.has(w);
}

/** A capitalised "-ly" adverb at t, as a sentence opens on one ("Essentially, …", "Shortly after
 *  noon, …"): an adverb by its ending (ADVERB_LY_END), never a name's. */
export function capitalAdverb(d: Units, t: number): boolean {
  const w = d.word(t);
  return w.length >= 6 && d.isCap(t) && ADVERB_LY_END.test(w);
}

/** Start of the dash ("—", "–", "―" or "--") whose last unit is t, or -1. */
export function dashEndingAt(d: Units, t: number): number {
  if (d.isP(t, "—") || d.isP(t, "–") || d.isP(t, "―")) return t;
  if (!d.isP(t, "-")) return -1;
  if (d.isP(t - 1, "-")) return t - 1;
  // a hyphen standing alone between spaces, as plain-text wires write a dash ("Ortiz - the mayor - said")
  const u = d.U[t]!;
  return /\s/.test(d.text[u.s - 1] ?? "") && /\s/.test(d.text[u.e] ?? "") ? t : -1;
}

/** Whether units a..b are a short proper name: capitalised words, initials, "(R-OH)", "de". */
export function allName(d: Units, x: number, y: number): boolean {
  if (y < x || y - x > 8 || !d.isCap(x)) return false;
  for (let t = x; t <= y; t++) {
    if (d.isCap(t) || d.npPunct(t) || PARTY_TAG.test(d.word(t))) continue;
    if (NAME_GLUE.has(d.word(t)) && d.isCap(t + 1) && t > x) continue;
    return false;
  }
  return !TIME.has(d.word(x)) && !PREP.has(d.word(x));
}

/** "that" at t opening a relative clause: a verb right after it ("a film that showed the pier", "the
 *  storm that had closed it"). */
export function relativeThat(d: Units, t: number): boolean {
  const w = d.word(t + 1);
  return d.isW(t, "that") && d.U[t + 1]?.k === WORD && !d.isCap(t + 1) && (AUX.has(w) || w.endsWith("ed") || TIME.has(w));
}

/** A gerund of saying at i ("saying", "arguing", "telling"): a verb of saying by its lemma, and a cue
 *  by its learned rate. */
export function speechGerund(d: Units, i: number): boolean {
  const w = d.word(i);
  return w.endsWith("ing") && d.prob(i) >= 0.5 && isSpeechBase(lemma(w));
}

/** Whether a source is a relative pronoun alone ("…, who said"). */
export function relPronoun(d: Units, r: Range | null): boolean {
  return !!r && r[0] === r[1] && (d.isW(r[0], "who") || d.isW(r[0], "which"));
}
/** A statement whose source is a relative pronoun ("…, who said"). */
export const relSource = (d: Units, f: Cand): boolean => relPronoun(d, f.source);

export function trimEnd(d: Units, a: number, b: number): number {
  const U = d.U;
  while (b >= a && (U[b]!.k === PUNCT && (U[b]!.w !== ")" || !opensBefore(d, a, b)) || U[b]!.k === PARA)) b--;
  return b;
}

/** Whether a "(" in [a, b) opens the parenthesis closed at b (else the ")" closes an aside the span
 *  sits in: "… (clerks say no plans survive)"). */
function opensBefore(d: Units, a: number, b: number): boolean {
  for (let x = b - 1; x >= a; x--) if (d.isP(x, "(")) return true;
  return false;
}

function trimStart(d: Units, a: number, b: number): number {
  const U = d.U;
  while (a <= b && (U[a]!.k === PUNCT && U[a]!.w !== "(" || U[a]!.k === PARA)) a++;
  return a;
}

export function range(d: Units, a: number, b: number): Range[] {
  const x = trimStart(d, a, b);
  const y = trimEnd(d, x, b);
  return y >= x ? [[x, y]] : [];
}

/** A personal pronoun at t followed by a lower-case word: the subject of a clause of its own. */
export function pronounSubject(d: Units, t: number): boolean {
  const U = d.U;
  return PERSONAL.has(d.word(t)) && U[t + 1]?.k === WORD && !d.isCap(t + 1);
}

/** Paragraph breaks between units from and to (counted up to 3). */
export function paraGap(U: Unit[], from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to && n < 3; i++) if (U[i]!.k === PARA) n++;
  return n;
}

/** The first comma among units x..y-1, or y when there is none. */
export function nextComma(d: Units, x: number, y: number): number {
  let t = x;
  while (t < y && !d.isP(t, ",")) t++;
  return t;
}

/** Whether a clause with its own subject starts at x: a personal pronoun, or a noun phrase of up
 *  to five words, then a finite or past verb ("the board has", "it was", "Lind closed"). */
export function mainClauseAt(d: Units, x: number, e: number): boolean {
  if (pronounSubject(d, x)) return true;
  if (!d.isCap(x) && !DET.has(d.word(x))) return false;
  for (let y = x + 1; y < e && y <= x + 5; y++) {
    const w = d.word(y);
    if (w === "" && !d.isP(y, "'") && !d.isP(y, "’")) return false;
    if (verbForm(d, y)) return true;
  }
  return false;
}
