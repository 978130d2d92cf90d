// Word tokens with offsets, sentence and quote bookkeeping shared by the enrichment modules.
// Pure string work in one linear pass; it must never allocate per character or look back
// further than a token, so enrichment stays linear in the text length.

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
};

// Letters and digits, with inner apostrophes, hyphens and dots ("Bloomberg’s", "GOP-led", "U.S").
const WORD = /[\p{L}\p{N}]+(?:['’\-.][\p{L}\p{N}]+)*/gu;

// Abbreviations whose dot does not end a sentence ("Ms. Haley", "Gen. Smith").
const ABBREV = new Set([
  "mr", "mrs", "ms", "dr", "st", "gen", "sen", "rep", "gov", "lt", "col", "sgt", "jr", "sr", "inc",
  "corp", "co", "no", "vs", "maj", "capt", "prof", "rev", "u.s", "u.k", "u.n", "e.g", "i.e", "mt",
  "ft", "ave", "jan", "feb", "aug", "sept", "oct", "nov", "dec", "adm", "cmdr", "supt", "det",
]);

// ; : ( ) [ ] — – - : clause punctuation between words (quote marks and ! ? are handled inline)
const HARD = new Set([59, 58, 40, 41, 91, 93, 0x2014, 0x2013, 45]);

export function tokenize(text: string): Tok[] {
  const toks: Tok[] = [];
  let last = 0;
  let quoted = false;
  let si = 0;
  let prevLw = "";
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m !== null; m = WORD.exec(text)) {
    const gap = text.slice(last, m.index);
    let sent = toks.length === 0;
    let hard = false;
    let comma = false;
    for (let i = 0; i < gap.length; i++) {
      const c = gap.charCodeAt(i);
      if (c === 32) continue;
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
        if (c !== 46 || !(ABBREV.has(prevLw) || prevLw.length === 1)) sent = true;
        if (c !== 46) hard = true;
      } else if (c === 44) comma = true;
      else if (HARD.has(c)) hard = true;
    }
    if (sent && toks.length > 0) si++;
    const w = m[0];
    const lw = w.toLowerCase();
    toks.push({ s: m.index, e: m.index + w.length, w, lw, gap, sent, quoted, si, hard: hard || sent, comma });
    prevLw = lw;
    last = m.index + w.length;
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
