// Extraction, content boundaries: where the reported words after a cue begin (past particles,
// addressees and adjuncts) and where they end (a new clause, a new speaker, an adjunct).
import { PUNCT, WORD, namedWork } from "../tokens";
import { isSpeechBase, isSpeechFinite } from "../cueclass";
import {
  ADJUNCT_PREP, AUX, BUT_TURN, CATENATIVE, CIRCUMSTANCE, CLAUSE_CONJ, CLAUSE_END, CONTRACTED_PRONOUN, DET, DOCUMENT_NOUN, FINITE, IRREGULAR, NEGATED_VERB, NOUN_DET, OBJ_STOP, PHRASE_ON, PREP, PRONOUN, RELATIVE_SOURCE, RELATIVE_WORD, SAYING_MEDIUM, SUBORD, SUBJECT_PRONOUN, SUBORDINATOR, TELL, TIME, TITLED_WRITING, WORK_NOUN, TIME_COUNT, TIME_MEASURE, TIME_RELATION, WEEKDAY, FLOATING,
} from "../lexicon";
import { ED_END, SPACES, Units, lowerPlural, nextComma, pronounSubject, relativeThat, speechGerund, trimEnd, verbForm } from "./units";

// Patterns tested on words, made once: a regex literal is a new object each time it is evaluated.
const SENTENCE_END = /[.?!]["”’']*$/;
const TRAILING_COMMA = /,["”’']*$/;
const DIGITS = /^\d+$/;

/** Last unit before a trailing time adjunct ("… that allegation on Tuesday"). */
export function dropTime(d: Units, k: number, y: number): number {
  let t = trimEnd(d, k, y);
  if (t - k < 3) return y;
  if (WEEKDAY.has(d.word(t)) || d.word(t) === "yesterday") { t--; if (d.isW(t, "on")) t--; return t; }
  if ((d.word(t) === "week" || d.word(t) === "month" || d.word(t) === "year") && (d.isW(t - 1, "last") || d.isW(t - 1, "this"))) return t - 2;
  return y;
}

/** The content's last unit before a closing phrase that tells where or how it was said ("… in a
 *  tweet", "… during a speech at the harbour hall", "… on a radio show with the Gazette on Sunday"), else y. */
export function dropMedium(d: Units, k: number, y: number): number {
  for (let t = k + 3; t <= y; t++) {
    const w = d.word(t);
    if (w !== "in" && w !== "during" && w !== "at") continue;
    let x = t + 1;
    if (NOUN_DET.has(d.word(x))) x++;
    while (x <= y && x <= t + 4 && !SAYING_MEDIUM.test(d.word(x)) && d.U[x]!.k === WORD && !d.isCap(x) && d.prob(x) < 0.5) x++;
    if (x > y || !SAYING_MEDIUM.test(d.word(x))) continue;
    // (the rest is only the medium's own phrase: "with the Gazette", "at the hall", "on Sunday")
    for (let r = x + 1; r <= y; r++) if (d.isQ(r) || FINITE.has(d.word(r)) || d.prob(r) >= 0.5) return y;
    return trimEnd(d, k, t - 1);
  }
  return y;
}

/** End (exclusive) of a noun-phrase object: before a comma, an adjunct or a new clause. */
export function objectEnd(d: Units, k: number, e: number): number {
  for (let t = k + 1; t < e; t++) {
    const w = d.word(t);
    if (d.isP(t, ",") || d.isP(t, ";") || d.isP(t, "—") || d.isP(t, ":") || (w !== "" && (OBJ_STOP.has(w) || TIME.has(w)))) return t;
    if (asOwnClause(d, t)) return t;
    if (t > k + 1 && newSpeaker(d, t)) return t;
    if (d.isW(t, "and") && coordinatedVerb(d, t + 1)) return t;
  }
  return e;
}

/** A verb opening a second predicate after "and" ("denies any blame and points out that …",
 *  "and accused the mayor …"): a finite verb of saying, a finite auxiliary, or a past form that
 *  takes an object. Not "the plan and related measures". */
function coordinatedVerb(d: Units, t: number): boolean {
  if (d.isCap(t)) return false;
  const w = d.word(t);
  if (isSpeechFinite(w) || FINITE.has(w)) return true;
  const next = d.word(t + 1);
  // (a present with its particle: "and points out", "and sets up")
  if (w.length > 3 && w.endsWith("s") && (next === "out" || next === "up")) return true;
  return verbForm(d, t) && (DET.has(next) || PRONOUN.has(next) || next === "that");
}

/** "… the new timetable as she tours the harbour …": "as" opens a clause with its own pronoun subject, the
 *  writer's frame around the reported words, not part of them. */
function asOwnClause(d: Units, t: number): boolean {
  return d.isW(t, "as") && pronounSubject(d, t + 1);
}

/** Whether units k..e-1 hold a verb form (finite, irregular past or -ed). */
function verbIn(d: Units, k: number, e: number): boolean {
  for (let t = k; t < e; t++) if (verbForm(d, t)) return true;
  return false;
}

/** Whether units k..e-1 hold a finite verb ("told reporters the bill was dead": content). */
export function finiteIn(d: Units, k: number, e: number): boolean {
  for (let t = k; t < e; t++) if (FINITE.has(d.word(t))) return true;
  return false;
}

/** Whether units k..e-1 read as a reported clause, not an object ("by saying the pier was safe", not
 *  "by citing a poll"): "that", a quotation, a pronoun subject or a finite auxiliary. */
export function reportedClause(d: Units, k: number, e: number): boolean {
  return d.isW(k, "that") || d.isQ(k) || pronounSubject(d, k) || finiteIn(d, k, e);
}

/** A lower-case finite auxiliary at t: the sentence's own verb resumes after an inverted
 *  attribution ("The catch, says Lind, is the tide"). */
export function resumesWithVerb(d: Units, t: number): boolean {
  const U = d.U;
  return U[t]?.k === WORD && !d.isCap(t) && (FINITE.has(d.word(t)) || NEGATED_VERB.test(d.word(t)));
}

/** Whether the words after a parenthetical attribution continue the content ("A, he said, B"). */
export function continues(d: Units, t: number, afterQuote = false): boolean {
  const U = d.U;
  const w = d.word(t);
  // After a quotation ("“…,” she told the crowd, then turned to …", "“…,” he said, likely referring
  // to …"), what the speaker did next, or the writer's guess, is no more of the words.
  const next = d.word(t + 1);
  if (afterQuote && (w === "then" && next.endsWith("ed") || w.endsWith("ly") && next.endsWith("ing"))) return false;
  // ("“…,” he said, his voice breaking": how the speaker said it, a possessive, a noun and a participle)
  if (afterQuote && (w === "his" || w === "her" || w === "their") && U[t + 1]?.k === WORD && /(?:ing|ed)$/.test(d.word(t + 2))) return false;
  // "The ferries, Lind said, now run …": an adverb before the clause's verb goes on with it.
  if ((w === "now" || w === "still" || w === "also" || w === "then" || w === "instead") && U[t + 1]?.k === WORD && !d.isCap(t + 1) && !TIME.has(next)) return true;
  // "…, he said, though he …" and "…, she said, while arguing …" are the writer's: a concession,
  // or what the speaker did meanwhile ("…, he said, while others …" goes on with the account).
  if (w === "though" || w === "although") return false;
  if (w === "while" && d.word(d.isW(t + 1, "also") ? t + 2 : t + 1).endsWith("ing")) return false;
  return !(w.endsWith("ing") || w === "and" || w === "but" || w === "who" || w === "as" || w === "which" || w === "after" || w === "when" || w === "before" || PREP.has(w) || TIME.has(w) || TELL.has(w));
}

/** A split quotation's second part after an adjunct at t (", speaking of the council, “…",
 *  "on Monday, “…"): the quotation's index, or -1. */
export function quoteAfterAside(d: Units, t: number, e: number): number {
  const x = d.isP(t, ",") ? t + 1 : t;
  const vouched = quoteAsideEnd(d, x);
  if (vouched >= 0) return d.isQ(vouched) ? vouched : -1;
  const w = d.word(x);
  // (a gerund likely to be a cue, such as one of saying, is a statement of its own: "“A,” he said,
  // adding, “B.”")
  // (", he said of the crews whose licences were restored, “…”": whom the words were about)
  if (!(PREP.has(w) || w === "of" || TIME.has(w) || w.length > 4 && w.endsWith("ing") && !d.isCap(x) && d.prob(x) < 0.5)) return -1;
  for (let y = x + 1; y < e && y - x <= 8; y++) {
    // (not the title of the work the words are in: '“A,” she wrote in her memoir, “Harbour Days.”')
    if (d.isP(y, ",")) return d.isQ(y + 1) && !workTitleAfter(d, y) ? y + 1 : -1;
    // (nor past one: '“A,” he said on “Harbour Talk,” adding, “B.”')
    if (d.U[y]!.k !== WORD && !d.npPunct(y) || bareGerund(d, y)) return -1;
  }
  return -1;
}

/** The unit after ", and I quote," at t (the writer vouching for the wording between a cue and
 *  its words: "said, and I quote, “…”"), or -1. */
function quoteAsideEnd(d: Units, t: number): number {
  const x = d.isW(t, "and") ? t + 1 : t;
  if (!d.isW(x, "i") || !d.isW(x + 1, "quote")) return -1;
  return d.isP(x + 2, ",") || d.isP(x + 2, ":") ? x + 3 : -1;
}

/** A quoted title right after the comma at c that closes an adjunct ending on a work or a titled
 *  writing: the work the words are in ("in her memoir, “Harbour Days.”", "on her podcast, “Low
 *  Tide,”"), not a second part of them. After an occasion of speaking the title-case words are
 *  still the speaker's ("she said in an interview, “We Will Rebuild.”"). */
function workTitleAfter(d: Units, c: number): boolean {
  if (!d.isP(c, ",") || !d.isQ(c + 1)) return false;
  const noun = d.word(c - 1);
  if (!WORK_NOUN.test(noun) && !TITLED_WRITING.test(noun)) return false;
  return namedWork(d.text.slice(d.U[c + 1]!.s, d.U[c + 1]!.e));
}

/** A gerund of saying right before its words ("adding, “…”", "noting: “…”", "adding that …"). */
function bareGerund(d: Units, t: number): boolean {
  return (d.isP(t + 1, ",") || d.isP(t + 1, ":") || d.isQ(t + 1) || d.isW(t + 1, "that")) && speechGerund(d, t);
}

/** The unit after a phrase of time counted from something at k ("a week after", "two days later",
 *  "just hours before", "a few years ago"); -1 when none opens there. */
export function timeSpanEnd(d: Units, k: number, e: number): number {
  let t = k;
  while (t < e && t - k < 3 && (TIME_COUNT.has(d.word(t)) || DIGITS.test(d.word(t)))) t++;
  if (t < e && !TIME_MEASURE.test(d.word(t)) && d.U[t]!.k === WORD && !d.isCap(t) && TIME_MEASURE.test(d.word(t + 1))) t++; // "a full week"
  if (t >= e || !TIME_MEASURE.test(d.word(t)) || d.isCap(t)) return -1;
  // (bare plurals need no count: "days after the vote"; "day" alone is no span)
  if (t === k && !d.word(t).endsWith("s")) return -1;
  return TIME_RELATION.has(d.word(t + 1)) ? t + 2 : -1;
}

/** After-cue words that are only an adjunct ("to a crowd of 500", "of the encounter"). */
export function adjunctOnly(d: Units, k: number, e: number): boolean {
  const w0 = d.word(k);
  // ("…, as the paper wrote some weeks later.": a span of time closing the sentence)
  const span = timeSpanEnd(d, k, e);
  if (span >= 0 && !ADJUNCT_PREP.has(d.word(span - 1)) && trimEnd(d, span, e - 1) < span) return true;
  if (!(PREP.has(w0) || TIME.has(w0) || w0 === "to" || w0 === "of")) return false;
  // ("said this was the last window", "said now is the hour": a subject with its verb is the
  // reported clause)
  if ((w0 === "this" || w0 === "now" || w0 === "today") && FINITE.has(d.word(k + 1))) return false;
  for (let t = k; t < e; t++) if (d.isQ(t) || d.isW(t, "that") || d.prob(t) >= 0.5) return false;
  return true;
}

/** Whether the units from k (up to a comma or the end) are only an addressee: a few words or a
 *  short quoted title, no "that", no verb, no long quotation. */
export function addresseeOnly(d: Units, k: number, e: number): boolean {
  const U = d.U;
  const text = d.text;
  let n = 0;
  for (let t = k; t < e; t++) {
    if (d.isP(t, ",") && t > k) break;
    // (a clause of time after it tells when, unless words follow: '“…,” she told “Tide Talk” after a
    // caller asked about the pier.')
    if (n > 0 && CIRCUMSTANCE.has(d.word(t)) && !d.isCap(t)) return !wordsFollow(d, t, e);
    if (d.isW(t, "that") || d.isP(t, ":") || !d.isCap(t) && d.prob(t) >= 0.5) return false;
    // (a finite verb starts a clause of its own, the words told: "told reporters the board would
    // meet", not the clause of a relative word, "told reporters who were waiting")
    if (n > 0 && FINITE.has(d.word(t)) && !d.isCap(t) && !RELATIVE_SOURCE.test(d.word(t - 1)) && !RELATIVE_WORD.test(d.word(t - 1))) return false;
    if (d.isQ(t)) {
      const q = text.slice(U[t]!.s, U[t]!.e);
      if (q.split(SPACES).length > 5 || SENTENCE_END.test(q.trim().replace(TRAILING_COMMA, ""))) return false;
      n += 2;
      if (U[t]!.last === ",") break;
    } else if (U[t]!.k === WORD) n++;
    if (n > 8) return false;
  }
  return n > 0;
}

/** Whether "that" (not a relative one), a colon or a quotation comes between t and e. */
function wordsFollow(d: Units, t: number, e: number): boolean {
  for (let x = t; x < e; x++) if (d.isW(x, "that") && !relativeThat(d, x) || d.isP(x, ":") || d.isQ(x)) return true;
  return false;
}

/** A short fronted adverbial ("In a statement,", "On Tuesday,") is not content, nor a fronted
 *  subordinate clause that is the sentence's only comma chunk ("As the vote neared, she said …",
 *  "If the talks fail, the union warned …"): the reported words, if any, follow the cue. */
/** "Standing on the pier, …", "Speaking at the hall, …": a participle with a phrase of place, time or
 *  company (a preposition or an article right after it) and no verb or quotation of its own sets the
 *  scene ("Noting that …" or "Saying he …" report words, and read as cues of their own). */
function sceneParticiple(d: Units, a: number, c: number): boolean {
  const U = d.U;
  const w = d.word(a);
  if (w.length < 6 || !w.endsWith("ing") || c - a > 12 || U[a + 1]?.k !== WORD || d.isCap(a + 1)) return false;
  if (!PREP.has(d.word(a + 1)) && !PHRASE_ON.has(d.word(a + 1)) && !DET.has(d.word(a + 1))) return false;
  for (let t = a + 1; t < c; t++) if (d.isQ(t) || U[t]!.k === PUNCT && !d.isP(t, ".") || verbForm(d, t) || d.isW(t, "that")) return false;
  return true;
}

export function adverbial(d: Units, a: number, c: number): boolean {
  const U = d.U;
  if ((SUBORD.has(d.word(a)) || d.isW(a, "to") && U[a + 1]?.k === WORD && !d.isCap(a + 1) && !DET.has(d.word(a + 1))) && !d.isQ(a + 1)) {
    for (let t = a + 1; t < c; t++) if (d.isQ(t) || U[t]!.k === PUNCT && U[t]!.w !== "." && U[t]!.w !== "'" && U[t]!.w !== "’") return false;
    return true;
  }
  if (sceneParticiple(d, a, c)) return true;
  if (!PREP.has(d.word(a)) && !TIME.has(d.word(a))) {
    // "When asked about it, she said …", "Asked whether …, he said …": the question is a
    // statement of its own, not the answer's content.
    const b0 = d.isW(a, "but") || d.isW(a, "and") ? a + 1 : a;
    if (!(d.isW(b0, "asked") || d.isW(b0, "when") && d.isW(b0 + 1, "asked"))) return false;
    for (let t = b0; t < c; t++) if (d.isQ(t)) return false;
    return true;
  }
  // (a longer chain of phrases when no word in it reads as a verb: "On Tuesday at the harbour hall
  // in Berea")
  let n = 0;
  let verbLike = false;
  for (let t = a; t < c; t++) {
    if (d.isQ(t)) return false;
    if (U[t]!.k !== WORD) continue;
    n++;
    if (!verbLike && !d.isCap(t) && (FINITE.has(U[t]!.w) || ED_END.test(U[t]!.w) || d.prob(t) >= 0.3)) verbLike = true;
  }
  return n <= 6 || n <= 12 && !verbLike && ADJUNCT_PREP.has(d.word(a));
}

/** Adverbials one after another between a and c, each closed by a comma ("Later, in remarks at
 *  the office, …", "On Monday, in a speech to the board, …"). */
export function adverbialChain(d: Units, a: number, c: number): boolean {
  if (adverbial(d, a, c)) return true;
  for (let x = a; ; ) {
    const y = nextComma(d, x, c);
    if (y === x || !adverbial(d, x, y)) return false;
    if (y >= c) return true;
    x = y + 1;
  }
}

/** "…, when he gives speeches, he is asked …": a subordinate clause opened at t closes with a
 *  comma and a pronoun subject goes on with the same clause. */
function resumesAfter(d: Units, t: number, e: number): boolean {
  if (!SUBORDINATOR.test(d.word(t))) return false;
  for (let x = t + 1; x < e && x - t < 16; x++) {
    if (d.isQ(x) || d.isP(x, ";")) return false;
    if (d.isP(x, ",")) return pronounSubject(d, x + 1);
  }
  return false;
}

/** "but" at t goes on with what was said: the second half of "not A, but B" ("but not …", "but also
 *  …", "but only …", "but rather …", "but instead …"), or a second "that" clause of the same verb
 *  ("said the fares would rise, but that the ferry would stay"; not the pronoun: "but that could
 *  change", "but that report …"). */
function butGoesOn(d: Units, t: number): boolean {
  if (!d.isW(t, "but")) return false;
  const w = d.word(t + 1);
  // (not a purpose of its own: "agreed to a call, but only to tell her …")
  if (BUT_TURN.has(w)) return !d.isCap(t + 1) && !d.isW(t + 2, "to");
  return w === "that" && !d.isCap(t + 1) && (SUBJECT_PRONOUN.has(d.word(t + 2)) || DET.has(d.word(t + 2)) && !d.isW(t + 2, "that") || d.isW(t + 2, "there") || d.isCap(t + 2));
}

/** "… said the plan works and vowed to …": "and" (", and", "and also") then a finite verb that
 *  reports speech opens a second predicate of the speaker, not more of what was said. */
function sharedSubjectVerb(d: Units, t: number): boolean {
  const U = d.U;
  if (!d.isW(t, "and")) return false;
  const v = d.isW(t + 1, "also") ? t + 2 : t + 1;
  return U[v]?.k === WORD && !d.isCap(v) && isSpeechFinite(d.word(v));
}

/** "… asked for a photo and Lind said …", "…, but most traders say …": "and"/"but", a short
 *  subject of its own, then a verb of saying open the next statement, not more of this one. */
function newSpeaker(d: Units, t: number): boolean {
  // ("that Vale and Reed both admitted …": names joined by "and" before a floating "both" are one
  // plural subject, no new speaker)
  if (d.isW(t, "and") && d.isCap(t - 1) && d.isCap(t + 1) && FLOATING.has(d.word(t + 2))) return false;
  return (d.isW(t, "and") || d.isW(t, "but")) && speakerAhead(d, t + 1);
}

/** A verb of saying in the base form after a plural subject: "the pilots say", "they warn". */
function pluralSays(d: Units, y: number): boolean {
  const p = d.word(y - 1);
  return isSpeechBase(d.word(y)) && (p === "they" || p === "we" || lowerPlural(d, y - 1));
}

/** Whether a source and a verb of saying of its own start at `from` ("the harbour master said …"; a
 *  form right after a determiner is a noun: "the attacks", "her claims"); `base`: "the pilots say" too. */
function speakerAhead(d: Units, from: number, base = false): boolean {
  const U = d.U;
  const t = from - 1;
  for (let y = from; y <= t + 7; y++) {
    const u = U[y];
    if (!u || u.k !== WORD && !d.npPunct(y)) return false;
    if (u.k !== WORD) continue;
    if (y > t + 1 && !u.cap && !NOUN_DET.has(d.word(y - 1)) && (isSpeechFinite(u.w) || base && pluralSays(d, y)) && !FINITE.has(d.word(y + 1))) return !d.isW(y - 1, "to") && !AUX.has(d.word(y - 1)) || PRONOUN.has(d.word(t + 1));
    if (FINITE.has(u.w) || AUX.has(u.w) && !u.cap || SUBORD.has(u.w) || u.w === "that" || u.w === "who" || u.w === "which") return false;
    if (!u.cap && (d.prob(y) >= 0.5 || IRREGULAR.has(u.w) || ED_END.test(u.w))) return false;
  }
  return false;
}

/** ", which has stood empty …", ", where she has a home …" running to the sentence's end: a relative clause on the content's
 *  last noun that the writer adds (no comma after it brings the reported clause back). */
function relativeToEnd(d: Units, x: number, e: number): boolean {
  // (nor one that reports a saying of its own: ", which it said had sunk two boats" goes on the
  // speaker's account; one whose verb of saying ends it answers the speaker: ", which the board
  // denies.")
  let relative = RELATIVE_SOURCE.test(d.word(x));
  for (let t = x + 1; t < e; t++) {
    if (d.isP(t, ",") || d.isQ(t) || d.isP(t, ";") || isSpeechFinite(d.word(t)) && !d.isCap(t) && !(relative && onlyMarksFrom(d, t + 1, e))) return false;
    relative ||= RELATIVE_SOURCE.test(d.word(t));
  }
  return true;
}
/** Whether no word or quotation stands in units from..e-1 (only marks). */
function onlyMarksFrom(d: Units, from: number, e: number): boolean {
  for (let t = from; t < e; t++) if (d.U[t]!.k !== PUNCT) return false;
  return true;
}

/** ", a former harbour master", ", a swipe at the board" running to the sentence's end: a noun
 *  phrase on the last noun (or on the whole clause) that the writer adds; no verb of its own outside
 *  a relative clause. */
function appositionToEnd(d: Units, x: number, e: number): boolean {
  if (!relativeToEnd(d, x, e)) return false;
  for (let t = x + 1; t < e; t++) {
    const w = d.word(t);
    if (w === "who" || w === "which" || w === "that") return true;
    if (FINITE.has(w) || NEGATED_VERB.test(w) || PRONOUN.has(w) && !d.isCap(t)) return false;
  }
  return true;
}

/** Whether the ", with …" at t (after a short subject from k with no verb) is set off inside the
 *  subject: it closes on a comma and the clause's verb follows ("ferries, with their old engines,
 *  were …"). */
function withinSubject(d: Units, k: number, t: number, e: number): boolean {
  if (t - k > 3 || verbIn(d, k, t)) return false;
  for (let x = t + 2; x < e && x - t < 14; x++) {
    if (d.isQ(x) || d.isP(x, ";")) return false;
    if (d.isP(x, ",")) return verbForm(d, x + 1) || FINITE.has(d.word(x + 1));
  }
  return false;
}

/** The dash closing an aside opened by the dash at t ("the ferry’s return — the county’s biggest port —
 *  would bring …"), when the clause goes on after it with a verb or a preposition of its phrase;
 *  else -1 (the dash ends the clause: "— and vowed …", "— others say …"). */
function asideClose(d: Units, t: number, e: number): number {
  for (let x = t + 2; x < e && x - t <= 20; x++) {
    if (d.isP(x, ";") || d.isQ(x) || d.isP(x, "(")) return -1;
    if (!d.isP(x, "—")) continue;
    const v = d.word(x + 1).endsWith("ly") ? x + 2 : x + 1;
    return x + 1 < e && (resumesWithVerb(d, v) || !d.isCap(x + 1) && PHRASE_ON.has(d.word(x + 1))) ? x : -1;
  }
  return -1;
}

/** End (exclusive) of after-cue content: a semicolon or a dash closes the reported clause. */
export function clauseEnd(d: Units, k: number, e: number): number {
  const U = d.U;
  for (let t = k; t < e; t++) {
    if (d.isP(t, "—") && t > k + 3) {
      const close = asideClose(d, t, e);
      if (close < 0) return t;
      t = close;
      continue;
    }
    if (d.isP(t, ";")) return t;
    // ", but lamented …", ", despite …": the reported clause is over, unless a subordinate
    // clause sits inside it ("that lately, when he speaks, he is asked …").
    if (t > k + 2 && d.isP(t, ",") && CLAUSE_END.has(d.word(t + 1)) && !resumesAfter(d, t + 1, e) && !butGoesOn(d, t + 1)) return t;
    if (t > k + 2 && d.isW(t, "but") && (PRONOUN.has(d.word(t + 1)) || d.prob(t + 1) >= 0.5) && !butGoesOn(d, t)) return t;
    if (t > k + 2 && asOwnClause(d, t)) return t;
    // "… the tolls would stay when asked about the fees": the question put is no part of the answer.
    if (t > k + 1 && d.isW(t, "when") && d.isW(t + 1, "asked")) return t;
    if (t > k + 2 && sharedSubjectVerb(d, t)) return t;
    // "denies any blame and points out …": after an object with no verb of its own, a second
    // predicate of the speaker's.
    if (t > k && d.isW(t, "and") && coordinatedVerb(d, t + 1) && !verbIn(d, k, t)) return t;
    if (t > k + 1 && newSpeaker(d, t)) return t;
    if (t > k + 1 && d.isP(t, ",") && d.word(t + 1).endsWith("ing") && d.prob(t + 1) >= 0.3) return t;
    // ", with the aide taking …": an absolute clause is the writer's, not the speaker's (not a
    // phrase set off inside the subject: "that the ferries, with their old engines, were …").
    if (t > k + 1 && d.isP(t, ",") && d.isW(t + 1, "with") && !d.isCap(t + 1) && !withinSubject(d, k, t, e)) return t;
    if (t > k + 2 && d.isP(t, ",") && (d.isW(t + 1, "who") || d.isW(t + 1, "which") || d.isW(t + 1, "where")) && relativeToEnd(d, t + 1, e)) return t;
    if (t > k + 2 && d.isP(t, ",") && (d.isW(t + 1, "a") || d.isW(t + 1, "an") || d.isW(t + 1, "the")) && appositionToEnd(d, t + 1, e)) return t;
    // (", according to a tally, …": an attribution of its own)
    if (t > k + 2 && d.isP(t, ",") && d.isW(t + 1, "according") && d.isW(t + 2, "to")) return t;
    // A quotation closing on a comma, then another speaker: 'argued that “the pier is safe,” the
    // harbour master said …' — the second clause is that speaker's statement, not this one's.
    if (t > k && d.isQ(t) && U[t]!.last === "," && speakerAhead(d, t + 1, true)) return t + 1;
    // A quotation closing on a comma, then a participle: '… was "corrupt," noting that …'.
    if (t >= k && d.isQ(t) && U[t]!.last === "," && d.word(t + 1).length > 4 && d.word(t + 1).endsWith("ing") && !d.isCap(t + 1)) return t + 1;
  }
  return e;
}

/** "…, Ruiz said on Monday, and it has …": after the cue's adjuncts, a new clause joined by
 *  "and"/"but" continues the content before the source (not "and added …", a cue of its own). */
export function andClause(d: Units, k: number): boolean {
  const U = d.U;
  return (d.isW(k, "and") || d.isW(k, "but")) && d.isP(k - 1, ",") && U[k + 1]?.k === WORD && d.prob(k + 1) < 0.5 && !d.word(k + 1).endsWith("ing") &&
  (PRONOUN.has(d.word(k + 1)) || DET.has(d.word(k + 1)) || d.isCap(k + 1));
}

/**
 * "told the jury Hale stood …", "tell Harbor Weekly the ferry was sold": an addressee (a name, or a
 * determiner and one noun) and then a clause with its own subject and verb; where the clause
 * starts, else k.
 */
function addresseeEnd(d: Units, k: number, e: number): number {
  const U = d.U;
  let t = k;
  if (DET.has(d.word(t))) t++;
  if (t >= e || U[t]!.k !== WORD) return k;
  if (d.isCap(t)) while (t < e && t - k < 5 && U[t]!.k === WORD && d.isCap(t)) t++;
  else if (t > k) t++;
  else return k;
  // (a day after the addressee: "told Harbor Radio on Monday the crossing had been …")
  if (d.isW(t, "on") && WEEKDAY.has(d.word(t + 1))) t += 2;
  // (a pronoun with its verb contracted opens the clause at once: "told The Harbor Weekly he’s …")
  if (t < e && t > k && CONTRACTED_PRONOUN.test(d.word(t))) return t;
  if (t >= e || U[t]!.k !== WORD || !(d.isCap(t) || DET.has(d.word(t)))) return k;
  // the clause's verb within a few words of its subject
  for (let v = t + 1; v < e && v - t <= 5 && U[v]!.k === WORD; v++) {
    if (verbForm(d, v)) return t;
  }
  return k;
}

/** First content unit after a cue: skips particles, addressees and adjuncts before the clause. */
/** "said in a statement (on Thursday night) they …": after "in" or "on", a document and a time,
 *  a pronoun opening the reported clause is where it starts (k when not so). */
function afterDocumentAdjunct(d: Units, k: number, e: number): number {
  if (!(d.isW(k, "in") || d.isW(k, "on")) || !DET.has(d.word(k + 1)) || !DOCUMENT_NOUN.test(d.word(k + 2))) return k;
  let t = k + 3;
  while (t < e && t - k < 8 && d.U[t]!.k === WORD && !SUBJECT_PRONOUN.has(d.word(t)) && (TIME.has(d.word(t)) || WEEKDAY.has(d.word(t)) || d.isW(t, "on") || d.isW(t, "last"))) t++;
  return t < e && SUBJECT_PRONOUN.has(d.word(t)) && !d.isCap(t) ? t : k;
}

/** Whether unit x opens the infinitive of a verb that takes one (head: "vowed … to stay"): "to"
 *  and a lower-case word that is no article or pronoun. */
function infinitiveAt(d: Units, x: number, head: string): boolean {
  return CATENATIVE.has(head) && d.isW(x, "to") && d.U[x + 1]?.k === WORD && !d.isCap(x + 1) && !DET.has(d.word(x + 1)) && !PRONOUN.has(d.word(x + 1));
}

/** A short noun phrase at k closed by a comma and a lower-case "-ing" word that opens a clause of
 *  its own ("leniency, saying …", "a new hearing, arguing …"; not one set off, "reporters, smiling,
 *  that …"): the comma's index, else -1. */
export function objectBeforeParticiple(d: Units, k: number, e: number): number {
  for (let t = k; t < e && t - k < 8; t++) {
    if (d.U[t]!.k !== WORD) {
      const ing = d.word(t + 1);
      return t > k && d.isP(t, ",") && ing.length > 4 && ing.endsWith("ing") && !PREP.has(ing) && !d.isCap(t + 1) && d.U[t + 2]?.k === WORD ? t : -1;
    }
    if (t > k && (d.isW(t, "to") || d.isW(t, "that") || FINITE.has(d.word(t)))) return -1;
  }
  return -1;
}

export function contentStart(d: Units, i: number, e: number, head: string): number {
  const U = d.U;
  let k = i + 1;
  if (k < e && (d.word(k) === "out" || d.word(k) === "to" && head === "pointed")) k++;
  // ("asked for a shorter sentence, arguing …", "urged leniency, saying …": an object before a
  // participle of its own is the content, no addressee)
  const objectOnly = objectBeforeParticiple(d, k, e) >= 0;
  if (TELL.has(head) && !objectOnly) {
    // "told reporters on Tuesday that …": the addressee is not content.
    let t = k;
    // (An infinitive ends the addressee: "urged voters to back the plan, saying …" keeps its
    // object as content, not the clause after the comma.)
    // (A finite auxiliary ends it too: "told the crews the toll would stay, …" has a clause after the
    // addressee, whose comma opens no words.)
    while (t < e && t - k < 8 && U[t]!.k === WORD && !d.isW(t, "that") && !(PRONOUN.has(d.word(t)) && t > k) && !(t > k && (d.isW(t, "and") || d.isW(t, "but") || d.isW(t, "to") || FINITE.has(d.word(t)) || d.prob(t) >= 0.5))) t++;
    if (t < e && (d.isW(t, "that") || d.isP(t, ",") || d.isP(t, ":") || d.isQ(t) || PRONOUN.has(d.word(t)))) k = t;
    else if (k < e && (PRONOUN.has(d.word(k)) || d.word(k) === "him" || d.word(k) === "her" || d.word(k) === "them" || d.word(k) === "reporters" || d.word(k) === "me" || d.word(k) === "us")) k++;
    else k = addresseeEnd(d, k, e);
  }
  k = pastTimeSpan(d, k, e);
  // "said in a statement (on Tuesday) that …", "said Tuesday that …".
  let t = k;
  if (PREP.has(d.word(t)) || TIME.has(d.word(t)) || d.isCap(t) && TIME.has(d.word(t))) {
    // Titles of shows and outlets may be quoted ("on ABC's “This Week” that …").
    // ("vowed on Tuesday to stay …": a verb taking an infinitive, its content opens at "to".)
    // (A gerund of saying opens words of its own: "said on Monday before adding: “…”".)
    while (t < e && t - k < 14 && (U[t]!.k === WORD || d.isQ(t) || d.npPunct(t)) && !d.isW(t, "that") && !infinitiveAt(d, t, head) && !bareGerund(d, t)) t++;
    if (bareGerund(d, t)) return t;
    // (a quoted title after the adjunct's comma names the work: "said in her book, “Harbour Days,”
    // that …"; past it, as past the adjunct)
    if (workTitleAfter(d, t)) {
      t += 2;
      while (t < e && d.isP(t, ",")) t++;
      k = t;
    }
    // (Not a comma before a clause of its own: "reported at least 500 people boarded, but …".)
    // (Nor a comma that closes the clause the cue sits in, a finite verb after it: "Reed, who
    // wrote about the levy, said …".)
    if (d.isW(t, "that") || d.isP(t, ",") && (!CLAUSE_CONJ.has(d.word(t + 1)) && !verbForm(d, t + 1) || quoteAsideEnd(d, t + 1) >= 0) || d.isP(t, ":") || infinitiveAt(d, t, head)) k = t;
    else k = afterDocumentAdjunct(d, k, e);
  }
  while (k < e && (d.isP(k, ",") || d.isP(k, ":") || d.isP(k, "—") || d.isP(k, "-"))) k++;
  const vouched = quoteAsideEnd(d, k);
  if (vouched >= 0) k = vouched;
  // (and one after the cue's adjuncts: "said Friday, hours before the vote: “…”")
  k = pastTimeSpan(d, k, e);
  while (k < e && (d.isP(k, ",") || d.isP(k, ":"))) k++;
  return k;
}

/** Past a span of time at k that opens the words after a cue: "said days later the pier …", "said
 *  two days after the storm that …", "said Friday, hours before the vote: “…”"; k when none does. */
function pastTimeSpan(d: Units, k: number, e: number): number {
  const span = timeSpanEnd(d, k, e);
  if (span < 0) return k;
  if (!ADJUNCT_PREP.has(d.word(span - 1))) return span;
  // (the span's own object first: up to "that", a colon or a quotation, "that" + a verb being a
  // relative clause: "two days after the storm that hit the port")
  let t = span;
  while (t < e && t - span < 8 && d.U[t]!.k === WORD && !d.isW(t, "that")) t++;
  return d.isW(t, "that") && !verbForm(d, t + 1) || d.isP(t, ":") || d.isQ(t) ? t : k;
}
