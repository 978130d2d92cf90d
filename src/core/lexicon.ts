// Word lists of the extractor: cue verbs with their stance, learned cue probabilities, and the
// closed-class words that bound noun phrases. Data only, built once at module load; no text logic.
import type { Stance } from "./types";
import model from "./model/cues.json";
import { isSpeechPast } from "./cueclass";

const set = (s: string): Set<string> => new Set(s.split(" "));

/** Cue words that always count, whatever the learned table says (the core speech verbs). */
const CORE_CUES = set(
  "said says say saying told tells tell telling added adds adding according wrote writes writing " +
  "stated declared announced explained noted notes noting insisted insists argued argues arguing " +
  "claimed claims claiming alleged alleges denied denies denying acknowledged acknowledges admitted admits " +
  "warned replied responded confirmed tweeted asserted stressed emphasized conceded contended " +
  "maintained reiterated recalled testified predicted vowed promised suggested reported reports " +
  "believes believe believed thinks think thought wants want wanted hopes hoped fears feared expects expected " +
  "shows show showed found finds estimated concluded",
);

/** Verbs whose object is the addressee, not the content ("told reporters that …"). */
export const TELL = set(
  "told tell tells telling assured assure assures informed reminded reminding warned warning warns asked asks " +
  "asking urged urging urges briefed notified convinced persuaded promised promising promises",
);

const STANCE: Record<string, Stance> = {};
const stance = (s: Stance, words: string): void => { for (const w of words.split(" ")) STANCE[w] = s; };
stance("denial", "denial denials deny denies denied denying rejected rejects rejecting dismissed dismisses dismissing disputed disputes refuted refutes rebuffed contradicted");
stance("allegation", "allegation allegations accusation accusations charge claim claims claimed claiming allege alleges alleged alleging accuse accuses accused accusing charged charges contended contends blamed blames");
stance("concession", "admission admit admits admitted admitting acknowledge acknowledges acknowledged acknowledging concede concedes conceded conceding");
stance("assertive", "insist insists insisted insisting stress stresses stressed stressing emphasize emphasized emphasizes asserted asserts maintained maintains declared declares vowed vows reiterated affirmed");
stance("hedged", "reportedly suggested suggests suggesting appears appeared seemed seems believed speculated");

export function stanceOf(cue: string): Stance {
  return STANCE[cue] ?? "neutral";
}

/** Cue probability of an unseen past form of a verb of saying (above CUE_THRESHOLD). */
const UNSEEN_SPEECH_PRIOR = 0.25;

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

/** Probability that this word heads an attribution cue, from PolNeAR train counts (smoothed). */
export function cueProb(w: string): number {
  if (CORE_CUES.has(w)) return 1;
  const c = LEARNED.get(w);
  // Unseen past forms of verbs of saying ("begged", "protested") back off to a low prior: the
  // rules read them as candidates and the trained reader decides.
  if (!c) return isSpeechPast(w) ? UNSEEN_SPEECH_PRIOR : 0;
  if (w.length < 3) return 0;
  return (c[0] ?? 0) / ((c[1] ?? 0) + 2);
}

export const PRONOUN = set("he she they we i you it");
export const REFLEXIVE = set("himself herself themselves itself myself ourselves");
export const DET = set("the a an his her its their our my your this that these those some many most several both all each every no any another other such");
/** Auxiliaries and adverbs allowed between the subject and the cue verb ("has also said"). */
export const AUX = set(
  "has have had is was are were be been being would will could can may might should must did does do not n't never " +
  "also later then again previously recently once often repeatedly publicly privately still just further even already " +
  "always first long quickly flatly initially reportedly separately simply openly bluntly angrily immediately " +
  "earlier subsequently apparently clearly strongly specifically explicitly last yesterday today here there now ago " +
  "wouldn't wouldn’t won't won’t didn't didn’t doesn't doesn’t don't don’t can't can’t couldn't couldn’t isn't isn’t " +
  "wasn't wasn’t hasn't hasn’t haven't haven’t hadn't hadn’t cannot",
);
/** Sentence adverbs that may stand between a subject and its verb without commas ("Lind however
 *  said", "she has since stressed"): skipped like the auxiliaries when looking for the subject. */
export const INTERPOSED = set("however since though therefore nonetheless nevertheless meanwhile instead likewise");
/** Words that end a subject noun phrase when scanning leftwards from the cue. */
export const LEFT_STOP = set(
  "that and but or as while when because although though if after before since so where whereas than then " +
  "is was are were has have had will would can could should may might must do does did be been being not " +
  "said says say told tells added according which what whether how why who whom whose unless until once " +
  "nor yet however thus therefore meanwhile instead also even just only to into onto upon despite unlike",
);
/** Words that open an apposition after a name ("Smith, a spokesman for …, said"). */
export const APPOS = set("a an the who whose which one another its his her their former chairman chairwoman president director head spokesman spokeswoman spokesperson senior chief executive co-founder founder");
/** Words that end a source noun phrase scanning rightwards ("said Smith on Tuesday"). */
export const RIGHT_STOP = set(
  "on in during after before when while because as that but to via last this yesterday today tonight earlier later " +
  "recently monday tuesday wednesday thursday friday saturday sunday adding saying noting referring explaining " +
  "told said says is was are were has have had will would should could can may might must which than if since so and then",
);
export const PREP = set("in on at during after before since for with by from about over under across amid among following despite within without last this meanwhile now however separately earlier later yesterday today still also then instead indeed moreover");
export const TIME = set("monday tuesday wednesday thursday friday saturday sunday yesterday today tonight morning afternoon evening night week month year weekend earlier later last this recently");

/** Nouns whose "that"-clause is attributed content ("X's claim that …"). */
export const NOMINAL = set("claim claims allegation allegations assertion assertions statement argument belief view warning charge charges accusation accusations suggestion insistence contention promise pledge denial admission");

/** Words that identify the source kind of a noun phrase. */
export const ANON = /\b(anonymity|anonymous(ly)?|not authori[sz]ed|unnamed|declined to be (named|identified))\b/i;
export const UNNAMED = /\b(officials?|sources?|people|persons?|aides?|advisers?|advisors?|insiders?|experts?|analysts?|diplomats?|observers?|critics?|residents?|witnesses|eyewitnesses|someone|somebody|many|some|others|supporters|lawmakers|members|staffers|allies|democrats|republicans|activists|familiar|close to)\b/i;
export const ROLE = /\b(spokes(man|woman|person)|official|minister|ministry|secretary|chairman|chairwoman|director|aide|adviser|advisor|president|governor|senator|lawmaker|representative|commander|ambassador|general|chief|head|leader|candidate|prosecutor|attorney|lawyer|judge|official|analyst|economist|professor|pollster|strategist|manager)\b/i;
export const DOCUMENT = /\b(report|reports|poll|polls|polling|survey|surveys|study|studies|data|document|documents|records|statement|memo|letter|footage|video|analysis|figures|numbers|estimates?|research|filing|filings|complaint|indictment|lawsuit|ruling|transcript|tweet|post|email|emails|book|article|release|excerpts|website|ad|research)\b/i;
export const OUTLET = /\b(times|post|journal|news|cnn|msnbc|fox|nbc|abc|cbs|npr|reuters|associated press|ap|politico|bloomberg|axios|breitbart|huffpost|huffington|guardian|bbc|magazine|newspaper|daily|tribune|herald|gazette|wire|network|channel)\b/i;
export const ORG = /\b(ministry|department|committee|campaign|party|house|senate|congress|court|agency|administration|government|office|council|commission|union|association|institute|foundation|group|organization|corporation|company|bureau|board|fbi|cia|pentagon|kremlin|observatory|army|military|police|church|university|center|centre|coalition|league|network|inc|corp|llc|rnc|dnc|gop|un|nato|eu|state)\b/i;

/** "went on to say": the verb of going on before "on to" + a verb of saying. */
export const GO = set("went go goes going gone");
/** Verbs that make their object act: "led the mayor to declare …", "prompted Lind to accuse …". */
export const CAUSATIVE = set(
  "led lead leads leading prompted prompt prompts prompting forced force forces forcing drove drive drives driving " +
  "pushed push pushes pushing compelled compel compels caused cause causes causing allowed allow allows allowing " +
  "permitted permit permits spurred spur spurs inspired inspire inspires moved",
);
/** Speech nouns that take a clause after a possessive ("her claim that …", "his vow to …",
 *  "their calls for …"), by the word that opens the clause. */
export const NOMINAL_THAT = set(
  "claim claims assertion assertions allegation allegations warning warnings insistence promise promises pledge pledges " +
  "vow vows remark remarks comment comments suggestion argument contention denial admission accusation accusations statement",
);
export const NOMINAL_TO = set("promise promises pledge pledges vow vows threat threats call calls plea pleas demand demands claim claims");
export const NOMINAL_FOR = set("call calls plea pleas demand demands appeal appeals");
/** Verbs of issuing a document, and the documents ("issued a statement", "sent a tweet"). */
export const ISSUE = set("issued released sent posted published put fired tweeted");
export const DOCUMENT_NOUN = /^(?:statements?|tweets?|letters?|e-?mails?|releases?|notes?|memos?|videos?|posts?|messages?)$/;
/** Verbs that name rather than report ("a group, called the Fund, will …"). */
export const NAMING = set("called named dubbed titled entitled known");
/** Words that open a fronted subordinate clause. */
export const SUBORD = set("as if although though while when whenever because since once unless until whether whereas after before");

/** Head nouns of buildings, places and outlets: a capitalised run ending in one names no person
 *  ("Emanuel African Methodist Episcopal Church", "Carolina Public Radio"). Nouns that are also
 *  common surnames (Hall, Park, Street, Lake, Post …) are left out. */
export const PLACE_HEAD = set(
  "church chapel cathedral basilica mosque synagogue shrine hospital clinic school academy museum " +
  "gallery library theater theatre cinema radio television tv station airport harbor harbour stadium " +
  "arena hotel motel restaurant cafe gardens avenue road boulevard plaza mall mountain mountains " +
  "island islands county valley canyon prison jail penitentiary newspaper magazine journal tribune " +
  "herald gazette chronicle",
);

// Word lists the extraction stages share (src/core/extract/).
/** Personal pronouns that open a reported clause as its subject. */
export const PERSONAL = new Set(["he", "she", "they", "we", "i", "it"]);
/** Finite auxiliaries: one in a chunk after a comma makes it a clause, not an apposition. */
export const FINITE = new Set(["is", "are", "was", "were", "has", "have", "had", "will", "would", "can", "could", "should", "may", "might", "must", "does", "did"]);
/** Determiners that make the next word a noun ("the report"), unlike "some" or "many" ("some say"). */
export const NOUN_DET = new Set(["a", "an", "the", "his", "her", "its", "their", "our", "my", "your"]);
/** Determiners that stand alone as a subject ("some say", "many believe", "this shows"). */
export const PRO_DET = new Set(["some", "many", "most", "both", "all", "others", "several", "few", "this", "these", "those", "another", "one"]);
/** Sentence adverbs that open a clause before its subject ("Perhaps young voters prefer …"). */
export const LEAD = new Set(["perhaps", "maybe", "indeed", "moreover", "furthermore", "also", "still", "now", "then", "yet", "so", "thus", "instead", "meanwhile", "however", "nevertheless", "nonetheless", "actually", "certainly", "clearly", "ultimately", "finally", "initially", "eventually", "apparently", "obviously", "separately", "similarly", "likewise", "previously", "later", "earlier", "today", "yesterday"]);
export const BE = new Set(["is", "was", "are", "were", "be", "been", "being", "isn't", "isn’t", "wasn't", "wasn’t"]);
/** Irregular past forms that end a subject noun phrase ("The president left no doubt"). */
export const IRREGULAR = new Set(["left", "made", "took", "gave", "went", "came", "got", "put", "set", "held", "led", "won", "lost", "ran", "met", "saw", "knew", "sent", "spent", "built", "brought", "bought", "began", "became", "kept", "paid", "told", "said", "thought", "felt", "found", "stood", "sat", "hit", "cut", "let", "struck", "fought", "sought", "taught", "wrote", "spoke", "broke", "chose", "drove", "rose", "fell", "grew", "drew", "threw", "flew", "shook", "took", "wore", "tore", "swore", "hung", "sang", "rang", "began", "gets", "makes", "takes", "gives", "goes", "comes", "has", "is", "was", "remains", "seems", "looks", "needs"]);
/** Lower-case words inside a name ("Secretary of State", "Federico de Jesus"). */
export const NAME_GLUE = new Set(["of", "the", "de", "del", "da", "van", "von", "bin", "al", "for", "and"]);
