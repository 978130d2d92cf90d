// Statement extraction: finds attribution cues, their sources (maximal noun phrases) and content
// spans (quotes, paraphrase, split and continued quotes), with mode, stance and a first source kind.
// Pure and linear in text length; never throws (returns [] on any internal failure).
import type { Statement } from "./types";
import { PARA, PUNCT, QUOTE, WORD, sentences, tokenize } from "./tokens";
import { isSpeechBase } from "./cueclass";
import {
  AUX, CAUSATIVE, INTERPOSED, DET, GO, NAMING, NOMINAL, PREP, PRONOUN, REFLEXIVE, TELL, TIME, cueProb, cueProbIn, objectCue, CTX_CAP, CTX_PRONOUN, CTX_PUNCT, CTX_WORD,
} from "./lexicon";
import {
  hasQuote, passive, isAdverb, dashEndingAt, relSource, trimEnd, range, paraGap, Units, PERSONAL, NOUN_DET, LEAD, BE, IRREGULAR, NAME_GLUE, type Range, type Cand, POSSESSIVE_END, S_END,
} from "./extract/units";
import {
  dropTime, objectEnd, finiteIn, resumesWithVerb, continues, adjunctOnly, addresseeOnly, adverbial, clauseEnd, andClause, contentStart,
} from "./extract/reported";
import { bareLeft, sourceLeft, datelineEnd, bareLeftPossessive, sourceRight, subjectAt } from "./extract/source";
import { calledOnTo, issuedAt, nameListAfter, indefiniteBefore, madeSpeech, nominalCue } from "./extract/cues";
import { headingQuote, headingSources, toStatements } from "./extract/statements";

/** Verbs of wanting, thinking and planning, which go on a reported clause's own subject. */
const INNER_VERB = /^(?:want|wants|wanted|hope|hopes|hoped|believe|believes|believed|think|thinks|thought|plan|plans|planned|intend|intends|intended|need|needs|needed|expect|expects|expected|feel|feels|felt|know|knows|knew|fear|fears|feared|wish|wishes|wished|prefer|prefers|preferred|consider|considers|considered|worry|worries|worried|doubt|doubts|doubted)$/;
const POLL = /^(poll|polls|survey|surveys)$/;
const SEEM = new Set(["seem", "seems", "seemed", "appear", "appears", "appeared"]);
const PARTICIPLE = new Set(["known", "seen", "told", "said", "thought", "shown", "given", "taken", "written", "held", "found", "made", "quoted", "asked"]);
const CONTRACTED = new Set(["he", "she", "it", "that", "there", "who", "what", "here", "where", "let"]);
/** Verbs that take "to" + a cue verb and become part of the cue ("continue to warn"). */
const CATENATIVE = new Set(["continue", "continues", "continued", "begin", "begins", "began", "start", "starts", "started", "went", "go", "goes", "decided", "decide", "decides", "tried", "try", "tries", "refused", "refuse", "refuses", "declined", "declines", "appeared", "seemed", "seems", "appears", "used", "plans", "planned", "intends", "intended", "wanted", "wants", "hoped", "hopes", "promised", "vowed", "threatened", "threatens", "moved", "rushed", "sought", "seeks"]);
/** Labels that open a line before a colon and are no speaker ("Twitter: @x", "Remember: …"). */
const LABEL_NOT_SOURCE = new Set(["remember", "revealed", "twitter", "facebook", "instagram", "email", "e-mail", "contact", "follow", "subscribe"]);
/** Capitalised words before a colon that label a section, not a speaker. */
const NOT_SOURCE = new Set([...LABEL_NOT_SOURCE, "q", "a", "breaking", "update", "updated", "watch", "wow", "exclusive", "video", "note", "photos", "related", "latest", "read", "listen", "editor's", "more", "see", "also", "source", "sources", "credit", "photo", "image", "live", "analysis", "opinion", "correction", "corrections", "clarification", "clarifications", "disclosure", "disclaimer", "warning", "bottom", "fact", "question", "answer", "q&a", "transcript", "full", "poll", "polls"]);
/** Learned cue probability above which a word in the right frame is taken as a cue. */
export const CUE_THRESHOLD = 0.2;
/** Word-level pre-filter before the context is looked at. */
const PRE_THRESHOLD = 0.05;
/** A quotation that opens on a finite auxiliary ("“should be heard”", "“is a disgrace”"). */
const QUOTE_PREDICATE = /^(?:should|would|will|could|must|can|may|might|shall|is|are|was|were|has|have|had)\b/i;
// Patterns tested on words, made once: a regex literal is a new object each time it is evaluated.
const ASKED_NEXT = /^(?:about|if|whether|what|why|how|who|which|to|by)$/;
const CALLED_PARTICLE = /^(off|up|back|in|away)$/;
const CLAUSE_LINK = /^(but|and|yet|still|so|however|now|meanwhile)$/;
const HAVE_FORM = /^(has|have|had)$/;
const HEADING_MARK = /[.!?,;:…]/;
const OBJECT_PRONOUN = /^(him|her|them|us|me)$/;
const OBJECT_PRONOUN_IT = /^(him|her|them|it|us|me)$/;
const QUOTE_CLOSER = /[,.?!]/;
const TIME_SPAN = /^(?:month|year|spring|summer|fall|autumn|winter|season|term|session)s?$/;
const VERB_END = /(?:ing|ed|un|en)$/;
const WEEK_UNIT = /^(?:week|month|year|weekend)$/;

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

function run(text: string): Statement[] {
  const d = new Units(tokenize(text), text);
  const U = d.U;
  const S = sentences(U);
  const cands: Cand[] = [];
  let lastAbsorbed = -1;
  const claimedQuote = new Set<number>();
  const headings: number[] = [];

  for (let si = 0; si < S.length; si++) {
    const { a, b } = S[si]!;
    let e = b; // exclusive end without final punctuation
    while (e > a && (U[e - 1]!.k === PUNCT && (U[e - 1]!.w !== ")" || d.isP(a, "(")) || U[e - 1]!.k === PARA)) e--;
    if (e <= a) continue;
    const found: Cand[] = [];

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
        if (!d.isP(c, ":") || !d.isQ(c + 1) || !(d.isCap(c - 1) || PRONOUN.has(d.word(c - 1)))) continue;
        const st = bareLeft(d, c - 1, a);
        if (st < 0 || c - st > 8) break;
        // "telling CNBC: “…”": the addressee of a cue already read, not a speaker
        if (TELL.has(d.word(st - 1)) || PREP.has(d.word(st - 1)) || d.isW(st - 1, "to") || d.isW(st - 1, "said") || d.isW(st - 1, "says")) break;
        found.push({ cue: [c, c], source: [st, c - 1], content: [[c + 1, c + 1]], acc: false, head: ":", sent: si });
        break;
      }
    }

    for (let i = a; i < e; i++) {
      const u = U[i]!;
      // Capitalised words are names ("United States"), except title-case headline verbs.
      if (u.k !== WORD || (u.cap && i > a && !(d.isCap(i - 1) && d.prob(i) >= 0.5) && !(u.w === "according" && d.isW(i + 1, "to")))) continue;
      const w = u.w;
      if (w === "according" && d.isW(i + 1, "to")) {
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
        if (!src) continue;
        let content: Range[];
        const after = src[1] + 1;
        if (initial) {
          content = range(d, after, e - 1);
        } else {
          content = range(d, a, i - 1);
          if (d.isP(after, ",") && after + 1 < e) content.push(...range(d, after + 1, e - 1));
        }
        if (content.length) found.push({ cue: [i, i + 1], source: src, content, acc: true, head: w, sent: si });
        i++;
        continue;
      }
      // Evidence in a poll: "Cruz had 38 percent in a Fox poll" / "In the latest polls, he trails".
      if (w === "in" && i + 1 < e) {
        let t = i + 1;
        while (t < e && t - i <= 6 && U[t]!.k === WORD && !POLL.test(d.word(t))) t++;
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
            i = end;
            continue;
          }
        }
      }
      // Nominal cue after a possessive: "his promise to rebuild the pier", "her claim that …",
      // "the council's calls for a recount". The possessor is the source; the clause the noun
      // takes is the content ("for" belongs to the cue, as with the verb "call for").
      const nominal = nominalCue(d, i, w, a, e);
      if (nominal) {
        found.push({ ...nominal, acc: false, head: w, sent: si });
        i = nominal.cue[1];
        continue;
      }
      // Nominal cue: "Smith's claim that …" / "the claim by Smith that …".
      if (NOMINAL.has(w) && (d.isW(i + 1, "that") || d.isW(i + 1, "by"))) {
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
          i = t;
          continue;
        }
        if (d.isW(i + 1, "that") && NOUN_DET.has(d.word(i - 1))) continue;
      }
      // "Said Rosa Lind, who grew up on the pier, “We were proud.”": the inverted cue opens the
      // sentence and the quotation after the source is the content.
      if (i === a && (w === "said" || w === "says") && d.isCap(i) && i + 1 < e) {
        const src = sourceRight(d, i + 1, e, true, true);
        const q = src ? src[1] + 2 : -1;
        if (src && (d.isP(src[1] + 1, ",") || d.isP(src[1] + 1, ":")) && d.isQ(q)) {
          found.push({ cue: [i, i], source: src, content: range(d, q, e - 1), acc: false, head: w, sent: si });
          i = e;
          continue;
        }
      }
      // "The loss led the mayor to declare …", "it prompted Lind to accuse …": a verb of saying
      // after a causative verb and its object has that object as its source.
      if (d.isW(i - 1, "to") && isSpeechBase(w) && !u.cap) {
        let c = i - 3;
        while (c >= a && c > i - 10 && U[c]!.k === WORD && !CAUSATIVE.has(U[c]!.w)) c--;
        const np = c >= a && CAUSATIVE.has(d.word(c)) ? bareLeft(d, i - 2, c + 1) : -1;
        if (np === c + 1) {
          const cueEnd = d.isW(i + 1, "for") && w === "call" ? i + 1 : i;
          const k = contentStart(d, cueEnd, e, w);
          const content = k < e ? range(d, k, clauseEnd(d, k, e) - 1) : [];
          if (content.length) {
            found.push({ cue: [i - 1, cueEnd], source: [np, i - 2], content, acc: false, head: w, sent: si });
            continue;
          }
        }
      }
      const p = d.prob(i);
      if (p < PRE_THRESHOLD) continue;
      if (w === "known" && d.isW(i + 1, "as")) continue; // "the chief known as Bob" names, it reports nothing
      // "made" reports speech only with a noun of speech ("made clear", "made the case", "made
      // similar comments"); "voters under 30 made up a fifth" and "made the request" report nothing.
      if ((w === "made" || w === "make" || w === "makes" || w === "making") && !madeSpeech(d, i)) continue;
      // "show up", "a talk show, writes …", "found himself in …": not cues
      if ((w === "show" || w === "shows") && (d.isW(i + 1, "up") || U[i + 1]?.k !== WORD || d.isW(i + 1, "and") || BE.has(d.word(i + 1)) || d.isCap(i) && !d.isCap(i + 1) && i > a)) continue;
      // "called off the deal", "called to mind", "a course called “Tides”": no report of speech
      if (w === "called" && (CALLED_PARTICLE.test(d.word(i + 1)) || d.isW(i + 1, "to") && (d.isW(i + 2, "mind") || d.isW(i + 2, "jury") || d.isW(i + 2, "testify")) || (d.isCap(i + 1) || d.isQ(i + 1)) && indefiniteBefore(d, i))) continue;
      if (w === "found" && (REFLEXIVE.has(d.word(i + 1)) || d.isW(i - 1, "help") || d.isW(i - 1, "helped") || d.isW(i - 1, "to"))) continue;
      // "Noting that A, Smith said …" / "Asked about A, he said …": the subject follows the comma.
      // "… told the radio on Monday when asked about the tolls." / "…, Lind said, asked whether …":
      // the participle later in the sentence reports a question put to the speaker too.
      const askedLater = i > a + 1 && (d.isW(i - 1, "when") || d.isP(i - 1, ",") && ASKED_NEXT.test(d.word(i + 1)));
      if (w === "asked" && (i === a || askedLater || d.isW(i - 1, "when") && (i === a + 1 || d.isP(i - 2, ",") || d.isW(i - 2, "but") || d.isW(i - 2, "and") || d.prob(i - 2) >= 0.5))) {
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
        i = c;
        continue;
      }
      // ("Speaking at the pier, Okafor …" only sets the scene.)
      if (i === a && w.endsWith("ing") && w !== "speaking") {
        let c = i + 1;
        while (c < e && c - i < 40 && !d.isP(c, ",")) c++;
        const src = d.isP(c, ",") ? sourceRight(d, c + 1, e, false, true, true) : null;
        const content = range(d, i + 1, c - 1);
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
        while (j >= a && U[j]!.k === WORD && (AUX.has(U[j]!.w) || isAdverb(d, j) || INTERPOSED.has(U[j]!.w) && !d.isCap(j))) { if (HAVE_FORM.test(U[j]!.w)) cueStart = j; j--; }
        // "Clinton on Tuesday said", "Clinton Tuesday said".
        if (j > a && TIME.has(d.word(j)) && !TIME.has(d.word(j - 1)) && d.prob(i) >= 0.5) { j--; if (d.isW(j, "on")) j--; continue; }
        // "Lind last week said": a time phrase of two words
        if (j - 1 > a && (d.isW(j - 1, "last") || d.isW(j - 1, "this")) && WEEK_UNIT.test(d.word(j)) && d.prob(i) >= 0.5) { j -= 2; continue; }
        break;
      }
      // "Harbour owners continue to warn that …", "he began to argue", "she went on to say": the
      // catenative verb joins the cue.
      const goesOn = d.isW(j, "to") && j === i - 1 && d.isW(j - 1, "on") && GO.has(d.word(j - 2));
      if (d.isW(j, "to") && j === i - 1 && CATENATIVE.has(d.word(j - 1)) || goesOn) {
        cueStart = goesOn ? j - 2 : j - 1;
        j -= goesOn ? 3 : 2;
        while (j >= a && U[j]!.k === WORD && (AUX.has(U[j]!.w) || isAdverb(d, j))) j--;
      }
      if (j >= a && (NOUN_DET.has(d.word(j)) || d.word(j) === "to")) continue; // "the report", "to say"
      if (w === "think" && d.word(i + 1).startsWith("tank")) continue;
      // A possessive is not a subject ("Trump's continued strength"); contractions are.
      if (j >= a && POSSESSIVE_END.test(d.word(j)) && !CONTRACTED.has(d.word(j).slice(0, -2))) continue;
      {
        const pu = j >= a ? U[j]! : null;
        const ctx = !pu || pu.k !== WORD ? CTX_PUNCT : PRONOUN.has(pu.w) || pu.w === "who" ? CTX_PRONOUN : pu.cap ? CTX_CAP : CTX_WORD;
        // A verb coordinated with a statement's cue ("apologized to A and pledged to B") has that
        // statement's subject: read it by the word's own rate, not as a verb after any word.
        const coord = (pu?.w === "and" || pu?.w === "but") && found.some((f) => f.source && !relSource(d, f) && f.cue[1] < j && (f.content[f.content.length - 1]?.[1] ?? -1) >= j - 2);
        // "made" has passed madeSpeech above: "made clear", "made the case" report words wherever
        // they stand.
        const madePhrase = w === "made" || w === "make" || w === "makes" || w === "making";
        if (!madePhrase && (coord ? cueProb(w) : cueProbIn(w, ctx)) < CUE_THRESHOLD) continue;
      }
      // "called for a ban", "calls on the council to act" (not "called on Tuesday").
      const callOn = w.startsWith("call") && d.isW(i + 1, "on") && !TIME.has(d.word(i + 2)) && calledOnTo(d, i + 2);
      const cueEnd = (d.word(i + 1) === "out" || d.word(i + 1) === "for" && (w.startsWith("call") || w.startsWith("ask")) || callOn) ? i + 1 : i;
      const ingClause = w.endsWith("ing") && (d.isP(j, ",") || d.isP(j, "—") || d.isQ(j) && U[j]!.last === "," && j > a);
      const prev = j >= a ? U[j]! : null;

      // Inverted order after content: "…, said Smith." / "“…,” says the ministry."
      let leftFirst = d.isP(j, ",") ? sourceLeft(d, j, a) : null;
      // "…, forcing it to cut bus routes, said Mara Olsen, a budget analyst.": a name right after the
      // cue that runs to the end of the sentence is the speaker, whatever noun the clause before
      // ended on; "told Reuters" and "said Tuesday" are an addressee and a time, not a speaker.
      if (leftFirst && j === i - 1 && !TELL.has(w) && d.isCap(i + 1) && !TIME.has(d.word(i + 1)) && !PRONOUN.has(d.word(i + 1)) && j - a >= 3) {
        let t = i + 1;
        while (t < e && (d.isCap(t) || d.npPunct(t) || NAME_GLUE.has(d.word(t)) && d.isCap(t + 1))) t++;
        const r = t < e && d.isP(t, ",") || t >= e ? sourceRight(d, i + 1, e, true) : null;
        if (r && trimEnd(d, r[1], e - 1) <= r[1]) leftFirst = null;
      }
      // A quotation that opens the sentence may close without a comma ("“… a false story” said Ana
      // Ruiz, a spokeswoman.").
      const quoteOpens = prev?.k === QUOTE && (QUOTE_CLOSER.test(prev.last) || j === a && prev.e - prev.s >= 20 && (d.isCap(i + 1) || DET.has(d.word(i + 1))));
      if (!ingClause && !leftFirst && (d.isP(j, ",") || quoteOpens) && !AUX.has(d.word(i - 1)) && prev !== null && !PREP.has(d.word(i + 1)) && !d.isW(i + 1, "by")) {
        const src = sourceRight(d, i + 1, e, true, prev.k === QUOTE || d.isQ(j - 1));
        if (src) {
          const content = range(d, a, j);
          const after = src[1] + 1;
          if (d.isP(after, ",") && after + 1 < e && (d.isQ(after + 1) || !NAMING.has(w) && resumesWithVerb(d, after + 1))) content.push(...range(d, after + 1, e - 1));
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
        let src: Range | null = main && !(main[0] === main[1] && (d.isW(main[0], "who") || d.isW(main[0], "which"))) ? main : null;
        if (!src) src = subjectAt(d, a, j);
        const content = range(d, contentStart(d, cueEnd, e, w), clauseEnd(d, cueEnd + 1, e) - 1);
        if (content.length) found.push({ cue: [i, cueEnd], source: src, content, acc: false, head: w, sent: si });
        continue;
      }

      // Coordinated verbs share the subject: "Smith stressed A and said B".
      let src: Range | null = null;
      let embedded = false;
      if ((d.isW(j, "and") || d.isW(j, "but")) && found.length) {
        // The outermost statement whose content reaches the conjunction is the one coordinated.
        for (const prevC of found) {
          const pc = prevC.content[prevC.content.length - 1];
          // "Okafor said she was worried and wanted a vote …": a verb of wanting or thinking after a
          // reported clause with its own pronoun subject continues that clause.
          if (pc && pc[0] < j && pc[1] >= j - 2 && INNER_VERB.test(w) && PERSONAL.has(d.word(pc[0] + (d.isW(pc[0], "that") ? 1 : 0)))) { src = null; embedded = true; break; }
          if (prevC.source && pc && pc[0] < j && pc[1] >= j - 2) {
            const cut = trimEnd(d, pc[0], j - 1);
            if (cut >= pc[0]) pc[1] = cut;
            src = prevC.source;
            // A statement inside that content (a relative clause, a nested report) ends where the
            // coordinated verb begins ("… the workers who accused him, and pledged …", "says she
            // spoke to Hale and asked him …").
            for (const r of found) {
              const rc = r.content[r.content.length - 1];
              if (r === prevC || !rc || rc[0] >= j || rc[1] < j || r.cue[0] <= prevC.cue[1] || r.cue[0] >= j) continue;
              const rcut = trimEnd(d, rc[0], j - 1);
              if (rcut >= rc[0]) rc[1] = rcut;
            }
            break;
          }
          // "…, Ruiz said on Monday, and added …": the cue just before, past its adjuncts.
          if (prevC.source && prevC.cue[1] < j && j - prevC.cue[1] <= 6 && d.isP(j - 1, ",") && pc && pc[1] < prevC.cue[0]) {
            let ok = true;
            for (let t = prevC.cue[1] + 1; t < j - 1; t++) if (U[t]!.k !== WORD || d.prob(t) >= 0.5) ok = false;
            if (ok) { src = prevC.source; break; }
          }
        }
      }
      if (embedded) continue;
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
      if (!src) continue;
      // Passive cue ("Obama is expected to join …", "the plan was announced"): the subject is
      // not the source; the agent, when named, follows "by".
      if (passive(d, j + 1, i) && (w.endsWith("ed") || PARTICIPLE.has(w))) {
        let agent: Range | null = null;
        let k = i + 1;
        if (d.isW(k, "by")) {
          let x = k + 1;
          while (x < e && x - k < 8 && U[x]!.k === WORD && !PREP.has(d.word(x)) && !d.isW(x, "that") && !d.isW(x, "to")) x++;
          if (x > k + 1) { agent = [k + 1, x - 1]; k = x; }
        }
        const kk = contentStart(d, k - 1, e, w);
        const content = kk < e ? range(d, kk, clauseEnd(d, kk, e) - 1) : range(d, src[0], src[1]);
        if (content.length) found.push({ cue: [j + 1, cueEnd], source: agent, content, acc: false, head: w, sent: si });
        continue;
      }
      // "X seems/appears to …" is the writer's evidential judgement: no source, and the
      // subject belongs to the content.
      if (SEEM.has(w)) {
        const k = contentStart(d, cueEnd, e, w);
        const content: Range[] = [[src[0], src[1]], ...(k < e ? range(d, k, clauseEnd(d, k, e) - 1) : [])];
        found.push({ cue: [cueStart, cueEnd], source: null, content, acc: false, head: w, sent: si });
        continue;
      }
      // ("it seems", "it shows"; but "what it calls “…”" names the organisation's own words)
      if (p < 1 && src[0] === src[1] && d.word(src[0]) === "it" && !(d.isW(src[0] - 1, "what") && d.isQ(cueEnd + 1))) continue;
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
      const quoteBefore = !frontClause && !titleInFront && !askedFront && before >= a && (d.isQ(before) || d.isP(before, ",") && d.isQ(before - 1));
      // A fronted adverbial ("In a statement, X said …") is not content, except around a
      // parenthetical attribution ("In the past day, he said, jets struck …").
      const parenthetical = d.isP(cueEnd + 1, ",") && cueEnd + 2 < e && continues(d, cueEnd + 2);
      const commaBefore = !frontClause && before > a && (d.isP(before, ",") || d.isP(before, "—") || d.isP(before, "―")) && (parenthetical || !adverbial(d, a, before)) && datelineEnd(d, a, e) !== before;
      // After a quote or a comma-closed clause, what follows the cue is mostly an adjunct
      // ("…,” he said of the plan. / …, Smith told CNN on Tuesday.") rather than new content.
      // "“…,” Okafor told the harbour radio.", "“…,” she told “Morning Coast,” adding …": what
      // follows "told" is only the addressee (a show's title may be quoted), not new content.
      const toldWhom = TELL.has(w) && addresseeOnly(d, cueEnd + 1, e);
      // ("…, he said; his staff …": a semicolon after the cue closes the attribution.)
      let post = k >= e || quoteBefore && d.isQ(k) && d.isP(cueEnd + 1, ",") || quoteBefore && toldWhom || (quoteBefore || commaBefore) && d.isP(cueEnd + 1, ";");
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
        const frontPrep = !quoteBefore && (PREP.has(d.word(a)) || d.isW(a, "with")) && !LEAD.has(d.word(a)) && !TIME.has(d.word(a)) && !parenthetical;
        post = quoteBefore || (w0 === "and" || w0 === "but") && d.isP(k - 1, ",") || adjunct || w0 === "of" || w0 === "as" || w0 === "when" || !frontPrep && (TELL.has(w) && n <= 6 && !finiteIn(d, k, e) || n <= 3 && !(PRONOUN.has(w0) && w0 !== "it" && d.prob(k + 1) < 0.5 && U[k + 1]?.k === WORD)) || w0.endsWith("ing") && !d.isCap(k) && d.isP(k - 1, ",");
      }
      // "“…,” Ruiz said in a film that showed the pier.": "that" + verb after the cue's adjunct
      // opens a relative clause, not new content; the quotation is the content.
      if (!post && quoteBefore && d.isW(k, "that") && k > cueEnd + 2 && U[k + 1]?.k === WORD && !d.isCap(k + 1) && (AUX.has(d.word(k + 1)) || d.word(k + 1).endsWith("ed") || TIME.has(d.word(k + 1)))) post = true;
      // "“…?” Bush said (on Twitter)." after a quote that closed the previous sentence.
      // ("vowed to fight the cuts" is content, not an adjunct.)
      const bare = k >= e || adjunctOnly(d, k, e) && !(d.isW(k, "to") && CATENATIVE.has(w)) || toldWhom;
      if (src[0] === a && bare && a > 0 && d.isQ(a - 1) && !claimedQuote.has(a - 1) && !d.isP(k - 1, ":")) {
        found.push({ cue: [cueStart, cueEnd], source: src, content: [[a - 1, a - 1]], acc: false, head: w, sent: si });
        continue;
      }
      // "…, as the host said in April": the content is the clause before "as".
      if (d.isW(src[0] - 1, "as") && bare && src[0] - 2 > a) {
        const content = range(d, a, src[0] - 2);
        if (content.length) { found.push({ cue: [cueStart, cueEnd], source: src, content, acc: false, head: w, sent: si }); continue; }
      }
      // "Smith said:" / "Smith said to a crowd of 500." followed by a quotation: the quotation is
      // the content.
      if (!(src[0] === a && k >= e && a > 0 && d.isQ(a - 1) && !claimedQuote.has(a - 1)) &&
        !quoteBefore && !commaBefore && (k >= e || adjunctOnly(d, k, e)) && si + 1 < S.length && d.isQ(S[si + 1]!.a) && !found.some((c) => hasQuote(d, c))) {
        found.push({ cue: [cueStart, cueEnd], source: src, content: [], acc: false, head: w, sent: si, want: true });
        continue;
      }
      if (!post && !(d.isP(cueEnd + 1, ",") && commaBefore)) {
        const end = objectCue(w) && !d.isW(k, "that") && !d.isQ(k) ? objectEnd(d, k, e) : clauseEnd(d, k, e);
        found.push({ cue: [cueStart, cueEnd], source: src, content: range(d, k, dropTime(d, k, end - 1)), acc: false, head: w, sent: si });
        continue;
      }
      // "“…?” Bush said." after a quote that closed the previous sentence.
      if (src[0] === a && k >= e && a > 0 && d.isQ(a - 1) && !claimedQuote.has(a - 1)) {
        found.push({ cue: [cueStart, cueEnd], source: src, content: [[a - 1, a - 1]], acc: false, head: w, sent: si });
        continue;
      }
      // Content before the source: "…, Smith said." and the parenthetical "A, he said, B."
      if (quoteBefore || commaBefore) {
        // "In his speech, he declares, “…”": a fronted adverbial before a parenthetical cue
        // and a quotation after it sets the scene; the quotation alone is what was said.
        const sceneThenQuote = !quoteBefore && d.isP(cueEnd + 1, ",") && d.isQ(cueEnd + 2) && adverbial(d, a, before);
        const content = sceneThenQuote ? [] : range(d, a, before);
        if (d.isP(cueEnd + 1, ",") && cueEnd + 2 < e && continues(d, cueEnd + 2)) content.push(...range(d, cueEnd + 2, e - 1));
        else if (commaBefore && k > cueEnd + 1 && andClause(d, k)) content.push(...range(d, k, e - 1));
        if (content.length) found.push({ cue: [cueStart, cueEnd], source: src, content, acc: false, head: w, sent: si });
      }
    }

    // "She issued a statement Tuesday saying …": the act of issuing belongs to the cue, and the
    // source is its subject. (The issuing verb read as a cue of its own, "Ortiz issued [a
    // statement saying …]", gives way.)
    let issuing: Cand[] | null = null;
    for (const f of found) {
      if (!f.source || f.source[1] >= f.cue[0] || f.acc) continue;
      const t = issuedAt(d, f.source[0], f.source[1]);
      if (t <= f.source[0]) continue;
      const end = trimEnd(d, f.source[0], t - 1);
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
        const cut = trimEnd(d, last[0], B.cue[0] - 1);
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
      if (d.isW(c, "and") || d.isW(c, "but") || d.isW(c, "while") || d.isW(c, "whereas")) { c--; conj = true; }
      let nw = 0;
      for (let t = last[0]; t < c && nw < 3; t++) if (U[t]!.k === WORD) nw++;
      // Without a comma, "said his band and Burton wrote …" is one object, not two clauses.
      if (d.isP(c, ",") || d.isP(c, ";") || conj && nw >= 3) {
        if (!d.isP(c, ",") && !d.isP(c, ";")) c++;
        const cut = trimEnd(d, last[0], c - 1);
        if (cut >= last[0]) last[1] = cut;
      }
    }

    // Dash signature after a quote: "“…” ― Jane Doe".
    if (U[a]!.k === QUOTE && (d.isP(a + 1, "―") || d.isP(a + 1, "—") || d.isP(a + 1, "–")) && d.isCap(a + 2)) {
      let t = a + 2;
      while (t + 1 < b && t - a < 8 && (U[t + 1]!.k === WORD && U[t + 1]!.cap || d.isP(t + 1, "."))) t++;
      if (d.isP(t, ".")) t--;
      found.length = 0;
      found.push({ cue: [a + 1, a + 1], source: [a + 2, t], content: [[a, a]], acc: false, head: "―", sent: si });
    }

    // A gerund after a preposition ("a man convicted of threatening her") is no act of the noun
    // phrase before it: a candidate whose source runs up to that preposition is dropped.
    for (let x = found.length - 1; x >= 0; x--) {
      const f = found[x]!;
      const c0 = f.cue[0];
      if (f.source && f.source[1] === c0 - 1 && d.word(c0).endsWith("ing") && (PREP.has(d.word(c0 - 1)) || d.isW(c0 - 1, "of"))) found.splice(x, 1);
    }

    // A verb phrase is no source ("… may have started by merely passing on ferry bulletins"): a
    // lower-case participle followed by a preposition, an adverb or an object pronoun. The
    // statement stays, its source unknown.
    for (const f of found) {
      const sr = f.source;
      if (!sr || sr[1] <= sr[0] || d.isCap(sr[0])) continue;
      const w0 = d.word(sr[0]);
      const w1 = d.word(sr[0] + 1);
      if ((IRREGULAR.has(w0) || w0.length > 4 && VERB_END.test(w0)) && (PREP.has(w1) || w1 === "by" || w1 === "to" || w1.endsWith("ly") || OBJECT_PRONOUN_IT.test(w1))) f.source = null;
    }

    // A relative clause ends where the clause it sits in goes on: "women who had accused him of
    // misconduct “should be heard”": a quotation opening on a finite auxiliary right after the
    // relative clause's last word is the outer clause's predicate, not this content.
    for (const f of found) {
      if (!relSource(d, f)) continue;
      const last = f.content[f.content.length - 1];
      if (!last) continue;
      for (let t = last[0] + 1; t <= last[1]; t++) {
        if (!d.isQ(t) || U[t - 1]?.k !== WORD || d.isW(t - 1, "that") || d.prob(t - 1) >= 0.5) continue;
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
      if (found.some((B) => B !== A && B.cue[0] > A.cue[1] && B.cue[0] <= last[1] && cueProb(B.head) > pa && !relSource(d, B) && B.source !== null)) found.splice(x, 1);
    }

    // Quote-only sentence after a quoted statement: the speaker goes on ("“A,” he said. “B.”").
    const pending = cands[cands.length - 1];
    // (Not when this sentence names its own speaker: '“…,” said a former auditor.')
    if (pending?.want && pending.sent === si - 1 && d.isQ(a) && !pending.content.length && !found.some((f) => f.source && f.content.some(([x]) => x === a))) {
      pending.content.push([a, a]);
      claimedQuote.add(a);
      if (trimEnd(d, a, b - 1) === a) { lastAbsorbed = si; continue; }
    }
    // A short quotation alone in its paragraph without closing punctuation is a subhead: it heads
    // what follows (see headingSources) rather than continuing the quotation before.
    const subhead = !found.length && headingQuote(U, text, a, b) >= 0 && !HEADING_MARK.test(U[headingQuote(U, text, a, b)]!.last);
    if (!found.length && !subhead && U[a]!.k === QUOTE && trimEnd(d, a, b - 1) === a) {
      // The speaker of a quotation in the sentence before goes on, even when a participle clause
      // or a relative clause read as a statement came after it ("“A?” said Ruiz, referring to
      // the pier. “B.”").
      let last = cands[cands.length - 1];
      for (let x = cands.length - 1; x >= 0 && cands[x]!.sent === last?.sent; x--) {
        if (hasQuote(d, cands[x]!) && cands[x]!.source) { last = cands[x]; break; }
      }
      if (last && (last.sent === si - 1 || lastAbsorbed === si - 1) &&
        (hasQuote(d, last) || last.cue[1] >= S[last.sent]!.b - 2) &&
        paraGap(U, S[si - 1]!.b, a) <= 2) {
        last.content.push([a, a]);
        lastAbsorbed = si;
        continue;
      }
    }
    for (const f of found) for (const [x, y] of f.content) if (x === y && d.isQ(x)) claimedQuote.add(x);
    if (!found.length) {
      const q = headingQuote(U, text, a, b);
      if (q >= 0) headings.push(q);
    }
    cands.push(...found);
  }

  return toStatements(text, U, cands, headingSources(U, cands, headings));

  return toStatements(text, U, cands, headingSources(U, cands, headings));
}
