// Invisible format characters inside words. Pages hyphenate long words with soft hyphens
// ("Fen\u00ADwick", "an\u00ADnounced") and glue or break them with zero-width characters; every
// tokenizer of core would cut the word there, so a speaker's name came out as half a surname
// ("Fen") and a hyphenated verb of saying was not a verb. analyze() reads a copy of the text
// without them and puts every offset of its Analysis back onto the text it was given.
import type { Analysis, Span } from "./types";

/** Soft hyphen, zero-width space, non-joiner and joiner, the marks and controls of writing direction
 *  (left-to-right mark, embeddings, isolates), word joiner, zero-width no-break space; and the
 *  control characters other than tab and line breaks, which a page does not draw (a stray C1
 *  control is what a misread encoding leaves inside a word). */
// eslint-disable-next-line no-control-regex -- finding the control characters is the point
const INVISIBLE = /[\u00AD\u200B-\u200F\u202A-\u202E\u2060\u2066-\u2069\uFEFF\u0000-\u0008\u000E-\u001F\u007F-\u009F]/;
/** A combining mark: text in decomposed form (NFD) writes "José" as "Jose" + U+0301, and every
 *  tokenizer of core reads a mark as a break between words, so the name came out as "Jose" and a
 *  sentence with such a name could lose its statement. */
const MARK = /\p{M}/u;
/** The fast test for a text that needs a copy: the invisible characters, and the blocks of combining
 *  marks that Latin letters take (diacritical marks, their extensions and supplement, the marks for
 *  symbols, half marks); a regex of plain ranges, far cheaper over a long text than one of \p{M}. */
// eslint-disable-next-line no-misleading-character-class -- ranges of combining marks, looked for on their own
const ANY = new RegExp(`${INVISIBLE.source.slice(0, -1)}\\u0300-\\u036F\\u1AB0-\\u1AFF\\u1DC0-\\u1DFF\\u20D0-\\u20FF\\uFE20-\\uFE2F]`);
const LETTER = /\p{L}/u;
const ZERO_WIDTH_SPACE = 0x200b;

/** The text as read (without the invisible characters, marks composed onto their letter) and, for
 *  each of its offsets, where that character starts in the original text (`at`, one more entry,
 *  for the end) and where it ends there (`to`: after its marks). */
export type Cleaned = { text: string; at: Int32Array; to: Int32Array };

/**
 * The text without invisible format characters and with combining marks composed onto the letter
 * before them (NFC, one character each), or null when it has neither (the common case: one regex
 * test, no copy). A zero-width space is a break between words, so it reads as a space; the other
 * invisible characters are dropped, joining the pieces of a word. A mark with no precomposed form
 * is dropped and its letter stands for the pair; a mark after no letter is dropped.
 */
export function withoutInvisible(text: string): Cleaned | null {
  if (!ANY.test(text)) return null;
  const at = new Int32Array(text.length + 1);
  const to = new Int32Array(text.length + 1);
  const out: string[] = [];
  let n = 0;
  let letter = -1; // index in out of the last letter kept, while marks may still attach to it
  for (let i = 0; i < text.length; ) {
    const c = text.codePointAt(i)!;
    // (printable ASCII and line breaks: kept as they are, no regex asked)
    if (c >= 0x20 && c < 0x7f || c === 10 || c === 13 || c === 9) {
      at[n] = i;
      to[n++] = i + 1;
      out.push(text[i]!);
      const l = c | 32;
      letter = l >= 97 && l <= 122 ? out.length - 1 : -1;
      i++;
      continue;
    }
    const w = c > 0xffff ? 2 : 1;
    const ch = text.slice(i, i + w);
    if (c === ZERO_WIDTH_SPACE) {
      at[n] = i;
      to[n++] = i + 1;
      out.push(" ");
      letter = -1;
    } else if (MARK.test(ch)) {
      if (letter >= 0) {
        const composed = (out[letter]! + ch).normalize("NFC");
        if (composed.length === out[letter]!.length) out[letter] = composed;
        to[n - 1] = i + w;
      }
    } else if (!INVISIBLE.test(ch)) {
      for (let k = 0; k < w; k++) {
        at[n] = i;
        to[n++] = i + w;
      }
      out.push(ch);
      letter = LETTER.test(ch) ? out.length - 1 : -1;
    }
    i += w;
  }
  at[n] = text.length;
  to[n] = text.length;
  return { text: out.join(""), at: at.subarray(0, n + 1), to: to.subarray(0, n + 1) };
}

/** A span of the cleaned text as a span of the original: from its first character's place to
 *  just after its last character's marks (invisible characters at its edges stay outside). */
function spanBack(s: Span, original: string, c: Cleaned): Span {
  const start = c.at[s.start]!;
  const end = s.end > s.start ? c.to[s.end - 1]! : start;
  return { start, end, text: original.slice(start, end) };
}

/** The Analysis of the cleaned text with every span put back onto the original text. */
export function offsetsBack(a: Analysis, original: string, c: Cleaned): Analysis {
  const back = (s: Span): Span => spanBack(s, original, c);
  for (const st of a.statements) {
    if (st.source) st.source = back(st.source);
    if (st.cue) st.cue = back(st.cue);
    st.content = back(st.content);
    if (st.contentParts) st.contentParts = st.contentParts.map(back);
  }
  a.unnamedSources = a.unnamedSources.map(back);
  if (a.loadedWords) a.loadedWords = a.loadedWords.map((l) => ({ word: back(l.word), phrase: back(l.phrase) }));
  if (a.nonAnswers) a.nonAnswers = a.nonAnswers.map((x) => ({ ...x, span: back(x.span) }));
  return a;
}
