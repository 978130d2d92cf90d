// What kind of act a statement's cue reports: a verb of saying or writing ("said", "wrote",
// "accused"), an "according to", or something the reader should not see as speech: a belief or
// wish ("thinks", "hoped"), a perception ("saw", "learned"), evidence ("a video showed", "in a
// poll") or anything else ("approved", "voted", "reportedly"). Word lists by lemma (in
// lexicon.ts); the forms are derived here, so each verb is listed once.
import type { CueClass } from "./types";
import {
  ACT_UNLESS_CLAUSE, AUX_BETWEEN, BACK_TAG, BELIEF_WORD, CUE_AUX, EVIDENCE_VERB, GO, LY_VERBS, PERCEPTION_VERB, POLL_WORD, QUOTE_TAG, REACTION, SPEECH_VERB, THAT_NEXT,
  VERB_LEMMA,
} from "./lexicon";

const ALL = [SPEECH_VERB, BELIEF_WORD, PERCEPTION_VERB, EVIDENCE_VERB, QUOTE_TAG];
const known = (w: string): boolean => ALL.some((s) => s.has(w)) || w === "accord";

/** A pure function of a string, with its results kept (bounded: emptied when it grows large; the
 *  words and cue texts of a page repeat, so most calls are a look-up). */
function remembered(f: (x: string) => string): (x: string) => string {
  const seen = new Map<string, string>();
  return (x) => {
    let y = seen.get(x);
    if (y === undefined) {
      if (seen.size >= 20_000) seen.clear();
      seen.set(x, (y = f(x)));
    }
    return y;
  };
}

/** The lemma of a verb form, as far as our lists know it ("admitted" → "admit", "tries" → "try"). */
export const lemma = remembered(lemmaOf);
function lemmaOf(word: string): string {
  const w = word.toLowerCase().replace(/’/g, "'");
  const irr = VERB_LEMMA[w];
  if (irr) return irr;
  if (known(w)) return w;
  const tries: string[] = [];
  if (w.endsWith("ies")) tries.push(w.slice(0, -3) + "y");
  if (w.endsWith("ied")) tries.push(w.slice(0, -3) + "y");
  if (w.endsWith("es")) tries.push(w.slice(0, -2));
  if (w.endsWith("s")) tries.push(w.slice(0, -1));
  if (w.endsWith("ed")) {
    const stem = w.slice(0, -2);
    tries.push(stem, w.slice(0, -1));
    if (stem.length > 2 && stem[stem.length - 1] === stem[stem.length - 2]) tries.push(stem.slice(0, -1));
  }
  if (w.endsWith("ing")) {
    const stem = w.slice(0, -3);
    tries.push(stem, stem + "e");
    if (stem.length > 2 && stem[stem.length - 1] === stem[stem.length - 2]) tries.push(stem.slice(0, -1));
  }
  for (const t of tries) if (known(t)) return t;
  return w;
}

/** The lemma of a past form in -ed our lists know ("begged" → "beg"), else "". */
function pastLemma(word: string): string {
  if (word.length < 5 || !word.endsWith("ed")) return "";
  const l = lemma(word);
  return l !== word ? l : "";
}

/** A past form of a verb of saying ("begged", "protested"): a cue candidate even when the learned
 *  cue table never saw the word (acts such as "ordered" need a clause and are left out). */
export function isSpeechPast(word: string): boolean {
  const l = pastLemma(word);
  return l !== "" && SPEECH_VERB.has(l) && !ACT_UNLESS_CLAUSE.has(l);
}

/** The base form of a verb of saying ("say", "declare", "call"). */
export const isSpeechBase = (word: string): boolean => SPEECH_VERB.has(word) && !ACT_UNLESS_CLAUSE.has(word);

/** VERB_LEMMA as a Map: an object read with a word of the text as its key looks the word up among
 *  the engine's own strings first, on every call (isSpeechFinite asks of most words ending in -s).
 *  (The object's inherited names, "constructor" and the like, end in no -s: isSpeechFinite reads
 *  them as no verb of saying either way.) */
const IRREGULAR = new Map(Object.entries(VERB_LEMMA));

/** A finite form of a verb of saying, past or present ("vowed", "says", "told"). */
export function isSpeechFinite(word: string): boolean {
  if (isSpeechPast(word)) return true;
  const irr = IRREGULAR.get(word);
  if (irr) return word !== "read" && SPEECH_VERB.has(irr);
  if (word.length < 4 || !word.endsWith("s") || word.endsWith("ss")) return false;
  const l = lemma(word);
  return l !== word && SPEECH_VERB.has(l) && !ACT_UNLESS_CLAUSE.has(l);
}

const WORDS = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*|:|―|—|–/gu;

/** The word of a cue span that carries its meaning: the first that is not an auxiliary. */
export const cueHead = remembered(cueHeadOf);
const ING_TAIL = / (\p{L}+ing)$/u;
function cueHeadOf(cue: string): string {
  let last = "";
  // "tried to suggest", "continues to insist": the verb after "to" carries the meaning.
  const to = cue.toLowerCase().lastIndexOf(" to ");
  if (to >= 0) cue = cue.slice(to + 4);
  // "issued a statement Tuesday saying": a participle of saying at the end carries the meaning.
  const tail = ING_TAIL.exec(cue.trimEnd());
  if (tail && SPEECH_VERB.has(lemma(tail[1]!))) return tail[1]!.toLowerCase();
  for (const m of cue.matchAll(WORDS)) {
    const w = m[0].toLowerCase();
    last = w;
    // (adverbs: "quickly made clear", "sharply criticized"; not verbs that end in -ly)
    if (!CUE_AUX.has(w) && !(w.length > 4 && w.endsWith("ly") && !LY_VERBS.has(w))) return w;
  }
  return last;
}

/** The cue's head as its class reads it: past the adverbs that may stand between a source and its
 *  verb as well ("have since claimed", "has now said"). */
const classHead = remembered((cue: string): string => {
  const head = cueHead(cue);
  if (!AUX_BETWEEN.has(head)) return head;
  for (const m of cue.matchAll(WORDS)) {
    const w = m[0].toLowerCase();
    if (!CUE_AUX.has(w) && !AUX_BETWEEN.has(w)) return w;
  }
  return head;
});

const IN_WORD = /^in$/;
/** "went on", "goes on": speaking on, when it tags a quotation (“…,” she went on); "shot back". */
const WENT_ON = /\son$/i;
const BACK = /\sback$/i;
/** A verb of manner ("smiled", "groaned"), "went on" or "shot back": words when it tags a quotation. */
const tagVerb = (head: string, l: string, cueText: string): boolean =>
  QUOTE_TAG.has(l) || GO.has(head) && WENT_ON.test(cueText) || BACK_TAG.has(head) && BACK.test(cueText);

/** A past form that tags a quotation it follows ("“…,” she groaned."): a verb of saying or of
 *  manner. */
export function isTagPast(word: string): boolean {
  const l = pastLemma(word);
  return l !== "" && (SPEECH_VERB.has(l) || QUOTE_TAG.has(l));
}
/** A verb of reacting to words ("laughed", "smiled", "nodded"): a tag only where it takes a
 *  quotation as its own. */
export function isReaction(word: string): boolean {
  const l = pastLemma(word) || lemma(word);
  return QUOTE_TAG.has(l) || REACTION.has(l);
}
const QUOTE_BEFORE = /[”"’,]\s*$/;
const COLON_QUOTE = /^\s*:\s*[“"‘]/;
/**
 * The class of a cue. `after` is the text right after the cue (a few dozen characters): some
 * verbs report words only when a clause, a colon or a quotation follows them.
 */
export function cueClassOf(cueText: string, accordingTo: boolean, after = "", before = ""): CueClass {
  const head = classHead(cueText);
  if (head === "according" || head === "in" && accordingTo === false && POLL_WORD.test(after)) {
    return head === "according" ? "according-to" : "evidence";
  }
  if (accordingTo) return IN_WORD.test(head) ? "evidence" : "according-to";
  if (head === ":" || head === "―" || head === "—" || head === "–") return "speech"; // speaker label, signature
  const l = lemma(head);
  // "She had read that the river was rising": what someone read, not what they said
  if (l === "read" && THAT_NEXT.test(after)) return "perception";
  // "When the chair concluded the hearing": an event brought to its end, not a conclusion drawn
  if (l === "conclude" && CONCLUDED_EVENT.test(after)) return "other";
  // "Her neighbour agreed: “It’s robbery.”", "“Not today,” Ruiz smiled": a verb of manner tagging a
  // quotation reports the words.
  if (tagVerb(head, l, cueText) && (COLON_QUOTE.test(after) || QUOTE_BEFORE.test(before))) return "speech";
  if (SPEECH_VERB.has(l)) {
    if (ACT_UNLESS_CLAUSE.has(l) && !clauseFollows(after, l) && !QUOTE_BEFORE.test(before)) return "other";
    return "speech";
  }
  if (BELIEF_WORD.has(l)) return "belief";
  // A finding with its clause is reported ("the tribunal found that …"); "found the keys" is not.
  if (l === "find" && THAT_NEXT.test(after)) return "speech";
  if (PERCEPTION_VERB.has(l)) return "perception";
  if (EVIDENCE_VERB.has(l)) return "evidence";
  return "other";
}

const SPEECH_OBJECT = /^\s*(?:(?:a|an|the|his|her|their|its|our)\s+)?(?:\w+\s+)?(?:statements?|warnings?|denials?|apolog(?:y|ies)|responses?|repl(?:y|ies)|calls?|pleas?|appeals?|messages?|letters?|ultimatum|clear|questions?|concerns?|doubts?|alarm|objections?|out)\b/i;

// "declared himself a candidate", "proclaimed itself the winner": a description of oneself.
const SELF_DESCRIPTION = /^\s*(?:himself|herself|themselves|itself|myself|ourselves)\s+(?:a|an|the|its|his|her|their)\b/i;
// "welcomed the decision", "welcomed the court's ruling": a reaction to an act, not a greeting.
const WELCOMED_ACT = /^\s*(?:the|this|that|his|her|their|its|our)\s+(?:[\w’'-]+\s+){0,2}(?:moves?|decisions?|rulings?|announcements?|verdicts?|news|steps?|deals?|agreements?|proposals?|plans?|reports?|results?|outcomes?|resignations?|releases?|ceasefire|truce|vote|findings?)\b/i;

// "concluded the session", "concluded its second day of talks": an event ended.
const CONCLUDED_EVENT = /^\s*(?:(?:the|this|that|his|her|their|its|our|a|an)\s+)?(?:[\w’'-]+\s+){0,3}(?:debates?|hearings?|meetings?|sessions?|talks|visits?|trips?|tours?|speech|speeches|remarks|testimony|investigation|inquiry|probe|review|deliberations|negotiations|matches|match|games?|season|concerts?|events?|conference|summit|campaign|proceedings|trial)\b(?!\s+(?:was|were|is|are|had|has|would|will|could|might|did)\b)/i;

const CLAUSE_NEXT = /^\s*(?:that\b|:|[“"‘]|,\s*[“"‘])/i;
/** A reported clause, a colon or a quotation opens right after the cue. */
function clauseFollows(after: string, l = ""): boolean {
  return CLAUSE_NEXT.test(after) || SPEECH_OBJECT.test(after) || SELF_DESCRIPTION.test(after) || l === "welcome" && WELCOMED_ACT.test(after);
}
