// Statement extraction: finds attribution cues, their sources (maximal noun phrases) and content
// spans (quotes, paraphrase, split and continued quotes), with mode, stance and a first source kind.
// Pure and linear in text length; never throws (returns [] on any internal failure).
// The text is read once into units (extract/units.ts), then sentence by sentence: speaker labels
// and the per-token cue candidates (extract/cues.ts, extract/verb.ts, with source and content
// boundaries from extract/source.ts and extract/reported.ts), the fix-ups among a sentence's
// candidates (extract/passes.ts), what carries over to the next sentence (extract/flow.ts); then
// quotations repeating someone's quoted words (extract/echoes.ts), and the candidates become
// Statements (extract/statements.ts).
import type { Statement } from "./types";
import type { Tok } from "./words";
import { sentences, tokenize } from "./tokens";
import { type Reading, Units, sentenceAt } from "./extract/units";
import { labelCues, tokenCues } from "./extract/cues";
import { settleSentence } from "./extract/passes";
import { carryOver } from "./extract/flow";
import { headingSources, toStatements } from "./extract/statements";
import { echoSources } from "./extract/echoes";

export { CUE_THRESHOLD } from "./extract/verb";

/** Extract attributed statements from plain text. Never throws. `words`: the text's word tokens
 *  (./words tokenize), when the caller has them (the units take their strings from them). */
export function extractStatements(text: string, words?: readonly Tok[]): Statement[] {
  try {
    if (typeof text !== "string" || text.length === 0) return [];
    return run(text, words);
  } catch {
    return [];
  }
}

/** The same without the safety net, so tests and the dev loop see internal errors. */
export function extractStatementsUnchecked(text: string): Statement[] {
  return run(text);
}

function run(text: string, words?: readonly Tok[]): Statement[] {
  const d = new Units(tokenize(text, words), text);
  const r: Reading = { S: sentences(d.U), cands: [], claimedQuote: new Set<number>(), continuedQuote: new Set<number>(), headings: [], lastAbsorbed: -1 };
  for (let si = 0; si < r.S.length; si++) {
    const s = sentenceAt(d, r.S, si);
    if (!s) continue;
    labelCues(d, s); // a speaker label before a colon
    tokenCues(d, r, s); // every word that may be a cue, by its shape
    settleSentence(d, s); // the sentence's candidates settled against each other
    carryOver(d, r, s); // quotations that go on with a speaker, subheads; the candidates join r.cands
  }
  // Subheads go to whoever speaks under them, and any quotation repeating words quoted from
  // someone to that someone (extract/echoes.ts).
  return toStatements(text, d.U, r.cands, echoSources(d.U, text, r.cands, headingSources(d.U, r.cands, r.headings)));
}
