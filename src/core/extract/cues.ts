// Extraction, the candidates of one sentence: speaker labels before a colon, then each word that
// may be a cue, by its shape ("according to", a poll, a noun of saying, an inverted "Said X", a
// causative, a question put, a fronted participle), past the look-alikes ("made up", "called
// off") to the verb of saying (verb.ts).
import { PARA, QUOTE, WORD } from "../tokens";
import { isSpeechBase, isSpeechPast } from "../cueclass";
import { UNSEEN_SPEECH_PRIOR } from "../cuetable";
import {
  ACCORDING_PP, ASKED_NEXT, AUX, BE, CALLED_PARTICLE, CAUSATIVE, CLAUSE_LINK, DET, FINITE, GERUND_PREP, LABEL_NOT_SOURCE, MAKE_FORM, NOMINAL, NOMINAL_FOR,
  NOMINAL_THAT, NOMINAL_TO, NOT_SOURCE, NOUN_DET, NOUN_OR_VERB, NOUN_PREP, OBJECT_PRONOUN, OBJECT_PRONOUN_IT, POLL, POSSESSIVE, PREP, PRONOUN,
  PRO_DET, REFLEXIVE, RELATIVE_WORD, SPEECH_NOUN, TELL, TIME,
} from "../lexicon";
import {
  POSSESSIVE_END, type Range, type Reading, S_END, type Sent, Units, dashEndingAt, isAdverb, range, speechGerund, trimEnd,
} from "./units";
import { bareLeft, bareLeftPossessive, possessorStart, sourceRight } from "./source";
import { clauseEnd, contentStart, reportedClause, resumesWithVerb } from "./reported";
import { tagAfterQuote, unseenVerbAt, verbCue } from "./verb";

/** Word-level pre-filter before the context is looked at. */
const PRE_THRESHOLD = 0.05;

/** Three or more ", Name" after the colon at c: a list of names, not a statement. */
function nameListAfter(d: Units, c: number, e: number): boolean {
  let n = 0;
  for (let t = c + 1; t < e && t - c < 40; t++) if (d.isP(t, ",") && d.isCap(t + 1)) n++;
  return n >= 3;
}

/** A noun phrase opened by "a"/"an" right before i ("a harbour lobby group called …"). */
function indefiniteBefore(d: Units, i: number): boolean {
  const U = d.U;
  for (let t = i - 1; t >= 0 && i - t <= 5 && U[t]!.k === WORD; t--) {
    if (d.isW(t, "a") || d.isW(t, "an")) return true;
    if (d.prob(t) >= 0.5 || PRONOUN.has(d.word(t))) return false;
  }
  return false;
}

function madeSpeech(d: Units, i: number): boolean {
  const U = d.U;
  for (let t = i + 1; t <= i + 4 && U[t]?.k === WORD; t++) if (SPEECH_NOUN.test(d.word(t))) return true;
  return false;
}

/** A speech noun after a possessive ("his promise to …", "Lind's call for …", "their claim
 *  that …"): the possessor is the source, the noun's clause the content. Null otherwise. */
function nominalCue(d: Units, i: number, w: string, a: number, e: number): { cue: Range; source: Range; content: Range[] } | null {
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

/** Speaker labels: a headline colon ("Lynch: No outside influence …"; a speaker label in capitals
 *  runs to the end of its paragraph) or a name before a colon that opens a quotation. */
export function labelCues(d: Units, s: Sent): void {
  const U = d.U;
  const { a, b, e, si, found } = s;
  // Headline colon: "Lynch: No outside influence on …" (not the inverted "Said Lynch: …").
  if (e - a >= 3 && !d.isW(a, "said") && !d.isW(a, "says")) {
    let c = a;
    while (c < e && c - a < 5 && U[c]!.k === WORD && U[c]!.cap) c++;
    // …but not a list of names ("Delegates: Ana Ruiz, Tom Hale, …") or a handle ("Twitter: @x");
    // the list is counted last, only once a colon is there.
    if (c > a && d.isP(c, ":") && (c + 2 < e || c + 1 < e && d.isQ(c + 1)) && !PREP.has(d.word(a)) && !NOT_SOURCE.has(d.word(c - 1)) && !LABEL_NOT_SOURCE.has(d.word(a)) && U[c - 1]!.e - U[a]!.s > 1 && !d.isP(c + 1, "@") && !nameListAfter(d, c, e)) {
      // A speaker label runs to the end of its paragraph ("JOHN DOE: We never … . We …").
      let pe = e;
      if (a === 0 || U[a - 1]!.k === PARA) {
        let t = b;
        while (t < U.length && t - b < 400 && U[t]!.k !== PARA) t++;
        pe = t;
      }
      found.push({ cue: [c, c], source: [a, c - 1], content: range(d, c + 1, pe - 1), acc: false, head: ":", sent: si });
    }
  }
  // "…, Frank Newport and Jim Harter: “We found …”": a name before a colon that opens a quotation.
  if (!found.length) {
    for (let c = a + 1; c + 1 < b; c++) {
      // ("dislikes them: “…”": an object pronoun is no speaker)
      if (!d.isP(c, ":") || !d.isQ(c + 1) || !(d.isCap(c - 1) || PRONOUN.has(d.word(c - 1)) && !OBJECT_PRONOUN_IT.test(d.word(c - 1)))) continue;
      const st = bareLeft(d, c - 1, a);
      if (st < 0 || c - st > 8) break;
      // "telling CNBC: “…”": the addressee of a cue already read, not a speaker
      if (TELL.has(d.word(st - 1)) || PREP.has(d.word(st - 1)) || d.isW(st - 1, "to") || d.isW(st - 1, "said") || d.isW(st - 1, "says")) break;
      found.push({ cue: [c, c], source: [st, c - 1], content: [[c + 1, c + 1]], acc: false, head: ":", sent: si });
      break;
    }
  }
}

/** The per-token pass: each word of the sentence that may be a cue, read by its shape; the
 *  candidates go to s.found. A cue may use the units after it, which the pass then skips. */
export function tokenCues(d: Units, r: Reading, s: Sent): void {
  for (let i = s.a; i < s.e; i++) i = cueAt(d, r, s, i);
}

/** The candidate the word at i makes, if any; returns the last unit it used. Each shape is
 *  tried in turn: "according to", a poll, a noun of saying, an inverted "Said X", a causative,
 *  then (past the look-alikes) a question put, a fronted participle and the verb of saying. */
function cueAt(d: Units, r: Reading, s: Sent, i: number): number {
  const U = d.U;
  const a = s.a;
  const u = U[i]!;
  // Capitalised words are names ("United States"), except title-case headline verbs.
  if (u.k !== WORD || (u.cap && i > a && !(d.isCap(i - 1) && d.prob(i) >= 0.5) && !(u.w === "according" && d.isW(i + 1, "to")))) return i;
  const w = u.w;
  if (w === "according" && d.isW(i + 1, "to")) return accordingTo(d, s, i, w);
  let at = mayOpenShape(d, s, i, w) ? shapeCue(d, s, i, w, u.cap) : -1;
  if (at >= 0) return at;
  let p = d.prob(i) || (unseenVerbAt(d, a, i, w) ? UNSEEN_SPEECH_PRIOR : 0);
  // "“Not again,” the skipper groaned.": a tag after a quotation, however rare its verb
  if (p < PRE_THRESHOLD && tagAfterQuote(d, s, i, w, i - 1)) p = UNSEEN_SPEECH_PRIOR;
  if (p < PRE_THRESHOLD || lookAlike(d, s, i, w)) return i;
  // "Noting that A, Smith said …" / "Asked about A, he said …": the subject follows the comma.
  // "… told the radio on Monday when asked about the tolls." / "…, Lind said, asked whether …":
  // the participle later in the sentence reports a question put to the speaker too.
  const askedLater = i > a + 1 && (d.isW(i - 1, "when") || d.isP(i - 1, ",") && ASKED_NEXT.test(d.word(i + 1)));
  if (w === "asked" && (i === a || askedLater || d.isW(i - 1, "when") && (i === a + 1 || d.isP(i - 2, ",") || d.isW(i - 2, "but") || d.isW(i - 2, "and") || d.prob(i - 2) >= 0.5))) return askedCue(d, s, i, w);
  at = participleOpening(d, s, i, w);
  if (at >= 0) return at;
  verbCue(d, r, s, i, w, p);
  return i;
}

/** Whether the word at i has what one of shapeCue's shapes needs around it: "by", "that", "for" or
 *  "to" after it (asReportedBy, nounCue), "in" itself (pollCue), the sentence start (saidOpening)
 *  or "to" before it (causativeCue). Each shape gives -1 without it, so most words skip the five. */
function mayOpenShape(d: Units, s: Sent, i: number, w: string): boolean {
  const next = d.word(i + 1);
  return next === "by" || next === "that" || next === "for" || next === "to" || w === "in" || i === s.a || d.isW(i - 1, "to");
}

/** The shapes read before the verb of saying, in turn: the last unit the first that reads uses, or -1. */
function shapeCue(d: Units, s: Sent, i: number, w: string, cap: boolean): number {
  let at = asReportedBy(d, s, i, w);
  if (at < 0) at = pollCue(d, s, i, w);
  if (at < 0) at = nounCue(d, s, i, w);
  if (at < 0) at = saidOpening(d, s, i, w);
  if (at < 0) at = causativeCue(d, s, i, w, cap);
  return at;
}

/** "according to X" names its source after it; the content is the clause before it or, when it
 *  opens its clause, the rest of the sentence. Returns the last unit used. */
function accordingTo(d: Units, s: Sent, i: number, w: string): number {
  const U = d.U;
  const { a, e, si, found } = s;
  // Opening its clause: at the sentence start, after "But", "But,", a colon or a bracket.
  const lead = (t: number): boolean => t === a || d.isP(t - 1, ":") || d.isP(t - 1, "(") || d.isP(t - 1, "—") && t - 1 === a;
  const initial = lead(i) || (i === a + 1 && (d.word(a) === "but" || d.word(a) === "and")) ||
    (d.isP(i - 1, ",") && i - 2 === a && CLAUSE_LINK.test(d.word(a)));
  const objPronoun = OBJECT_PRONOUN.test(d.word(i + 2)) && !d.isCap(i + 2) && (i + 3 >= e || U[i + 3]!.k !== WORD);
  let src: Range | null = objPronoun ? [i + 2, i + 2] : sourceRight(d, i + 2, e, !initial, true);
  // "according to" names its source whatever its shape ("according to the first count of
  // ballots held by the county clerk …", "according to him"): up to the next comma, dash or
  // sentence end.
  if (!src) {
    let t = i + 2;
    while (t < e && t - i < 32 && !d.isP(t, ",") && !d.isP(t, ";") && !d.isP(t, "(") && !d.isP(t, ")") && dashEndingAt(d, t) < 0 && !d.isP(t, "-") && !d.isQ(t)) t++;
    const end = trimEnd(d, i + 2, t - 1);
    if (end >= i + 2 && U[i + 2]!.k === WORD) src = [i + 2, end];
  }
  if (!src) return i;
  // Opening its clause, the source runs to the comma closing it when no verb comes first
  // ("According to a poll conducted for the port and two papers, most riders …", "According to
  // the newly released playbook, …"); "According to Ruiz the pier is unsafe, and …" keeps "Ruiz".
  if (initial && !objPronoun) src = [src[0], sourceToComma(d, src, i, e)];
  // Closing its clause, it runs on over a place or an outlet ("…, according to a fresh report in
  // Harbor Weekly.", "…, according to the polling average in Kell County").
  else if (!objPronoun) src = [src[0], phraseToClauseEnd(d, src, e)];
  let content: Range[];
  const after = src[1] + 1;
  if (initial) {
    content = range(d, after, e - 1);
  } else {
    content = range(d, a, i - 1);
    if (d.isP(after, ",") && after + 1 < e) content.push(...range(d, after + 1, e - 1));
  }
  if (content.length) found.push({ cue: [i, i + 1], source: src, content, acc: true, head: w, sent: si });
  return i + 1;
}

/** The end of a closing "according to" source: over prepositional phrases ("in", "at", "of",
 *  "from", "for", "by") up to the comma, dash or sentence end that closes the clause, when no verb,
 *  quotation or time comes first; else the source's own end. */
function phraseToClauseEnd(d: Units, src: Range, e: number): number {
  let t = src[1] + 1;
  if (!ACCORDING_PP.has(d.word(t))) return src[1];
  while (t < e && t - src[1] <= 12 && d.U[t]!.k === WORD && !FINITE.has(d.word(t)) && !TIME.has(d.word(t)) && !(d.prob(t) >= 0.5)) t++;
  return t >= e || d.isP(t, ",") || dashEndingAt(d, t) >= 0 ? trimEnd(d, src[0], t - 1) : src[1];
}

/** The end of an opening "according to" source: the unit before the comma closing the clause, when
 *  one comes within 32 units with no finite verb, quotation or clause punctuation before it; else
 *  the source's own end. */
function sourceToComma(d: Units, src: Range, i: number, e: number): number {
  let t = src[1] + 1;
  while (t < e && t - i < 32 && d.U[t]!.k === WORD && !FINITE.has(d.word(t))) t++;
  return t > src[1] + 1 && d.isP(t, ",") ? t - 1 : src[1];
}

/** "As reported by the Gazette, the ferry …" / "…, as first noted by Lind.": the agent after "by"
 *  is the source, the clause after the comma (or before "as") the content. The last unit used, or
 *  -1 when the words do not read so. */
function asReportedBy(d: Units, s: Sent, i: number, w: string): number {
  const { a, e, si, found } = s;
  if (!d.isW(i + 1, "by") || !isSpeechPast(w)) return -1;
  const x = isAdverb(d, i - 1) || d.isW(i - 1, "first") ? i - 2 : i - 1;
  if (!d.isW(x, "as")) return -1;
  const opening = x === a;
  if (!opening && !(x - 1 > a && d.isP(x - 1, ","))) return -1;
  const src = sourceRight(d, i + 2, e, !opening, true);
  if (!src) return -1;
  if (opening && !d.isP(src[1] + 1, ",")) return -1;
  const content = opening ? range(d, src[1] + 2, e - 1) : range(d, a, x - 2);
  // (between commas inside the clause: "The pier, as noted by the inspectors, is unsafe.")
  if (!opening && d.isP(src[1] + 1, ",") && resumesWithVerb(d, src[1] + 2)) content.push(...range(d, src[1] + 2, e - 1));
  if (!content.length) return -1;
  found.push({ cue: [i, i], source: src, content, acc: false, head: w, sent: si });
  return src[1];
}

// Evidence in a poll: "Cruz had 38 percent in a Fox poll" / "In the latest polls, he trails".
/** A poll as evidence after "in": the last unit used, or -1 when the words are no poll's. */
function pollCue(d: Units, s: Sent, i: number, w: string): number {
  const U = d.U;
  const { a, e, si, found } = s;
  if (w !== "in" || i + 1 >= e) return -1;
  let t = i + 1;
  // (the poll heads the phrase: not "in a radio chat ahead of the polls")
  while (t < e && t - i <= 6 && U[t]!.k === WORD && !POLL.test(d.word(t)) && !(t > i + 1 && PREP.has(d.word(t)))) t++;
  // "in the polls", "in most polls": standing in polls in general, not a poll that shows something
  const generic = S_END.test(d.word(t)) && t === i + 2 && (d.isW(i + 1, "the") || d.isW(i + 1, "most") || d.isW(i + 1, "several") || d.isW(i + 1, "many") || d.isW(i + 1, "all"));
  if (t < e && t - i <= 6 && POLL.test(d.word(t)) && (DET.has(d.word(i + 1)) || d.isCap(i + 1)) && !generic) {
    let end = t;
    while (d.isW(end + 1, "of") || d.isW(end + 1, "by") || d.isW(end + 1, "conducted") || d.isW(end + 1, "released")) {
      let x = end + 2;
      while (x < e && U[x]!.k === WORD && !PREP.has(d.word(x)) && x - end < 6) x++;
      end = x - 1;
    }
    const initial = i === a || d.isP(i - 1, ",") && i - 1 === a;
    const content = initial && d.isP(end + 1, ",") ? range(d, end + 2, e - 1) : !initial ? range(d, a, i - 1) : [];
    if (content.length) {
      found.push({ cue: [i, i], source: [i + 1, end], content, acc: true, head: w, sent: si });
      return end;
    }
  }
  return -1;
}

/** A noun of saying: after a possessive or with "by"/"that". The last unit used, or -1. */
function nounCue(d: Units, s: Sent, i: number, w: string): number {
  const U = d.U;
  const { a, e, si, found } = s;
  // Nominal cue after a possessive: "his promise to rebuild the pier", "her claim that …",
  // "the council's calls for a recount". The possessor is the source; the clause the noun
  // takes is the content ("for" belongs to the cue, as with the verb "call for").
  const nominal = nominalCue(d, i, w, a, e);
  if (nominal) {
    found.push({ ...nominal, acc: false, head: w, sent: si });
    return nominal.cue[1];
  }
  // Nominal cue: "Smith's claim that …" / "the claim by Smith that …".
  if ((d.isW(i + 1, "that") || d.isW(i + 1, "by")) && NOMINAL.has(w)) {
    let src: Range | null = null;
    let t = i + 1;
    if (d.isW(t, "by") || d.isW(t, "from")) {
      let x = t + 1;
      while (x < e && x - t < 10 && !d.isW(x, "that") && U[x]!.k !== QUOTE) x++;
      if (d.isW(x, "that") && x > t + 1) { src = [t + 1, x - 1]; t = x; }
    } else if (POSSESSIVE_END.test(d.word(i - 1)) || d.isP(i - 1, "'") || d.isP(i - 1, "’")) {
      const end = d.isP(i - 1, "'") || d.isP(i - 1, "’") ? i - 2 : i - 1;
      const st = bareLeftPossessive(d, end, a);
      if (st >= 0) src = [st, i - 1];
    }
    if (src && d.isW(t, "that") && t + 1 < e) {
      const content = range(d, t, clauseEnd(d, t + 1, e) - 1);
      if (content.length) found.push({ cue: [i, i], source: src, content, acc: false, head: w, sent: si });
      return t;
    }
    if (d.isW(i + 1, "that") && NOUN_DET.has(d.word(i - 1))) return i;
  }
  return -1;
}

/** An inverted cue opening the sentence before its source and a quotation. The last unit used, or -1. */
function saidOpening(d: Units, s: Sent, i: number, w: string): number {
  const { a, e, si, found } = s;
  // "Said Rosa Lind, who grew up on the pier, “We were proud.”": the inverted cue opens the
  // sentence and the quotation after the source is the content.
  if (i === a && (w === "said" || w === "says") && d.isCap(i) && i + 1 < e) {
    const src = sourceRight(d, i + 1, e, true, true);
    const q = src ? src[1] + 2 : -1;
    if (src && (d.isP(src[1] + 1, ",") || d.isP(src[1] + 1, ":")) && d.isQ(q)) {
      found.push({ cue: [i, i], source: src, content: range(d, q, e - 1), acc: false, head: w, sent: si });
      return e;
    }
  }
  return -1;
}

/** A verb of saying after a causative and its object. The last unit used, or -1. */
function causativeCue(d: Units, s: Sent, i: number, w: string, cap: boolean): number {
  const U = d.U;
  const { a, e, si, found } = s;
  // "The loss led the mayor to declare …", "it prompted Lind to accuse …": a verb of saying
  // after a causative verb and its object has that object as its source.
  if (d.isW(i - 1, "to") && isSpeechBase(w) && !cap) {
    let c = i - 3;
    while (c >= a && c > i - 10 && U[c]!.k === WORD && !CAUSATIVE.has(U[c]!.w)) c--;
    const np = c >= a && CAUSATIVE.has(d.word(c)) ? bareLeft(d, i - 2, c + 1) : -1;
    // (no causative found: np is -1, which c + 1 also is when the cue opens the text)
    if (np >= 0 && np === c + 1) {
      const cueEnd = d.isW(i + 1, "for") && w === "call" ? i + 1 : i;
      const k = contentStart(d, cueEnd, e, w);
      const content = k < e ? range(d, k, clauseEnd(d, k, e) - 1) : [];
      if (content.length) {
        found.push({ cue: [i - 1, cueEnd], source: [np, i - 2], content, acc: false, head: w, sent: si });
        return i;
      }
    }
  }
  return -1;
}

/** Words that look like cues and report nothing here ("known as", "made up", "show up", "called
 *  off", "found himself"). */
function lookAlike(d: Units, s: Sent, i: number, w: string): boolean {
  const U = d.U;
  const a = s.a;
  if (w === "known" && d.isW(i + 1, "as")) return true; // "the chief known as Bob" names, it reports nothing
  // "made" reports speech only with a noun of speech ("made clear", "made the case", "made
  // similar comments"); "voters under 30 made up a fifth" and "made the request" report nothing.
  if (MAKE_FORM.has(w) && !madeSpeech(d, i)) return true;
  // "show up", "a talk show, writes …", "found himself in …": not cues
  if ((w === "show" || w === "shows") && (d.isW(i + 1, "up") || U[i + 1]?.k !== WORD || d.isW(i + 1, "and") || BE.has(d.word(i + 1)) || d.isCap(i) && !d.isCap(i + 1) && i > a)) return true;
  // "called off the deal", "called to mind", "a course called “Tides”": no report of speech
  if (w === "called" && (CALLED_PARTICLE.test(d.word(i + 1)) || d.isW(i + 1, "to") && (d.isW(i + 2, "mind") || d.isW(i + 2, "jury") || d.isW(i + 2, "testify")) || (d.isCap(i + 1) || d.isQ(i + 1)) && indefiniteBefore(d, i))) return true;
  if (w === "found" && (REFLEXIVE.has(d.word(i + 1)) || d.isW(i - 1, "help") || d.isW(i - 1, "helped") || d.isW(i - 1, "to"))) return true;
  return pluralNoun(d, s, i, w);
}

/** "the firm’s bold safety claims in its brochure", "misleading claims since May", "calls from
 *  party donors": the plural noun, not the verb. A modifier before it and a place or time after
 *  it, with no clause of saying ("that", a quotation) following, read it as a noun. ("The union
 *  claims in its filing that …" stays a verb.) */
function pluralNoun(d: Units, s: Sent, i: number, w: string): boolean {
  if (!NOUN_OR_VERB.test(w) || i <= s.a || d.U[i - 1]!.k !== WORD) return false;
  const before = d.word(i - 1);
  if (PRONOUN.has(before) || AUX.has(before) || RELATIVE_WORD.test(before) || before === "that" || NOUN_DET.has(before)) return false;
  // "the Danish and Dutch claims are false": a finite verb right after it is the noun's own
  // predicate (not "what Lind claims is …", where it reports).
  if (FINITE.has(d.word(i + 1)) && !d.isW(i - 2, "what") && !d.isW(i - 3, "what")) return true;
  if (d.isCap(i - 1) || !NOUN_PREP.has(d.word(i + 1))) return false;
  for (let t = i + 2; t < s.e && t < i + 12; t++) if (d.isW(t, "that") || d.isQ(t)) return false;
  return true;
}

/** A question put to the speaker ("Asked about the tolls, she said …", "…, when asked whether …"):
 *  the asker, if named, is the source and the question the content. The last unit used. */
function askedCue(d: Units, s: Sent, i: number, w: string): number {
  const U = d.U;
  const { a, e, si, found } = s;
  // "Asked by Starnes whether …, Carson said …": the asker is the source; a bare "Asked
  // about X," has none (the answer is a statement of its own).
  let c = i + 1;
  // (the comma may sit inside a closing quotation: 'Asked if she is “ready,” most said yes')
  while (c < e && c - i < 40 && !d.isP(c, ",") && !(d.isQ(c) && U[c]!.last === ",")) c++;
  const qComma = d.isQ(c) && U[c]!.last === ",";
  let k = i + 1;
  let src: Range | null = null;
  if (d.isW(k, "by")) {
    let x = k + 1;
    while (x < c && x - k < 8 && U[x]!.k === WORD && !d.isW(x, "if") && !d.isW(x, "whether") && !d.isW(x, "about") && !d.isW(x, "what") && !d.isW(x, "why") && !d.isW(x, "how")) x++;
    if (x > k + 1) { src = [k + 1, x - 1]; k = x; }
  }
  const content = range(d, k, qComma ? c : c - 1);
  if (content.length && (d.isP(c, ",") || qComma || c >= e && i > a + 1)) found.push({ cue: [i, i], source: src, content, acc: false, head: w, sent: si });
  return c;
}

// ("Speaking at the pier, Okafor …" only sets the scene.)
/** A participle opening the sentence ("Noting that A, Smith …"), its subject after the comma. The
 *  last unit used, or -1. */
function participleOpening(d: Units, s: Sent, i: number, w: string): number {
  const { a, e, si, found } = s;
  // ("After saying she was tired, the mayor …": a preposition before the gerund of saying.)
  const afterPrep = i === a + 1 && GERUND_PREP.has(d.word(a)) && speechGerund(d, i);
  if ((i === a || afterPrep) && w.endsWith("ing") && w !== "speaking") {
    let c = i + 1;
    while (c < e && c - i < 40 && !d.isP(c, ",")) c++;
    if (afterPrep && !reportedClause(d, i + 1, c)) return -1;
    const src = d.isP(c, ",") ? sourceRight(d, c + 1, e, false, true, true) : null;
    const content = range(d, i + 1, c - 1);
    if (src && content.length) {
      found.push({ cue: [i, i], source: src, content, acc: false, head: w, sent: si });
      return c;
    }
  }
  return -1;
}
