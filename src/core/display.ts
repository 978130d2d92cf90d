// The display policy: which statements the reader sees marked. Lives in core so the CLI and the
// extension agree. Every statement keeps its place in the Analysis (the corpus counts beliefs and
// evidence too); `shown` says whether it is marked. Shown: a verb of saying or an "according to",
// whose confidence clears the threshold chosen on PolNeAR train folds, and that is not a
// non-answer ("declined to comment"), a negated act ("did not say"), an agentless passive ("is
// said to", "were told"), anonymity boilerplate or a byline.
import type { Analysis, CueClass, Statement } from "./types";
import { isSpaceCode, lineBreaks, lineStartAt, nextBreakIn, nextBreakWithin, type LineBreaks } from "./lines";
import { isPersonNoun } from "./lexicon";
import { cueFacts, readerConfidence, REJECT_THRESHOLD, SHOW_THRESHOLD, type CueFacts } from "./model/reader";
import { learnedCue } from "./cuetable";
import {
  ACT_NOUN, ADDRESSEE, ADJECTIVE_BEFORE, AGE_NOUN, ANONYMITY, ANSWER_LEMMA, ASKING_NOUN, ASSAULT, BUSINESS_RESULT, BYLINE_LINE, CALLED_ACT, CALLED_PERSON, CLAIMED_PRIZE, CONTRIBUTED, DEAD_AFTER, DENIED_ACT, DURATION_ONLY, DUTY, EMPTY_CONTENT, EVIDENCE_HEAD, EVIDENCE_THING, FIGURES_OR_FORECAST, FINITE, FIRST_PERSON, GERUND_OWNER, GREETING, LIES, LIES_OR_A, MANNER_ONLY, MODAL_BEFORE, NEEDS_NOUN, NOBODY, NOMINAL_HEAD, NON_ANSWER_OBJECT, NOUN_VERB_NEXT, NP_PREP, NUMBER_WORD, OBJECT_PREP, OPENS_ON_ARTICLE, PAST_NOT_PARTICIPLE, PLURAL_OPENER, POSSESSOR, PRONOUN, QUANTITY_LEMMA, REFLEXIVE, ROUGHLY, SAY_NOUN_BEFORE, SELF_REFERENCE, SELF_TALK, SOURCE_CLAUSE_OPENER, TALK_LEMMA, TALK_TOPIC, TALK_TOPIC_NEXT, THAT_NEXT, TIME_ONLY, WORDS_GIVEN, WORK_NOUN, WRITTEN_WORK,
} from "./lexicon";

export { SHOW_THRESHOLD };

const DIGIT = /\p{N}/u;
const DIGIT_FIRST = /^\p{N}/u;
const NUMBER_NEXT = /^(?:\p{N}|than|to)/u;
const OPENS_QUOTE = /^[“"‘'«]/;
const SPACES = /\s+/;
/** A form of "be" between a source and its cue ("we’re told", "I was told"). */
const BE_FORM = /\b(?:am|are|is|was|were|be|been|being)\b|['’](?:re|m|s)\b/i;
/** The head word of a noun phrase: the last word before its first preposition ("the sharp changes
 *  of her positions" -> "changes"), else its last word. */
function headWord(np: string): string {
  const ws = np.split(SPACES).filter((w) => w !== "");
  const k = ws.findIndex((w, i) => i > 0 && NP_PREP.test(w));
  return ws[k > 0 ? k - 1 : ws.length - 1] ?? "";
}
const UPPER_FIRST = /^\p{Lu}/u;
/** Only a conjunction between a noun phrase and the cue: "his insults and vows to …" joins two nouns. */
const JOINED_NOUNS = /^\s+(?:and|or)\s+$/;
const FOR_NEXT = /^\s*for\b/i;
const IT_ALONE = /^it$/i;
const QUOTE_MARK = /[“"‘]/;
/** A modal and a verb ending a phrase: a verb phrase ("should ring"), no one who speaks. */
const MODAL_PHRASE = /\b(?:should|would|could|will|can|may|might|must)\s+\p{Ll}+$/u;
/** A perfect after a modal: "may have said" tells of a past act. */
const CUE_HAS_HAVE = /\bhave\b/i;
/** A content opening on an amount of money ("$2.17 billion in revenue", "£40m"). */
const CURRENCY_NEXT = /^\s*[$€£¥]\s?\d/;
/** An article and one noun ending a phrase ("tried a move"): the noun. */
const INDEFINITE_LAST = /(?:^|\s)an?\s+([\p{L}-]+)$/iu;
/** "if" or "unless" right before a statement's subject (or its cue): a condition. */
const HYPOTHETICAL_BEFORE = /\b(?:if|unless)\s+$/i;
const WITH_FIRST = /^\s*with\b/i;
/** "for" and a name: the outlet one writes for ("writes for the Harbour Gazette"). */
const FOR_OUTLET = /^\s*for\s+(?:the\s+)?\p{Lu}/u;
/** A content that opens on a reported clause or a quotation. */
const CLAUSE_FIRST = /^\s*(?:that\b|[“"‘])/i;
const COMMA_BEFORE = /,\s*$/;
/** Why a statement with a speech cue is still not a statement the reader should see, or null: an
 *  idiom or a non-answer, an act named with a verb of saying, a form that is no statement (a noun, an
 *  agentless passive, evidence), or a place no one is reported in (a byline, the writer's voice). */
export function notShownReason(text: string, s: Statement, f: CueFacts, breaks?: LineBreaks): string | null {
  const a0 = f.after[0]?.toLowerCase() ?? "";
  const a1 = f.after[1]?.toLowerCase() ?? "";
  return idiomReason(text, s, f, a0, a1) ?? actReason(text, s, f, a0, a1) ?? formReason(text, s, f) ?? placeReason(text, s, f, breaks);
}

/** Non-answers, negations and idioms built on verbs of saying. */
function idiomReason(text: string, s: Statement, f: CueFacts, a0: string, a1: string): string | null {
  if ((f.lemma === "decline" || f.lemma === "refuse") && a0 === "to" && NON_ANSWER_OBJECT.test(a1)) return "non-answer";
  if (f.lemma === "give" && a0 === "no") return "non-answer";
  // ("No group claimed the blast", "nobody said": no one is reported speaking)
  if (f.negated || s.source && NOBODY.test(s.source.text)) return "negated";
  // "adding to a series of problems": adding to something is increasing it.
  if (f.lemma === "add" && a0 === "to" && !ADDRESSEE.test(a1)) return "idiom";
  // A number is what was added, gained or reported, not words ("added 20 points", "adding 300 jobs",
  // "had admitted more than 1,000 refugees", "the town boasted thousands of shelters", "the casinos
  // reported $2 billion in revenue").
  if (QUANTITY_LEMMA.test(f.lemma) && (DIGIT_FIRST.test(f.after[0] ?? "") || CURRENCY_NEXT.test(text.slice(s.cue!.end, s.cue!.end + 12)) || ROUGHLY.test(a0) && NUMBER_NEXT.test(a1) || NUMBER_WORD.test(a0))) return "quantity";
  // ("the company reported strong sales", "posted a loss": its results, as figures; not "reported
  // that sales fell")
  if ((f.lemma === "report" || f.lemma === "post") && a0 !== "that" && f.after.slice(0, 3).some((w) => BUSINESS_RESULT.test(w))) return "quantity";
  // The writer's aside ("it's worth noting", "worth mentioning") and a line of reporting in an
  // organisation ("Ruiz reported to him") name no statement; nor does telling the truth or lies.
  if ((f.before[f.before.length - 1] ?? "").toLowerCase() === "worth") return "aside";
  if (f.lemma === "report" && a0 === "to" && s.content.text.split(SPACES).filter(Boolean).length <= 3) return "reporting line";
  if (f.lemma === "tell" && (a0 === "the" && a1 === "truth" || LIES_OR_A.test(a0) && LIES.test(a0 === "a" ? a1 : a0))) return "idiom";
  // Idioms built on verbs of saying, and their adjectives: "was pronounced dead", "declared the
  // man dead at the scene", "the $2 million asking price", "a noted economist" (a word about someone, not
  // something said).
  if (DEAD_AFTER.test(f.head) && f.after.slice(0, 4).some((w) => w.toLowerCase() === "dead")) return "idiom";
  if (f.head === "asking" && ASKING_NOUN.test(a0)) return "idiom";
  if (f.lemma === "report" && (a0 === "for" || a0 === "to") && DUTY.test(a1)) return "idiom"; // "reported for duty"
  // "were threatened with arrest", "a reporter threatened with a lawsuit": what is done to someone.
  if (f.lemma === "threaten" && f.head === "threatened" && a0 === "with") return "idiom";
  // Acts and greetings on verbs of saying: "denied entry to the reporters", "was denied bail",
  // "said goodbye to its founder".
  if (f.lemma === "deny" && DENIED_ACT.test(text.slice(s.cue!.start, s.cue!.end + 24))) return "act";
  if (f.lemma === "say" && GREETING.test(a0)) return "idiom";
  // Thought, not words: "“I can win,” she told herself", "he reminds himself", "asked himself".
  if (SELF_TALK.has(f.lemma) && REFLEXIVE.has(a0)) return "thought";
  return null;
}

/** Acts named with verbs of saying: a conversation with no topic ("spoke to the head of the
 *  agency"), a quarrel ("were arguing over the route"), no words at all ("said little"), a work
 *  telling a story, naming ("a trick called the kickback"), a condition ("if the party asked her
 *  to"), an answer in deeds, a job or a work written, a meeting or a telephone call made, a prize
 *  claimed. */
function actReason(text: string, s: Statement, f: CueFacts, a0: string, a1: string): string | null {
  const src = s.source;
  const cueStart = s.cue!.start;
  const cueEnd = s.cue!.end;
  const b1 = f.before[f.before.length - 1] ?? "";
  const srcBefore = src !== null && src.end <= cueStart;
  if (TALK_LEMMA.test(f.lemma) && !TALK_TOPIC_NEXT.test(afterHead(text, s, f, 40)) && !TALK_TOPIC.test(text.slice(cueEnd, Math.max(cueEnd, s.content.end)))) return "conversation";
  if (f.lemma === "argue" && a0 === "over") return "quarrel";
  if (EMPTY_CONTENT.test(s.content.text.trim()) && s.content.start >= cueEnd) return "no words";
  if (f.lemma === "tell" && a0 === "the" && (a1 === "story" || a1 === "stories") && src && (WORK_NOUN.test(headWord(src.text)) || IT_ALONE.test(src.text))) return "work";
  // "say" the noun ("a larger say in"); questions "asked of" someone
  if (f.head === "say" && SAY_NOUN_BEFORE.test(b1)) return "nominal";
  if (f.head === "asked" && a0 === "of" && srcBefore && !isPersonNoun(headWord(src.text).toLowerCase())) return "reduced relative";
  // (a thing, or a comma, before the participle: "A blog, called the Feed, …")
  if (f.head === "called" && s.cue!.text === "called" && calledNames(text, s, srcBefore)) return "naming";
  // (a passive's clause opens on its subject, the content before the cue: "if the city was attacked by …")
  const clauseAt = srcBefore ? src.start : s.content.end <= cueStart ? Math.min(s.content.start, cueStart) : cueStart;
  if (HYPOTHETICAL_BEFORE.test(text.slice(Math.max(0, clauseAt - 12), clauseAt))) return "hypothetical";
  // Not said yet, or only possibly: "the board will say more next week", "critics may argue …"
  // ("would" stays: "she would later say …" tells of the past).
  if (MODAL_BEFORE.test(b1) && !CUE_HAS_HAVE.test(s.cue!.text)) return "hypothetical";
  // ("the home side responded with a try", "writes for the Gazette", "has written three novels")
  if (ANSWER_LEMMA.test(f.lemma) && a0 === "with" && !WORDS_GIVEN.test(text.slice(cueEnd).replace(WITH_FIRST, ""))) return "act";
  // (an answer whose content holds no words: "responded warmly by cutting the fees",
  // "responded from the bridge", "responded to the mayor more sharply"; going on with a thing:
  // "they continued the journey out of the valley")
  if ((ANSWER_LEMMA.test(f.lemma) || f.lemma === "continue") && holdsNoWords(text, s)) return "act";
  // where a reporter reports from ("Hale reported from Lisbon")
  if (f.lemma === "report" && a0 === "from") return "dateline";
  if (f.lemma === "write" && !CLAUSE_FIRST.test(s.content.text) && (FOR_OUTLET.test(text.slice(cueEnd, cueEnd + 40)) || WRITTEN_WORK.test(text.slice(cueEnd, cueEnd + 80)))) return "act";
  if (f.lemma !== "call" && f.lemma !== "claim") return null;
  const next = afterHead(text, s, f, 80);
  if ((f.lemma === "call" ? CALLED_ACT : CLAIMED_PRIZE).test(next)) return "act";
  if (f.lemma === "call" && s.content.start >= cueEnd && CALLED_PERSON.test(s.content.text.trim())) return "telephone";
  // What a plan or a recipe needs, not words: "the harbour plan calls for three new piers".
  if (f.lemma === "call" && srcBefore && FOR_NEXT.test(next) && (ACT_NOUN.test(headWord(src.text)) || NEEDS_NOUN.test(headWord(src.text)))) return "requirement";
  return null;
}

/** Whether a content after its cue holds no words said: no clause or quotation opens it, no
 *  quotation is in it, no "that" follows the cue. */
function holdsNoWords(text: string, s: Statement): boolean {
  const cueEnd = s.cue!.end;
  return s.content.start >= cueEnd && !CLAUSE_FIRST.test(s.content.text) && !QUOTE_MARK.test(s.content.text) && !THAT_NEXT.test(text.slice(cueEnd, cueEnd + 12));
}

/** The text after the cue's head verb (n characters), so a cue that holds its particle ("called
 *  for", "spoke out") is read with it. */
function afterHead(text: string, s: Statement, f: CueFacts, n: number): string {
  const at = s.cue!.text.toLowerCase().lastIndexOf(f.head);
  const from = at < 0 ? s.cue!.end : s.cue!.start + at + f.head.length;
  return text.slice(from, from + n);
}

/** Whether "called" names a thing: an indefinite thing right before it ("tried a trick called the
 *  kickback"), or a short noun phrase and a comma before it read as the content ("A newsletter,
 *  called the Tidewatch, …"); "Ortiz, visibly angry, called the vote a sham" is words. */
function calledNames(text: string, s: Statement, srcBefore: boolean): boolean {
  const cueStart = s.cue!.start;
  const thing = srcBefore ? INDEFINITE_LAST.exec(s.source!.text) : null;
  if (thing && !isPersonNoun(thing[1]!.toLowerCase())) return true;
  const c = s.content.text;
  return s.content.end <= cueStart && OPENS_ON_ARTICLE.test(c) && c.split(SPACES).length <= 5 && COMMA_BEFORE.test(text.slice(Math.max(0, cueStart - 3), cueStart));
}

/** Forms that report no statement: an adjective, a number phrase, an agentless passive, a question
 *  put, a reduced relative, a noun, evidence, violence, a label. */
function formReason(text: string, s: Statement, f: CueFacts): string | null {
  const src = s.source;
  if (f.head === "noted" && ADJECTIVE_BEFORE.test((f.before[f.before.length - 1] ?? "").toLowerCase())) return "adjective";
  // A number phrase right before the cue is no speaker ("10-year notes", "125 billion said").
  const b1 = f.before[f.before.length - 1] ?? "";
  // ("The 56-year-old said": an age names a person.)
  if (DIGIT.test(b1) && !UPPER_FIRST.test(b1) && !AGE_NOUN.test(b1) && s.source && s.source.start < s.cue!.start) return "number phrase";
  if (f.passive && !f.agent && s.mode !== "according-to") return "agentless passive";
  // "Asked whether the pier was safe, Ruiz said …": a question put by someone unnamed; the answer
  // is the statement.
  if (f.head === "asked" && !s.source) return "question put";
  // "The firm bought half the port, a deal announced on Monday": a participle describing the thing
  // named after the comma (a reduced relative), not the deal announcing anything.
  if (src && f.head === s.cue!.text && f.head.endsWith("ed") && OPENS_ON_ARTICLE.test(src.text) && ACT_NOUN.test(headWord(src.text)) && s.content.end <= src.start && COMMA_BEFORE.test(text.slice(Math.max(0, src.start - 3), src.start))) return "reduced relative";
  // A plural noun, not a verb: a subject before its own verb ("their claims are false"), the object
  // of a preposition ("amid reports that …"); and a verb phrase is no source ("should ring").
  if (f.head.endsWith("s") && f.head === s.cue!.text.toLowerCase() && (NOUN_VERB_NEXT.test(f.after[0] ?? "") || OBJECT_PREP.test(b1) || src && src.end <= s.cue!.start && PLURAL_OPENER.test(src.text.trim()))) return "nominal";
  // A participle with its agent after a noun, no "be" before it: "the breakdown revealed by the
  // suicide" describes the breakdown.
  if (f.head.endsWith("ed") && f.head === s.cue!.text.toLowerCase() && !f.passive && f.after[0]?.toLowerCase() === "by" && src && src.end <= s.cue!.start) return "reduced relative";
  if (src && src.end <= s.cue!.start && MODAL_PHRASE.test(text.slice(Math.max(0, src.start - 12), src.end))) return "verb phrase";
  // A noun joined to the source's noun phrase, not a verb: "His insults and vows to shut it …".
  if (src && src.end <= s.cue!.start && f.head.endsWith("s") && JOINED_NOUNS.test(text.slice(src.end, s.cue!.start))) return "nominal";
  // An inference, not words: "the polls suggest …", "results suggesting …", "theories suggesting …".
  if ((f.lemma === "suggest" || f.lemma === "indicate") && (!s.source || EVIDENCE_HEAD.test(headWord(s.source.text)) || EVIDENCE_THING.test(headWord(s.source.text)))) return "evidence";
  // Nor do figures speak when they "say", "tell" or "call for" something: "the numbers tell a
  // different story", "the forecast calls for rain" (a website, a video or an ad that says
  // something is a document, and its makers' words).
  if ((f.lemma === "say" || f.lemma === "tell" || f.lemma === "call") && s.source && s.source.end <= s.cue!.start && FIGURES_OR_FORECAST.test(headWord(s.source.text))) return "evidence";
  // Violence, not words: "gunmen attacked the ferry office", "militants assaulted a checkpoint".
  if (ASSAULT.has(f.lemma) && (s.source && ARMED.test(s.source.text) || placeObject(f.after))) return "violence";
  // A noun of saying after a possessive or a determiner ("her claim that …", "the mayor's call
  // for …") names a statement made elsewhere; the reader sees the verbs that make one.
  if (NOMINAL_HEAD.test(f.head) && POSSESSOR.test(b1)) return "nominal";
  // A gerund after a possessive and an adjective is a noun ("her constant tweeting", "his angry
  // texting"); "his aides saying …" has a noun before it and is a clause.
  const owner = s.source && f.head.endsWith("ing") ? GERUND_OWNER.exec(s.source.text.trim()) : null;
  if (owner && !isPersonNoun(owner[1]!.toLowerCase())) return "nominal";
  // A present form the cue table never saw as a cue ("invites", "summarizes", "threatens") reports
  // speech only with a reported clause or a quotation; with an object it is an act ("the smoke
  // threatens the harbour", "the chart summarizes the catch").
  if (f.head.endsWith("s") && !learnedCue(f.head) && s.content.start > s.cue!.start && !CLAUSE_FIRST.test(s.content.text)) return "unseen verb";
  // A source that is a clause of its own is no one who spoke, and the cue no verb of theirs (a noun,
  // a participle): a finite verb inside it ("the ministry's first reply came with a sharp warning"), or
  // a subject pronoun and its past verb ("she began to receive letters accusing …").
  if (src && src.end <= s.cue!.start && clauseSource(src.text)) return "clause as source";
  // A label before a colon is a speaker only when a quotation follows ("Lind: “We are proud”");
  // otherwise it heads a feature list, a transcript or a headline ("More Power: …").
  if (f.head === ":" && !OPENS_QUOTE.test(s.content.text)) return QUOTED_PHRASE.test(s.content.text) ? "label with a quotation" : "label";
  return null;
}

const SOURCE_TOKEN = /[\p{L}\p{N}’'-]+|[^\s\p{L}\p{N}]/gu;
const OPENS_INSERT = /^[(“"[‘]$/;
const PAST_ED = /^\p{Ll}+ed$/u;
/** Whether a source phrase is a clause: a finite verb in it before any word or mark that opens a
 *  clause or an insert of its own ("a man who was there" is a noun phrase), or a subject pronoun
 *  and a past verb ("she started …"). */
function clauseSource(np: string): boolean {
  const ws = np.match(SOURCE_TOKEN) ?? [];
  if (ws.length > 1 && PRONOUN.has(ws[0]!.toLowerCase()) && PAST_ED.test(ws[1]!)) return true;
  for (let k = 1; k < ws.length; k++) {
    const w = ws[k]!;
    if (SOURCE_CLAUSE_OPENER.test(w) || OPENS_INSERT.test(w)) return false;
    if (FINITE.has(w) || PAST_NOT_PARTICIPLE.has(w) || w === "am" || w === "shall") return true;
  }
  return false;
}

/** Places no one is reported in: the text speaking of itself, the writer's own voice, anonymity
 *  boilerplate, a byline, an embedded post. */
function placeReason(text: string, s: Statement, f: CueFacts, breaks?: LineBreaks): string | null {
  if (s.source && SELF_REFERENCE.test(s.source.text.trim())) return "self-reference";
  // "We’ll start by noting …", "As we reported earlier", "I will discuss …" outside quotation
  // marks: the writer's own voice (or an unquoted first person's), no one the article reports on.
  // "We’re told …" (told by someone unnamed) is passive and stays.
  if (s.source && FIRST_PERSON.test(s.source.text.trim()) && !f.passive && !BE_FORM.test(text.slice(s.source.start, s.cue!.start))) return "writer";
  const cue = s.cue!;
  if (ANONYMITY.test(text.slice(cue.end, cue.end + 60))) return "anonymity";
  const ls = breaks ? lineStartAt(breaks, cue.start) : text.lastIndexOf("\n", cue.start - 1) + 1;
  // (the cue's own line: a credit line below the last quotation is no byline of it)
  const le = lineEndWithin(text, cue.start, ls + 200, breaks);
  const line = text.slice(ls, le);
  if (BYLINE_LINE.test(line.trimStart()) || CONTRIBUTED.test(text.slice(cue.start, Math.min(le, cue.start + 40)))) return "byline";
  if (inEmbeddedPost(text, ls, breaks)) return "embedded post";
  return null;
}

/** The signature line under an embedded post as a page's text gives it: "— Jo Hart (@johart)
 *  May 4, 2021" (a tweet), "A post shared by Jo Hart (@jo.hart)" (an image post). */
const POST_SIGNATURE = /^(?:[—–―]\s?[^\n()]{1,80}\(@[\w.]{1,30}\)[^\n()]{0,30}|A post shared by [^\n()]{1,80}\(@[\w.]{1,30}\)[^\n]{0,40})$/;
/** The end of the line that goes on from `from`, looked for no further than `limit` (there, when
 *  the line is longer): from the text's line breaks when the caller has them. */
function lineEndWithin(text: string, from: number, limit: number, breaks?: LineBreaks): number {
  const e = breaks ? nextBreakIn(breaks, from, limit) : nextBreakWithin(text, from, limit);
  return e < 0 ? Math.min(text.length, limit) : e;
}

/**
 * Whether the line starting at ls is an embedded post or its signature: the post's words are its
 * author's own, and their verbs are no statements the article reports (as verbs inside quotation
 * marks are not). A post is the line right above its signature (blank lines between).
 */
function inEmbeddedPost(text: string, ls: number, breaks?: LineBreaks): boolean {
  const lineEnd = (from: number): number => lineEndWithin(text, from, from + 400, breaks);
  const le = lineEnd(ls);
  if (POST_SIGNATURE.test(text.slice(ls, le).trim())) return true;
  let next = le;
  while (next < text.length && next < le + 20 && isSpaceCode(text.charCodeAt(next))) next++;
  if (next === le || next >= text.length) return false;
  const back = text.lastIndexOf("\n", next - 1) + 1;
  return POST_SIGNATURE.test(text.slice(back, lineEnd(back)).trim());
}

/** Armed attackers: their attack is no statement. */
const ARMED = /\b(?:gunm[ae]n|militants?|attackers?|assailants?|troops|soldiers|rebels?|insurgents?|terrorists?|fighters|jihadists?|bombers?|snipers?|mobs?|rioters|warplanes?|jets|drones?|forces)$/i;
/** Places, buildings, vehicles and armed units: what a physical attack hits. */
const PLACE = /^(?:museums?|embass(?:y|ies)|consulates?|bases?|checkpoints?|convoys?|bars|buildings?|camps?|villages?|towns?|cit(?:y|ies)|hospitals?|schools?|churche?s?|mosques?|synagogues?|temples?|stations?|posts?|outposts?|ships?|vessels?|tankers?|patrols?|bus(?:es)?|trains?|planes?|headquarters|offices|compounds?|hotels?|shops?|homes?|houses?|barracks|positions|bridges?|airports?|prisons?|police|troops|soldiers|galleries|markets?|streets?|neighbou?rhoods?)$/i;
/** Whether the object after a cue (up to a preposition or a mark, a few words) is a place or a unit. */
function placeObject(after: string[]): boolean {
  for (let k = 0; k < after.length && k < 6; k++) {
    const w = after[k]!;
    if (PLACE.test(w)) return true;
    if (/^(?:of|in|on|at|for|with|over|as|that|and|by|from|to)$/i.test(w) || !/\p{L}/u.test(w)) return false;
  }
  return false;
}

// A quoted phrase inside a headline after a speaker label ("Ruiz: Claims against the board are
// “not credible”").
const QUOTED_PHRASE = /[“"‘«][^“”"‘’«»]{2,80}[”"’»]/;

const SHOWABLE: ReadonlySet<CueClass> = new Set(["speech", "according-to"]);

/** Statements of speech class past the display rules, whatever their confidence: never rejected
 *  (the reader's thresholds are chosen so; scripts/train.mjs). */
const held = new WeakSet<Statement>();

/** Sets the three display fields on d (the same fields, in the same order, as a copy spreading them). */
function setDisplay(d: Statement, confidence: number, cueClass: CueClass, shown: boolean): Statement {
  d.confidence = confidence;
  d.cueClass = cueClass;
  d.shown = shown;
  return d;
}

/**
 * Sets `confidence`, `cueClass` and `shown` on each statement (new objects; the input is not
 * changed, unless `inPlace`: the caller's own statements, which then get the fields themselves,
 * as analyze() does between its stages). `intl`: statements of the other-language fallback (direct
 * quotes and "according to" markers only), which the English model cannot read: shown as found.
 */
export function decorate(text: string, statements: readonly Statement[], opts: { intl?: boolean; inPlace?: boolean } = {}): Statement[] {
  // line starts by binary search: a scan back per statement is quadratic on text without breaks
  let breaks: LineBreaks | undefined;
  const labelled: Statement[] = [];
  const own = (s: Statement): Statement => (opts.inPlace ? s : { ...s });
  const out = statements.map((s) => {
    if (opts.intl || !s.cue) {
      const cueClass: CueClass = s.mode === "according-to" ? "according-to" : "speech";
      return setDisplay(own(s), 0.5, cueClass, true);
    }
    const f = cueFacts(text, s)!;
    breaks ??= lineBreaks(text);
    const confidence = Math.round(readerConfidence(text, s, f, breaks) * 1000) / 1000;
    // (the display rules are read for a statement the reader would see, and for one below the
    // reject threshold, which is kept when it passes them)
    const showable = SHOWABLE.has(f.cueClass);
    const why = showable && (confidence >= SHOW_THRESHOLD || confidence < REJECT_THRESHOLD) ? notShownReason(text, s, f, breaks) : "class or confidence";
    const d = setDisplay(own(s), confidence, f.cueClass, why === null && confidence >= SHOW_THRESHOLD);
    if (why === null) held.add(d);
    if (why === "label with a quotation" && confidence >= SHOW_THRESHOLD) labelled.push(d);
    return d;
  });
  if (opts.intl) return out;
  // A cue-less subhead quotation borrows its source from the statement it heads: it is shown only
  // when that statement is.
  const shownSource = new Set<number>();
  const speakerWords = new Set<string>();
  for (const s of out) {
    if (!s.cue || !s.shown || !s.source) continue;
    shownSource.add(s.source.start);
    if (s.cue.text !== ":") for (const w of s.source.text.split(SPACES)) if (UPPER_FIRST.test(w)) speakerWords.add(w);
  }
  for (const s of out) if (!s.cue) s.shown = !!s.source && shownSource.has(s.source.start);
  // A speaker label heading a quoted phrase is shown when its name speaks elsewhere in the text
  // ("Ruiz: Claims … are “not credible”" beside "…, Ruiz said"), never on a page of bare labels.
  for (const s of labelled) s.shown = !!s.source && s.source.text.split(SPACES).some((w) => speakerWords.has(w));
  return out;
}

/** Whether the reader sees this statement (analyses stored before `shown` existed: all). */
export const isShown = (s: Statement): boolean => s.shown !== false;

/** The statements the reader sees, in article order. */
export function shownStatements(a: Analysis): Statement[] {
  return a.statements.filter(isShown);
}

/** The Analysis as the reader sees it: only shown statements (see keepStatements). */
export function readerView(a: Analysis): Analysis {
  return keepStatements(a, isShown);
}

/**
 * The Analysis without the cue candidates the reader rejects: confidence below REJECT_THRESHOLD
 * (never a shown statement, so what the extension draws is the same). A statement nested in a
 * rejected one is nested no more.
 */
export function dropRejected(a: Analysis, inPlace = false): Analysis {
  if (REJECT_THRESHOLD <= 0) return a;
  return keepStatements(a, isKept, inPlace);
}

/** Whether the reader keeps a statement: no cue to judge, shown, of speech class and past the
 *  display rules (only its confidence hides it), or at least REJECT_THRESHOLD. */
const isKept = (s: Statement): boolean => !s.cue || s.shown === true || held.has(s) || (s.confidence ?? 1) >= REJECT_THRESHOLD;

/** The statements the reader keeps (dropRejected before enrichment: no parties, disputes or counters yet). */
export const keptStatements = (statements: Statement[]): Statement[] =>
  dropRejected({ statements, parties: [], disputes: [], unnamedSources: [], timings: { ms: 0 } }, true).statements;

/**
 * After the span tagger, a statement whose content only says when, how long or how is not shown ("As
 * the Gazette reported back in June, …": the clause the time fronts is the writer's own; "spoke for an
 * hour", "spoke first": nothing said is reported). Read on the tagger's
 * spans: "According to the port, by last spring the harbour had taken …" keeps the clause it found.
 */
export function hideTimeOnly(text: string, statements: readonly Statement[]): void {
  for (const s of statements) {
    if (!s.shown || !s.cue) continue;
    // (nor a gerund inside another's content with no source of its own: "has admitted making crude
    // jokes about the crews" shows the admission, which holds it)
    if (s.parent !== undefined && !s.source && GERUND_CUE.test(s.cue.text)) {
      s.shown = false;
      continue;
    }
    const c = s.content.text.trim();
    // (or only how long or how: "spoke for an hour", "spoke first")
    if (TIME_ONLY.test(c) || DURATION_ONLY.test(c) || MANNER_ONLY.test(c) || timeThenWritersClause(text, s, c)) s.shown = false;
  }
}

/** A cue opening on a gerund ("making … remarks", "saying"). */
const GERUND_CUE = /^\p{L}+ing\b/u;

/** A clause opened by "As" before the source ("As the Gazette reported"). */
const AS_OPENS = /(?:^|[.!?]["”’]?\s+|\n\s*)As\s+$/;

/** "As the Gazette reported back in June, both clubs …": when the tagger runs the time on into the
 *  clause after its comma, that clause is still the writer's, as it is with the time alone. */
function timeThenWritersClause(text: string, s: Statement, c: string): boolean {
  const comma = c.indexOf(",");
  if (comma < 0 || !TIME_ONLY.test(c.slice(0, comma).trim())) return false;
  const at = (s.source ?? s.cue!).start;
  return AS_OPENS.test(text.slice(Math.max(0, at - 6), at));
}

/**
 * Nesting re-read after the span tagger: a statement stays nested only while its cue lies inside its
 * parent's content. The rules nest by their own spans; when the tagger ends the parent's content
 * earlier ("… toward the department, which he argued …"), the inner statement stands on its own.
 */
export function unnestOutside(statements: readonly Statement[], inPlace = false): Statement[] {
  // (a statement's nesting is read from its parent's content alone, never from the parent's own
  // nesting, so un-nesting one in place changes nothing the others read)
  const out = inPlace ? (statements as Statement[]) : statements.slice();
  for (let i = 0; i < out.length; i++) {
    const s = out[i]!;
    if (s.parent === undefined || !s.cue) continue;
    const p = statements[s.parent];
    const cue = s.cue;
    const parts = p ? (p.contentParts ?? [p.content]) : [];
    if (parts.some((c) => c.start <= cue.start && cue.end <= c.end)) continue;
    const copy: Statement = inPlace ? s : { ...s };
    delete copy.parent;
    out[i] = copy;
  }
  return out;
}

/** Statements at or above a confidence (statements without one, from older analyses, pass). */
export const atLeast = (min: number) => (s: Statement): boolean => (s.confidence ?? 1) >= min;

/**
 * The Analysis with only the statements `keep` accepts, every index into the statement list
 * (parent, disputes, counters) renumbered, and parties kept when still quoted or accused.
 * `inPlace`: the statements and disputes are the caller's own (analyze()'s, between its stages)
 * and are renumbered themselves instead of copied.
 */
export function keepStatements(a: Analysis, keep: (s: Statement) => boolean, inPlace = false): Analysis {
  if (a.statements.every(keep)) return a;
  const newIndex: number[] = [];
  let n = 0;
  for (const s of a.statements) newIndex.push(keep(s) ? n++ : -1);
  const at = (i: number | undefined): number => (i === undefined ? -1 : (newIndex[i] ?? -1));
  const statements: Statement[] = [];
  a.statements.forEach((s, i) => {
    if (newIndex[i]! < 0) return;
    const counter = s.counter.filter((c) => c.statement === undefined || at(c.statement) >= 0).map((c) => (c.statement === undefined ? c : { ...c, statement: at(c.statement) }));
    const copy: Statement = inPlace ? s : { ...s };
    copy.counter = counter;
    if (at(s.parent) >= 0) copy.parent = at(s.parent);
    else if (copy.parent !== undefined) delete copy.parent;
    statements.push(copy);
  });
  const disputes = a.disputes
    .filter((d) => at(d.from) >= 0)
    .map((d) => {
      const copy = inPlace ? d : { ...d };
      const answers = d.answers;
      copy.from = at(d.from);
      if (answers !== undefined && at(answers) >= 0) copy.answers = at(answers);
      else if (copy.answers !== undefined) delete copy.answers;
      return copy;
    });
  const quoted = new Set(statements.map((s) => s.party).filter((p): p is string => p !== null));
  const accused = new Set(disputes.map((d) => d.against));
  const parties = a.parties
    .filter((p) => quoted.has(p.id) || accused.has(p.id))
    .map((p) => ({ ...p, quoted: quoted.has(p.id) }));
  return { ...a, statements, disputes, parties };
}
