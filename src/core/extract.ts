// Statement extraction: finds attribution cues, their sources (maximal noun phrases) and content
// spans (quotes, paraphrase, split and continued quotes), with mode, stance and a first source kind.
// Pure and linear in text length; never throws (returns [] on any internal failure).
import type { Mode, SourceKind, Span, Statement } from "./types";
import { PARA, PUNCT, QUOTE, WORD, sentences, tokenize, type Unit } from "./tokens";
import { isSpeechBase, isSpeechFinite } from "./cueclass";
import { nextBreakWithin } from "./lines";
import {
  ANON, APPOS, AUX, CAUSATIVE, INTERPOSED, DET, DOCUMENT, DOCUMENT_NOUN, GO, ISSUE, LEFT_STOP, NAMING, NOMINAL, NOMINAL_FOR,
  NOMINAL_THAT, NOMINAL_TO, ORG, OUTLET, PREP, PRONOUN, REFLEXIVE, RIGHT_STOP, ROLE, SUBORD, TELL, TIME, UNNAMED,
  cueProb, cueProbIn, objectCue, stanceOf, CTX_CAP, CTX_PRONOUN, CTX_PUNCT, CTX_WORD,
} from "./lexicon";

/** Verbs of wanting, thinking and planning, which go on a reported clause's own subject. */
const INNER_VERB = /^(?:want|wants|wanted|hope|hopes|hoped|believe|believes|believed|think|thinks|thought|plan|plans|planned|intend|intends|intended|need|needs|needed|expect|expects|expected|feel|feels|felt|know|knows|knew|fear|fears|feared|wish|wishes|wished|prefer|prefers|preferred|consider|considers|considered|worry|worries|worried|doubt|doubts|doubted)$/;
/** Personal pronouns that open a reported clause as its subject. */
const PERSONAL = new Set(["he", "she", "they", "we", "i", "it"]);
/** Abbreviations that end a name with their dot ("James Comey Jr.", "Acme Inc."). */
const NAME_END_ABBR = new Set(["jr", "sr", "inc", "co", "corp", "ltd", "llc", "bros"]);
/** Finite auxiliaries: one in a chunk after a comma makes it a clause, not an apposition. */
const FINITE = new Set(["is", "are", "was", "were", "has", "have", "had", "will", "would", "can", "could", "should", "may", "might", "must", "does", "did"]);

/** Determiners that make the next word a noun ("the report"), unlike "some" or "many" ("some say"). */
const NOUN_DET = new Set(["a", "an", "the", "his", "her", "its", "their", "our", "my", "your"]);

/** Determiners that stand alone as a subject ("some say", "many believe", "this shows"). */
const PRO_DET = new Set(["some", "many", "most", "both", "all", "others", "several", "few", "this", "these", "those", "another", "one"]);

const POLL = /^(poll|polls|survey|surveys)$/;
/** Words that keep a following "to" inside a noun phrase ("a person close to the Clintons"). */
const TO_NOUN = new Set(["close", "closer", "next", "adviser", "advisor", "advisers", "advisors", "aide", "aides", "ambassador", "envoy", "counsel", "assistant", "deputy", "spokesman", "spokeswoman", "secretary", "successor", "heir", "loyal"]);
/** Sentence adverbs that open a clause before its subject ("Perhaps young voters prefer …"). */
const LEAD = new Set(["perhaps", "maybe", "indeed", "moreover", "furthermore", "also", "still", "now", "then", "yet", "so", "thus", "instead", "meanwhile", "however", "nevertheless", "nonetheless", "actually", "certainly", "clearly", "ultimately", "finally", "initially", "eventually", "apparently", "obviously", "separately", "similarly", "likewise", "previously", "later", "earlier", "today", "yesterday"]);
const SEEM = new Set(["seem", "seems", "seemed", "appear", "appears", "appeared"]);
const BE = new Set(["is", "was", "are", "were", "be", "been", "being", "isn't", "isn’t", "wasn't", "wasn’t"]);
const PARTICIPLE = new Set(["known", "seen", "told", "said", "thought", "shown", "given", "taken", "written", "held", "found", "made", "quoted", "asked"]);
const LY_NOUNS = new Set(["family", "assembly", "rally", "supply", "ally", "anomaly", "monopoly", "bully", "belly", "jelly", "folly", "tally", "reply", "apply", "fly", "only", "holy", "early", "likely", "daily", "weekly", "monthly", "yearly", "lonely", "friendly", "elderly", "costly", "deadly", "lovely", "ugly", "italy", "july"]);
const CONTRACTED = new Set(["he", "she", "it", "that", "there", "who", "what", "here", "where", "let"]);
/** Irregular past forms that end a subject noun phrase ("The president left no doubt"). */
const IRREGULAR = new Set(["left", "made", "took", "gave", "went", "came", "got", "put", "set", "held", "led", "won", "lost", "ran", "met", "saw", "knew", "sent", "spent", "built", "brought", "bought", "began", "became", "kept", "paid", "told", "said", "thought", "felt", "found", "stood", "sat", "hit", "cut", "let", "struck", "fought", "sought", "taught", "wrote", "spoke", "broke", "chose", "drove", "rose", "fell", "grew", "drew", "threw", "flew", "shook", "took", "wore", "tore", "swore", "hung", "sang", "rang", "began", "gets", "makes", "takes", "gives", "goes", "comes", "has", "is", "was", "remains", "seems", "looks", "needs"]);
/** Lower-case words inside a name ("Secretary of State", "Federico de Jesus"). */
const NAME_GLUE = new Set(["of", "the", "de", "del", "da", "van", "von", "bin", "al", "for", "and"]);
/** Verbs that take "to" + a cue verb and become part of the cue ("continue to warn"). */
const CATENATIVE = new Set(["continue", "continues", "continued", "begin", "begins", "began", "start", "starts", "started", "went", "go", "goes", "decided", "decide", "decides", "tried", "try", "tries", "refused", "refuse", "refuses", "declined", "declines", "appeared", "seemed", "seems", "appears", "used", "plans", "planned", "intends", "intended", "wanted", "wants", "hoped", "hopes", "promised", "vowed", "threatened", "threatens", "moved", "rushed", "sought", "seeks"]);
/** Nouns that make "made …" a cue of speech. */
const SPEECH_NOUN = /^(?:clear|case|statements?|comments?|remarks?|allegations?|accusations?|charges?|calls?|pleas?|promises?|pledges?|commitments?|arguments?|points?|observations?|mention|appeals?|claims?|assertions?|threats?|announcements?|predictions?|suggestions?|demands?|offers?|vows?|overtures?|pitch|speech|speeches|references?|jokes?|criticisms?|complaints?|denials?)$/;
/** Possessive determiners: the possessor of a speech noun is its source. */
const POSSESSIVE = new Set(["his", "her", "their", "its", "our", "my"]);
const WEEKDAY = new Set(["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]);

/** Words that end a noun-phrase object ("endorsed Canova in late May"). */
const OBJ_STOP = new Set(["in", "on", "at", "during", "before", "after", "since", "amid", "following", "despite", "while", "when", "because", "last", "this"]);

/** Words after a comma that close reported content ("X said A, but added B"). */
const CLAUSE_END = new Set(["when", "but", "despite", "while", "although", "though", "whereas", "even", "unlike", "yet"]);

/** Capitalised words before a colon that label a section, not a speaker. */
/** Labels that open a line before a colon and are no speaker ("Twitter: @x", "Remember: …"). */
const LABEL_NOT_SOURCE = new Set(["remember", "revealed", "twitter", "facebook", "instagram", "email", "e-mail", "contact", "follow", "subscribe"]);
const NOT_SOURCE = new Set([...LABEL_NOT_SOURCE, "q", "a", "breaking", "update", "updated", "watch", "wow", "exclusive", "video", "note", "photos", "related", "latest", "read", "listen", "editor's", "more", "see", "also", "source", "sources", "credit", "photo", "image", "live", "analysis", "opinion", "correction", "corrections", "clarification", "clarifications", "disclosure", "disclaimer", "warning", "bottom", "fact", "question", "answer", "q&a", "transcript", "full", "poll", "polls"]);

/** Learned cue probability above which a word in the right frame is taken as a cue. */
export const CUE_THRESHOLD = 0.2;
/** Word-level pre-filter before the context is looked at. */
const PRE_THRESHOLD = 0.05;
/** Titles that open a person's name ("Ms. Ruiz"), never a place's. */
const PERSON_TITLE = new Set(["mr", "mrs", "ms", "dr", "gov", "sen", "rep", "gen", "col", "sgt", "lt", "capt", "prof", "rev", "judge", "justice", "president", "senator", "governor", "mayor", "minister"]);
/** A quotation that opens on a finite auxiliary ("“should be heard”", "“is a disgrace”"). */
const QUOTE_PREDICATE = /^(?:should|would|will|could|must|can|may|might|shall|is|are|was|were|has|have|had)\b/i;
const MAX_NP = 14; // units in a source noun phrase before an apposition
const MAX_APPOS = 30; // units in one apposition or relative clause

type Range = [number, number]; // inclusive unit indexes

type Cand = {
  cue: Range;
  source: Range | null;
  content: Range[];
  acc: boolean;
  head: string;
  sent: number;
  /** Content is the quotation that opens the next sentence ("He said:"). */
  want?: boolean;
};

/** Extract attributed statements from plain text. Never throws. */
export function extractStatements(text: string): Statement[] {
  try {
    if (typeof text !== "string" || text.length === 0) return [];
    return run(text);
  } catch {
    return [];
  }
}

/** The same without the safety net, so tests and the dev loop see internal errors. */
export function extractStatementsUnchecked(text: string): Statement[] {
  return run(text);
}

// The patterns run() tests words with, made once: a regex literal is a new object each time it is
// evaluated, once per word in the loops below.
const ASKED_NEXT = /^(?:about|if|whether|what|why|how|who|which|to|by)$/;
const CALLED_PARTICLE = /^(off|up|back|in|away)$/;
const CLAUSE_LINK = /^(but|and|yet|still|so|however|now|meanwhile)$/;
const DIGIT_FIRST = /^\d/;
const ED_END = /ed$/;
const HAVE_FORM = /^(has|have|had)$/;
const HEADING_MARK = /[.!?,;:…]/;
const OBJECT_PRONOUN = /^(him|her|them|us|me)$/;
const OBJECT_PRONOUN_IT = /^(him|her|them|it|us|me)$/;
const PARTY_TAG = /^[rdi]-/;
const PLURAL_END = /[a-z]s$/;
const POSSESSIVE_END = /['’]s$/;
const QUOTE_CLOSER = /[,.?!]/;
const RELATIVE_WORD = /^(who|whose|which|where)$/;
const SENTENCE_END = /[.?!]["”’']*$/;
const SPACES = /\s+/;
const SUBORDINATOR = /^(?:when|while|although|though|whereas|even)$/;
const S_END = /s$/;
const TIME_SPAN = /^(?:month|year|spring|summer|fall|autumn|winter|season|term|session)s?$/;
const TRAILING_COMMA = /,["”’']*$/;
const VERB_END = /(?:ing|ed|un|en)$/;
const WEEK_UNIT = /^(?:week|month|year|weekend)$/;
function run(text: string): Statement[] {
  const U = tokenize(text);
  const S = sentences(U);
  const cands: Cand[] = [];
  let lastAbsorbed = -1;
  const claimedQuote = new Set<number>();
  const headings: number[] = [];
  const isW = (i: number, w: string): boolean => { const u = U[i]; return !!u && u.k === WORD && u.w === w; };
  const isP = (i: number, w: string): boolean => { const u = U[i]; return !!u && u.k === PUNCT && u.w === w; };
  const word = (i: number): string => { const u = U[i]; return u && u.k === WORD ? u.w : ""; };
  const isCap = (i: number): boolean => !!U[i]?.cap;
  const isQ = (i: number): boolean => U[i]?.k === QUOTE;
  const hasQuote = (c: Cand): boolean => c.content.some(([x, y]) => { for (let t = x; t <= y; t++) if (isQ(t)) return true; return false; });
  const prob = (i: number): number => {
    const u = U[i];
    if (!u || u.k !== WORD) return 0;
    if (u.p < 0) u.p = cueProb(u.w);
    return u.p;
  };

  // Noun-phrase glue: punctuation that can sit inside a name ("Gillibrand (D-NY)", "AT&T").
  const npPunct = (i: number): boolean => {
    const u = U[i];
    return !!u && u.k === PUNCT && (u.w === "&" || u.w === "(" || u.w === ")" || u.w === "." || u.w === "'" || u.w === "’");
  };

  /** Start of the bare noun phrase that ends at j (no apposition), or -1. */
  const bareLeft = (j: number, a: number): number => {
    const u = U[j];
    if (!u || j < a) return -1;
    // A name may end in ")" ("(D-ME)") or in the dot of "Jr.", "Inc.".
    const nameDot = u.k === PUNCT && u.w === "." && U[j - 1]?.k === WORD && U[j - 1]!.e === u.s && NAME_END_ABBR.has(U[j - 1]!.w);
    if (u.k !== WORD && !(u.k === PUNCT && u.w === ")") && !nameDot) return -1;
    if (u.k === WORD && (PRONOUN.has(u.w) || PRO_DET.has(u.w))) return j;
    if (u.k === WORD && !(u.cap && j > a) && (DET.has(u.w) || LEFT_STOP.has(u.w) || PREP.has(u.w))) return -1;
    let k = j;
    while (k - 1 >= a && j - (k - 1) < MAX_NP) {
      const p = U[k - 1]!;
      if (p.k === WORD) {
        if (PRONOUN.has(p.w) && !p.cap) break;
        if (LEFT_STOP.has(p.w) && !(p.cap && k - 1 > a) && !(p.w === "and" && (isCap(k - 2) && isCap(k) || PLURAL_END.test(word(k - 2)) && !isCap(k - 2) && !isCap(k))) && !(p.w === "to" && TO_NOUN.has(word(k - 2)))) break;
        if (!p.cap && prob(k - 1) >= 0.5) break;
        // "…, quoting a line the mayor has used": a participle opening its clause is no part of the name.
        if (!p.cap && p.w.length > 4 && p.w.endsWith("ing") && (k - 2 < a || U[k - 2]!.k !== WORD)) break;
        k--;
      } else if (npPunct(k - 1)) {
        k--;
      } else break;
    }
    // A fronted adverbial without comma ("On Tuesday the ministry said"): start at the
    // determiner or pronoun that opens the subject.
    while (k < j && LEAD.has(word(k))) k++;
    while (k < j && PREP.has(word(k)) && !isCap(k + 1)) {
      let d = k + 1;
      while (d < j && !DET.has(word(d)) && !PRONOUN.has(word(d))) d++;
      if (d >= j) break;
      k = d;
    }
    if (k < j && PREP.has(word(k)) && TIME.has(word(k + 1))) k += 2;
    if (k < j && (isW(k, "with") || isW(k, "among") || isW(k, "of")) && !isCap(k)) k++; // "with three in 10 saying"
    while (k < j && (U[k]!.k !== WORD || word(k) === "and" || word(k) === "but" || word(k) === "so")) k++;
    return k <= j ? k : -1;
  };

  /** "who spoke on condition of anonymity", "who added that …": a clause about the speaking
   *  itself, which the annotation leaves out of the source. */
  const speechRelative = (t: number): boolean => {
    let x = t + 1;
    while (AUX.has(word(x))) x++;
    const w = word(x);
    // Only a verb of saying makes the relative a statement of its own ("who added that …"); a
    // description of the speaker stays in the source ("who has known her for decades", "who
    // backs the plan").
    return prob(x) >= 0.3 && isSpeechFinite(w) || w === "spoke" || w === "requested" || w === "declined" || w === "asked" || w === "insisted";
  };
  /** Whether the auxiliaries between t and the verb at i contain a form of "be" (passive voice). */
  const passive = (t: number, i: number): boolean => {
    for (let x = t; x < i; x++) if (BE.has(word(x))) return true;
    return false;
  };
  /** "-ly" adverbs between subject and verb ("Trump jokingly said"); not nouns like "rally". */
  const isAdverb = (t: number): boolean => {
    const w = word(t);
    return w.length > 4 && w.endsWith("ly") && !isCap(t) && !LY_NOUNS.has(w);
  };
  const adjunctStart = (t: number): boolean => {
    const w = word(t);
    return (PREP.has(w) && (w !== "for" || isW(t + 1, "instance") || isW(t + 1, "example")) && w !== "now") || w === "of" || (w === "though" || w === "too") && !isCap(t) || TIME.has(w) || REFLEXIVE.has(w) || (w.endsWith("ing") && !isCap(t)) || w === "speaking" || w === "like" ||
      // "Ruiz, when reached by phone, said …": a short interposed clause of time
      (w === "when" || w === "while") && !isCap(t) && U[t + 1]?.k === WORD && !isCap(t + 1);
  };
  const apposStart = (t: number): boolean => {
    const w = word(t);
    // "Lena Ortiz, the Harbour Trust's executive director, said": a title after a name.
    let roleChunk = false;
    if (isCap(t)) for (let x = t + 1; x < t + 8 && !isP(x, ",") && U[x]; x++) if (!U[x]!.cap && ROLE.test(word(x))) { roleChunk = true; break; }
    // ("…, Germany's largest private bank, said": a possessive name opening a description.)
    const possessiveName = isCap(t) && POSSESSIVE_END.test(w) && U[t + 1]?.k === WORD && !isCap(t + 1);
    return roleChunk || possessiveName || APPOS.has(w) || DIGIT_FIRST.test(w) || PARTY_TAG.test(w) || !isCap(t) && !DET.has(w) && !PRONOUN.has(w) && !LEFT_STOP.has(w);
  };

  /**
   * Source ending at j. When a comma precedes the cue, the subject carries appositions or an
   * interposed adjunct: "Smith, 70, a spokesman for X, said" / "Smith, in a statement, said".
   */
  const sourceLeft = (j: number, a: number): Range | null => {
    // "The mayor, who called the plan “a disaster,” said …": the comma closing the clause sits
    // inside a short quotation.
    const qComma = isQ(j) && U[j]!.last === "," && U[j]!.e - U[j]!.s <= 40 && U[j - 1]?.k === WORD && !isCap(j - 1) && j - 1 > a;
    if (isP(j, ",") || qComma) {
      // Comma-separated chunks leftwards, up to a hard boundary.
      const chunks: Range[] = [];
      let end = qComma ? j : j - 1;
      let t = end;
      const lo = Math.max(a, j - 60);
      while (t >= lo && chunks.length < 6) {
        // A short quoted title inside an apposition ("the author of “Tides,” about …") is part of it.
        const titleQ = isQ(t) && U[t]!.e - U[t]!.s <= 40 && U[t - 1]?.k === WORD && !isCap(t - 1) && t > lo;
        if (isP(t, ",") || t === lo || isQ(t) && !titleQ || isP(t, ";") || isP(t, ":") || isP(t, "—") || U[t]!.k === PARA) {
          const hard = !isP(t, ",") && t !== lo || (t === lo && (isQ(t) || isP(t, ";") || isP(t, ":") || isP(t, "—")));
          const st = hard || isP(t, ",") ? t + 1 : t;
          if (st > end) return null;
          chunks.unshift([st, end]);
          if (!isP(t, ",")) break;
          end = t - 1;
        }
        t--;
      }
      if (chunks.length < 2) {
        // "Gov. Ann Marsh (D-ME), said …": a stray comma after a bare name opening the clause.
        const c0 = chunks[0];
        if (c0 && (c0[0] === a || isQ(c0[0] - 1) || U[c0[0] - 1]?.k === PARA) && allName(c0[0], c0[1])) return c0;
        return null;
      }
      // Walk leftwards from the chunk next to the cue to the head noun phrase.
      let h = chunks.length - 1;
      for (; h > 0; h--) {
        const [cs, ce] = chunks[h]!;
        const [ps, pe] = chunks[h - 1]!;
        if (adjunctStart(cs)) continue;
        // "Houston, Texas": a bare capitalised chunk after a capitalised word continues a place.
        // (Not a titled name: "…, Ms. Ruiz, the first …, said" is a person.)
        if (isCap(cs) && ce - cs <= 2 && isCap(pe) && !TIME.has(word(pe)) && !PERSON_TITLE.has(word(cs))) continue;
        // "…, who lives outside the county seat, Ashford, said": the place ends the clause.
        if (isCap(cs) && ce - cs <= 2 && RELATIVE_WORD.test(word(ps))) continue;
        if (apposStart(cs)) continue;
        break;
      }
      if (h === chunks.length - 1 && chunks.length > 1) {
        // "the White House spokesman, Josh Earnest, said": a role phrase opening the clause, then
        // the name. Otherwise ("…, Smith said") the caller reads content before the source.
        const [ps, pe] = chunks[h - 1]!;
        const opens = ps === a || isQ(ps - 1) || U[ps - 1]?.k === PARA || isP(ps - 1, ",") && adverbial(a, ps - 1);
        const [ns, ne] = chunks[h]!;
        // A role phrase may be any noun phrase when a bare name follows it ("Another delegate on
        // the list, Rosa Lind, said", "One of the study's authors, Ivo Berg, said").
        if ((DET.has(word(ps)) || isCap(ps) && !PREP.has(word(ps)) && !adjunctStart(ps)) && (ROLE.test(text.slice(U[ps]!.s, U[pe]!.e)) || allName(ns, ne) && pe - ps < 14) && opens) {
          return [ps, ne];
        }
        // "…, a spokeswoman, Ana Ruiz, said": after content, a role with a determiner, then the name.
        if (!opens && DET.has(word(ps)) && pe - ps < 8 && ROLE.test(text.slice(U[ps]!.s, U[pe]!.e)) && allName(ns, ne) && isP(ps - 1, ",")) return [ps, ne];
        return null;
      }
      let [hs, he] = chunks[h]!;
      if (adjunctStart(hs) && h + 1 < chunks.length) { h++; [hs, he] = chunks[h]!; }
      const head = bareLeft(he, hs);
      if (head < 0) return null;
      if (head > hs && !LEFT_STOP.has(word(head - 1)) && !PRONOUN.has(word(head))) return null;
      // Include appositions, stop before an interposed adjunct ("in her dissent").
      let last = he;
      for (let x = h + 1; x < chunks.length; x++) {
        const [cs, ce] = chunks[x]!;
        if (adjunctStart(cs) || isW(cs, "which") || isW(cs, "who") && speechRelative(cs)) break;
        last = ce;
      }
      return [head, last];
    }
    // A source with an aside between dashes: "Ortiz — named by rivals as the favourite —
    // told …", "a former minister -- Ruth Kane, who lost in 2019 -- said …".
    const close = dashEndingAt(j);
    if (close > a) {
      for (let x = close - 1; x > a && close - x < 40; x--) {
        if (isQ(x) || U[x]!.k === PARA || isP(x, ";")) break;
        const open = dashEndingAt(x);
        if (open < 0) continue;
        const head = open - 1 >= a ? sourceLeft(open - 1, a) : null;
        return head ? [head[0], close - 1] : null;
      }
    }
    // A relative pronoun is its own source in the annotation ("a child, who said …").
    if ((isW(j, "who") || isW(j, "which")) && j > a) return [j, j];
    if (REFLEXIVE.has(word(j))) j--;
    const s = bareLeft(j, a);
    return s >= 0 ? [coordinatedStart(s, j, a), j] : null;
  };

  /** Whether units x..y read as a short noun phrase opening a list: no verb-like word in it. */
  const listNP = (x: number, y: number): boolean => {
    if (y < x || y - x > 5 || LEAD.has(word(x)) || TIME.has(word(x)) || PREP.has(word(x)) || SUBORD.has(word(x))) return false;
    if (PRONOUN.has(word(x)) && y === x) return false;
    for (let t = x; t <= y; t++) {
      const w = word(t);
      if (U[t]!.k !== WORD && !npPunct(t)) return false;
      if (U[t]!.k === WORD && !isCap(t) && (FINITE.has(w) || IRREGULAR.has(w) || ED_END.test(w) || isAdverb(t) || prob(t) >= 0.3)) return false;
    }
    return true;
  };
  /** Whether a list's first member starts at x: the clause opens there. */
  const opensClause = (x: number, a: number): boolean => x === a || U[x - 1]!.k === PARA || isQ(x - 1) || isP(x - 1, ":") || isP(x - 1, ";") || isW(x - 1, "but") || isW(x - 1, "and") && isP(x - 2, ",");
  /**
   * The start of a coordinated subject whose last member ends the source at s..j: "Lind and
   * others said", "Fishermen, traders and their families say" (the list opens the clause; each
   * member a short noun phrase).
   */
  const coordinatedStart = (s: number, j: number, a: number): number => {
    let st = s;
    if (isW(st - 1, "and") && st - 2 >= a) {
      const p = bareLeft(st - 2, a);
      if (p >= 0 && (allName(p, st - 2) || PLURAL_END.test(word(st - 2))) && listNP(p, st - 2) && opensClause(p, a)) return p;
    }
    let coordinated = false;
    for (let t = s + 1; t < j; t++) if (isW(t, "and") || isW(t, "or")) coordinated = true;
    if (!coordinated) return s;
    for (let n = 0; n < 6 && isP(st - 1, ",") && st - 2 >= a; n++) {
      const p = bareLeft(st - 2, a);
      if (p < 0 || !listNP(p, st - 2)) return s;
      st = p;
      if (opensClause(st, a)) return st;
    }
    return s;
  };

  /** The dash closing a dateline that opens a sentence at a ("WASHINGTON —", "ORLANDO, Fla.
   *  (Reuters) -"), or -1. */
  function datelineEnd(a: number, e: number): number {
    if (U[a]?.k !== WORD || U[a]!.e - U[a]!.s <= 1) return -1;
    const w = text.slice(U[a]!.s, U[a]!.e);
    if (w !== w.toUpperCase()) return -1;
    for (let t = a + 1; t < e && t - a < 10; t++) {
      if (dashEndingAt(t) >= 0 || isP(t, "-")) return t;
      if (U[t]!.k === WORD && !isCap(t)) return -1;
    }
    return -1;
  }

  /** Start of the dash ("—", "–", "―" or "--") whose last unit is t, or -1. */
  function dashEndingAt(t: number): number {
    if (isP(t, "—") || isP(t, "–") || isP(t, "―")) return t;
    return isP(t, "-") && isP(t - 1, "-") ? t - 1 : -1;
  }

  /** Whether units a..b are a short proper name: capitalised words, initials, "(R-OH)", "de". */
  function allName(x: number, y: number): boolean {
    if (y < x || y - x > 8 || !isCap(x)) return false;
    for (let t = x; t <= y; t++) {
      if (isCap(t) || npPunct(t) || PARTY_TAG.test(word(t))) continue;
      if (NAME_GLUE.has(word(t)) && isCap(t + 1) && t > x) continue;
      return false;
    }
    return !TIME.has(word(x)) && !PREP.has(word(x));
  }

  const bareLeftPossessive = (j: number, a: number): number => {
    const st = bareLeft(j, a);
    return st >= 0 ? st : (POSSESSIVE_END.test(word(j)) ? j : -1);
  };

  /** Source starting at k and running right (inverted "said Smith, a spokesman, …"). */
  const sourceRight = (k: number, e: number, toEnd = true, loose = false, subject = false): Range | null => {
    const u = U[k];
    if (!u || k >= e || u.k !== WORD) return null;
    if (RIGHT_STOP.has(u.w) && !u.cap) return null;
    const endsOk = (t: number): boolean => t >= e || !toEnd || isP(t, ",") || isQ(t) || isP(t, ":") || isP(t, "(") || isP(t, ";") || isP(t, "—") || PREP.has(word(t)) || TIME.has(word(t)) || word(t) === "who" || word(t) === "to";
    if (PRONOUN.has(u.w)) return endsOk(k + 1) ? [k, k] : null;
    // A lower-case title before a name: "says economic historian Lena Ortiz".
    const titled = (): boolean => {
      for (let t = k + 1; t <= k + 3 && t < e; t++) {
        if (isCap(t)) return t > k + 1 || !AUX.has(word(t));
        if (U[t]!.k !== WORD || RIGHT_STOP.has(word(t)) || PRONOUN.has(word(t)) || prob(t) >= 0.3) return false;
      }
      return false;
    };
    if (!loose && !u.cap && !DET.has(u.w) && !UNNAMED.test(u.w) && !ROLE.test(u.w) && !(toEnd && titled())) return null;
    let j = k;
    let words = 1;
    const maxWords = loose ? 14 : 9;
    while (j + 1 < e && words <= maxWords) {
      const n = U[j + 1]!;
      if (n.k === WORD) {
        if (!n.cap && (RIGHT_STOP.has(n.w) || PRONOUN.has(n.w)) && !(n.w === "and" && isCap(j) && isCap(j + 2)) && !(n.w === "to" && TO_NOUN.has(word(j)))) break;
        if (n.w === "known" && isW(j + 2, "as") && j + 3 < e) { j += 2; words += 2; continue; } // "the chief known as Bob"
        if (!n.cap && prob(j + 1) >= 0.5) { if (subject) break; return null; } // a verb: this is a clause, not a name
        if (subject && !n.cap && AUX.has(n.w)) break; // "Mr. Putin also veered …"
        // In subject position the noun phrase ends at its verb ("the engineer closed …").
        if (subject && !n.cap && j > k - 1 && !NOUN_DET.has(word(j)) && (n.w.endsWith("ed") || IRREGULAR.has(n.w) || prob(j + 1) >= 0.1)) break;
        j++;
        words++;
      } else if (npPunct(j + 1)) j++;
      else break;
    }
    // "said a former auditor who oversaw the reviews and described …": the relative clause
    // belongs to the source, the coordinated verb does not.
    const relativeThenAnd = (): boolean => {
      if (!isW(j + 1, "and")) return false;
      for (let t = k + 1; t <= j; t++) if (isW(t, "who")) return true;
      return false;
    };
    if (words > maxWords || !(endsOk(j + 1) || loose && (isW(j + 1, "that") || relativeThenAnd()))) return null;
    // Appositions after a comma: ", a Republican and former governor who …", ", House editor
    // for the Cook Political Report." — up to the sentence end or the next comma.
    while (toEnd && isP(j + 1, ",") && j + 2 < e) {
      const f = U[j + 2]!;
      if (f.k !== WORD || f.w.endsWith("ing") || (f.w.endsWith("ed") && !f.cap) || (f.w === "who" || f.w === "which") && speechRelative(j + 2) || f.w === "and" || f.w === "but" || PRONOUN.has(f.w) || TIME.has(f.w) || f.w === "in" || f.w === "on") break;
      let t = j + 2;
      while (t + 1 < e && t - j < MAX_APPOS && !isP(t + 1, ",") && !isQ(t + 1) && !isP(t + 1, ";") && !(isW(t + 1, "who") && speechRelative(t + 1))) t++;
      // "The catch, says Lind, a ferry owner, is the tide": the sentence resumes after the apposition.
      const reachesEnd = toEnd && (t + 1 >= e || isP(t + 1, ",") && resumesWithVerb(t + 2));
      if (!reachesEnd && !(APPOS.has(f.w) || DIGIT_FIRST.test(f.w) || PARTY_TAG.test(f.w))) break;
      // "Turnout, according to the clerk, has surged": a finite verb outside a relative clause
      // makes the chunk the rest of the sentence, not an apposition.
      let clause = false;
      for (let x = j + 2; x <= t && !clause; x++) {
        if (isW(x, "who") || isW(x, "which") || isW(x, "that") || isW(x, "whose")) break;
        if (FINITE.has(word(x)) || isQ(x)) clause = true;
      }
      if (clause || isQ(t + 1) && t + 1 < e) break;
      j = t;
    }
    while (j > k && U[j]!.k === PUNCT && U[j]!.w !== ")") j--;
    return [k, j];
  };

  /** The subject noun phrase opening a clause at a (with an apposition), ending before e. */
  /** A statement whose source is a relative pronoun ("…, who said"). */
  const relSource = (f: Cand): boolean => !!f.source && f.source[0] === f.source[1] && (isW(f.source[0], "who") || isW(f.source[0], "which"));
  const subjectAt = (a: number, e: number): Range | null => {
    let s = a;
    const d = datelineEnd(a, e);
    if (d >= 0) s = d + 1;
    while (s < e && (isP(s, "-") || isP(s, "—") || isP(s, "–"))) s++; // the rest of a "--" dash
    while (s < e && LEAD.has(word(s)) && !isP(s + 1, ",")) s++;
    if (isW(s, "here") || isW(s, "there")) s++; // "Here in Columbia, Sanders …"
    while (s < e && (adjunctStart(s) || isW(s, "but") || isW(s, "and"))) {
      // Skip a fronted adverbial up to its comma ("On Monday, Smith …").
      if (isW(s, "but") || isW(s, "and")) { s++; continue; }
      let c = s;
      while (c < e && c - s < 10 && !isP(c, ",")) c++;
      if (!isP(c, ",")) return null;
      s = c + 1;
    }
    const np = sourceRight(s, e, false, false, true);
    if (!np) return null;
    let end = np[1];
    if (isP(end + 1, ",") && apposStart(end + 2) && !adjunctStart(end + 2)) {
      let t = end + 2;
      while (t < e && t - end < MAX_APPOS && !isP(t, ",") && !isQ(t)) t++;
      if (isP(t, ",")) end = t - 1;
    }
    return [np[0], end];
  };

  const trimEnd = (a: number, b: number): number => {
    while (b >= a && (U[b]!.k === PUNCT && U[b]!.w !== ")" || U[b]!.k === PARA)) b--;
    return b;
  };
  const trimStart = (a: number, b: number): number => {
    while (a <= b && (U[a]!.k === PUNCT && U[a]!.w !== "(" || U[a]!.k === PARA)) a++;
    return a;
  };
  const range = (a: number, b: number): Range[] => {
    const x = trimStart(a, b);
    const y = trimEnd(x, b);
    return y >= x ? [[x, y]] : [];
  };

  /** Last unit before a trailing time adjunct ("… that allegation on Tuesday"). */
  const dropTime = (k: number, y: number): number => {
    let t = trimEnd(k, y);
    if (t - k < 3) return y;
    if (WEEKDAY.has(word(t)) || word(t) === "yesterday") { t--; if (isW(t, "on")) t--; return t; }
    if ((word(t) === "week" || word(t) === "month" || word(t) === "year") && (isW(t - 1, "last") || isW(t - 1, "this"))) return t - 2;
    return y;
  };
  /** End (exclusive) of a noun-phrase object: before a comma, an adjunct or a new clause. */
  const objectEnd = (k: number, e: number): number => {
    for (let t = k + 1; t < e; t++) {
      const w = word(t);
      if (isP(t, ",") || isP(t, ";") || isP(t, "—") || isP(t, ":") || (w !== "" && (OBJ_STOP.has(w) || TIME.has(w)))) return t;
      if (asOwnClause(t)) return t;
      if (t > k + 1 && newSpeaker(t)) return t;
    }
    return e;
  };
  /** "… the new timetable as she tours the harbour …": "as" opens a clause with its own pronoun subject, the
   *  writer's frame around the reported words, not part of them. */
  const asOwnClause = (t: number): boolean => isW(t, "as") && pronounSubject(t + 1);
  /** A personal pronoun at t followed by a lower-case word: the subject of a clause of its own. */
  function pronounSubject(t: number): boolean {
    return PERSONAL.has(word(t)) && U[t + 1]?.k === WORD && !isCap(t + 1);
  }
  /** Whether units k..e-1 hold a finite verb ("told reporters the bill was dead": content). */
  const finiteIn = (k: number, e: number): boolean => {
    for (let t = k; t < e; t++) if (FINITE.has(word(t))) return true;
    return false;
  };
  /** "called on the council to …": an object, then "to" + a verb, within a few words. */
  const calledOnTo = (k: number): boolean => {
    for (let t = k; t < k + 9 && t < U.length; t++) {
      if (isW(t, "to")) return t > k && U[t + 1]?.k === WORD && !isCap(t + 1);
      if (U[t]!.k !== WORD) return false;
    }
    return false;
  };
  /** In units a..b, a verb of issuing followed within four words by a document noun ("issued a
   *  statement", "sent out a press release", "posted a video"): its index, or -1. */
  const issuedAt = (a: number, b: number): number => {
    for (let t = a + 1; t <= b; t++) {
      if (!ISSUE.has(word(t)) || isCap(t)) continue;
      for (let x = t + 1; x <= b && x <= t + 4; x++) if (!isCap(x) && DOCUMENT_NOUN.test(word(x))) return t;
    }
    return -1;
  };
  /** A lower-case finite auxiliary at t: the sentence's own verb resumes after an inverted
   *  attribution ("The catch, says Lind, is the tide"). */
  const resumesWithVerb = (t: number): boolean => U[t]?.k === WORD && !isCap(t) && FINITE.has(word(t));
  /** Whether the words after a parenthetical attribution continue the content ("A, he said, B"). */
  const continues = (t: number): boolean => {
    const w = word(t);
    // "The ferries, Lind said, now run …": an adverb before the clause's verb goes on with it.
    if ((w === "now" || w === "still" || w === "also" || w === "then" || w === "instead") && U[t + 1]?.k === WORD && !isCap(t + 1) && !TIME.has(word(t + 1))) return true;
    return !(w.endsWith("ing") || w === "and" || w === "but" || w === "who" || w === "as" || w === "which" || w === "after" || w === "when" || w === "before" || PREP.has(w) || TIME.has(w) || TELL.has(w));
  };
  /** After-cue words that are only an adjunct ("to a crowd of 500", "of the encounter"). */
  const adjunctOnly = (k: number, e: number): boolean => {
    const w0 = word(k);
    if (!(PREP.has(w0) || TIME.has(w0) || w0 === "to" || w0 === "of")) return false;
    for (let t = k; t < e; t++) if (isQ(t) || isW(t, "that") || prob(t) >= 0.5) return false;
    return true;
  };
  /** Three or more ", Name" after the colon at c: a list of names, not a statement. */
  const nameListAfter = (c: number, e: number): boolean => {
    let n = 0;
    for (let t = c + 1; t < e && t - c < 40; t++) if (isP(t, ",") && isCap(t + 1)) n++;
    return n >= 3;
  };
  /** A noun phrase opened by "a"/"an" right before i ("a harbour lobby group called …"). */
  const indefiniteBefore = (i: number): boolean => {
    for (let t = i - 1; t >= 0 && i - t <= 5 && U[t]!.k === WORD; t--) {
      if (isW(t, "a") || isW(t, "an")) return true;
      if (prob(t) >= 0.5 || PRONOUN.has(word(t))) return false;
    }
    return false;
  };
  const madeSpeech = (i: number): boolean => {
    for (let t = i + 1; t <= i + 4 && U[t]?.k === WORD; t++) if (SPEECH_NOUN.test(word(t))) return true;
    return false;
  };
  /** Whether the units from k (up to a comma or the end) are only an addressee: a few words or a
   *  short quoted title, no "that", no verb, no long quotation. */
  const addresseeOnly = (k: number, e: number): boolean => {
    let n = 0;
    for (let t = k; t < e; t++) {
      if (isP(t, ",") && t > k) break;
      if (isW(t, "that") || isP(t, ":") || !isCap(t) && prob(t) >= 0.5) return false;
      if (isQ(t)) {
        const q = text.slice(U[t]!.s, U[t]!.e);
        if (q.split(SPACES).length > 5 || SENTENCE_END.test(q.trim().replace(TRAILING_COMMA, ""))) return false;
        n += 2;
        if (U[t]!.last === ",") break;
      } else if (U[t]!.k === WORD) n++;
      if (n > 8) return false;
    }
    return n > 0;
  };
  /** A short fronted adverbial ("In a statement,", "On Tuesday,") is not content, nor a fronted
   *  subordinate clause that is the sentence's only comma chunk ("As the vote neared, she said …",
   *  "If the talks fail, the union warned …"): the reported words, if any, follow the cue. */
  const adverbial = (a: number, c: number): boolean => {
    if ((SUBORD.has(word(a)) || isW(a, "to") && U[a + 1]?.k === WORD && !isCap(a + 1) && !DET.has(word(a + 1))) && !isQ(a + 1)) {
      for (let t = a + 1; t < c; t++) if (isQ(t) || U[t]!.k === PUNCT && U[t]!.w !== "." && U[t]!.w !== "'" && U[t]!.w !== "’") return false;
      return true;
    }
    if (!PREP.has(word(a)) && !TIME.has(word(a))) {
      // "When asked about it, she said …", "Asked whether …, he said …": the question is a
      // statement of its own, not the answer's content.
      const b0 = isW(a, "but") || isW(a, "and") ? a + 1 : a;
      if (!(isW(b0, "asked") || isW(b0, "when") && isW(b0 + 1, "asked"))) return false;
      for (let t = b0; t < c; t++) if (isQ(t)) return false;
      return true;
    }
    let n = 0;
    for (let t = a; t < c; t++) { if (isQ(t)) return false; if (U[t]!.k === WORD) n++; }
    return n <= 6;
  };

  /** "…, when he gives speeches, he is asked …": a subordinate clause opened at t closes with a
   *  comma and a pronoun subject goes on with the same clause. */
  const resumesAfter = (t: number, e: number): boolean => {
    if (!SUBORDINATOR.test(word(t))) return false;
    for (let x = t + 1; x < e && x - t < 16; x++) {
      if (isQ(x) || isP(x, ";")) return false;
      if (isP(x, ",")) return pronounSubject(x + 1);
    }
    return false;
  };
  /** "… said the plan works and vowed to …": "and" (", and", "and also") then a finite verb that
   *  reports speech opens a second predicate of the speaker, not more of what was said. */
  const sharedSubjectVerb = (t: number): boolean => {
    if (!isW(t, "and")) return false;
    const v = isW(t + 1, "also") ? t + 2 : t + 1;
    return U[v]?.k === WORD && !isCap(v) && isSpeechFinite(word(v));
  };
  /** "… asked for a photo and Lind said …", "…, but most traders say …": "and"/"but", a short
   *  subject of its own, then a verb of saying open the next statement, not more of this one. */
  const newSpeaker = (t: number): boolean => {
    if (!isW(t, "and") && !isW(t, "but")) return false;
    for (let y = t + 1; y <= t + 7; y++) {
      const u = U[y];
      if (!u || u.k !== WORD && !npPunct(y)) return false;
      if (u.k !== WORD) continue;
      if (y > t + 1 && !u.cap && isSpeechFinite(u.w)) return !isW(y - 1, "to") && !AUX.has(word(y - 1)) || PRONOUN.has(word(t + 1));
      if (FINITE.has(u.w) || AUX.has(u.w) && !u.cap || SUBORD.has(u.w) || u.w === "that" || u.w === "who" || u.w === "which") return false;
      if (!u.cap && (prob(y) >= 0.5 || IRREGULAR.has(u.w) || ED_END.test(u.w))) return false;
    }
    return false;
  };
  /** End (exclusive) of after-cue content: a semicolon or a dash closes the reported clause. */
  const clauseEnd = (k: number, e: number): number => {
    for (let t = k; t < e; t++) {
      if (isP(t, ";") || isP(t, "—") && t > k + 3) return t;
      // ", but lamented …", ", despite …": the reported clause is over, unless a subordinate
      // clause sits inside it ("that lately, when he speaks, he is asked …").
      if (t > k + 2 && isP(t, ",") && CLAUSE_END.has(word(t + 1)) && !resumesAfter(t + 1, e)) return t;
      if (t > k + 2 && isW(t, "but") && (PRONOUN.has(word(t + 1)) || prob(t + 1) >= 0.5)) return t;
      if (t > k + 2 && asOwnClause(t)) return t;
      // "… the tolls would stay when asked about the fees": the question put is no part of the answer.
      if (t > k + 1 && isW(t, "when") && isW(t + 1, "asked")) return t;
      if (t > k + 2 && sharedSubjectVerb(t)) return t;
      if (t > k + 1 && newSpeaker(t)) return t;
      if (t > k + 2 && isP(t, ",") && word(t + 1).endsWith("ing") && prob(t + 1) >= 0.3) return t;
      // ", with the aide taking …": an absolute clause is the writer's, not the speaker's.
      if (t > k + 2 && isP(t, ",") && isW(t + 1, "with") && !isCap(t + 1)) return t;
      // A quotation closing on a comma, then a participle: '… was "corrupt," noting that …'.
      if (t > k && isQ(t) && U[t]!.last === "," && word(t + 1).endsWith("ing") && prob(t + 1) >= 0.3) return t + 1;
    }
    return e;
  };

  /** Start of the possessor noun phrase ending at j ("the mayor's", "Rosa Lind's", "the
   *  harbour board's"): a name, or a determiner and up to three words; -1 when neither. */
  const possessorStart = (j: number, a: number): number => {
    if (U[j]?.k !== WORD) return -1;
    let t = j;
    while (t - 1 >= a && (isCap(t - 1) && U[t - 1]!.k === WORD || npPunct(t - 1) && isCap(t - 2) || NAME_GLUE.has(word(t - 1)) && isCap(t - 2) && isCap(t))) t--;
    if (isCap(t)) return t;
    for (let x = j - 1; x >= a && x >= j - 3 && U[x]!.k === WORD; x--) {
      if (NOUN_DET.has(word(x)) || word(x) === "this" || word(x) === "that") return x;
      if (FINITE.has(word(x)) || PREP.has(word(x)) || prob(x) >= 0.5) return -1;
    }
    return -1;
  };

  /** A speech noun after a possessive ("his promise to …", "Lind's call for …", "their claim
   *  that …"): the possessor is the source, the noun's clause the content. Null otherwise. */
  const nominalCue = (i: number, w: string, a: number, e: number): { cue: Range; source: Range; content: Range[] } | null => {
    const next = word(i + 1);
    const clause = next === "that" && NOMINAL_THAT.has(w) || next === "for" && NOMINAL_FOR.has(w) ||
      next === "to" && NOMINAL_TO.has(w) && U[i + 2]?.k === WORD && !isCap(i + 2) && !NOUN_DET.has(word(i + 2)) && !PRONOUN.has(word(i + 2)) && !PRO_DET.has(word(i + 2));
    if (!clause || i + 2 >= e) return null;
    let source: Range | null = null;
    if (POSSESSIVE.has(word(i - 1)) && !isCap(i - 1) || POSSESSIVE.has(word(i - 1)) && i - 1 === a) source = [i - 1, i - 1];
    else if (POSSESSIVE_END.test(word(i - 1)) || isP(i - 1, "'") || isP(i - 1, "’")) {
      const st = possessorStart(isP(i - 1, "'") || isP(i - 1, "’") ? i - 2 : i - 1, a);
      if (st >= 0) source = [st, i - 1];
    }
    // Only as an object ("renewed its calls for …", "despite her claim that …"): in subject
    // position the clause runs into the sentence's own verb ("His promise to … drew cheers").
    if (!source || source[0] <= a || U[source[0] - 1]!.k !== WORD) return null;
    const from = next === "for" ? i + 2 : i + 1;
    const content = range(from, clauseEnd(from + 1, e) - 1);
    return content.length ? { cue: next === "for" ? [i, i + 1] : [i, i], source, content } : null;
  };

  /** "…, Ruiz said on Monday, and it has …": after the cue's adjuncts, a new clause joined by
   *  "and"/"but" continues the content before the source (not "and added …", a cue of its own). */
  const andClause = (k: number): boolean =>
    (isW(k, "and") || isW(k, "but")) && isP(k - 1, ",") && U[k + 1]?.k === WORD && prob(k + 1) < 0.5 && !word(k + 1).endsWith("ing") &&
    (PRONOUN.has(word(k + 1)) || DET.has(word(k + 1)) || isCap(k + 1));

  /** First content unit after a cue: skips particles, addressees and adjuncts before the clause. */
  const contentStart = (i: number, e: number, head: string): number => {
    let k = i + 1;
    if (k < e && (word(k) === "out" || word(k) === "to" && head === "pointed")) k++;
    if (TELL.has(head)) {
      // "told reporters on Tuesday that …": the addressee is not content.
      let t = k;
      // (An infinitive ends the addressee: "urged voters to back the plan, saying …" keeps its
      // object as content, not the clause after the comma.)
      while (t < e && t - k < 8 && U[t]!.k === WORD && !isW(t, "that") && !(PRONOUN.has(word(t)) && t > k) && !(t > k && (isW(t, "and") || isW(t, "but") || isW(t, "to") || prob(t) >= 0.5))) t++;
      if (t < e && (isW(t, "that") || isP(t, ",") || isP(t, ":") || isQ(t) || PRONOUN.has(word(t)))) k = t;
      else if (k < e && (PRONOUN.has(word(k)) || word(k) === "him" || word(k) === "her" || word(k) === "them" || word(k) === "reporters" || word(k) === "me" || word(k) === "us")) k++;
    }
    // "said in a statement (on Tuesday) that …", "said Tuesday that …".
    let t = k;
    if (PREP.has(word(t)) || TIME.has(word(t)) || isCap(t) && TIME.has(word(t))) {
      // Titles of shows and outlets may be quoted ("on ABC's “This Week” that …").
      while (t < e && t - k < 14 && (U[t]!.k === WORD || isQ(t) || npPunct(t)) && !isW(t, "that")) t++;
      if (isW(t, "that") || isP(t, ",") || isP(t, ":")) k = t;
    }
    while (k < e && (isP(k, ",") || isP(k, ":") || isP(k, "—") || isP(k, "-"))) k++;
    return k;
  };

  for (let si = 0; si < S.length; si++) {
    const { a, b } = S[si]!;
    let e = b; // exclusive end without final punctuation
    while (e > a && (U[e - 1]!.k === PUNCT && (U[e - 1]!.w !== ")" || isP(a, "(")) || U[e - 1]!.k === PARA)) e--;
    if (e <= a) continue;
    const found: Cand[] = [];

    // Headline colon: "Lynch: No outside influence on …" (not the inverted "Said Lynch: …").
    if (e - a >= 3 && !isW(a, "said") && !isW(a, "says")) {
      let c = a;
      while (c < e && c - a < 5 && U[c]!.k === WORD && U[c]!.cap) c++;
      // …but not a list of names ("Delegates: Ana Ruiz, Tom Hale, …") or a handle ("Twitter: @x");
      // the list is counted last, only once a colon is there.
      if (c > a && isP(c, ":") && (c + 2 < e || c + 1 < e && isQ(c + 1)) && !PREP.has(word(a)) && !NOT_SOURCE.has(word(c - 1)) && !LABEL_NOT_SOURCE.has(word(a)) && U[c - 1]!.e - U[a]!.s > 1 && !isP(c + 1, "@") && !nameListAfter(c, e)) {
        // A speaker label runs to the end of its paragraph ("JOHN DOE: We never … . We …").
        let pe = e;
        if (a === 0 || U[a - 1]!.k === PARA) {
          let t = b;
          while (t < U.length && t - b < 400 && U[t]!.k !== PARA) t++;
          pe = t;
        }
        found.push({ cue: [c, c], source: [a, c - 1], content: range(c + 1, pe - 1), acc: false, head: ":", sent: si });
      }
    }
    // "…, Frank Newport and Jim Harter: “We found …”": a name before a colon that opens a quotation.
    if (!found.length) {
      for (let c = a + 1; c + 1 < b; c++) {
        if (!isP(c, ":") || !isQ(c + 1) || !(isCap(c - 1) || PRONOUN.has(word(c - 1)))) continue;
        const st = bareLeft(c - 1, a);
        if (st < 0 || c - st > 8) break;
        // "telling CNBC: “…”": the addressee of a cue already read, not a speaker
        if (TELL.has(word(st - 1)) || PREP.has(word(st - 1)) || isW(st - 1, "to") || isW(st - 1, "said") || isW(st - 1, "says")) break;
        found.push({ cue: [c, c], source: [st, c - 1], content: [[c + 1, c + 1]], acc: false, head: ":", sent: si });
        break;
      }
    }

    for (let i = a; i < e; i++) {
      const u = U[i]!;
      // Capitalised words are names ("United States"), except title-case headline verbs.
      if (u.k !== WORD || (u.cap && i > a && !(isCap(i - 1) && prob(i) >= 0.5) && !(u.w === "according" && isW(i + 1, "to")))) continue;
      const w = u.w;
      if (w === "according" && isW(i + 1, "to")) {
        // Opening its clause: at the sentence start, after "But", "But,", a colon or a bracket.
        const lead = (t: number): boolean => t === a || isP(t - 1, ":") || isP(t - 1, "(") || isP(t - 1, "—") && t - 1 === a;
        const initial = lead(i) || (i === a + 1 && (word(a) === "but" || word(a) === "and")) ||
          (isP(i - 1, ",") && i - 2 === a && CLAUSE_LINK.test(word(a)));
        const objPronoun = OBJECT_PRONOUN.test(word(i + 2)) && !isCap(i + 2) && (i + 3 >= e || U[i + 3]!.k !== WORD);
        let src: Range | null = objPronoun ? [i + 2, i + 2] : sourceRight(i + 2, e, !initial, true);
        // "according to" names its source whatever its shape ("according to the first count of
        // ballots held by the county clerk …", "according to him"): up to the next comma, dash or
        // sentence end.
        if (!src) {
          let t = i + 2;
          while (t < e && t - i < 32 && !isP(t, ",") && !isP(t, ";") && !isP(t, "(") && !isP(t, ")") && dashEndingAt(t) < 0 && !isP(t, "-") && !isQ(t)) t++;
          const end = trimEnd(i + 2, t - 1);
          if (end >= i + 2 && U[i + 2]!.k === WORD) src = [i + 2, end];
        }
        if (!src) continue;
        let content: Range[];
        const after = src[1] + 1;
        if (initial) {
          content = range(after, e - 1);
        } else {
          content = range(a, i - 1);
          if (isP(after, ",") && after + 1 < e) content.push(...range(after + 1, e - 1));
        }
        if (content.length) found.push({ cue: [i, i + 1], source: src, content, acc: true, head: w, sent: si });
        i++;
        continue;
      }
      // Evidence in a poll: "Cruz had 38 percent in a Fox poll" / "In the latest polls, he trails".
      if (w === "in" && i + 1 < e) {
        let t = i + 1;
        while (t < e && t - i <= 6 && U[t]!.k === WORD && !POLL.test(word(t))) t++;
        // "in the polls", "in most polls": standing in polls in general, not a poll that shows something
        const generic = S_END.test(word(t)) && t === i + 2 && (isW(i + 1, "the") || isW(i + 1, "most") || isW(i + 1, "several") || isW(i + 1, "many") || isW(i + 1, "all"));
        if (t < e && t - i <= 6 && POLL.test(word(t)) && (DET.has(word(i + 1)) || isCap(i + 1)) && !generic) {
          let end = t;
          while (isW(end + 1, "of") || isW(end + 1, "by") || isW(end + 1, "conducted") || isW(end + 1, "released")) {
            let x = end + 2;
            while (x < e && U[x]!.k === WORD && !PREP.has(word(x)) && x - end < 6) x++;
            end = x - 1;
          }
          const initial = i === a || isP(i - 1, ",") && i - 1 === a;
          const content = initial && isP(end + 1, ",") ? range(end + 2, e - 1) : !initial ? range(a, i - 1) : [];
          if (content.length) {
            found.push({ cue: [i, i], source: [i + 1, end], content, acc: true, head: w, sent: si });
            i = end;
            continue;
          }
        }
      }
      // Nominal cue after a possessive: "his promise to rebuild the pier", "her claim that …",
      // "the council's calls for a recount". The possessor is the source; the clause the noun
      // takes is the content ("for" belongs to the cue, as with the verb "call for").
      const nominal = nominalCue(i, w, a, e);
      if (nominal) {
        found.push({ ...nominal, acc: false, head: w, sent: si });
        i = nominal.cue[1];
        continue;
      }
      // Nominal cue: "Smith's claim that …" / "the claim by Smith that …".
      if (NOMINAL.has(w) && (isW(i + 1, "that") || isW(i + 1, "by"))) {
        let src: Range | null = null;
        let t = i + 1;
        if (isW(t, "by") || isW(t, "from")) {
          let x = t + 1;
          while (x < e && x - t < 10 && !isW(x, "that") && U[x]!.k !== QUOTE) x++;
          if (isW(x, "that") && x > t + 1) { src = [t + 1, x - 1]; t = x; }
        } else if (POSSESSIVE_END.test(word(i - 1)) || isP(i - 1, "'") || isP(i - 1, "’")) {
          const end = isP(i - 1, "'") || isP(i - 1, "’") ? i - 2 : i - 1;
          const st = bareLeftPossessive(end, a);
          if (st >= 0) src = [st, i - 1];
        }
        if (src && isW(t, "that") && t + 1 < e) {
          const content = range(t, clauseEnd(t + 1, e) - 1);
          if (content.length) found.push({ cue: [i, i], source: src, content, acc: false, head: w, sent: si });
          i = t;
          continue;
        }
        if (isW(i + 1, "that") && NOUN_DET.has(word(i - 1))) continue;
      }
      // "Said Rosa Lind, who grew up on the pier, “We were proud.”": the inverted cue opens the
      // sentence and the quotation after the source is the content.
      if (i === a && (w === "said" || w === "says") && isCap(i) && i + 1 < e) {
        const src = sourceRight(i + 1, e, true, true);
        const q = src ? src[1] + 2 : -1;
        if (src && (isP(src[1] + 1, ",") || isP(src[1] + 1, ":")) && isQ(q)) {
          found.push({ cue: [i, i], source: src, content: range(q, e - 1), acc: false, head: w, sent: si });
          i = e;
          continue;
        }
      }
      // "The loss led the mayor to declare …", "it prompted Lind to accuse …": a verb of saying
      // after a causative verb and its object has that object as its source.
      if (isW(i - 1, "to") && isSpeechBase(w) && !u.cap) {
        let c = i - 3;
        while (c >= a && c > i - 10 && U[c]!.k === WORD && !CAUSATIVE.has(U[c]!.w)) c--;
        const np = c >= a && CAUSATIVE.has(word(c)) ? bareLeft(i - 2, c + 1) : -1;
        if (np === c + 1) {
          const cueEnd = isW(i + 1, "for") && w === "call" ? i + 1 : i;
          const k = contentStart(cueEnd, e, w);
          const content = k < e ? range(k, clauseEnd(k, e) - 1) : [];
          if (content.length) {
            found.push({ cue: [i - 1, cueEnd], source: [np, i - 2], content, acc: false, head: w, sent: si });
            continue;
          }
        }
      }
      const p = prob(i);
      if (p < PRE_THRESHOLD) continue;
      if (w === "known" && isW(i + 1, "as")) continue; // "the chief known as Bob" names, it reports nothing
      // "made" reports speech only with a noun of speech ("made clear", "made the case", "made
      // similar comments"); "voters under 30 made up a fifth" and "made the request" report nothing.
      if ((w === "made" || w === "make" || w === "makes" || w === "making") && !madeSpeech(i)) continue;
      // "show up", "a talk show, writes …", "found himself in …": not cues
      if ((w === "show" || w === "shows") && (isW(i + 1, "up") || U[i + 1]?.k !== WORD || isW(i + 1, "and") || BE.has(word(i + 1)) || isCap(i) && !isCap(i + 1) && i > a)) continue;
      // "called off the deal", "called to mind", "a course called “Tides”": no report of speech
      if (w === "called" && (CALLED_PARTICLE.test(word(i + 1)) || isW(i + 1, "to") && (isW(i + 2, "mind") || isW(i + 2, "jury") || isW(i + 2, "testify")) || (isCap(i + 1) || isQ(i + 1)) && indefiniteBefore(i))) continue;
      if (w === "found" && (REFLEXIVE.has(word(i + 1)) || isW(i - 1, "help") || isW(i - 1, "helped") || isW(i - 1, "to"))) continue;
      // "Noting that A, Smith said …" / "Asked about A, he said …": the subject follows the comma.
      // "… told the radio on Monday when asked about the tolls." / "…, Lind said, asked whether …":
      // the participle later in the sentence reports a question put to the speaker too.
      const askedLater = i > a + 1 && (isW(i - 1, "when") || isP(i - 1, ",") && ASKED_NEXT.test(word(i + 1)));
      if (w === "asked" && (i === a || askedLater || isW(i - 1, "when") && (i === a + 1 || isP(i - 2, ",") || isW(i - 2, "but") || isW(i - 2, "and") || prob(i - 2) >= 0.5))) {
        // "Asked by Starnes whether …, Carson said …": the asker is the source; a bare "Asked
        // about X," has none (the answer is a statement of its own).
        let c = i + 1;
        // (the comma may sit inside a closing quotation: 'Asked if she is “ready,” most said yes')
        while (c < e && c - i < 40 && !isP(c, ",") && !(isQ(c) && U[c]!.last === ",")) c++;
        const qComma = isQ(c) && U[c]!.last === ",";
        let k = i + 1;
        let src: Range | null = null;
        if (isW(k, "by")) {
          let x = k + 1;
          while (x < c && x - k < 8 && U[x]!.k === WORD && !isW(x, "if") && !isW(x, "whether") && !isW(x, "about") && !isW(x, "what") && !isW(x, "why") && !isW(x, "how")) x++;
          if (x > k + 1) { src = [k + 1, x - 1]; k = x; }
        }
        const content = range(k, qComma ? c : c - 1);
        if (content.length && (isP(c, ",") || qComma || c >= e && i > a + 1)) found.push({ cue: [i, i], source: src, content, acc: false, head: w, sent: si });
        i = c;
        continue;
      }
      // ("Speaking at the pier, Okafor …" only sets the scene.)
      if (i === a && w.endsWith("ing") && w !== "speaking") {
        let c = i + 1;
        while (c < e && c - i < 40 && !isP(c, ",")) c++;
        const src = isP(c, ",") ? sourceRight(c + 1, e, false, true, true) : null;
        const content = range(i + 1, c - 1);
        if (src && content.length) {
          found.push({ cue: [i, i], source: src, content, acc: false, head: w, sent: si });
          i = c;
          continue;
        }
      }
      // Skip back over auxiliaries and adverbs between subject and verb.
      let j = i - 1;
      let cueStart = i;
      for (;;) {
        while (j >= a && U[j]!.k === WORD && (AUX.has(U[j]!.w) || isAdverb(j) || INTERPOSED.has(U[j]!.w) && !isCap(j))) { if (HAVE_FORM.test(U[j]!.w)) cueStart = j; j--; }
        // "Clinton on Tuesday said", "Clinton Tuesday said".
        if (j > a && TIME.has(word(j)) && !TIME.has(word(j - 1)) && prob(i) >= 0.5) { j--; if (isW(j, "on")) j--; continue; }
        // "Lind last week said": a time phrase of two words
        if (j - 1 > a && (isW(j - 1, "last") || isW(j - 1, "this")) && WEEK_UNIT.test(word(j)) && prob(i) >= 0.5) { j -= 2; continue; }
        break;
      }
      // "Harbour owners continue to warn that …", "he began to argue", "she went on to say": the
      // catenative verb joins the cue.
      const goesOn = isW(j, "to") && j === i - 1 && isW(j - 1, "on") && GO.has(word(j - 2));
      if (isW(j, "to") && j === i - 1 && CATENATIVE.has(word(j - 1)) || goesOn) {
        cueStart = goesOn ? j - 2 : j - 1;
        j -= goesOn ? 3 : 2;
        while (j >= a && U[j]!.k === WORD && (AUX.has(U[j]!.w) || isAdverb(j))) j--;
      }
      if (j >= a && (NOUN_DET.has(word(j)) || word(j) === "to")) continue; // "the report", "to say"
      if (w === "think" && word(i + 1).startsWith("tank")) continue;
      // A possessive is not a subject ("Trump's continued strength"); contractions are.
      if (j >= a && POSSESSIVE_END.test(word(j)) && !CONTRACTED.has(word(j).slice(0, -2))) continue;
      {
        const pu = j >= a ? U[j]! : null;
        const ctx = !pu || pu.k !== WORD ? CTX_PUNCT : PRONOUN.has(pu.w) || pu.w === "who" ? CTX_PRONOUN : pu.cap ? CTX_CAP : CTX_WORD;
        // A verb coordinated with a statement's cue ("apologized to A and pledged to B") has that
        // statement's subject: read it by the word's own rate, not as a verb after any word.
        const coord = (pu?.w === "and" || pu?.w === "but") && found.some((f) => f.source && !relSource(f) && f.cue[1] < j && (f.content[f.content.length - 1]?.[1] ?? -1) >= j - 2);
        // "made" has passed madeSpeech above: "made clear", "made the case" report words wherever
        // they stand.
        const madePhrase = w === "made" || w === "make" || w === "makes" || w === "making";
        if (!madePhrase && (coord ? cueProb(w) : cueProbIn(w, ctx)) < CUE_THRESHOLD) continue;
      }
      // "called for a ban", "calls on the council to act" (not "called on Tuesday").
      const callOn = w.startsWith("call") && isW(i + 1, "on") && !TIME.has(word(i + 2)) && calledOnTo(i + 2);
      const cueEnd = (word(i + 1) === "out" || word(i + 1) === "for" && (w.startsWith("call") || w.startsWith("ask")) || callOn) ? i + 1 : i;
      const ingClause = w.endsWith("ing") && (isP(j, ",") || isP(j, "—") || isQ(j) && U[j]!.last === "," && j > a);
      const prev = j >= a ? U[j]! : null;

      // Inverted order after content: "…, said Smith." / "“…,” says the ministry."
      let leftFirst = isP(j, ",") ? sourceLeft(j, a) : null;
      // "…, forcing it to cut bus routes, said Mara Olsen, a budget analyst.": a name right after the
      // cue that runs to the end of the sentence is the speaker, whatever noun the clause before
      // ended on; "told Reuters" and "said Tuesday" are an addressee and a time, not a speaker.
      if (leftFirst && j === i - 1 && !TELL.has(w) && isCap(i + 1) && !TIME.has(word(i + 1)) && !PRONOUN.has(word(i + 1)) && j - a >= 3) {
        let t = i + 1;
        while (t < e && (isCap(t) || npPunct(t) || NAME_GLUE.has(word(t)) && isCap(t + 1))) t++;
        const r = t < e && isP(t, ",") || t >= e ? sourceRight(i + 1, e, true) : null;
        if (r && trimEnd(r[1], e - 1) <= r[1]) leftFirst = null;
      }
      // A quotation that opens the sentence may close without a comma ("“… a false story” said Ana
      // Ruiz, a spokeswoman.").
      const quoteOpens = prev?.k === QUOTE && (QUOTE_CLOSER.test(prev.last) || j === a && prev.e - prev.s >= 20 && (isCap(i + 1) || DET.has(word(i + 1))));
      if (!ingClause && !leftFirst && (isP(j, ",") || quoteOpens) && !AUX.has(word(i - 1)) && prev !== null && !PREP.has(word(i + 1)) && !isW(i + 1, "by")) {
        const src = sourceRight(i + 1, e, true, prev.k === QUOTE || isQ(j - 1));
        if (src) {
          const content = range(a, j);
          const after = src[1] + 1;
          if (isP(after, ",") && after + 1 < e && (isQ(after + 1) || !NAMING.has(w) && resumesWithVerb(after + 1))) content.push(...range(after + 1, e - 1));
          if (content.length) {
            found.push({ cue: [cueStart, cueEnd], source: src, content, acc: false, head: w, sent: si });
            continue;
          }
        }
      }

      if (ingClause) {
        // "…, saying the plan would fail": the subject is the main clause's.
        const main = found.length ? found[found.length - 1]!.source : null;
        // A relative pronoun ("Clinton, who declared …, saying") is not the main subject.
        let src: Range | null = main && !(main[0] === main[1] && (isW(main[0], "who") || isW(main[0], "which"))) ? main : null;
        if (!src) src = subjectAt(a, j);
        const content = range(contentStart(cueEnd, e, w), clauseEnd(cueEnd + 1, e) - 1);
        if (content.length) found.push({ cue: [i, cueEnd], source: src, content, acc: false, head: w, sent: si });
        continue;
      }

      // Coordinated verbs share the subject: "Smith stressed A and said B".
      let src: Range | null = null;
      let embedded = false;
      if ((isW(j, "and") || isW(j, "but")) && found.length) {
        // The outermost statement whose content reaches the conjunction is the one coordinated.
        for (const prevC of found) {
          const pc = prevC.content[prevC.content.length - 1];
          // "Okafor said she was worried and wanted a vote …": a verb of wanting or thinking after a
          // reported clause with its own pronoun subject continues that clause.
          if (pc && pc[0] < j && pc[1] >= j - 2 && INNER_VERB.test(w) && PERSONAL.has(word(pc[0] + (isW(pc[0], "that") ? 1 : 0)))) { src = null; embedded = true; break; }
          if (prevC.source && pc && pc[0] < j && pc[1] >= j - 2) {
            const cut = trimEnd(pc[0], j - 1);
            if (cut >= pc[0]) pc[1] = cut;
            src = prevC.source;
            // A statement inside that content (a relative clause, a nested report) ends where the
            // coordinated verb begins ("… the workers who accused him, and pledged …", "says she
            // spoke to Hale and asked him …").
            for (const r of found) {
              const rc = r.content[r.content.length - 1];
              if (r === prevC || !rc || rc[0] >= j || rc[1] < j || r.cue[0] <= prevC.cue[1] || r.cue[0] >= j) continue;
              const rcut = trimEnd(rc[0], j - 1);
              if (rcut >= rc[0]) rc[1] = rcut;
            }
            break;
          }
          // "…, Ruiz said on Monday, and added …": the cue just before, past its adjuncts.
          if (prevC.source && prevC.cue[1] < j && j - prevC.cue[1] <= 6 && isP(j - 1, ",") && pc && pc[1] < prevC.cue[0]) {
            let ok = true;
            for (let t = prevC.cue[1] + 1; t < j - 1; t++) if (U[t]!.k !== WORD || prob(t) >= 0.5) ok = false;
            if (ok) { src = prevC.source; break; }
          }
        }
      }
      if (embedded) continue;
      if (!src) {
        src = j >= a ? sourceLeft(j, a) : null;
        // The relative clause inside that source ends before this verb ("The mayor, who called
        // the plan “a disaster,” said …").
        if (src) {
          for (const r of found) {
            const rc = r.content[r.content.length - 1];
            if (!relSource(r) || !rc || r.cue[0] < src[0] || r.cue[0] > j || rc[1] < j) continue;
            const cut = trimEnd(rc[0], isQ(j) ? j : j - 1);
            if (cut >= rc[0]) rc[1] = cut;
          }
        }
      }
      // "The court overruled and said …", "She paid it down, but said …": a verb coordinated
      // with a clause that reports nothing shares that clause's subject.
      if (!src && j > a && (isW(j, "and") || isW(j, "but"))) {
        const subj = subjectAt(a, j);
        // ("it" only before a core verb of saying: "It did not reveal the site and said …")
        if (subj && !(subj[0] === subj[1] && (isW(subj[0], "it") && !(TELL.has(w) || w === "said" || w === "says") || isW(subj[0], "there")))) src = subj;
      }
      if (!src) continue;
      // Passive cue ("Obama is expected to join …", "the plan was announced"): the subject is
      // not the source; the agent, when named, follows "by".
      if (passive(j + 1, i) && (w.endsWith("ed") || PARTICIPLE.has(w))) {
        let agent: Range | null = null;
        let k = i + 1;
        if (isW(k, "by")) {
          let x = k + 1;
          while (x < e && x - k < 8 && U[x]!.k === WORD && !PREP.has(word(x)) && !isW(x, "that") && !isW(x, "to")) x++;
          if (x > k + 1) { agent = [k + 1, x - 1]; k = x; }
        }
        const kk = contentStart(k - 1, e, w);
        const content = kk < e ? range(kk, clauseEnd(kk, e) - 1) : range(src[0], src[1]);
        if (content.length) found.push({ cue: [j + 1, cueEnd], source: agent, content, acc: false, head: w, sent: si });
        continue;
      }
      // "X seems/appears to …" is the writer's evidential judgement: no source, and the
      // subject belongs to the content.
      if (SEEM.has(w)) {
        const k = contentStart(cueEnd, e, w);
        const content: Range[] = [[src[0], src[1]], ...(k < e ? range(k, clauseEnd(k, e) - 1) : [])];
        found.push({ cue: [cueStart, cueEnd], source: null, content, acc: false, head: w, sent: si });
        continue;
      }
      // ("it seems", "it shows"; but "what it calls “…”" names the organisation's own words)
      if (p < 1 && src[0] === src[1] && word(src[0]) === "it" && !(isW(src[0] - 1, "what") && isQ(cueEnd + 1))) continue;
      const k = contentStart(cueEnd, e, w);
      const before = src[0] - 1;
      // "Walking in to chants of “Go!,” the mayor said her campaign …": a fronted
      // participle clause sets the scene; the content follows the cue.
      const frontClause = U[a]!.k === WORD && U[a]!.w.length > 4 && U[a]!.w.endsWith("ing") && before > a + 1 && (isP(before, ",") || isQ(before) && U[before]!.last === ",") && k < e && !adjunctOnly(k, e) && !isQ(k) && !isP(cueEnd + 1, ",");
      // (Not a quoted title inside a fronted phrase: 'In a talk on “Tides,” Okafor said the …'.)
      const titleInFront = isCap(a) && (PREP.has(word(a)) || TIME.has(word(a)) || isW(a, "to")) && !isQ(a) && k < e && !isQ(k) && !adjunctOnly(k, e) &&
        isQ(before) && U[before]!.e - U[before]!.s <= 40;
      // (Nor the quotation inside a fronted question: 'Asked if she is “ready,” most said yes'.)
      const askedFront = (isW(a, "asked") || isW(a, "when") && isW(a + 1, "asked")) && k < e && !isQ(k);
      const quoteBefore = !frontClause && !titleInFront && !askedFront && before >= a && (isQ(before) || isP(before, ",") && isQ(before - 1));
      // A fronted adverbial ("In a statement, X said …") is not content, except around a
      // parenthetical attribution ("In the past day, he said, jets struck …").
      const parenthetical = isP(cueEnd + 1, ",") && cueEnd + 2 < e && continues(cueEnd + 2);
      const commaBefore = !frontClause && before > a && (isP(before, ",") || isP(before, "—") || isP(before, "―")) && (parenthetical || !adverbial(a, before)) && datelineEnd(a, e) !== before;
      // After a quote or a comma-closed clause, what follows the cue is mostly an adjunct
      // ("…,” he said of the plan. / …, Smith told CNN on Tuesday.") rather than new content.
      // "“…,” Okafor told the harbour radio.", "“…,” she told “Morning Coast,” adding …": what
      // follows "told" is only the addressee (a show's title may be quoted), not new content.
      const toldWhom = TELL.has(w) && addresseeOnly(cueEnd + 1, e);
      // ("…, he said; his staff …": a semicolon after the cue closes the attribution.)
      let post = k >= e || quoteBefore && isQ(k) && isP(cueEnd + 1, ",") || quoteBefore && toldWhom || (quoteBefore || commaBefore) && isP(cueEnd + 1, ";");
      if (!post && (quoteBefore || commaBefore) && !isQ(k) && !isW(k, "that") && !isP(k - 1, ":")) {
        const w0 = word(k);
        let n = 0;
        for (let t = k; t < e && n < 9; t++) if (U[t]!.k === WORD) n++; else if (isQ(t)) n += 5;
        // "…, Garcia said Tuesday in Lisbon, noting …": a participle after the cue's adjuncts
        // opens a statement of its own, not this one's content.
        // An adjunct opens what follows ("on Tuesday", "this week"); "told reporters this was …"
        // is content.
        const adjunct = w0 === "this" || w0 === "last"
          ? TIME.has(word(k + 1)) || TIME_SPAN.test(word(k + 1))
          : PREP.has(w0) || TIME.has(w0);
        // A fronted prepositional phrase ("With the help of a video series, the actor asked …", "In
        // her speech, a talk on …, she tells …") sets the scene: what follows the cue is its object.
        const frontPrep = !quoteBefore && (PREP.has(word(a)) || isW(a, "with")) && !LEAD.has(word(a)) && !TIME.has(word(a)) && !parenthetical;
        post = quoteBefore || (w0 === "and" || w0 === "but") && isP(k - 1, ",") || adjunct || w0 === "of" || w0 === "as" || w0 === "when" || !frontPrep && (TELL.has(w) && n <= 6 && !finiteIn(k, e) || n <= 3 && !(PRONOUN.has(w0) && w0 !== "it" && prob(k + 1) < 0.5 && U[k + 1]?.k === WORD)) || w0.endsWith("ing") && !isCap(k) && isP(k - 1, ",");
      }
      // "“…,” Ruiz said in a film that showed the pier.": "that" + verb after the cue's adjunct
      // opens a relative clause, not new content; the quotation is the content.
      if (!post && quoteBefore && isW(k, "that") && k > cueEnd + 2 && U[k + 1]?.k === WORD && !isCap(k + 1) && (AUX.has(word(k + 1)) || word(k + 1).endsWith("ed") || TIME.has(word(k + 1)))) post = true;
      // "“…?” Bush said (on Twitter)." after a quote that closed the previous sentence.
      // ("vowed to fight the cuts" is content, not an adjunct.)
      const bare = k >= e || adjunctOnly(k, e) && !(isW(k, "to") && CATENATIVE.has(w)) || toldWhom;
      if (src[0] === a && bare && a > 0 && isQ(a - 1) && !claimedQuote.has(a - 1) && !isP(k - 1, ":")) {
        found.push({ cue: [cueStart, cueEnd], source: src, content: [[a - 1, a - 1]], acc: false, head: w, sent: si });
        continue;
      }
      // "…, as the host said in April": the content is the clause before "as".
      if (isW(src[0] - 1, "as") && bare && src[0] - 2 > a) {
        const content = range(a, src[0] - 2);
        if (content.length) { found.push({ cue: [cueStart, cueEnd], source: src, content, acc: false, head: w, sent: si }); continue; }
      }
      // "Smith said:" / "Smith said to a crowd of 500." followed by a quotation: the quotation is
      // the content.
      if (!(src[0] === a && k >= e && a > 0 && isQ(a - 1) && !claimedQuote.has(a - 1)) &&
        !quoteBefore && !commaBefore && (k >= e || adjunctOnly(k, e)) && si + 1 < S.length && isQ(S[si + 1]!.a) && !found.some(hasQuote)) {
        found.push({ cue: [cueStart, cueEnd], source: src, content: [], acc: false, head: w, sent: si, want: true });
        continue;
      }
      if (!post && !(isP(cueEnd + 1, ",") && commaBefore)) {
        const end = objectCue(w) && !isW(k, "that") && !isQ(k) ? objectEnd(k, e) : clauseEnd(k, e);
        found.push({ cue: [cueStart, cueEnd], source: src, content: range(k, dropTime(k, end - 1)), acc: false, head: w, sent: si });
        continue;
      }
      // "“…?” Bush said." after a quote that closed the previous sentence.
      if (src[0] === a && k >= e && a > 0 && isQ(a - 1) && !claimedQuote.has(a - 1)) {
        found.push({ cue: [cueStart, cueEnd], source: src, content: [[a - 1, a - 1]], acc: false, head: w, sent: si });
        continue;
      }
      // Content before the source: "…, Smith said." and the parenthetical "A, he said, B."
      if (quoteBefore || commaBefore) {
        // "In his speech, he declares, “…”": a fronted adverbial before a parenthetical cue
        // and a quotation after it sets the scene; the quotation alone is what was said.
        const sceneThenQuote = !quoteBefore && isP(cueEnd + 1, ",") && isQ(cueEnd + 2) && adverbial(a, before);
        const content = sceneThenQuote ? [] : range(a, before);
        if (isP(cueEnd + 1, ",") && cueEnd + 2 < e && continues(cueEnd + 2)) content.push(...range(cueEnd + 2, e - 1));
        else if (commaBefore && k > cueEnd + 1 && andClause(k)) content.push(...range(k, e - 1));
        if (content.length) found.push({ cue: [cueStart, cueEnd], source: src, content, acc: false, head: w, sent: si });
      }
    }

    // "She issued a statement Tuesday saying …": the act of issuing belongs to the cue, and the
    // source is its subject. (The issuing verb read as a cue of its own, "Ortiz issued [a
    // statement saying …]", gives way.)
    let issuing: Cand[] | null = null;
    for (const f of found) {
      if (!f.source || f.source[1] >= f.cue[0] || f.acc) continue;
      const t = issuedAt(f.source[0], f.source[1]);
      if (t <= f.source[0]) continue;
      const end = trimEnd(f.source[0], t - 1);
      if (end < f.source[0] || found.some((g) => g !== f && g.cue[0] > t && g.cue[0] < f.cue[0])) continue;
      f.cue = [t, f.cue[1]];
      f.source = [f.source[0], end];
      for (const g of found) if (g !== f && g.cue[0] === t) (issuing ??= []).push(g);
    }
    if (issuing) for (const g of issuing) found.splice(found.indexOf(g), 1);

    // "A said X, according to B": the according-to attribution is its own, covering the clause.
    for (const B of found) {
      if (!B.acc) continue;
      for (const A of found) {
        if (A === B || A.acc) continue;
        const last = A.content[A.content.length - 1];
        if (!last || B.cue[0] <= last[0] || B.cue[0] > last[1]) continue;
        const cut = trimEnd(last[0], B.cue[0] - 1);
        if (cut >= last[0]) last[1] = cut;
      }
    }

    // Coordinated attributions split the sentence: "A said X, and B warned Y" gives two
    // statements, not one nested in the other; "A said that B warned Y" stays nested.
    for (let x = 0; x + 1 < found.length; x++) {
      const A = found[x]!;
      const B = found[x + 1]!;
      const last = A.content[A.content.length - 1];
      if (!last || !B.source || B.source[0] <= last[0] || B.source[0] > last[1]) continue;
      let c = B.source[0] - 1;
      let conj = false;
      if (isW(c, "and") || isW(c, "but") || isW(c, "while") || isW(c, "whereas")) { c--; conj = true; }
      let nw = 0;
      for (let t = last[0]; t < c && nw < 3; t++) if (U[t]!.k === WORD) nw++;
      // Without a comma, "said his band and Burton wrote …" is one object, not two clauses.
      if (isP(c, ",") || isP(c, ";") || conj && nw >= 3) {
        if (!isP(c, ",") && !isP(c, ";")) c++;
        const cut = trimEnd(last[0], c - 1);
        if (cut >= last[0]) last[1] = cut;
      }
    }

    // Dash signature after a quote: "“…” ― Jane Doe".
    if (U[a]!.k === QUOTE && (isP(a + 1, "―") || isP(a + 1, "—") || isP(a + 1, "–")) && isCap(a + 2)) {
      let t = a + 2;
      while (t + 1 < b && t - a < 8 && (U[t + 1]!.k === WORD && U[t + 1]!.cap || isP(t + 1, "."))) t++;
      if (isP(t, ".")) t--;
      found.length = 0;
      found.push({ cue: [a + 1, a + 1], source: [a + 2, t], content: [[a, a]], acc: false, head: "―", sent: si });
    }

    // A gerund after a preposition ("a man convicted of threatening her") is no act of the noun
    // phrase before it: a candidate whose source runs up to that preposition is dropped.
    for (let x = found.length - 1; x >= 0; x--) {
      const f = found[x]!;
      const c0 = f.cue[0];
      if (f.source && f.source[1] === c0 - 1 && word(c0).endsWith("ing") && (PREP.has(word(c0 - 1)) || isW(c0 - 1, "of"))) found.splice(x, 1);
    }

    // A verb phrase is no source ("… may have started by merely passing on ferry bulletins"): a
    // lower-case participle followed by a preposition, an adverb or an object pronoun. The
    // statement stays, its source unknown.
    for (const f of found) {
      const sr = f.source;
      if (!sr || sr[1] <= sr[0] || isCap(sr[0])) continue;
      const w0 = word(sr[0]);
      const w1 = word(sr[0] + 1);
      if ((IRREGULAR.has(w0) || w0.length > 4 && VERB_END.test(w0)) && (PREP.has(w1) || w1 === "by" || w1 === "to" || w1.endsWith("ly") || OBJECT_PRONOUN_IT.test(w1))) f.source = null;
    }

    // A relative clause ends where the clause it sits in goes on: "women who had accused him of
    // misconduct “should be heard”": a quotation opening on a finite auxiliary right after the
    // relative clause's last word is the outer clause's predicate, not this content.
    for (const f of found) {
      if (!relSource(f)) continue;
      const last = f.content[f.content.length - 1];
      if (!last) continue;
      for (let t = last[0] + 1; t <= last[1]; t++) {
        if (!isQ(t) || U[t - 1]?.k !== WORD || isW(t - 1, "that") || prob(t - 1) >= 0.5) continue;
        if (QUOTE_PREDICATE.test(text.slice(U[t]!.s + 1, U[t]!.s + 12))) { last[1] = t - 1; break; }
      }
    }

    // A weaker cue whose content holds a stronger one yields to it ("In a message posted
    // Friday, Cruz said …": "posted" is not the attribution).
    for (let x = found.length - 1; x >= 0; x--) {
      const A = found[x]!;
      const pa = cueProb(A.head);
      if (pa >= 0.6 || NOMINAL.has(A.head) || A.head === ":") continue; // a speaker label never yields
      const last = A.content[A.content.length - 1];
      if (!last) continue;
      // (A relative clause in the content, "apologized to the workers who accused him …",
      // describes an object, and an agentless passive ("what has been portrayed as …") names no
      // one: neither is a reason to drop the outer cue.)
      // (Nor does a cue reported inside a stronger statement's content: "Ruiz said he first
      // discussed the delay after the paper reported …" keeps "discussed" as a nested statement.)
      const nested = found.some((C) => C !== A && C.cue[1] < A.cue[0] && cueProb(C.head) >= 0.6 && C.content.some(([p0, p1]) => p0 <= A.cue[0] && A.cue[1] <= p1));
      if (nested) continue;
      if (found.some((B) => B !== A && B.cue[0] > A.cue[1] && B.cue[0] <= last[1] && cueProb(B.head) > pa && !relSource(B) && B.source !== null)) found.splice(x, 1);
    }

    // Quote-only sentence after a quoted statement: the speaker goes on ("“A,” he said. “B.”").
    const pending = cands[cands.length - 1];
    // (Not when this sentence names its own speaker: '“…,” said a former auditor.')
    if (pending?.want && pending.sent === si - 1 && isQ(a) && !pending.content.length && !found.some((f) => f.source && f.content.some(([x]) => x === a))) {
      pending.content.push([a, a]);
      claimedQuote.add(a);
      if (trimEnd(a, b - 1) === a) { lastAbsorbed = si; continue; }
    }
    // A short quotation alone in its paragraph without closing punctuation is a subhead: it heads
    // what follows (see headingSources) rather than continuing the quotation before.
    const subhead = !found.length && headingQuote(U, text, a, b) >= 0 && !HEADING_MARK.test(U[headingQuote(U, text, a, b)]!.last);
    if (!found.length && !subhead && U[a]!.k === QUOTE && trimEnd(a, b - 1) === a) {
      // The speaker of a quotation in the sentence before goes on, even when a participle clause
      // or a relative clause read as a statement came after it ("“A?” said Ruiz, referring to
      // the pier. “B.”").
      let last = cands[cands.length - 1];
      for (let x = cands.length - 1; x >= 0 && cands[x]!.sent === last?.sent; x--) {
        if (hasQuote(cands[x]!) && cands[x]!.source) { last = cands[x]; break; }
      }
      if (last && (last.sent === si - 1 || lastAbsorbed === si - 1) &&
        (hasQuote(last) || last.cue[1] >= S[last.sent]!.b - 2) &&
        paraGap(U, S[si - 1]!.b, a) <= 2) {
        last.content.push([a, a]);
        lastAbsorbed = si;
        continue;
      }
    }
    for (const f of found) for (const [x, y] of f.content) if (x === y && isQ(x)) claimedQuote.add(x);
    if (!found.length) {
      const q = headingQuote(U, text, a, b);
      if (q >= 0) headings.push(q);
    }
    cands.push(...found);
  }

  return toStatements(text, U, cands, headingSources(U, cands, headings));
}

/** Words in a short heading quotation (a subhead that is only a quotation). */
const HEADING_WORDS = 14;

const SMALL_NUMBER = /^\d{1,2}$/;
/**
 * The quotation that makes up a whole paragraph (a subhead such as `3. “Not a back channel”`,
 * optionally numbered) and is short, or -1.
 */
function headingQuote(U: Unit[], text: string, a: number, b: number): number {
  const numbered = (t: number): boolean => U[t]?.k === WORD && SMALL_NUMBER.test(U[t]!.w) && U[t + 1]?.k === PUNCT && (U[t + 1]!.w === "." || U[t + 1]!.w === ")");
  // (the sentence splitter may have cut "3." off as a sentence of its own)
  if (a > 0 && U[a - 1]!.k !== PARA && !(a >= 2 && numbered(a - 2) && (a === 2 || U[a - 3]!.k === PARA))) return -1;
  if (b < U.length && U[b]!.k !== PARA) return -1;
  let x = a;
  if (numbered(x)) x += 2;
  const q = U[x];
  if (!q || q.k !== QUOTE || q.open) return -1;
  for (let t = x + 1; t < b; t++) if (U[t]!.k !== PUNCT) return -1;
  const words = text.slice(q.s, q.e).split(SPACES).filter(Boolean).length;
  return words <= HEADING_WORDS ? x : -1;
}

/**
 * A subhead quotation belongs to whoever speaks first in the section it heads: the named source
 * of the first statement in the next two paragraphs. Linear: headings and candidates are both
 * in text order.
 */
function headingSources(U: Unit[], cands: Cand[], headings: number[]): { q: number; src: Range }[] {
  const out: { q: number; src: Range }[] = [];
  let c = 0;
  for (const q of headings) {
    while (c < cands.length && cands[c]!.cue[0] < q) c++;
    const next = cands[c];
    if (!next?.source || next.acc || paraGap(U, q, next.cue[0]) > 2) continue;
    const [s0, s1] = next.source;
    const first = U[s0]!;
    if (!first.cap || first.k !== WORD || PRONOUN.has(first.w) || s0 < q || s1 - s0 > 8) continue;
    out.push({ q, src: next.source });
  }
  return out;
}


function paraGap(U: Unit[], from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to && n < 3; i++) if (U[i]!.k === PARA) n++;
  return n;
}

function span(text: string, U: Unit[], r: Range): Span {
  const s = U[r[0]]!.s;
  const e = U[r[1]]!.e;
  return { start: s, end: e, text: text.slice(s, e) };
}

const FIRST_COMMON = /^(the|a|an|this|that|these|those|his|her|their|its|our|some|many|most|several|new|one|two|three|other|senior|top|former|local|state|federal|u\.s\.)$/;

const ARTICLE_FIRST = /^(a|an|the|one)\b/;
const OTHER_PRONOUN = /^(they|it|which|that)$/;
const PERSON_PRONOUN = /^(he|she|i|we|you|who)$/;
const TWO_NAMES_END = /\p{Lu}\p{Ll}+ \p{Lu}\p{Ll}+$/u;
const UPPER_FIRST = /^\p{Lu}/u;
function sourceKind(src: string | null, acc: boolean, around = ""): SourceKind {
  if (!src) return "none";
  // Anonymity is often stated in a clause the source span leaves out ("…, who spoke on
  // condition of anonymity, said").
  if (ANON.test(src) || ANON.test(around)) return "anonymous";
  const lower = src.toLowerCase();
  if (PERSON_PRONOUN.test(lower)) return "named-person";
  if (OTHER_PRONOUN.test(lower)) return "unnamed";
  const words = src.split(SPACES);
  // A capital on the first word only marks the sentence start ("Officials said"), not a name.
  const cap = words.some((w, i) => UPPER_FIRST.test(w) && !(i === 0 && (FIRST_COMMON.test(w.toLowerCase()) || UNNAMED.test(w) || ROLE.test(w) || DOCUMENT.test(w))));
  const last = (words[words.length - 1] ?? "").toLowerCase();
  if (DOCUMENT.test(last) && !ROLE.test(lower)) return "document";
  if (!cap) {
    if (ROLE.test(lower) && ARTICLE_FIRST.test(lower) && !S_END.test(last)) return "official";
    return "unnamed";
  }
  if (OUTLET.test(lower) && (acc || !ROLE.test(lower))) return "outlet";
  if (ORG.test(last)) return "named-organization";
  if (ORG.test(lower) && !ROLE.test(lower) && !TWO_NAMES_END.test(src)) return "named-organization";
  return "named-person";
}

/** Text next to a source that may state its anonymity: between source and cue ("X, who spoke
 *  on condition of anonymity, said"), or after an inverted source, up to the end of the line. */
function around(text: string, source: Span, cue: Span): string {
  if (source.start < cue.start) return cue.start - source.start > 400 ? "" : text.slice(source.start, cue.start);
  let b = Math.min(text.length, source.end + 80);
  // (looked for within the 80 characters only: on text without line breaks an open search ran
  // to the end of the text for every statement, quadratic in the text)
  const nl = nextBreakWithin(text, source.end, b - 1);
  if (nl >= 0) b = nl;
  return text.slice(source.start, b);
}

function toStatements(text: string, U: Unit[], cands: Cand[], headings: { q: number; src: Range }[] = []): Statement[] {
  // The same cue found twice keeps its first reading.
  const seenCue = new Set<number>();
  const kept: { c: Cand; parts: Range[]; a: number; b: number }[] = [];
  for (const c of cands) {
    if (seenCue.has(c.cue[0])) continue;
    seenCue.add(c.cue[0]);
    const parts = c.content.filter(([x, y]) => y >= x);
    if (!parts.length) continue;
    kept.push({ c, parts, a: parts[0]![0], b: parts[parts.length - 1]![1] });
  }
  // A later cue in the description of X's speaker ("“…,” said Ana Ruiz, who spoke on condition
  // of anonymity", "“…,” said Ivo Berg, an analyst at a fund backing the port") whose content
  // reaches back over X describes the speaker, not a report that holds X.
  const within = (r: Range | null, t: number): boolean => !!r && r[0] <= t && t <= r[1];
  const describesSpeaker = (X: (typeof kept)[number], Y: (typeof kept)[number]): boolean => {
    if (!X.c.source || Y.c.cue[0] <= X.c.cue[1] || Y.a > X.c.cue[0]) return false;
    const ys = Y.c.source;
    return within(X.c.source, Y.c.cue[0]) || !!ys && (within(X.c.source, ys[0]) || ys[0] === ys[1] && U[ys[0]]?.k === WORD && (U[ys[0]]!.w === "who" || U[ys[0]]!.w === "which"));
  };
  // A cue inside another statement's content makes a nested statement. When two statements hold
  // each other's cue ("…, a state she hoped to carry, …, said Gerstein"), the wider one is outer.
  // Only neighbours are compared, which keeps this linear.
  const parentOf = new Array<number>(kept.length).fill(-1);
  for (let x = 0; x < kept.length; x++) {
    const X = kept[x]!;
    let best = -1;
    for (let y = Math.max(0, x - 8); y < Math.min(kept.length, x + 9); y++) {
      if (y === x) continue;
      const Y = kept[y]!;
      if (!Y.parts.some(([pa, pb]) => X.c.cue[0] >= pa && X.c.cue[1] <= pb)) continue;
      if (describesSpeaker(X, Y)) continue;
      const lx = X.b - X.a;
      const ly = Y.b - Y.a;
      if (ly < lx || (ly === lx && y > x)) continue; // the parent is strictly wider (ties: earlier)
      if (best < 0 || ly < kept[best]!.b - kept[best]!.a) best = y;
    }
    parentOf[x] = best;
  }
  const out: Statement[] = [];
  for (let x = 0; x < kept.length; x++) {
    const { c, parts } = kept[x]!;
    const first = parts[0]!;
    const lastPart = parts[parts.length - 1]!;
    const contentSpans = parts.map((p) => span(text, U, p));
    const content: Span = {
      start: U[first[0]]!.s,
      end: U[lastPart[1]]!.e,
      text: text.slice(U[first[0]]!.s, U[lastPart[1]]!.e),
    };
    let quoted = 0;
    let words = 0;
    for (const [x0, y0] of parts) for (let t = x0; t <= y0; t++) { const k = U[t]!.k; if (k === QUOTE) quoted++; else if (k === WORD) words++; }
    const mode: Mode = c.acc ? "according-to" : quoted && !words ? "direct" : quoted ? "mixed" : "indirect";
    const cue = span(text, U, c.cue);
    // (a possessor before a noun of saying keeps its "'s": "the mayor's call for …")
    const nominal = NOMINAL.has(c.head) || NOMINAL_THAT.has(c.head) || NOMINAL_TO.has(c.head) || NOMINAL_FOR.has(c.head);
    const source = c.source ? (nominal ? span(text, U, c.source) : withoutContraction(text, span(text, U, c.source), cue)) : null;
    const st: Statement = {
      source,
      cue,
      content,
      mode,
      stance: stanceOf(c.head),
      sourceKind: sourceKind(source?.text ?? null, c.acc, source ? around(text, source, cue) : ""),
      speaker: source?.text ?? null,
      party: null,
      labels: [],
      counter: [],
    };
    if (contentSpans.length > 1) st.contentParts = contentSpans;
    if (parentOf[x]! >= 0) st.parent = parentOf[x];
    out.push(st);
  }
  return headings.length ? withHeadings(text, U, out, headings) : out;
}

const AUX_ADVERBS = /^(?:\s+(?:been|also|long|already|often|never|repeatedly|always|since|just|previously))*\s*$/;
const CONTRACTION_END = /['’](?:s|ve|d|ll|re)$/i;
const SPACE_CHAR = /\s/;
/** A source right before its cue loses a contracted auxiliary ("He's said", "who’ve argued",
 *  "I'd told"): the speaker is the pronoun or name; a source never runs into its cue either. */
function withoutContraction(text: string, source: Span, cue: Span): Span {
  let end = Math.min(source.end, source.start < cue.start ? cue.start : source.end);
  if (end <= cue.start && AUX_ADVERBS.test(text.slice(end, cue.start))) {
    const m = CONTRACTION_END.exec(text.slice(source.start, end));
    if (m && m.index > 0) end = source.start + m.index;
  }
  while (end > source.start && SPACE_CHAR.test(text[end - 1]!)) end--;
  return end === source.end || end <= source.start ? source : { start: source.start, end, text: text.slice(source.start, end) };
}

/** The statements with the cue-less subhead quotations merged in, in text order (parents renumbered). */
function withHeadings(text: string, U: Unit[], out: Statement[], headings: { q: number; src: Range }[]): Statement[] {
  const merged: Statement[] = [];
  const newIndex: number[] = [];
  let h = 0;
  const flush = (upTo: number): void => {
    for (; h < headings.length && U[headings[h]!.q]!.s < upTo; h++) {
      const { q, src } = headings[h]!;
      const source = span(text, U, src);
      merged.push({
        source,
        cue: null,
        content: span(text, U, [q, q]),
        mode: "direct",
        stance: "neutral",
        sourceKind: sourceKind(source.text, false),
        speaker: source.text,
        party: null,
        labels: [],
        counter: [],
      });
    }
  };
  out.forEach((st, i) => {
    flush(st.content.start);
    newIndex[i] = merged.length;
    merged.push(st);
  });
  flush(Infinity);
  for (const st of merged) if (st.parent !== undefined) st.parent = newIndex[st.parent];
  return merged;
}
