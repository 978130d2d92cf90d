// Which statements from earlier articles answer a statement in this one: the other side of the same
// dispute, on the same topic, best first. Pure; never offers a statement of the same side, nor one
// that merely shares a party with this article but talks about something else.
import type { Counter, Stance } from "../../core/types";
import { outletOf } from "../../shared/reading";
import type { HistoryRecord } from "./schema";
import type { StatementProfile } from "./profile";
import { keyWeight, overlap, type StoryNames } from "./topics";

const isWord = (k: string): boolean => k.startsWith("w:");

/** The words (w: topic keys) of a set of statements: what an article says, for storyMatch. */
export const wordsOf = (topics: Iterable<readonly string[]>): string[] => [...new Set([...topics].flatMap((t) => t.filter(isWord)))];
import { textFragmentUrl } from "./fragment";
import { excerpt } from "./profile";

/** Excerpt length in a counter's label: the popup shows a line or two, the link has the rest. */
const LABEL_CHARS = 140;

// Thresholds set so that the 84 PolNeAR dev articles (US politics, many Trump/Clinton disputes but
// no shared incident across articles) offer almost nothing, while two reports of one incident from
// each side share their place, figures and key verbs well above them (tests/history, demo/dispute).
/** Topic overlap needed when the two sides are known to be in a dispute. */
export const MIN_SCORE = 0.2;
/** Without a known dispute between the sides, an allegation and a denial must agree more closely. */
export const MIN_SCORE_STANCE_ONLY = 0.3;
/** At least this many shared things (see concepts()): two common words in common are chance. */
export const MIN_SHARED = 3;
export const MAX_COUNTERS = 3;
/** How much shared headline words add to the rank of an accepted match. */
export const CONTEXT_WEIGHT = 0.2;

const intersects = (a: readonly string[], b: readonly string[]): boolean => a.some((x) => b.includes(x));

const OPPOSED: Partial<Record<Stance, Stance[]>> = {
  allegation: ["denial", "concession"],
  denial: ["allegation"],
  concession: ["allegation"],
};
/** Stances that may find an answer by topic alone, without a known dispute between the sides. */
export const OPPOSED_STANCES: ReadonlySet<Stance> = new Set(Object.keys(OPPOSED) as Stance[]);

/** What matching reads of a stored statement (the in-memory index holds just this). */
export type Matchable = Pick<HistoryRecord, "id" | "url" | "readAt" | "stance" | "partyKeys" | "opponents" | "againstKeys" | "topics" | "context">;

/** One of the two statements itself accuses or rebuts the other's side, by name. */
export function direct(s: Pick<StatementProfile, "partyKeys" | "againstKeys">, r: Pick<Matchable, "partyKeys" | "againstKeys">): boolean {
  return intersects(s.againstKeys, r.partyKeys) || intersects(r.againstKeys, s.partyKeys);
}

export type Match<R extends Matchable = Matchable> = { record: R; score: number; shared: string[]; why: "story" | "dispute" | "stance" };

export type Weight = (key: string) => number;

/** What the stored history says about a key: its weight, and whether it is too common to pin a topic alone. */
export type KeyStats = { weight: Weight; common: (key: string) => boolean };

// Places and powers named in a large share of all news: a real topic key, never enough alone.
const GENERIC_ENTITIES = new Set(
  ["u.s", "us", "usa", "united states", "america", "american", "washington", "europe", "european", "eu", "uk", "britain", "british", "world", "west", "western", "government", "congress", "white house", "senate", "parliament", "un", "united nations"].map((n) => "e:" + n),
);

export const STATIC_STATS: KeyStats = { weight: keyWeight, common: (k) => GENERIC_ENTITIES.has(k) };

// ---- stories: two articles about the same thing ------------------------------------------------

// Name words found in a large share of all news (story keys, see topics.storyNames): a real part
// of a story, never enough to tie two articles together.
const GENERIC_STORY = new Set(
  ["u.s", "us", "usa", "united", "states", "america", "american", "americans", "washington", "europe", "european", "eu", "uk", "britain", "british", "world", "west", "western", "congress", "white", "house", "senate", "parliament", "un", "nations", "national", "international", "government", "republican", "republicans", "democrat", "democrats", "democratic", "gop", "north", "south", "east", "new", "york", "times", "city", "county", "state", "university", "police", "court", "supreme", "twitter", "facebook", "cnn", "reuters", "afp", "ap", "bbc", "news", "press", "associated", "committee", "council", "department", "agency", "office", "bank"].map((w) => "s:" + w),
);

export type StoryStats = { weight: Weight; common: (key: string) => boolean };
export const STATIC_STORY_STATS: StoryStats = { weight: () => 1, common: () => false };

/** Names in common (not generic, not common in the history) that make a story on their own. */
export const MIN_STORY_NAMES = 3;
/** With only two names in common, what the two articles say must overlap this much too. */
export const MIN_STORY_TOPIC = 0.15;
/** Weighted overlap of story keys (cosine) needed in any case. */
export const MIN_STORY_SCORE = 0.1;

export type StoryMatch = { score: number; shared: string[]; names: number; topic: number };

/**
 * Are two articles on the same story? They must share several of the names each is about (the
 * words of one name count once), not generic ones ("Washington") nor names the history holds in
 * many pages, with a fair weighted overlap; with just two names in common, their words (topic
 * keys of their statements) must overlap too. One frequent name or a common word is never enough;
 * neither is a company and its chief executive in an article about something else.
 * `topic` is the overlap of the two articles' words (0..1).
 */
export function storyMatch(a: StoryNames, b: readonly string[], stats: StoryStats = STATIC_STORY_STATS, topicOf: number | (() => number) = 0): StoryMatch | null {
  if (a.keys.length === 0 || b.length === 0) return null;
  const w = (k: string): number => (GENERIC_STORY.has(k) ? 0.25 : 1) * stats.weight(k);
  const setB = new Set(b);
  const shared = a.keys.filter((k) => setB.has(k));
  const headOf = (k: string): string => {
    let h = k;
    for (let i = 0; i < 3; i++) h = a.head.get(h) ?? h;
    return h;
  };
  const names = new Set(shared.filter((k) => !GENERIC_STORY.has(k) && !stats.common(k)).map(headOf)).size;
  if (names < MIN_STORY_NAMES - 1) return null;
  const topic = typeof topicOf === "number" ? topicOf : topicOf();
  if (names < MIN_STORY_NAMES && topic < MIN_STORY_TOPIC) return null;
  let wa = 0;
  let wb = 0;
  let ws = 0;
  for (const k of a.keys) wa += w(k);
  for (const k of b) wb += w(k);
  for (const k of shared) ws += w(k);
  const score = ws / Math.sqrt(wa * wb);
  return score >= MIN_STORY_SCORE ? { score, shared, names, topic } : null;
}

/** Stored pages whose words are compared with this article's per look-up, at most. */
export const TOPIC_BUDGET = 24;

/** What the in-memory index knows of stored pages' stories (see memory.ts). */
export type StoryIndex<R> = {
  pagesSharing(story: readonly string[], excludeUrl: string, min?: number): Map<string, number>;
  storyOf(url: string): readonly string[];
  hasStory(url: string): boolean;
  storyWeight: Weight;
  storyCommon: (key: string) => boolean;
  recordsOf(url: string): R[];
};

/**
 * The stored pages on the story of an article with story keys `story`: a judge for every stored
 * page (a match, null when it is another story, undefined when it was stored without story keys)
 * and the statements of the pages on this story (candidates however they are worded).
 */
export function storiesFor<R extends Matchable>(
  index: StoryIndex<R>,
  story: StoryNames,
  words: readonly string[],
  weight: Weight,
  self: string,
): { stories: (url: string) => StoryMatch | null | undefined; sameStory: R[] } {
  if (story.keys.length === 0) return { stories: () => undefined, sameStory: [] };
  const stats: StoryStats = { weight: index.storyWeight, common: index.storyCommon };
  const found = new Map<string, StoryMatch>();
  // Only names that can count look for pages: a generic or common one is in too many of them.
  const specific = story.keys.filter((k) => !GENERIC_STORY.has(k) && !stats.common(k));
  // Pages sharing the most names first; what they say is compared for the first TOPIC_BUDGET pages
  // that need it (two names in common): a pair of sides that speaks in hundreds of stored pages
  // must not make every look-up read all of them.
  const pages = [...index.pagesSharing(specific, self, MIN_STORY_NAMES - 1)].sort((x, y) => y[1] - x[1]);
  let budget = TOPIC_BUDGET;
  for (const [url] of pages) {
    const topic = (): number =>
      budget-- > 0 ? overlap(words, new Set(index.recordsOf(url).flatMap((r) => r.topics.filter(isWord))), weight).score : 0;
    const m = storyMatch(story, index.storyOf(url), stats, topic);
    if (m) found.set(url, m);
  }
  const sameStory = [...found.keys()].flatMap((url) => index.recordsOf(url));
  return { stories: (url) => found.get(url) ?? (index.hasStory(url) ? null : undefined), sameStory };
}

/**
 * One side speaking in both: a key in common, or a person's full name and their surname alone
 * ("donald trump" / "trump").
 */
export function sameSide(a: readonly string[], b: readonly string[]): boolean {
  if (intersects(a, b)) return true;
  const surname = (x: string, y: string): boolean => !x.includes(" ") && x.length >= 4 && y.endsWith(" " + x);
  return a.some((x) => b.some((y) => surname(x, y) || surname(y, x)));
}

/** Minimum overlap for a statement that names the other's side, when it shares one specific named thing. */
export const MIN_SCORE_DIRECT = 0.1;

/**
 * Score one earlier statement against one new statement; null when it is not a counter-statement.
 * Only the statements' own topic keys decide; the headlines add a little to the rank.
 */
export function matchRecord<R extends Matchable>(
  s: StatementProfile,
  r: R,
  stats: KeyStats = STATIC_STATS,
  topics?: ReadonlySet<string>,
  story?: StoryMatch | null,
): Match<R> | null {
  const weight = stats.weight;
  // only a side answers a side; an unnamed source is counted, never offered
  if (s.partyKeys.length === 0 || r.partyKeys.length === 0 || sameSide(s.partyKeys, r.partyKeys)) return null;
  const { score, shared } = overlap(r.topics, topics ?? new Set(s.topics), weight);
  // The same story (article level): every other side's statement in it answers, the closest first.
  if (story) {
    const named = direct(s, r) ? 1 : intersects(s.opponents, r.partyKeys) || intersects(r.opponents, s.partyKeys) ? 0.5 : 0;
    return { record: r, score: story.score + score + CONTEXT_WEIGHT * overlap(r.context, s.context, weight).score + named, shared, why: "story" };
  }
  // A stored page that is not on this story (by its names) is offered only when one of the two
  // statements accuses or rebuts the other's side by name, on the same specific thing (below).
  if (story === null && !direct(s, r)) return null;
  if (shared.length === 0) return null;
  const rank = score + CONTEXT_WEIGHT * overlap(r.context, s.context, weight).score;
  const things = concepts(shared);
  const named = shared.some((k) => !k.startsWith("w:"));
  // One statement names the other's side as the one it accuses or rebuts: one specific named
  // thing in common (the drug, the canal, the figure; not "the U.S.") is enough, however
  // differently the two sides word the rest ("withholding reports of liver damage" / "disclosed
  // every adverse event"); so are two things with a fair overlap.
  if (direct(s, r)) {
    const specific = shared.some((k) => !k.startsWith("w:") && !GENERIC_ENTITIES.has(k) && !stats.common(k));
    if ((specific && score >= MIN_SCORE_DIRECT) || (things >= 2 && score >= MIN_SCORE)) {
      return { record: r, score: rank + 2, shared, why: "dispute" };
    }
  }
  if (things < MIN_SHARED) return null;
  // Opposite sides: this article sets its party against theirs, or theirs was set against ours.
  const disputed = intersects(s.opponents, r.partyKeys) || intersects(r.opponents, s.partyKeys);
  if (disputed && score >= MIN_SCORE) return { record: r, score: rank + 1, shared, why: "dispute" };
  // Without a known dispute, an allegation and a denial must also name the same thing (an entity
  // or a figure), not just use the same words.
  const opposed = OPPOSED[s.stance]?.includes(r.stance) ?? false;
  if (opposed && named && score >= MIN_SCORE_STANCE_ONLY) return { record: r, score: rank, shared, why: "stance" };
  return null;
}

/**
 * Shared keys counted as things: "Barack Obama" shares e:barack obama, w:barack and w:obama, which
 * is one thing, not three. A word key counts only when no shared entity holds that word.
 */
export function concepts(shared: readonly string[]): number {
  const inEntities = new Set<string>();
  for (const k of shared) if (k.startsWith("e:")) for (const w of k.slice(2).split(" ")) inEntities.add(w);
  return shared.filter((k) => !(k.startsWith("w:") && inEntities.has(k.slice(2)))).length;
}

/**
 * Candidates that answer `s`, best first: story and topic overlap, known disputes, then the newest.
 * `stories` says, per stored page, whether it is on this article's story (a match) or not (null);
 * for a page stored without story keys (undefined) the statements alone decide.
 */
export function rankMatches<R extends Matchable>(
  s: StatementProfile,
  candidates: Iterable<R>,
  stats: KeyStats = STATIC_STATS,
  stories?: (url: string) => StoryMatch | null | undefined,
): Match<R>[] {
  const topics = new Set(s.topics);
  const out: Match<R>[] = [];
  const seen = new Set<string>();
  for (const r of candidates) {
    if (seen.has(r.id)) continue;
    seen.add(r.id);
    const m = matchRecord(s, r, stats, topics, stories?.(r.url));
    if (m) out.push(m);
  }
  return out.sort((a, b) => b.score - a.score || b.record.readAt - a.record.readAt);
}

/** How much each earlier offer under another statement of the article lowers a candidate's rank. */
export const REPEAT_PENALTY = 0.6;

/**
 * Up to `max` answers per statement from each one's ranked list, statement by statement: an earlier
 * statement already offered under another statement of this article ranks lower the next time, so
 * the reader sees more of the other side than the same sentence under every statement.
 * `key` says when two records are one offer (the same sentence).
 */
export function spreadOffers<T>(ranked: { item: T; score: number }[][], key: (t: T) => string, max = MAX_COUNTERS): T[][] {
  const uses = new Map<string, number>();
  return ranked.map((list) => {
    const picked = list
      .map((c, i) => ({ c, i, adj: c.score - REPEAT_PENALTY * (uses.get(key(c.item)) ?? 0) }))
      .sort((a, b) => b.adj - a.adj || a.i - b.i);
    const out: T[] = [];
    const taken = new Set<string>();
    for (const { c } of picked) {
      const k = key(c.item);
      if (taken.has(k)) continue;
      taken.add(k);
      out.push(c.item);
      if (out.length >= max) break;
    }
    for (const k of taken) uses.set(k, (uses.get(k) ?? 0) + 1);
    return out;
  });
}

/** Keep the first of records that point at the same sentence (two statements in one sentence). */
export function onePerSentence(records: HistoryRecord[], max = MAX_COUNTERS): HistoryRecord[] {
  const seen = new Set<string>();
  return records
    .filter((r) => {
      const k = r.url + "\u0000" + r.sentence;
      if (seen.has(k)) return false;
      seen.add(k);
      return true;
    })
    .slice(0, max);
}

/** The reading day of a record, as YYYY-MM-DD (UTC): the same in every locale. */
export const dayOf = (ms: number): string => new Date(ms).toISOString().slice(0, 10);

/**
 * The counter entry shown in the popup: who, what, and where it was read (outlet and day always
 * shown, so a title alone never stands for where a statement came from).
 */
export function counterOf(r: HistoryRecord): Counter {
  const who = r.speaker && r.speaker !== r.partyName ? `${r.speaker} (${r.partyName})` : r.partyName;
  const source = [outletOf(r.url), dayOf(r.readAt)].filter(Boolean).join(", ");
  const where = (r.title ? ` — earlier in “${r.title}”` : " — earlier") + ` (${source})`;
  return { kind: "history", label: `${who}: “${excerpt(r.excerpt, LABEL_CHARS)}”${where}`, url: textFragmentUrl(r.url, r.sentence, r.fragment || undefined) };
}
