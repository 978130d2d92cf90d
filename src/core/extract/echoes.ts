// Extraction, after the candidates: quotations that repeat words already quoted from someone.
// An article often quotes a phrase again later, or first, in a subhead or a sentence of its own
// ("Reyes has since mailed “dozens of letters nobody answered”" after Reyes said "I have sent
// dozens of letters nobody answered"). The repeat reproduces that speaker's words, so
// it is theirs, even in a subhead over someone else's section (a phrase belongs to whoever coined
// it). Linear: quoted words are indexed by their first two words.
import { QUOTE, type Unit } from "../tokens";
import type { Cand, Range } from "./units";
import { type Kept, keptCands } from "./statements";
import { partitionPoint } from "../search";
import { RELATIVE_SOURCE, TITLE_MINOR } from "../lexicon";

/** Words a repeat must have: one quoted word ("interim", "VIP") is no one's in particular. */
const MIN_WORDS = 2;
/** Longer quotations than this are statements of their own, not repeats of a phrase. */
const MAX_WORDS = 40;
/** Places looked at for one repeat, so a text quoting one pair of words everywhere stays linear. */
const MAX_TRIES = 32;

/** Quoted words by their first two: each quotation's words, where the pair starts, its source. */
type Index = Map<string, { words: string[]; at: number; src: Range }[]>;

/** Fewer words than this, all capitalised, make a name ("Meet the Press", "Arab Spring"), not words repeated. */
const TITLE_WORDS = 5;

const WORD_RE = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;

function wordsOf(text: string, u: Unit): string[] {
  return (text.slice(u.s, u.e).toLowerCase().match(WORD_RE) ?? []).map((w) => w.replace(/’/g, "'"));
}

/** A short quotation every word of which, but the small ones, opens with a capital or digit: a
 *  title of a work, a slogan, a name. */
function titleLike(text: string, u: Unit): boolean {
  const words = text.slice(u.s, u.e).match(WORD_RE) ?? [];
  return words.length < TITLE_WORDS && words.every((w, i) => (i > 0 && TITLE_MINOR.has(w)) || !/^\p{Ll}/u.test(w));
}

/** Each quotation unit inside a kept candidate's content: the innermost such candidate (the
 *  smallest content), as the nested report it is in names who said it. `quotes`: the quotation
 *  units, in order. */
function quotedBy(U: Unit[], kept: Kept[], quotes: number[]): Map<number, Cand> {
  const size = new Map<number, number>();
  const by = new Map<number, Cand>();
  for (const { c, parts, a, b } of kept) {
    const n = U[b]!.e - U[a]!.s;
    for (const [x, y] of parts) {
      for (let k = partitionPoint(quotes.length, (m) => quotes[m]! < x); k < quotes.length && quotes[k]! <= y; k++) {
        const t = quotes[k]!;
        if ((size.get(t) ?? Infinity) <= n) continue;
        size.set(t, n);
        by.set(t, c);
      }
    }
  }
  return by;
}

/** The units inside the kept candidates' sources. */
function sourceUnits(kept: Kept[]): Set<number> {
  const out = new Set<number>();
  for (const { c } of kept) if (c.source) for (let t = c.source[0]; t <= c.source[1]; t++) out.add(t);
  return out;
}

/**
 * Quotations no candidate holds, and subhead quotations (`headings`, with the source the subhead
 * rule gave them), whose words are a run of words quoted in one candidate's content: each with
 * that candidate's source. A subhead keeps its own source when no quotation it repeats is found;
 * a repeat of two speakers' words is left alone. In text order.
 */
export function echoSources(U: Unit[], text: string, cands: Cand[], headings: { q: number; src: Range }[]): { q: number; src: Range }[] {
  const quotes: number[] = [];
  for (let t = 0; t < U.length; t++) if (U[t]!.k === QUOTE) quotes.push(t);
  if (quotes.length < 2) return headings;
  // (the candidates that become statements, as toStatements keeps them)
  const kept = keptCands(cands);
  const by = quotedBy(U, kept, quotes);
  const fromHeading = new Map(headings.map((h) => [h.q, h.src]));
  // The repeats to look for first (most texts have none): then only quotations that may hold one are read.
  const wanted: { q: number; words: string[] }[] = [];
  let inSource: Set<number> | null = null;
  for (const q of quotes) {
    if (!fromHeading.has(q) && by.has(q)) continue;
    const words = wordsOf(text, U[q]!);
    if (words.length < MIN_WORDS || words.length > MAX_WORDS || titleLike(text, U[q]!)) continue;
    if (!fromHeading.has(q) && (inSource ??= sourceUnits(kept)).has(q)) continue;
    wanted.push({ q, words });
  }
  if (!wanted.length) return headings;
  const pairs = new Set(wanted.map((w) => `${w.words[0]} ${w.words[1]}`));
  const seconds = [...new Set(wanted.map((w) => w.words[1]!))];
  const index: Index = new Map();
  for (const [t, c] of by) {
    const src = c.source;
    if (!src || (src[0] === src[1] && RELATIVE_SOURCE.test(U[src[0]]!.w))) continue;
    // (a quotation without any wanted second word holds no wanted pair: most are passed over so)
    const lower = text.slice(U[t]!.s, U[t]!.e).toLowerCase().replace(/’/g, "'");
    if (!seconds.some((w) => lower.includes(w))) continue;
    const words = wordsOf(text, U[t]!);
    for (let i = 0; i + 1 < words.length; i++) {
      const key = `${words[i]} ${words[i + 1]}`;
      if (!pairs.has(key)) continue;
      const list = index.get(key) ?? [];
      list.push({ words, at: i, src });
      index.set(key, list);
    }
  }
  const found = new Map<number, Range>();
  for (const { q, words } of wanted) {
    const src = repeated(index, words, text, U);
    if (src) found.set(q, src);
  }
  const out: { q: number; src: Range }[] = [];
  for (const q of quotes) {
    const src = found.get(q) ?? fromHeading.get(q);
    if (src) out.push({ q, src });
  }
  return out;
}

/** The one source whose quoted words hold these as a run, or null (none, or two sources). */
function repeated(index: Index, words: string[], text: string, U: Unit[]): Range | null {
  let found: Range | null = null;
  const list = index.get(`${words[0]} ${words[1]}`) ?? [];
  for (let k = 0; k < list.length && k < MAX_TRIES; k++) {
    const o = list[k]!;
    if (o.words.length - o.at < words.length || !words.every((w, i) => o.words[o.at + i] === w)) continue;
    if (found && sourceText(text, U, found) !== sourceText(text, U, o.src)) return null;
    found ??= o.src;
  }
  return found;
}

const sourceText = (text: string, U: Unit[], r: Range): string => text.slice(U[r[0]]!.s, U[r[1]]!.e).toLowerCase();
