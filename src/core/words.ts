// Word tokens with offsets, sentence and quote bookkeeping shared by the enrichment modules.
// Pure string work in one linear pass; it must never allocate per character or look back
// further than a token, so enrichment stays linear in the text length.

import { isAsciiAlnum, isDigitCode, isWideStop, stopBetweenWords } from "./lines";
import { lexBits, WORDS_ABBREV } from "./lexicon";

export type Tok = {
  s: number;
  e: number;
  w: string;
  lw: string;
  /** the raw text between the previous token and this one */
  gap: string;
  /** true when a sentence starts at this token */
  sent: boolean;
  /** inside a double-quoted passage (“…” or "…") of its paragraph */
  quoted: boolean;
  /** index of the sentence this token belongs to */
  si: number;
  /** the gap holds clause punctuation or a quote mark (see hardBefore) */
  hard: boolean;
  /** the gap holds a comma */
  comma: boolean;
  /** the word lists of lexicon.ts LEX the lower-cased word is in, as bits (looked up once here) */
  lex: number;
};

// ; : ( ) [ ] — – - : clause punctuation between words (quote marks and ! ? are handled inline)
const HARD = new Set([59, 58, 40, 41, 91, 93, 0x2014, 0x2013, 45]);

const ALNUM_RE = /[\p{L}\p{N}]/u;
/** Letter or digit: an ASCII fast path, the Unicode classes for the rest. */
const alnum = (text: string, i: number): boolean => alnumAt(text, i, text.charCodeAt(i));
/** alnum, given the code unit at i: the quotation marks, dashes, the ellipsis and the no-break space
 *  (neither letters nor digits) are told so without the regex. */
function alnumAt(text: string, i: number, c: number): boolean {
  if (c < 128) return isAsciiAlnum(c);
  if (c >= 0xd800 && c <= 0xdbff) return ALNUM_RE.test(text.slice(i, i + 2));
  if (isWideStop(c) || c === 0x2019 || c === 0xa0) return false;
  return ALNUM_RE.test(text[i]!);
}
/** Whether lower() changes a string holding the code unit c: an upper-case ASCII letter, or a unit
 *  beyond ASCII (lower() then asks toLowerCase). */
const folds = (c: number): boolean => (c >= 65 && c <= 90) || c >= 128;
// Joiners inside a word when a letter or digit follows: ' ’ - . (a stop not between two sentences:
// stopBetweenWords)
const isJoin = (c: number): boolean => c === 39 || c === 0x2019 || c === 45 || c === 46;

export function tokenize(text: string): Tok[] {
  const toks: Tok[] = [];
  let quoted = false;
  let si = 0;
  let prevLw = "";
  let sent = true;
  let hard = false;
  let comma = false;
  let gapStart = 0;
  const n = text.length;
  let i = 0;
  // One pass: gap characters set the flags of the next word; words are runs of letters and digits
  // with inner joiners ("Bloomberg’s", "GOP-led", "U.S").
  while (i < n) {
    const c = text.charCodeAt(i);
    if (!alnumAt(text, i, c)) {
      // (a space, the most common gap, sets no flag)
      if (c === 32) {
        i++;
        continue;
      }
      if (c === 10 /* \n */) {
        quoted = false;
        sent = true;
      } else if (c === 0x201c) {
        quoted = true;
        hard = true;
      } else if (c === 0x201d) {
        quoted = false;
        hard = true;
      } else if (c === 34 /* " */) {
        quoted = !quoted;
        hard = true;
      } else if (c === 46 /* . */ || c === 33 || c === 63) {
        // A dot after an abbreviation or a single capital ("J. Smith") is not a boundary.
        if (c !== 46 || !(WORDS_ABBREV.has(prevLw) || prevLw.length === 1)) sent = true;
        if (c !== 46) hard = true;
      } else if (c === 44) comma = true;
      else if (HARD.has(c)) hard = true;
      i++;
      continue;
    }
    const s = i;
    // (whether lower() would change the word, gathered over its code units as they are read: a
    // surrogate half is beyond ASCII, and a thousands separator's units are not)
    let fold = folds(c);
    // (a surrogate pair is one character: both halves are stepped over)
    i += c >= 0xd800 && c <= 0xdbff ? 2 : 1;
    while (i < n) {
      const x = text.charCodeAt(i);
      if (alnumAt(text, i, x)) {
        if (folds(x)) fold = true;
        i += x >= 0xd800 && x <= 0xdbff ? 2 : 1;
        continue;
      }
      if (isJoin(x) && i + 1 < n && alnum(text, i + 1) && !(x === 46 && stopBetweenWords(text, i))) {
        if (folds(x) || folds(text.charCodeAt(i + 1))) fold = true;
        i += 2;
        continue;
      }
      // A thousands separator inside a number ("10,000") is part of it.
      if (x === 44 && isDigitCode(text.charCodeAt(i - 1)) && isDigitCode(text.charCodeAt(i + 1)) && isDigitCode(text.charCodeAt(i + 2)) && isDigitCode(text.charCodeAt(i + 3)) && !isDigitCode(text.charCodeAt(i + 4))) {
        i += 4;
        continue;
      }
      break;
    }
    if (i > n) i = n; // a lone high surrogate at the very end
    const w = text.slice(s, i);
    // (lower(w), without reading the word a second time)
    const lw = fold ? w.toLowerCase() : w;
    if (sent && toks.length > 0) si++;
    toks.push({ s, e: i, w, lw, gap: text.slice(gapStart, s), sent: sent || toks.length === 0, quoted, si, hard: hard || sent || toks.length === 0, comma, lex: lexBits(lw) });
    prevLw = lw;
    gapStart = i;
    sent = false;
    hard = false;
    comma = false;
  }
  return toks;
}

export const isCap = (w: string): boolean => {
  const c = w.charCodeAt(0);
  return c >= 65 && c <= 90;
};

/** A sentence start or clause punctuation before this token: noun-phrase walkers never cross it. */
export const hardBefore = (t: Tok): boolean => t.hard;
export const commaBefore = (t: Tok): boolean => t.comma;
