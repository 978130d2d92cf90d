// Which statements from earlier articles answer a statement in this one: the other side of the same
// dispute, on the same topic, best first. Pure; never offers a statement of the same side, nor one
// that merely shares a party with this article but talks about something else.
import type { Counter, Stance } from "../../core/types";
import type { HistoryRecord } from "./schema";
import type { StatementProfile } from "./profile";
import { overlap } from "./topics";
import { textFragmentUrl } from "./fragment";

/** Topic overlap needed when the two sides are known to be in a dispute. */
export const MIN_SCORE = 0.12;
/** Without a known dispute between the sides, an allegation and a denial must agree more closely. */
export const MIN_SCORE_STANCE_ONLY = 0.25;
/** At least this many shared keys: one shared word is chance. */
export const MIN_SHARED = 2;
export const MAX_COUNTERS = 3;

const intersects = (a: readonly string[], b: readonly string[]): boolean => a.some((x) => b.includes(x));

const OPPOSED: Partial<Record<Stance, Stance[]>> = {
  allegation: ["denial", "concession"],
  denial: ["allegation"],
  concession: ["allegation"],
};
/** Stances that may find an answer by topic alone, without a known dispute between the sides. */
export const OPPOSED_STANCES: ReadonlySet<Stance> = new Set(Object.keys(OPPOSED) as Stance[]);

/** What matching reads of a stored statement (the in-memory index holds just this). */
export type Matchable = Pick<HistoryRecord, "id" | "url" | "readAt" | "stance" | "partyKeys" | "opponents" | "topics">;

export type Match<R extends Matchable = Matchable> = { record: R; score: number; shared: string[]; why: "dispute" | "stance" };

/** Score one earlier statement against one new statement; null when it is not a counter-statement. */
export function matchRecord<R extends Matchable>(s: StatementProfile, r: R, topics?: ReadonlySet<string>): Match<R> | null {
  if (intersects(s.partyKeys, r.partyKeys)) return null; // same side
  const { score, shared } = overlap(r.topics, topics ?? new Set(s.topics));
  if (shared.length < MIN_SHARED) return null;
  // Opposite sides: this article sets its party against theirs, or theirs was set against ours.
  const disputed = intersects(s.opponents, r.partyKeys) || intersects(r.opponents, s.partyKeys);
  if (disputed && score >= MIN_SCORE) return { record: r, score: score + 1, shared, why: "dispute" };
  // Without a known dispute, an allegation and a denial must also name the same thing (an entity
  // or a figure), not just use the same words.
  const opposed = OPPOSED[s.stance]?.includes(r.stance) ?? false;
  const named = shared.some((k) => !k.startsWith("w:"));
  if (opposed && named && score >= MIN_SCORE_STANCE_ONLY) return { record: r, score, shared, why: "stance" };
  return null;
}

/** Candidates that answer `s`, best first: known disputes, then topic overlap, then the newest. */
export function rankMatches<R extends Matchable>(s: StatementProfile, candidates: Iterable<R>): Match<R>[] {
  const topics = new Set(s.topics);
  const out: Match<R>[] = [];
  for (const r of candidates) {
    const m = matchRecord(s, r, topics);
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

/** The counter entry shown in cards and the popup. */
export function counterOf(r: HistoryRecord): Counter {
  const who = r.speaker && r.speaker !== r.partyName ? `${r.speaker} (${r.partyName})` : r.partyName;
  const where = r.title ? ` — earlier in “${r.title}”` : " — earlier";
  return { kind: "history", label: `${who}: “${r.excerpt}”${where}`, url: textFragmentUrl(r.url, r.sentence) };
}
