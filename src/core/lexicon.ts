// The lexicon: core's English word lists in one place (closed-class sets, verb lists, and the
// small regex alternations that serve as word lists), each with a doc comment saying what the
// words are for. Sections ("// ==") and headings within them ("// --"): cue verbs and speech
// nouns; closed-class words; names and titles; source kinds; organizations and places; display
// idioms. Data only, built once at module load; no text logic, and no import but types, so any
// core module may use it. Kept elsewhere on purpose: the look-ups on the learned cue table
// (cuetable.ts); the lists of intl.ts (its language detector's English stop words go with the
// other languages' ones, and the non-English markers with the reader that uses them); the
// feature vocabularies of the trained models (model/); patterns that match a shape rather than
// a list of words.
import type { Stance } from "./types";

const set = (s: string): Set<string> => new Set(s.split(" "));

// == Cue verbs and speech nouns
// -- verbs of saying, belief, perception and evidence, by lemma (cueclass.ts)
/** Verbs of saying and writing (lemmas). Declarations of courts and officials count as speech. */
export const SPEECH_VERB = set(
  "say tell add ask accuse deny warn urge announce call describe testify insist reiterate dispute allege assert " +
  "acknowledge suggest claim cite note stress pledge apologize apologise beg chant write report respond rule " +
  "estimate plead threaten argue explain comment state confirm tweet reply answer admit predict promise vow " +
  "mention criticize criticise complain praise blame demand propose recommend advise concede contend question " +
  "repeat emphasize emphasise remark quip joke boast brag lament speak talk proclaim disclose charge retort " +
  "counter caution scoff concur echo conclude observe declare characterize characterise dismiss denounce condemn " +
  "slam blast decry reject attack mock tout thank assure remind recount urge request invite implore " +
  "continue plea swear affirm allege rebut refute insinuate hint signal vouch acknowledge announce email text telephone " +
  "phone message quote label brand term dub lash rail fume grumble gripe muse marvel exclaim shout yell cry " +
  "whisper mutter murmur sigh laugh interject interrupt object protest challenge press chide scold " +
  "rebuke reprimand admonish congratulate applaud commend hail welcome defend justify assert maintain clarify " +
  "elaborate specify summarize summarise forecast project predict warn notify inform brief address pronounce " +
  "assail reveal discuss express attribute dub single raise testify depose allege sue indict convict sentence acquit order direct instruct read post publish make issue " +
  "point voice",
);
/** Verbs of saying whose form in -s is as often a plural noun ("the states", "her emails", "attacks
 *  on the plan"): an unseen such form is no cue candidate of its own (cuetable.ts cueProb). */
export const NOUN_TOO = set(
  "state rule attack comment message challenge thank remark term answer protest tweet dispute echo signal quote " +
  "joke label text phone telephone plea email reply report request demand question charge call claim promise pledge " +
  "note counter shout cry whisper laugh sigh murmur object press praise blame estimate forecast attribute " +
  "brand hint rail boast chant concern complaint speech talk mention count cite point fume gripe marvel muse",
);
/** Verbs of saying that are acts rather than words unless a clause or a quotation follows
 *  ("declared an emergency", "ordered an inquiry", "charged with fraud"). */
export const ACT_UNLESS_CLAUSE = set("continue declare order direct instruct charge sue indict convict sentence acquit address brief project maintain welcome defend read post publish issue raise single point voice");
/** Verbs of manner that report words only as a quotation's tag ("“Fine,” she agreed", "he smiled:
 *  “Not today.”"). */
export const QUOTE_TAG = set("agree smile grin nod shrug chuckle sneer snort gasp beam smirk wince groan moan sob gush snap bark hiss growl");
/** Verbs of saying that are also reactions to words ("the crowd laughed", "she sighed"). */
export const REACTION = set("laugh sigh cheer applaud");
/** Verbs that tag a quotation with "back" ("“Not true,” she shot back"). */
export const BACK_TAG = set("shot fired hit snapped pushed struck");
/** Verbs of belief, wish, feeling and expectation; adjectives of stance after "be". */
export const BELIEF_WORD = set(
  "think believe want hope expect fear worry feel know understand doubt wish prefer consider assume suspect " +
  "like love hate intend plan remember recall imagine regard view trust favor favour oppose support care desire " +
  "anticipate reckon figure guess suppose presume deem judge eager reluctant convinced sure confident adamant " +
  "aware concerned skeptical sceptical happy glad afraid optimistic pessimistic hopeful determined unwilling " +
  "willing worried angry upset pleased disappointed frustrated",
);
/** Verbs of perception and learning. */
export const PERCEPTION_VERB = set("see hear watch notice realize realise learn discover recognize recognise witness sense find spot perceive");
/** Evidence and appearance: "a video showed", "data indicate", "it seemed". */
export const EVIDENCE_VERB = set("show indicate demonstrate prove mean imply seem appear document record list include");
/** Irregular verb forms and their lemma ("said" → "say"), for lemma() in cueclass.ts. */
export const VERB_LEMMA: Record<string, string> = {
  said: "say", says: "say", told: "tell", wrote: "write", written: "write", spoke: "speak", spoken: "speak",
  thought: "think", knew: "know", known: "know", saw: "see", seen: "see", heard: "hear", felt: "feel",
  found: "find", understood: "understand", meant: "mean", swore: "swear", sworn: "swear", sought: "seek",
  taught: "teach", made: "make", gave: "give", given: "give", took: "take", taken: "take", shown: "show",
  learnt: "learn", forecast: "forecast", read: "read", pled: "plead", stood: "stand", held: "hold",
  brought: "bring", put: "put", cast: "cast", drew: "draw", drawn: "draw", withdrew: "withdraw",
};
/** Verbs ending in -ly, which are not adverbs ("reply", "imply"). */
export const LY_VERBS = set("reply apply supply rely comply ally multiply imply");

// -- cue words and the verbs around a cue
/** Cue words that always count, whatever the learned table says (the core speech verbs). */
export const CORE_CUES = set(
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
/** Verbs of telling whose noun after them is only ever who was told, never an inverted speaker ("…,
 *  told the Harbour Post"; unlike "“…,” asked Vale", "urged the mayor"). */
export const TOLD_ONLY = set("told tell tells telling informed informs notified notifies briefed briefs");
/** The stance a cue word gives its statement (denial, allegation, …); other cues are neutral. */
export const STANCE: Record<string, Stance> = {};
const stance = (s: Stance, words: string): void => { for (const w of words.split(" ")) STANCE[w] = s; };
stance("denial", "denial denials deny denies denied denying rejected rejects rejecting dismissed dismisses dismissing disputed disputes refuted refutes rebuffed contradicted");
stance("allegation", "allegation allegations accusation accusations charge claim claims claimed claiming allege alleges alleged alleging accuse accuses accused accusing charged charges contended contends blamed blames");
stance("concession", "admission admit admits admitted admitting acknowledge acknowledges acknowledged acknowledging concede concedes conceded conceding");
stance("assertive", "insist insists insisted insisting stress stresses stressed stressing emphasize emphasized emphasizes asserted asserts maintained maintains declared declares vowed vows reiterated affirmed");
stance("hedged", "reportedly suggested suggests suggesting appears appeared seemed seems believed speculated");
/** "went on to say": the verb of going on before "on to" + a verb of saying. */
export const GO = set("went go goes going gone");
/** Verbs that make their object act: "led the mayor to declare …", "prompted Lind to accuse …". */
export const CAUSATIVE = set(
  "led lead leads leading prompted prompt prompts prompting forced force forces forcing drove drive drives driving " +
  "pushed push pushes pushing compelled compel compels caused cause causes causing allowed allow allows allowing " +
  "permitted permit permits spurred spur spurs inspired inspire inspires moved",
);
/** Verbs of issuing a document, and the documents ("issued a statement", "sent a tweet"). */
export const ISSUE = set("issued released sent posted published put fired tweeted launched filed wrote penned ran aired circulated signed unveiled");
/** Verbs that name rather than report ("a group, called the Fund, will …"). */
export const NAMING = set("called named dubbed titled entitled known");
/** Irregular past forms that end a subject noun phrase ("The president left no doubt"). */
export const IRREGULAR = new Set(["left", "made", "took", "gave", "went", "came", "got", "put", "set", "held", "led", "won", "lost", "ran", "met", "saw", "knew", "sent", "spent", "built", "brought", "bought", "began", "became", "kept", "paid", "told", "said", "thought", "felt", "found", "stood", "sat", "hit", "cut", "let", "struck", "fought", "sought", "taught", "wrote", "spoke", "broke", "chose", "drove", "rose", "fell", "grew", "drew", "threw", "flew", "shook", "took", "wore", "tore", "swore", "hung", "sang", "rang", "began", "sold", "hid", "fled", "meant", "dealt", "lent", "bent", "swept", "slept", "caught", "heard", "laid", "quit", "shut", "stuck", "spun", "dug", "sank", "stole", "woke", "rode", "forgave", "forgot", "understood", "withdrew", "upheld", "withheld", "swam", "swung", "sprang", "overtook", "undertook", "froze", "oversaw", "overthrew", "gets", "makes", "takes", "gives", "goes", "comes", "has", "is", "was", "remains", "seems", "looks", "needs"]);
/** Verbs of wanting, thinking and planning, which go on a reported clause's own subject. */
export const INNER_VERB = /^(?:want|wants|wanted|hope|hopes|hoped|believe|believes|believed|think|thinks|thought|plan|plans|planned|intend|intends|intended|need|needs|needed|expect|expects|expected|feel|feels|felt|know|knows|knew|fear|fears|feared|wish|wishes|wished|prefer|prefers|preferred|consider|considers|considered|worry|worries|worried|doubt|doubts|doubted)$/;
/** Verbs of seeming ("seems to", "appeared to"): the writer's judgement, not a source's words. */
export const SEEM = new Set(["seem", "seems", "seemed", "appear", "appears", "appeared"]);
/** Irregular past participles read as a passive after "be" ("was told", "is known"). */
export const PARTICIPLE = new Set(["known", "seen", "told", "said", "thought", "shown", "given", "taken", "written", "held", "found", "made", "quoted", "asked"]);
/** Verbs that take "to" + a cue verb and become part of the cue ("continue to warn"). */
/** Prepositions before a gerund of saying whose subject is the main clause's ("By saying the pier was
 *  safe, Okafor …", "Okafor ended the meeting by saying …"). */
export const GERUND_PREP = set("by after while upon before");
export const CATENATIVE = new Set(["continue", "continues", "continued", "begin", "begins", "began", "start", "starts", "started", "went", "go", "goes", "decided", "decide", "decides", "tried", "try", "tries", "refused", "refuse", "refuses", "declined", "declines", "appeared", "seemed", "seems", "appears", "used", "plans", "planned", "intends", "intended", "wanted", "wants", "hoped", "hopes", "promised", "vowed", "threatened", "threatens", "moved", "rushed", "sought", "seeks"]);
/** Participles of saying after "as" ("as saying", "as warning"). */
export const AS_SAYING = /^(?:saying|telling|calling|describing|warning|claiming|predicting|asking|adding|noting)$/;
/** Verbs of saying after a name: the pronoun right after gives the person's gender ("Haley said she"). */
export const SAID_VERB = new Set(["said", "says", "told", "added", "wrote", "noted", "explained", "argued", "insisted", "stressed", "recalled", "acknowledged"]);
/** Cues of spoken words ("said", "told", "stressed"). */
export const SPOKEN_CUE = /^(?:said|says|say|told|tells|stated|added|insisted|stressed|noted)$/i;
/**
 * Cues of reported speech, the verbs a news text uses when someone actually said something.
 * Deliberately narrower than the extractor's cue table: it only has to prove that the text reports
 * speech at all.
 */
export const SPEECH_CUE =
  /\b(?:say|says|said|saying|tells?|told|according|stated?|states|statement|claim(?:s|ed)?|den(?:y|ies|ied)|announc(?:e|es|ed)|ask(?:s|ed)|wr(?:ites?|ote)|explain(?:s|ed)|insist(?:s|ed)|argu(?:e|es|ed)|not(?:es|ed)|acknowledg(?:e|es|ed)|admit(?:s|ted)|warn(?:s|ed)|repl(?:y|ies|ied)|respond(?:s|ed)|confirm(?:s|ed)|alleg(?:e|es|ed)|accus(?:e|es|ed)|testif(?:y|ies|ied)|tweet(?:s|ed)|reports?|reported|add(?:s|ed)|reject(?:s|ed)|dismiss(?:es|ed)|quoted)\b/i;
/** Reporting verbs proper: what a news text writes when someone actually said something. */
export const REPORTING_CUE =
  /^(?:(?:has |have |had |was |were |is |are )?(?:say|says|said|saying|tell|tells|told|telling|ask|asks|asked|add|adds|added|state|states|stated|quoted|insist(?:s|ed)?|testif(?:y|ies|ied)|confirm(?:s|ed)?|den(?:y|ies|ied)|announc(?:e|es|ed)|declin(?:e|es|ed) to comment)|according to)\b/i;
/** Communication cues (guidelines: say, tell, according to, describe, confirm, deny, claim, allege,
 *  report, warn, add, explain, ...). Cognition verbs (believe, fear, worry) are deliberately absent. */
export const COMMUNICATION_CUE = new Set(
  (
    "say says said saying tell tells told telling claim claims claimed claiming allege alleges alleged " +
    "alleging warn warns warned warning note notes noted noting insist insists insisted add adds added " +
    "explain explains explained confirm confirms confirmed deny denies denied report reports reported " +
    "suggest suggests suggested estimate estimates estimated cite cites cited acknowledge acknowledges " +
    "acknowledged accuse accuses accused admit admits admitted describe describes described argue argues " +
    "argued contend contends contended assert asserts asserted stress stresses stressed emphasize " +
    "emphasizes emphasized emphasise emphasised blast blasts blasted tout touts touted hint hints hinted " +
    "hinting protest protests protested applaud applauds applauded attribute attributes attributed wrote " +
    "write writes posted brief briefed briefing predict predicts predicted question questioned dispute " +
    "disputed reject rejects rejected dismiss dismissed counter countered respond responded reply replies " +
    "replied announce announced reveal revealed disclose disclosed indicate indicated concede conceded " +
    "recall recalled recount recounted speculate speculated testify testified complain complained urge " +
    "urged caution cautioned maintain maintained spoke speak speaks characterized relayed related shared " +
    "informed observed remarked declared stated commented mentioned signaled signalled voiced criticized " +
    "criticised condemned lamented praised quipped"
  ).split(" "),
);
/** Words that precede a source the cue names first ("according to officials", "sourced to anonymous"). */
export const LEAD_CUES: string[][] = [
  ["according", "to"], ["sourced", "to"], ["citing"], ["quoting"], ["testimony", "from"],
  ["information", "gathered", "from"], ["information", "from"], ["accounts", "from"], ["accounts", "by"],
  ["told", "by"], ["confirmed", "by"], ["attributed", "to"],
];
/** Inverted attribution: the cue comes first and the source closes the clause (", said one official."). */
export const INVERTED_CUE = new Set(["said", "says", "added", "wrote", "explained", "noted", "warned", "insisted", "told"]);
/** Words an anonymity clause can start with: the clause pattern only runs from these. */
export const ANON_START = new Set(["who", "and", "spoke", "speaking", "spoken", "talking", "talked", "not"]);
/** Words after an unnamed source that may open its anonymity clause ("who", "speaking"). */
export const ANON_NEXT = new Set(["who", "speaking", "spoke", "and"]);

// -- speech nouns and documents
/** Nouns whose "that"-clause is attributed content ("X's claim that …"). */
export const NOMINAL = set("claim claims allegation allegations assertion assertions statement argument belief view warning charge charges accusation accusations suggestion insistence contention promise pledge denial admission");
/** Plurals of nouns of saying that are also verbs ("fishing claims in the sea" vs "Lind claims"). */
export const NOUN_OR_VERB = /^(?:claims|calls|reports|demands|charges|promises|pledges|comments|remarks)$/;
/** Prepositions of place, time and origin that follow such a plural noun ("claims since May"). */
export const NOUN_PREP = set("in at since during across over from with among amid after before");
/** Speech nouns that take a clause after a possessive ("her claim that …", "his vow to …",
 *  "their calls for …"), by the word that opens the clause. */
export const NOMINAL_THAT = set(
  "claim claims assertion assertions allegation allegations warning warnings insistence promise promises pledge pledges " +
  "vow vows remark remarks comment comments suggestion argument contention denial admission accusation accusations statement",
);
/** Speech nouns that take "to" ("his vow to …"). */
export const NOMINAL_TO = set("promise promises pledge pledges vow vows threat threats call calls plea pleas demand demands claim claims");
/** Speech nouns that take "for" ("their calls for …"). */
export const NOMINAL_FOR = set("call calls plea pleas demand demands appeal appeals");
/** Speech nouns after a possessor ("his claims", "the mayor's remarks"): a nominal cue, not shown. */
export const NOMINAL_HEAD = /^(?:claims?|assertions?|allegations?|accusations?|warnings?|insistence|promises?|pledges?|vows?|remarks?|comments?|suggestions?|arguments?|contention|denials?|admissions?|statements?|threats?|calls?|pleas?|demands?|appeals?)$/i;
/** Nouns that make "made …" a cue of speech. */
export const SPEECH_NOUN = /^(?:clear|case|statements?|comments?|remarks?|allegations?|accusations?|charges?|calls?|pleas?|promises?|pledges?|commitments?|arguments?|points?|observations?|mention|appeals?|claims?|assertions?|threats?|announcements?|predictions?|suggestions?|demands?|offers?|vows?|overtures?|pitch|speech|speeches|references?|jokes?|criticisms?|complaints?|denials?)$/;
/** Documents a verb of ISSUE issues ("a statement", "a tweet"). */
export const DOCUMENT_NOUN = /^(?:statements?|tweets?|letters?|e-?mails?|releases?|notes?|memos?|videos?|posts?|messages?|petitions?|ads|advertisements?|op-?eds?|essays?|columns?|lawsuits?|complaints?|filings?|resolutions?|reports?)$/;
/** Forms of speaking and talking: a cue only with a topic ("spoke about the fees"), not with only an
 *  addressee or a length ("spoke to the crews", "spoke for an hour"). */
export const SPEAK_FORM = /^(?:speak|speaks|spoke|spoken|speaking|talk|talks|talked|talking)$/;
/** Where or how something was said, closing a reported clause ("… in a tweet", "… during a debate",
 *  "… on a radio show with the Gazette"): the saying's circumstance, not what was said. */
export const SAYING_MEDIUM = /^(?:tweets?|statements?|interviews?|speech(?:es)?|posts?|letters?|op-?eds?|e-?mails?|videos?|debates?|rally|rallies|conference|hearings?|appearances?|remarks|broadcast|podcast|briefing|address)$/;
/** The nouns of a document issued by one side ("the statement", "in a letter"). */
export const ISSUED_NOUN = /\b(statement|letter|release|memo|post|tweet|email|e-mail|message|filing|complaint|lawsuit|suit|report|notice|announcement|communiqu[eé])s?\b/i;

// -- blame, denial, demand and questions
/** Cues whose object is the side accused or criticised. */
export const ACCUSE_STEM = /^(?:accus|blam|fault|critici[sz]|condemn|denounc|slam|blast|assail|attack|lambast|rebuk|chastis|scold|chid|castigat|berat|ridicul|mock|decr|sue|sued|suing|disparag|vilif|smear|insult|reprimand|censur|admonish|impugn|chall?eng)/;
/** Cues whose object is the side a demand is made of. */
export const DEMAND_STEM = /^(?:urg|press|demand|implor|beg|exhort|warn|call|appeal|plead)/;
/** Cues that allege what the clause after them says of its subject. */
export const ALLEGE_STEM = /^(?:alleg|charg|accus|assert|contend|claim)/;
/** Words that make a statement critical of whoever it names (a closed class of blame words). */
export const CRITICAL_WORD = new RegExp(
  "\\b(?:" +
    [
      "accus\\w*", "blam\\w*", "fault\\w*", "critici[sz]\\w*", "condemn\\w*", "denounc\\w*",
      "bully\\w*", "bullied", "intimidat\\w*", "coerc\\w*", "violat\\w*", "unlawful", "illegal\\w*", "corrupt\\w*",
      "abus\\w*", "fail\\w*", "problem", "disgrace\\w*", "propaganda", "aggress\\w*", "belligerent", "crimes?",
      "criminal", "fraud\\w*", "misconduct", "harass\\w*", "exploit\\w*", "lie", "lies", "lied", "lying", "false\\w*",
      "mislead\\w*", "interfer\\w*", "threat\\w*", "inhumane", "atrocit\\w*", "shame\\w*", "shameful", "vilif\\w*",
      "improper", "inappropriate", "not credible", "self-serving", "dereliction", "negligen\\w*", "reckless\\w*",
      "outrage\\w*", "terroris\\w*", "responsible for", "to blame", "sanctions?", "tariffs?", "punish\\w*",
      "persecut\\w*", "oppress\\w*", "repress\\w*", "massacre\\w*", "war crimes?", "cover[- ]up", "bandit\\w*",
      "indictment", "incompeten\\w*", "hypocri\\w*", "betray\\w*", "sabotag\\w*", "obstruct\\w*", "undermin\\w*",
    ].join("|") +
    ")\\b",
  "i",
);
/** Negations that turn a statement into a denial of what the other side alleged. */
export const DENIAL_WORD = /\b(?:does not|do not|did not|doesn['’]t|don['’]t|didn['’]t|never|no evidence|unsubstantiated|baseless|groundless|false|untrue|fabricat\w+|lies?|denied|denies|deny|not true|nothing to do with)\b/i;
/** Words of a demand in a content ("should", "must", "calls for", "urged"). */
export const DEMAND_WORD = /\b(?:should|must|need to|needs to|have to|has to|ought to|call(?:s|ed|ing)? for|demand\w*|urg(?:e|es|ed|ing))\b/i;
/** Stems of cues of demand or blame ("urged", "demanded", "condemned"). */
export const DEMAND_CUE_STEM = /^(?:urg|demand|call|press|implor|appeal|insist|warn|critici|condemn|denounc|slam|blast|assail|attack)/i;
/** Stems of cues of asking ("asked", "questioned", "wondered"): a question disputes nothing. */
export const ASKING_STEM = /^(?:ask|question|wonder|inquir|quer)/i;

// == Closed-class words
// -- pronouns
export const PRONOUN = set("he she they we i you it");
/** Reflexive pronouns ("found himself": no finding reported). */
export const REFLEXIVE = set("himself herself themselves itself myself ourselves");
/** Verbs of saying that, with a reflexive object, report a thought ("told himself"); "called
 *  himself a socialist" and "described herself as" stay words. */
export const SELF_TALK = set("tell remind assure reassure ask promise convince console");
/** Personal pronouns that open a reported clause as its subject. */
export const PERSONAL = new Set(["he", "she", "they", "we", "i", "it"]);
/** Pronouns of a person ("he", "she", "who"). */
export const PERSON_PRONOUN = /^(he|she|i|we|you|who)$/;
/** Pronouns of a source that is no person ("they", "it", "which"). */
export const OTHER_PRONOUN = /^(they|it|which|that)$/;
/** Object pronouns ("him", "them"). */
export const OBJECT_PRONOUN = /^(him|her|them|us|me)$/;
/** Object pronouns, "it" included. */
export const OBJECT_PRONOUN_IT = /^(him|her|them|it|us|me)$/;
/** Generic second person ("if you want…") as the whole source phrase. */
export const SECOND_PERSON = /^(?:you|you['’](?:ll|re|ve|d)|your|yourself)$/i;
/** Personal and relative pronouns: a source of these is resolved as a pronoun, never as an apposition. */
export const PRONOUN_OR_RELATIVE = new Set("he she they it we i you who whom which that this these those there".split(" "));
/** Pronouns by the person they stand for ("him" → "he"). */
export const PRONOUN_OF: Record<string, "he" | "she" | "it" | "they" | "we" | "i"> = {
  he: "he", him: "he", his: "he", she: "she", her: "she", it: "it", its: "it", they: "they", them: "they",
  their: "they", we: "we", us: "we", our: "we", i: "i", me: "i",
};
/** Pronouns: a described group holding one is no side. */
export const PRONOUN_NP = /^(?:he|she|it|they|him|her|them|we|us|i|me|you|this|that|these|those|who|which)$/i;
/** Pronouns, never an owner's name ("officials close to him"). */
export const OWNER_PRONOUN = /^(?:he|she|it|they|him|her|them|his|its|their|we|our|us|i|me|my|you|your|who|which|that|this)$/i;
/** Object pronouns a critical cue may aim at ("criticised him"). */
export const TARGET_PRONOUN = /^(?:him|her|them|it|us)$/i;
/** Relative words ("who", "which", "where"). */
export const RELATIVE_WORD = /^(who|whose|which|where)$/;
/** A relative pronoun standing as a source ("a diver, who said …"): its statement's speaker is the
 *  noun before it. */
export const RELATIVE_SOURCE = /^(?:who|whom|which|that)$/i;
/** Words whose "'s" is "is" or "has", not a possessive ("he's", "that's", "let's"). */
/** A personal pronoun with a contracted auxiliary ("we’ll", "they're", "she’d"). */
export const CONTRACTED_PRONOUN = /^(?:i|you|he|she|we|they)[’'](?:ll|d|re|ve|m|s)$/;
/** A subject with its verb contracted onto it ("it’s", "they’re", "we’ve"), or a negated verb ("isn’t"). */
/** A finite verb with "not" contracted onto it ("doesn’t", "won’t"). */
export const NEGATED_VERB = /n[’']t$/;
export const CONTRACTED_VERB = /^(?:it|that|there|he|she|i|you|we|they|what|who)[’'](?:s|re|ve|m|ll|d)$|n[’']t$/;
/** "it" or "there" with "is" contracted onto it: a clause opens there, never a noun phrase goes on. */
export const EXPLETIVE_IS = /^(?:it|there)[’']s$/;
export const CONTRACTED = new Set(["he", "she", "it", "that", "there", "who", "what", "here", "where", "let"]);

// -- determiners and quantifiers
export const DET = set("the a an his her its their our my your this that these those some many most several both all each every no any another other such");
/** Determiners before a loaded descriptor ("the so-called …"). */
export const DETERMINER = /^(?:a|an|the|its|his|her|their|our|this|that|these|those)$/i;
/** A verb of saying or thinking as the first word of a compound noun ("a think tank", "a talk
 *  show host"): part of a noun phrase, no verb. */
export const VERB_NOUN_COMPOUND = /^(?:think\s+tanks?|talk\s+(?:shows?|radio)|call\s+cent(?:er|re)s?|report\s+cards?|claims?\s+adjusters?)$/;
/** Quantifiers that float after the noun phrase they count ("the two, both members of the board"). */
export const FLOATING = set("both all each");
/** Demonstratives: before a noun of saying they make it a noun ("those claims"). */
export const DEMONSTRATIVE = set("this that these those");
/** Determiners that make the next word a noun ("the report"), unlike "some" or "many" ("some say"). */
export const NOUN_DET = new Set(["a", "an", "the", "his", "her", "its", "their", "our", "my", "your"]);
/** Determiners that stand alone as a subject ("some say", "many believe", "this shows"). */
export const PRO_DET = new Set(["some", "many", "most", "both", "all", "others", "several", "few", "this", "these", "those", "another", "one"]);
/** Possessive determiners: the possessor of a speech noun is its source. */
export const POSSESSIVE = new Set(["his", "her", "their", "its", "our", "my"]);
/** Third-person possessives ("his", "their"). */
export const POSSESSIVE_3RD = new Set(["his", "her", "its", "their"]);
/** Definite determiners ("the", "these", "those"). */
export const DEF_DET = new Set(["the", "these", "those"]);
/** Indefinite determiners and quantifiers ("a", "several", "dozens"). */
export const INDEF_DET = new Set([
  "a", "an", "one", "another", "some", "many", "several", "multiple", "numerous", "various", "two", "three",
  "four", "five", "six", "seven", "eight", "nine", "ten", "dozens", "few", "most", "other", "both", "all",
  "our", "certain", "more", "hundreds", "thousands", "scores",
]);
/** Singular determiners ("a", "each"). */
export const SING_DET = new Set(["a", "an", "one", "another", "each", "every"]);
/** Determiners and quantifiers that open a description a relative word stands for ("an official who"). */
export const DESCRIPTION_DET = new Set(["a", "an", "the", "one", "some", "two", "three", "four", "five", "several", "many", "other", "another", "his", "her", "their", "its"]);
/** An article or "one" opening a source phrase ("a spokesman", "one official"). */
export const ARTICLE_FIRST = /^(a|an|the|one)\b/;
/** Capitalised words that open a source without naming it ("The", "Senior", "Federal"). */
export const FIRST_COMMON = /^(the|a|an|this|that|these|those|his|her|their|its|our|some|many|most|several|new|one|two|three|other|senior|top|former|local|state|federal|u\.s\.)$/;
/** Quantifiers of a part of a group ("many of them", "two of the guards"). */
export const PARTITIVE = new Set(["some", "many", "most", "several", "few", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "dozens", "hundreds", "thousands", "scores", "none", "all", "both", "each", "half", "majority", "minority", "number", "handful", "couple", "any"]);
/** Quantifiers that are a usable speaker alone ("some said", "others"). */
export const QUANT_OK = new Set(["others", "some", "many", "several", "few"]);
/** Words before a capitalised plural that make it a vague group ("many Tunisians"). */
export const VAGUE_QUANT = new Set(["many", "some", "most", "few", "several", "ordinary", "other", "numerous", "young", "older", "local"]);
/** Words of NOT_SPEAKER that may open a usable speaker phrase ("one official", "his lawyer"). */
export const SPEAKER_QUANT = /^(?:one|both|all|most|some|many|his|her|its|their|our)$/;
/** A lower-case word in -s: a plural noun, or a verb in -s. */
export const PLURAL_END = /[a-z]s$/;
/** Endings in -s of words that are no plurals ("famous", "class", "bus", "this", "its"). */
export const NOT_PLURAL_END = /(?:ous|ss|us|is|its|was|has|does|yes|less)$/;
/** A year in digits ("2016"): a date, never a count. */
export const YEAR = /^(?:1[89]|20)\d\d$/;
/** A plural count: before a word in -s it makes that word a plural noun, since a verb in -s has a
 *  singular subject ("90 calls", "several claims", "two phone calls"). */
export const PLURAL_COUNT = /^(?:(?!1$)\d[\d,.]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|sixty|hundreds|thousands|millions|dozens|scores|several|many|few|fewer|numerous|multiple|countless|more|various)$/;
/** Number words ("two", "hundreds", "percent"): a source of them alone names nobody. */
export const NUMERAL_WORD = /^(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred|hundreds|thousand|thousands|million|millions|billion|billions|dozen|dozens|half|percent|per)$/i;
/** Determiners and adjectives before an owned source noun ("two senior", "anonymous"). */
export const OWNER_MODIFIER = /^(?:a|an|the|one|two|three|four|five|several|some|many|most|few|other|senior|top|former|current|high-ranking|low-level|anonymous|unnamed|unidentified|longtime|veteran|key|leading)$/i;
/** Adjectives in -ed or -ing allowed inside an unnamed source ("retired officials", "ruling party officials"). */
export const ADJ_ED = new Set(
  ("retired unnamed unidentified concerned disgruntled informed elected appointed armed qualified trusted " +
   "frustrated alarmed interested displaced injured wounded detained based affected unaffiliated " +
   "loved leading ranking governing ruling striking visiting outgoing incoming founding")
    .split(" "),
);

// -- auxiliaries, negators and adverbs
/** Auxiliaries and adverbs allowed between the subject and the cue verb ("has also said"). */
export const AUX = set(
  "has have had is was are were be been being would will could can may might should must did does do not n't never " +
  "also later then again previously recently once often repeatedly publicly privately still just further even already " +
  "always first long quickly flatly initially reportedly separately simply openly bluntly angrily immediately " +
  "earlier subsequently apparently clearly strongly specifically explicitly last yesterday today here there now ago " +
  "wouldn't wouldn’t won't won’t didn't didn’t doesn't doesn’t don't don’t can't can’t couldn't couldn’t isn't isn’t " +
  "wasn't wasn’t hasn't hasn’t haven't haven’t hadn't hadn’t cannot",
);
/** Adverbs of frequency between a subject and its verb, or standing before a participle without a
 *  subject ("he ever said", "seldom ever mentioned"). */
export const DEGREE = set("ever seldom hardly rarely barely scarcely");
/** Comparatives before "than" and a count ("More than seven in 10 said", "Fewer than a third"). */
export const COMPARATIVE_COUNT = set("more fewer less");
/** Degree words before such a comparative ("No more than", "far fewer than"). */
export const COMPARATIVE_DEGREE = set("no far much slightly well just");
/** Words that open a count ("six", "20", "half", "third", "dozen"). */
export const NUMBER_START = /^(?:\d[\d,.%]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|half|third|quarter|fifth|dozen|dozens|hundreds|thousands)(?:-(?:one|two|three|four|five|six|seven|eight|nine|thirds?|quarters?|fourths?|fifths?|tenths?))?$/i;
/** Prepositions over which a closing "according to" source runs on ("… in Harbor Weekly"). */
export const ACCORDING_PP = set("in at of from for by");
/** Verbs besides those of saying that tag a quotation before them in inverted order ("“…,”
 *  recalled Ruiz", "“…,” the sign reads"). */
export const MEMORY_TAG = set("recalled recalls remembered remembers reads read");
/** Participles that work as prepositions after a comma ("…, compared to …", "…, based on …"). */
export const PARTICIPLE_PREP = set("compared based coupled combined given followed provided");
/** Focus words between a subject (or an auxiliary) and its verb ("would only say", "just said"). */
export const FOCUS = set("only just even");
/** The forms of "make" ("made clear", "made the case"). */
export const MAKE_FORM = set("make makes made making");
/** Degree words between "made (it)" and "clear": "made it very clear". */
export const CLEAR_DEGREE = set("very quite perfectly abundantly crystal absolutely more");
/** Finite auxiliaries: one in a chunk after a comma makes it a clause, not an apposition. */
export const FINITE = new Set(["is", "are", "was", "were", "has", "have", "had", "will", "would", "can", "could", "should", "may", "might", "must", "does", "did"]);
/** Forms of "be". */
export const BE = new Set(["is", "was", "are", "were", "be", "been", "being", "isn't", "isn’t", "wasn't", "wasn’t"]);
/** Forms of "have" (a perfect tense opens the cue span: "has said"). */
export const HAVE_FORM = /^(has|have|had)$/;
/** Verbs that take "say" as a noun ("has a say", "want a say", "got little say in it"). */
export const HAVE_SAY = new Set(["has", "have", "had", "get", "gets", "got", "getting", "want", "wants", "wanted", "given", "give", "gives"]);
/** A quotation that opens on a finite auxiliary ("“should be heard”", "“is a disgrace”"). */
export const QUOTE_PREDICATE = /^(?:should|would|will|could|must|can|may|might|shall|is|are|was|were|has|have|had)\b/i;
/** Auxiliaries, negations and adverbs a cue span may hold before its verb ("has also said"). */
export const CUE_AUX = set(
  "has have had is was are were be been being 's ’s would will could can may might should must did does do not n't " +
  "never also later then again previously recently once often repeatedly publicly privately still just further even " +
  "already always first long didn't didn’t doesn't doesn’t don't don’t wasn't wasn’t isn't isn’t hasn't hasn’t " +
  "haven't haven’t hadn't hadn’t won't won’t wouldn't wouldn’t",
);
/** May sit between a source and its cue ("have long warned", "are hinting", "have since claimed"). */
export const AUX_BETWEEN = new Set(
  (
    "has have had is are was were will also since long just been still later previously reportedly " +
    "privately publicly repeatedly often now recently separately earlier further then too openly quickly " +
    "widely frequently already initially first once being have generally routinely frankly similarly"
  ).split(" "),
);
/** Negators on the way from an unnamed source to its cue ("officials declined to …", "did not say"). */
export const NEGATOR = new Set(["not", "never", "declined", "refused", "did", "didn't", "didn’t", "could", "would", "failed"]);
/** Sentence adverbs that may stand between a subject and its verb without commas ("Lind however
 *  said", "she has since stressed", "can’t quite say"): skipped like the auxiliaries when looking for the subject. */
export const INTERPOSED = set("however since though therefore nonetheless nevertheless meanwhile instead likewise soon afterwards afterward almost nearly too quite rather yet");
/** Sentence adverbs that open a clause before its subject ("Perhaps young voters prefer …"). */
export const LEAD = new Set(["perhaps", "maybe", "indeed", "moreover", "furthermore", "also", "still", "now", "then", "yet", "so", "thus", "instead", "meanwhile", "however", "nevertheless", "nonetheless", "actually", "certainly", "clearly", "ultimately", "finally", "initially", "eventually", "apparently", "obviously", "separately", "similarly", "likewise", "previously", "later", "earlier", "today", "yesterday", "soon", "afterward", "afterwards"]);
/** Of LEAD, the adverbs that are adjectives too ("Later, Ruiz said" but "earlier reports"). */
export const LEAD_ADJECTIVE = new Set(["earlier", "later"]);
/** Conjunctions that join a clause of its own after a comma ("…, but nobody listened"). */
export const CLAUSE_CONJ = new Set(["and", "but", "or", "yet", "nor", "so"]);
/** Words ending in -ly that are not adverbs ("family", "rally", "daily"). */
/** Endings of "-ly" adverbs made from adjectives ("Essentially", "Shortly", "Ultimately",
 *  "Publicly", "Reportedly"), which surnames in "-ly" ("Kelly", "Connolly", "Daly") do not have:
 *  a capitalised word so written opening a clause is an adverb, no name. */
export const ADVERB_LY_END = /(?:[^l]ally|ately|ntly|ously|ively|fully|ingly|edly|ctly|icly|rtly|stly|ssly|arily|ibly|ably|larly|efly|enly|etly|nkly)$/;
export const LY_NOUNS = new Set(["family", "assembly", "rally", "supply", "ally", "anomaly", "monopoly", "bully", "belly", "jelly", "folly", "tally", "reply", "apply", "fly", "only", "holy", "early", "likely", "daily", "weekly", "monthly", "yearly", "lonely", "friendly", "elderly", "costly", "deadly", "lovely", "ugly", "italy", "july"]);

// -- prepositions, conjunctions and particles
export const PREP = set("in on at during after before since for with by from about over under across amid amidst among following despite alongside besides unlike throughout beyond regarding within without last this meanwhile now however separately earlier later yesterday today still also then instead indeed moreover");
/** Prepositions that open an adjunct of the saying, not an apposition of the speaker ("said Vance,
 *  the port's director, at a meeting on Thursday"). */
export const ADJUNCT_PREP = new Set(["in", "on", "at", "during", "after", "before", "since", "with", "from", "amid", "following", "despite", "within", "over", "under", "across", "among", "by", "outside", "inside", "near", "via"]);
/** Words that join the parts of one name ("the Bank for Trade and Development", "Smith & Wesson"). */
export const NAME_JOIN = new Set(["and", "or", "of", "&", "to", "de", "nor"]);
/** Capitalised words opening a sentence that begin an adverbial, not a name ("Like Rove, …",
 *  "Early Tuesday, …"), besides the prepositions, times and sentence adverbs. */
export const NOT_NAME_OPENER = new Set(["like", "unlike", "early", "late", "as", "much", "even"]);
/** Prepositions that open an adverbial, not a subject ("In Washington, …"). */
export const ADVERBIAL_PREP = new Set("in at on from for after before during by with since under over across through about among within".split(" "));
/** Prepositions before a name that make its mention oblique ("to Hart", "with Hart"). */
export const OBLIQUE_PREP = new Set(["to", "of", "for", "with", "by", "from", "at", "on", "in", "about", "against", "toward", "towards", "into", "than", "like", "between", "among", "under", "over", "via", "per", "including", "and", "or", "nor"]);
/** Prepositions before a people-word that make it an object, not a source ("to officials"). */
export const PREP_BEFORE = new Set(
  "to of for with by from at on in about among including into onto against toward towards via like than over between behind under unlike".split(" "),
);
/** Words that open a fronted subordinate clause. */
export const SUBORD = set("as if although though while when whenever because since once unless until whether whereas after before");
/** Prepositions that carry a phrase on after an aside between dashes ("publish its figures — the
 *  receipts above all — for each quarter"). */
export const PHRASE_ON = set("of to in into from for on with at by than");
/** Particles a verb takes before its object ("held up a sign", "put out a notice"). */
export const VERB_PARTICLE = set("up out back down off");
/** Conjunctions of time or manner that open a clause saying when or how something was said ("…”
 *  Reed said as he left the hall.", "while the crowd cheered"). */
export const CIRCUMSTANCE = set("as while when whenever after before once");
/** Conjunctions that open a subordinate clause after reported content ("when", "although"). */
export const SUBORDINATOR = /^(?:when|while|although|though|whereas|even)$/;
/** Conjunctions and adverbs that link a new clause ("but", "however", "meanwhile"). */
export const CLAUSE_LINK = /^(but|and|yet|still|so|however|now|meanwhile)$/;
/** After "but", words that turn "not A" into "but B" inside one reported clause ("said it would
 *  close the pier, but not the beach"). */
export const BUT_TURN = new Set(["not", "also", "only", "rather", "instead"]);
/** Words after a comma that close reported content ("X said A, but added B"). */
export const CLAUSE_END = new Set(["when", "but", "despite", "while", "although", "though", "whereas", "even", "unlike", "yet", "compared"]);
/** Words that open an indirect question ("asked by a host whether …", "why …"). */
export const QUESTION_OPENER = /^(?:whether|why|how|what|if)$/;
/** Words after "asked" that make it a question put to the speaker (", asked whether …", "asked about …"). */
export const ASKED_NEXT = /^(?:about|if|whether|what|why|how|who|which|to|by)$/;
/** Particles that make "called" an act ("called off", "called up"). */
export const CALLED_PARTICLE = /^(off|up|back|in|away)$/;

// -- words that end a phrase, or keep a word out of one
/** Words that end a subject noun phrase when scanning leftwards from the cue. */
export const LEFT_STOP = set(
  "that and but or as while when because although though if after before since so where whereas than then " +
  "is was are were has have had will would can could should may might must do does did be been being not " +
  "said says say told tells added according which what whether how why who whom whose unless until once " +
  "nor yet however thus therefore meanwhile instead also even just only to into onto upon despite unlike",
);
/** Words before an article that hold it inside one noun phrase ("all the", "half a", "such a",
 *  "near the", "residents of the"); any other word before it ends a fronted adverbial. */
export const ARTICLE_GLUE = new Set([
  ..."all both half such what quite rather many once twice of like near beside inside outside around behind toward towards against between beyond through throughout via along alongside per versus vs except off out up down past opposite amid atop below beneath above next close including".split(" "),
  // degree words before a share ("nearly a third", "only a few")
  ..."nearly almost about roughly approximately some only just exactly fully barely least".split(" "),
]);
/** Prepositions that open a fronted adverbial, beside PREP ("Until last week the board …"). */
export const ADVERBIAL_OPENER = new Set(["after", "before", "since", "until", "despite", "to", "through", "throughout", "following", "amid", "upon"]);
/** Time words after which the subject opens ("Two days later police said"). */
export const LATER = new Set(["later", "earlier", "ago", "afterwards"]);
/** Units of time before "later" or "ago" in a fronted time phrase ("a few days later", "moments later"). */
export const LATER_UNIT = /^(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?|moments?|while)$/;
/** Words of tenure coordinated inside a noun phrase ("current and former officials", "past and present staff"). */
export const TENURE = set("current former past present future retired serving active");
/** Words that open a clause of the writer's after an inverted source ("said Ana Ruiz when asked …"). */
export const SOURCE_THEN_CLAUSE = set("when while as because although though");
/** Nouns a relative clause without "that" follows ("the place officials said", "the way she put it"). */
export const REDUCED_HEAD = new Set(["place", "time", "way", "reason", "day", "moment", "year", "number", "amount", "extent", "point"]);
/** Prepositions that carry a modifier's phrase inside a source noun phrase. */
export const MODIFIER_PREP = new Set(["in", "on", "to", "by", "at", "for", "from", "about", "with", "during"]);
/** Participles without "-ed" that modify a noun ("a poll taken in May", "a letter sent to …"). */
export const PARTICIPLE_NOT_ED = new Set(["taken", "sent", "given", "held", "made", "written", "broadcast", "shown", "known", "run", "done", "seen", "built", "paid"]);
/** Words that end a source noun phrase scanning rightwards ("said Smith on Tuesday"). */
export const RIGHT_STOP = set(
  "on in during after before when while because as that but to via last this yesterday today tonight earlier later " +
  "recently monday tuesday wednesday thursday friday saturday sunday adding saying noting referring explaining " +
  "told said says is was are were has have had will would should could can may might must which than if since so and then",
);
/** Words that open an apposition after a name ("Smith, a spokesman for …, said"). */
export const APPOS = set("a an the who whose which one another its his her their former chairman chairwoman president director head spokesman spokeswoman spokesperson senior chief executive co-founder founder");
/** Words that end a noun-phrase object ("endorsed Canova in late May"). */
export const OBJ_STOP = new Set(["in", "on", "at", "during", "before", "after", "since", "amid", "following", "despite", "while", "when", "because", "last", "this"]);
/** Words that end a noun phrase when walking left from its head. */
export const NP_STOP_LEFT = new Set(
  (
    "said says say told tell tells that which who whom whose and or but nor because as than if when while " +
    "to by with from for on in at of into about after before over under between against without through " +
    "has have had is are was were be been being will would could should may might can must do does did " +
    "not also he she they we it i you there this these those what where how why then than so yet " +
    "although though however meanwhile still now today yesterday earlier later according citing quoting " +
    "sourced him them us me her his its their our my your an a the one another some many several"
  ).split(" "),
);
// Words that end a description walking left ("women who", "an anonymous official who").
export const DESCRIPTION_LEFT_STOP = new Set(
  ("said says told is are was were be been has have had and or but that which who to by with from for on in at as " +
   "than if when while after before since because also then he she they it we i you his her their its said").split(" "),
);
/** Words that end the framed noun phrase after the descriptor ("a ragtag crew of smugglers that …"). */
export const PHRASE_STOP = new Set([
  "that", "which", "who", "whom", "whose", "and", "or", "but", "is", "are", "was", "were", "has", "have", "had",
  "will", "would", "can", "could", "said", "says", "say", "told", "to", "from", "with", "by", "on", "in", "at", "as",
  "than", "after", "before", "since", "while", "when", "because", "if", "into", "over", "under", "against", "about",
]);
/** Common irregular past forms, which end the framed phrase ("the notorious firm sold …"). */
export const PAST_FORM = new Set(["sold", "said", "told", "made", "took", "gave", "went", "came", "got", "put", "held", "led", "won", "lost", "ran", "met", "saw", "knew", "sent", "spent", "built", "brought", "bought", "began", "became", "kept", "paid", "thought", "felt", "found", "stood", "hit", "cut", "let", "struck", "fought", "sought", "wrote", "spoke", "broke", "chose", "drove", "rose", "fell", "grew", "drew", "threw", "flew", "wore", "left", "set"]);
/** Words that end the phrase a critical cue aims at ("criticised Hart for …"). */
export const TARGET_STOP = new Set(
  "of for to that as over with in on at from by after before about because while when if since during into than who which whose whom where said says told and or but , is are was were has have had will would could should may might did does do not".split(" "),
);
/** Stop words left out of a content's key terms (keyTerms in disputes.ts). */
export const TERM_STOP = new Set(
  (
    "the a an and or but of to in on at for by with from that this these those it its is are was were be been " +
    "has have had not no do does did will would could should may might can as than then there their they them " +
    "he she his her we our you your i me my who whom which what when where while also said says say told " +
    "about after before over under into more most some any all such other only just very own same so if " +
    "because since during against between through per via up down out off again further once both each few " +
    "being having doing until while past recent recently including according statement statements"
  ).split(" "),
);
/** Words that never name a speaker alone (the scorer's pronouns, relatives and bare quantifiers). */
export const NOT_SPEAKER = new Set(
  (
    "he she they it him her them who whom which that we i you this these those his hers their its one someone " +
    "us me my our your what whatever whoever whichever most all any each either neither none much both such " +
    "itself himself herself themselves everyone everybody anyone anybody nobody something anything everything " +
    "there here well worth also"
  ).split(" "),
);
/** Words before a name at the end of a source that make it someone else than the source ("close to
 *  Hart"), or something else than a person ("held there during the Harbor War"). */
export const NOT_OWN_NAME = /\b(?:to|of|for|with|at|from|about|close|near|around|by|and|or|under|on|in|during|through|throughout|after|before|since|amid|over|across|against|between|among|into)\b/i;
/** Words that make a prosecutor's title no public office ("former", "defense"). */
export const NOT_FOR_THE_STATE = /\b(?:former|defen[cs]e|represent\w*|private)\b/i;
/** Phrases that stand for two people named before ("both men", "the pair"). */
export const BOTH_PHRASE = /^(?:both|both (?:men|women)|the two(?: men| women)?|the pair|the couple)$/i;
/** Words before a proceeding's head that say nothing of whose it is ("the ongoing hearings"). */
export const SAYS_NOTHING = /^(?:ongoing|current|continuing|recent|latest|new|so-called|whole|entire|public)$/i;

// -- time
export const TIME = set("monday tuesday wednesday thursday friday saturday sunday yesterday today tonight morning afternoon evening night week month year weekend earlier later last this recently");
/** After "by", a time or a means, not an agent: "told to leave by noon", "informed by phone"; with
 *  "the": "by the end of May". */
export const BY_MEANS = set("noon midnight dawn phone telephone email e-mail mail letter text video videolink fax post then now");
/** Parts of a day after a weekday ("Thursday evening"). */
export const DAY_PART = set("morning afternoon evening night");
export const BY_THE_TIME = set("end time deadline weekend morning afternoon evening close start beginning middle");
/** Days of the week (a trailing time adjunct: "on Tuesday"). */
export const WEEKDAY = new Set(["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]);
/** Words of time that stand alone as an adverbial ("Tuesday Ruiz said", "Tonight the board voted"),
 *  never the start of a source. */
export const TIME_ADVERB = new Set([...WEEKDAY, ..."yesterday today tonight tomorrow later earlier afterwards afterward recently".split(" ")]);
/** Nouns of a span of time ("last month", "this session"). */
export const TIME_SPAN = /^(?:month|year|spring|summer|fall|autumn|winter|season|term|session)s?$/;
/** Units of a calendar after "last" or "this" ("last week"). */
export const WEEK_UNIT = /^(?:week|month|year|weekend)$/;
/** A span of time measured, in "a week after the storm", "two days later", "hours before the vote". */
export const TIME_MEASURE = /^(?:second|minute|hour|day|night|week|weekend|month|year|decade)s?$/;
/** What such a span is counted from: "a week after …", "two days later", "a year ago". */
export const TIME_RELATION = set("after before later earlier ago since");
/** The count before a span of time: "a week", "two days", "a few hours", "just days". */
export const TIME_COUNT = set("a an one two three four five six seven eight nine ten several few the some many just only nearly almost about barely mere");

// -- abbreviations and sentence openers
/** Words after which a dot does not end a sentence (the extraction units' sentence split, tokens.ts). */
export const ABBREV = new Set(["mr", "mrs", "ms", "dr", "sen", "rep", "reps", "sens", "gov", "gen", "lt", "col", "sgt", "capt",
  "st", "jr", "sr", "inc", "co", "corp", "ltd", "no", "vs", "v", "jan", "feb", "mar", "apr", "aug", "sept", "sep", "oct", "nov",
  "dec", "prof", "rev", "adm", "maj", "cmdr", "ft", "mt", "ariz", "calif", "fla", "ill", "mass", "mich", "minn", "pa",
  "tenn", "tex", "va", "wash", "wis", "conn", "ga", "ky", "la", "md", "mo", "nev", "okla", "ore", "del", "colo", "ala",
  "ark", "kan", "neb", "miss", "al", "etc", "e.g", "i.e", "approx", "dept", "est", "fig", "op", "pres", "supt"]);
/** Words a determiner may open a noun phrase with before a quoted title ("the “Harbour Lights” singer"). */
export const TITLE_DET = new Set(["the", "a", "an", "his", "her", "their", "its", "our", "my", "your"]);
/** Abbreviations of ABBREV written in lower case ("etc.", "e.g.", "vs."); the others count only
 *  with a capital ("Ill." is Illinois, "ill." ends a sentence). */
export const LOWER_ABBREV = new Set(["etc", "e.g", "i.e", "approx", "vs", "v", "al"]);
/** Abbreviations whose dot does not end a sentence ("Ms. Haley", "Gen. Smith"), for the word
 *  tokens of enrichment (words.ts). */
export const WORDS_ABBREV = new Set([
  "mr", "mrs", "ms", "dr", "st", "gen", "sen", "rep", "gov", "lt", "col", "sgt", "jr", "sr", "inc",
  "corp", "co", "no", "vs", "v", "maj", "capt", "prof", "rev", "u.s", "u.k", "u.n", "e.g", "i.e", "mt",
  "ft", "ave", "jan", "feb", "aug", "sept", "oct", "nov", "dec", "adm", "cmdr", "supt", "det",
]);
/** Typical sentence openers: after a dotted abbreviation ("U.S."), one of them starts a new sentence. */
export const SENTENCE_STARTER = new Set(["the", "he", "she", "it", "they", "we", "i", "but", "and", "in", "a", "this", "that", "there", "his", "her", "their", "its", "on", "for", "as", "at", "if", "when", "after", "some", "many", "one"]);

// == Names and titles
// -- people's names
/** Lower-case words inside a name ("Secretary of State", "Federico de Jesus"). */
export const NAME_GLUE = new Set(["of", "the", "de", "del", "da", "van", "von", "bin", "al", "for", "and"]);
/** Abbreviations that end a name with their dot ("James Comey Jr.", "Acme Inc."). */
export const NAME_END_ABBR = new Set(["jr", "sr", "inc", "co", "corp", "ltd", "llc", "bros"]);
/** Suffixes of a name ("Jr", "III"). */
export const NAME_SUFFIX = /^(?:Jr|Sr|II|III|IV)$/;
/** Lower-case particles inside a person's name ("de", "van", "bin"). */
export const NAME_PARTICLE = new Set(["de", "da", "van", "von", "der", "den", "al", "bin", "ibn", "el", "la", "le", "du", "dos", "del", "di", "ben", "abu", "st"]);
/** Capitalised words that open a sentence or clause and are never part of a name. */
export const NOT_NAME_WORD = new Set(
  (
    "the a an and but or nor so yet for of to in on at by with from as when while if that this these those it its he " +
    "she they we i you his her their our my your there here then now today yesterday tomorrow after before during " +
    "since until though although because however meanwhile still also even just only more most many some all both democrats republicans " +
    "each every no not one two three four five six seven eight nine ten first last next new former late " +
    "monday tuesday wednesday thursday friday saturday sunday january february march april may june july august " +
    "september october november december jan feb mar apr jun jul aug sep sept oct nov dec " +
    "said says asked told according earlier later instead inside outside under over across photo video watch " +
    "read related more advertisement getty images reuters ap afp file update updated posted copyright share " +
    "democrat democrats democratic republican republicans gop christian muslim jewish catholic islamic " +
    "god jesus allah internet web street avenue road river lake mount mountain sea ocean island islands " +
    "north south east west northern southern eastern western central national international federal state " +
    "city county district province region capital airport hospital school mosque temple square " +
    "station hotel tower center centre palace plaza valley coast beach port"
  ).split(" "),
);
/** Words that can stand before a surname without being a first name ("President Trump", "The Smith"). */
export const NOT_FIRST_NAME = /^(?:The|A|An|And|But|Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|President|Senator|Governor|Secretary|Minister|Judge|Justice|Chief|Prime|Vice|Former|Said|Says|In|On|At|For|Of|To|By|With|From|As|When|While|If|That|This|It|He|She|They|We|Mayor|Attorney|General|Speaker|Leader|Director|Professor|Candidate|Nominee|Democrat|Republican|Democratic|Sir|Lady|Lord|Saint|St|New|North|South|East|West|Los|Las|San|Santa|United)$/;
/** A phrase that only says when ("back in June", "last week", "by 1990", "earlier this year"): no
 *  statement's content. */
export const TIME_ONLY =
  /^(?:(?:back|earlier|later|again|only|just|as\s+early\s+as)\s+)?(?:(?:in|on|at|by|since|during|until|from|as\s+of)\s+)?(?:(?:early|late|mid)[- ]?)?(?:(?:last|this|next|that|the\s+same)\s+)?(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|week|weekend|month|year|spring|summer|fall|autumn|winter|morning|afternoon|evening|night|day|\d{4}s?|today|yesterday|tonight|tomorrow|recently|earlier|before)(?:\s+\d{1,2}(?:st|nd|rd|th)?)?(?:,?\s+\d{4})?\s*[.,;:]?$/i;
/** A phrase that only says how long ("for an hour", "for nearly 20 minutes", "two days", then perhaps
 *  when: "on Monday"): what a verb like "spoke" or "testified" may take where it has no content. */
export const DURATION_ONLY =
  /^(?:for\s+)?(?:(?:about|around|almost|nearly|roughly|more\s+than|less\s+than|over|under|just|only)\s+)?(?:an?|one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty|several|a\s+few|few|many|\d+(?:\.\d+)?)(?:\s+and\s+a\s+half)?\s+(?:more\s+)?(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?)(?:\s+(?:on|last|this|in|at|during)\s+[\w-]+(?:\s+[\w-]+)?|\s+(?:today|yesterday|tonight))?\s*[.,;:]?$/i;
/** A phrase that only says how or in what order ("first", "briefly", "in private", "by phone"): no
 *  statement's content ("The mayor spoke first"). */
export const MANNER_ONLY =
  /^(?:first|last|later|again|twice|once|briefly|publicly|privately|openly|separately|frankly|candidly|out|up|back|next|afterwards|instead|too|also|alone|then|there|here|at\s+length|in\s+(?:person|private|public)|by\s+(?:phone|telephone|video\s+link)|for\s+the\s+first\s+time)\s*[.,;:]?$/i;
/** Simple pasts that are never a participle ("came", not "come"): with FINITE's auxiliaries, one
 *  inside a noun phrase before a cue makes that "source" a clause of its own ("the ministry's first
 *  reply came with a sharp warning"). Read in lower case only: "Will Dorsey", "May Chen" are names. */
export const PAST_NOT_PARTICIPLE = set("came went took gave began became saw knew grew rose fell ran wore ate drove flew threw forgot");
/** Month names (capitalised words that name no person). */
export const MONTH_NAME = /^(?:January|February|March|April|May|June|July|August|September|October|November|December)$/;
/** A small list of common given names; names ending in -a are read as female unless listed male. */
export const MALE_NAMES = new Set(
  (
    "john james robert michael william david richard joseph thomas charles christopher daniel matthew anthony mark " +
    "ed ned jed reed wesley stanley bradley dudley " +
    "donald steven stephen paul andrew joshua kenneth kevin brian george timothy ronald edward jason jeffrey ryan " +
    "jacob gary nicholas eric jonathan larry justin scott brandon benjamin samuel gregory alexander frank patrick " +
    "raymond jack dennis jerry tyler aaron jose adam henry nathan douglas zachary peter kyle walter ethan jeremy " +
    "harold keith christian roger noah gerald carl terry sean austin arthur lawrence jesse dylan bryan joe jordan " +
    "billy bruce albert willie gabriel logan alan juan wayne roy ralph randy eugene vincent russell louis bobby " +
    "philip phillip johnny mike bill jim tom bob ted chuck mitch rudy kurt tim gordon hunter jared mitt bernie " +
    "barack joel pete rick ron chris steve dan dave ben sam nick tony matt greg jeff ken fred hugh ian neil " +
    "mohammed muhammad mohammad mohamed ahmed ahmad ali omar hassan hussein khalid abdul abdullah ibrahim yusuf " +
    "mustafa musa ismail hamid karim tariq imran nawaz narendra rahul vladimir sergei sergey dmitry alexei alexey " +
    "igor ivan boris viktor recep emmanuel francois jacques pierre jean-claude olaf angelo luca andrea nikola " +
    "jair luiz xi li wang kim jae-in shinzo yoshihide fumio benjamin yair naftali ehud bashar hafez moammar " +
    "volodymyr petro andriy oleksiy evo nicolas hugo juan manuel carlos luis jorge miguel pedro rodrigo " +
    "diego fernando ricardo andres javier alejandro santiago mateo joaquin elon jeff warren tucker sean " +
    "lindsey kevin mitch chuck adam devin jim liz marco ted rand josh tom"
  ).split(" "),
);
/** Organization words that are surnames too: after a given name, a person ("Tom House", "Ana Trust"). */
export const SURNAME_ORG_WORD = new Set(["house", "trust", "bank", "court"]);
/** Given names that name places too ("Houston", "Victoria", "Jordan"): before an organization's word,
 *  a place's body ("Victoria Court", "Austin Bank"), never a person. */
export const PLACE_GIVEN_NAME = new Set(["austin", "jordan", "houston", "dallas", "madison", "lincoln", "victoria", "virginia", "georgia", "carolina", "charlotte", "chelsea", "florence", "orlando", "eugene", "savannah", "phoenix", "camden", "chester", "kent", "york", "paris", "sydney", "adelaide", "regina"]);
/** Common female given names. */
export const FEMALE_NAMES = new Set(
  (
    "mary patricia jennifer linda elizabeth barbara susan jessica sarah karen nancy lisa betty margaret sandra " +
    "holly molly sally polly dolly lesley shelly carly " +
    "ashley kimberly emily donna michelle dorothy carol amanda melissa deborah stephanie rebecca sharon laura " +
    "cynthia kathleen amy shirley angela helen anna brenda pamela nicole emma samantha katherine christine debra " +
    "rachel catherine carolyn janet ruth maria heather diane virginia julie joyce victoria olivia kelly christina " +
    "lauren joan evelyn judith megan cheryl andrea hannah martha jacqueline frances gloria ann anne teresa kathryn " +
    "sara janice jean alice madison doris abigail julia judy grace denise amber marilyn beverly danielle theresa " +
    "sophia marie diana brittany natalie isabella charlotte rose alexis kayla hillary nikki ilhan alexandria fiona " +
    "kamala ursula jacinda theresa nicola angela marine christine kristalina sheikh hasina indira benazir aung " +
    "greta meghan kate camilla beyonce taylor oprah ellen hope kellyanne sarah-huckabee condoleezza madeleine " +
    "nancy elise liz tulsi kirsten amy marsha susan lisa joni shelley debbie stacey gretchen kathy tina ivanka " +
    "melania jill michelle laura hillary rosalynn caroline chelsea ayanna rashida kyrsten"
  ).split(" "),
);
/** Male given names ending in -a ("Luca", "Nikola"), which would otherwise read as female. */
export const MALE_A = new Set(["joshua", "luca", "andrea", "nikola", "mustafa", "musa", "akira", "elijah", "ezra", "jonah", "noah", "sasha", "misha", "kosta", "dana", "jamba", "garcia", "costa", "da", "la", "ra", "joba", "zaka"]);

// -- titles, roles and kin
/** Titles that open a person's name ("Ms. Ruiz"), never a place's. */
export const PERSON_TITLE = new Set(["mr", "mrs", "ms", "dr", "gov", "sen", "rep", "gen", "col", "sgt", "lt", "capt", "prof", "rev", "judge", "justice", "president", "senator", "governor", "mayor", "minister"]);
/** Titles and role words written before a name ("Gov.", "spokeswoman", "former"). */
export const TITLE_WORD = new Set(
  (
    "mr mr. mrs ms dr dr. sir major general gen gen. lieutenant lt colonel col captain capt sergeant sgt cmdr " +
    "admiral adm president vice prime minister secretary senator sen rep representative governor gov mayor " +
    "chancellor ambassador judge justice chief director spokesman spokeswoman spokesperson commander " +
    "deputy foreign defense defence interior finance press head chairman chairwoman chair ceo professor prof " +
    "king queen prince princess lord lady pope sheikh emir attorney officer official envoy aide adviser " +
    "advisor leader founder executive marshal brigadier rev reverend dame first former acting senior state " +
    "u.s us speaker congressman congresswoman councilman councilwoman sheriff superintendent inspector " +
    "detective det supt bishop archbishop cardinal rabbi imam nominee candidate councillor councilor " +
    "councilmember alderman alderwoman assemblyman assemblywoman assemblymember commissioner constable coach pastor"
  ).split(" "),
);
/** Titles written before a name, by the head noun of a description that stands for their holder. */
export const TITLE_OF = new Map<string, string>([
  ["governor", "Gov\\.|Governor"],
  ["senator", "Sen\\.|Senator"],
  ["president", "President"],
  ["mayor", "Mayor"],
  ["minister", "(?:Prime\\s+)?Minister"],
  ["chancellor", "Chancellor"],
  ["ambassador", "Ambassador"],
  ["congressman", "Rep\\.|Congressman"],
  ["congresswoman", "Rep\\.|Congresswoman"],
  ["prosecutor", "Prosecutor"],
  ["judge", "Judge"],
  ["sheriff", "Sheriff"],
  ["superintendent", "Superintendent"],
  ["commissioner", "Commissioner"],
  ["general", "Gen\\.|General"],
  // "the California Republican", "the Ohio Democrat": the lawmaker or governor last named by title
  ["republican", "Rep\\.|Sen\\.|Gov\\.|Senator|Representative|Congressman|Congresswoman|Governor"],
  ["democrat", "Rep\\.|Sen\\.|Gov\\.|Senator|Representative|Congressman|Congresswoman|Governor"],
]);
/** A title or qualifier alone before a role noun, which names no organization ("Former spokesman"). */
export const NOT_OWNER_TITLE = /^(?:Former|Acting|Deputy|Senior|Chief|Top|Then|Interim|Vice|General|Lt|Col|Gen|Mr|Ms|Mrs|Dr)\.?$/;
/** Words that end a title before its role noun, not an organization's name ("National Security
 *  Adviser", "Majority Leader", "Supreme Leader", "Foreign Affairs Minister"). */
export const TITLE_PART = /^(?:Majority|Minority|Supreme|Principal|Assistant|Executive|Senior|Deputy|Chief|Press|National|Security|Foreign|Affairs|General)$/;
/** Titles that give a person's gender ("Mr", "Sir"; "Mrs", "Queen"). */
export const MALE_TITLE = new Set(["mr", "sir", "lord", "king", "prince", "duke", "baron", "count", "emperor", "sultan", "sheikh", "pope", "father", "brother", "uncle", "mister", "monsieur", "senor", "herr"]);
/** (female; see MALE_TITLE) */
export const FEMALE_TITLE = new Set(["mrs", "ms", "miss", "lady", "dame", "queen", "princess", "duchess", "baroness", "countess", "empress", "madam", "madame", "sister", "aunt", "mme", "senora", "frau"]);
/** Lower-case words before a name that give a gender; kinship words also mark a relative. */
export const MALE_ROLE = new Set(["spokesman", "chairman", "congressman", "councilman", "businessman", "assemblyman", "alderman", "anchorman", "actor", "policeman", "fireman", "sportsman", "boyfriend", "widower", "gentleman", "man", "boy"]);
/** (female; see MALE_ROLE) */
export const FEMALE_ROLE = new Set(["spokeswoman", "chairwoman", "congresswoman", "councilwoman", "businesswoman", "assemblywoman", "actress", "policewoman", "sportswoman", "girlfriend", "widow", "woman", "girl", "waitress", "heiress", "hostess"]);
/** Kinship words that give a gender and mark a relative ("his son", "her sister"). */
export const MALE_KIN = new Set(["son", "husband", "father", "brother", "grandson", "grandfather", "nephew", "uncle", "stepson", "stepfather", "dad", "son-in-law", "father-in-law", "brother-in-law"]);
/** (female; see MALE_KIN) */
export const FEMALE_KIN = new Set(["daughter", "wife", "mother", "sister", "granddaughter", "grandmother", "niece", "aunt", "stepdaughter", "stepmother", "mom", "daughter-in-law", "mother-in-law", "sister-in-law"]);
/** All kinship words (a relative of a person named). */
export const KIN = new Set([...MALE_KIN, ...FEMALE_KIN, "cousin", "child", "children", "sibling", "relative", "parent", "spouse", "partner", "fiance", "fiancee", "fiancé", "fiancée"]);
/** Words that keep a following "to" inside a noun phrase ("a person close to the Clintons"). */
export const TO_NOUN = new Set(["close", "closer", "next", "adviser", "advisor", "advisers", "advisors", "aide", "aides", "ambassador", "envoy", "counsel", "assistant", "deputy", "spokesman", "spokeswoman", "secretary", "successor", "heir", "loyal"]);
/** People who take no side: they are quoted for what they know or saw, not for a stake in the story. */
export const NEUTRAL_ROLE =
  /\b(?:analysts?|experts?|professors?|researchers?|scholars?|economists?|strategists?|(?<=\b(?:a|an|the|senior|research|visiting|distinguished|resident|postdoctoral)\s)fellow|journalists?|reporters?|correspondents?|doctors?|witness(?:es)?|residents?|bystanders?|observers?|historians?|lecturers?|traders?|consultants?|commentators?|academics?|scientists?|pollsters?|eyewitness(?:es)?|neighbou?rs?)\b/i;
/** Titles of office: a person with one speaks for the state of the country the title names. */
export const STATE_ROLE =
  /\b(?:president|vice president|prime minister|premier|minister|secretary|ambassador|envoy|spokes(?:man|woman|person)|official|officials|general|gen|admiral|commander|cmdr|colonel|col|lt|major|chancellor|foreign|defen[cs]e|interior|diplomat|attorney general|king|queen|emir|ayatollah|chief of staff|national security adviser|press secretary)\b/i;
/** Role nouns a person holds for an organization: "Taliban spokesman", "Wikileaks editor-in-chief".
 *  (not "minister" or "secretary": the word before them is a portfolio, "Environment Minister") */
export const ROLE_NOUN = /^(?:spokes(?:man|woman|person)|official|officials|chief|editor|editor-in-chief|leader|chairman|chairwoman|chair|director|president|counsel|lawyer|attorney|representative|commander|head|founder|co-founder|executive|ceo|member|aide|adviser|advisor|officer|agent|manager|coordinator|organizer|organiser)$/i;
/** Heads of a country's armed forces ("the army", "troops"). */
export const MILITARY_HEAD = /^(?:military|army|navy|forces|troops|armed forces)$/;
/** Executive offices in a role or name ("Governor", "Attorney General"). */
export const EXECUTIVE_IN_ROLE = /\b(?:Gov\.|Governor|Lt\. Gov\.|Mayor|Superintendent|Commissioner|Treasurer|Comptroller|Sheriff|Attorney General)(?=\s|$)/;
/** Executive titles as single words ("Gov.", "Mayor", "Sheriff"). */
export const EXECUTIVE_TITLE = /^(?:Gov\.?|Governor|Lt\.|Mayor|President|Superintendent|Secretary|Commissioner|Treasurer|Comptroller|Sheriff|Attorney)$/;
/** Participles that describe a person ("retired", "elected"): a speaker phrase may open with one. */
export const PERSON_PARTICIPLE = /^(?:retired|unnamed|unidentified|concerned|leading|ranking|elected|informed|interested|affected)$/;

// -- loaded descriptors a writer puts before a source
/** Loaded descriptors (DESIGN.md framing): words a writer uses to discredit or belittle a source. */
export const DESCRIPTORS = [
  "so-called", "shadowy", "self-styled", "self-proclaimed", "ragtag", "regime", "notorious", "infamous",
  "discredited", "murky", "fringe", "puppet", "rogue", "hardline", "extremist", "shady", "dubious",
  "obscure", "would-be", "pseudo", "sham", "propaganda",
];
/** Descriptors that are nouns: they frame the words before them ("the Assad regime"). */
export const NOUN_DESCRIPTORS = new Set(["regime", "propaganda"]);

// == Source kinds
// -- the kind of a source phrase
/** Words that identify the source kind of a noun phrase. */
export const ANON = /\b(anonymity|anonymous(ly)?|not authori[sz]ed|unnamed|declined to be (named|identified))\b/i;
/** Heads of an unnamed source ("officials", "people familiar with …"). */
export const UNNAMED = /\b(officials?|sources?|people|persons?|aides?|advisers?|advisors?|insiders?|experts?|analysts?|diplomats?|observers?|critics?|residents?|witnesses|eyewitnesses|someone|somebody|many|some|others|supporters|lawmakers|members|staffers|allies|democrats|republicans|activists|familiar|close to)\b/i;
/** Roles of an official ("spokesman", "minister"). */
export const ROLE = /\b(spokes(man|woman|person)|official|minister|ministry|secretary|chairman|chairwoman|director|aide|adviser|advisor|president|governor|senator|lawmaker|representative|commander|ambassador|general|chief|head|leader|candidate|prosecutor|attorney|lawyer|judge|official|analyst|economist|professor|pollster|strategist|manager)\b/i;
/** Documents as a source ("a report", "the poll"). */
export const DOCUMENT = /\b(report|reports|poll|polls|polling|survey|surveys|study|studies|data|document|documents|records|statement|memo|letter|footage|video|analysis|figures|numbers|estimates?|research|filing|filings|complaint|indictment|lawsuit|ruling|transcript|tweet|post|email|emails|book|article|release|excerpts|website|ad|research)\b/i;
/** News outlets as a source ("the Times", "Reuters"). */
export const OUTLET = /\b(times|post|journal|news|cnn|msnbc|fox|nbc|abc|cbs|npr|reuters|associated press|ap|politico|bloomberg|axios|breitbart|huffpost|huffington|guardian|bbc|magazine|newspaper|daily|tribune|herald|gazette|wire|network|channel)\b/i;
/** Organizations as a source ("the ministry", "the campaign"). */
export const ORG = /\b(ministry|department|committee|campaign|party|house|senate|congress|court|agency|administration|government|office|council|commission|union|association|institute|foundation|group|organization|corporation|company|bureau|board|fbi|cia|pentagon|kremlin|observatory|army|military|police|church|university|center|centre|coalition|league|network|inc|corp|llc|rnc|dnc|gop|un|nato|eu|state|chamber|federation|alliance|authority|assembly|tribunal|bank|fund|trust|society|club|cooperative|charity|firm)\b/i;
/** The source kinds enrichment reads in a source phrase (enrich.ts): a document, an outlet, an
 *  official's role. */
export const DOCUMENT_WORD = /\b(?:report|reports|study|studies|survey|surveys|poll|polls|data|footage|video|videos|documents?|records?|filings?|letter|memo|transcript|analysis|figures|estimates|research|census|audit|review|indictment|complaint|lawsuit|ruling|findings|images|photos|statistics|tally|count)\b/i;
/** (see DOCUMENT_WORD) */
export const OUTLET_WORD = /\b(?:newspaper|the post|the times|this paper|reuters|associated press|afp|bloomberg|cnn|bbc|tass|ria novosti|xinhua|al jazeera|state media|state television|state tv|news agency|magazine|the journal|the guardian|the outlet)\b/i;
/** (see DOCUMENT_WORD) */
export const ROLE_WORD = /\b(?:spokesman|spokeswoman|spokesperson|official|officials|minister|ministry|secretary|ambassador|envoy|aide|adviser|advisor|director|commander|chief|officer|representative|president|governor|mayor|senator|prosecutor|prosecutors|police|military|army)\b/i;
/** Nouns of a poll (an "in a poll" attribution). */
export const POLL = /^(poll|polls|survey|surveys)$/;
/** A poll or survey in the text after "in" ("in a poll released …"). */
export const POLL_WORD = /\bpolls?\b|\bsurveys?\b/i;
/** Institutions a lower-case word can stand for ("police said", "prosecutors allege"). */
export const INSTITUTION = new Set("police prosecutors authorities officials investigators regulators lawmakers legislators officers military government administration".split(" "));
/** Labels that open a line before a colon and are no speaker ("Twitter: @x", "Remember: …"). */
export const LABEL_NOT_SOURCE = new Set(["remember", "revealed", "twitter", "facebook", "instagram", "email", "e-mail", "contact", "follow", "subscribe"]);
/** Capitalised words before a colon that label a section, not a speaker. */
export const NOT_SOURCE = new Set([...LABEL_NOT_SOURCE, "q", "a", "breaking", "update", "updated", "watch", "wow", "exclusive", "video", "note", "photos", "related", "latest", "read", "listen", "editor's", "more", "see", "also", "source", "sources", "credit", "photo", "image", "live", "analysis", "opinion", "correction", "corrections", "clarification", "clarifications", "disclosure", "disclaimer", "warning", "bottom", "fact", "question", "answer", "q&a", "transcript", "full", "poll", "polls"]);

// -- unnamed sources (unnamed.ts)
/** People-words that stand for a source without naming it (singular and plural forms). */
export const SOURCE_PERSON = new Set(
  (
    "official officials source sources insider insiders analyst analysts expert experts observer observers " +
    "critic critics witness witnesses eyewitness eyewitnesses resident residents diplomat diplomats aide aides " +
    "adviser advisers advisor advisors executive executives trader traders relative relatives representative " +
    "representatives spokesman spokeswoman spokesperson spokesmen spokeswomen spokespeople leader leaders agent " +
    "agents worker workers doctor doctors journalist journalists person people member members staffer staffers " +
    "employee employees elites chief chiefs personnel officer officers colleague colleagues friend friends " +
    "groups neighbor neighbors neighbour neighbours supporter supporters opponent opponents activist activists " +
    "campaigner campaigners lawyer lawyers attorney attorneys man woman men women someone somebody ones " +
    "economists economist strategists strategist operatives operative veterans veteran volunteers volunteer " +
    "bankers banker negotiators negotiator organizers organiser organisers organizer pilot pilots nurse nurses " +
    "teacher teachers student students parent parents mother father brother sister son daughter cousin uncle " +
    "aunt wife husband partner partners survivor survivors rebels rebel fighters fighter militants commanders " +
    "commander soldiers soldier lawmakers legislators legislator lawmaker scientists scientist researchers " +
    "researcher specialists specialist consultants consultant engineers engineer managers manager owners owner " +
    "staff personnel residents students parents respondents correspondents dissidents participants " +
    "immigrants migrants inhabitants assistants attendants merchants tenants clients patients opponents " +
    "medics paramedics pundits academics scholars diplomats envoys delegates aides confidants allies " +
    "associates acquaintances insiders loyalists rep reps publicist publicists detectives guards athletes coaches " +
    "pupils locals deputies"
  ).split(" "),
);

// Agent nouns name people ("loggers", "campaigners", "Tunisians"); -ents/-ics words are mostly
// abstract ("statements", "agreements"), so those people-words live in SOURCE_PERSON instead.
// (By character codes: an end-anchored alternation regex scans every position of the word.)
export const personSuffix = (lw: string): boolean => {
  if (lw.length <= 4) return false;
  const n = lw.charCodeAt(lw.length - 1) === 115 ? lw.length - 1 : lw.length; // a plural "s"
  const c1 = lw.charCodeAt(n - 1);
  const c2 = lw.charCodeAt(n - 2);
  if (c1 === 114) return c2 === 101 || c2 === 111; // -er, -or (and -eer)
  if (c1 === 116) return c2 === 115 && lw.charCodeAt(n - 3) === 105; // -ist
  if (c1 === 110) return c2 === 97 && lw.charCodeAt(n - 3) === 105; // -ian
  return false;
};

/** A noun for people ("officials", "a nurse", "campaigners"), as opposed to things ("tariffs"). */
export const isPersonNoun = (lw: string): boolean => SOURCE_PERSON.has(lw) || personSuffix(lw);
/** Institutions, documents and parties to a case: never an unnamed source (guidelines: "police
 *  said", "a report", accusers and suspects are not sources of the story). */
export const NOT_UNNAMED_SOURCE = new Set(
  (
    "police prosecutors prosecutor authorities authority investigators investigator reporters reporter " +
    "report reports statement statements document documents record records study studies poll polls survey " +
    "surveys data filing filings transcript release releases letter letters footage video videos memo memos " +
    "email emails analysis review investigation court courts judge judges jury government governments ministry " +
    "agency agencies department office offices committee campaign company companies firm firms union unions " +
    "group military army media newspaper newspapers outlet outlets magazine website site network channel " +
    "council commission board organization organisation institute party parties administration accusers " +
    "accuser victims victim defendants defendant suspects suspect plaintiffs plaintiff complainants " +
    "complainant figures numbers estimates forecasts projections models markets stocks shares prices papers " +
    "orders minister president chancellor governor mayor senator secretary ambassador commissioner premier " +
    "director chairman chairwoman chair ceo founder dealer user users customers readers viewers listeners audiences fans followers voters"
  ).split(" "),
);
/** Quantifier pronouns that can stand alone as a vague source ("Some said", "others had raised concerns"). */
export const PRONOUN_HEAD = new Set(["some", "others", "many", "several", "few"]);
/** Roles that speak for someone ("his spokesman", "her rep"): unnamed with an owner, unless the
 *  text names the holder. */
export const ROLE_OWNED = new Set(["spokesman", "spokeswoman", "spokesperson", "spokespeople", "spokesmen", "spokeswomen", "rep", "reps", "representative", "representatives", "publicist", "publicists", "aide", "aides", "adviser", "advisor", "advisers", "advisors", "confidant", "confidants"]);
/** Adjectives that make a source anonymous ("unnamed", "unidentified"). */
export const ANON_ADJ = new Set(["anonymous", "unnamed", "unidentified", "nameless"]);
/** Nouns of an amount before "of" in a partitive ("a handful of the guards", "a number of officials"). */
export const GROUP_AMOUNT = /^(?:number|couple|handful|dozens|scores|hundreds|majority|lot|few)$/;
/** Capitalised words after the comma that follows an unnamed source which open an apposition or clause, not a name. */
export const APPOSITION_CAP_OPENER = /^(?:Who|A|An|The|One|Both|Speaking|Including)$/;
/** Words after the comma that follows an unnamed source that may still lead on to its cue
 *  ("officials, who spoke …", "sources, speaking …"). */
export const AFTER_SOURCE_COMMA = /^(?:who|speaking|a|an|the|one|both|including|and|some|all|most|many|as|according|whose|mostly|many|in|from|at|with)$/;
/** Words that open a post-modifier of an unnamed source ("familiar with", "close to", "briefed on"). */
export const POSTMODIFIER_OPENER = /^(?:familiar|close|closer|to|in|at|on|from|of|for|with|inside|outside|across|within|near|around|among|involved|knowledgeable|briefed|based|working|who|whose|that|speaking|tracking|following|aware|privy|connected|loyal|allied|representing|along)$/;
/** Words before an anonymous source that make it a topic, not a source ("using anonymous sources", "a policy on …"). */
export const ANON_POLICY_BEFORE = /^(?:using|use|uses|about|on|of|allow|allowing|grant|granting|policy)$/;

// -- groups, owners and sides
/** Lower-case heads that make a described group a side ("the interim government", "prosecutors"). */
export const SIDE_HEAD = new Set(
  (
    "government governments military army forces force police authorities regime administration ministry " +
    "company prosecutors officials leaders lawmakers legislature legislators congress parliament court " +
    "agency bureau department union party committee commission council rebels insurgents militants " +
    "protesters demonstrators troops guards officers"
  ).split(" "),
);
/** Heads of a proceeding some side runs ("the impeachment hearings", "the Senate inquiry"): criticising
 *  it takes aim at whoever runs it, so with a word saying which one it is, it stands for that side. */
export const PROCEEDING = /^(?:hearings?|inquir(?:y|ies)|investigations?|probes?|proceedings|impeachment|tribunals?|commissions?|panels?)$/i;
/** The US parties by name ("the Republicans", "Democratic Party"). */
export const POLITICAL_NAME = /^(?:the\s+)?(?:Republicans|GOP|Democrats|Republican Party|Democratic Party)$/;
/** Plural nouns of people that name no side: vague or neutral groups. */
export const VAGUE_GROUP = /^(?:people|persons|sources|officials|analysts|experts|observers|residents|witnesses|critics|others|many|some|most|several|few|both|all|those|they|them|men|women|children|traders|investors|economists|scientists|researchers|doctors|journalists|reporters|users|viewers|readers|voters|americans|citizens|locals|neighbors|neighbours|friends|relatives|family|families|supporters|opponents|participants|attendees|students|parents|investigators|inspectors|regulators|auditors|authorities|records|documents|reports|data|figures|polls|studies|surveys)$/i;
/** Nouns of people who speak for a group ("representatives", "lawyers"). */
export const AGENT_NOUN = /^(?:representatives|members|spokespeople|spokespersons|leaders|lawyers|attorneys|delegates)$/i;
/** Singular heads of a group that speaks as one ("the family", "the union"). */
export const COLLECTIVE_HEAD = /^(?:family|union|campaign|team|board|crew|staff)$/i;
/** A prosecutor's office or the prosecutors themselves. */
export const PROSECUTING = /\bprosecut|\battorney[’']?s?\s+office\b|\bdistrict\s+attorney\b|\bjustice\s+department\b|\bdepartment\s+of\s+justice\b/i;
/** People who take no side on their own account: an owner must still be named for them to join one. */
export const NEUTRAL_WORD = /\b(?:analysts?|experts?|professors?|researchers?|scholars?|economists?|journalists?|reporters?|doctors?|witness(?:es)?|residents?|bystanders?|observers?|historians?|academics?|scientists?|neighbou?rs?)\b/i;
/** Nouns of people who speak for an owner (an alternation, built into OWNER_AFTER and OWNER_BEFORE). */
export const OWNER_AGENT = "officials?|spokes(?:man|woman|person|people|persons)|representatives?|aides?|lawyers?|attorneys?|advisers?|advisors?|staff(?:ers)?|members?|sources?|people|persons?|insiders?|allies|associates|one|someone|officers?|diplomats?|negotiators?|employees?|workers?";
/** Nouns of a member of a group that is a side: a teacher of the teachers, the union's local president. */
export const MEMBER_NOUN = /\b(teachers?|nurses?|workers?|unions?|officers?|guards?|farmers?|miners?|students?|protesters?|demonstrators?|activists?|employees?|drivers?|pilots?|strikers?|residents?|villagers?|tenants?|parents?|veterans?|soldiers?)\b/gi;
/** People who accuse and are rarely quoted by name (beyond the usual nouns of people). */
export const ACCUSER_NOUN = /^(?:victims?|accusers?|interns?|girls?|boys?|actress(?:es)?|models?|athletes?|gymnasts?|subordinates?|co-?workers?|patients?|pupils?|players?)$/;

// == Organizations and places
/** Head nouns of buildings, places and outlets: a capitalised run ending in one names no person
 *  ("Maria Goretti Catholic Church", "Alicia Falls Community Radio"). Nouns that are also
 *  common surnames (Hall, Park, Street, Lake, Post …) are left out. */
export const PLACE_HEAD = set(
  "church chapel cathedral basilica mosque synagogue shrine hospital clinic school academy museum " +
  "gallery library theater theatre cinema radio television tv station airport harbor harbour stadium " +
  "arena hotel motel restaurant cafe gardens avenue road boulevard plaza mall mountain mountains " +
  "island islands county valley canyon prison jail penitentiary newspaper magazine journal tribune " +
  "herald gazette chronicle room chamber palace building square",
);

/** Demonyms, capitals (as metonyms: "Moscow denied") and short forms of countries and blocs. */
export const COUNTRY_FORMS: [string, string[]][] = [
  ["United States", ["united states", "us", "u.s", "u.s.", "usa", "america", "american", "americans", "washington"]],
  ["Russia", ["russia", "russian", "russians", "moscow", "kremlin"]],
  ["Syria", ["syria", "syrian", "damascus"]],
  ["China", ["china", "chinese", "beijing"]],
  ["Ukraine", ["ukraine", "ukrainian", "kyiv", "kiev"]],
  ["Israel", ["israel", "israeli", "israelis"]],
  ["Iran", ["iran", "iranian", "tehran"]],
  ["United Kingdom", ["united kingdom", "uk", "u.k", "britain", "british", "london"]],
  ["France", ["france", "french", "paris"]],
  ["Germany", ["germany", "german", "berlin"]],
  ["Turkey", ["turkey", "turkish", "ankara", "türkiye"]],
  ["Japan", ["japan", "japanese", "tokyo"]],
  ["India", ["india", "indian", "new delhi"]],
  ["Pakistan", ["pakistan", "pakistani", "islamabad"]],
  ["North Korea", ["north korea", "north korean", "pyongyang"]],
  ["South Korea", ["south korea", "south korean", "seoul"]],
  ["Saudi Arabia", ["saudi arabia", "saudi", "riyadh"]],
  ["Iraq", ["iraq", "iraqi", "baghdad"]],
  ["Afghanistan", ["afghanistan", "afghan", "kabul"]],
  ["Egypt", ["egypt", "egyptian", "cairo"]],
  ["Venezuela", ["venezuela", "venezuelan", "caracas"]],
  ["Mexico", ["mexico", "mexican"]],
  ["Canada", ["canada", "canadian", "ottawa"]],
  ["Poland", ["poland", "polish", "warsaw"]],
  ["Belarus", ["belarus", "belarusian", "minsk"]],
  ["Lebanon", ["lebanon", "lebanese", "beirut"]],
  ["Jordan", ["jordan", "jordanian", "amman"]],
  ["Qatar", ["qatar", "qatari", "doha"]],
  ["Taiwan", ["taiwan", "taiwanese", "taipei"]],
  ["Australia", ["australia", "australian", "canberra"]],
  ["Palestinian Authority", ["palestinian authority"]],
  // more countries, by name only (a demonym alone never makes a party)
  ...(
    "Vietnam|Philippines|Indonesia|Malaysia|Thailand|Singapore|Myanmar|Cambodia|Laos|Bangladesh|Sri Lanka|Nepal|" +
    "Brazil|Argentina|Colombia|Chile|Peru|Bolivia|Ecuador|Uruguay|Paraguay|Cuba|Haiti|Nicaragua|Honduras|" +
    "Guatemala|El Salvador|Costa Rica|Panama|Guyana|Nigeria|Kenya|Ethiopia|South Africa|Ghana|Uganda|Rwanda|" +
    "Zimbabwe|Somalia|Sudan|South Sudan|Libya|Tunisia|Algeria|Morocco|Mali|Niger|Chad|Senegal|Cameroon|" +
    "Spain|Italy|Greece|Portugal|Ireland|Netherlands|Belgium|Switzerland|Austria|Sweden|Norway|Finland|" +
    "Denmark|Iceland|Hungary|Romania|Bulgaria|Serbia|Croatia|Czech Republic|Slovakia|Lithuania|Latvia|" +
    "Estonia|Moldova|Armenia|Azerbaijan|Kazakhstan|Uzbekistan|Yemen|Oman|Kuwait|Bahrain|United Arab Emirates|" +
    "New Zealand"
  ).split("|").map((n): [string, string[]] => [n, [n.toLowerCase()]]),
  ["European Union", ["european union", "eu", "brussels"]],
  ["NATO", ["nato"]],
];
/** Institutions whose voice is their country's ("the Pentagon said" -> United States). */
export const INSTITUTION_COUNTRY: [string, string][] = [
  ["pentagon", "United States"], ["white house", "United States"], ["state department", "United States"],
  ["downing street", "United Kingdom"], ["foreign office", "United Kingdom"], ["whitehall", "United Kingdom"],
  ["elysee", "France"], ["élysée", "France"], ["quai d'orsay", "France"], ["kremlin", "Russia"],
  ["zhongnanhai", "China"], ["knesset", "Israel"], ["bundestag", "Germany"],
];
/** Head words of organizations; the "state" ones speak for their country (a ministry is Russia's voice,
 *  a monitoring group is its own). */
export const STATE_ORG = new Set(
  (
    "ministry government army military navy force forces kremlin embassy cabinet presidency parliament " +
    "police services service administration department office state ministries command council troops " +
    "authorities agency mission guard regime"
  ).split(" "),
);
/** Prepositions before a place ("a Democrat from New Mexico who …": "who" is no place). */
export const PREP_BEFORE_PLACE = new Set(["from", "in", "of", "at", "near", "outside"]);
/** Words before "of"/"for"/"with" that set a person against the body named after them, or only
 *  place them ("a critic of the Harbour Board", "who fishes out of Port Kell"): no membership. */
export const NOT_MEMBER_BEFORE = new Set(
  "critic critics opponent opponents foe foes rival rivals detractor detractors skeptic skeptics sceptic sceptics adversary adversaries enemy enemies challenger challengers out".split(" "),
);
/** Heads of a public body that is a side when the text only describes it ("the health ministry",
 *  "the utility"). No courts, universities or newsrooms, which take no side, and no businesses,
 *  parties or unions, which the text names by a bare name ("Orvex", "Unite") a reader would expect. */
export const SIDE_BODY = new Set(
  ("ministry government army military navy embassy cabinet police administration department office council agency " +
    "commission bureau authority board secretariat directorate utility regulator hospital district").split(" "),
);

/** Head words of organizations of any kind (a capitalised run ending in one names no person). */
export const ORG_WORDS = new Set(
  (
    "ministry government army military navy force forces embassy cabinet parliament police service services " +
    "administration department office council agency mission guard observatory committee commission party " +
    "company corporation corp inc ltd group association union organization organisation institute " +
    "foundation court bureau league front federation university college bank fund network watch " +
    "coalition alliance movement center centre board authority authorities house kremlin pentagon " +
    "senate congress assembly tribunal campaign agency secretariat directorate brigade battalion regiment " +
    "ngo charity trust society club team nations cooperative co-op " +
    // the last word of a business's name ("Kellport Foods", "Harbor Airlines", "Vale Industries")
    "foods airlines airways motors industries holdings technologies systems securities pharmaceuticals " +
    "enterprises brands logistics investments ventures bancorp therapeutics shipping mining petroleum " +
    "chemicals biotech telecom insurance properties studios"
  ).split(" "),
);
/** Generic nouns of an organization: "the group" is the organization the text last quoted. */
export const GENERIC_ORG = /^(?:group|organization|organisation|watchdog|nonprofit|coalition|charity|ngo|outfit|network)$/;
/** "the union" stands for the organization quoted last when its name says it is one of workers
 *  ("Air Line Pilots Association", "Nurses' Federation", "Teamsters Local 12"). */
export const UNION_HEAD = /^unions?$/;
export const UNION_NAME = /\b(?:unions?|association|federation|confederation|guild|brotherhood|teamsters|workers)\b/i;
/** Heads of a description of a business ("the company", "the cable company", "the airline"). */
export const COMPANY_HEAD = /^(?:company|firm|business|carrier|airline|retailer|automaker|carmaker|bank|lender|startup|start-up|insurer|operator|manufacturer|maker|chain|provider|developer|publisher|studio|giant|conglomerate|corporation|supplier|grocer|brand|utility|broadcaster|distributor|chipmaker|drugmaker)$/;
/** A description of a body that is no state's ("an industry group", "a nonprofit", "a think tank"). */
export const PRIVATE_BODY = /\b(?:(?:industry|trade|advocacy|lobbying|business|civic|citizens’?'?|consumer|patients’?'?|parents’?'?|independent|private|voluntary)\s+(?:group|association|body|organi[sz]ation|council|coalition)|nonprofit|non-profit|think tank|charity)\b/i;
/** A business's executive's title ("Chief Executive", "CEO", "chief financial officer"). */
export const BUSINESS_ROLE = /\b(?:[Cc]hief [Ee]xecutive|CEO|[Cc]hief (?:[Ff]inancial|[Oo]perating) [Oo]fficer|CFO|COO)\b/;
/** Words that make an organization's name an institution's, not a business's. */
export const INSTITUTION_WORD = /\b(?:union|council|ministry|department|agency|association|party|committee|court|police|university|college|school|board|commission|office|government|administration|senate|house|congress|parliament|army|military|federation|institute|foundation|society|league|church|city|county|state|authority|bureau|service|campaign|coalition|movement)\b/i;
/** A business named with its legal form ("Ferrylink Inc.", "Harbor Holdings"): the name. */
export const CORPORATE_NAME = /(\p{Lu}[\p{L}&'’.-]*(?:\s+\p{Lu}[\p{L}&'’.-]*){0,3}),?\s+(?:Inc|Corp|Corporation|Co|Ltd|LLC|plc|PLC|Holdings|AG|SA|GmbH|N\.V|S\.A)\b/gu;
/** Generic heads of an organization ("group", "monitor", "watchdog"). */
export const ORGISH_HEAD = /^(?:group|organization|organisation|monitor|body|watchdog|observatory|ngo|outfit|network|charity|coalition)$/;
/** An age used as a noun ("the 56-year-old"): a person, not a number phrase. */
export const AGE_NOUN = /^\p{N}+-(?:year|month)-old$/iu;
/** Abbreviations of places, which may end a sentence ("… in Frankfort, Ky. “We …”"). */
export const PLACE_ABBREV = new Set(["ariz", "calif", "fla", "ill", "mass", "mich", "minn", "pa", "tenn", "tex", "va", "wash", "wis",
  "conn", "ga", "ky", "la", "md", "mo", "nev", "okla", "ore", "del", "colo", "ala", "ark", "kan", "neb", "miss"]);
// == Display idioms
export const NON_ANSWER_OBJECT = /^(?:comment|respond|answer|discuss|say|elaborate|provide|speak|talk|confirm|give|reply|return|be|make|address|specify|detail|identify|disclose|release|share|offer|immediately)$/;
/** Verbs that pronounce someone dead ("pronounced dead"): an act, not words. */
export const DEAD_AFTER = /^(?:pronounced|declared|pronounce|declare|pronounces|declares)$/;
/** Nouns of an asking price ("asking price", "asking rent"). */
export const ASKING_NOUN = /^(?:price|prices|rent|rents|fee|fees|rate|rates|figure)$/;
/** Words before "noted" that make it an adjective ("the noted author"). */
export const ADJECTIVE_BEFORE = /^(?:a|an|the|including|and|by|with|famed|respected)$/;
/** "Tell lies", "tell a lie": an idiom, not speech. */
export const LIES = /^(?:lies|lie)$/;
/** The word after "tell" in "tell lies" or "tell a lie". */
export const LIES_OR_A = /^(?:lies|a)$/;
/** Words of an approximate number ("more than", "nearly"). */
export const ROUGHLY = /^(?:more|over|nearly|about|some|almost|around|roughly|up)$/;
/** What one reports for or to that is no statement: "reported for duty", "reported to work". */
export const DUTY = /^(?:duty|work|jury|training|camp|practice)$/;
/** Verbs of a conversation: "spoke to the head of the agency", "talked with reporters" report
 *  words only with a topic ("spoke to reporters about the tolls"). */
export const TALK_LEMMA = /^(?:speak|talk|chat)$/;
/** A topic or words after a verb of conversation: "about", "regarding", a quotation, a clause. */
export const TALK_TOPIC = /\b(?:about|regarding|concerning|that)\b|[“"‘:]/i;
/** A clause ending or a preposition after an object: the object is all the verb takes ("called a
 *  meeting for Monday", "called a snap election."), not "called the election a fraud". */
const OBJECT_ENDS = String.raw`(?=\s*(?:[.,;)]|$)|\s+(?:for|of|on|in|at|to|with|after|before|this|next|last|and|but|when|as)\b)`;
/** What "call" does when it is no statement: convenes an event ("called a meeting", "called a snap
 *  election", "called the session to order"), summons help ("called police"), rules in a game
 *  ("called a foul", "called a penalty"), and its idioms
 *  ("called it quits", "calls the shots", "called time on"); not "called for a strike", "called on
 *  the board to …". */
export const CALLED_ACT = new RegExp(
  String.raw`^(?!\s*(?:for|on|upon|out)\b)\s*(?:(?:a|an|the|his|her|their|its|our|an?\s+early|a\s+snap)\s+)?(?:[\w’'-]+\s+){0,2}?(?:meetings?|press\s+conference|news\s+conference|conference|elections?|votes?|strikes?|halt|recess|time-?out|session|referendum|hearing|ambulance|police|firefighters|911|fouls?|penalt(?:y|ies)|offsides?)` + OBJECT_ENDS + String.raw`|^\s*(?:[\w’'-]+\s+){1,4}to\s+order\b|^\s*(?:it\s+(?:quits|a\s+day)|the\s+shots|time\s+on)\b`,
  "i",
);
/** What "claim" takes when it wins or kills, not words: "claimed the title", "claimed three lives". */
export const CLAIMED_PRIZE = new RegExp(
  String.raw`^\s*(?:(?:the|a|an|his|her|their|its|our|\d+|one|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|thousands|many|more|first|second|third|top)\s+){0,3}(?:[\w’'-]+\s+)?(?:lives?|titles?|crowns?|championships?|trophy|trophies|medals?|gold|silver|bronze|prizes?|pole|wins?|spot|stage|jersey)` + OBJECT_ENDS,
  "i",
);
/** "that" right after a cue: a reported clause opens ("concluded that …", "responded that …"). */
export const THAT_NEXT = /^\s*that\b/i;
/** Verbs of answering: "responded with a statement" reports words, "answered with two goals" an act. */
export const ANSWER_LEMMA = /^(?:respond|answer|reply|retort|counter)$/;
/** What an answer "with" is when it holds words: a statement, a letter, a post, a question, a quotation. */
export const WORDS_GIVEN = /^\s*(?:[“"‘:]|(?:(?:a|an|the|his|her|their|its|our)\s+)?(?:[\w’'-]+\s+){0,2}(?:statements?|letters?|messages?|notes?|questions?|remarks?|comments?|tweets?|posts?|emails?|speech|words?|jokes?|quips?|denials?|warnings?|apolog(?:y|ies)|rebuttals?|retorts?|insults?|accusations?|claims?|threats?|pleas?|appeals?|videos?|op-eds?|essays?|releases?)\b)/i;
/** What one writes that is a work, not words reported: "has written three novels", "writes songs". */
export const WRITTEN_WORK = /^\s*(?:(?:a|an|the|his|her|their|its|our|two|three|four|five|six|seven|eight|nine|ten|dozens\s+of|several|many|more\s+than|over|\d+)\s+)*(?:[\w’'-]+\s+)?(?:books?|novels?|songs?|plays?|poems?|poetry|essays?|columns?|stories|memoirs?|biograph(?:y|ies)|scripts?|screenplays?|music|lyrics|code|software|chapters?|volumes?|cookbooks?|textbooks?)\b/i;
/** A content that holds no words said: "said little", "their smiles said a lot", "said them". */
export const EMPTY_CONTENT = /^(?:a\s+lot|a\s+great\s+deal|little|very\s+little|nothing(?:\s+more)?|much|not\s+much|something|anything|them|it|this|so|more|less|the\s+same|otherwise|a\s+word)\s*[.,;:]?$/i;
/** Writings that carry a title of their own ("in her op-ed, “Why We Stay”"); a statement, a letter
 *  or a post seldom does, an interview, a speech or a briefing never. */
export const TITLED_WRITING = /^(?:op-?eds?|essays?|columns?|articles?|editorials?|reports?|papers?|stud(?:y|ies)|blogs?|newsletters?)$/;
/** Works that tell a story ("the film tells the story of …"): no one speaking. */
export const WORK_NOUN = /^(?:films?|movies?|documentar(?:y|ies)|books?|novels?|plays?|shows?|series|exhibits?|exhibitions?|albums?|songs?|videos?|podcasts?|musicals?|operas?|paintings?|memoirs?|episodes?|stor(?:y|ies))$/i;
/** Words before "say" that make it the noun ("a larger say", "the final say", "no say in"). */
export const SAY_NOUN_BEFORE = /^(?:a|the|final|last|larger|greater|bigger|more|any|no|equal|real|little|much|their|his|her|its|our|your)$/i;
/** What a plan or a recipe "calls for" is what it needs: "the harbour plan calls for three piers". */
export const NEEDS_NOUN = /^(?:recipes?|budgets?|designs?|schemes?|blueprints?|strateg(?:y|ies)|formulas?|instructions|methods?|programs?|programmes?|projects?)$/i;
/** Words after a verb of conversation that give it a topic or a stance ("spoke about", "spoke out
 *  against", "talked to reporters about"). */
export const TALK_TOPIC_NEXT = /^\s*(?:[\w-]+ly\s+)?(?:about|of|on(?!\s+(?:behalf|condition|the\s+(?:phone|record|sidelines)|(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b|\d))|out|up|against|in\s+(?:favou?r|support|defen[cs]e)|(?:to|with)\s+(?:[\w’'-]+\s+){1,4}(?:about|regarding)\b)/i;
/** Verbs whose object may be a number gained or reported, not words. */
export const QUANTITY_LEMMA = /^(?:add|admit|boast|report|post)$/;
/** What is denied when the denial is an act, not words: "denied entry", "was denied bail". */
export const DENIED_ACT = /^\S+\s+(?:(?:him|her|them|us|me)\s+)?(?:entry|access|admission|bail|parole|permission|visas?|service|tenure|coverage|benefits|boarding)\b/i;
/** A greeting said, which reports no statement: "said goodbye to", "said farewell", "say grace". */
export const GREETING = /^(?:goodbye|good-bye|farewell|hello|grace|cheese)$/;
/** A company's results, reported or posted as figures ("reported strong sales", "posted a loss"). */
export const BUSINESS_RESULT = /^(?:sales|profits?|earnings|revenues?|loss|losses|income|turnover)$/i;
/** Figures and forecasts, which "tell" a story or "call for" rain and say nothing. */
export const FIGURES_OR_FORECAST = /^(?:numbers|figures|data|statistics|stats|tallies|counts|forecasts?|outlooks?)$/i;
/** Things that "suggest" as evidence does, beside EVIDENCE_HEAD: "the trip suggests", "that impact
 *  suggests", "the firm's website suggests". */
export const EVIDENCE_THING = /^(?:trips?|visits?|impacts?|websites?|sites?|looks?|history|timing|shifts?|declines?|rises?|increases?|drops?|gaps?|pictures?|maps?|charts?|graphs?|videos?|photos?|images?|footage|behaviou?r|experiences?|absence|presence|facts?|outcomes?|reactions?|silence|successes|success|failures?|losses|loss|wins?|victor(?:y|ies)|defeats?|numbers|rates?|levels?|prices?|sales|returns?|tallies|tally|counts?|turnout)$/i;
/** What "call" takes when it is a telephone call: a person alone, perhaps with a place and a time
 *  ("called her brother in Lisbon", "called Ana Ruiz on Monday", "called her mother from the airport",
 *  "called both skippers on Tuesday night"); "called Ruiz a
 *  liar" goes on past the person and is words. */
export const CALLED_PERSON = /^(?:him|her|them|me|us|(?:both|the\s+two|all\s+three)\s+candidates|(?:his|her|their|my|our)\s+(?:wife|husband|mother|father|brother|sister|son|daughter|friend|lawyer|doctor|family|parents|mom|dad|mum)|(?:\p{Lu}[\p{L}.’'-]*\s*){1,3})(?:\s*(?:in|at|from)\s+(?:(?:\p{Lu}[\p{L}’'-]*\s*){1,3}|the\s+\p{Ll}[\p{Ll}-]*\s*))?(?:\s*(?:on\s+)?(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:\s+(?:night|morning|afternoon|evening))?|yesterday|today|tonight|last\s+(?:week|night|month)|this\s+(?:week|morning)|(?:after|before|during)\s+the\s+\p{Ll}+))?\s*[.,;]?$/u;
/** Number words of a quantity ("thousands of", "dozens"). */
export const NUMBER_WORD = /^(?:dozens|scores|tens|hundreds|thousands|millions|billions)$/;

// ---------- the word lists every pass over the word tokens asks about, as bits of one number per
// word: the tokenizer (words.ts) looks each word up once (Tok.lex) and the passes test a bit,
// instead of one look-up per list, per pass and per token.

/** The role nouns after which parties.ts TEXT_ROLE reads a full name ("Kessel founder Jo Hart"), as
 *  word tokens, lower-cased: each alone, after "co" and after "co-" ("chief" of "chief executive"). */
export const TEXT_ROLE_NOUN = new Set(
  ["founder", "spokesman", "spokeswoman", "spokesperson", "editor-in-chief", "chairman", "chairwoman", "chief", "ceo", "director", "leader", "president"].flatMap(
    (w) => [w, `co${w}`, `co-${w}`],
  ),
);

/** The span tagger's small part-of-speech lookup (model/spans.ts): the function words, which stand
 *  for themselves, and the finite verbs. */
export const TAGGER_FUNCTION = new Set(
  ("a an the this that these those his her its their our my your some any no every each all both either neither " +
    "he she it they we i you him them us me who whom whose which what where when why how whether if " +
    "and or but nor so yet for because although though while as since unless until than then " +
    "to of in on at by with from about into over after before during against between through under without within " +
    "among amid despite including like per via toward towards upon across behind beyond along around " +
    "is are was were be been being am has have had do does did will would can could should may might must shall " +
    "not n't never also just even only still already now too very more most less least much many " +
    "said says say told tells tell added adding saying according calling noting arguing asking urging " +
    "there here said, well however instead meanwhile").split(" "),
);
export const TAGGER_FINITE = new Set("is are was were has have had will would can could should may might must do does did 's ’s".split(" "));

/** Bits of Tok.lex: the word token (lower-cased) is in the list of that name. */
export const LEX = {
  ROLE_OWNED: 1,
  VAGUE_QUANT: 2,
  ANON_ADJ: 4,
  ANON_NEXT: 8,
  NOT_UNNAMED_SOURCE: 16,
  PRONOUN_HEAD: 32,
  SOURCE_PERSON: 64,
  NP_STOP_LEFT: 128,
  DESCRIPTOR: 256,
  TEXT_ROLE_NOUN: 512,
  TAGGER_FUNCTION: 1024,
  TAGGER_FINITE: 2048,
} as const;
/** Each LEX bit's list. */
export const LEX_LISTS: readonly (readonly [Iterable<string>, number])[] = [
  [ROLE_OWNED, LEX.ROLE_OWNED],
  [VAGUE_QUANT, LEX.VAGUE_QUANT],
  [ANON_ADJ, LEX.ANON_ADJ],
  [ANON_NEXT, LEX.ANON_NEXT],
  [NOT_UNNAMED_SOURCE, LEX.NOT_UNNAMED_SOURCE],
  [PRONOUN_HEAD, LEX.PRONOUN_HEAD],
  [SOURCE_PERSON, LEX.SOURCE_PERSON],
  [NP_STOP_LEFT, LEX.NP_STOP_LEFT],
  [DESCRIPTORS, LEX.DESCRIPTOR],
  [TEXT_ROLE_NOUN, LEX.TEXT_ROLE_NOUN],
  [TAGGER_FUNCTION, LEX.TAGGER_FUNCTION],
  [TAGGER_FINITE, LEX.TAGGER_FINITE],
];
const LEX_BITS = new Map<string, number>();
for (const [words, bit] of LEX_LISTS) for (const w of words) LEX_BITS.set(w, (LEX_BITS.get(w) ?? 0) | bit);
/** The LEX bits of a lower-cased word: the lists it is in. */
export const lexBits = (lw: string): number => LEX_BITS.get(lw) ?? 0;

// == Word lists read by one stage each (kept here with the others, named for what they hold)
// -- display.ts
// The text speaking of itself or of its own parts ("This post explains how …", "the following
// section describes …"): a how-to or a manual, not an attribution.
export const SELF_REFERENCE = /^(?:this|these|the\s+(?:following|next|previous|above|last|first)|our|my)\s+(?:\w+\s+)?(?:posts?|articles?|chapters?|sections?|guides?|tutorials?|pages?|manuals?|tips?|steps?|examples?|documents?|paragraphs?|tables?|lists?|figures?|videos?|episodes?|lessons?|courses?|blogs?|tools?|functions?|methods?|commands?|options?|flags?|settings?|modules?|librar(?:y|ies)|packages?|plugins?|apis?|features?|releases?|updates?|versions?|reviews?|recipes?|products?|apps?)$/i;
/** Whom words are added to ("added to reporters"), unlike what is added to ("adding to the problems"). */
export const ADDRESSEE = /^(?:reporters|journalists|me|us|him|her|them|viewers|listeners|lawmakers)$/i;
/** A possessive or a determiner right before a noun of saying ("her claim", "the mayor's call"): the noun names a statement made elsewhere. */
export const POSSESSOR = /^(?:his|her|their|its|our|my|the|a|an|this|that|these|those)$|['’]s$|^['’]$/i;
/** A first-person source: "we", "We’ll", "I". */
export const FIRST_PERSON = /^(?:we|i)(?:['’](?:ll|ve|d|m|re))?$/i;
/** A possessive and an adjective or adverb (by its ending), with no noun: "his explosive", "her late-night". */
export const GERUND_OWNER = /^(?:his|her|their|its|my|our|your)\s+([\p{L}-]+(?:ive|ous|ful|less|able|ible|ish|ly))$/iu;
/** Prepositions that end the head of a noun phrase (headWord in display.ts: "the sharp changes of …"). */
export const NP_PREP = /^(?:of|in|on|from|at|by|about|for|among|across|over|with|since|during)$/i;
/** A phrase that opens on an article ("the Feed", "a newsletter"). */
export const OPENS_ON_ARTICLE = /^(?:a|an|the)\s/i;
/** A finite verb right after a word: that word is its subject, a noun ("claims are false", "police
 *  reports say"); so is a verb of a change in amount, as headlines have it ("Jobless Claims Rise",
 *  "complaints fell"). */
export const NOUN_VERB_NEXT = /^(?:are|were|is|was|have|had|has|will|would|can|could|should|may|might|must|say|said|show|showed|suggest|suggested|indicate|indicated|claim|claimed|state|stated|rise|rose|fall|fell|surge|surged|soar|soared|jump|jumped|drop|dropped|climb|climbed|slip|slipped|dip|dipped|sink|sank|grow|grew|top|topped|ease|eased|slow|slowed|tumble|tumbled|plunge|plunged|rebound|rebounded|spike|spiked|increase|increased|decrease|decreased|decline|declined|mount|mounted|swell|swelled|double|doubled|triple|tripled|slump|slumped|pile|piled|hit)$/i;
/** A word that opens a plural noun phrase: with a verb's "-s" form it is a noun ("some reports",
 *  "conflicting reports", "false claims"), never a subject and its verb. */
export const PLURAL_OPENER = /^(?:some|many|several|few|both|all|numerous|multiple|conflicting|unconfirmed|initial|early|earlier|recent|new|false|similar|other|local|media|press|news)$/i;
/** A preposition right before a word: the word is its object ("amid reports", "despite claims"). */
export const OBJECT_PREP = /^(?:amid|amidst|despite|after|following|with|over|about|of|in|on|for|from|against|among|without|into|regarding|including)$/i;
/** Modals before a verb of saying that tell of no act yet ("will say", "may argue"). */
export const MODAL_BEFORE = /^(?:will|shall|may|might|could|should|must|can|cannot|’ll|'ll)$/i;
/** Verbs of attacking, which report words only when words are attacked ("attacked the plan as …"). */
export const ASSAULT = new Set(["attack", "assault", "assail", "storm", "raid"]);
/** A source that names no one. */
export const NOBODY = /^(?:no\s+(?:one|group|official|organi[sz]ation|party|faction|militant|person|country|government)\b|nobody\b|none\b|neither\b)/i;
/** What is evidence rather than a speaker when it "suggests": polls, results, figures, theories. */
export const EVIDENCE_HEAD = /^(?:polls?|surveys?|results?|changes?|reports?|theor(?:y|ies)|data|numbers?|figures?|findings?|stud(?:y|ies)|evidence|records?|documents?|statistics|trends?|signs?|patterns?|estimates?|models?|projections?|analys[ie]s|tests?|experiments?|moves?|events?|developments?|remarks?|comments?|actions?|decisions?)$/i;
/** Things done or agreed, which no one is: "…, a deal announced on Monday" describes the deal. */
export const ACT_NOUN = /^(?:deals?|agreements?|moves?|decisions?|plans?|mergers?|acquisitions?|purchases?|sales?|settlements?|contracts?|measures?|polic(?:y|ies)|programs?|programmes?|proposals?|bills?|laws?|rules?|increases?|cuts?|investments?|projects?|partnerships?|transactions?|takeovers?|buyouts?|offers?|bids?|payments?|fines?)$/i;
/** Anonymity boilerplate after a cue ("spoke on condition of anonymity"): no statement. */
export const ANONYMITY = /^\s*(?:on|under)\s+(?:the\s+)?condition\s+(?:of|that)\b|^\s*anonymity\b|^\s*not\s+to\s+be\s+(?:named|identified|quoted)/i;
/** A line of credits ("Reporting by …", "… contributed to this report"): a byline, no statement. */
export const BYLINE_LINE = /^(?:(?:additional|extra)\s+)?(?:reporting|editing|writing|contributing|compiled|produced|research)\b|contributed\s+(?:to\s+)?(?:this|the)\s+(?:report|story|article)/i;
/** "contributed to this" right after a cue: a byline. */
export const CONTRIBUTED = /contributed\s+to\s+this/i;
// -- enrich.ts
/** One of a body just quoted: "one official", "another senior aide". */
export const ONE_OF = /^(?:one|another)\s+(?:(?:senior|top|other)\s+)?(?:official|aide|adviser|advisor|spokes(?:man|woman|person)|diplomat|staffer)$/i;
// -- entities.ts
/** Words that tie a phrase's head to the name after it ("appointed by", "the government of"): the
 *  name is not the phrase's. */
export const NAME_LINK = /^(?:by|of|under|for|from|with|in|at|on|to|against|--|—|–)$/i;
// -- extract/echoes.ts
/** Small words a title may hold in lower case ("The Art of the Deal"). */
export const TITLE_MINOR = new Set("a an and as at by for from in of on or the to with".split(" "));
// -- extract/passes.ts
/** Verbs of spending time ("spent ten minutes explaining") and the time nouns they take. */
export const SPEND = new Set(["spent", "spends", "spend", "spending", "took", "devoted", "passed"]);
/** Nouns of time that a verb of spending takes ("spent hours explaining"). */
export const TIME_SPENT = /^(?:seconds|minutes|hours|days|weeks|months|years|time|while|moments?|afternoon|morning|evening|night)$/;
/** Subject pronouns (lower case) that may open a clause's subject. */
export const SUBJECT_PRONOUN = new Set(["he", "she", "they", "we", "i", "it"]);
/** Pronouns of no one person that open a clause as its subject ("…, nobody listened"). */
export const INDEFINITE_SUBJECT = new Set(["nobody", "everyone", "everybody", "anyone", "anybody", "someone", "somebody"]);
// -- extract/verb.ts
/** Stems of refusing ("declined to …", "refused to …"): no catenative leads to speech through them. */
export const REFUSE = /^(?:declin|refus)/;
/** Participles of publishing ("a letter posted on …", "a video released by …"): a document's verb, not a speaker's. */
export const PUBLISHED = /^(?:posted|published|released|issued|sent|written|shared|circulated|distributed|leaked|uploaded|tweeted|broadcast|aired|obtained|signed|announced|unveiled|proposed|filed|submitted|presented|drafted|introduced)$/;
// -- intl.ts
// "l'idée selon laquelle …", "según la cual", "selon qu'il …": a clause follows, not a source
export const INTL_RELATIVE = /^(?:que|qu['’]|laquelle|lequel|lesquel(?:le)?s|la\s+cual|el\s+cual|los\s+cuales|las\s+cuales|qué|o\s+qual|a\s+qual|os\s+quais|as\s+quais)(?![\p{L}])/iu;
// words between a postposed verb and its speaker ("sagt auch Stenger", "dijo también García")
export const INTL_ADVERB = new Set("auch dabei nun jetzt zudem ebenfalls dazu también además aussi encore ainsi ensuite também ainda anche".split(" "));
/** Lower-case particles inside names in other languages ("de", "von", "van der"). */
export const INTL_PARTICLE = new Set("de du des von van der del da dos di al bin y".split(" "));
// -- model/reader.ts
/** Pronouns and relative words, for the reader's word shapes ("pron"). */
export const SOURCE_PRONOUN = /^(?:he|she|they|we|i|you|it|who|which|that)$/;
/** Forms of "be" with contractions, for the reader's passive test. */
export const BE_WORD = /^(?:is|are|was|were|be|been|being|'s|’s|isn't|isn’t|wasn't|wasn’t|aren't|aren’t|weren't|weren’t)$/;
/** Negations and negated auxiliaries ("not", "didn’t", "cannot"). */
export const NEGATION_WORD = /^(?:not|never|no|n't|didn't|didn’t|doesn't|doesn’t|don't|don’t|wouldn't|wouldn’t|won't|won’t|hasn't|hasn’t|haven't|haven’t|hadn't|hadn’t|cannot|can't|can’t|couldn't|couldn’t|shouldn't|shouldn’t|isn't|isn’t|wasn't|wasn’t|aren't|aren’t|weren't|weren’t)$/;
/** Determiners, for the reader's word shapes ("det"). */
export const DETERMINER_WORD = /^(?:the|a|an|his|her|its|their|our|my|your|this|that|these|those|some|many|any|no|every|each)$/;
// -- owners.ts
/** A cue that opens on a form of "be" (a passive: "was accused"). */
export const PASSIVE_CUE = /^(?:was|were|is|are|has been|have been|had been|been|being)\s/i;
// -- sourcecut.ts
/** Words after which a finite verb belongs to a clause inside the source ("officials who have …"):
 *  the source cut (sourcecut.ts) and the display's clause-as-source test stop reading there. */
export const SOURCE_CLAUSE_OPENER = /^(?:who|whom|whose|which|that|where|when|what|whatever|whoever|why|whether|because|if|as|while|since)$/i;
/** A subject pronoun: a finite verb after it is its own clause's ("the editor I was talking to"). */
export const SUBJECT_WORD = /^(?:i|you|he|she|we|they|it)$/i;
// -- speakers.ts
/** Words of a credit line that are no speaker ("by", "photo", "credit"). */
export const BYLINE_WORD = /^(?:by|reporting by|additional reporting|editing by|writing by|written by|photo|photos|photograph|credit|credits|contributing|image|images|video|source|sources:|copyright)\b|contributed to this report/i;
// -- targets.ts
/** A form of "be" and the participle after it, from a cue's lower-cased text. */
export const PASSIVE_HEAD = /^(?:was|were|has been|have been|had been|is|are|being|been)\s+(\p{L}+)/iu;
