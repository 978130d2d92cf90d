// Extraction, the verb of saying: the cue around it, its source (before it, after it, shared with a
// coordinated verb, a passive's agent) and where its content lies (before, after, or a quotation
// in the sentence before or after).
import { PARA, QUOTE, WORD } from "../tokens";
import { CTX_CAP, CTX_PRONOUN, CTX_PUNCT, CTX_WORD, cueProb, cueProbIn, learnedCue, objectCue } from "../cuetable";
import { isReaction, isSpeechBase, isSpeechFinite, isTagPast, lemma } from "../cueclass";
import {
  ACCUSE_STEM, ADJUNCT_PREP, ALLEGE_STEM, AS_SAYING, AUX, CIRCUMSTANCE, CLAUSE_LINK, MEMORY_TAG, BACK_TAG, BY_MEANS, BY_THE_TIME, CATENATIVE, CLAUSE_CONJ, CLEAR_DEGREE, CONTRACTED, CONTRACTED_PRONOUN, DAY_PART, DEGREE, DEMONSTRATIVE, FOCUS, DET, DOCUMENT_NOUN, FINITE, GERUND_PREP, GO, HAVE_FORM, HAVE_SAY, INDEFINITE_SUBJECT, INNER_VERB, INTERPOSED, LEAD, MAKE_FORM, MONTH_NAME, NAME_GLUE, NAMING, NOUN_DET, NOUN_TOO, NUMBER_WORD, PARTICIPLE, PERSONAL, PLURAL_COUNT, PAST_FORM, POSSESSIVE, PREP, PRONOUN, PUBLISHED, QUESTION_OPENER, REFUSE, RELATIVE_SOURCE, ROLE, SEEM, SPEAK_FORM, SUBJECT_PRONOUN, SUBORD, TAGGER_FINITE, TELL, TIME, TIME_SPAN, TOLD_ONLY, WEEK_UNIT, WEEKDAY, YEAR,
} from "../lexicon";
import {
  type Cand, ED_END, POSSESSIVE_END, type Range, type Reading, type Sent, Units, dashEndingAt, hasQuote, isAdverb, lowerPlural, mainClauseAt, nextComma, passive, pluralForm, range, relPronoun, relSource, relativeThat, speechGerund, trimEnd, verbForm,
} from "./units";
import { datelineEnd, pastDegree, sourceLeft, sourceRight, subjectAt, titleName } from "./source";
import {
  addresseeOnly, adjunctOnly, adverbialChain, andClause, clauseEnd, contentStart, continues, quoteAfterAside, dropMedium, dropTime, finiteIn, objectBeforeParticiple, objectEnd, reportedClause,
  resumesWithVerb, timeSpanEnd,
} from "./reported";

/** A word that opens with a digit (made once, not per call). */
const DIGIT_FIRST = /^\d/;

/** Learned cue probability above which a word in the right frame is taken as a cue. */
export const CUE_THRESHOLD = 0.2;

const QUOTE_CLOSER = /[,.?!]/;

/** A verb read as a cue: i its word w (cue rate p), cueStart..cueEnd the cue with its auxiliaries,
 *  catenative and particle, j the last unit before them (where a subject or the content before
 *  ends). */
type Verb = { i: number; w: string; p: number; j: number; cueStart: number; cueEnd: number };

/** A verb of saying at i: its source (inverted after the content, a participle's main clause, a
 *  coordinated verb's subject, the subject before it, a passive's agent) and its content. */
export function verbCue(d: Units, r: Reading, s: Sent, i: number, w: string, p: number): void {
  if (catenatesCue(d, i, w) || documentParticiple(d, s, i, w)) return;
  const at = verbAt(d, s, i, w, p);
  if (!at || writesOnlyWhere(d, s, at)) return;
  const a = s.a;
  // ("…, likely referring to …": an adverb between the comma and the participle)
  const v = w.endsWith("ing") && at.j - 1 > a && (isAdverb(d, at.j) || d.isW(at.j, "likely")) && d.isP(at.j - 1, ",") ? { ...at, j: at.j - 1 } : at;
  const { j, cueEnd } = v;
  const ingClause = w.endsWith("ing") && (d.isP(j, ",") || dashEndingAt(d, j) >= 0 || d.isP(j, "-") || d.isQ(j) && d.U[j]!.last === "," && j > a);
  if (j > a && GERUND_PREP.has(d.word(j)) && speechGerund(d, i)) return gerundAfterPrep(d, s, v);
  if (!ingClause && invertedAfterContent(d, s, v)) return;
  if (ingClause) return participleClause(d, s, v);
  const src = verbSubject(d, s, v);
  if (!src || pluralThenSingular(d, src, v)) return;
  if (passiveCue(d, s, v, src)) return;
  if (SEEM.has(w)) return seemCue(d, s, v, src);
  // ("it seems", "it shows"; but "what it calls “…”" names the organisation's own words)
  if (p < 1 && src[0] === src[1] && d.word(src[0]) === "it" && !(d.isW(src[0] - 1, "what") && d.isQ(cueEnd + 1))) return;
  const n = s.found.length;
  placeContent(d, r, s, v, src, readAround(d, s, v, src));
  for (let x = n; x < s.found.length; x++) reducedRelativeSource(d, s.found[x]!);
}

/** "…, a charge its backers reject.": a noun and the relative clause on it without "that", after
 *  the comma that closes the content. The clause's subject, a short phrase with no verb of its own
 *  right before the cue, is the source; the noun it relates to is no part of it. */
function reducedRelativeSource(d: Units, f: Cand): void {
  const src = f.source;
  const last = f.content[f.content.length - 1];
  if (!src || !last || last[1] >= src[0] || f.cue[0] !== src[1] + 1) return;
  const k = src[0];
  const m = k + 2;
  if (!d.isP(k - 1, ",") || !(d.isW(k, "a") || d.isW(k, "an") || d.isW(k, "the")) || d.isCap(k + 1) || d.U[k + 1]!.k !== WORD) return;
  if (m >= src[1] || src[1] - m > 2 || !(d.isW(m, "the") || POSSESSIVE.has(d.word(m)))) return;
  for (let x = m + 1; x <= src[1]; x++) if (d.U[x]!.k !== WORD || verbForm(d, x)) return;
  f.source = [m, src[1]];
}

/** "his attacks on the press and vows to fight on are why …": a plural noun phrase right before
 *  "and" and an "-s" form cannot be that verb's subject (it would say "vow"); the "-s" word is a
 *  second plural noun. */
function pluralThenSingular(d: Units, src: Range, v: Verb): boolean {
  const { i, w, cueStart } = v;
  if (cueStart !== i || !d.isW(i - 1, "and") || !w.endsWith("s") || w.endsWith("ss") || src[1] >= i - 1) return false;
  let head = src[0];
  while (head < src[1] && (DET.has(d.word(head)) || POSSESSIVE.has(d.word(head)))) head++;
  return head === src[0] + 1 && lowerPlural(d, head);
}

/** "went on to say", "began to argue": the verb of saying after the catenative is the cue, and
 *  verbAt reads the catenative into it there; the catenative is no cue of its own. A refusal is
 *  its own cue ("declined to say whether …"). */
function catenatesCue(d: Units, i: number, w: string): boolean {
  // ("was quoted as saying": the verb of saying is the cue, and verbAt reads "quoted as" into it.)
  if (w === "quoted") {
    const k = d.isW(i + 1, "as") ? i + 2 : i + 1;
    return d.word(k).endsWith("ing") && cueProb(d.word(k)) >= CUE_THRESHOLD;
  }
  if (!CATENATIVE.has(w) && !GO.has(w) || REFUSE.test(w)) return false;
  const k = GO.has(w) ? goneTo(d, i) : i + 1;
  return d.isW(k, "to") && d.U[k + 1]?.k === WORD && cueProb(d.word(k + 1)) >= CUE_THRESHOLD;
}

/** Whether a plural count stands right before the word in -s at i, or before one lower-case word
 *  that modifies it ("90 calls", "several phone calls"): a plural noun then, not a verb. A year
 *  counts nothing ("the 2016 campaign calls for …"). */
function countedNoun(d: Units, a: number, j: number, i: number): boolean {
  if (j !== i - 1 || j < a) return false;
  const count = (t: number) => t >= a && d.U[t]!.k === WORD && PLURAL_COUNT.test(d.word(t)) && !YEAR.test(d.word(t));
  return count(j) || !d.isCap(j) && d.U[j]!.k === WORD && !AUX.has(d.word(j)) && !FINITE.has(d.word(j)) && count(j - 1);
}

/** A verb of saying the cue table has not seen, read by its agreement with the words around it: a
 *  base form that is no noun after a plural subject ("officials deny …", "Rabbis vow …"; not "add
 *  up", not "the jobs report"; "make" says something only in its phrases, read apart), or a form
 *  in -s that is a noun too after a speaker or a document and before "that" and a clause's subject
 *  ("the lawsuit states that he …"; a noun takes a relative clause there: "states that border …"). */
export function unseenVerbAt(d: Units, a: number, i: number, w: string): boolean {
  // (the shapes first: asked of every word the table does not know)
  const base = isSpeechBase(w) && !NOUN_TOO.has(w) && w !== "make" && d.U[i - 1]?.k === WORD;
  if (!base && !(w.endsWith("s") && d.isW(i + 1, "that") && NOUN_TOO.has(w.slice(0, -1))) || learnedCue(w)) return false;
  const b = d.word(i - 1);
  if (base) return pluralBefore(b) && !d.isW(i + 1, "up");
  // (a capital opening the sentence may be an adjective: "Subtle hints that …")
  const speaker = d.isCap(i - 1) && i - 1 > a || PRONOUN.has(b) || ROLE.test(b) || DOCUMENT_NOUN.test(b);
  const n = d.word(i + 2);
  return speaker && (PRONOUN.has(n) || DET.has(n) || d.isCap(i + 2));
}

/** "Critics note that the plan …", "Skippers claim that it …": the base form of a verb of saying
 *  after a plural subject, then "that" and a clause's subject, is that verb even when the word is
 *  a noun too and the table mostly meets it as one. */
function pluralSaysThat(d: Units, i: number, w: string): boolean {
  if (!isSpeechBase(w) || !d.isW(i + 1, "that") || d.U[i - 1]?.k !== WORD) return false;
  const n = d.word(i + 2);
  return pluralBefore(d.word(i - 1)) && (SUBJECT_PRONOUN.has(n) || DET.has(n) && n !== "that" || d.isCap(i + 2));
}

/** Whether b, the word before a verb, is a plural subject: "they", "we" or a plural noun (not a
 *  number word). */
const pluralBefore = (b: string): boolean => b === "they" || b === "we" || pluralForm(b) && !NUMBER_WORD.test(b);

/** The form of "go" whose "to" is at j ("went on to", "went out of his way to"), or -1. */
function goneFrom(d: Units, j: number): number {
  if (d.isW(j - 1, "on") && GO.has(d.word(j - 2))) return j - 2;
  return d.isW(j - 1, "way") && POSSESSIVE.has(d.word(j - 2)) && d.isW(j - 3, "of") && d.isW(j - 4, "out") && GO.has(d.word(j - 5)) ? j - 5 : -1;
}

/** After a form of "go" at i, where its "to" stands: "went on to say", "went out of her way to
 *  say" (else the next word). */
function goneTo(d: Units, i: number): number {
  if (d.isW(i + 1, "on")) return i + 2;
  return d.isW(i + 1, "out") && d.isW(i + 2, "of") && POSSESSIVE.has(d.word(i + 3)) && d.isW(i + 4, "way") ? i + 5 : i + 1;
}

/** The auxiliary before an aside between commas that ends at the comma j ("did, in fact, say"),
 *  or -1. The aside is a few lower-case words. */
function asideAfterAux(d: Units, j: number, a: number): number {
  if (!d.isP(j, ",")) return -1;
  for (let t = j - 1; t > a && t >= j - 5; t--) {
    if (d.isP(t, ",")) return t - 1 > a && t < j - 1 && AUX.has(d.word(t - 1)) && !d.isCap(t - 1) ? t - 1 : -1;
    if (d.U[t]!.k !== WORD || d.isCap(t)) return -1;
  }
  return -1;
}

/** "a letter posted on Facebook", "a video shared online", "in a deal announced on Monday",
 *  "rejected amendments proposed to the motion": a verb of publishing right after a document's
 *  noun, or after an object's noun with no reported clause following, and before a place or time
 *  describes the thing published; nobody speaks there. (With "by" right after, the agent is a
 *  source, read as a passive; "the statement said in part" is the document speaking.) */
function documentParticiple(d: Units, s: Sent, i: number, w: string): boolean {
  if (!PUBLISHED.test(w) || d.isCap(i - 1) || d.U[i + 1]?.k !== WORD) return false;
  if (!(PREP.has(d.word(i + 1)) && !d.isW(i + 1, "by") || d.isW(i + 1, "to") || d.isW(i + 1, "online") || TIME.has(d.word(i + 1)))) return false;
  return DOCUMENT_NOUN.test(d.word(i - 1)) || objectBefore(d, s, i - 1) && !clauseAfter(d, s, i + 1);
}

/** Whether the noun at n ends a noun phrase that is an object: after a preposition or a verb of
 *  saying, with or without its determiner ("in a deal", "rejected separate amendments"). */
function objectBefore(d: Units, s: Sent, n: number): boolean {
  const U = d.U;
  const lower = (t: number): boolean => U[t]?.k === WORD && !d.isCap(t);
  if (!lower(n) || PRONOUN.has(d.word(n)) || AUX.has(d.word(n)) || d.isW(n, "that") || d.isW(n, "who") || d.isW(n, "which")) return false;
  let t = n;
  while (t - 1 > s.a && t > n - 3 && lower(t - 1) && !DET.has(d.word(t - 1)) && !PREP.has(d.word(t - 1)) && !d.isW(t - 1, "of") && d.prob(t - 1) < 0.5) t--;
  let b = t - 1;
  if (b > s.a && DET.has(d.word(b))) b--;
  return b >= s.a && lower(b) && (PREP.has(d.word(b)) || d.isW(b, "of") || d.prob(b) >= 0.5);
}

/** A reported clause within the next words: "that", a quotation or a colon. */
function clauseAfter(d: Units, s: Sent, k: number): boolean {
  for (let t = k; t < s.e && t < k + 10; t++) if (d.isW(t, "that") || d.isQ(t) || d.isP(t, ":")) return true;
  return false;
}

/** "called on the council to …": an object, then "to" + a verb, within a few words. */
function calledOnTo(d: Units, k: number): boolean {
  const U = d.U;
  for (let t = k; t < k + 9 && t < U.length; t++) {
    if (d.isW(t, "to")) return t > k && U[t + 1]?.k === WORD && !d.isCap(t + 1);
    if (U[t]!.k !== WORD) return false;
  }
  return false;
}

/** The start of a prepositional phrase of up to four lower-case words ending at j, right after an
 *  auxiliary ("have [over the years] said") or a conjunction joining a second verb ("but [at a
 *  later hearing] said"); -1 when there is none. */
function phraseAfterAux(d: Units, j: number, a: number): number {
  for (let x = j; x > a && j - x < 4; x--) {
    if (d.U[x]!.k !== WORD || d.isCap(x)) return -1;
    if (!ADJUNCT_PREP.has(d.word(x))) continue;
    if (SUBORD.has(d.word(x)) || d.isCap(x - 1)) return -1;
    return TAGGER_FINITE.has(d.word(x - 1)) || (d.isW(x - 1, "and") || d.isW(x - 1, "but")) && onePhrase(d, x, j) ? x : -1;
  }
  return -1;
}

/** Whether x..j is one prepositional phrase, not a phrase and then a subject ("in the town the
 *  mayor", "in town officials"): no second determiner, no plural noun at its end. */
function onePhrase(d: Units, x: number, j: number): boolean {
  for (let t = x + 2; t <= j; t++) if (DET.has(d.word(t))) return false;
  return !pluralForm(d.word(j));
}

/** The cue around the verb at i (auxiliaries, adverbs, a time phrase, a catenative before it; a
 *  particle after it), or null when the word before or its rate in this frame says it is no cue. */
function verbAt(d: Units, s: Sent, i: number, w: string, p: number): Verb | null {
  const U = d.U;
  const { a, found } = s;
  // Skip back over auxiliaries and adverbs between subject and verb.
  let j = i - 1;
  let cueStart = i;
  let quotedAs = false;
  for (;;) {
    // (adverbs of frequency too, so adverbs alone are never a subject: "Although rarely ever discussed, …";
    // "twice" after an auxiliary only: "has twice warned", not "who did the crossing twice said")
    while (j >= a && U[j]!.k === WORD && (AUX.has(U[j]!.w) || DEGREE.has(U[j]!.w) || isAdverb(d, j) || (INTERPOSED.has(U[j]!.w) || FOCUS.has(U[j]!.w) || U[j]!.w === "twice" && AUX.has(d.word(j - 1))) && !d.isCap(j))) { if (HAVE_FORM.test(U[j]!.w)) cueStart = j; j--; }
    // "Lind did, in fact, say …", "she has, however, said …": an aside between commas after an
    // auxiliary.
    const aside = j > a && j === i - 1 ? asideAfterAux(d, j, a) : -1;
    if (aside >= 0) { j = aside; continue; }
    // "Lind was quoted as saying …", "she is quoted calling …": the passive "quoted (as)" joins
    // the cue, and its subject is the speaker.
    const quoted = j === i - 1 ? (d.isW(j, "as") ? j - 1 : j) : -1;
    if (w.endsWith("ing") && quoted - 1 > a && d.isW(quoted, "quoted") && AUX.has(d.word(quoted - 1))) { j = quoted - 1; cueStart = j; quotedAs = true; continue; }
    // "Lind, the mayor, this past week said": three words
    if (j - 2 > a && d.isW(j - 1, "past") && (d.isW(j - 2, "this") || d.isW(j - 2, "the")) && WEEK_UNIT.test(d.word(j)) && d.prob(i) >= 0.5) { j -= 3; continue; }
    // "Clinton on Tuesday said", "Clinton Tuesday said" (a verb the cue table rates at 0.3 or more:
    // "Obama on Thursday nominated").
    // ("A report released Monday said": after a participle the time is the report's, part of
    // the subject)
    // ("Clinton on Thursday evening said": a weekday and a part of the day)
    const t0 = DAY_PART.has(d.word(j)) && WEEKDAY.has(d.word(j - 1)) ? j - 1 : j;
    // ("Judge Reeves late Thursday night ruled": "late" or "early" before the weekday)
    const t1 = WEEKDAY.has(d.word(t0)) && (d.isW(t0 - 1, "late") || d.isW(t0 - 1, "early")) ? t0 - 1 : t0;
    if (t1 > a && TIME.has(d.word(t0)) && !TIME.has(d.word(t1 - 1)) && d.prob(i) >= 0.3 && !participleBefore(d, d.isW(t1 - 1, "on") ? t1 - 2 : t1 - 1)) { j = t1 - 1; if (d.isW(j, "on")) j--; continue; }
    // "Lind earlier Thursday said", "Lind later that day said"
    // ("A poll taken last week showed", "an audit issued earlier this spring": after a participle, the
    // subject's own time)
    if (j - 1 > a && (d.isW(j - 1, "earlier") || d.isW(j - 1, "later")) && WEEKDAY.has(d.word(j)) && d.prob(i) >= 0.5 && !participleBefore(d, j - 2)) { j -= 2; continue; }
    // "Lind last week said": a time phrase of two words
    if (j - 1 > a && (d.isW(j - 1, "last") || d.isW(j - 1, "this")) && WEEK_UNIT.test(d.word(j)) && d.prob(i) >= 0.5 && !participleBefore(d, d.isW(j - 2, "earlier") || d.isW(j - 2, "later") ? j - 3 : j - 2)) { j -= 2; continue; }
    // "The owners have over the years said", "the union has at times argued": a short phrase of a
    // preposition between the auxiliary and the verb
    const pp = d.prob(i) >= 0.5 ? phraseAfterAux(d, j, a) : -1;
    if (pp >= 0) { j = pp - 1; continue; }
    break;
  }
  // "Harbour owners continue to warn that …", "he began to argue", "she went on to say": the
  // catenative verb joins the cue.
  const goesOn = d.isW(j, "to") && j === i - 1 ? goneFrom(d, j) : -1;
  if (d.isW(j, "to") && j === i - 1 && CATENATIVE.has(d.word(j - 1)) || goesOn >= 0) {
    cueStart = goesOn >= 0 ? goesOn : j - 1;
    j = cueStart - 1;
    while (j >= a && U[j]!.k === WORD && (AUX.has(U[j]!.w) || isAdverb(d, j))) j--;
  }
  if (j >= a && (NOUN_DET.has(d.word(j)) || d.word(j) === "to")) return null; // "the report", "to say"
  // "those claims", "these calls": a noun after a demonstrative ("this says" is a verb); "the
  // drafting notes of the bill": a plural noun before "of"; "40 calls": after a plural count
  if (w.endsWith("s") && NOUN_TOO.has(w.slice(0, -1)) && (j >= a && j === i - 1 && DEMONSTRATIVE.has(d.word(j)) || d.isW(i + 1, "of") || countedNoun(d, a, j, i))) return null;
  if (w === "think" && d.word(i + 1).startsWith("tank")) return null;
  if (w === "say" && sayAsNoun(d, i)) return null;
  // A form in -ing that a finite verb follows is a noun, its subject ("the old saying is true", "a
  // stern warning was posted"), never a verb of its own; after a form of "be" it is one ("what I'm
  // saying is that …").
  if (w.endsWith("ing") && FINITE.has(d.word(i + 1)) && !(i > a && (AUX.has(d.word(i - 1)) || CONTRACTED_PRONOUN.test(d.word(i - 1))))) return null;
  // "cut its profit forecast", "raised the sales estimate": a noun ending an object after a verb
  // and its determiner, no verb of its own (not after a relative word: "those who met the mayor say").
  if (j === i - 1 && objectNounAt(d, a, j)) return null;
  // A possessive is not a subject ("Trump's continued strength"); contractions are.
  if (j >= a && POSSESSIVE_END.test(d.word(j)) && !CONTRACTED.has(d.word(j).slice(0, -2))) return null;
  {
    const pu = j >= a ? U[j]! : null;
    const ctx = !pu || pu.k !== WORD ? CTX_PUNCT : PRONOUN.has(pu.w) || pu.w === "who" ? CTX_PRONOUN : pu.cap ? CTX_CAP : CTX_WORD;
    // A verb coordinated with a statement's cue ("apologized to A and pledged to B") has that
    // statement's subject: read it by the word's own rate, not as a verb after any word.
    const coord = (pu?.w === "and" || pu?.w === "but") && found.some((f) => f.source && !relSource(d, f) && f.cue[1] < j && (f.content[f.content.length - 1]?.[1] ?? -1) >= j - 2);
    // "made" has passed madeSpeech above: "made clear", "made the case" report words wherever
    // they stand.
    if (!MAKE_FORM.has(w) && !quotedAs && !tagAfterQuote(d, s, i, w, j) && (coord ? cueProb(w) : cueProbIn(w, ctx)) < CUE_THRESHOLD && !unseenVerbAt(d, a, i, w) && !pluralSaysThat(d, i, w)) return null;
  }
  // "called for a ban", "calls on the council to act" (not "called on Tuesday").
  const callOn = w.startsWith("call") && d.isW(i + 1, "on") && !TIME.has(d.word(i + 2)) && calledOnTo(d, i + 2);
  // "pointed out", "called for", "asked for", "called on … to", "went on" (speaking on: “…,” he went on), "shot back"
  const particle = d.word(i + 1) === "out" || d.word(i + 1) === "for" && (w.startsWith("call") || w.startsWith("ask")) || callOn || tagParticle(d, i, w);
  const cueEnd = particle ? i + 1 : madeClear(d, i, w);
  return { i, w, p, j, cueStart, cueEnd };
}

/** Whether word j ends a noun phrase "determiner noun" that is the object of the verb before it
 *  ("cut its profit", "raised the sales"): the verb lower case, no relative word opening its clause. */
function objectNounAt(d: Units, a: number, j: number): boolean {
  if (j - 2 < a || d.U[j]!.k !== WORD || d.isCap(j) || AUX.has(d.word(j)) || isAdverb(d, j)) return false;
  if (!(POSSESSIVE.has(d.word(j - 1)) || d.isW(j - 1, "the")) || !verbForm(d, j - 2) || FINITE.has(d.word(j - 2))) return false;
  let r = j - 3;
  while (r > a && r > j - 7 && (AUX.has(d.word(r)) || isAdverb(d, r))) r--;
  return !RELATIVE_SOURCE.test(d.word(r));
}

/** "“…,” the skipper went on.", "“…?” she groaned.", "“…,” he shot back.": a verb that ends its
 *  clause (a verb of saying or manner in the past, "went on", "shot back"), its subject right
 *  after a quotation that closes on a comma, "?" or "!", tags that quotation, whatever the cue
 *  table says of the word. */
export function tagAfterQuote(d: Units, s: Sent, i: number, w: string, j: number): boolean {
  const particle = tagParticle(d, i, w);
  if (!particle && !isTagPast(w)) return false;
  // inverted, "“Not again,” groaned the skipper.": the verb right after the quotation, then its
  // subject, a few words that end the clause
  if (!particle && (d.isQ(i - 1) && TAG_CLOSE.test(d.U[i - 1]!.last) || d.isP(i - 1, ",") && d.isQ(i - 2))) {
    let k = i + 1;
    while (k < s.e && k - i <= 7 && d.U[k]!.k === WORD) k++;
    return k > i + 1 && k - i <= 7 && d.U[k]?.k !== WORD;
  }
  const next = d.U[particle ? i + 2 : i + 1];
  if (next?.k === WORD) return false;
  for (let t = j; t >= s.a && t >= j - 6; t--) if (d.isQ(t)) return d.isP(t + 1, ",") || d.isP(t - 1, ",") || TAG_CLOSE.test(d.U[t]!.last);
  return false;
}
const TAG_CLOSE = /^[,?!]$/;
/** "went on", "shot back": the verb and its particle tag a quotation as one cue. */
const tagParticle = (d: Units, i: number, w: string): boolean => (d.isW(i + 1, "on") && GO.has(w)) || (d.isW(i + 1, "back") && BACK_TAG.has(w));

/** "made clear", "made it (very) clear": the cue takes in "clear", the words the phrase reports
 *  with (its content is the clause after them). Else i, the verb alone. */
function madeClear(d: Units, i: number, w: string): number {
  if (!MAKE_FORM.has(w)) return i;
  let k = i + 1;
  if (d.isW(k, "it")) k++;
  if (CLEAR_DEGREE.has(d.word(k))) k++;
  return d.isW(k, "clear") && k - i <= 3 ? k : i;
}

/** "have a say", "has the final say", "got little say in it": "say" as the noun a verb of having
 *  takes, one to three words after it. */
function sayAsNoun(d: Units, i: number): boolean {
  for (let x = i - 2; x >= i - 3; x--) {
    const v = d.word(x + 1);
    if (v === "" || d.isCap(x + 1) || AUX.has(v)) return false;
    if (HAVE_SAY.has(d.word(x))) return true;
  }
  return false;
}

/** Whether units t..e-1 are a date and nothing else: "on Tuesday", "Tuesday, May 4", "on 15 November". */
function timeTail(d: Units, t: number, e: number): boolean {
  if (d.isW(t, "on")) t++;
  if (t >= e) return false;
  for (; t < e; t++) {
    const w = d.word(t);
    if (!(WEEKDAY.has(w) || MONTH_NAME.test(d.text.slice(d.U[t]!.s, d.U[t]!.e)) || /^\d{1,4}(?:st|nd|rd|th)?$/.test(w) || d.isP(t, ",") || d.isP(t, "."))) return false;
  }
  return true;
}

/** Whether the word at t is a lower-case past participle ending a reduced relative ("released"). */
const participleBefore = (d: Units, t: number): boolean => !d.isCap(t) && (ED_END.test(d.word(t)) && d.word(t).length > 4 || PARTICIPLE.has(d.word(t)) && !d.isW(t, "said"));

/** Whether units t..e (inclusive) are only words of time: "Friday", "last week", "on Tuesday, May 4". */
function timeOnly(d: Units, [t, e]: Range): boolean {
  for (let x = t; x <= e; x++) if (!TIME.has(d.word(x)) && !timeTail(d, x, x + 1)) return false;
  return true;
}

/** The source after the cue and the content before it, when the sentence reads so. Whether it did. */
/** "Reed, said Vale, does not forgive …", "But, said Vale, “…”": an inverted tag set off by commas
 *  inside the sentence, the clause going on after it; the words on both sides are the content
 *  (a lone "But" or "And" before it is not). Pushes the statement; false when the words do not
 *  read so. */
function parentheticalTag(d: Units, s: Sent, v: Verb, n0: number): boolean {
  const { a, e, si, found } = s;
  const { i, w, j, cueStart, cueEnd } = v;
  if (!d.isP(j, ",") || j !== i - 1 || j <= a || !isSpeechFinite(w) || TELL.has(w) || NAMING.has(w) || !d.isCap(n0) || TIME.has(d.word(n0)) || PRONOUN.has(d.word(n0))) return false;
  const r = sourceRight(d, i + 1, e, true);
  if (!r || !d.isP(r[1] + 1, ",") || !(resumesWithVerb(d, r[1] + 2) || d.isQ(r[1] + 2))) return false;
  const before = j === a + 1 && CLAUSE_LINK.test(d.word(a)) ? [] : range(d, a, j - 1);
  const content = [...before, ...range(d, r[1] + 2, e - 1)];
  if (!content.length) return false;
  found.push({ cue: [cueStart, cueEnd], source: r, content, acc: false, head: w, sent: si });
  return true;
}

/** Where a content ending at j starts inside a parenthesis still open there ("… from members (“I
 *  want my fees back,” wrote a welder)"): after the "("; else a. */
function openParenBefore(d: Units, a: number, j: number): number {
  for (let t = j - 1; t > a; t--) {
    if (d.isP(t, ")")) return a;
    if (d.isP(t, "(")) return t + 1;
  }
  return a;
}

/** A split quotation's second part after the addressee of a verb of telling at t (", she told
 *  Harbor Radio, “…"): the quotation's index, or -1. */
function quoteAfterAddressee(d: Units, t: number, e: number): number {
  for (let y = t; y < e && y - t <= 5; y++) {
    if (d.isP(y, ",")) return y > t && d.isQ(y + 1) ? y + 1 : -1;
    if (d.U[y]!.k !== WORD || verbForm(d, y)) return -1;
  }
  return -1;
}

/** Whether the quotation at j is a title closing an apposition, after a possessive or "of" with a
 *  comma before it in the clause ("Vale, host of Harbor Radio’s “Morning Tide,” suggested …"). */
function titleInApposition(d: Units, a: number, j: number): boolean {
  if (!(j - 1 > a && (POSSESSIVE_END.test(d.word(j - 1)) || d.isW(j - 1, "of")))) return false;
  for (let t = j - 2; t > a && j - t <= 10; t--) if (d.isP(t, ",")) return true;
  return false;
}

function invertedAfterContent(d: Units, s: Sent, v: Verb): boolean {
  const U = d.U;
  const { a, e, si, found } = s;
  const { i, w, j, cueStart, cueEnd } = v;
  const prev = j >= a ? U[j]! : null;
  // Inverted order after content: "…, said Smith." / "“…,” says the ministry."
  let leftFirst = d.isP(j, ",") ? sourceLeft(d, j, a) : null;
  // "…, forcing it to cut bus routes, said Mara Olsen, a budget analyst.": a name right after the
  // cue that runs to the end of the sentence is the speaker, whatever noun the clause before
  // ended on; "told Reuters" and "said Tuesday" are an addressee and a time, not a speaker.
  // ("said the Harbor Trust": a name after "the" too, or after a lower-case title: "said
  // economist Lena Ortiz")
  const title = titleName(d, i + 1, e);
  const n0 = d.isW(i + 1, "the") && d.isCap(i + 2) ? i + 2 : title >= 0 ? title : i + 1;
  if (parentheticalTag(d, s, v, n0)) return true;
  if (leftFirst && j === i - 1 && !TELL.has(w) && d.isCap(n0) && !TIME.has(d.word(n0)) && !PRONOUN.has(d.word(n0)) && j - a >= 3) {
    let t = n0;
    while (t < e && (d.isCap(t) || d.npPunct(t) || NAME_GLUE.has(d.word(t)) && d.isCap(t + 1))) t++;
    // (a date may close the sentence after the name: "…, said the Harbor Trust on Tuesday, May 4.")
    const dated = timeTail(d, t, e);
    const r = t < e && d.isP(t, ",") || t >= e || dated ? sourceRight(d, i + 1, e, true) : null;
    if (r && (trimEnd(d, r[1], e - 1) <= r[1] || dated && timeTail(d, r[1] + 1, e))) leftFirst = null;
  }
  // A quotation that opens the sentence may close without a comma ("“… a false story” said Ana
  // Ruiz, a spokeswoman.").
  const quoteOpens = prev?.k === QUOTE && !titleInApposition(d, a, j) && (QUOTE_CLOSER.test(prev.last) || j === a && prev.e - prev.s >= 20 && (d.isCap(i + 1) || DET.has(d.word(i + 1))));
  // "the old jail, dubbed the “Stone Hotel” by sailors held there": a verb that names, after a
  // comma that no quotation closes, describes the noun before it; the statement is the naming,
  // made by the agent after "by" (none without one), and never the sentence before
  const naming = NAMING.has(w) && prev?.k !== QUOTE;
  if (naming && d.isP(j, ",")) return namedBy(d, s, v, cueStart);
  // (only a verb that tags words inverts: "“…,” portrayed the mayor as …" is a clause's own verb;
  // and never "told": the noun after it is who was told, "…, told the Harbour Post.")
  const tags = (prev?.k !== QUOTE || isTagPast(w) || isSpeechFinite(w) || MEMORY_TAG.has(w)) && !TOLD_ONLY.has(w);
  if (!leftFirst && !naming && tags && (d.isP(j, ",") || quoteOpens) && !AUX.has(d.word(i - 1)) && prev !== null && !PREP.has(d.word(i + 1)) && !d.isW(i + 1, "by")) {
    const src = sourceRight(d, i + 1, e, true, prev.k === QUOTE || d.isQ(j - 1));
    // "The lease, announced Friday, runs to May …": a date after the verb is when, not who.
    if (src && !timeOnly(d, src)) {
      const content = range(d, openParenBefore(d, a, j), j);
      const after = src[1] + 1;
      const second = prev.k === QUOTE ? quoteAfterAside(d, after, e) : -1;
      if (d.isP(after, ",") && after + 1 < e && (d.isQ(after + 1) || !NAMING.has(w) && resumesWithVerb(d, after + 1))) content.push(...range(d, after + 1, e - 1));
      else if (second >= 0) content.push(...range(d, second, e - 1));
      if (content.length) {
        found.push({ cue: [cueStart, cueEnd], source: src, content, acc: false, head: w, sent: si });
        return true;
      }
    }
  }
  return false;
}

/** ", dubbed the “Stone Hotel” by sailors held there": the agent after "by" is the source, the
 *  name before it the content. False when no agent follows. */
function namedBy(d: Units, s: Sent, v: Verb, cueStart: number): boolean {
  const { e, si, found } = s;
  const { i, w, cueEnd } = v;
  let by = i + 1;
  while (by < e && by - i <= 8 && !d.isW(by, "by") && !d.isP(by, ",")) by++;
  if (by === i + 1 || !d.isW(by, "by")) return false;
  const src = sourceRight(d, by + 1, e, false, true);
  if (!src) return false;
  // (the agent's noun phrase ends before a participle or a preposition: "sailors held there in the
  // war" are the sailors)
  let end = src[0];
  while (end < src[1] && d.U[end + 1]!.k === WORD && !PREP.has(d.word(end + 1)) && !ED_END.test(d.word(end + 1)) && !PAST_FORM.has(d.word(end + 1))) end++;
  found.push({ cue: [cueStart, cueEnd], source: [src[0], end], content: range(d, i + 1, by - 1), acc: false, head: w, sent: si });
  return true;
}

/** "…, saying the plan would fail": a participle after a comma or dash has the main clause's subject. */
function participleClause(d: Units, s: Sent, v: Verb): void {
  const { a, e, si, found } = s;
  const { i, w, j, cueEnd } = v;
  // "…, saying the plan would fail": the subject is the main clause's, the last statement found
  // that no other one's content holds ("defended her call to raise …, saying": not "her" of "call").
  let main: Range | null = null;
  for (let x = found.length - 1; x >= 0; x--) {
    const f = found[x]!;
    // (a clause of its own after ", and" is main even where another's content runs on over it:
    // "Critics say …, and the union has sued the city, saying …")
    if (!clauseOfItsOwn(d, f) && found.some((g) => g !== f && g.content.some((r) => r[0] <= f.cue[0] && f.cue[1] <= r[1]))) continue;
    main = f.source;
    break;
  }
  // A relative pronoun ("Clinton, who declared …, saying") is not the main subject.
  let src: Range | null = main && !(main[0] === main[1] && (d.isW(main[0], "who") || d.isW(main[0], "which"))) ? main : null;
  // A clause of its own after ", and" between that statement and the participle, with a verb that
  // reports nothing, has the participle's subject ("Skippers say …, and the union has sued the
  // board, arguing …").
  const joined = coordinateAfter(d, Math.max(a, src ? src[1] + 1 : a), j);
  if (joined >= 0) src = subjectAt(d, joined, j) ?? src;
  let end = clauseEnd(d, cueEnd + 1, e);
  if (!src) {
    src = subjectAt(d, a, j);
    // "Critics, saying the figures were wrong, have asked for …": a participle set off between the
    // sentence's subject and its verb ends at the comma before that verb.
    if (src && src[1] === j - 1 && d.isP(j, ",")) for (let t = cueEnd + 2; t < end; t++) if (d.isP(t, ",") && verbForm(d, t + 1)) { end = t; break; }
  }
  const content = range(d, contentStart(d, cueEnd, e, w), end - 1);
  if (content.length) found.push({ cue: [i, cueEnd], source: src, content, acc: false, head: w, sent: si });
}

/** A participle of writing, whose phrase may say only where one writes. */
const MEDIUM_PARTICIPLE = /^(?:writing|reporting)$/;

/** "…, writing in the Harbour Times, …", "drivers writing to the board", "reporting for a paper":
 *  a participle of writing whose words open on a preposition says where or to whom one writes, no
 *  words of the writer's ("talking to the board about the fees" has its topic; "writing in the
 *  Times that …" its clause). */
function writesOnlyWhere(d: Units, s: Sent, v: Verb): boolean {
  if (!MEDIUM_PARTICIPLE.test(v.w)) return false;
  const start = contentStart(d, v.cueEnd, s.e, v.w);
  return ADJUNCT_PREP.has(d.word(start)) || d.isW(start, "for") || d.isW(start, "to");
}

/** The start of the last clause after ", and" / ", but" in from..to-1 that opens with a noun
 *  phrase (not a verb: "…, and added"), or -1. */
function coordinateAfter(d: Units, from: number, to: number): number {
  for (let c = to - 2; c > from; c--) {
    if (!d.isP(c, ",") || !(d.isW(c + 1, "and") || d.isW(c + 1, "but"))) continue;
    const w = d.word(c + 2);
    return DET.has(w) || d.isCap(c + 2) || PRONOUN.has(w) ? c + 2 : -1;
  }
  return -1;
}

/** Whether a statement's source opens a coordinated clause (", and the union has sued"). */
function clauseOfItsOwn(d: Units, f: Cand): boolean {
  const src = f.source;
  if (!src || src[1] >= f.cue[0] || src[0] === src[1] && PRONOUN.has(d.word(src[0]))) return false;
  return (d.isW(src[0] - 1, "and") || d.isW(src[0] - 1, "but")) && d.isP(src[0] - 2, ",") || d.isP(src[0] - 1, ";");
}

/** "Okafor ended the meeting by saying the pier was safe", "…, while arguing that …": a gerund of
 *  saying after a preposition has the main clause's subject. */
function gerundAfterPrep(d: Units, s: Sent, v: Verb): void {
  const { a, e, si, found } = s;
  const { i, w, j, cueEnd } = v;
  let src: Range | null = null;
  for (let x = found.length - 1; x >= 0 && !src; x--) {
    const f = found[x]!;
    if (!f.source || relSource(d, f) || f.source[1] >= f.cue[0] || f.cue[1] >= j) continue;
    src = f.source;
    // The main clause's statement ends before the preposition ("distanced himself from the plan").
    const last = f.content[f.content.length - 1];
    if (last && last[0] < j && last[1] >= j) {
      const cut = trimEnd(d, last[0], j - 1);
      if (cut >= last[0]) last[1] = cut;
    }
  }
  if (!src) {
    src = subjectAt(d, a, j);
    // "Hands-free control of the lights by saying “Lamp on”": a phrase with no verb before the preposition
    // (a list item, a caption) has no subject that speaks.
    if (src && !verbBetween(d, src, j)) return;
  }
  const k = contentStart(d, cueEnd, e, w);
  const end = clauseEnd(d, cueEnd + 1, e);
  if (!src || !reportedClause(d, k, end)) return;
  const content = range(d, k, end - 1);
  if (content.length) found.push({ cue: [i, cueEnd], source: src, content, acc: false, head: w, sent: si });
}

/** Whether a verb stands between the subject and j: an auxiliary, a past form, or any word after
 *  a personal pronoun subject ("She closes by saying"). */
function verbBetween(d: Units, src: Range, j: number): boolean {
  if (src[0] === src[1] && (PERSONAL.has(d.word(src[0])) || CONTRACTED_PRONOUN.test(d.word(src[0])))) return true;
  for (let t = src[1] + 1; t < j; t++) if (FINITE.has(d.word(t)) || ED_END.test(d.word(t)) || CONTRACTED_PRONOUN.test(d.word(t))) return true;
  return false;
}

// Coordinated verbs share the subject: "Smith stressed A and said B".
/** The source of a statement this verb is coordinated with ("and"/"but" before it), "embedded"
 *  when the verb goes on a reported clause's own subject instead, or null. */
function sharedSubject(d: Units, s: Sent, v: Verb): Range | null | "embedded" {
  const U = d.U;
  const found = s.found;
  const { w, j } = v;
  if ((d.isW(j, "and") || d.isW(j, "but")) && found.length) {
    // (not one inside a fronted clause closed before: "When we asked Vale …, he shook his head and said")
    const front = frontClauseEnd(d, s.a, j);
    // The outermost statement whose content reaches the conjunction is the one coordinated.
    for (const prevC of found) {
      if (prevC.cue[0] < front) continue;
      const pc = prevC.content[prevC.content.length - 1];
      // "Okafor said she was worried and wanted a vote …": a verb of wanting or thinking after a
      // reported clause with its own pronoun subject continues that clause.
      if (pc && pc[0] < j && pc[1] >= j - 2 && INNER_VERB.test(w) && PERSONAL.has(d.word(pc[0] + (d.isW(pc[0], "that") ? 1 : 0)))) return "embedded";
      if (prevC.source && pc && pc[0] < j && pc[1] >= j - 2) {
        const cut = trimEnd(d, pc[0], j - 1);
        if (cut >= pc[0]) pc[1] = cut;
        // A statement inside that content (a relative clause, a nested report) ends where the
        // coordinated verb begins ("… the workers who accused him, and pledged …", "says she
        // spoke to Hale and asked him …").
        for (const r of found) {
          const rc = r.content[r.content.length - 1];
          if (r === prevC || !rc || rc[0] >= j || rc[1] < j || r.cue[0] <= prevC.cue[1] || r.cue[0] >= j) continue;
          const rcut = trimEnd(d, rc[0], j - 1);
          if (rcut >= rc[0]) rc[1] = rcut;
        }
        return prevC.source;
      }
      // "…, Ruiz said on Monday, and added …": the cue just before, past its adjuncts.
      if (prevC.source && prevC.cue[1] < j && j - prevC.cue[1] <= 10 && d.isP(j - 1, ",") && pc && pc[1] < prevC.cue[0]) {
        let ok = true;
        for (let t = prevC.cue[1] + 1; t < j - 1; t++) if (U[t]!.k !== WORD || d.prob(t) >= 0.5) ok = false;
        if (ok) return prevC.source;
      }
    }
  }
  return null;
}

/** Whether the source at s0 sits in a subordinate clause that opens the sentence ("After the board
 *  …", "In June, after the board …", "Three years after the guild …"): a subordinating word before
 *  it, at the sentence's start or after a comma or a time phrase, with no comma in between. */
function inFrontClause(d: Units, a: number, s0: number): boolean {
  for (let t = s0 - 1; t >= a && s0 - t <= 8; t--) {
    if (d.U[t]!.k !== WORD) return false;
    if (!SUBORD.has(d.word(t)) || d.isW(t, "as") || d.isW(t, "whether") || d.isW(t, "if")) continue;
    return t === a || d.isP(t - 1, ",") || TIME_SPAN.test(d.word(t - 1)) || d.isW(t - 1, "now");
  }
  return false;
}

/** The end (exclusive) of a content inside a fronted clause: the comma after which the main clause
 *  opens with its subject and verb, when one comes before end; else end. */
function frontClauseContentEnd(d: Units, k: number, end: number): number {
  for (let t = k + 1; t < end; t++) {
    if (!d.isP(t, ",") || d.U[t + 1]?.k !== WORD) continue;
    const w = d.word(t + 1);
    if ((SUBJECT_PRONOUN.has(w) || INDEFINITE_SUBJECT.has(w)) && !d.isCap(t + 1)) return t;
    if (!(DET.has(w) || d.isCap(t + 1) || DIGIT_FIRST.test(w))) continue;
    for (let x = t + 2; x < end && x - t <= 7 && d.U[x]!.k === WORD; x++) if (verbForm(d, x) && !d.word(x).endsWith("ing")) return t;
  }
  return end;
}

/** The comma closing a subordinate clause that opens the sentence at a ("When asked, …", "As is
 *  the custom, …") before j, or -1. */
function frontClauseEnd(d: Units, a: number, j: number): number {
  if (!SUBORD.has(d.word(a))) return -1;
  for (let c = a + 1; c < j && c - a <= 16; c++) {
    if (d.isQ(c)) return -1;
    if (d.isP(c, ",")) return c;
  }
  return -1;
}

/** The verb's source: a coordinated statement's, else the subject before it (cutting a relative
 *  clause inside that subject short), else the subject of a clause it is coordinated with. */
function verbSubject(d: Units, s: Sent, v: Verb): Range | null {
  const { a, found } = s;
  const { w, j } = v;
  const shared = sharedSubject(d, s, v);
  if (shared === "embedded") return null;
  let src = shared;
  if (!src) {
    src = j >= a ? sourceLeft(d, j, a) : null;
    // The relative clause inside that source ends before this verb ("The mayor, who called
    // the plan “a disaster,” said …").
    if (src) {
      for (const r of found) {
        const rc = r.content[r.content.length - 1];
        if (!relSource(d, r) || !rc || r.cue[0] < src[0] || r.cue[0] > j || rc[1] < j) continue;
        const cut = trimEnd(d, rc[0], d.isQ(j) ? j : j - 1);
        if (cut >= rc[0]) rc[1] = cut;
      }
    }
  }
  // "The court overruled and said …", "She paid it down, but said …": a verb coordinated
  // with a clause that reports nothing shares that clause's subject.
  if (!src && j > a && (d.isW(j, "and") || d.isW(j, "but"))) {
    const subj = subjectAt(d, a, j);
    // ("it" only before a core verb of saying: "It did not reveal the site and said …")
    if (subj && !(subj[0] === subj[1] && (d.isW(subj[0], "it") && !(TELL.has(w) || w === "said" || w === "says") || d.isW(subj[0], "there")))) src = subj;
  }
  return src;
}

/** A complement of the verb that ends a passive's agent besides the prepositions: "as …", "than …",
 *  "of" before a gerund ("accused by rivals of lying"; "the head of the union" goes on). */
function agentEnds(d: Units, x: number): boolean {
  return d.isW(x, "as") || d.isW(x, "than") || d.isW(x, "of") && d.word(x + 1).endsWith("ing") || QUESTION_OPENER.test(d.word(x));
}

/** "Senator accused of steering grants", "a clerk charged with fraud": a participle of accusing
 *  with its complement right after it and no object before that is a passive without "be" (a
 *  headline's, a reduced relative's); the noun before it is the accused, never the accuser. */
function reducedPassive(d: Units, v: Verb): boolean {
  return v.cueEnd === v.i && ED_END.test(v.w) && (ACCUSE_STEM.test(v.w) || ALLEGE_STEM.test(v.w)) && (d.isW(v.i + 1, "of") || d.isW(v.i + 1, "with"));
}

/** Whether the cue is passive (then the statement is read here). */
function passiveCue(d: Units, s: Sent, v: Verb, src: Range): boolean {
  const U = d.U;
  const { e, si, found } = s;
  const { i, w, j, cueEnd } = v;
  // Passive cue ("Obama is expected to join …", "the plan was announced"): the subject is
  // not the source; the agent, when named, follows "by".
  if ((passive(d, j + 1, i) || reducedPassive(d, v)) && (w.endsWith("ed") || PARTICIPLE.has(w))) {
    if (w === "quoted" && quotedAsSaying(d, s, v, src)) return true;
    let agent: Range | null = null;
    let k = i + 1;
    // ("accused of fraud by two partners", "criticised for the delay by the board": the agent after
    // the complement; what was said of the subject is the subject, as with "accused by rivals of lying")
    const late = complementThenBy(d, k, e);
    if (late >= 0) k = late;
    if (d.isW(k, "by")) {
      let x = k + 1;
      // ("by Parents for Safer Streets in Northport", "by the Friends of the Harbour": an
      // organisation's name goes on over "for" or "of" (and "the") between capitals, and then over
      // "in", unless the sentence is in title case)
      let linked = false;
      const nameGoesOn = (t: number): boolean => {
        const link = d.isW(t, "for") || d.isW(t, "of") || (linked && d.isW(t, "in"));
        linked = link && d.isCap(t - 1) && (d.isCap(t + 1) || d.isW(t + 1, "the") && d.isCap(t + 2)) && !d.isCap(i);
        return linked;
      };
      // (the agent ends at a complement of the verb too: "described by observers as chaotic",
      // "accused by rivals of lying")
      // (after a complement, a second one ends the agent: "by a neighbour and of assault by …",
      // "of theft by a neighbour and fraud by another")
      const second = (t: number): boolean => late >= 0 && (d.isW(t, "and") || d.isW(t, "or")) && byWithin(d, t + 1, e);
      while (x < e && x - k < 8 && U[x]!.k === WORD && (!PREP.has(d.word(x)) && !agentEnds(d, x) || nameGoesOn(x)) && !d.isW(x, "that") && !d.isW(x, "to") && !second(x)) x++;
      if (x > k + 1) { agent = [k + 1, x - 1]; k = x; }
      else if (late >= 0) k = i + 1;
    }
    const kk = contentStart(d, k - 1, e, w);
    // ("after the vote was declared, she …", "Her death was confirmed by the forum, the group …": a
    // comma right after the passive closes it; what was declared is its subject. So is it when
    // only an adjunct or a complement follows the agent: "was rejected by the council on Monday".)
    // ("criticized by farmers for its cost": the reason given is what was said)
    const clauseNext = d.isW(k, "to") || d.isW(k, "that") || d.isW(k, "for") || QUESTION_OPENER.test(d.word(k)) || d.isQ(k) || d.isP(k, ":");
    // ("Ruiz was asked, “Why now?”": the question put follows the comma)
    const questionPut = w === "asked" && d.isP(k, ",") && d.isQ(k + 1);
    const content: Range[] = questionPut ? [[k + 1, k + 1]] : kk < e && !d.isP(k, ",") && (agent === null || clauseNext) ? range(d, kk, clauseEnd(d, kk, e) - 1) : range(d, src[0], src[1]);
    if (content.length) found.push({ cue: [j + 1, cueEnd], source: agent, content, acc: false, head: w, sent: si });
    return true;
  }
  return false;
}

/** Whether "by" comes within five words from t (no punctuation between). */
function byWithin(d: Units, t: number, e: number): boolean {
  for (let x = t; x < e && x - t < 5 && d.U[x]!.k === WORD; x++) if (d.isW(x, "by")) return true;
  return false;
}

/** The "by" of an agent after a passive's complement at k ("of fraud by", "for the delay by"): a
 *  short phrase of words, then "by" and no time or means ("by noon", "by phone"); -1 when none. */
function complementThenBy(d: Units, k: number, e: number): number {
  if (!d.isW(k, "of") && !d.isW(k, "for") && !d.isW(k, "with")) return -1;
  for (let t = k + 1; t < e && t - k <= 5; t++) {
    if (d.U[t]!.k !== WORD || d.isW(t, "that") || d.isW(t, "to")) return -1;
    if (!d.isW(t, "by")) continue;
    const next = d.word(t + 1);
    return t > k + 1 && d.U[t + 1]?.k === WORD && !BY_MEANS.has(next) && !TIME.has(next) && !(next === "the" && BY_THE_TIME.has(d.word(t + 2))) ? t : -1;
  }
  return -1;
}

/** "Ortiz was quoted (by the Gazette) as saying …": the one quoted is the source, not the subject
 *  of a passive nor whoever did the quoting; the cue runs to the verb of saying. */
function quotedAsSaying(d: Units, s: Sent, v: Verb, src: Range): boolean {
  const U = d.U;
  const { e, si, found } = s;
  const { i, j } = v;
  let x = i + 1;
  while (x < e && x - i <= 10 && !d.isW(x, "as") && U[x]!.k === WORD) x++;
  const say = d.word(x + 1);
  if (!d.isW(x, "as") || !AS_SAYING.test(say)) return false;
  const kk = contentStart(d, x + 1, e, say);
  let content = kk < e ? range(d, kk, clauseEnd(d, kk, e) - 1) : [];
  // ("“It is late,” Ortiz is quoted as saying.": the quotation before the subject)
  const q = d.isQ(src[0] - 1) ? src[0] - 1 : d.isP(src[0] - 1, ",") && d.isQ(src[0] - 2) ? src[0] - 2 : -1;
  if (!content.length && q >= s.a) content = [[q, q]];
  if (!content.length) return false;
  found.push({ cue: [j + 1, x + 1], source: src, content, acc: false, head: say, sent: si });
  return true;
}

/** "X seems/appears to …" is the writer's evidential judgement: no source, and the subject
 *  belongs to the content. */
function seemCue(d: Units, s: Sent, v: Verb, src: Range): void {
  const { e, si, found } = s;
  const { w, cueStart, cueEnd } = v;
  const k = contentStart(d, cueEnd, e, w);
  const content: Range[] = [[src[0], src[1]], ...(k < e ? range(d, k, clauseEnd(d, k, e) - 1) : [])];
  found.push({ cue: [cueStart, cueEnd], source: null, content, acc: false, head: w, sent: si });
}

/** "…, Ruiz said on Friday, and it …": the "and" after the cue's adjunct and its comma (k when none). */
function andAfterAdjunct(d: Units, k: number, e: number): number {
  if (!PREP.has(d.word(k)) && !TIME.has(d.word(k))) return k;
  let c = k;
  while (c < e && c - k < 14 && d.U[c]!.k === WORD) c++;
  return d.isP(c, ",") && d.isW(c + 1, "and") ? c + 1 : k;
}

/** What stands around the cue: where the content after it would start (k), the unit before the
 *  source, whether a quotation or a comma-closed clause precedes, and whether what follows the
 *  cue is only an adjunct or addressee (post: the content is before the cue). */
type Around = { k: number; before: number; quoteBefore: boolean; commaBefore: boolean; toldWhom: boolean; post: boolean; joined: boolean };

/** Whether a reported clause follows the cue at once (no comma, no adjunct first, no quotation). */
function clauseAfterCue(d: Units, k: number, cueEnd: number, e: number): boolean {
  const w0 = d.word(cueEnd + 1);
  return k < e && !d.isQ(k) && !PREP.has(w0) && !TIME.has(w0) && !d.isP(cueEnd + 1, ",") && finiteIn(d, k, e);
}

/** Whether, after the comma closing a fronted phrase opening at f0, a clause with a subject and a
 *  finite verb runs on before `before` (the unit before the source). */
function clauseAfterFront(d: Units, f0: number, before: number): boolean {
  const t = nextComma(d, f0 + 1, before);
  return t < before && mainClauseAt(d, t + 1, before);
}

function readAround(d: Units, s: Sent, v: Verb, src: Range): Around {
  const U = d.U;
  const { a, e } = s;
  const { w, cueEnd } = v;
  const k = contentStart(d, cueEnd, e, w);
  const before = src[0] - 1;
  // "Walking in to chants of “Go!,” the mayor said her campaign …": a fronted
  // participle clause sets the scene; the content follows the cue.
  const frontClause = U[a]!.k === WORD && U[a]!.w.length > 4 && U[a]!.w.endsWith("ing") && before > a + 1 && (d.isP(before, ",") || d.isQ(before) && U[before]!.last === ",") && k < e && !adjunctOnly(d, k, e) && !d.isQ(k) && !d.isP(cueEnd + 1, ",");
  // (Not a quoted title inside a fronted phrase: 'In a talk on “Tides,” Okafor said the …'.)
  const titleInFront = d.isCap(a) && (PREP.has(d.word(a)) || TIME.has(d.word(a)) || d.isW(a, "to")) && !d.isQ(a) && k < e && !d.isQ(k) && !adjunctOnly(d, k, e) &&
    d.isQ(before) && U[before]!.e - U[before]!.s <= 40;
  // (Nor the quotation inside a fronted question: 'Asked if she is “ready,” most said yes'.)
  const askedFront = (d.isW(a, "asked") || d.isW(a, "when") && d.isW(a + 1, "asked")) && k < e && !d.isQ(k);
  // (Nor a quotation inside an earlier cue's object or a fronted subordinate clause when a clause
  // follows this cue: 'The mayor argued that “the pier is safe,” the harbour master said the planks
  // were rotten', 'Although Vale granted the deck was “a bit worn,” she insisted it held'.)
  const quoteAt = d.isQ(before) ? before : before - 1;
  const objectQuote = (d.isW(quoteAt - 1, "that") || SUBORD.has(d.word(a)) && quoteAt > a + 2) && clauseAfterCue(d, k, cueEnd, e);
  const quoteBefore = !frontClause && !titleInFront && !askedFront && !objectQuote && before >= a && (d.isQ(before) || d.isP(before, ",") && d.isQ(before - 1));
  // A fronted adverbial ("In a statement, X said …") is not content, except around a
  // parenthetical attribution ("In the past day, he said, jets struck …").
  const parenthetical = d.isP(cueEnd + 1, ",") && cueEnd + 2 < e && continues(d, cueEnd + 2);
  // (not the comma before a relative pronoun: "Reed, who wrote about the levy, said …" has no content
  // before its source)
  const commaBefore = !frontClause && !relPronoun(d, src) && before > a && (d.isP(before, ",") || d.isP(before, "—") || d.isP(before, "―")) && (parenthetical || !adverbialChain(d, a, before)) && datelineEnd(d, a, e) !== before;
  // After a quote or a comma-closed clause, what follows the cue is mostly an adjunct
  // ("…,” he said of the plan. / …, Smith told CNN on Tuesday.") rather than new content.
  // "“…,” Okafor told the harbour radio.", "“…,” she told “Morning Coast,” adding …": what
  // follows "told" is only the addressee (a show's title may be quoted), not new content.
  const toldWhom = TELL.has(w) && addresseeOnly(d, cueEnd + 1, e);
  // ("…, he said; his staff …": a semicolon after the cue closes the attribution.)
  let post = k >= e || quoteBefore && d.isQ(k) && (d.isP(cueEnd + 1, ",") || quoteAfterAside(d, cueEnd + 1, e) === k) || quoteBefore && toldWhom || (quoteBefore || commaBefore) && d.isP(cueEnd + 1, ";");
  if (!post && (quoteBefore || commaBefore) && !d.isQ(k) && !d.isW(k, "that") && !d.isP(k - 1, ":")) {
    const w0 = d.word(k);
    let n = 0;
    for (let t = k; t < e && n < 9; t++) if (U[t]!.k === WORD) n++; else if (d.isQ(t)) n += 5;
    // "…, Garcia said Tuesday in Lisbon, noting …": a participle after the cue's adjuncts
    // opens a statement of its own, not this one's content.
    // An adjunct opens what follows ("on Tuesday", "this week"); "told reporters this was …"
    // is content.
    const adjunct = w0 === "this" || w0 === "last"
      ? TIME.has(d.word(k + 1)) || TIME_SPAN.test(d.word(k + 1))
      : PREP.has(w0) || TIME.has(w0);
    // A fronted prepositional phrase ("With the help of a video series, the actor asked …", "In
    // her speech, a talk on …, she tells …") sets the scene: what follows the cue is its object.
    // (after a dateline, and "While …", "Shortly after …" too)
    const dl = datelineEnd(d, a, e);
    let f0 = dl >= 0 ? dl + 1 : a;
    while (f0 < e && d.U[f0]!.k !== WORD) f0++;
    const w0f = d.word(pastDegree(d, f0));
    // (not when a clause of its own stands between the fronted phrase and the source: "Despite the
    // losses, Vale remains in the race, her aide told The Harbour Post.")
    const frontPrep = !quoteBefore && (PREP.has(w0f) || w0f === "with" || SUBORD.has(w0f) || w0f.endsWith("ly") && PREP.has(d.word(f0 + 1))) && !LEAD.has(w0f) && !TIME.has(w0f) && !parenthetical &&
      !clauseAfterFront(d, f0, before);
    // ("although the skipper confessed, he showed no regret": an object after a verb that tells no one is
    // the verb's own, and the clause before the comma no content of it)
    const object = !TELL.has(w) && (NOUN_DET.has(w0) || w0 === "no") && !d.isCap(k);
    // ("…, the mayor said Friday, a week after the storm closed the port.": a span of time after the
    // cue's comma tells when it was said, unless "that" or a quotation follows it)
    const span = d.isP(k - 1, ",") ? timeSpanEnd(d, k, e) : -1;
    let when = span >= 0;
    for (let t = span; when && t < e; t++) if (d.isQ(t) || d.isW(t, "that") && (t === span || d.isP(t - 1, ","))) when = false;
    post = quoteBefore || (w0 === "and" || w0 === "but") && d.isP(k - 1, ",") || adjunct || when || w0 === "of" || w0 === "as" || w0 === "when" || !frontPrep && (TELL.has(w) && n <= 6 && !finiteIn(d, k, e) || n <= 3 && !object && !(PRONOUN.has(w0) && w0 !== "it" && d.prob(k + 1) < 0.5 && U[k + 1]?.k === WORD)) || w0.endsWith("ing") && !d.isCap(k) && d.isP(k - 1, ",");
  }
  // "“…,” Ruiz said in a film that showed the pier.": "that" + verb after the cue's adjunct
  // opens a relative clause, not new content; the quotation is the content.
  if (!post && quoteBefore && k > cueEnd + 2 && relativeThat(d, k)) post = true;
  // "Vale objected, but nobody listened.", "the figure Vale cited, and it held": a clause joined by
  // a conjunction after the cue's comma is none of the cue's content; the cue stands bare.
  const joined = k < e && d.isP(k - 1, ",") && CLAUSE_CONJ.has(d.word(k));
  if (joined) post = true;
  return { k, before, quoteBefore, commaBefore, toldWhom, post, joined };
}

/** The statement of a verb cue with its source: content before the cue, after it, or in the
 *  quotation of the sentence before or after. */
/** A quotation read as a speaker's words going on that has its own tag after all ("“A,” she said.
 *  “B?” Vale asked."): the speaker before gives it up. */
function takeBack(r: Reading, q: number): void {
  if (!r.continuedQuote.delete(q)) return;
  for (let x = r.cands.length - 1; x >= 0; x--) {
    const c = r.cands[x]!;
    const at = c.content.findIndex(([p0, p1]) => p0 === q && p1 === q);
    if (at < 0) continue;
    if (c.content.length > 1) c.content.splice(at, 1);
    return;
  }
}

/** Whether units x..y-1 name what was spoken of: "about", "that" or a quotation, or "of", "on",
 *  "out", "up" right after the verb ("spoke of the storm", "spoke out", not "spoke to a gathering
 *  of crews"). */
function topicIn(d: Units, x: number, y: number): boolean {
  const at = d.word(x).endsWith("ly") ? x + 1 : x; // ("spoke favorably of", "talks freely of")
  // ("spoke on condition of anonymity", "spoke on background": the terms of speaking, no topic)
  if (d.isW(at, "of") || d.isW(at, "on") && !d.isW(at + 1, "condition") && !d.isW(at + 1, "background") || d.isW(at, "out") || d.isW(at, "up") || d.isW(x - 1, "out") || d.isW(x - 1, "up")) return true;
  for (let t = x; t < y; t++) if (d.isQ(t) || d.isW(t, "about") || d.isW(t, "that")) return true;
  return false;
}

/** Whether the units from k to the sentence end are one clause of when or how it was said ("as he
 *  left the hall", "while the crowd cheered"): no "that", quotation or comma after the conjunction,
 *  which would bring reported words after all ("said after the vote that …"). */
function circumstanceOnly(d: Units, k: number, e: number): boolean {
  if (!CIRCUMSTANCE.has(d.word(k))) return false;
  for (let t = k + 1; t < e; t++) if (d.isQ(t) || d.isW(t, "that") || d.isP(t, ",") || d.isP(t, ":")) return false;
  return true;
}

/** Whether the units from k to the next comma are only an adjunct of the saying ("on the radio on
 *  Monday,"), with more of the sentence after that comma. */
function adjunctsToComma(d: Units, k: number, e: number): boolean {
  const c = nextComma(d, k, e);
  // (not before a clause of its own: "given that, as the paper reported, he has …" reports that clause)
  return c > k && c + 1 < e && !d.isW(k, "to") && adjunctOnly(d, k, c) && !mainClauseAt(d, c + 1, e);
}

/** Whether the sentence ends on a colon after the cue (with no reported clause or quotation in
 *  between) and a paragraph not opening on a quotation follows. */
function blockFollows(d: Units, r: Reading, s: Sent, k: number): boolean {
  const { e, si } = s;
  if (!d.isP(e, ":") || d.U[e + 1]?.k !== PARA || si + 1 >= r.S.length || d.isQ(r.S[si + 1]!.a)) return false;
  for (let t = k; t < e; t++) if (d.isQ(t) || d.isW(t, "that")) return false;
  return true;
}

function placeContent(d: Units, r: Reading, s: Sent, v: Verb, src: Range, near: Around): void {
  const { a, e, si, found } = s;
  const { w, cueStart, cueEnd } = v;
  const { k, before, quoteBefore, commaBefore, toldWhom, post, joined } = near;
  // "“…?” Bush said (on Twitter)." after a quote that closed the previous sentence.
  // ("vowed to fight the cuts" is content, not an adjunct.)
  const toVerb = d.isW(k, "to") && CATENATIVE.has(w);
  const bare = k >= e || adjunctOnly(d, k, e) && !toVerb || toldWhom || joined;
  // (the quotation closing the sentence before, unless a statement has it; nor one that goes on a
  // speaker's words before for a reaction to it: "“A,” she said. “B.” The clerks laughed.")
  const quoteLeft = src[0] === a && a > 0 && d.isQ(a - 1) && !r.claimedQuote.has(a - 1) && !(r.continuedQuote.has(a - 1) && isReaction(w));
  // ("“…” Vale said, adding that …": a participle after the cue's comma opens a statement of its own)
  const participle = d.isP(k - 1, ",") && k === cueEnd + 2 && d.word(k).length > 4 && d.word(k).endsWith("ing") && !d.isCap(k);
  if (quoteLeft && (bare || participle || circumstanceOnly(d, k, e)) && !d.isP(k - 1, ":")) {
    takeBack(r, a - 1);
    found.push({ cue: [cueStart, cueEnd], source: src, content: [[a - 1, a - 1]], acc: false, head: w, sent: si });
    return;
  }
  // "Vale, who runs the pier, told me on Friday:" and then a paragraph of her words set off without
  // quotation marks: that paragraph is the content (carryOver reads it).
  if (bare && blockFollows(d, r, s, k)) {
    found.push({ cue: [cueStart, cueEnd], source: src, content: [], acc: false, head: w, sent: si, block: true });
    return;
  }
  // "…, as the host said in April": the content is the clause before "as".
  // (after a comma, or a quotation closing on one: without one, "as" tells when, "Charges were
  // filed as the warden testified")
  // (its adjuncts may close on a comma, the sentence going on: "…, as the host said on the radio on
  // Monday, only raising the stakes")
  if (d.isW(src[0] - 1, "as") && (bare || isSpeechFinite(w) && adjunctsToComma(d, cueEnd + 1, e)) && src[0] - 2 > a && (d.isP(src[0] - 2, ",") || d.isQ(src[0] - 2) && d.U[src[0] - 2]!.last === ",")) {
    const content = range(d, a, src[0] - 2);
    if (content.length) { found.push({ cue: [cueStart, cueEnd], source: src, content, acc: false, head: w, sent: si }); return; }
  }
  // "Smith said:" / "Smith said to a crowd of 500." followed by a quotation: the quotation is
  // the content ("She vowed to fight on." keeps its own).
  // (only a verb of saying: "a think tank focused on trade. “…”" introduces no one's words)
  if (!(quoteLeft && k >= e) && (isSpeechFinite(w) || isSpeechBase(lemma(w)) || isTagPast(w)) &&
    !quoteBefore && !commaBefore && (k >= e || adjunctOnly(d, k, e) && !toVerb) && si + 1 < r.S.length && d.isQ(r.S[si + 1]!.a) && !found.some((c) => hasQuote(d, c))) {
    found.push({ cue: [cueStart, cueEnd], source: src, content: [], acc: false, head: w, sent: si, want: true });
    return;
  }
  if (!post && !(d.isP(cueEnd + 1, ",") && commaBefore)) {
    // ("urged leniency, saying …": the object ends at the participle's comma)
    const comma = TELL.has(w) ? objectBeforeParticiple(d, k, e) : -1;
    const end0 = comma >= 0 ? comma : objectCue(w) && !d.isW(k, "that") && !d.isQ(k) ? objectEnd(d, k, e) : clauseEnd(d, k, e);
    // "After the board asked workers to take a cut, 800 agreed": a cue inside a fronted subordinate
    // clause reports no more than that clause.
    const end = inFrontClause(d, a, src[0]) ? frontClauseContentEnd(d, k, end0) : end0;
    // "The mayor spoke to the crews", "spoke for 77 minutes": speaking with no topic named reports nothing.
    if (SPEAK_FORM.test(w) && !topicIn(d, cueEnd + 1, end)) return;
    // "she laughed and admitted …": a verb of reacting takes no words of its own; the next verb
    // reports them.
    if (k === cueEnd + 1 && isReaction(w) && (d.isW(k, "and") || d.isW(k, "but"))) return;
    found.push({ cue: [cueStart, cueEnd], source: src, content: range(d, k, dropMedium(d, k, dropTime(d, k, end - 1))), acc: false, head: w, sent: si });
    return;
  }
  // "“…?” Bush said." after a quote that closed the previous sentence.
  if (quoteLeft && k >= e) {
    takeBack(r, a - 1);
    found.push({ cue: [cueStart, cueEnd], source: src, content: [[a - 1, a - 1]], acc: false, head: w, sent: si });
    return;
  }
  // Content before the source: "…, Smith said." and the parenthetical "A, he said, B."
  if (quoteBefore || commaBefore) {
    // "In his speech, he declares, “…”": a fronted adverbial before a parenthetical cue
    // and a quotation after it sets the scene; the quotation alone is what was said.
    const sceneThenQuote = !quoteBefore && d.isP(cueEnd + 1, ",") && d.isQ(cueEnd + 2) && adverbialChain(d, a, before);
    // ("Vale ran through the house rules: “…,” he said.": the lead-in before the colon is the writer's.)
    const q = d.isQ(before) ? before : before - 1;
    const from = quoteBefore && q > a && d.isP(q - 1, ":") ? q : a;
    const content = sceneThenQuote ? [] : range(d, from, before);
    const second = quoteBefore ? quoteAfterAside(d, cueEnd + 1, e) : -1;
    // ("“A,” she told Harbor Radio, “B.”": the second part after the addressee)
    const afterAddressee = second < 0 && quoteBefore && TELL.has(w) ? quoteAfterAddressee(d, cueEnd + 1, e) : -1;
    if (d.isP(cueEnd + 1, ",") && cueEnd + 2 < e && continues(d, cueEnd + 2, quoteBefore)) content.push(...range(d, cueEnd + 2, e - 1));
    else if (second >= 0) content.push(...range(d, second, e - 1));
    else if (afterAddressee >= 0) content.push(...range(d, afterAddressee, e - 1));
    else if (commaBefore) {
      const and = andAfterAdjunct(d, k, e);
      if (and > cueEnd + 1 && andClause(d, and)) content.push(...range(d, and, e - 1));
    }
    if (content.length) found.push({ cue: [cueStart, cueEnd], source: src, content, acc: false, head: w, sent: si });
  }
}
