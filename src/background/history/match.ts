// Which statements from earlier articles answer a statement in this one: the other side of the same
// dispute, on the same topic, best first. Pure; never offers a statement of the same side, nor one
// that merely shares a party with this article but talks about something else.
import type { Counter, Stance } from "../../core/types";
import type { HistoryRecord } from "./schema";
import type { StatementProfile } from "./profile";
import { keyWeight, overlap } from "./topics";
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

export type Match<R extends Matchable = Matchable> = { record: R; score: number; shared: string[]; why: "dispute" | "stance" };

export type Weight = (key: string) => number;

/** What the stored history says about a key: its weight, and whether it is too common to pin a topic alone. */
export type KeyStats = { weight: Weight; common: (key: string) => boolean };

// Places and powers named in a large share of all news: a real topic key, never enough alone.
const GENERIC_ENTITIES = new Set(
  ["u.s", "us", "usa", "united states", "america", "american", "washington", "europe", "european", "eu", "uk", "britain", "british", "world", "west", "western", "government", "congress", "white house", "senate", "parliament", "un", "united nations"].map((n) => "e:" + n),
);

export const STATIC_STATS: KeyStats = { weight: keyWeight, common: (k) => GENERIC_ENTITIES.has(k) };

/** Minimum overlap for a statement that names the other's side, when it shares one specific named thing. */
export const MIN_SCORE_DIRECT = 0.1;

/**
 * Score one earlier statement against one new statement; null when it is not a counter-statement.
 * Only the statements' own topic keys decide; the headlines add a little to the rank.
 */
export function matchRecord<R extends Matchable>(s: StatementProfile, r: R, stats: KeyStats = STATIC_STATS, topics?: ReadonlySet<string>): Match<R> | null {
  const weight = stats.weight;
  if (intersects(s.partyKeys, r.partyKeys)) return null; // same side
  const { score, shared } = overlap(r.topics, topics ?? new Set(s.topics), weight);
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

/** Candidates that answer `s`, best first: known disputes, then topic overlap, then the newest. */
export function rankMatches<R extends Matchable>(s: StatementProfile, candidates: Iterable<R>, stats: KeyStats = STATIC_STATS): Match<R>[] {
  const topics = new Set(s.topics);
  const out: Match<R>[] = [];
  for (const r of candidates) {
    const m = matchRecord(s, r, stats, topics);
    if (m) out.push(m);
  }
  return out.sort((a, b) => b.score - a.score || b.record.readAt - a.record.readAt);
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

/** Title length in a counter's label. */
const TITLE_CHARS = 100;

function hostOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, "");
  } catch {
    return "an unknown site";
  }
}

/** The counter entry shown in cards and the popup. */
export function counterOf(r: HistoryRecord): Counter {
  const who = r.speaker && r.speaker !== r.partyName ? `${r.speaker} (${r.partyName})` : r.partyName;
  // Provenance first: the site it was read on (a title is whatever that page chose to call itself).
  const where = ` — earlier on ${hostOf(r.url)}` + (r.title ? `, in “${excerpt(r.title, TITLE_CHARS)}”` : "");
  return { kind: "history", label: `${who}: “${excerpt(r.excerpt, LABEL_CHARS)}”${where}`, url: textFragmentUrl(r.url, r.sentence, r.fragment || undefined) };
}
