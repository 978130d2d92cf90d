// Document-level checks that sit between extraction and enrichment. They look at the whole set
// of statements, which no single extraction rule can: generic "you" is never a reported speaker,
// and a text in which nobody says anything (a recipe, a product page, a how-to) has no
// attributions at all, whatever belief or intention verbs ("you'll want", "I prefer") it holds.
import type { Statement } from "./types";

/** Generic second person ("if you want…") as the whole source phrase. */
const SECOND_PERSON = /^(?:you|you['’](?:ll|re|ve|d)|your|yourself)$/i;

/**
 * Cues of reported speech, the verbs a news text uses when someone actually said something.
 * Deliberately narrower than the extractor's cue table: it only has to prove that the text reports
 * speech at all.
 */
const SPEECH_CUE =
  /\b(?:say|says|said|saying|tells?|told|according|stated?|states|statement|claim(?:s|ed)?|den(?:y|ies|ied)|announc(?:e|es|ed)|ask(?:s|ed)|wr(?:ites?|ote)|explain(?:s|ed)|insist(?:s|ed)|argu(?:e|es|ed)|not(?:es|ed)|acknowledg(?:e|es|ed)|admit(?:s|ted)|warn(?:s|ed)|repl(?:y|ies|ied)|respond(?:s|ed)|confirm(?:s|ed)|alleg(?:e|es|ed)|accus(?:e|es|ed)|testif(?:y|ies|ied)|tweet(?:s|ed)|reports?|reported|add(?:s|ed)|reject(?:s|ed)|dismiss(?:es|ed)|quoted)\b/i;

/** Drop statements whose source is generic "you", remapping `parent` links to the new indexes. */
export function dropGenericYou(statements: Statement[]): Statement[] {
  const keep = statements.map((s) => !(s.source && SECOND_PERSON.test(s.source.text.trim())));
  if (keep.every(Boolean)) return statements;
  const newIndex: number[] = [];
  let n = 0;
  for (const k of keep) newIndex.push(k ? n++ : -1);
  const out: Statement[] = [];
  statements.forEach((s, i) => {
    if (!keep[i]) return;
    if (s.parent === undefined) return void out.push(s);
    const p = newIndex[s.parent] ?? -1;
    const copy = { ...s };
    if (p >= 0) copy.parent = p;
    else delete copy.parent;
    out.push(copy);
  });
  return out;
}

/**
 * True when the text reports speech at all: some statement with a real source (not "none") is
 * quoted or carries a speech cue. Used after enrichment, when source kinds are final. With
 * `intl`, the statements of the non-English fallback (src/core/intl.ts), which skip enrichment.
 */
export function reportsSpeech(statements: Statement[], opts: { intl?: boolean } = {}): boolean {
  // The non-English fallback only emits quotes tied to a speech verb and "according to" markers:
  // each of them already proves reported speech, even with no source span (a pronoun, unclear).
  if (opts.intl) return statements.some((s) => (s.mode === "direct" || s.mode === "according-to") && (s.source !== null || s.cue !== null));
  return statements.some((s) => {
    if (!s.source || s.sourceKind === "none") return false;
    if (s.mode === "direct" || s.mode === "mixed") return true;
    return s.cue !== null && SPEECH_CUE.test(s.cue.text);
  });
}
