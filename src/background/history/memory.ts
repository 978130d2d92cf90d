// In-memory inverted index over the stored history (topic key, party key, opponent key -> ids),
// loaded once from IndexedDB when the background wakes and kept in step with every write made
// through History. Holds only what matching needs, never the sentences or excerpts; those are read
// from IndexedDB for the few winners. It must never be written to except alongside the store.
import type { HistoryRecord } from "./schema";
import type { StatementProfile } from "./profile";
import { MIN_SHARED, OPPOSED_STANCES, type Matchable } from "./match";

type Slim = Matchable;

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
  private readonly byParty = new Map<string, Set<string>>();
  private readonly byOpponent = new Map<string, Set<string>>();
  private readonly byUrl = new Map<string, Set<string>>();

  get size(): number {
    return this.entries.size;
  }

  add(r: HistoryRecord): void {
    if (this.entries.has(r.id)) this.remove(r.id);
    const slim: Slim = { id: r.id, url: r.url, readAt: r.readAt, stance: r.stance, partyKeys: r.partyKeys, opponents: r.opponents, topics: r.topics };
    this.entries.set(r.id, slim);
    for (const k of r.topics) add(this.byTopic, k, r.id);
    for (const k of r.partyKeys) add(this.byParty, k, r.id);
    for (const k of r.opponents) add(this.byOpponent, k, r.id);
    add(this.byUrl, r.url, r.id);
  }

  remove(id: string): void {
    const r = this.entries.get(id);
    if (!r) return;
    this.entries.delete(id);
    for (const k of r.topics) drop(this.byTopic, k, id);
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
    for (const m of [this.entries, this.byTopic, this.byParty, this.byOpponent, this.byUrl]) m.clear();
  }

  /**
   * Entries that could answer `s`: sharing at least MIN_SHARED topic keys and either of a side it
   * disputes, of a side that disputed it, or (allegations and denials) sharing an entity or
   * number. The same pre-conditions matchRecord checks, so nothing it would accept is missed.
   */
  candidates(s: StatementProfile, excludeUrl: string): Slim[] {
    const side = new Set<string>();
    for (const k of s.opponents) for (const id of this.byParty.get(k) ?? []) side.add(id);
    for (const k of s.partyKeys) for (const id of this.byOpponent.get(k) ?? []) side.add(id);
    const byStance = OPPOSED_STANCES.has(s.stance);
    if (side.size === 0 && !byStance) return [];
    const shared = new Map<string, number>();
    const strong = new Set<string>();
    for (const k of s.topics) {
      const ids = this.byTopic.get(k);
      if (!ids) continue;
      const isStrong = !k.startsWith("w:");
      for (const id of ids) {
        if (!byStance && !side.has(id)) continue;
        shared.set(id, (shared.get(id) ?? 0) + 1);
        if (isStrong) strong.add(id);
      }
    }
    const out: Slim[] = [];
    for (const [id, n] of shared) {
      if (n < MIN_SHARED || !(side.has(id) || strong.has(id))) continue;
      const e = this.entries.get(id);
      if (e && e.url !== excludeUrl) out.push(e);
    }
    return out;
  }
}
