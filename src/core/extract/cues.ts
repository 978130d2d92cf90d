// Extraction, cue shapes beyond the verb of saying: nouns of saying after a possessive, and the
// checks that keep look-alike words ("made up", "called off", "issued a statement") apart.
import { WORD } from "../tokens";
import { DOCUMENT_NOUN, ISSUE, NOMINAL_FOR, NOMINAL_THAT, NOMINAL_TO, PRONOUN } from "../lexicon";
import { range, Units, NOUN_DET, PRO_DET, type Range, POSSESSIVE_END } from "./units";
import { clauseEnd } from "./reported";
import { possessorStart } from "./source";

/** Nouns that make "made …" a cue of speech. */
const SPEECH_NOUN = /^(?:clear|case|statements?|comments?|remarks?|allegations?|accusations?|charges?|calls?|pleas?|promises?|pledges?|commitments?|arguments?|points?|observations?|mention|appeals?|claims?|assertions?|threats?|announcements?|predictions?|suggestions?|demands?|offers?|vows?|overtures?|pitch|speech|speeches|references?|jokes?|criticisms?|complaints?|denials?)$/;
/** Possessive determiners: the possessor of a speech noun is its source. */
const POSSESSIVE = new Set(["his", "her", "their", "its", "our", "my"]);

/** "called on the council to …": an object, then "to" + a verb, within a few words. */
export function calledOnTo(d: Units, k: number): boolean {
  const U = d.U;
  for (let t = k; t < k + 9 && t < U.length; t++) {
    if (d.isW(t, "to")) return t > k && U[t + 1]?.k === WORD && !d.isCap(t + 1);
    if (U[t]!.k !== WORD) return false;
  }
  return false;
}

/** In units a..b, a verb of issuing followed within four words by a document noun ("issued a
 *  statement", "sent out a press release", "posted a video"): its index, or -1. */
export function issuedAt(d: Units, a: number, b: number): number {
  for (let t = a + 1; t <= b; t++) {
    if (!ISSUE.has(d.word(t)) || d.isCap(t)) continue;
    for (let x = t + 1; x <= b && x <= t + 4; x++) if (!d.isCap(x) && DOCUMENT_NOUN.test(d.word(x))) return t;
  }
  return -1;
}

/** Three or more ", Name" after the colon at c: a list of names, not a statement. */
export function nameListAfter(d: Units, c: number, e: number): boolean {
  let n = 0;
  for (let t = c + 1; t < e && t - c < 40; t++) if (d.isP(t, ",") && d.isCap(t + 1)) n++;
  return n >= 3;
}

/** A noun phrase opened by "a"/"an" right before i ("a harbour lobby group called …"). */
export function indefiniteBefore(d: Units, i: number): boolean {
  const U = d.U;
  for (let t = i - 1; t >= 0 && i - t <= 5 && U[t]!.k === WORD; t--) {
    if (d.isW(t, "a") || d.isW(t, "an")) return true;
    if (d.prob(t) >= 0.5 || PRONOUN.has(d.word(t))) return false;
  }
  return false;
}

export function madeSpeech(d: Units, i: number): boolean {
  const U = d.U;
  for (let t = i + 1; t <= i + 4 && U[t]?.k === WORD; t++) if (SPEECH_NOUN.test(d.word(t))) return true;
  return false;
}

/** A speech noun after a possessive ("his promise to …", "Lind's call for …", "their claim
 *  that …"): the possessor is the source, the noun's clause the content. Null otherwise. */
export function nominalCue(d: Units, i: number, w: string, a: number, e: number): { cue: Range; source: Range; content: Range[] } | null {
  const U = d.U;
  const next = d.word(i + 1);
  const clause = next === "that" && NOMINAL_THAT.has(w) || next === "for" && NOMINAL_FOR.has(w) ||
    next === "to" && NOMINAL_TO.has(w) && U[i + 2]?.k === WORD && !d.isCap(i + 2) && !NOUN_DET.has(d.word(i + 2)) && !PRONOUN.has(d.word(i + 2)) && !PRO_DET.has(d.word(i + 2));
  if (!clause || i + 2 >= e) return null;
  let source: Range | null = null;
  if (POSSESSIVE.has(d.word(i - 1)) && !d.isCap(i - 1) || POSSESSIVE.has(d.word(i - 1)) && i - 1 === a) source = [i - 1, i - 1];
  else if (POSSESSIVE_END.test(d.word(i - 1)) || d.isP(i - 1, "'") || d.isP(i - 1, "’")) {
    const st = possessorStart(d, d.isP(i - 1, "'") || d.isP(i - 1, "’") ? i - 2 : i - 1, a);
    if (st >= 0) source = [st, i - 1];
  }
  // Only as an object ("renewed its calls for …", "despite her claim that …"): in subject
  // position the clause runs into the sentence's own verb ("His promise to … drew cheers").
  if (!source || source[0] <= a || U[source[0] - 1]!.k !== WORD) return null;
  const from = next === "for" ? i + 2 : i + 1;
  const content = range(d, from, clauseEnd(d, from + 1, e) - 1);
  return content.length ? { cue: next === "for" ? [i, i + 1] : [i, i], source, content } : null;
}
