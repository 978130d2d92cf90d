// In-memory inverted index over the stored history (topic key, party key, opponent key -> ids),
// loaded once from IndexedDB when the background wakes and kept in step with every write made
// through History. Holds only what matching needs, never the sentences or excerpts; those are read
// from IndexedDB for the few winners. It must never be written to except alongside the store.
import type { HistoryRecord } from "./schema";
import type { StatementProfile } from "./profile";
import { MIN_SHARED, OPPOSED_STANCES, direct, type Matchable } from "./match";
import { keyWeight } from "./topics";
import { readingStatement } from "./reading";
import type { ReadingStatement } from "../../shared/reading";

type Slim = Matchable;

/** Rough topic keys per statement, to weigh the two ways of finding candidates against each other. */
const AVG_TOPICS = 25;
const COMMON_MIN = 10;
const COMMON_SHARE = 0.02;

const add = (m: Map<string, Set<number>>, key: string, id: number): void => {
  let s = m.get(key);
  if (!s) m.set(key, (s = new Set()));
  s.add(id);
};
const drop = (m: Map<string, Set<number>>, key: string, id: number): void => {
  const s = m.get(key);
  if (s && s.delete(id) && s.size === 0) m.delete(key);
};

/**
 * The site a URL belongs to, for per-site caps and provenance: its host without "www.", cut to the
 * last two labels (three when the second-to-last is a short one like "co.uk" or "com.au"), so
 * "a.evil.example" and "b.evil.example" are one site. An approximation of the registrable domain
 * without shipping the public-suffix list; an IP address or "localhost" stays whole.
 */
export function siteOf(url: string): string {
  let host: string;
  try {
    host = new URL(url).hostname.toLowerCase();
  } catch {
    return "";
  }
  if (/^[\d.]+$/.test(host) || host.includes(":") || !host.includes(".")) return host;
  const labels = host.replace(/^www\./, "").split(".");
  const n = labels.length >= 3 && (labels[labels.length - 2] ?? "").length <= 3 && (labels[labels.length - 1] ?? "").length === 2 ? 3 : 2;
  return labels.slice(-n).join(".");
}

export class MemoryIndex {
  // Entries live in numbered slots (freed slots are reused), so candidate search can count shared
  // keys in a typed array instead of a Map keyed by record id: the hot loop of every look-up.
  private readonly slots: (Slim | undefined)[] = [];
  private readonly free: number[] = [];
  private readonly slotOf = new Map<string, number>();
  private readonly byTopic = new Map<string, Set<number>>();
  private readonly byContext = new Map<string, Set<number>>();
  private readonly byParty = new Map<string, Set<number>>();
  private readonly byOpponent = new Map<string, Set<number>>();
  private readonly byUrl = new Map<string, Set<number>>();
  private readonly bySite = new Map<string, Set<number>>();
  // Article level: the story keys of each stored page and the pages holding each key.
  private readonly storyOfUrl = new Map<string, readonly string[]>();
  private readonly byStory = new Map<string, Set<string>>();
  // What the reading report needs of each entry, by slot.
  private readonly readingOf: (ReadingStatement | undefined)[] = [];
  private counts = new Uint16Array(0);
  private named = new Uint8Array(0);

  get size(): number {
    return this.slotOf.size;
  }

  add(r: HistoryRecord): void {
    if (this.slotOf.has(r.id)) this.remove(r.id);
    const slim: Slim = {
      id: r.id,
      url: r.url,
      readAt: r.readAt,
      stance: r.stance,
      partyKeys: r.partyKeys,
      // a side this statement accuses is an opponent of its side, whatever an older record says
      opponents: [...new Set([...r.opponents, ...(r.againstKeys ?? [])])],
      againstKeys: r.againstKeys ?? [],
      topics: r.topics,
      context: r.context ?? [],
    };
    const slot = this.free.pop() ?? this.slots.length;
    this.slots[slot] = slim;
    this.slotOf.set(r.id, slot);
    for (const k of slim.topics) add(this.byTopic, k, slot);
    for (const k of slim.context) add(this.byContext, k, slot);
    for (const k of slim.partyKeys) add(this.byParty, k, slot);
    for (const k of slim.opponents) add(this.byOpponent, k, slot);
    add(this.byUrl, slim.url, slot);
    add(this.bySite, siteOf(slim.url), slot);
    this.readingOf[slot] = readingStatement(r);
    if (r.story && r.story.length > 0 && !this.storyOfUrl.has(r.url)) {
      this.storyOfUrl.set(r.url, r.story);
      for (const k of r.story) {
        let urls = this.byStory.get(k);
        if (!urls) this.byStory.set(k, (urls = new Set()));
        urls.add(r.url);
      }
    }
  }

  remove(id: string): void {
    const slot = this.slotOf.get(id);
    const r = slot === undefined ? undefined : this.slots[slot];
    if (slot === undefined || !r) return;
    this.slotOf.delete(id);
    this.slots[slot] = undefined;
    this.readingOf[slot] = undefined;
    this.free.push(slot);
    for (const k of r.topics) drop(this.byTopic, k, slot);
    for (const k of r.context) drop(this.byContext, k, slot);
    for (const k of r.partyKeys) drop(this.byParty, k, slot);
    for (const k of r.opponents) drop(this.byOpponent, k, slot);
    drop(this.byUrl, r.url, slot);
    drop(this.bySite, siteOf(r.url), slot);
    const story = this.byUrl.has(r.url) ? undefined : this.storyOfUrl.get(r.url);
    if (story) {
      this.storyOfUrl.delete(r.url);
      for (const k of story) {
        const urls = this.byStory.get(k);
        if (urls && urls.delete(r.url) && urls.size === 0) this.byStory.delete(k);
      }
    }
  }

  /** The stored statements of one site (see siteOf): id, page and when it was read. */
  site(site: string): { id: string; url: string; readAt: number }[] {
    const out: { id: string; url: string; readAt: number }[] = [];
    for (const slot of this.bySite.get(site) ?? []) {
      const e = this.slots[slot];
      if (e) out.push({ id: e.id, url: e.url, readAt: e.readAt });
    }
    return out;
  }

  /** Mirror HistoryStore.putPage. */
  replacePage(url: string, records: HistoryRecord[]): void {
    for (const slot of [...(this.byUrl.get(url) ?? [])]) {
      const id = this.slots[slot]?.id;
      if (id !== undefined) this.remove(id);
    }
    for (const r of records) this.add(r);
  }

  clear(): void {
    this.slots.length = 0;
    this.readingOf.length = 0;
    this.free.length = 0;
    for (const m of [this.slotOf, this.byTopic, this.byContext, this.byParty, this.byOpponent, this.byUrl, this.bySite, this.storyOfUrl, this.byStory]) m.clear();
  }

  /**
   * A key found in many stored statements (at least COMMON_MIN of them and COMMON_SHARE of all):
   * too common to pin a topic on its own. A small history calls nothing common.
   */
  readonly common = (key: string): boolean => {
    const df = this.byTopic.get(key)?.size ?? 0;
    return df >= COMMON_MIN && df >= COMMON_SHARE * this.size;
  };

  /**
   * Weight of a key: its kind (entities and figures above words) times its rarity in the history
   * (smoothed inverse document frequency), so "president" in a history of political news counts
   * for little and "Sallow Canal" for a lot. With a near-empty history every key weighs about 1.
   */
  readonly weight = (key: string): number => {
    const df = (this.byTopic.get(key)?.size ?? 0) + (this.byContext.get(key)?.size ?? 0);
    return keyWeight(key) * (1 + Math.log((this.size + 1) / (df + 1)));
  };

  /** Stored pages sharing at least `min` of the story keys `story`, with how many they share. */
  pagesSharing(story: readonly string[], excludeUrl: string, min = 2): Map<string, number> {
    const n = new Map<string, number>();
    for (const k of story) for (const url of this.byStory.get(k) ?? []) n.set(url, (n.get(url) ?? 0) + 1);
    for (const [url, c] of n) if (c < min || url === excludeUrl) n.delete(url);
    return n;
  }

  /** The story keys of a stored page (none when it was stored without them). */
  storyOf(url: string): readonly string[] {
    return this.storyOfUrl.get(url) ?? [];
  }

  hasStory(url: string): boolean {
    return this.storyOfUrl.has(url);
  }

  /** Rarity of a story key among stored pages (smoothed inverse document frequency, >= 1). */
  readonly storyWeight = (key: string): number => 1 + Math.log((this.storyOfUrl.size + 1) / ((this.byStory.get(key)?.size ?? 0) + 1));

  /** A story key found in many stored pages: at least COMMON_MIN of them and a tenth of all. */
  readonly storyCommon = (key: string): boolean => {
    const df = this.byStory.get(key)?.size ?? 0;
    return df >= COMMON_MIN && df >= this.storyOfUrl.size / 10;
  };

  /** What the reading report reads of every entry read at `from` or later. */
  statementsSince(from: number): ReadingStatement[] {
    const out: ReadingStatement[] = [];
    for (const s of this.readingOf) if (s && s.readAt >= from) out.push(s);
    return out;
  }

  /** The stored statements of one page. */
  recordsOf(url: string): Slim[] {
    return [...(this.byUrl.get(url) ?? [])].map((slot) => this.slots[slot]).filter((e): e is Slim => e !== undefined);
  }

  /**
   * Entries that could answer `s`: sharing at least MIN_SHARED topic keys and either of a side it
   * disputes, of a side that disputed it, or (allegations and denials) sharing an entity or
   * number; or, when one of the two names the other's side, sharing a name or two keys. Necessary
   * conditions of matchRecord, so nothing it would accept is missed.
   */
  candidates(s: StatementProfile, excludeUrl: string): Slim[] {
    const sideLists = [...new Set([...s.opponents, ...s.againstKeys])].map((k) => this.byParty.get(k));
    sideLists.push(...s.partyKeys.map((k) => this.byOpponent.get(k)));
    const byStance = OPPOSED_STANCES.has(s.stance);
    const strongLists = byStance ? s.topics.filter((k) => !k.startsWith("w:")).map((k) => this.byTopic.get(k)) : [];
    const topicLists = s.topics.map((k) => this.byTopic.get(k));
    const size = (ls: (Set<number> | undefined)[]): number => ls.reduce((n, l) => n + (l?.size ?? 0), 0);
    const sideSize = size(sideLists);
    if (sideSize === 0 && !byStance) return [];
    const out: Slim[] = [];
    const admit = (e: Slim, n: number, named: boolean): boolean => {
      if (e.url === excludeUrl) return false;
      if (n >= MIN_SHARED) {
        const side = e.partyKeys.some((k) => s.opponents.includes(k)) || e.opponents.some((k) => s.partyKeys.includes(k));
        if (side || (byStance && named)) return true;
      }
      return (named || n >= 2) && direct(s, e);
    };
    // Two ways to the same set; take the cheaper. A popular side ("the White House") has many
    // statements but few on this topic: count along the topic keys' lists. A rare side: walk its
    // statements and count their keys.
    if (size(topicLists) < (sideSize + size(strongLists)) * AVG_TOPICS) {
      if (this.counts.length < this.slots.length) {
        this.counts = new Uint16Array(this.slots.length * 2);
        this.named = new Uint8Array(this.slots.length * 2);
      }
      const counts = this.counts;
      const named = this.named;
      const touched: number[] = [];
      s.topics.forEach((k, i) => {
        const isNamed = k.startsWith("w:") ? 0 : 1;
        for (const slot of topicLists[i] ?? []) {
          if (counts[slot] === 0) touched.push(slot);
          counts[slot] = counts[slot]! + 1;
          named[slot] = named[slot]! | isNamed;
        }
      });
      for (const slot of touched) {
        const n = counts[slot] ?? 0;
        const isNamed = named[slot] === 1;
        counts[slot] = 0;
        named[slot] = 0;
        if (n < 2 && !isNamed) continue;
        const e = this.slots[slot];
        if (e && admit(e, n, isNamed)) out.push(e);
      }
      return out;
    }
    const slots = new Set<number>();
    for (const l of [...sideLists, ...strongLists]) for (const slot of l ?? []) slots.add(slot);
    const topics = new Set(s.topics);
    for (const slot of slots) {
      const e = this.slots[slot];
      if (!e) continue;
      let n = 0;
      let hasNamed = false;
      for (const k of e.topics) {
        if (!topics.has(k)) continue;
        n++;
        hasNamed ||= !k.startsWith("w:");
      }
      if (admit(e, n, hasNamed)) out.push(e);
    }
    return out;
  }
}
