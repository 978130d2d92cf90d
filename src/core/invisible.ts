// Invisible format characters inside words. Pages hyphenate long words with soft hyphens
// ("Fen\u00ADwick", "an\u00ADnounced") and glue or break them with zero-width characters; every
// tokenizer of core would cut the word there, so a speaker's name came out as half a surname
// ("Fen") and a hyphenated verb of saying was not a verb. analyze() reads a copy of the text
// without them and puts every offset of its Analysis back onto the text it was given.
import type { Analysis, Span } from "./types";

/** Soft hyphen, zero-width space, non-joiner and joiner, the marks and controls of writing direction
 *  (left-to-right mark, embeddings, isolates), word joiner, zero-width no-break space. */
const INVISIBLE = /[\u00AD\u200B-\u200F\u202A-\u202E\u2060\u2066-\u2069\uFEFF]/;
const INVISIBLE_ALL = new RegExp(INVISIBLE.source, "g");
const ZERO_WIDTH_SPACE = 0x200b;

/** The text as read (without the invisible characters) and, for each of its offsets, the offset
 *  in the original text (one more entry, for the end). */
export type Cleaned = { text: string; at: Int32Array };

/**
 * The text without invisible format characters, or null when it has none (the common case: one
 * regex test, no copy). A zero-width space is a break between words, so it reads as a space; the
 * others are dropped, joining the pieces of a word.
 */
export function withoutInvisible(text: string): Cleaned | null {
  if (!INVISIBLE.test(text)) return null;
  const at = new Int32Array(text.length + 1);
  let n = 0;
  let last = 0;
  const parts: string[] = [];
  INVISIBLE_ALL.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = INVISIBLE_ALL.exec(text)) !== null) {
    const p = m.index;
    for (let i = last; i < p; i++) at[n++] = i;
    parts.push(text.slice(last, p));
    if (text.charCodeAt(p) === ZERO_WIDTH_SPACE) {
      at[n++] = p;
      parts.push(" ");
    }
    last = p + 1;
  }
  for (let i = last; i < text.length; i++) at[n++] = i;
  parts.push(text.slice(last));
  at[n] = text.length;
  return { text: parts.join(""), at: at.subarray(0, n + 1) };
}

/** A span of the cleaned text as a span of the original: from its first character's place to
 *  just after its last character's (invisible characters at its edges stay outside). */
function spanBack(s: Span, original: string, at: Int32Array): Span {
  const start = at[s.start]!;
  const end = s.end > s.start ? at[s.end - 1]! + 1 : start;
  return { start, end, text: original.slice(start, end) };
}

/** The Analysis of the cleaned text with every span put back onto the original text. */
export function offsetsBack(a: Analysis, original: string, at: Int32Array): Analysis {
  const back = (s: Span): Span => spanBack(s, original, at);
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
