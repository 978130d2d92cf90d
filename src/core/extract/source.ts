// Extraction, source boundaries: the noun phrase that names who speaks, found leftwards from a cue
// (the subject, with appositions and interposed clauses) or rightwards (inverted "said Smith, a …").
import { PARA, PUNCT, WORD } from "../tokens";
import { isSpeechFinite } from "../cueclass";
import {
  ADJUNCT_PREP, ADVERBIAL_PREP, COLLECTIVE_HEAD, COMPARATIVE_COUNT, COMPARATIVE_DEGREE, NUMBER_START, DESCRIPTION_DET, ADVERBIAL_OPENER, APPOS, ARTICLE_GLUE, AUX, BE, CLAUSE_CONJ, CONTRACTED_PRONOUN, CONTRACTED_VERB, DET, EXPLETIVE_IS, FINITE, IRREGULAR, LATER, LATER_UNIT, LEAD, LEAD_ADJECTIVE, LEFT_STOP, NAME_END_ABBR, NAME_GLUE, NOUN_DET, PERSONAL, FOCUS, PERSON_TITLE, POSSESSIVE,
  MODIFIER_PREP, isPersonNoun, NEGATED_VERB, NUMERAL_WORD, NOT_NAME_OPENER, NOUN_TOO, PARTICIPLE_NOT_ED, PHRASE_ON, PLACE_ABBREV, PLURAL_END, SPEECH_VERB, PREP, PRONOUN, PRO_DET, REDUCED_HEAD, REFLEXIVE, RELATIVE_WORD, RIGHT_STOP, ROLE, SOURCE_PERSON, SOURCE_THEN_CLAUSE, SUBJECT_PRONOUN, SUBORD, TENURE, TIME, TITLE_WORD, TIME_ADVERB, FLOATING, TO_NOUN, UNNAMED, VERB_NOUN_COMPOUND,
} from "../lexicon";
import { ED_END, PARTY_TAG, POSSESSIVE_END, type Range, Units, allName, capitalAdverb, dashEndingAt, isAdverb, lowerPlural, verbForm } from "./units";
import { adverbial, adverbialChain, resumesWithVerb } from "./reported";

const MAX_NP = 14; // units in a source noun phrase before an apposition
const MAX_APPOS = 30; // units in one apposition or relative clause
// Patterns tested on words, made once: a regex literal is a new object each time it is evaluated.
const DIGIT_FIRST = /^\d/;
/** Prepositions before a place in a speaker's description ("a pilot in Kellport", "a farmer from Dunmore"). */
const PLACE_PREP = new Set(["in", "of", "from", "near", "outside"]);

/** A percent sign glued to the number before it ("42% say …", "42% of voters say …"): a share of
 *  those polled, part of the noun phrase. */
function percentAt(d: Units, t: number): boolean {
  const U = d.U;
  return d.isP(t, "%") && U[t - 1]?.k === WORD && U[t - 1]!.e === U[t]!.s && DIGIT_FIRST.test(U[t - 1]!.w);
}

/** "with the port promising safer berths for ferries and the crews warning …", "the port promised
 *  … and the crews warned …": a phrase joined by "and" right after a verb (the cue-like word at
 *  k - 1 that stopped the walk left) in the same form as the one after the phrase (at j + 1) is
 *  that verb's object, then a subject of its own; the subject starts after the last "and". ("said
 *  the ferry crews and the board agreed …": one subject of the reported clause.) */
function afterObjectAnd(d: Units, k: number, j: number, a: number): number {
  if (k - 1 < a || d.U[k - 1]!.k !== WORD || d.isCap(k - 1) || d.prob(k - 1) < 0.5) return k;
  const before = d.word(k - 1);
  const after = d.word(j + 1);
  if (!(before.endsWith("ing") && after.endsWith("ing") || before.endsWith("ed") && after.endsWith("ed"))) return k;
  for (let x = j - 1; x > k; x--) if (d.isW(x, "and")) return x + 1;
  return k;
}

/** "at least" or "at most" opening at t: a bound on a count, no phrase of place. */
function countBound(d: Units, t: number): boolean {
  return d.isW(t, "at") && (d.isW(t + 1, "least") || d.isW(t + 1, "most"));
}

const APPROXIMATOR = new Set(["about", "around", "over", "under", "nearly", "almost", "roughly", "approximately"]);
/** "about 40 percent", "over half", "around a third" opening at t: a word of approximation before a
 *  count, no phrase of place. */
function approximateCount(d: Units, t: number): boolean {
  return APPROXIMATOR.has(d.word(t)) && (NUMBER_START.test(d.word(t + 1)) || d.isW(t + 1, "a") && NUMBER_START.test(d.word(t + 2)));
}

/** The start of a phrase at k widened over what a word list stops at: a comparison before a
 *  count ("More than seven in 10", "Fewer than a third") and the first member of "neither … nor"
 *  ("Neither Vale nor Reed"). */
function quantityOrPairBefore(d: Units, k: number, a: number): number {
  if (k - 2 >= a && d.isW(k - 1, "than") && COMPARATIVE_COUNT.has(d.word(k - 2)) && (NUMBER_START.test(d.word(k)) || DET.has(d.word(k)) && NUMBER_START.test(d.word(k + 1)))) {
    return k - 3 >= a && COMPARATIVE_DEGREE.has(d.word(k - 3)) ? k - 3 : k - 2; // ("No more than", "Far fewer than")
  }
  // "as many as 30 of the crews", "at least nine skippers", "all but two": a bound before a count
  if (NUMBER_START.test(d.word(k)) || DET.has(d.word(k)) && NUMBER_START.test(d.word(k + 1))) {
    if (k - 3 >= a && d.isW(k - 3, "as") && (d.isW(k - 2, "many") || d.isW(k - 2, "few") || d.isW(k - 2, "much")) && d.isW(k - 1, "as")) return k - 3;
    if (k - 2 >= a && (countBound(d, k - 2) || d.isW(k - 2, "all") && d.isW(k - 1, "but"))) return k - 2;
  }
  // ("Only about four in ten skippers", "only 40 percent of the crews")
  if (k - 1 >= a && d.isW(k - 1, "only") && (approximateCount(d, k) || NUMBER_START.test(d.word(k)))) return k - 1;
  if (k - 3 >= a && d.isW(k - 1, "nor") && d.isCap(k)) {
    let m = k - 2;
    while (m > a && d.isCap(m) && k - m < 5) m--;
    if (d.isW(m, "neither")) return m;
  }
  return k;
}

/** "Voters in Akron, Ohio said …": a place of a word or two after a comma, right after a
 *  capitalised word that a place's preposition opens, closes a "town, state" pair inside the
 *  subject; the subject starts before the town. Not after a fronted phrase ("In Akron, Vale said",
 *  "Speaking in Akron, Vale said", "Later in Akron, …"). The place is s..last, the subject runs to j
 *  (a relative clause may follow the place). s when no pair. */
function townBefore(d: Units, s: number, last: number, j: number, a: number): number {
  // (a verb and a comma after the place make it a parenthetical tag: "The man from Akron, Reed
  // said, was …")
  if (!d.isP(s - 1, ",") || !d.isCap(s - 2) || d.isP(j + 2, ",") || last - s > 1) return s;
  for (let x = s; x <= last; x++) if (!d.isCap(x) || PERSON_TITLE.has(d.word(x))) return s;
  const prep = PLACE_PREP.has(d.word(s - 3)) ? s - 3 : d.isCap(s - 3) && PLACE_PREP.has(d.word(s - 4)) ? s - 4 : -1;
  if (prep - 1 < a || d.isCap(prep)) return s;
  const head = bareLeft(d, prep - 1, a);
  if (head < 0) return s;
  const w0 = d.word(head);
  if (PREP.has(w0) || SUBORD.has(w0) || w0.endsWith("ing") || isAdverb(d, prep - 1)) return s;
  // (a noun phrase: no time word, subordinator or verb in it, "As the count closes in Maine, …",
  // "Asked about it in Ohio, …")
  for (let x = head; x < prep; x++) {
    const w = d.word(x);
    if (TIME.has(w) || TIME_ADVERB.has(w) || SUBORD.has(w) || w === "asked" || verbForm(d, x) || d.isQ(x)) return s;
  }
  // (one word at the sentence's start is a plural noun, not "Back in Akron" or "Elsewhere in Ohio")
  if (head === prep - 1 && head === a && !PLURAL_END.test(w0)) return s;
  return head === a || d.isW(head - 1, "that") || d.isP(head - 1, ",") ? head : s;
}

/** Start of the bare noun phrase that ends at j (no apposition), or -1. */
/** A slash glued to the words on both sides joins one name ("a Harbor Weekly/County Radio poll"). */
function slashJoin(d: Units, t: number): boolean {
  const U = d.U;
  const u = U[t];
  return !!u && u.k === PUNCT && u.w === "/" && U[t - 1]?.k === WORD && U[t + 1]?.k === WORD && U[t - 1]!.e === u.s && u.e === U[t + 1]!.s;
}

const VERB_SHAPED = /(?:ed|ing)$/;
/** "The officer of the mission to the regatta said": a "to" after the noun at t, of a phrase that
 *  opens the sentence (a determiner or a capital first; no verb, pronoun or stop word between), joins
 *  that phrase, which is the subject. */
function nounPhraseTo(d: Units, t: number, a: number): boolean {
  const plain = (x: number): boolean => d.U[x]?.k === WORD && !LEFT_STOP.has(d.word(x)) && !PRONOUN.has(d.word(x)) && d.prob(x) < 0.5 && !(VERB_SHAPED.test(d.word(x)) && !d.isCap(x));
  if (t <= a || d.isCap(t) || !plain(t)) return false;
  let x = t;
  while (x > a && plain(x - 1)) x--;
  const opens = x === a || x === a + 1 && (d.isW(a, "but") || d.isW(a, "and"));
  return opens && x < t && (DET.has(d.word(x)) || d.isCap(x)) && !PREP.has(d.word(x)) && !SUBORD.has(d.word(x));
}

/** Prepositions after which "that" is a determiner ("members of that panel", "a letter from that
 *  office"), never a clause's opening ("in that" may be one: "odd in that nobody …"). */
const THAT_AFTER = new Set(["of", "to", "into", "from", "for", "on", "with", "at", "by"]);
const demonstrativeThat = (d: Units, x: number): boolean => d.isW(x, "that") && THAT_AFTER.has(d.word(x - 1)) && !d.isCap(x - 1);

/** Words after "a" that count ("a dozen experts", "a few critics"): no singular noun. */
const COUNT_AFTER_A = new Set(["few", "dozen", "couple", "handful", "hundred", "thousand", "million", "score", "lot", "number", "host", "pair", "trio", "group", "team", "panel"]);

/** Words that join a phrase to another ("a majority of voters", "a yes or no voters"). */
const JOINING = new Set(["of", "to", "and", "or", "nor", "but", "than", "as", "that", "who", "which", "whom", "whose", "not"]);

/** A lower-case word of letters that is no determiner, preposition, stop word or count. */
function plainSingular(d: Units, x: number): boolean {
  const v = d.word(x);
  return d.U[x]!.k === WORD && /^[a-z]/.test(v) && !d.isCap(x) && !DET.has(v) && !PREP.has(v) && !LEFT_STOP.has(v) && !COUNT_AFTER_A.has(v) && !NUMERAL_WORD.test(v) && !JOINING.has(v);
}

/** "a deal critics say it overpaid for", "signed a contract experts say will cost …": a plural noun
 *  of people at j right after a singular noun that "a" or "an" opens (no compound can join them, as
 *  "the health officials" may) is the subject of a relative clause without "that". */
function relativeSubjectAt(d: Units, k: number, j: number): boolean {
  const w = d.word(j);
  if (j - 2 < k || d.isCap(j) || !w.endsWith("s") || !isPersonNoun(w)) return false;
  const n = d.word(j - 1);
  if (!plainSingular(d, j - 1) || n.endsWith("s")) return false;
  // the article, with at most one more plain word between it and the noun ("a tax deal")
  for (let x = j - 2; x >= Math.max(k, j - 3); x--) {
    const v = d.word(x);
    if (v === "a" || v === "an") return true; // (every word after it passed plainSingular: no count)
    if (!plainSingular(d, x)) return false;
  }
  return false;
}

export function bareLeft(d: Units, j: number, a: number): number {
  const U = d.U;
  const u = U[j];
  if (!u || j < a) return -1;
  // A name may end in ")" ("(D-ME)") or in the dot of "Jr.", "Inc.".
  const nameDot = u.k === PUNCT && u.w === "." && U[j - 1]?.k === WORD && U[j - 1]!.e === u.s && NAME_END_ABBR.has(U[j - 1]!.w);
  if (u.k !== WORD && !(u.k === PUNCT && u.w === ")") && !nameDot && !percentAt(d, j)) return -1;
  // "They all said", "the crews both agreed": a floating quantifier after a plural subject
  if (u.k === WORD && FLOATING.has(u.w) && j - 1 >= a) {
    if (d.isW(j - 1, "they") || d.isW(j - 1, "we")) return j - 1;
    // ("Vale and Reed both admitted": after names joined by "and")
    if (d.isCap(j - 1)) {
      const s = bareLeft(d, j - 1, a);
      for (let x = s + 1; s >= 0 && x < j - 1; x++) if (d.isW(x, "and")) return s;
    }
    if (U[j - 1]!.k === WORD && !d.isCap(j - 1) && PLURAL_END.test(d.word(j - 1))) {
      const s = bareLeft(d, j - 1, a);
      if (s >= 0) return s;
    }
  }
  if (u.k === WORD && (PRONOUN.has(u.w) || PRO_DET.has(u.w) || CONTRACTED_PRONOUN.test(u.w))) return j;
  if (u.k === WORD && !(u.cap && j > a) && (DET.has(u.w) || LEFT_STOP.has(u.w) || PREP.has(u.w))) return -1;
  let k = j;
  // parentheses closed inside the phrase ("Observatory for Human Rights (SOHR)"); an opening one
  // with none to close is where an aside begins ("… the river (officials at the archive say …")
  let closed = u.k === PUNCT && u.w === ")" ? 1 : 0;
  while (k - 1 >= a && j - (k - 1) < MAX_NP) {
    const p = U[k - 1]!;
    if (p.k === PUNCT && p.w === ")") closed++;
    else if (p.k === PUNCT && p.w === "(" && closed-- === 0) break;
    if (p.k === WORD) {
      if (PRONOUN.has(p.w) && !p.cap) break;
      if (EXPLETIVE_IS.test(p.w)) break; // "it’s likely the board …"
      if (LEFT_STOP.has(p.w) && !(p.cap && k - 1 > a) && !demonstrativeThat(d, k - 1) && !(p.w === "and" && (d.isCap(k - 2) && d.isCap(k) || PLURAL_END.test(d.word(k - 2)) && !d.isCap(k - 2) && !d.isCap(k) || TENURE.has(d.word(k - 2)) && TENURE.has(d.word(k)) || !d.isCap(k - 2) && ROLE.test(d.word(k - 2)))) && !(p.w === "to" && (TO_NOUN.has(d.word(k - 2)) || nounPhraseTo(d, k - 2, a)))) break;
      if (!p.cap && d.prob(k - 1) >= 0.5 && !VERB_NOUN_COMPOUND.test(`${p.w} ${d.word(k)}`)) break;
      // ("Safety officials advise workers near mine blasts …": a verb of saying in its plain form after
      // a plural noun is that noun's verb; the phrase after it is its object, no subject of the word
      // at j, which is then no verb either; "repeat callers" is no such verb)
      if (!p.cap && SPEECH_VERB.has(p.w) && !NOUN_TOO.has(p.w) && lowerPlural(d, k - 2)) return -1;
      // "…, quoting a line the mayor has used": a participle opening its clause is no part of the name.
      if (!p.cap && p.w.length > 4 && p.w.endsWith("ing") && (k - 2 < a || U[k - 2]!.k !== WORD)) break;
      k--;
    } else if (d.npPunct(k - 1) || percentAt(d, k - 1) || slashJoin(d, k - 1)) {
      k--;
    } else break;
  }
  k = afterObjectAnd(d, k, j, a);
  k = quantityOrPairBefore(d, k, a);
  // "the number of boats The Harbour Gazette said": a capitalised article inside the phrase opens a
  // name, the subject of a relative clause without "that".
  for (let m = j - 1; m > k; m--) {
    // (not after "of": "Ann Vale of The Harbor Weekly" is one phrase)
    if ((d.isW(m, "the") || d.isW(m, "a")) && d.isCap(m) && d.isCap(m + 1) && U[m - 1]!.k === WORD && !d.isCap(m - 1) && !PREP.has(d.word(m - 1)) && !DET.has(d.word(m - 1)) && !d.isW(m - 1, "of")) { k = m; break; }
  }
  // "the place port officials said …": after a noun that takes a relative clause without "that"
  // (place, time, way, reason …) the clause's own subject begins.
  for (let m = k + 1; m < j; m++) {
    // ("a number of riders said": a head with "of" after it is the phrase's own.)
    if (REDUCED_HEAD.has(d.word(m)) && !d.isCap(m) && DET.has(d.word(m - 1)) && U[m + 1]!.k === WORD && !PREP.has(d.word(m + 1)) && !d.isW(m + 1, "that") && !d.isW(m + 1, "of")) { k = m + 1; break; }
  }
  if (relativeSubjectAt(d, k, j)) k = j;
  // A fronted adverbial without comma ("On Tuesday the ministry said"): start at the
  // determiner or pronoun that opens the subject.
  // ("Earlier reports said": an adverb that is also an adjective opens the phrase before a bare noun.)
  while (k < j && LEAD.has(d.word(k)) && !(LEAD_ADJECTIVE.has(d.word(k)) && !d.isCap(k + 1) && !DET.has(d.word(k + 1)) && !PRONOUN.has(d.word(k + 1)))) k++;
  // ("At least half of the crews say": "at least" counts, it opens no adverbial)
  while (k < j && PREP.has(d.word(k)) && !d.isCap(k + 1) && !countBound(d, k) && !approximateCount(d, k)) {
    let det = k + 1;
    while (det < j && !DET.has(d.word(det)) && !PRONOUN.has(d.word(det))) det++;
    if (det >= j) break;
    k = det;
  }
  if (k < j && PREP.has(d.word(k)) && TIME.has(d.word(k + 1))) k += 2;
  // ("Tuesday Ruiz said", "Later the board said": a bare word of time before a name, an article or
  // a pronoun is an adverbial of its own; "Monday night's results", "earlier reports" are phrases.)
  else if (k < j && TIME_ADVERB.has(d.word(k)) && (d.isCap(k + 1) || DET.has(d.word(k + 1)) || PRONOUN.has(d.word(k + 1)))) k++;
  if (k < j && (d.isW(k, "with") || d.isW(k, "among") || d.isW(k, "of")) && !d.isCap(k)) k++; // "with three in 10 saying"
  k = subjectAfterAdverbial(d, k, j);
  // ("It is doubtful Vale knew", "it's likely the board said": after "it is", an adjective opens
  // the clause that is the real subject's, with no "that")
  const itIs = BE.has(d.word(k - 1)) && d.isW(k - 2, "it") || EXPLETIVE_IS.test(d.word(k - 1));
  if (k < j && itIs && !d.isCap(k) && !DET.has(d.word(k)) && (d.isCap(k + 1) || DET.has(d.word(k + 1)))) k++;
  while (k < j && (U[k]!.k !== WORD || d.word(k) === "and" || d.word(k) === "but" || d.word(k) === "so")) k++;
  return k <= j ? k : -1;
}

/** A fronted adverbial without a comma that ends on a noun or a number ("After ten seasons the
 *  keeper said", "Later that night the mayor told", "At a rally in Eastham the candidate said",
 *  "Two days later police said"): the subject opens at the last article after it (or right after
 *  "later", "ago"). Not inside a name ("Alexander the Great"), nor "an earlier report". */
function subjectAfterAdverbial(d: Units, k: number, j: number): number {
  const U = d.U;
  // (only after a fronted adverbial: the phrase opens on a preposition or follows one; "issued a
  // statement saying" keeps its verb's object out of it)
  const opener = (x: number): boolean => U[x]?.k === WORD && (PREP.has(d.word(x)) || ADVERBIAL_OPENER.has(d.word(x)));
  const fronted = opener(k) || opener(k - 1) || DET.has(d.word(k - 1)) && opener(k - 2);
  let out = k;
  for (let m = k + 1; m <= j; m++) {
    if (U[m]!.k !== WORD || U[m - 1]!.k !== WORD) continue;
    const prev = d.word(m - 1);
    const w = d.word(m);
    if (LATER.has(prev) && m - 1 > k && !DET.has(w) && !DET.has(d.word(m - 2))) {
      out = m;
      continue;
    }
    if (!fronted || w !== "the" && w !== "a" && w !== "an" || d.isCap(m)) continue;
    if (DET.has(prev) || PREP.has(prev) || LEFT_STOP.has(prev) || ARTICLE_GLUE.has(prev) || NAME_GLUE.has(prev) || PRONOUN.has(prev) || POSSESSIVE_END.test(prev)) continue;
    // (a participle's object, "voters backing the plan", and a role before a name, "spokesman the
    // Rev. Ana Ruiz", stay in the phrase)
    if (prev.endsWith("ing") && !DET.has(d.word(m - 2)) || ROLE.test(prev)) continue;
    if (d.isCap(m - 1) && !TIME.has(prev) && d.isCap(m + 1)) continue;
    out = m;
  }
  return out;
}

/** "who spoke on condition of anonymity", "who added that …": a clause about the speaking
 *  itself, which the annotation leaves out of the source. */
function speechRelative(d: Units, t: number): boolean {
  let x = t + 1;
  while (AUX.has(d.word(x))) x++;
  const w = d.word(x);
  // Only a verb of saying makes the relative a statement of its own ("who added that …"); a
  // description of the speaker stays in the source ("who has known her for decades", "who
  // backs the plan").
  return d.prob(x) >= 0.3 && isSpeechFinite(w) || w === "spoke" || w === "requested" || w === "declined" || w === "asked" || w === "insisted";
}

/** "Vale, for her part, said …", "said Vale, for one.": the speaker's turn, no part of the name. */
function speakersTurn(d: Units, t: number): boolean {
  return d.isW(t, "for") && (d.isW(t + 1, "one") && d.U[t + 2]?.k !== WORD || POSSESSIVE.has(d.word(t + 1)) && d.isW(t + 2, "part"));
}

function adjunctStart(d: Units, t: number): boolean {
  const U = d.U;
  const w = d.word(t);
  return (PREP.has(w) && (w !== "for" || d.isW(t + 1, "instance") || d.isW(t + 1, "example") || speakersTurn(d, t)) && w !== "now") || w === "of" || (w === "though" || w === "too") && !d.isCap(t) || TIME.has(w) || REFLEXIVE.has(w) || (w.endsWith("ing") && !d.isCap(t) && !roleOpens(d, t)) || w === "speaking" || w === "like" ||
    // "Ruiz, when reached by phone, said …": a short interposed clause of time
    (w === "when" || w === "while") && !d.isCap(t) && U[t + 1]?.k === WORD && !d.isCap(t + 1);
}

function apposStart(d: Units, t: number): boolean {
  const U = d.U;
  const w = d.word(t);
  // "Lena Ortiz, the Harbour Trust's executive director, said": a title after a name.
  let roleChunk = false;
  if (d.isCap(t)) for (let x = t + 1; x < t + 8 && !d.isP(x, ",") && U[x]; x++) if (!U[x]!.cap && ROLE.test(d.word(x))) { roleChunk = true; break; }
  // ("…, Germany's largest private bank, said": a possessive name opening a description.)
  const possessiveName = d.isCap(t) && POSSESSIVE_END.test(w) && U[t + 1]?.k === WORD && !d.isCap(t + 1);
  // "Critics, many of them fishermen, say": a part of the group named before.
  // ("Vale and Ruiz, both up for reelection, said", "…, both Democrats, said": a floating quantifier
  // opens one too.)
  const partOf = d.isW(t + 1, "of") && (d.isW(t + 2, "them") || d.isW(t + 2, "whom")) && !d.isCap(t) || FLOATING.has(w) && !d.isCap(t) && d.U[t + 1]?.k === WORD && !d.isW(t + 1, "of");
  return roleChunk || possessiveName || partOf || APPOS.has(w) || DIGIT_FIRST.test(w) || PARTY_TAG.test(w) || !d.isCap(t) && !DET.has(w) && !PRONOUN.has(w) && !LEFT_STOP.has(w);
}

/**
 * Source ending at j. When a comma precedes the cue, the subject carries appositions or an
 * interposed adjunct: "Smith, 70, a spokesman for X, said" / "Smith, in a statement, said".
 */
/** A lower-case "who" or "whose" a few words before s with only words between ("skippers who hope
 *  to reopen the pier", "officials whose fees were cut"): its index, or -1. */
function relativeBefore(d: Units, s: number, a: number): number {
  for (let t = s - 1; t > a && t >= s - 7; t--) {
    if (d.U[t]!.k !== WORD || d.isCap(t)) return -1;
    if (d.isW(t, "who") || d.isW(t, "whose")) return t;
  }
  return -1;
}

export function sourceLeft(d: Units, j: number, a: number): Range | null {
  const U = d.U;
  // "The mayor, who called the plan “a disaster,” said …": the comma closing the clause sits
  // inside a short quotation.
  // (or a title closing an apposition: "Vale, host of Harbor Radio’s “Morning Tide,” said …")
  const qComma = d.isQ(j) && U[j]!.last === "," && U[j]!.e - U[j]!.s <= 40 && quoteInPhrase(d, j) && j - 1 > a;
  if (d.isP(j, ",") || qComma) return commaSource(d, j, a, qComma);
  // ("Jo Hart, D-Calif. said": a place's abbreviation closes the tag, its dot standing for the comma)
  if (d.isP(j, ".") && d.isP(j - 2, ",") && placeDot(d, j)) {
    const r = commaSource(d, j, a, false);
    if (r) return [r[0], j];
  }
  // A source with an aside between dashes: "Ortiz — named by rivals as the favourite —
  // told …", "a former minister -- Ruth Kane, who lost in 2019 -- said …".
  const close = dashEndingAt(d, j);
  if (close > a) {
    for (let x = close - 1; x > a && close - x < 40; x--) {
      if (d.isQ(x) || U[x]!.k === PARA || d.isP(x, ";")) break;
      const open = dashEndingAt(d, x);
      if (open < 0) continue;
      const head = open - 1 >= a ? sourceLeft(d, open - 1, a) : null;
      return head ? [head[0], close - 1] : null;
    }
  }
  // A long aside in parentheses after the name: "Mayor Tom Vale (a Democrat so young he is
  // mistaken for an intern) says …".
  const aside = d.isP(j, ")") ? asideOpening(d, j, a) : -1;
  if (aside > a) {
    const head = sourceLeft(d, aside - 1, a);
    if (head && head[1] === aside - 1) return [head[0], j];
  }
  // A relative pronoun is its own source in the annotation ("a child, who said …").
  if ((d.isW(j, "who") || d.isW(j, "which")) && j > a) return [j, j];
  if (REFLEXIVE.has(d.word(j))) j--;
  // "Vale, Okafor and Lund have all described …": a quantifier floated after an auxiliary belongs to
  // the subject before it.
  if (FLOATING.has(d.word(j)) && AUX.has(d.word(j - 1)) && !d.isCap(j - 1) && j - 2 >= a && d.U[j - 2]!.k === WORD) return sourceLeft(d, j - 2, a);
  let s = bareLeft(d, j, a);
  if (s < 0) return null;
  // "Officials who studied the plan said": a restrictive relative clause (no comma) is part of the
  // subject, the noun it describes its head
  // (its verb may follow auxiliaries: "Traders who have done the sums", "who did the sums")
  // (and its object: "Vale and the skippers who hope to reopen the pier said")
  let rel = s - 1;
  let last = j;
  while (rel > s - 4 && rel > a && AUX.has(d.word(rel)) && !d.isCap(rel)) rel--;
  if (!d.isW(rel, "who")) rel = relativeBefore(d, s, a);
  if (rel - 1 >= a && (d.isW(rel, "who") || d.isW(rel, "whose")) && !d.isCap(rel) && d.U[rel - 1]?.k === WORD) {
    const head = bareLeft(d, rel - 1, a);
    if (head >= 0 && head < rel) { s = head; last = rel - 1; }
  }
  s = townBefore(d, s, last, j, a);
  return [nameBeforeAppos(d, s, j, a) ?? coordinatedStart(d, s, j, a), j];
}

/** Whether the dot at j closes a place's abbreviation written onto the word before it ("Calif.",
 *  "D-Calif."). */
function placeDot(d: Units, j: number): boolean {
  const p = d.U[j - 1];
  return p?.k === WORD && p.e === d.U[j]!.s && p.cap && PLACE_ABBREV.has(p.w.slice(p.w.lastIndexOf("-") + 1));
}

/** The "(" opening the aside that closes at j, when it is longer than a name's tag and bareLeft would
 *  not read past it; -1 otherwise. */
function asideOpening(d: Units, j: number, a: number): number {
  const U = d.U;
  for (let x = j - 1; x > a && j - x < 40; x--) {
    if (d.isQ(x) || U[x]!.k === PARA || d.isP(x, ";") || d.isP(x, ")")) return -1;
    if (d.isP(x, "(")) return j - x > 4 && U[x - 1]?.k === WORD ? x : -1;
  }
  return -1;
}

/** "“…,” Mara Lind, a research analyst at the group told …": an apposition whose closing comma is
 *  missing; the name before it, right after the quotation or opening the sentence with two words
 *  or more ("Dan Reed, the party's spokesman said …"), is the source's start (undefined: none). */
function nameBeforeAppos(d: Units, s: number, j: number, a: number): number | undefined {
  if (!d.isP(s - 1, ",") || !APPOS.has(d.word(s))) return undefined;
  let x = s - 2;
  while (x > a && s - 2 - x < 4 && d.isCap(x - 1) && !d.isQ(x - 1)) x--;
  // (not a tag set between commas inside the clause: "New York, the mayor said, is safe")
  if (x === a && x < s - 2 && !d.isP(j + 2, ",") && allName(d, x, s - 2) && !openerIn(d, x, s - 2)) return x;
  return x > a && d.isQ(x - 1) && allName(d, x, s - 2) ? x : undefined;
}

/** Whether a word of x..y opens an adverbial rather than a name ("Like Rove, …", "Early Tuesday, …",
 *  "Meanwhile Dover, …"): a preposition, a time or a sentence adverb. */
function openerIn(d: Units, x: number, y: number): boolean {
  for (let t = x; t <= y; t++) {
    const w = d.word(t);
    if (PREP.has(w) || ADVERBIAL_PREP.has(w) || ADVERBIAL_OPENER.has(w) || LEAD.has(w) || TIME.has(w) || NOT_NAME_OPENER.has(w)) return true;
  }
  return false;
}

/** Whether the quotation at t goes on a phrase: after a lower-case word ("called the plan “a
 *  disaster,”", "the author of “Tides,”") or a possessive ("Harbor Radio’s “Morning Tide,”"). */
function quoteInPhrase(d: Units, t: number): boolean {
  return d.U[t - 1]?.k === WORD && (!d.isCap(t - 1) || POSSESSIVE_END.test(d.word(t - 1)));
}

/** Comma-separated chunks leftwards from the comma at j (or the quotation closing on one), up to
 *  a hard boundary; null when a chunk would be empty. */
function commaChunks(d: Units, j: number, a: number, qComma: boolean): Range[] | null {
  const U = d.U;
  const chunks: Range[] = [];
  let end = qComma ? j : j - 1;
  let t = end;
  const lo = Math.max(a, j - 60);
  while (t >= lo && chunks.length < 6) {
    // A short quoted title inside an apposition ("the author of “Tides,” about …") is part of it.
    // (the one closing the apposition may follow a possessive: "host of Harbor Radio’s “Morning Tide,”")
    const titleQ = d.isQ(t) && U[t]!.e - U[t]!.s <= 40 && (t === end && qComma ? quoteInPhrase(d, t) : U[t - 1]?.k === WORD && !d.isCap(t - 1)) && t > lo;
    if (d.isP(t, ",") || t === lo || d.isQ(t) && !titleQ || d.isP(t, ";") || d.isP(t, ":") || d.isP(t, "—") || U[t]!.k === PARA) {
      const hard = !d.isP(t, ",") && t !== lo || (t === lo && (d.isQ(t) || d.isP(t, ";") || d.isP(t, ":") || d.isP(t, "—")));
      const st = hard || d.isP(t, ",") ? t + 1 : t;
      if (st > end) return null;
      chunks.unshift([st, end]);
      if (!d.isP(t, ",")) break;
      end = t - 1;
    }
    t--;
  }
  return joinListItems(d, chunks);
}

/** "assistant director for ports, ferries, and piers": the items of a list of common nouns, the
 *  last after "and"/"or", belong to the chunk they finish. */
function joinListItems(d: Units, chunks: Range[]): Range[] {
  for (let k = chunks.length - 1; k > 0; k--) {
    const [ks, ke] = chunks[k]!;
    if (!(d.isW(ks, "and") || d.isW(ks, "or")) || d.isCap(ks + 1) || ke - ks > 3 || !listNP(d, ks + 1, ke)) continue;
    let m = k - 1;
    while (m > 0 && chunks[m]![1] - chunks[m]![0] <= 2 && !d.isCap(chunks[m]![0]) && listNP(d, chunks[m]![0], chunks[m]![1])) m--;
    if (m === k - 1 && chunks[m]![1] - chunks[m]![0] <= 2) continue;
    chunks.splice(m, k - m + 1, [chunks[m]![0], ke]);
    k = m;
  }
  return chunks;
}

/** The subject before the comma at j: its head noun phrase with the appositions after it, or a
 *  role phrase then a name; null when the chunks read as content. */
function commaSource(d: Units, j: number, a: number, qComma: boolean): Range | null {
  const chunks = commaChunks(d, j, a, qComma);
  if (!chunks) return null;
  if (chunks.length < 2) {
    // "Gov. Ann Marsh (D-ME), said …": a stray comma after a bare name opening the clause.
    const c0 = chunks[0];
    if (c0 && opensAt(d, c0[0], a) && allName(d, c0[0], c0[1])) return c0;
    return null;
  }
  // ("After the vote, Gov. Ann Marsh (D-ME), said …": so after adverbials opening the sentence,
  // "On Tuesday in Berea, after the vote, Gov. …".)
  const cn = chunks[chunks.length - 1]!;
  const adverbialsFirst = chunks.slice(0, -1).every(([cs], x) => x === 0 ? opensAt(d, cs, a) && adverbialWord(d, cs) : adverbialWord(d, cs) || adjunctStart(d, cs));
  if (d.isP(j - 1, ")") && PARTY_TAG.test(d.word(j - 2)) && allName(d, cn[0], cn[1]) && adverbialsFirst) return cn;
  // Walk leftwards from the chunk next to the cue to the head noun phrase.
  let h = chunks.length - 1;
  for (; h > 0; h--) {
    const [cs, ce] = chunks[h]!;
    const [ps, pe] = chunks[h - 1]!;
    if (adjunctStart(d, cs)) continue;
    // "Houston, Texas": a bare capitalised chunk after a capitalised word continues a place.
    // (Not a titled name: "…, Ms. Ruiz, the first …, said" is a person.)
    if (d.isCap(cs) && ce - cs <= 2 && d.isCap(pe) && !TIME.has(d.word(pe)) && !PERSON_TITLE.has(d.word(cs))) continue;
    // "…, who lives outside the county seat, Ashford, said": the place ends the clause.
    if (d.isCap(cs) && ce - cs <= 2 && RELATIVE_WORD.test(d.word(ps))) continue;
    // "While terms were not released, a person familiar with the deal, …, said": a subordinate
    // clause opening the sentence is no name for the chunk after it to describe.
    // ("As Dana Ruiz, a planner, noted, …": unless "as" opens the attribution itself, its clause
    // only the subject of the verb.)
    if (adverbial(d, ps, pe + 1) && SUBORD.has(d.word(ps)) && opensAt(d, ps, a) && !(d.isW(ps, "as") && subjectOnly(d, ps + 1, pe))) break;
    if (apposStart(d, cs)) continue;
    // "Ana Ruiz, the head of the union, Local 12, said": a name after an apposition names the
    // noun it ends on, when a name opens the clause before them.
    if (h >= 2 && allName(d, cs, ce) && APPOS.has(d.word(ps)) && allName(d, chunks[0]![0], chunks[0]![1]) && opensAt(d, chunks[0]![0], a)) continue;
    break;
  }
  const pair = pairedListStart(d, chunks, h, a);
  if (pair >= 0 && h === chunks.length - 1) return [pair, chunks[h]![1]];
  if (h === chunks.length - 1 && chunks.length > 1) return roleThenName(d, chunks, h, a);
  let [hs, he] = chunks[h]!;
  if (adjunctStart(d, hs) && h + 1 < chunks.length) { h++; [hs, he] = chunks[h]!; }
  const bare = bareLeft(d, he, hs);
  if (bare < 0) return null;
  if (bare > hs && !LEFT_STOP.has(d.word(bare - 1)) && !PRONOUN.has(d.word(bare))) return null;
  const head = pair >= 0 ? pair : coordinatedStart(d, bare, he, hs);
  // Include appositions, stop before an interposed adjunct ("in her dissent").
  let last = he;
  for (let x = h + 1; x < chunks.length; x++) {
    const [cs, ce] = chunks[x]!;
    // ("Ana Ruiz, 41, of Ashford, said": where the speaker is from describes her; "Several
    // skippers, including Ana Ruiz, said": so do the members named.)
    if (adjunctStart(d, cs) && !(d.isW(cs, "of") && d.isCap(cs + 1)) && !d.isW(cs, "including") || d.isW(cs, "which") || d.isW(cs, "who") && speechRelative(d, cs)) break;
    last = ce;
  }
  return [head, last];
}

/** "Ana Ruiz, the mayor, and Sam Ortega(, her deputy,) said": chunk h is "and" and a name, after
 *  a name with its appositions that opens the clause (or follows adverbials opening it): where the
 *  first name starts, the list being the source; -1 when the chunks are not so. */
function pairedListStart(d: Units, chunks: Range[], h: number, a: number): number {
  const [cs, ce] = chunks[h]!;
  if (!d.isW(cs, "and") || !allName(d, cs + 1, ce)) return -1;
  let k = h - 1;
  while (k > 0 && apposStart(d, chunks[k]![0]) && !adjunctStart(d, chunks[k]![0])) k--;
  if (k === h - 1) return -1;
  const [ns, ne] = chunks[k]!;
  const opens = opensAt(d, ns, a) || chunks.slice(0, k).every(([x], m) => (m > 0 || opensAt(d, x, a)) && adverbialWord(d, x));
  return allName(d, ns, ne) && opens ? ns : -1;
}

/** A name, or a name and where it is from ("Ann Vale of the Tidewater Line in Port Kell"). */
function nameChunk(d: Units, x: number, y: number): boolean {
  if (allName(d, x, y)) return true;
  let n = x;
  while (n + 1 <= y && d.isCap(n + 1)) n++;
  return n > x && allName(d, x, n) && (d.isW(n + 1, "of") || d.isW(n + 1, "from")) && y - n <= 7 && listNP(d, n + 2, y);
}

/** A preposition, subordinator or time word opening an adverbial at x ("after", "while", "Tuesday"). */
function adverbialWord(d: Units, x: number): boolean {
  const w = d.word(x);
  return PREP.has(w) || SUBORD.has(w) || TIME.has(w);
}

/** Whether units x..y are only a name or a noun phrase with its article ("Dana Ruiz", "the
 *  harbour master"), with no verb of their own. */
function subjectOnly(d: Units, x: number, y: number): boolean {
  return bareLeft(d, y, x) === x && (allName(d, x, y) || DET.has(d.word(x)));
}

/** Whether unit x opens its clause: the sentence's start, or right after a quotation or a paragraph break. */
function opensAt(d: Units, x: number, a: number): boolean {
  return x === a || d.isQ(x - 1) || d.U[x - 1]?.k === PARA;
}

/** Whether units a..b-1 hold a verb: a clause of its own. */
function verbBefore(d: Units, a: number, b: number): boolean {
  for (let t = a; t < b; t++) if (d.U[t]!.k === WORD && (verbForm(d, t) || !d.isCap(t) && d.prob(t) >= 0.5)) return true;
  return false;
}

/** A subject whose last chunk before the cue is its head: only "role phrase, Name," reads so. */
function roleThenName(d: Units, chunks: Range[], h: number, a: number): Range | null {
  const U = d.U;
  const text = d.text;
  // "the White House spokesman, Josh Earnest, said": a role phrase opening the clause, then
  // the name. Otherwise ("…, Smith said") the caller reads content before the source.
  const pe = chunks[h - 1]![1];
  let ps = chunks[h - 1]![0];
  // "She said her deputy, Oskar Feld, had …": the reported clause, and the role phrase opening
  // it, start after the verb of saying; the subject that says it is no part of the source.
  const np = bareLeft(d, pe, ps);
  // ("The time frame in which the mayor's deputy, Ana Ruiz, said": a relative clause opens there too.)
  // (Not a participle after the role's noun: "One skipper backing the mayor, Ann Vale, said".)
  const participle = d.word(np - 1).endsWith("ing") && np - 2 > ps && !d.isCap(np - 2) && !AUX.has(d.word(np - 2)) && !PRONOUN.has(d.word(np - 2));
  const reported = np > ps && !participle && (d.prob(np - 1) >= 0.5 || d.isW(np - 1, "that") && d.prob(np - 2) >= 0.5 || RELATIVE_WORD.test(d.word(np - 1)));
  // ("Later the mayor, Ana Ruiz, said", "On Monday the board's chair, …": the role phrase opens
  // after a fronted adverbial with no comma, which is no part of it.)
  // (nor a conjunction that opens the clause: "But the mayor, Ana Ruiz, said", "When the board's
  // chair, Ana Ruiz, said …, nobody listened")
  // (nor ", and" after a clause of its own: "Vale called for an inquiry, and her deputy, Ana Ruiz,
  // said …")
  const joined = !reported && np > ps && CLAUSE_CONJ.has(d.word(np - 1)) && d.isP(np - 2, ",") && verbBefore(d, a, np - 2);
  const fronted = !reported && np > ps && opensAt(d, ps, a) && (adjunctStart(d, ps) || SUBORD.has(d.word(ps)) || CLAUSE_CONJ.has(d.word(ps)));
  if (reported || fronted || joined) ps = np;
  // ("Ana Ruiz, Tom Hale and their deputy, Ivo Berg, said": the role phrase is the last member of a
  // list that opens the clause.)
  const list = reported || fronted || joined ? ps : coordinatedStart(d, np, pe, a);
  if (list < np) ps = list;
  const opens = reported || fronted || joined || list < np || opensAt(d, ps, a) || d.isP(ps - 1, ",") && adverbial(d, a, ps - 1);
  const [ns, ne] = chunks[h]!;
  // A role phrase may be any noun phrase when a bare name follows it ("Another delegate on
  // the list, Rosa Lind, said", "One of the study's authors, Ivo Berg, said").
  if ((DET.has(d.word(ps)) || DESCRIPTION_DET.has(d.word(ps)) || d.isCap(ps) && !PREP.has(d.word(ps)) && !adjunctStart(d, ps)) && (ROLE.test(text.slice(U[ps]!.s, U[pe]!.e)) || nameChunk(d, ns, ne) && pe - ps < 14) && opens) {
    return [ps, ne];
  }
  // "…, a spokeswoman, Ana Ruiz, said": after content, a role with a determiner, then the name.
  // (the role may be any title or person noun as the phrase's head: "its chair", "the club's treasurer")
  const role = ROLE.test(text.slice(U[ps]!.s, U[pe]!.e)) || U[pe]!.k === WORD && !d.isCap(pe) && (TITLE_WORD.has(d.word(pe)) || SOURCE_PERSON.has(d.word(pe)));
  // (a relative clause may open on it: "…, a post that the board's chair, Ana Ruiz, called …")
  const rs = np > ps && (d.isW(np - 1, "that") || RELATIVE_WORD.test(d.word(np - 1))) ? np : ps;
  // (or any noun naming one person or body before a full name: "…, its harbour master, Tom Reed,
  // told …")
  const named = role || ne > ns && pe - rs <= 4 && singleHead(d, rs, pe);
  if (!opens && DET.has(d.word(rs)) && pe - rs < 8 && named && allName(d, ns, ne) && d.isP(ps - 1, ",")) return [rs, ne];
  return null;
}

/** Whether units x..y (a determiner first) read as a noun phrase naming one person or body: words
 *  only, none a preposition or a likely verb, its head singular ("its harbour master", "the club's
 *  cook", "their school"). */
function singleHead(d: Units, x: number, y: number): boolean {
  const head = d.word(y);
  if (d.isCap(y) || head.endsWith("s") || head.endsWith("ing") || head.endsWith("ly")) return false;
  for (let t = x + 1; t <= y; t++) if (d.U[t]!.k !== WORD || PREP.has(d.word(t)) || PHRASE_ON.has(d.word(t)) || d.prob(t) >= 0.3) return false;
  return true;
}

/** Whether units x..y read as a short noun phrase opening a list: no verb-like word in it. */
function listNP(d: Units, x: number, y: number): boolean {
  const U = d.U;
  if (y < x || y - x > 5 || LEAD.has(d.word(x)) || TIME.has(d.word(x)) || PREP.has(d.word(x)) || SUBORD.has(d.word(x))) return false;
  if (PRONOUN.has(d.word(x)) && y === x) return false;
  for (let t = x; t <= y; t++) {
    const w = d.word(t);
    if (U[t]!.k !== WORD && !d.npPunct(t)) return false;
    if (U[t]!.k === WORD && !d.isCap(t) && (FINITE.has(w) || IRREGULAR.has(w) || ED_END.test(w) || isAdverb(d, t) || d.prob(t) >= 0.3)) return false;
  }
  return true;
}

/** Whether a list's first member starts at x: the clause opens there, or after the comma that
 *  ends a clause before it ("The pier is safe, Lind and others said"; not for a list with a
 *  serial comma, `serial`, whose members may be a clause's object: "…denied a role in the May 4,
 *  2020, attacks, and the board said"). */
function opensClause(d: Units, x: number, a: number, serial = false): boolean {
  const U = d.U;
  if (x === a || U[x - 1]!.k === PARA || d.isQ(x - 1) || d.isP(x - 1, ":") || d.isP(x - 1, ";") || d.isW(x - 1, "but") || d.isW(x - 1, "and") && d.isP(x - 2, ",")) return true;
  // (or a fronted adverbial: "At the debate, Ana Ruiz and …")
  return d.isP(x - 1, ",") && x - 1 > a && (!serial && clauseBefore(d, a, x - 1) || adverbialChain(d, a, x - 1));
}

/** Whether the comma at c ends a clause: a lower-case finite or past verb between it and the comma
 *  (or clause start a) before it. */
function clauseBefore(d: Units, a: number, c: number): boolean {
  for (let t = c - 1; t >= a && !d.isP(t, ","); t--) {
    if (d.isQ(t) || d.U[t]!.k === PARA) return false;
    // (or a verb contracted onto its subject: "It’s not only about crowds, he and Mr. Allen said")
    if (verbForm(d, t) || CONTRACTED_VERB.test(d.word(t))) return true;
  }
  return false;
}

/**
 * The start of a coordinated subject whose last member ends the source at s..j: "Lind and
 * others said", "Fishermen, traders and their families say" (the list opens the clause; each
 * member a short noun phrase).
 */
function coordinatedStart(d: Units, s: number, j: number, a: number): number {
  // (no phrase: nothing to join, and no walk from the text's start to j)
  if (s < 0) return s;
  let st = s;
  let coordinated = false;
  // (the conjunction may carry a focus word: "Skippers and even some fishermen say")
  const and = d.isW(st - 1, "and") ? st - 1 : d.isW(st - 2, "and") && FOCUS.has(d.word(st - 1)) && !d.isCap(st - 1) ? st - 2 : -1;
  // ("Ana Ruiz, Tom Hale, and Ivo Berg said": a serial comma before the last member's "and". A
  // list has three members then: two alone, "…, and Ivo Berg said", join two clauses.)
  const serial = and > 0 && d.isP(and - 1, ",");
  if (and > 0 && and - (serial ? 2 : 1) >= a) {
    const e = serial ? and - 2 : and - 1;
    const p = bareLeft(d, e, a);
    // ("She and her aides said": a personal pronoun opening the clause is a first member too.)
    const pronoun = p === e && PERSONAL.has(d.word(p)) && d.word(p) !== "it";
    // ("The harbour board and two skippers said": a noun phrase with its article opening the clause.)
    // (or after a comma, when more members before it open the clause: "The mayor, the treasurer and
    // …"; the walk over them below gives up otherwise)
    const article = p >= 0 && DET.has(d.word(p)) && (opensClause(d, p, a) || d.isP(p - 1, ","));
    // ("Sen. Ana Ruiz (D-Vt.) and …": a name with its party tag.)
    const tag = d.isP(e, ")") ? tagOpening(d, e, p) : -1;
    const name = tag > p ? allName(d, p, tag - 1) : allName(d, p, e);
    // ("Harbour staff and the board said": a collective noun is as many as a plural.)
    const group = PLURAL_END.test(d.word(e)) || COLLECTIVE_HEAD.test(d.word(e)) && !d.isCap(e);
    if (p >= 0 && (pronoun || (name || group || article) && (tag > p || listNP(d, p, e)))) {
      if (!serial && opensClause(d, p, a)) return p;
      // ("Ana Ruiz, Tom Hale and many others said": more members before it, after commas.)
      st = p;
      coordinated = true;
    }
  }
  for (let t = s + 1; t < j; t++) if (d.isW(t, "and") || d.isW(t, "or")) coordinated = true;
  if (!coordinated) return s;
  for (let n = 0; n < 6 && d.isP(st - 1, ",") && st - 2 >= a; n++) {
    const p = bareLeft(d, st - 2, a);
    if (p < 0 || !listNP(d, p, st - 2)) return s;
    st = p;
    if (opensClause(d, st, a, serial)) return st;
  }
  return s;
}

/** The "(" of a short tag closing at c ("(D)", "(R-Ohio)", "(Vt.)"), not before p; -1 when none. */
function tagOpening(d: Units, c: number, p: number): number {
  for (let x = c - 1; x > p && c - x <= 5; x--) {
    if (d.isP(x, "(")) return x;
    if (d.isQ(x) || d.isP(x, ",") || d.isP(x, ")")) return -1;
  }
  return -1;
}

/** The dash closing a dateline that opens a sentence at a ("WASHINGTON —", "ORLANDO, Fla.
 *  (Reuters) -"), or -1. */
export function datelineEnd(d: Units, a: number, e: number): number {
  const U = d.U;
  const text = d.text;
  if (U[a]?.k !== WORD || U[a]!.e - U[a]!.s <= 1) return -1;
  const w = text.slice(U[a]!.s, U[a]!.e);
  if (w !== w.toUpperCase()) return -1;
  for (let t = a + 1; t < e && t - a < 10; t++) {
    if (dashEndingAt(d, t) >= 0 || d.isP(t, "-")) return t;
    if (U[t]!.k === WORD && !d.isCap(t)) return -1;
  }
  return -1;
}

export function bareLeftPossessive(d: Units, j: number, a: number): number {
  const st = bareLeft(d, j, a);
  return st >= 0 ? st : (POSSESSIVE_END.test(d.word(j)) ? j : -1);
}

/** A lower-case title at k before a name: "says economic historian Lena Ortiz", "said lobbyist and
 *  party strategist Lena Ortiz", "said pilot and SNP organiser Lena Ortiz". The name's first
 *  unit, or -1. */
export function titleName(d: Units, k: number, e: number): number {
  // (a title's words are nouns and adjectives: no article, preposition, pronoun or likely verb)
  const titleWord = (t: number): boolean => {
    const w = d.word(t);
    return d.U[t]?.k === WORD && !PREP.has(w) && !PHRASE_ON.has(w) && !DET.has(w) && !RIGHT_STOP.has(w) && !PRONOUN.has(w) && !TIME.has(w) && d.prob(t) < 0.3;
  };
  if (d.isCap(k) || !titleWord(k)) return -1;
  let and = false;
  for (let t = k + 1; t <= k + (and ? 5 : 3) && t < e; t++) {
    if (!and && d.isW(t, "and")) { and = true; continue; }
    // (a capitalised modifier inside the title: "GOP strategist")
    if (d.isCap(t) && !(and && titleWord(t + 1) && !d.isCap(t + 1))) return t > k + 1 || !AUX.has(d.word(t)) ? t : -1;
    if (!titleWord(t)) return -1;
  }
  return -1;
}

/** Source starting at k and running right (inverted "said Smith, a spokesman, …"). */
export function sourceRight(d: Units, k: number, e: number, toEnd = true, loose = false, subject = false): Range | null {
  const U = d.U;
  const u = U[k];
  if (!u || k >= e || u.k !== WORD) return null;
  if (RIGHT_STOP.has(u.w) && !u.cap) return null;
  const endsOk = (t: number): boolean => t >= e || !toEnd || d.isP(t, ",") || d.isQ(t) || d.isP(t, ":") || d.isP(t, "(") || d.isP(t, ";") || d.isP(t, "—") || PREP.has(d.word(t)) || TIME.has(d.word(t)) || d.word(t) === "who" || d.word(t) === "to" || SOURCE_THEN_CLAUSE.has(d.word(t));
  if (PRONOUN.has(u.w)) return endsOk(k + 1) ? [k, k] : null;
  const name = !u.cap && toEnd ? titleName(d, k, e) : -1;
  if (!loose && !u.cap && !DET.has(u.w) && !UNNAMED.test(u.w) && !ROLE.test(u.w) && name < 0) return null;
  let j = k;
  let words = 1;
  const maxWords = loose ? 14 : 9;
  // A relative clause after the noun ("said a port analyst who has worked for the mayor"): its
  // auxiliaries go on with it; when it does not fit, the source ends before "who".
  let rel = -1;
  while (j + 1 < e && words <= maxWords) {
    const n = U[j + 1]!;
    if (n.k === WORD) {
      // ("said Lind and others,", "said the mayor and two aides.": a short last member, then the
      // sentence or the attribution ends)
      const last = n.w === "and" && toEnd && !subject ? lastMember(d, j + 2, e) : -1;
      if (last >= 0) { j = last; break; }
      if (rel < 0 && !n.cap && j > k && n.w === "who" && toEnd && !subject) rel = j + 1;
      if (rel >= 0 && !n.cap && AUX.has(n.w) && d.prob(j + 1) < 0.5) { j++; words++; continue; }
      // ("a later chancellor", "the last envoy": after an article the word describes the noun)
      const adjective = j === k && (u.w === "a" || u.w === "an" || u.w === "the") && (n.w === "later" || n.w === "earlier" || n.w === "last") && U[j + 2]?.k === WORD && !RIGHT_STOP.has(d.word(j + 2));
      if (!n.cap && !adjective && (RIGHT_STOP.has(n.w) || PRONOUN.has(n.w)) && !(n.w === "and" && ((d.isCap(j) || d.isP(j, ".") && d.isCap(j - 1)) && d.isCap(j + 2) || j + 1 < name)) && !(n.w === "to" && TO_NOUN.has(d.word(j))) && !(toEnd && !subject && modifierGoesOn(d, k, j, rel))) break;
      if (n.w === "known" && d.isW(j + 2, "as") && j + 3 < e) { j += 2; words += 2; continue; } // "the chief known as Bob"
      if (!n.cap && d.prob(j + 1) >= 0.5) { if (subject) break; return null; } // a verb: this is a clause, not a name
      if (subject && !n.cap && AUX.has(n.w)) break; // "Mr. Putin also veered …"
      // In subject position the noun phrase ends at its verb ("the engineer closed …").
      if (subject && !n.cap && j > k - 1 && !NOUN_DET.has(d.word(j)) && (n.w.endsWith("ed") || IRREGULAR.has(n.w) || d.prob(j + 1) >= 0.1)) break;
      j++;
      words++;
    } else if (d.npPunct(j + 1)) j++;
    else break;
  }
  // "said a former auditor who oversaw the reviews and described …": the relative clause
  // belongs to the source, the coordinated verb does not.
  const relativeThenAnd = (): boolean => {
    if (!d.isW(j + 1, "and")) return false;
    for (let t = k + 1; t <= j; t++) if (d.isW(t, "who")) return true;
    return false;
  };
  if (rel >= 0 && (words > maxWords || !(endsOk(j + 1) || loose && (d.isW(j + 1, "that") || relativeThenAnd())))) { j = rel - 1; words = 0; }
  if (words > maxWords || !(endsOk(j + 1) || loose && (d.isW(j + 1, "that") || relativeThenAnd()))) return null;
  if (toEnd) j = appositionsAfter(d, j, e);
  while (j > k && U[j]!.k === PUNCT && U[j]!.w !== ")") j--;
  return [k, j];
}

/** The last unit of a coordinated source's last member starting at x: up to three words, none
 *  a verb, then a comma or the end of the sentence (-1 when it is not so). */
function lastMember(d: Units, x: number, e: number): number {
  for (let t = x; t < e && t < x + 3; t++) {
    const w = d.word(t);
    if (w === "" || RIGHT_STOP.has(w) || FINITE.has(w) || d.prob(t) >= 0.3 || !d.isCap(t) && ED_END.test(w)) return -1;
    if (t + 1 >= e || d.isP(t + 1, ",") || d.isP(t + 1, ".")) return t;
  }
  return -1;
}

/** After unit j of a source opened at k, a preposition at j + 1 goes on with the noun phrase's
 *  modifier: a participle's phrase ("a lawsuit filed in May", "a trader involved in the talks") or
 *  a relative clause ("an official who spoke on condition of anonymity"). */
function modifierGoesOn(d: Units, k: number, j: number, rel: number): boolean {
  const w = d.word(j + 1);
  if (!MODIFIER_PREP.has(w)) return false;
  if (rel >= 0) return true;
  const p = d.word(j);
  return j > k && !d.isCap(j) && p.length > 3 && (ED_END.test(p) || PARTICIPLE_NOT_ED.has(p));
}

/** ", a ferry pilot from Kellport, Ore., who …": the chunk j + 2..t, a capitalised word or two,
 *  goes on a place named right before the comma. */
function placeGoesOn(d: Units, j: number, t: number): boolean {
  let words = 0;
  for (let x = j + 2; x <= t; x++) if (d.U[x]!.k === WORD) { if (!d.isCap(x)) return false; words++; }
  return words <= 2 && d.isP(t + 1, ",") && d.isCap(j) && (PLACE_PREP.has(d.word(j - 1)) || d.isCap(j - 1) && PLACE_PREP.has(d.word(j - 2)));
}

/** Whether a title with no article opens a phrase at t: a lower-case role word within its first
 *  three words, the words before it lower-case too ("managing director and analyst at …", "legal
 *  director for …", "chairman of …"). */
function roleOpens(d: Units, t: number): boolean {
  for (let x = t; x < t + 3; x++) {
    if (d.U[x]?.k !== WORD || d.isCap(x) || DET.has(d.word(x)) || PREP.has(d.word(x))) return false;
    if (ROLE.test(d.word(x))) return true;
  }
  return false;
}

/** The end of a source after its appositions, from its last unit j: ", a Republican and former
 *  governor who …", ", House editor for the Cook Political Report." — up to the sentence end
 *  or the next comma. */
function appositionsAfter(d: Units, j: number, e: number): number {
  const U = d.U;
  while (d.isP(j + 1, ",") && j + 2 < e) {
    const f = U[j + 2]!;
    const role = roleOpens(d, j + 2);
    if (f.k !== WORD || f.w.endsWith("ing") && !role || (f.w.endsWith("ed") && !f.cap) || (f.w === "who" || f.w === "which") && speechRelative(d, j + 2) || f.w === "and" || f.w === "but" || PRONOUN.has(f.w) || TIME.has(f.w) || ADJUNCT_PREP.has(f.w) || speakersTurn(d, j + 2)) break;
    let t = j + 2;
    while (t + 1 < e && t - j < MAX_APPOS && !d.isP(t + 1, ",") && !d.isQ(t + 1) && !d.isP(t + 1, ";") && !(d.isW(t + 1, "who") && speechRelative(d, t + 1))) t++;
    // "The catch, says Lind, a ferry owner, is the tide": the sentence resumes after the apposition.
    const reachesEnd = t + 1 >= e || d.isP(t + 1, ",") && resumesWithVerb(d, t + 2);
    if (!reachesEnd && !(APPOS.has(f.w) || role || DIGIT_FIRST.test(f.w) || PARTY_TAG.test(f.w) || placeGoesOn(d, j, t))) break;
    // "Turnout, according to the clerk, has surged": a finite verb outside a relative clause
    // makes the chunk the rest of the sentence, not an apposition.
    let clause = false;
    for (let x = j + 2; x <= t && !clause; x++) {
      if (d.isW(x, "who") || d.isW(x, "which") || d.isW(x, "that") || d.isW(x, "whose")) break;
      if (FINITE.has(d.word(x)) || NEGATED_VERB.test(d.word(x)) || d.isQ(x)) clause = true;
    }
    if (clause || d.isQ(t + 1) && t + 1 < e) break;
    j = t;
  }
  return j;
}

/** The subject noun phrase opening a clause at a (with an apposition), ending before e. */
export function subjectAt(d: Units, a: number, e: number): Range | null {
  let s = a;
  const dl = datelineEnd(d, a, e);
  if (dl >= 0) s = dl + 1;
  while (s < e && (d.isP(s, "-") || d.isP(s, "—") || d.isP(s, "–"))) s++; // the rest of a "--" dash
  while (s < e && LEAD.has(d.word(s)) && !d.isP(s + 1, ",")) s++;
  // ("Essentially, the auditors …": a capitalised adverb and its comma open no subject)
  if (capitalAdverb(d, s) && d.isP(s + 1, ",")) s += 2;
  s = pastDegree(d, s);
  s = afterTimeLater(d, s, e);
  if (d.isW(s, "here") || d.isW(s, "there")) s++; // "Here in Columbia, Sanders …"
  // ("For months, Obama has …": "for" opening the sentence opens an adverbial too)
  while (s < e && (adjunctStart(d, s) || SUBORD.has(d.word(s)) || s === a && d.isW(s, "for") || d.isW(s, "but") || d.isW(s, "and"))) {
    // Skip a fronted adverbial up to its comma ("On Monday, Smith …"), or a fronted clause ("When
    // asked about it, Smith …", "As is the custom, the ruling …").
    if (d.isW(s, "but") || d.isW(s, "and")) { s++; continue; }
    const clause = SUBORD.has(d.word(s));
    let c = s;
    while (c < e && c - s < (clause ? 16 : 10) && !d.isP(c, ",")) c++;
    // (the verb inside that clause: "When Vale later said …", its subject after the conjunction)
    if (clause && c >= e) { s++; break; }
    if (!d.isP(c, ",")) return clause ? null : pronounAfterAdverbial(d, s, c);
    s = c + 1;
  }
  // "We’ll start by noting …": a pronoun with its auxiliary contracted is the whole subject.
  if (CONTRACTED_PRONOUN.test(d.word(s))) return [s, s];
  const np = sourceRight(d, s, e, false, false, true);
  if (!np) return null;
  let end = np[1];
  if (d.isP(end + 1, ",") && apposStart(d, end + 2) && !adjunctStart(d, end + 2)) {
    let t = end + 2;
    while (t < e && t - end < MAX_APPOS && !d.isP(t, ",") && !d.isQ(t)) t++;
    if (d.isP(t, ",")) end = t - 1;
  }
  return [np[0], end];
}

/** A subject pronoun after a fronted adverbial with no comma ("At the pier she laughed and …"):
 *  it, within s..c-1 and before a lower-case word; else null. */
function pronounAfterAdverbial(d: Units, s: number, c: number): Range | null {
  for (let t = s + 1; t < c; t++) {
    if (d.U[t]!.k !== WORD) return null;
    if (SUBJECT_PRONOUN.has(d.word(t)) && !d.isCap(t) && d.U[t + 1]?.k === WORD && !d.isCap(t + 1)) return [t, t];
  }
  return null;
}

/** Past an adverb before a fronted adverbial at s ("Just before the ferry left, …", "Shortly
 *  after noon, …"): the adverbial's first word; s when there is none. */
export function pastDegree(d: Units, s: number): number {
  const adverb = isAdverb(d, s) || capitalAdverb(d, s) || d.isW(s, "just") || d.isW(s, "right") || d.isW(s, "even");
  return adverb && (PREP.has(d.word(s + 1)) || SUBORD.has(d.word(s + 1))) ? s + 1 : s;
}

/** After a fronted time phrase at s ("A few days later, …", "Moments later the mayor …"): the unit
 *  after it (and its comma); s when none opens there. */
function afterTimeLater(d: Units, s: number, e: number): number {
  for (let t = s + 1; t < e && t <= s + 4; t++) {
    if (d.U[t]!.k !== WORD) return s;
    if (LATER.has(d.word(t)) && LATER_UNIT.test(d.word(t - 1))) return d.isP(t + 1, ",") ? t + 2 : t + 1;
  }
  return s;
}

/** Start of the possessor noun phrase ending at j ("the mayor's", "Rosa Lind's", "the
 *  harbour board's"): a name, or a determiner and up to three words; -1 when neither. */
export function possessorStart(d: Units, j: number, a: number): number {
  const U = d.U;
  if (U[j]?.k !== WORD) return -1;
  let t = j;
  while (t - 1 >= a && (d.isCap(t - 1) && U[t - 1]!.k === WORD || d.npPunct(t - 1) && d.isCap(t - 2) || NAME_GLUE.has(d.word(t - 1)) && d.isCap(t - 2) && d.isCap(t))) t--;
  if (d.isCap(t)) return t;
  for (let x = j - 1; x >= a && x >= j - 3 && U[x]!.k === WORD; x--) {
    if (NOUN_DET.has(d.word(x)) || d.word(x) === "this" || d.word(x) === "that") return x;
    if (FINITE.has(d.word(x)) || PREP.has(d.word(x)) || d.prob(x) >= 0.5) return -1;
  }
  return -1;
}
