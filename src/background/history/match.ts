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

export type Match = { record: HistoryRecord; score: number; shared: string[]; why: "dispute" | "stance" };

/** Score one earlier statement against one new statement; null when it is not a counter-statement. */
export function matchRecord(s: StatementProfile, r: HistoryRecord, topics?: ReadonlySet<string>): Match | null {
  if (intersects(s.partyKeys, r.partyKeys)) return null; // same side
  const { score, shared } = overlap(r.topics, topics ?? new Set(s.topics));
  if (shared.length < MIN_SHARED) return null;
  // Opposite sides: this article sets its party against theirs, or theirs was set against ours.
  const disputed = intersects(s.opponents, r.partyKeys) || intersects(r.opponents, s.partyKeys);
  if (disputed && score >= MIN_SCORE) return { record: r, score: score + 1, shared, why: "dispute" };
  const opposed = OPPOSED[s.stance]?.includes(r.stance) ?? false;
  if (opposed && score >= MIN_SCORE_STANCE_ONLY) return { record: r, score, shared, why: "stance" };
  return null;
}

/** Rank candidates for one statement: known disputes first, then by overlap, then newest; one per sentence. */
export function rankMatches(s: StatementProfile, candidates: Iterable<HistoryRecord>, max = MAX_COUNTERS): Match[] {
  const topics = new Set(s.topics);
  const out: Match[] = [];
  for (const r of candidates) {
    const m = matchRecord(s, r, topics);
    if (m) out.push(m);
  }
  out.sort((a, b) => b.score - a.score || b.record.readAt - a.record.readAt);
  const seen = new Set<string>();
  return out
    .filter((m) => {
      const k = m.record.url + "\u0000" + m.record.sentence;
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
