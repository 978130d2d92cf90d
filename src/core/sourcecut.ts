// A source is a noun phrase: the rules or the span tagger sometimes run it on into its clause's
// verb ("The harbor board has twice", "more councillors have begun" before "said"). Shared by
// extraction (extract/statements.ts) and the span tagger (model/spans.ts).
import type { Span } from "./types";
import { AUX, FINITE, SOURCE_CLAUSE_OPENER, SUBJECT_WORD } from "./lexicon";

const PIECE = /[\p{L}\p{N}’'-]+|[,()—–;:]/gu;
/** A finite auxiliary after a space somewhere in the text (FINITE's words). */
const ANY_FINITE = new RegExp(`\\s(?:${[...FINITE].join("|")})\\b`);

/**
 * The source without the finite verb its noun phrase runs into, and what follows it: the span
 * before the first lower-case finite auxiliary ("has", "were", "will", …) that no relative word,
 * conjunction of a clause, comma, bracket or dash comes before, nor a subject pronoun right
 * before. The span as it is when there is none, or when nothing would be left.
 */
export function beforeFiniteVerb(text: string, src: Span): Span {
  if (!ANY_FINITE.test(src.text)) return src; // (most sources: one look)
  let prev = "";
  for (const m of src.text.matchAll(PIECE)) {
    const w = m[0];
    if (!/\p{L}/u.test(w) || SOURCE_CLAUSE_OPENER.test(w)) return src;
    if (prev && FINITE.has(w)) {
      if (SUBJECT_WORD.test(prev)) return src;
      let end = src.start + m.index!;
      while (end > src.start && /\s/.test(text[end - 1]!)) end--;
      return end > src.start ? { start: src.start, end, text: text.slice(src.start, end) } : src;
    }
    prev = w;
  }
  return src;
}

/** The last word of a span and the space before it. */
const LAST_WORD = /\s+([\p{Ll}’'-]+)$/u;

/**
 * The source without the auxiliaries and adverbs that stand between a subject and its verb (AUX:
 * "always", "has", "never") at its end: "the skipper always" before "said" is "the skipper". The
 * span as it is when it ends on no such word.
 */
export function withoutTrailingAux(text: string, src: Span): Span {
  let end = src.end;
  for (let m = LAST_WORD.exec(text.slice(src.start, end)); m && AUX.has(m[1]!); m = LAST_WORD.exec(text.slice(src.start, end))) end = src.start + m.index;
  return end === src.end || end <= src.start ? src : { start: src.start, end, text: text.slice(src.start, end) };
}
