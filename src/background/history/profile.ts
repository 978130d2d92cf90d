// What the history needs to know about each statement of an analysed article: which side speaks
// (party keys), which sides it stands against (dispute info), what it is about (topic keys) and the
// sentence to link to. Pure: Analysis + text in, plain objects out; never stores anything.
import type { Analysis, Party, SourceKind, Stance, Statement } from "../../core/types";
import { excludedWords, nameKey, storyKeys, topicKeys, type TopicKey } from "./topics";
import { FlatText, sentenceBounds, textDirective } from "./fragment";

export type StatementProfile = {
  index: number;
  partyName: string;
  partyId: string | null;
  /** normalised name and aliases of the speaking side (the speaker's own name when it has no party) */
  partyKeys: string[];
  /** sides this statement's party is in a dispute with in its article (normalised names) */
  opponents: string[];
  /** parties this very statement accuses or denies (display names) */
  against: string[];
  /** the same parties as name keys */
  againstKeys: string[];
  /** dispute kinds this statement takes part in */
  disputes: ("rebuttal" | "accusation")[];
  speaker: string | null;
  stance: Stance;
  /** what the statement itself is about: its content, its sentence, what it answers */
  topics: TopicKey[];
  /** what the article is about (headline): ranks between candidates, never enough on its own */
  context: TopicKey[];
  /** the names the whole article is about (storyKeys): the same array for every statement of it */
  story: TopicKey[];
  sourceKind: SourceKind;
  /** words of the statement's content (the reading report's share of voice) */
  words: number;
  sentence: string;
  sentenceStart: number;
  /** the #:~:text= directive that lands on the sentence on this page */
  fragment: string;
  prefix: string;
  suffix: string;
  excerpt: string;
};

const EXCERPT_CHARS = 240;
const AFFIX_CHARS = 32;

// Bounds that keep one page's profile (and so its history records) small and its cost linear in
// the text, whatever the page holds: a sentence is looked for within a window around the
// statement, never across a whole page without full stops, and nothing stored grows with the page.
/** Longest headline read (a page's <title> can be a megabyte). */
export const MAX_TITLE_CHARS = 300;
/** How far from the statement its sentence may start or end. */
const SENTENCE_WINDOW = 300;
/** Longest stretch of a statement (source to content end) that its sentence is made around. */
const MAX_SPAN_CHARS = 1_000;
/** Longest content read for topic keys and the excerpt. */
const MAX_CONTENT_CHARS = 1_000;
/** Most topic keys kept per statement. */
export const MAX_TOPICS = 64;
/**
 * Characters the "does this start term occur earlier on the page" searches may read per profile,
 * as a multiple of the page's length. Beyond it a directive keeps its shortest start term (the
 * link may then land on an earlier repeat of the sentence): a page built of one sentence repeated
 * thousands of times costs one pass, not one pass per statement.
 */
const SEARCH_BUDGET_PER_CHAR = 24;

const PRONOUNS = new Set(["he", "she", "it", "they", "we", "i", "you", "him", "her", "them", "us", "his", "its", "their"]);

/**
 * Cross-article identity of a side: only names, never pronouns or descriptions. "she" or "the
 * company" name someone in this article only; as keys they would tie unrelated articles together.
 * Appositions are cut ("Wren Halloway, the president…" -> "wren halloway").
 */
export function nameKeys(names: string[]): string[] {
  const out = new Set<string>();
  for (const raw of names) {
    // The first part that is a name: "A ministry spokeswoman, Ines Verhoeven" -> "ines verhoeven".
    for (const part of raw.split(/[,(]/)) {
      const name = part.trim();
      const words = name.split(/\s+/).filter(Boolean);
      // A name has a capital beyond a leading article: "The Upland Growers Association", not "The association".
      const named = words.some((w, i) => /^\p{Lu}/u.test(w) && !(i === 0 && /^(the|a|an)$/i.test(w)));
      const key = nameKey(name);
      if (named && key && !PRONOUNS.has(key)) {
        out.add(key);
        break;
      }
    }
  }
  return [...out];
}

function partyKeysOf(p: Party | undefined, speaker: string | null): string[] {
  return nameKeys(p ? [p.name, ...p.aliases] : speaker ? [speaker] : []);
}

const contentOf = (st: Statement | undefined): string => (st?.content.text ?? "").slice(0, MAX_CONTENT_CHARS);

function statementSpan(s: Statement): { start: number; end: number } {
  const spans = [s.source, s.cue, s.content, ...(s.contentParts ?? [])].filter((x) => x !== null && x !== undefined);
  return {
    start: Math.min(...spans.map((x) => x.start)),
    end: Math.max(...spans.map((x) => x.end)),
  };
}

/** What profileAnalysis reads from a whole page, the same for every statement of it. */
type Page = {
  parties: Map<string, Party>;
  /** party id -> name keys of the sides it is in a dispute with */
  opponentsOf: Map<string, Set<string>>;
  /** statement -> display names of the parties it stands against */
  against: Map<number, Set<string>>;
  againstKeys: Map<number, Set<string>>;
  kinds: Map<number, Set<"rebuttal" | "accusation">>;
  /** every party and speaker name's words (never topic keys) */
  exclude: Set<string>;
  titleKeys: Set<TopicKey>;
  story: TopicKey[];
  /** "\n"-joined headline and text, squashed as far as the look-ups read */
  flat: FlatText;
  /** statements linked by a rebuttal, both ways */
  answerOf: Map<number, number[]>;
  /** the topic keys of a statement's content (made once per statement) */
  contentKeys: (i: number) => Set<TopicKey>;
};

/**
 * The page-wide part of a profile, kept while its Analysis lives: the history profiles each report
 * twice (to record it and to look up earlier answers), and on a long page the names, disputes and
 * text cost more than the few hundred statements profiled. An Analysis is never changed once made.
 */
const pages = new WeakMap<Analysis, { text: string; title: string; page: Page }>();

function pageOf(analysis: Analysis, text: string, title: string): Page {
  const known = pages.get(analysis);
  if (known && known.text === text && known.title === title) return known.page;
  const page = makePage(analysis, text, title);
  pages.set(analysis, { text, title, page });
  return page;
}

function makePage(analysis: Analysis, text: string, title: string): Page {
  const parties = new Map(analysis.parties.map((p) => [p.id, p]));
  // a side's keys once per side, not once per dispute it takes part in
  const sideKeys = new Map<string, string[]>();
  const keysOfSide = (p: Party): string[] => {
    let k = sideKeys.get(p.id);
    if (!k) sideKeys.set(p.id, (k = partyKeysOf(p, null)));
    return k;
  };
  const partyOfStatement = (i: number): Party | undefined => {
    const id = analysis.statements[i]?.party;
    return id ? parties.get(id) : undefined;
  };
  // Party-level opponents: any dispute between two parties makes each the other's opponent.
  const opponentsOf = new Map<string, Set<string>>();
  const link = (a: Party | undefined, b: Party | undefined): void => {
    if (!a || !b || a.id === b.id) return;
    for (const [x, y] of [[a, b], [b, a]] as const) {
      const set = opponentsOf.get(x.id) ?? new Set<string>();
      for (const k of keysOfSide(y)) set.add(k);
      opponentsOf.set(x.id, set);
    }
  };
  const against = new Map<number, Set<string>>();
  const againstKeys = new Map<number, Set<string>>();
  const kinds = new Map<number, Set<"rebuttal" | "accusation">>();
  const setAt = <K, T>(m: Map<K, Set<T>>, k: K): Set<T> => {
    let set = m.get(k);
    if (!set) m.set(k, (set = new Set()));
    return set;
  };
  for (const d of analysis.disputes) {
    const from = partyOfStatement(d.from);
    const target = parties.get(d.against);
    link(from, target);
    if (d.answers !== undefined) link(from, partyOfStatement(d.answers));
    if (target) setAt(against, d.from).add(target.name);
    // a rebuttal stands against the party of what it answers, too
    const answered = d.answers !== undefined ? partyOfStatement(d.answers) : undefined;
    for (const p of [target, answered]) {
      if (!p) continue;
      const set = setAt(againstKeys, d.from);
      for (const k of keysOfSide(p)) set.add(k);
    }
    setAt(kinds, d.from).add(d.kind);
    if (d.answers !== undefined) setAt(kinds, d.answers).add(d.kind);
  }
  // Who speaks is not what it is about: drop every party and speaker name from topic keys.
  const names = new Set<string>(); // each name once: a speaker quoted a thousand times is one name
  for (const p of analysis.parties) {
    names.add(p.name);
    for (const a of p.aliases) names.add(a);
  }
  for (const s of analysis.statements) if (s.speaker) names.add(s.speaker);
  const exclude = excludedWords(names);
  // Statements linked by a rebuttal, both ways, and their content keys, each computed once:
  // long live pages carry hundreds of statements and disputes.
  const answerOf = new Map<number, number[]>();
  const listAt = (k: number): number[] => {
    let l = answerOf.get(k);
    if (!l) answerOf.set(k, (l = []));
    return l;
  };
  for (const d of analysis.disputes) {
    if (d.answers === undefined) continue;
    listAt(d.from).push(d.answers);
    listAt(d.answers).push(d.from);
  }
  const keyCache = new Map<number, Set<TopicKey>>();
  const contentKeys = (i: number): Set<TopicKey> => {
    let k = keyCache.get(i);
    if (!k) keyCache.set(i, (k = topicKeys(contentOf(analysis.statements[i]), exclude)));
    return k;
  };
  return {
    parties,
    opponentsOf,
    against,
    againstKeys,
    kinds,
    exclude,
    titleKeys: topicKeys(title, exclude),
    story: storyKeys(title, text),
    flat: new FlatText(title + "\n" + text),
    answerOf,
    contentKeys,
  };
}

/**
 * Build one profile per statement that has a source; one with no identifiable side (an unnamed
 * source, "officials") gets no party keys: it is never offered as an answer, but the reading
 * report counts it. Statements without any source are skipped. At most `limit` profiles, of the
 * first statements.
 */
export function profileAnalysis(analysis: Analysis, text: string, fullTitle = "", limit = Infinity): StatementProfile[] {
  // nothing to profile: the page-wide keys (story words, the flattened text) are not worth making
  if (limit <= 0 || !analysis.statements.some((s) => s.sourceKind !== "none")) return [];
  const title = fullTitle.slice(0, MAX_TITLE_CHARS);
  const { parties, opponentsOf, against, againstKeys, kinds, exclude, titleKeys, story, flat, answerOf, contentKeys } = pageOf(analysis, text, title);
  const partyOfStatement = (i: number): Party | undefined => {
    const id = analysis.statements[i]?.party;
    return id ? parties.get(id) : undefined;
  };
  // The headline is on the page above the article: a start term must not match there either.
  const head = title.length + 1;
  let budget = SEARCH_BUDGET_PER_CHAR * flat.length + 100_000;
  const occursBefore = (term: string, pos: number): boolean => {
    if (budget <= 0) return false;
    const i = flat.indexOf(term);
    budget -= (i < 0 ? flat.length : i) + term.length;
    return i >= 0 && i < flat.offsetOf(pos);
  };

  const out: StatementProfile[] = [];
  analysis.statements.forEach((s, index) => {
    if (out.length >= limit) return;
    const party = partyOfStatement(index);
    const partyKeys = partyKeysOf(party, s.speaker);
    if (s.sourceKind === "none") return;
    const sb = boundedSentence(text, statementSpan(s));
    const sentence = text.slice(sb.start, sb.end);
    // The statement, its sentence and what it answers together say what it is about; a bare
    // "he denied it" has no topic of its own. The headline is kept apart: every statement of an
    // article shares it, and two roundups with one headline word in common are not one dispute.
    const keys = topicKeys(contentOf(s) + "\n" + sentence, exclude);
    for (const other of answerOf.get(index) ?? []) for (const k of contentKeys(other)) keys.add(k);
    out.push({
      index,
      partyName: party?.name ?? s.speaker ?? "",
      partyId: party?.id ?? null,
      partyKeys,
      opponents: [...new Set([...(party ? (opponentsOf.get(party.id) ?? []) : []), ...(againstKeys.get(index) ?? [])])],
      against: [...(against.get(index) ?? [])],
      againstKeys: [...(againstKeys.get(index) ?? [])],
      disputes: [...(kinds.get(index) ?? [])],
      speaker: s.speaker,
      stance: s.stance,
      topics: [...keys].slice(0, MAX_TOPICS),
      context: [...titleKeys].filter((k) => !keys.has(k)).slice(0, MAX_TOPICS),
      story,
      sourceKind: s.sourceKind,
      words: contentOf(s).split(/\s+/).filter(Boolean).length,
      sentence,
      sentenceStart: sb.start,
      fragment: textDirective(sentence, (term) => occursBefore(term, head + sb.start)),
      prefix: text.slice(Math.max(0, sb.start - AFFIX_CHARS), sb.start),
      suffix: text.slice(sb.end, sb.end + AFFIX_CHARS),
      excerpt: excerpt(contentOf(s)),
    });
  });
  return out;
}

/**
 * The sentence around a statement, looked for only within SENTENCE_WINDOW characters of it (and
 * around at most MAX_SPAN_CHARS of the statement): bounded work and a bounded result per
 * statement, however long the page's sentences run.
 */
export function boundedSentence(text: string, span: { start: number; end: number }): { start: number; end: number } {
  const end = Math.min(span.end, span.start + MAX_SPAN_CHARS);
  const lo = Math.max(0, span.start - SENTENCE_WINDOW);
  const hi = Math.min(text.length, end + SENTENCE_WINDOW);
  const sb = sentenceBounds(text.slice(lo, hi), span.start - lo, end - lo);
  return { start: sb.start + lo, end: sb.end + lo };
}

export function excerpt(s: string, max = EXCERPT_CHARS): string {
  const t = s.replace(/\s+/g, " ").trim();
  if (t.length <= max) return t;
  const cut = t.lastIndexOf(" ", max - 1);
  return t.slice(0, cut > max / 2 ? cut : max - 1) + "…";
}
