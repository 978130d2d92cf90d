// Extraction, between sentences: a quotation alone in its sentence goes on with the speaker before
// it; one alone in its paragraph is a subhead (see headingSources).
import { PARA, PUNCT, QUOTE, type Unit, WORD } from "../tokens";
import { isSpeechFinite } from "../cueclass";
import { type Cand, type Reading, SPACES, type Sent, Units, hasQuote, paraGap, trimEnd } from "./units";

const HEADING_MARK = /[.!?,;:…]/;

/** Words in a short heading quotation (a subhead that is only a quotation). */
const HEADING_WORDS = 14;

const SMALL_NUMBER = /^\d{1,2}$/;
/**
 * The quotation that makes up a whole paragraph (a subhead such as `3. “Not a back channel”`,
 * optionally numbered) and is short, or -1.
 */
function headingQuote(U: Unit[], text: string, a: number, b: number): number {
  const numbered = (t: number): boolean => U[t]?.k === WORD && SMALL_NUMBER.test(U[t]!.w) && U[t + 1]?.k === PUNCT && (U[t + 1]!.w === "." || U[t + 1]!.w === ")");
  // (the sentence splitter may have cut "3." off as a sentence of its own)
  if (a > 0 && U[a - 1]!.k !== PARA && !(a >= 2 && numbered(a - 2) && (a === 2 || U[a - 3]!.k === PARA))) return -1;
  if (b < U.length && U[b]!.k !== PARA) return -1;
  let x = a;
  if (numbered(x)) x += 2;
  const q = U[x];
  if (!q || q.k !== QUOTE || q.open) return -1;
  for (let t = x + 1; t < b; t++) if (U[t]!.k !== PUNCT) return -1;
  const words = text.slice(q.s, q.e).split(SPACES).filter(Boolean).length;
  return words <= HEADING_WORDS ? x : -1;
}

/** "… told me:" ending a paragraph: the sentences of the next paragraph are the speaker's words
 *  (statements inside them stay, nested in that content). */
function absorbBlock(d: Units, r: Reading, s: Sent): void {
  const { a, b, si } = s;
  const pending = r.cands[r.cands.length - 1];
  if (pending?.block && pending.sent === si - 1 && !pending.content.length && !d.isQ(a)) r.block = pending;
  else if (!(r.block && r.lastAbsorbed === si - 1 && paraGap(d.U, r.S[si - 1]!.b - 1, a) === 0)) { r.block = undefined; return; }
  r.block.content.push([a, trimEnd(d, a, b - 1)]);
  r.lastAbsorbed = si;
}

/** The sentence's candidates join the text's, after what carries over between sentences: a
 *  quotation alone in its sentence continues the speaker before it, and one alone in its
 *  paragraph is a subhead for the speaker after it. */
export function carryOver(d: Units, r: Reading, s: Sent): void {
  const U = d.U;
  const text = d.text;
  const { a, b, si, found } = s;
  // Quote-only sentence after a quoted statement: the speaker goes on ("“A,” he said. “B.”").
  const pending = r.cands[r.cands.length - 1];
  // (Not when this sentence names its own speaker: '“…,” said a former auditor.')
  if (pending?.want && pending.sent === si - 1 && d.isQ(a) && !pending.content.length && !found.some((f) => f.source && f.content.some(([x]) => x === a))) {
    pending.content.push([a, a]);
    r.claimedQuote.add(a);
    if (trimEnd(d, a, b - 1) === a) { r.lastAbsorbed = si; return; }
  }
  absorbBlock(d, r, s);
  // A short quotation alone in its paragraph without closing punctuation is a subhead: it heads
  // what follows (see headingSources) rather than continuing the quotation before.
  const subhead = !found.length && headingQuote(U, text, a, b) >= 0 && !HEADING_MARK.test(U[headingQuote(U, text, a, b)]!.last);
  if (!found.length && !subhead && U[a]!.k === QUOTE && trimEnd(d, a, b - 1) === a) {
    // The speaker of a quotation in the sentence before goes on, even when a participle clause
    // or a relative clause read as a statement came after it ("“A?” said Ruiz, referring to
    // the pier. “B.”").
    let last = r.cands[r.cands.length - 1];
    for (let x = r.cands.length - 1; x >= 0 && r.cands[x]!.sent === last?.sent; x--) {
      if (hasQuote(d, r.cands[x]!) && r.cands[x]!.source) { last = r.cands[x]; break; }
    }
    // (also after reported speech: "Vale said he would vote no. “I am not sure they trust him.”")
    if (last && (last.sent === si - 1 || r.lastAbsorbed === si - 1) &&
      (hasQuote(d, last) || last.cue[1] >= r.S[last.sent]!.b - 2 || reportedSpeech(d, last)) &&
      paraGap(U, r.S[si - 1]!.b, a) <= 2) {
      last.content.push([a, a]);
      r.continuedQuote.add(a);
      r.lastAbsorbed = si;
      return;
    }
  }
  for (const f of found) for (const [x, y] of f.content) if (x === y && d.isQ(x)) r.claimedQuote.add(x);
  if (!found.length) {
    const q = headingQuote(U, text, a, b);
    if (q >= 0) r.headings.push(q);
  }
  r.cands.push(...found);
}

/** Whether a candidate reports speech in words of the writer's: a finite verb of saying with a
 *  source and a content of its own ("Vale said he would vote no"). */
function reportedSpeech(d: Units, c: Cand): boolean {
  return !c.acc && !!c.source && c.content.length > 0 && isSpeechFinite(d.word(c.cue[1]));
}
