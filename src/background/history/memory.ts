// In-memory inverted index over the stored history (topic key, party key, opponent key -> ids),
// loaded once from IndexedDB when the background wakes and kept in step with every write made
// through History. Holds only what matching needs, never the sentences or excerpts; those are read
// from IndexedDB for the few winners. It must never be written to except alongside the store.
import type { HistoryRecord } from "./schema";
import type { StatementProfile } from "./profile";
import { MIN_SHARED, OPPOSED_STANCES, direct, type Matchable } from "./match";
import { keyWeight } from "./topics";

type Slim = Matchable;

/** Rough topic keys per statement, to weigh the two ways of finding candidates against each other. */
const AVG_TOPICS = 25;
const COMMON_MIN = 10;
const COMMON_SHARE = 0.02;

const add = (m: Map<string, Set<string>>, key: string, id: string): void => {
  let s = m.get(key);
  if (!s) m.set(key, (s = new Set()));
  s.add(id);
};
const drop = (m: Map<string, Set<string>>, key: string, id: string): void => {
  const s = m.get(key);
  if (s && s.delete(id) && s.size === 0) m.delete(key);
};

export class MemoryIndex {
  private readonly entries = new Map<string, Slim>();
  private readonly byTopic = new Map<string, Set<string>>();
  private readonly byContext = new Map<string, Set<string>>();
  private readonly byParty = new Map<string, Set<string>>();
  private readonly byOpponent = new Map<string, Set<string>>();
  private readonly byUrl = new Map<string, Set<string>>();

  get size(): number {
    return this.entries.size;
  }

  add(r: HistoryRecord): void {
    if (this.entries.has(r.id)) this.remove(r.id);
    const slim: Slim = {
      id: r.id,
      url: r.url,
      readAt: r.readAt,
      stance: r.stance,
      partyKeys: r.partyKeys,
      opponents: r.opponents,
      againstKeys: r.againstKeys ?? [],
      topics: r.topics,
      context: r.context ?? [],
    };
    this.entries.set(r.id, slim);
    for (const k of r.topics) add(this.byTopic, k, r.id);
    for (const k of r.context ?? []) add(this.byContext, k, r.id);
    for (const k of r.partyKeys) add(this.byParty, k, r.id);
    for (const k of r.opponents) add(this.byOpponent, k, r.id);
    add(this.byUrl, r.url, r.id);
  }

  remove(id: string): void {
    const r = this.entries.get(id);
    if (!r) return;
    this.entries.delete(id);
    for (const k of r.topics) drop(this.byTopic, k, id);
    for (const k of r.context) drop(this.byContext, k, id);
    for (const k of r.partyKeys) drop(this.byParty, k, id);
    for (const k of r.opponents) drop(this.byOpponent, k, id);
    drop(this.byUrl, r.url, id);
  }

  /** Mirror HistoryStore.putPage. */
  replacePage(url: string, records: HistoryRecord[]): void {
    for (const id of [...(this.byUrl.get(url) ?? [])]) this.remove(id);
    for (const r of records) this.add(r);
  }

  clear(): void {
    for (const m of [this.entries, this.byTopic, this.byContext, this.byParty, this.byOpponent, this.byUrl]) m.clear();
  }

  /**
   * Weight of a key: its kind (entities and figures above words) times its rarity in the history
   * (smoothed inverse document frequency), so "president" in a history of political news counts
   * for little and "Sallow Canal" for a lot. With a near-empty history every key weighs about 1.
   */
  /**
   * A key found in many stored statements (at least COMMON_MIN of them and COMMON_SHARE of all):
   * too common to pin a topic on its own. A small history calls nothing common.
   */
  readonly common = (key: string): boolean => {
    const df = this.byTopic.get(key)?.size ?? 0;
    return df >= COMMON_MIN && df >= COMMON_SHARE * this.entries.size;
  };

  readonly weight = (key: string): number => {
    const df = (this.byTopic.get(key)?.size ?? 0) + (this.byContext.get(key)?.size ?? 0);
    return keyWeight(key) * (1 + Math.log((this.entries.size + 1) / (df + 1)));
  };

  /**
   * Entries that could answer `s`: sharing at least MIN_SHARED topic keys and either of a side it
   * disputes, of a side that disputed it, or (allegations and denials) sharing an entity or
   * number. Necessary conditions of matchRecord, so nothing it would accept is missed.
   */
  candidates(s: StatementProfile, excludeUrl: string): Slim[] {
    const sideLists = [...s.opponents.map((k) => this.byParty.get(k)), ...s.partyKeys.map((k) => this.byOpponent.get(k))];
    const byStance = OPPOSED_STANCES.has(s.stance);
    const strongLists = byStance ? s.topics.filter((k) => !k.startsWith("w:")).map((k) => this.byTopic.get(k)) : [];
    const topicLists = s.topics.map((k) => this.byTopic.get(k));
    const size = (ls: (Set<string> | undefined)[]): number => ls.reduce((n, l) => n + (l?.size ?? 0), 0);
    const sideSize = size(sideLists);
    if (sideSize === 0 && !byStance) return [];
    // Two ways to the same set; take the cheaper. A popular side ("the White House") has many
    // statements but few on this topic: walk the topic keys' lists. A rare side: walk its statements.
    const viaTopics = size(topicLists) < (sideSize + size(strongLists)) * AVG_TOPICS;
    const out: Slim[] = [];
    if (viaTopics) {
      const shared = new Map<string, number>();
      const strong = new Set<string>();
      s.topics.forEach((k, i) => {
        const isStrong = byStance && !k.startsWith("w:");
        for (const id of topicLists[i] ?? []) {
          shared.set(id, (shared.get(id) ?? 0) + 1);
          if (isStrong) strong.add(id);
        }
      });
      for (const [id, n] of shared) {
        const e = this.entries.get(id);
        if (!e || e.url === excludeUrl || (n < MIN_SHARED && !direct(s, e))) continue;
        // side membership read off the entry: cheaper than collecting a popular side's ids
        const side = e.partyKeys.some((k) => s.opponents.includes(k)) || e.opponents.some((k) => s.partyKeys.includes(k));
        if (side || strong.has(id)) out.push(e);
      }
      return out;
    }
    const ids = new Set<string>();
    for (const l of [...sideLists, ...strongLists]) for (const id of l ?? []) ids.add(id);
    const topics = new Set(s.topics);
    for (const id of ids) {
      const e = this.entries.get(id);
      if (!e || e.url === excludeUrl) continue;
      let n = 0;
      for (const k of e.topics) if (topics.has(k) && ++n >= MIN_SHARED) break;
      if (n >= MIN_SHARED || (n > 0 && direct(s, e))) out.push(e);
    }
    return out;
  }
}
