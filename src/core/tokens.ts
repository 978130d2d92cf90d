// Tokens, quotes and sentences for the extractor: one linear pass each, offsets into the input.
// Whole quotations become single "quote" units so sentence and clause logic never looks inside
// them. Must never allocate regexes per token or scan the text more than a constant number of times.

import { asciiTokenEndAt, isAsciiAlnum, isSpaceCode, lower, WORD_JOINER, wordEndAt } from "./lines";
import { ABBREV, LOWER_ABBREV, PLACE_ABBREV, SENTENCE_STARTER, TITLE_DET } from "./lexicon";
import type { Tok } from "./words";

export const WORD = 0;
export const PUNCT = 1;
export const QUOTE = 2;
export const PARA = 3;

export type Unit = {
  s: number; // start offset
  e: number; // end offset
  k: number; // WORD | PUNCT | QUOTE | PARA
  w: string; // lower-cased text for words and punctuation, "" for quotes and paragraph breaks
  cap: boolean; // word starts with an upper-case letter
  /** For quotes: the quote was left open at the end of its paragraph (multi-paragraph quote). */
  open: boolean;
  /** For quotes: the last character inside the marks (sentence-final punctuation check). */
  last: string;
  /** Cue probability, filled lazily by the extractor (-1 = not computed). */
  p: number;
};

export type Sentence = { a: number; b: number }; // unit index range [a, b)

/** Longest sentence, in units, handed to the extractor in one piece. */
const MAX_SENTENCE = 300;

// Numbers keep their thousands separators ("1,409 teachers").
const TOKEN = new RegExp(String.raw`\p{N}{1,3}(?:,\p{N}{3})+(?:\.\p{N}+)?(?![\p{L}\p{N}])|[\p{L}\p{N}]+(?:(?:${WORD_JOINER}|&)[\p{L}\p{N}]+)*|\n\s*|[^\s\p{L}\p{N}]`, "gu");
const UPPER = /^\p{Lu}/u;
const QUOTE_CHARS = /''|``|[“”„«»"‘’'‚‹›]/g;
const LETTER = /[\p{L}\p{N}]/u;
const DOTTED = /^(\p{L}\.)+\p{L}$/u; // "U.S", "D.C": the final dot belongs to the abbreviation

type QSpan = { s: number; e: number; open: boolean };

const isSpace = (c: string | undefined): boolean => c === undefined || c === " " || c === "\n" || c === "\t" || c === "\u00a0" || c === "\r";
const isLetter = (c: string | undefined): boolean => {
  if (c === undefined) return false;
  const x = c.charCodeAt(0);
  if (x < 128) return isAsciiAlnum(x);
  return LETTER.test(c);
};
const isUpper = (t: string): boolean => {
  const x = t.charCodeAt(0);
  if (x < 128) return x >= 65 && x <= 90;
  return UPPER.test(t);
};

/** Pairs quotation marks paragraph by paragraph; returns top-level quote spans in order. */
export function findQuotes(text: string): QSpan[] {
  const out: QSpan[] = [];
  let dOpen = -1; // position of the pending double-quote opener
  let sOpen = -1; // pending single-quote opener (only outside doubles)
  let paraEnd = text.indexOf("\n");
  if (paraEnd < 0) paraEnd = text.length;
  QUOTE_CHARS.lastIndex = 0;
  const closePara = (end: number): void => {
    // A quote still open at the end of a paragraph runs to it: multi-paragraph quotes re-open
    // with a fresh mark in the next paragraph, by newspaper convention.
    if (dOpen >= 0 && end - dOpen > 1) out.push({ s: dOpen, e: end, open: true });
    dOpen = -1;
    sOpen = -1;
  };
  let m: RegExpExecArray | null;
  while ((m = QUOTE_CHARS.exec(text)) !== null) {
    const p = m.index;
    while (p >= paraEnd) {
      let end = paraEnd;
      while (end > 0 && isSpace(text[end - 1]) && end - 1 > (dOpen >= 0 ? dOpen : 0)) end--;
      closePara(end);
      const next = text.indexOf("\n", paraEnd + 1);
      paraEnd = next < 0 ? text.length : next;
    }
    const q = m[0];
    const prev = text[p - 1];
    const next = text[p + q.length];
    if (q === "“" && dOpen >= 0 && (text[dOpen] === "„" || !isSpace(prev) && !isLetter(next))) {
      // German „…“, and the common typo of an opening mark used to close ("… here,“ said X").
      out.push({ s: dOpen, e: p + 1, open: false });
      dOpen = -1;
    } else if (q === "“" || q === "„" || q === "«" || q === "``" || q === "‹") {
      if (dOpen < 0) { dOpen = p; sOpen = -1; }
    } else if (q === "”" && dOpen < 0 && isSpace(prev) && isLetter(next)) {
      dOpen = p; // a closing mark typed as an opener
      sOpen = -1;
    } else if (q === "”" || q === "»" || q === "›") {
      if (dOpen >= 0) { out.push({ s: dOpen, e: p + q.length, open: false }); dOpen = -1; }
    } else if (q === '"' || q === "''") {
      if (q === "''" && isLetter(prev) && isLetter(next)) continue;
      if (dOpen < 0) {
        // An opener is not glued to a preceding letter ("5'' tall" is not a quote).
        if (!isLetter(prev) || isSpace(next)) { if (!isSpace(next)) { dOpen = p; sOpen = -1; } }
      } else {
        // ("… the word 'old-school,''' said …": a single quotation closes inside, then the double one.)
        const end = q === "''" && text[p + 2] === "'" ? p + 3 : p + q.length;
        out.push({ s: dOpen, e: end, open: false });
        dOpen = -1;
        QUOTE_CHARS.lastIndex = end;
      }
    } else if (dOpen < 0) {
      // Single marks: apostrophes look identical, so an opener must follow space or start and
      // precede a letter; a closer must follow a non-space and precede a non-letter.
      if ((q === "‘" || q === "'" || q === "‚") && isSpace(prev) || (q === "‘" && !isLetter(prev))) {
        if (isLetter(next) || next === '"' || next === "“") sOpen = p;
      } else if ((q === "’" || q === "'") && sOpen >= 0 && !isSpace(prev) && !isLetter(next)) {
        out.push({ s: sOpen, e: p + 1, open: false });
        sOpen = -1;
      }
    }
  }
  let end = text.length;
  while (end > 0 && isSpace(text[end - 1])) end--;
  if (dOpen >= 0 && end > dOpen + 1) out.push({ s: dOpen, e: Math.max(end, dOpen + 1), open: true });
  out.sort((x, y) => x.s - y.s);
  // Drop quotes nested in an earlier one (single inside a multi-paragraph double, etc.).
  const top: QSpan[] = [];
  for (const q of out) {
    const last = top[top.length - 1];
    if (last && q.s < last.e) continue;
    top.push(q);
  }
  return top;
}

/** TOKEN anchored: tried where a token starts, read with test() (no match object per token). */
const TOKEN_AT = new RegExp(TOKEN.source, "uy");

/**
 * Where the TOKEN match starting at s (not a space other than a line break) ends, read by
 * character codes for the common case (ASCII words, punctuation, line breaks); -1 when the regex
 * must decide (a character beyond ASCII it cannot place, or a number that may carry thousands
 * separators). Matches TOKEN_AT's lastIndex wherever it answers.
 */
function tokenEndAt(text: string, s: number): number {
  const n = text.length;
  const c = text.charCodeAt(s);
  if (c === 10) {
    // \n\s*
    let i = s + 1;
    while (i < n && isSpaceCode(text.charCodeAt(i))) i++;
    return i;
  }
  if (c >= 48 && c <= 57) {
    // digits: "1,409" is one token (the first alternative) when 1 to 3 digits meet a comma
    let i = s + 1;
    while (i < n && text.charCodeAt(i) >= 48 && text.charCodeAt(i) <= 57) i++;
    if (i < n && (text.charCodeAt(i) >= 128 || (i - s <= 3 && text.charCodeAt(i) === 44))) return -1;
    return wordEndAt(text, i, true);
  }
  return asciiTokenEndAt(text, s, true);
}

const QUOTE_TAIL = /["“”’'»›\s]/;
/** A capitalised word, then up to `more` more, each capitalised or a small joining word. */
const titleWords = (more: string): string => String.raw`\p{Lu}[\p{L}\p{N}’'-]*(?:\s+(?:\p{Lu}[\p{L}\p{N}’'-]*|of|the|and|in|on|a|an|to|for|at|with)){${more}}`;
/** A short title in title case: up to five words, each capitalised or a small joining word, no
 *  closing punctuation inside the marks ("Harbour Lights", "Pride and Prejudice"). */
const TITLE_TEXT = new RegExp(`^[“"‘']${titleWords("0,4")}[”"’']$`, "u");
/** A quotation that names a work: two to five words in title case, a stop or comma allowed before
 *  the closing mark ("“Harbour Days.”", "“The Long Tide,”"). */
const NAMED_WORK = new RegExp(`^[“"‘']${titleWords("1,4")}[.,]?[”"’']$`, "u");
export const namedWork = (quotation: string): boolean => NAMED_WORK.test(quotation);
const LOWER_NEXT = /^\s+\p{Ll}/u;
/** Whether the quotation at [s, e) is a title between a determiner (or a possessive) and the
 *  lower-case noun it names: "the “Harbour Lights” singer", "her ‘Morning Tide’ co-host". */
function titleInPhrase(text: string, units: readonly Unit[], s: number, e: number): boolean {
  const prev = units[units.length - 1];
  if (!prev || prev.k !== WORD || !(TITLE_DET.has(prev.w) || prev.w.endsWith("'s") || prev.w.endsWith("’s"))) return false;
  return TITLE_TEXT.test(text.slice(s, e)) && LOWER_NEXT.test(text.slice(e, e + 3));
}
/** Words, punctuation, whole quotes and paragraph breaks, in text order. `words`: the text's word
 *  tokens (./words tokenize), when the caller has them: a word unit they hold as it is (the same
 *  characters) takes its strings from them, so the text is not sliced and lower-cased twice, and
 *  the look-ups of the word reuse what its first look-up computed of it. */
export function tokenize(text: string, words?: readonly Tok[]): Unit[] {
  const quotes = findQuotes(text);
  const units: Unit[] = [];
  let qi = 0;
  let wk = 0; // the first word token not before the unit read
  const n = text.length;
  let i = 0;
  // TOKEN matches wherever a character other than a space (or a line break itself) stands: the
  // next token starts at the first such character, where the anchored TOKEN_AT is tried.
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c !== 10 && isSpaceCode(c)) {
      i++;
      continue;
    }
    const s = i;
    const q = quotes[qi];
    if (q && s >= q.s) {
      let inner = q.e - 1;
      while (inner > q.s && QUOTE_TAIL.test(text[inner] ?? "")) inner--;
      // A title inside a noun phrase ("the “Harbour Lights” singer said") is one capitalised word of
      // that phrase, no quotation anyone is reported saying.
      if (titleInPhrase(text, units, q.s, q.e)) units.push({ s: q.s, e: q.e, k: WORD, w: lower(text.slice(q.s, q.e)), cap: true, open: false, last: "", p: -1 });
      else units.push({ s: q.s, e: q.e, k: QUOTE, w: "", cap: false, open: q.open, last: text[inner] ?? "", p: 0 });
      i = q.e;
      qi++;
      continue;
    }
    const end = tokenEndAt(text, s);
    if (end >= 0) i = end;
    else {
      TOKEN_AT.lastIndex = s;
      if (!TOKEN_AT.test(text)) {
        i++; // (no token starts here: as TOKEN, look on)
        continue;
      }
      i = TOKEN_AT.lastIndex;
    }
    if (c === 10) {
      units.push({ s, e: s + 1, k: PARA, w: "", cap: false, open: false, last: "", p: 0 });
      continue;
    }
    let tok: Tok | undefined;
    if (words) {
      while (wk < words.length && words[wk]!.s < s) wk++;
      tok = words[wk];
      if (tok && (tok.s !== s || tok.e !== i)) tok = undefined;
    }
    const t = tok ? tok.w : text.slice(s, i);
    // (isLetter(t[0]) and isUpper(t), by the code already read for ASCII)
    const isWord = c < 128 ? isAsciiAlnum(c) : isLetter(t[0]);
    let e = i;
    let w = t;
    // "U.S." keeps its final dot; a sentence-final dot after an ordinary word stays punctuation.
    if (isWord && text[e] === "." && DOTTED.test(t)) { e++; w = t + "."; i = e; }
    const lw = isWord ? (tok && w === t ? tok.lw : lower(w)) : w;
    units.push({ s, e, k: isWord ? WORD : PUNCT, w: lw, cap: isWord && (c < 128 ? c >= 65 && c <= 90 : isUpper(t)), open: false, last: "", p: isWord ? -1 : 0 });
  }
  return units;
}

const QUOTE_FINAL = /[.!?,]/;
/** A quotation long enough to be a sentence of its own, not a scare quote ("the U.S. “pivot”"). */
const longQuote = (n: Unit): boolean => n.k === QUOTE && n.e - n.s >= 25 && QUOTE_FINAL.test(n.last);
/** What opens a new sentence after a dotted abbreviation ("U.S.", "Calif."): a typical opener or a
 *  quotation of a sentence's length. */
const opensSentence = (n: Unit): boolean => n.k === WORD && SENTENCE_STARTER.has(n.w) || longQuote(n);

const DIGIT_FIRST = /^\d/;
const STOP_MARK = /^[.!?]$/;
/** Sentence ranges over units; paragraph breaks always split, quotes never do internally. */
export function sentences(units: Unit[]): Sentence[] {
  const out: Sentence[] = [];
  let a = 0;
  const push = (b: number): void => { if (b > a) out.push({ a, b }); };
  for (let i = 0; i < units.length; i++) {
    const u = units[i]!;
    if (u.k === PARA) { push(i); a = i + 1; continue; }
    // A run-on "sentence" (lists, tables, unpunctuated text) is cut so per-sentence work stays
    // bounded and the whole pass linear.
    if (i - a >= MAX_SENTENCE) { push(i); a = i; }
    const n = units[i + 1];
    if (!n || n.k === PARA) continue;
    const nextStarts = (n.k === WORD && (n.cap || DIGIT_FIRST.test(n.w))) || n.k === QUOTE || n.w === "(" || n.w === "[";
    if (u.k === PUNCT && (u.w === "." || u.w === "!" || u.w === "?" || u.w === "…")) {
      if (!nextStarts) continue;
      const p = units[i - 1];
      if (u.w === "." && p && p.k === WORD && p.e === u.s) {
        // (an abbreviation is written with a capital, "Ill.", "Gen.", "No. 5": "fell ill." ends its
        // sentence; only "etc.", "e.g.", "vs." and their like are lower-case)
        const abbrev = ABBREV.has(p.w) && (p.cap || LOWER_ABBREV.has(p.w));
        // (a place's abbreviation ends its sentence before a quotation or a typical opener:
        // "… in San Mateo, Calif. The board said …")
        if ((abbrev && !(PLACE_ABBREV.has(p.w) && opensSentence(n))) || (p.w.length === 1 && p.cap)) continue;
      }
      push(i + 1); a = i + 1;
    } else if (u.k === WORD && u.w.endsWith(".") && u.w.includes(".", 0) && nextStarts) {
      // "U.S." ends a sentence only when a typical sentence opener follows.
      if (opensSentence(n)) { push(i + 1); a = i + 1; }
    } else if (u.k === PUNCT && u.w === ")" && nextStarts && STOP_MARK.test(units[i - 1]?.w ?? "")) {
      // "(Asked about it, the police said nothing.) Smith …": a bracketed sentence ends here.
      push(i + 1); a = i + 1;
    } else if (u.k === QUOTE && (u.last === "." || u.last === "!" || u.last === "?") && nextStarts) {
      // A quote ending in a full stop closes its sentence unless attribution follows
      // ("… ever." Smith said) — rare in edited text, so only a lower-case verb keeps it open.
      push(i + 1); a = i + 1;
    }
  }
  push(units.length);
  return out;
}
