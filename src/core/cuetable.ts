// Look-ups on cue words: the learned cue probabilities (PolNeAR train counts, model/cues.json)
// and the stance of a cue. The word lists they consult are in lexicon.ts.
import type { Stance } from "./types";
import model from "./model/cues.json";
import { isSpeechFinite, isSpeechPast, lemma } from "./cueclass";
import { CORE_CUES, NOUN_TOO, STANCE } from "./lexicon";

/** STANCE as a Map: the object read with a word of the text as its key looks the word up among the
 *  engine's own strings first, for every candidate. (Of the object's inherited names only
 *  "constructor" is a lower-case word, and no cue has it as its head.) */
const STANCE_OF = new Map(Object.entries(STANCE));

export function stanceOf(cue: string): Stance {
  return STANCE_OF.get(cue) ?? "neutral";
}

/** Cue probability of an unseen past or present form of a verb of saying ("begged", "warns";
 *  above CUE_THRESHOLD). */
export const UNSEEN_SPEECH_PRIOR = 0.25;

// A Map, not the parsed object: lookups of arbitrary words (most of them absent) stay fast.
const LEARNED = new Map<string, number[]>(Object.entries((model as unknown as { cues: Record<string, number[]> }).cues));

/** Context of a candidate cue: the word before it (auxiliaries skipped). */
export const CTX_PRONOUN = 0;
export const CTX_CAP = 1;
export const CTX_PUNCT = 2;
export const CTX_WORD = 3;

/** Cue probability of a word given what precedes it, backed off to the word's own rate. */
export function cueProbIn(w: string, ctx: number): number {
  const base = cueProb(w);
  if (CORE_CUES.has(w)) return 1;
  const c = LEARNED.get(w);
  if (!c || c.length < 12) return base;
  const hits = c[4 + 2 * ctx] ?? 0;
  const all = c[5 + 2 * ctx] ?? 0;
  return (hits + 2 * base) / (all + 2);
}

/**
 * Whether this cue takes a noun-phrase object rather than a clause ("endorsed Canova in May":
 * the content is "Canova"), learned as how rarely its gold content runs to the sentence end.
 */
export function objectCue(w: string): boolean {
  const c = LEARNED.get(w);
  return !!c && (c[2] ?? 0) >= 5 && (c[3] ?? 0) / (c[2] ?? 1) < 0.4;
}

/** Whether the cue table knows this word as a cue (learned from train, or a core verb of saying). */
export function learnedCue(w: string): boolean {
  return CORE_CUES.has(w) || LEARNED.has(w);
}

/** A present form in -s of a verb of saying that is no plural noun too ("warns", "contends"; not
 *  "states" or "emails"). */
function unseenPresent(w: string): boolean {
  if (!w.endsWith("s") || !isSpeechFinite(w)) return false;
  const l = lemma(w);
  return !NOUN_TOO.has(l) && !NOUN_TOO.has(w.slice(0, -1));
}

/** Each word's cueProb, kept (bounded: emptied when it grows large). Most words are no cue, and
 *  telling so takes several look-ups (the learned table, then the unseen past and present forms
 *  through their lemmas): the words of news repeat, so most calls are one look-up here. */
const probOf = new Map<string, number>();

/** readProb of each word of the learned table and the core cues (a few hundred: a small table). */
const KNOWN_PROB = new Map<string, number>();
for (const w of LEARNED.keys()) KNOWN_PROB.set(w, readProb(w));
for (const w of CORE_CUES) KNOWN_PROB.set(w, 1);

/** Probability that this word heads an attribution cue, from PolNeAR train counts (smoothed). */
export function cueProb(w: string): number {
  // A word ending in neither -s nor -d is no unseen past ("-ed") or present ("-s") form: readProb
  // gives it its known probability, else 0, read off the small table instead of the large cache
  // of every word seen.
  const last = w.charCodeAt(w.length - 1);
  if (last !== 115 && last !== 100) return KNOWN_PROB.get(w) ?? 0;
  let p = probOf.get(w);
  if (p === undefined) {
    if (probOf.size >= 20_000) probOf.clear();
    probOf.set(w, (p = readProb(w)));
  }
  return p;
}

function readProb(w: string): number {
  if (CORE_CUES.has(w)) return 1;
  const c = LEARNED.get(w);
  // Unseen finite forms of verbs of saying ("begged", "warns") back off to a low prior: the
  // rules read them as candidates and the trained reader decides.
  if (!c) return isSpeechPast(w) || unseenPresent(w) ? UNSEEN_SPEECH_PRIOR : 0;
  if (w.length < 3) return 0;
  return (c[0] ?? 0) / ((c[1] ?? 0) + 2);
}
