// Disputes: a denial linked to the allegation it answers (rebuttal), an accusation linked to the
// party it accuses. Works over statements x statements (small N). It must never link a
// statement to its own party or to a statement nested inside it.
import type { Dispute, Party, Statement } from "./types";
import { accusedParty, prosecution, type PartyTable } from "./parties";
import { COUNTRY_ALIASES, countryOf, describePhrase } from "./entities";
import { clearCritical, isCritical, namesIn, targetsOf } from "./targets";
import { partitionPoint } from "./search";
import { upperOffsets } from "./anchors";
import { clientSides, sentenceStart } from "./owners";
import { isAsciiAlnum, lower } from "./lines";
import { ASKING_STEM, DEMAND_CUE_STEM, DEMAND_WORD, DENIAL_WORD, SPOKEN_CUE, TERM_STOP } from "./lexicon";

/** Contents read before (a content is asked more than once); bounded, emptied with the terms. */
const denial = new Map<string, boolean>();
/** Whether the text holds a word of denial (DENIAL_WORD). */
const denies = (s: string): boolean => {
  let yes = denial.get(s);
  if (yes === undefined) {
    if (denial.size >= 4096) denial.clear();
    denial.set(s, (yes = DENIAL_WORD.test(s)));
  }
  return yes;
};

// Each content is scanned once per analysis; links and disputes ask for its terms many times.
const termCache = new Map<string, string[]>();
export const clearTermCache = (): void => {
  // (an empty map is left as it is: clear() gives even an empty map a new table, and this runs twice
  // per analysis, mostly on maps the text left empty)
  if (termCache.size > 0) termCache.clear();
  if (setCache.size > 0) setCache.clear();
  if (denial.size > 0) denial.clear();
  clearCritical();
};

/** Key terms of a content: its capitalized names and longer content words, deduplicated. */
export function keyTerms(content: string, max = 6): string[] {
  return allTerms(content).slice(0, max);
}

/** Every key term of a content computeTerms keeps (at most 30), kept for the analysis: not to be changed. */
function allTerms(content: string): readonly string[] {
  let all = termCache.get(content);
  if (!all) {
    all = computeTerms(content);
    termCache.set(content, all);
  }
  return all;
}

const TERM_WORD = /[\p{L}\p{N}]+(?:[-’'][\p{L}\p{N}]+)*/gu;
// (the same words when the text has no letter beyond ASCII, most English news: asciiWords)
const BEYOND_ASCII_LETTER = /[\u00aa-\u1fff\u2070-\uffff]/; // the General Punctuation block (quotes, dashes) holds no letter

function computeTerms(content: string): string[] {
  const max = 30;
  // the opening of a long content carries its topic; scanning all of it is wasted work
  const head = content.slice(0, 600);
  const ws = BEYOND_ASCII_LETTER.test(head) ? (head.match(TERM_WORD) ?? []) : asciiWords(head, 3);
  // names, and the other words, each with its lower-case form (made once)
  const names: string[] = [];
  const namesLw: string[] = [];
  const rest: string[] = [];
  const restLw: string[] = [];
  let longest = 0;
  for (let w of ws) {
    if (w.length < 3) continue;
    const c = w.charCodeAt(w.length - 1);
    if ((c === 115 || c === 83) && (w[w.length - 2] === "’" || w[w.length - 2] === "'")) w = w.slice(0, -2);
    const lw = lower(w);
    if (lw.length < 3 || TERM_STOP.has(lw)) continue;
    const f = w.charCodeAt(0);
    if (f >= 48 && f <= 57) continue;
    if (w !== lw && w[0] !== lw[0]) {
      names.push(w);
      namesLw.push(lw);
    } else {
      rest.push(w);
      restLw.push(lw);
      if (w.length > longest) longest = w.length;
    }
  }
  const out: string[] = [];
  const seen = new Set<string>();
  const take = (w: string, lw: string): boolean => {
    if (!seen.has(lw)) {
      seen.add(lw);
      out.push(w);
    }
    return out.length >= max;
  };
  // names first, then the other words longest first (in text order within a length)
  for (let k = 0; k < names.length; k++) if (take(names[k]!, namesLw[k]!)) return out;
  for (const k of byLengthDown(rest, longest)) if (take(rest[k]!, restLw[k]!)) return out;
  return out;
}

/** The words a global match of `[A-Za-z0-9]+(?:[-’'][A-Za-z0-9]+)*` finds in s, but those shorter than
 *  `min`, read by character codes: runs of ASCII letters and digits, joined by - ’ ' before another. */
export function asciiWords(s: string, min: number): string[] {
  const out: string[] = [];
  const n = s.length;
  for (let i = 0; i < n; ) {
    if (!isAsciiAlnum(s.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    for (;;) {
      while (i < n && isAsciiAlnum(s.charCodeAt(i))) i++;
      const c = s.charCodeAt(i);
      if ((c === 45 || c === 0x2019 || c === 39) && i + 1 < n && isAsciiAlnum(s.charCodeAt(i + 1))) i++;
      else break;
    }
    if (i - start >= min) out.push(s.slice(start, i));
  }
  return out;
}

/** The indexes of the words, longest first and in order within a length (a stable sort by length,
 *  as a count per length: the lengths are few). */
function byLengthDown(words: readonly string[], longest: number): Int32Array {
  const at = new Int32Array(longest + 2);
  for (const w of words) at[w.length]!++;
  // where each length's run starts, the longest first
  let sum = 0;
  for (let len = longest; len >= 0; len--) {
    const n = at[len]!;
    at[len] = sum;
    sum += n;
  }
  const order = new Int32Array(words.length);
  for (let k = 0; k < words.length; k++) order[at[words[k]!.length]!++] = k;
  return order;
}

const stem = (w: string): string => {
  const l = lower(w);
  const cut = l.endsWith("ing") ? 3 : l.endsWith("ed") || l.endsWith("es") ? 2 : l.endsWith("s") ? 1 : 0;
  return l.slice(0, Math.min(l.length - cut, 7));
};
const setCache = new Map<string, Set<string>>();
/** The stems of a content's key terms (counters ask for the same sets). */
export const termSet = (s: string): Set<string> => {
  let t = setCache.get(s);
  if (!t) {
    // (the stems of keyTerms(s, 30), every term kept, read without a copy and a mapped array)
    t = new Set<string>();
    for (const w of allTerms(s)) t.add(stem(w));
    setCache.set(s, t);
  }
  return t;
};
function overlapSets(A: Set<string>, B: Set<string>): number {
  let n = 0;
  for (const w of B) if (A.has(w)) n++;
  return n;
}

// "orchestrated by the US security services", "accused Washington of", "blamed Kyiv for".
const AGENT =
  /\b(?:orchestrated|masterminded|staged|sponsored|funded|financed|backed|organi[sz]ed|engineered|instigated|plotted|directed|ordered|perpetrated|fabricated|carried out|committed|provoked|incited|coordinated)\s+by\s+((?:the\s+)?[\p{L}.’'-]+(?:\s+[\p{L}.’'-]+){0,4})/giu;
/** What every AGENT match holds, lower-cased: its verbs all end in "ed" but "carried out" (a plain
 *  scan: AGENT itself, case-blind over Unicode, is slow to run over a content that has no match). */
const AGENT_HINT = /(?:ed|out)\s+by\s/;
const BLAME = /\b(?:accus\w*|blam\w*|fault\w*)\s+((?:the\s+)?[\p{Lu}][\p{L}.’'-]+(?:\s+[\p{L}.’'-]+){0,3}?)\s+(?:of|for)\b/gu;
const BEHIND = /((?:the\s+)?[\p{Lu}][\p{L}.’'-]+(?:\s+[\p{L}.’'-]+){0,3}?)\s+(?:was|were|is|are|had been)\s+(?:behind|responsible for)\b/gu;
const BY_ACCUSER = /\b(?:allegations?|claims?|accusations?|charges?|reports?|assertions?)\s+(?:made\s+)?(?:by|from)\s+((?:the\s+)?[\p{Lu}][\p{L}.’'-]*(?:\s+[\p{L}.’'-]+){0,4})/u;
const POSS_ACCUSER = /((?:the\s+)?[\p{Lu}][\p{L}.-]*(?:\s+[\p{Lu}][\p{L}.-]*){0,3})['’]s?\s+(?:allegations?|claims?|accusations?|charges?)\b/u;
/** "the ministry's claim", "the Russian and Syrian defense ministry’s claims": whose claim, in any case. */
const POSS_CLAIM = /((?:the\s+)?\p{Lu}[\p{L}.-]*(?:\s+[\p{L}.-]+){0,4}?)['’]s?\s+(?:allegations?|claims?|accusations?|assertions?)\b/u;
const ANAPHOR = /\b(?:th(?:at|ese|is|ose)|the)\s+(?:allegations?|claims?|accusations?|charges?|reports?|statements?|assertions?|arguments?|suggestions?|characteri[sz]ations?)\b/i;

const trimNP = (np: string): string =>
  np.replace(/\s+(?:in|to|with|on|at|for|that|of|and|who|which|as|during|after|before|from|a|an)\b.*$/i, "").trim();

const LETTER = /\p{L}/u;
/** Does lower-cased text name one of the forms as a whole word? indexOf first: this runs per pair. */
function mentions(lc: string, forms: string[]): boolean {
  for (const f of forms) {
    if (f.length < 2) continue;
    for (let at = lc.indexOf(f); at >= 0; at = lc.indexOf(f, at + 1)) {
      if (!LETTER.test(lc[at - 1] ?? " ") && !LETTER.test(lc[at + f.length] ?? " ")) return true;
    }
  }
  return false;
}

const SURNAME = /^\p{Lu}\p{Ll}[\p{Ll}-]+$/u;
// (sticky: tried at the text's capitals only, see ./anchors)
const FIRST_NAME = /(?<![\p{L}])\p{Lu}\p{Ll}+(?:\s+\p{Lu}\.)?\s+/uy;
const SURNAME_RUN = /\p{Lu}\p{Ll}[\p{Ll}-]*/uy;
const LETTER_AT = /\p{L}/uy;

/**
 * For each surname, the first "First Surname" or "First X. Surname" of the text (a capitalized
 * first name not glued to a letter, the surname not followed by one): what a search of the text
 * for that one surname finds first, for every surname at once, in one pass.
 */
export function firstFullNames(text: string): Map<string, string> {
  const out = new Map<string, string>();
  /** The name text[at, e), its surname text[q, e), unless that surname has one already. */
  const add = (at: number, q: number, e: number): void => {
    const sur = text.slice(q, e);
    if (SURNAME.test(sur) && !out.has(sur)) out.set(sur, text.slice(at, e));
  };
  // The matches matchesAt(FIRST_NAME, text, upperOffsets(text)) gives, read with test() and
  // lastIndex (a sticky match starts where it is tried): no match object per capitalized word.
  const starts = upperOffsets(text);
  let after = 0; // where the last match ended: the next one starts there or later
  for (let k = 0; k < starts.length; k++) {
    const at = starts[k]!;
    if (at < after) continue;
    FIRST_NAME.lastIndex = at;
    if (!FIRST_NAME.test(text)) continue;
    const q = FIRST_NAME.lastIndex;
    after = Math.max(at + 1, q);
    SURNAME_RUN.lastIndex = q;
    if (!SURNAME_RUN.test(text)) continue;
    const end = SURNAME_RUN.lastIndex;
    // a surname ends where the run does (before no letter), or at a hyphen inside it
    for (let i = q; i < end; i++) if (text.charCodeAt(i) === 45) add(at, q, i);
    LETTER_AT.lastIndex = end;
    if (!LETTER_AT.test(text)) add(at, q, end);
  }
  return out;
}

/** How many allegations on each side of a denial are considered as what it answers. */
const NEAR = 12;

export type DisputeResult = { disputes: Dispute[]; stance: Statement["stance"][]; accusation: boolean[] };

/**
 * The disputes of a text, in steps, each adding to the list in turn: accusations (whom each
 * statement takes aim at), rebuttals (a denial linked to the allegation it answers), contrasts
 * ("…, but Y said"), a criminal case's two sides, and last the aim of statements that name no one.
 */
export function findDisputes(statements: Statement[], partyOf: (string | null)[], table: PartyTable, text = ""): DisputeResult {
  const f = new DisputeFinder(statements, partyOf, table, text);
  f.findAccusations();
  f.findRebuttals();
  f.findContrasts();
  f.findCriminalCase();
  f.aimAtOpponents();
  return { disputes: f.disputes, stance: f.stance, accusation: f.accusation };
}

/** Whom one statement takes aim at: never its speaker's own side (`own`), nor the speaker named by
 *  surname (`words`: the speaker's words, lower-cased). */
type Aim = { own: string | null; words: Set<string>; against: Set<string> };

/** The state of one findDisputes run. */
class DisputeFinder {
  readonly disputes: Dispute[] = [];
  readonly stance: Statement["stance"][];
  readonly accusation: boolean[];
  private readonly quotedParties: Set<string>;
  /** one pattern per quoted side: its name, demonym and capitalized aliases */
  private readonly sideForms = new Map<string, string[]>();
  /** "Hart" -> "Jo Hart" when the text writes the full name (every full name found in one pass) */
  private readonly fullNames = new Map<string, string>();
  private written: Map<string, string> | undefined;
  /** statements in the order of their cues */
  private readonly order: number[];
  private readonly contentAt: Int32Array;

  constructor(
    private readonly statements: Statement[],
    private readonly partyOf: (string | null)[],
    private readonly table: PartyTable,
    private readonly text: string,
  ) {
    this.stance = statements.map((s) => s.stance);
    this.accusation = statements.map(() => false);
    this.quotedParties = new Set(partyOf.filter((p): p is string => p !== null));
    for (const pid of this.quotedParties) {
      const p = table.byId.get(pid);
      if (!p) continue;
      const forms = [p.name, ...COUNTRY_ALIASES(p.name).filter((f) => f.length > 3), ...p.aliases.filter((a) => /^\p{Lu}/u.test(a) && a.split(" ").length <= 3)];
      this.sideForms.set(pid, forms.map((f) => f.toLowerCase()));
    }
    // (sort keys read once into typed arrays: a comparator reading the statements is slow on a long
    // page; filled by a loop: Int32Array.from with a mapping function walks the array as an iterable)
    const cueAt = new Int32Array(statements.length);
    this.contentAt = new Int32Array(statements.length);
    for (let i = 0; i < statements.length; i++) {
      const s = statements[i]!;
      cueAt[i] = s.cue?.start ?? s.content.start;
      this.contentAt[i] = s.content.start;
    }
    this.order = statements.map((_, i) => i).sort((a, b) => cueAt[a]! - cueAt[b]!);
  }

  private fullNameOf(n: string): string {
    const sur = n.replace(/[’']s$/, "");
    if (!SURNAME.test(sur) || countryOf(sur)) return "";
    let f = this.fullNames.get(sur);
    if (f === undefined) {
      const m = (this.written ??= firstFullNames(this.text)).get(sur);
      f = m !== undefined && describePhrase(m).kind === "person" ? m : "";
      this.fullNames.set(sur, f);
    }
    return f;
  }

  /** The side of the last person named earlier in the sentence that ends at `end` (not one of the
   *  speaker's `own` words): "him" in "Hart apologized to the interns who accused him". */
  private personBefore(end: number, own: Set<string>): Party | null {
    const text = this.text;
    const from = sentenceStart(text, end);
    const names = namesIn(text.slice(from, end));
    for (let k = names.length - 1; k >= 0; k--) {
      const n = names[k]!;
      const d = describePhrase(n);
      if (d.kind !== "person" && d.kind !== "surname") continue;
      if (own.has(n.split(/\s+/).pop()!.toLowerCase())) continue;
      const full = d.kind === "person" ? d.name : this.fullNameOf(n);
      const p = full ? accusedParty(this.table, full, true) : accusedParty(this.table, n, false);
      if (p) return p;
    }
    return null;
  }

  /** Accusations: each statement, in cue order, against the sides it takes aim at. */
  findAccusations(): void {
    const { statements, partyOf, stance, accusation } = this;
    // the last side a statement took aim at: "accused Obama of ... and urged him to ..."
    let lastTarget: { pid: string; at: number } | null = null;
    // a speaker's words once per speaker (a page quotes one speaker thousands of times)
    const wordsOfSpeaker = new Map<string, Set<string>>();
    for (const i of this.order) {
      const st = statements[i]!;
      const own = partyOf[i]!;
      const speaker = st.speaker ?? "";
      let words = wordsOfSpeaker.get(speaker);
      if (!words) wordsOfSpeaker.set(speaker, (words = new Set(speaker.toLowerCase().split(/\s+/))));
      const aim: Aim = { own, words, against: new Set<string>() };
      const at = st.cue?.start ?? st.content.start;
      // the cue's object, the alleged clause's subject, a passive cue's subject, a measure's target
      if (this.text) this.aimAtTargets(st, at, aim, lastTarget);
      const lc = this.aimInContent(st.content.text, aim);
      // An allegation that names another quoted side is an accusation of that side ("strikes by Russian jets").
      if (stance[i] === "allegation" && own) {
        for (const pid of this.quotedParties) {
          if (pid === own) continue;
          if (mentions(lc, this.sideForms.get(pid) ?? [])) aim.against.add(pid);
        }
      }
      if (aim.against.size) lastTarget = { pid: [...aim.against][0]!, at };
      for (const pid of aim.against) {
        this.disputes.push({ kind: "accusation", from: i, against: pid });
        accusation[i] = true;
      }
      if (accusation[i] && stance[i] === "neutral") stance[i] = "allegation";
    }
  }

  private aim(a: Aim, p: Party | null): void {
    if (!p || p.id === a.own) return;
    const last = p.name.toLowerCase().split(/\s+/).pop() ?? "";
    if (a.words.has(last) && !a.own) return;
    a.against.add(p.id);
  }

  /** The targets of a statement's cue and clause (./targets); a pronoun is the person named earlier
   *  in the sentence, else the side aimed at last, close by. */
  private aimAtTargets(st: Statement, at: number, a: Aim, lastTarget: { pid: string; at: number } | null): void {
    for (const t of targetsOf(st, this.text)) {
      if (t.how === "pronoun") {
        // "Hart apologized to the interns who accused him": the person named earlier in the sentence
        const named = /^(?:him|her)$/i.test(t.phrase) ? this.personBefore(st.source && st.source.start < at ? st.source.start : at, a.words) : null;
        if (named) this.aim(a, named);
        else if (lastTarget && at - lastTarget.at < 300) this.aim(a, this.table.byId.get(lastTarget.pid) ?? null);
        continue;
      }
      this.aim(a, accusedParty(this.table, t.phrase, true));
    }
  }

  /** The agents a content names ("orchestrated by", "accused X of", "X was behind"), and the sides a
   *  critical content names. Returns the content lower-cased. */
  private aimInContent(c: string, a: Aim): string {
    const table = this.table;
    // cheap word checks first: the patterns only run where their trigger word occurs
    const lc = c.toLowerCase();
    const agentsIn = (re: RegExp): void => {
      re.lastIndex = 0;
      for (let m = re.exec(c); m !== null; m = re.exec(c)) this.aim(a, accusedParty(table, trimNP(m[1]!), true));
    };
    if (lc.includes(" by ") && AGENT_HINT.test(lc)) agentsIn(AGENT);
    if (lc.includes("accus") || lc.includes("blam") || lc.includes("fault")) agentsIn(BLAME);
    if (lc.includes("behind") || lc.includes("responsible for")) agentsIn(BEHIND);
    // A critical statement takes aim at the sides it names ("violations of international law by China")
    if (a.against.size === 0 && isCritical(c)) {
      // a country, or the person the critical statement is first about, is a side even when never quoted
      let person = true;
      for (const n of namesIn(c)) {
        const full = person && FULL_NAME.test(n) && describePhrase(n).kind === "person";
        // a surname alone ("Hart's role") stands for the person the text names in full
        const named = person && !full ? this.fullNameOf(n) : "";
        if (full || named) person = false;
        this.aim(a, accusedParty(table, named || n, full || named !== "" || countryOf(n.replace(/^the\s+/i, "")) !== ""));
      }
    }
    return lc;
  }

  /** Rebuttals: a denial (or a negated answer) of one side linked to the other side's allegation. */
  findRebuttals(): void {
    const { statements, partyOf, stance, accusation, contentAt } = this;
    // Allegations in text order; each denial looks at the nearest few only, so long texts stay linear.
    const allegations = statements
      .map((s, j) => j)
      .filter((j) => partyOf[j] && (stance[j] === "allegation" || accusation[j]))
      .sort((a, b) => contentAt[a]! - contentAt[b]!);
    const accusedBy = new Map<number, Set<string>>();
    for (const d of this.disputes) if (d.kind === "accusation") (accusedBy.get(d.from) ?? accusedBy.set(d.from, new Set()).get(d.from)!).add(d.against);
    const near = (at: number): number[] => {
      const lo = partitionPoint(allegations.length, (mid) => statements[allegations[mid]!]!.content.start < at);
      return allegations.slice(Math.max(0, lo - NEAR), lo + NEAR);
    };
    const answers = new AnswerChooser(statements, partyOf, this.table, accusedBy);
    statements.forEach((st, i) => {
      const own = partyOf[i];
      const negated = denies(st.content.text);
      // a negated remark counts only when it is said ("does not strike", he said), not narrated
      const spoken = st.mode === "direct" || st.mode === "mixed" || SPOKEN_CUE.test(st.cue?.text ?? "");
      if (!own) {
        if (stance[i] === "denial" || (negated && spoken)) this.rebutClaimNamed(st, i);
        return;
      }
      if (stance[i] !== "denial" && !(negated && spoken && (stance[i] === "neutral" || stance[i] === "assertive"))) return;
      const cands = near(st.content.start).filter((j) => j !== i && partyOf[j] !== own && statements[j]!.parent !== i);
      // ("rejected that argument": the other side's statement right before, claim or not)
      const prior = ANAPHOR.test(st.content.text.slice(0, 40)) ? this.otherSideBefore(i, own) : -1;
      if (prior >= 0 && !cands.includes(prior)) cands.push(prior);
      if (cands.length === 0) {
        // "denied accusations by the US that ...": the accuser is named but never quoted
        if (stance[i] !== "denial") return;
        const m = BY_ACCUSER.exec(st.content.text) ?? POSS_ACCUSER.exec(st.content.text);
        const p = m ? accusedParty(this.table, trimNP(m[1]!), true) : null;
        if (p && p.id !== own) this.disputes.push({ kind: "rebuttal", from: i, against: p.id });
        return;
      }
      const { best, ref, anaphoric } = answers.best(i, own, cands);
      // a negated remark is an answer only when it is plainly about the other side's claim
      if (stance[i] !== "denial" && !anaphoric && ref < 2) return;
      if (stance[i] !== "denial") stance[i] = "denial";
      this.disputes.push({ kind: "rebuttal", from: i, against: partyOf[best]!, answers: best });
    });
  }

  /** The statement of another side that the reader is shown last before statement i, in the same
   *  or the paragraph before and close by (-1: none). */
  private otherSideBefore(i: number, own: string): number {
    const { statements, partyOf, order, text } = this;
    const at = statements[i]!.cue?.start ?? statements[i]!.content.start;
    for (let k = order.indexOf(i) - 1; k >= 0; k--) {
      const j = order[k]!;
      const sj = statements[j]!;
      if (sj.content.start >= at) continue;
      if (at - sj.content.start > 600 || text.slice(sj.content.start, at).split("\n\n").length > 2) return -1;
      if (sj.parent === undefined && sj.shown !== false && partyOf[j] && partyOf[j] !== own) return j;
    }
    return -1;
  }

  /** A speaker of no side who calls a side's claim untrue ("the ministry's claim is not true"): a
   *  rebuttal of the side whose claim it names, when that side is one of the text. */
  private rebutClaimNamed(st: Statement, i: number): void {
    const m = POSS_CLAIM.exec(st.content.text.slice(0, 200)) ?? BY_ACCUSER.exec(st.content.text.slice(0, 200));
    const p = m ? accusedParty(this.table, trimNP(m[1]!), false) : null;
    if (p) this.disputes.push({ kind: "rebuttal", from: i, against: p.id });
  }

  /** "X suggested …, but Y has said …", "… . But the group said …": a side's statement set against
   *  the other side's statement right before it answers that one. */
  findContrasts(): void {
    const { statements, partyOf, order, text } = this;
    const answering = new Set(this.disputes.filter((d) => d.answers !== undefined).map((d) => d.from));
    for (let k = 1; text && k < order.length; k++) {
      const i = order[k]!;
      const st = statements[i]!;
      const own = partyOf[i];
      if (!own || answering.has(i)) continue;
      const at = Math.min(st.source?.start ?? Infinity, st.cue?.start ?? Infinity);
      if (at === Infinity || !CONTRAST.test(text.slice(Math.max(0, at - 12), at))) continue;
      // the statement just before, in the same paragraph and close by
      let j = order[k - 1]!;
      const from = statements[j]!.cue?.start ?? statements[j]!.content.start;
      if (from < at - 400 || text.slice(from, at).includes("\n") || !partyOf[j] || partyOf[j] === own) continue;
      // a claim nested in its own side's words is answered with them ("tried to suggest that he knows …")
      for (let p = statements[j]!.parent; p !== undefined && partyOf[p] === partyOf[j]; p = statements[p]!.parent) j = p;
      const sj = statements[j]!;
      // a question is not a claim to answer, nor words the reader is not shown as a statement
      if (sj.parent === i || st.parent === j || sj.shown === false || ASKING_STEM.test(sj.cue?.text ?? "")) continue;
      this.disputes.push({ kind: "rebuttal", from: i, against: partyOf[j]!, answers: j });
    }
  }

  /** A criminal case: the prosecution and the defendant (the side the text names a lawyer for) are
   *  opposed. A prosecution statement that names the defendant or is critical accuses them; a
   *  negated or critical statement of the defendant's side answers the prosecution. */
  findCriminalCase(): void {
    const { table, partyOf, disputes } = this;
    const pros = prosecution(table);
    const clients = pros && this.quotedParties.has(pros.id) ? clientSides(table, this.text) : undefined;
    const defendant = clients?.size === 1 ? [...clients][0]! : undefined;
    if (!pros || !defendant || defendant === pros || !this.quotedParties.has(defendant.id)) return;
    const inCase = new Set(disputes.map((d) => d.from));
    const forms = [defendant.name, ...defendant.aliases].filter((a) => /^\p{Lu}/u.test(a)).flatMap((a) => a.split(/\s+and\s+|\s+/)).filter((w) => w.length > 2 && /^\p{Lu}/u.test(w)).map((w) => w.toLowerCase());
    this.statements.forEach((st, i) => {
      if (inCase.has(i)) return;
      const c = st.content.text;
      if (partyOf[i] === pros.id && (mentions(c.toLowerCase(), forms) || isCritical(c))) {
        disputes.push({ kind: "accusation", from: i, against: defendant.id });
        this.accusation[i] = true;
      } else if (partyOf[i] === defendant.id && this.stance[i] !== "concession" && (denies(c) || isCritical(c))) {
        disputes.push({ kind: denies(c) ? "rebuttal" : "accusation", from: i, against: pros.id });
      }
    });
  }

  /** A side's criticism, demand or denial that names no one is aimed at the side it is in dispute
   *  with in this article ("they aren't paid enough", "we need action now"): its main opponent, or
   *  for a side in no explicit dispute, the other side quoted right next to it. */
  aimAtOpponents(): void {
    const { statements, partyOf, disputes, stance } = this;
    const rival = mainOpponents(disputes, statements, partyOf, this.quotedParties);
    const explicit = new Set(disputes.flatMap((d) => (partyOf[d.from] ? [partyOf[d.from]!, d.against] : [])));
    const inDispute = new Set(disputes.map((d) => d.from));
    statements.forEach((st, i) => {
      const own = partyOf[i];
      if (!own || inDispute.has(i)) return;
      const against = (explicit.has(own) ? undefined : this.nextTo(i, own)) ?? rival.get(own);
      if (!against) return;
      const c = st.content.text;
      if (stance[i] === "denial" || (denies(c) && ANAPHOR.test(c))) disputes.push({ kind: "rebuttal", from: i, against });
      // (a concession, "pleaded guilty to fraud", "admitted the plan failed", owns its blame)
      else if (stance[i] !== "concession" && (stance[i] === "allegation" || isCritical(c) || DEMAND_WORD.test(c) || demandCue(st.cue?.text ?? "", c, this.text.slice(Math.max(0, st.content.start - 10), st.content.start)))) {
        disputes.push({ kind: "accusation", from: i, against });
        this.accusation[i] = true;
      }
    });
  }

  private rank: Int32Array | undefined;
  /** The side of another statement quoted next to statement i ("X suggested …, Y told lawmakers …"),
   *  the nearest within a few hundred characters. */
  private nextTo(i: number, own: string): string | undefined {
    const { statements, partyOf, order } = this;
    if (!this.rank) {
      const rank = (this.rank = new Int32Array(statements.length));
      order.forEach((x, k) => (rank[x] = k));
    }
    const rank = this.rank;
    const startOf = (x: number): number => statements[x]!.cue?.start ?? statements[x]!.content.start;
    let best: string | undefined;
    let dist = 300;
    for (const step of [-1, 1]) {
      for (let k = rank[i]! + step; k >= 0 && k < order.length; k += step) {
        const j = order[k]!;
        const d = Math.abs(startOf(j) - startOf(i));
        if (d >= dist) break;
        if (partyOf[j] && partyOf[j] !== own && statements[j]!.parent === undefined) {
          best = partyOf[j]!;
          dist = d;
          break;
        }
      }
    }
    return best;
  }
}

/** Of the allegations near a denial, the one it answers. */
class AnswerChooser {
  private readonly termsAt: Set<string>[] = [];
  /** the names a side goes by, lower-cased once ("observatory" for "the Observatory") */
  private readonly nameCache = new Map<string, string[]>();
  constructor(
    private readonly statements: Statement[],
    private readonly partyOf: (string | null)[],
    private readonly table: PartyTable,
    private readonly accusedBy: Map<number, Set<string>>,
  ) {}

  private termsOf(j: number): Set<string> {
    return (this.termsAt[j] ??= termSet(this.statements[j]!.content.text));
  }

  private namedIn(lc: string, pid: string): boolean {
    let names = this.nameCache.get(pid);
    if (!names) {
      const p = this.table.byId.get(pid);
      names = p ? [p.name, ...p.aliases].filter((a) => /^\p{Lu}/u.test(a) || /^the\s/i.test(a)).map((a) => a.toLowerCase().replace(/^the\s+/, "")).filter((a) => a.length > 2) : [];
      this.nameCache.set(pid, names);
    }
    return names.some((a) => lc.includes(a));
  }

  /** The candidate (statement index) denial i answers, how clearly it refers to it (shared terms, +2
   *  for naming its side), and whether the denial opens with "that claim". */
  best(i: number, own: string, cands: number[]): { best: number; ref: number; anaphoric: boolean } {
    const st = this.statements[i]!;
    const anaphoric = ANAPHOR.test(st.content.text.slice(0, 40));
    let best = cands[0]!;
    let bestScore = -1;
    let bestRef = 0;
    const lc = st.content.text.toLowerCase();
    for (const j of cands) {
      const c = this.statements[j]!;
      // how clearly it is about that claim: shared terms, or naming the other side ("by the Observatory")
      const shared = overlapSets(this.termsOf(i), this.termsOf(j));
      const ref = shared + (this.namedIn(lc, this.partyOf[j]!) ? 2 : 0);
      // "rejected that allegation": the most recent one before it; otherwise the one sharing most terms
      const before = c.content.start < st.content.start;
      const score =
        (anaphoric ? (before ? 100 - (st.content.start - c.content.start) / 1e4 : 0) : shared * 10) +
        (c.parent === undefined ? 3 : 0) +
        (this.accusedBy.get(j)?.has(own) ? 5 : 0) -
        Math.abs(st.content.start - c.content.start) / 1e7; // the nearer one on a tie
      if (score > bestScore) {
        bestScore = score;
        best = j;
        bestRef = ref;
      }
    }
    return { best, ref: bestRef, anaphoric };
  }
}

/** "warned that more cuts were likely", "insisted the plan was safe": a forecast or a claim, not a
 *  demand; "warned the board against …", "insisted on a recount", "warned them to stop" are, and
 *  so is a warning of harm. */
const WARN_INSIST = /^(?:warn|insist)/i;
const DEMAND_AFTER = /^(?:against|of|on|not\s+to|to)\b|^\S+(?:\s+\S+){0,3}\s+(?:against|not\s+to|to)\s/i;
const AGAINST_END = /\bagainst\s*$/i;
/** A warning of harm done ("the works will wipe out the beds", "would ruin the town"): against
 *  whoever does it. */
const HARM = /\b(?:wip(?:e|es|ed|ing) out|destroy\w*|ruin\w*|damag\w*|harm\w*|hurt\w*|kill\w*|endanger\w*|devastat\w*|smother\w*|poison\w*)\b/i;
/** Whether a cue of demand or blame makes its statement one (WARN_INSIST above); `before`: the
 *  words between cue and content ("warned against making a deal"). */
const demandCue = (cue: string, content: string, before: string): boolean =>
  DEMAND_CUE_STEM.test(cue) && (!WARN_INSIST.test(cue) || DEMAND_AFTER.test(content) || AGAINST_END.test(before) || HARM.test(content));

const FULL_NAME = /^\p{Lu}\p{Ll}+(?:\s+\p{Lu}\.?)?\s+\p{Lu}[\p{L}’'-]+$/u;

/** A contrast right before a source or cue: ", but Hart said", ". But the group said", "However, they said". */
const CONTRAST = /(?:^|[\s,;.“”"])(?:[Bb]ut|[Hh]owever,?|[Yy]et)\s+$/;

/**
 * Each side's main opponent: the side it disputes most often (either way) among the explicit
 * disputes; for a side in none, the story's most-quoted other side.
 */
function mainOpponents(disputes: Dispute[], statements: Statement[], partyOf: (string | null)[], quoted: Set<string>): Map<string, string> {
  const count = new Map<string, Map<string, number>>();
  const bump = (a: string, b: string): void => {
    const m = count.get(a) ?? count.set(a, new Map()).get(a)!;
    m.set(b, (m.get(b) ?? 0) + 1);
  };
  for (const d of disputes) {
    const a = partyOf[d.from];
    if (!a || a === d.against) continue;
    bump(a, d.against);
    if (quoted.has(d.against)) bump(d.against, a);
  }
  const out = new Map<string, string>();
  for (const [a, m] of count) {
    let best = "";
    let n = 0;
    for (const [b, k] of m) if (k > n) [best, n] = [b, k];
    if (best) out.set(a, best);
  }
  // a side set against no one explicitly: the story's most-quoted other side
  const voice = new Map<string, number>();
  for (const p of partyOf) if (p) voice.set(p, (voice.get(p) ?? 0) + 1);
  const loudest = [...voice.entries()].sort((a, b) => b[1] - a[1]).map(([p]) => p);
  for (const p of quoted) if (!out.has(p)) { const o = loudest.find((x) => x !== p); if (o) out.set(p, o); }
  void statements;
  return out;
}
