// Extraction, last stage: candidates to Statements (spans, mode, stance, source kind, nesting),
// with cue-less subhead quotations given to whoever speaks first under them.
import type { Mode, SourceKind, Span, Statement } from "../types";
import { QUOTE, type Unit, WORD } from "../tokens";
import { nextBreakWithin } from "../lines";
import { beforeFiniteVerb } from "../sourcecut";
import { stanceOf } from "../cuetable";
import {
  ANON, ARTICLE_FIRST, DOCUMENT, FIRST_COMMON, NOMINAL, NOMINAL_FOR, NOMINAL_THAT, NOMINAL_TO, ORG, OTHER_PRONOUN,
  OUTLET, PERSON_PRONOUN, PRONOUN, ROLE, UNNAMED,
} from "../lexicon";
import { type Cand, type Range, SPACES, S_END, paraGap } from "./units";

/**
 * A subhead quotation belongs to whoever speaks first in the section it heads: the named source
 * of the first statement in the next two paragraphs. Linear: headings and candidates are both
 * in text order.
 */
export function headingSources(U: Unit[], cands: Cand[], headings: number[]): { q: number; src: Range }[] {
  const out: { q: number; src: Range }[] = [];
  let c = 0;
  for (const q of headings) {
    while (c < cands.length && cands[c]!.cue[0] < q) c++;
    const next = cands[c];
    if (!next?.source || next.acc || paraGap(U, q, next.cue[0]) > 2) continue;
    const [s0, s1] = next.source;
    const first = U[s0]!;
    if (!first.cap || first.k !== WORD || PRONOUN.has(first.w) || s0 < q || s1 - s0 > 8) continue;
    out.push({ q, src: next.source });
  }
  return out;
}

function span(text: string, U: Unit[], r: Range): Span {
  const s = U[r[0]]!.s;
  const e = U[r[1]]!.e;
  return { start: s, end: e, text: text.slice(s, e) };
}

const TWO_NAMES_END = /\p{Lu}\p{Ll}+ \p{Lu}\p{Ll}+$/u;
const UPPER_FIRST = /^\p{Lu}/u;
function sourceKind(src: string | null, acc: boolean, around = ""): SourceKind {
  if (!src) return "none";
  // Anonymity is often stated in a clause the source span leaves out ("…, who spoke on
  // condition of anonymity, said").
  if (ANON.test(src) || ANON.test(around)) return "anonymous";
  const lower = src.toLowerCase();
  if (PERSON_PRONOUN.test(lower)) return "named-person";
  if (OTHER_PRONOUN.test(lower)) return "unnamed";
  const words = src.split(SPACES);
  // A capital on the first word only marks the sentence start ("Officials said"), not a name.
  const cap = words.some((w, i) => UPPER_FIRST.test(w) && !(i === 0 && (FIRST_COMMON.test(w.toLowerCase()) || UNNAMED.test(w) || ROLE.test(w) || DOCUMENT.test(w))));
  const last = (words[words.length - 1] ?? "").toLowerCase();
  if (DOCUMENT.test(last) && !ROLE.test(lower)) return "document";
  if (!cap) {
    if (ROLE.test(lower) && ARTICLE_FIRST.test(lower) && !S_END.test(last)) return "official";
    return "unnamed";
  }
  if (OUTLET.test(lower) && (acc || !ROLE.test(lower))) return "outlet";
  if (ORG.test(last)) return "named-organization";
  if (ORG.test(lower) && !ROLE.test(lower) && !TWO_NAMES_END.test(src)) return "named-organization";
  return "named-person";
}

/** Text next to a source that may state its anonymity: between source and cue ("X, who spoke
 *  on condition of anonymity, said"), or after an inverted source, up to the end of the line. */
function around(text: string, source: Span, cue: Span): string {
  if (source.start < cue.start) return cue.start - source.start > 400 ? "" : text.slice(source.start, cue.start);
  let b = Math.min(text.length, source.end + 80);
  // (looked for within the 80 characters only: on text without line breaks an open search ran
  // to the end of the text for every statement, quadratic in the text)
  const nl = nextBreakWithin(text, source.end, b - 1);
  if (nl >= 0) b = nl;
  return text.slice(source.start, b);
}

const PLEAD = /^(?:plead|pleads|pleaded|pled)$/;
const GUILTY_NEXT = /^\s+guilty\b/;
/** "pleaded guilty to fraud": a plea of guilt concedes (the cue word alone, "pleaded", is neutral). */
const pleadsGuilty = (head: string, text: string, at: number): boolean => PLEAD.test(head) && GUILTY_NEXT.test(text.slice(at, at + 10));

/** A candidate kept for output: its non-empty content parts, first and last unit of its content. */
export type Kept = { c: Cand; parts: Range[]; a: number; b: number };

export function toStatements(text: string, U: Unit[], cands: Cand[], headings: { q: number; src: Range }[] = []): Statement[] {
  const kept = keptCands(cands);
  const parentOf = parents(U, kept);
  const out: Statement[] = [];
  for (let x = 0; x < kept.length; x++) out.push(statementOf(text, U, kept[x]!, parentOf[x]!));
  return headings.length ? withHeadings(text, U, out, headings) : out;
}

/** The candidates with some content, each cue once. */
export function keptCands(cands: Cand[]): Kept[] {
  // The same cue found twice keeps its first reading.
  const seenCue = new Set<number>();
  const kept: Kept[] = [];
  for (const c of cands) {
    if (seenCue.has(c.cue[0])) continue;
    seenCue.add(c.cue[0]);
    const parts = c.content.filter(([x, y]) => y >= x);
    if (!parts.length) continue;
    kept.push({ c, parts, a: parts[0]![0], b: parts[parts.length - 1]![1] });
  }
  return kept;
}

const within = (r: Range | null, t: number): boolean => !!r && r[0] <= t && t <= r[1];
// A later cue in the description of X's speaker ("“…,” said Ana Ruiz, who spoke on condition
// of anonymity", "“…,” said Ivo Berg, an analyst at a fund backing the port") whose content
// reaches back over X describes the speaker, not a report that holds X.
function describesSpeaker(U: Unit[], X: Kept, Y: Kept): boolean {
  if (!X.c.source || Y.c.cue[0] <= X.c.cue[1] || Y.a > X.c.cue[0]) return false;
  const ys = Y.c.source;
  return within(X.c.source, Y.c.cue[0]) || !!ys && (within(X.c.source, ys[0]) || ys[0] === ys[1] && U[ys[0]]?.k === WORD && (U[ys[0]]!.w === "who" || U[ys[0]]!.w === "which"));
}

/** Whether one of Y's content parts holds X's cue (a loop: this runs for every pair of neighbours). */
function holdsCue(Y: Kept, X: Kept): boolean {
  const [c0, c1] = X.c.cue;
  for (const [pa, pb] of Y.parts) if (c0 >= pa && c1 <= pb) return true;
  return false;
}

/** The index of each kept candidate's parent statement, or -1. */
function parents(U: Unit[], kept: Kept[]): number[] {
  // A cue inside another statement's content makes a nested statement. When two statements hold
  // each other's cue ("…, a state she hoped to carry, …, said Gerstein"), the wider one is outer.
  // Only neighbours are compared, which keeps this linear.
  const parentOf = new Array<number>(kept.length).fill(-1);
  for (let x = 0; x < kept.length; x++) {
    const X = kept[x]!;
    let best = -1;
    for (let y = Math.max(0, x - 8); y < Math.min(kept.length, x + 9); y++) {
      if (y === x) continue;
      const Y = kept[y]!;
      if (!holdsCue(Y, X)) continue;
      if (describesSpeaker(U, X, Y)) continue;
      const lx = X.b - X.a;
      const ly = Y.b - Y.a;
      if (ly < lx || (ly === lx && y > x)) continue; // the parent is strictly wider (ties: earlier)
      if (best < 0 || ly < kept[best]!.b - kept[best]!.a) best = y;
    }
    parentOf[x] = best;
  }
  return parentOf;
}

/** The Statement of a kept candidate: spans, mode, stance, source kind, parent. */
function statementOf(text: string, U: Unit[], item: Kept, parent: number): Statement {
  const { c, parts } = item;
  const first = parts[0]!;
  const lastPart = parts[parts.length - 1]!;
  const contentSpans = parts.map((p) => span(text, U, p));
  const content: Span = {
    start: U[first[0]]!.s,
    end: U[lastPart[1]]!.e,
    text: text.slice(U[first[0]]!.s, U[lastPart[1]]!.e),
  };
  let quoted = 0;
  let words = 0;
  for (const [x0, y0] of parts) for (let t = x0; t <= y0; t++) { const k = U[t]!.k; if (k === QUOTE) quoted++; else if (k === WORD) words++; }
  const mode: Mode = c.acc ? "according-to" : quoted && !words ? "direct" : quoted ? "mixed" : "indirect";
  const cue = span(text, U, c.cue);
  // (a possessor before a noun of saying keeps its "'s": "the mayor's call for …")
  const nominal = NOMINAL.has(c.head) || NOMINAL_THAT.has(c.head) || NOMINAL_TO.has(c.head) || NOMINAL_FOR.has(c.head);
  const source = c.source ? beforeFiniteVerb(text, nominal ? span(text, U, c.source) : withoutContraction(text, span(text, U, c.source), cue)) : null;
  const st: Statement = {
    source,
    cue,
    content,
    mode,
    stance: pleadsGuilty(c.head, text, cue.end) ? "concession" : stanceOf(c.head),
    sourceKind: sourceKind(source?.text ?? null, c.acc, source ? around(text, source, cue) : ""),
    speaker: source?.text ?? null,
    party: null,
    labels: [],
    counter: [],
  };
  if (contentSpans.length > 1) st.contentParts = contentSpans;
  if (parent >= 0) st.parent = parent;
  return st;
}

const AUX_ADVERBS = /^(?:\s+(?:been|also|long|already|often|never|repeatedly|always|since|just|previously))*\s*$/;
const CONTRACTION_END = /['’](?:s|ve|d|ll|re)$/i;
const SPACE_CHAR = /\s/;
/** A source right before its cue loses a contracted auxiliary ("He's said", "who’ve argued",
 *  "I'd told"): the speaker is the pronoun or name; a source never runs into its cue either. */
function withoutContraction(text: string, source: Span, cue: Span): Span {
  let end = Math.min(source.end, source.start < cue.start ? cue.start : source.end);
  if (end <= cue.start && AUX_ADVERBS.test(text.slice(end, cue.start))) {
    const m = CONTRACTION_END.exec(text.slice(source.start, end));
    if (m && m.index > 0) end = source.start + m.index;
  }
  while (end > source.start && SPACE_CHAR.test(text[end - 1]!)) end--;
  return end === source.end || end <= source.start ? source : { start: source.start, end, text: text.slice(source.start, end) };
}

/** The statements with the cue-less subhead quotations merged in, in text order (parents renumbered). */
function withHeadings(text: string, U: Unit[], out: Statement[], headings: { q: number; src: Range }[]): Statement[] {
  const merged: Statement[] = [];
  const newIndex: number[] = [];
  let h = 0;
  const flush = (upTo: number): void => {
    for (; h < headings.length && U[headings[h]!.q]!.s < upTo; h++) {
      const { q, src } = headings[h]!;
      const source = span(text, U, src);
      merged.push({
        source,
        cue: null,
        content: span(text, U, [q, q]),
        mode: "direct",
        stance: "neutral",
        sourceKind: sourceKind(source.text, false),
        speaker: source.text,
        party: null,
        labels: [],
        counter: [],
      });
    }
  };
  out.forEach((st, i) => {
    flush(st.content.start);
    newIndex[i] = merged.length;
    merged.push(st);
  });
  flush(Infinity);
  for (const st of merged) if (st.parent !== undefined) st.parent = newIndex[st.parent];
  return merged;
}
