// The local history of statements, as the background uses it: record an analysed page, find the
// other side's earlier statements for a new one, export, clear. Applies the reader's settings;
// never stores anything from a private tab or while history is off, never fetches anything.
// Every write goes through one History per background, which keeps the in-memory index in step.
import type { Analysis, Counter } from "../../core/types";
import type { TabReport } from "../../shared/messages";
import { DEFAULT_SETTINGS, type Settings } from "../../shared/settings";
import { HistoryStore } from "./store";
import { profileAnalysis, type StatementProfile } from "./profile";
import { MAX_COUNTERS, counterOf, onePerSentence, rankMatches, spreadOffers, storiesFor, wordsOf } from "./match";
import { storyNames } from "./topics";
import { MemoryIndex } from "./memory";
import { pageUrl } from "./fragment";
import { DB_NAME, DB_VERSION, type HistoryRecord } from "./schema";
import { toAnnotationCollection, type AnnotationCollection } from "./annotations";

export type HistorySettings = Settings["history"];
export type TabLike = { incognito?: boolean } | null | undefined;
export type HistoryExport = { format: "whosaid-history"; schemaVersion: number; exportedAt: string; records: HistoryRecord[] };

export type HistoryOptions = {
  dbName?: string;
  now?: () => number;
  /** read on every call, so a change in the options applies at once */
  settings?: () => HistorySettings | Promise<HistorySettings>;
};

const DAY_MS = 86_400_000;

export class History {
  private store: Promise<HistoryStore> | null = null;
  private index: Promise<MemoryIndex> | null = null;
  private readonly dbName: string;
  private readonly now: () => number;
  private readonly settings: () => HistorySettings | Promise<HistorySettings>;

  constructor(opts: HistoryOptions = {}) {
    this.dbName = opts.dbName ?? DB_NAME;
    this.now = opts.now ?? Date.now;
    this.settings = opts.settings ?? (() => DEFAULT_SETTINGS.history);
  }

  private db(): Promise<HistoryStore> {
    this.store ??= HistoryStore.open(this.dbName);
    return this.store;
  }

  /** The in-memory index, built from the database once per background life (see memory.ts). */
  private memory(): Promise<MemoryIndex> {
    this.index ??= (async () => {
      const m = new MemoryIndex();
      for (const r of await (await this.db()).all()) m.add(r);
      return m;
    })();
    this.index.catch(() => (this.index = null));
    return this.index;
  }

  /**
   * Load the index ahead of the first report (a woken service worker would otherwise make that
   * report wait for it). Does nothing while history is off.
   */
  async warm(): Promise<void> {
    if ((await this.settings()).enabled) await this.memory();
  }

  /** Store the statements of an analysed page. Returns how many were stored (0 when off or private). */
  async record(report: TabReport, tab?: TabLike): Promise<number> {
    if (tab?.incognito) return 0;
    const cfg = await this.settings();
    if (!cfg.enabled || report.state !== "done" || !report.analysis || !report.text) return 0;
    const url = pageUrl(report.url);
    if (!/^https?:/.test(url)) return 0;
    const readAt = this.now();
    const records = profileAnalysis(report.analysis, report.text, report.title).map((p) => toRecord(p, url, report.title, readAt));
    const store = await this.db();
    const memory = await this.memory();
    await store.putPage(url, records);
    memory.replacePage(url, records);
    for (const id of await store.prune(cfg.maxStatements, cfg.maxAgeDays * DAY_MS, readAt)) memory.remove(id);
    return records.length;
  }

  /** For each statement of `analysis`, the earlier statements of the other side (best first). */
  async lookup(analysis: Analysis, url: string, text: string, title = ""): Promise<Counter[][]> {
    const result: Counter[][] = analysis.statements.map(() => []);
    const cfg = await this.settings();
    if (!cfg.enabled) return result;
    const profiles = profileAnalysis(analysis, text, title);
    if (profiles.length === 0) return result;
    const oldest = this.now() - cfg.maxAgeDays * DAY_MS;
    const memory = await this.memory();
    const self = pageUrl(url);
    // Rank on the index; read full records only for the winners.
    const weights = new Map<string, number>();
    const weight = (k: string): number => {
      let w = weights.get(k);
      if (w === undefined) weights.set(k, (w = memory.weight(k)));
      return w;
    };
    const story = storyNames(title, text);
    const { stories, sameStory } = storiesFor(memory, story, wordsOf(profiles.map((p) => p.topics)), weight, self);
    const ranked = profiles.map((p) => {
      const candidates = [...memory.candidates(p, self), ...sameStory].filter((r) => r.readAt >= oldest);
      return rankMatches(p, candidates, { weight, common: memory.common }, stories)
        .slice(0, MAX_COUNTERS * 10)
        .map((m) => ({ item: m.record.id, score: m.score }));
    });
    // Spread on the index (a spare per statement for two statements in one sentence), then read
    // only the chosen records.
    const chosen = spreadOffers(ranked, (id) => id, MAX_COUNTERS + 1);
    const full = new Map<string, HistoryRecord>();
    (await (await this.db()).getMany([...new Set(chosen.flat())])).forEach((r) => r && full.set(r.id, r));
    chosen.forEach((list, i) => {
      const p = profiles[i];
      const records = list.map((id) => full.get(id)).filter((r): r is HistoryRecord => r !== undefined);
      if (p) result[p.index] = onePerSentence(records).map(counterOf);
    });
    return result;
  }

  /** The report with history counters merged into its statements (after in-article, before search). */
  async withCounters(report: TabReport): Promise<TabReport> {
    if (!report.analysis || !report.text) return report;
    const found = await this.lookup(report.analysis, report.url, report.text, report.title);
    return { ...report, analysis: mergeCounters(report.analysis, found) };
  }

  async exportJson(): Promise<HistoryExport> {
    const records = await (await this.db()).all();
    return { format: "whosaid-history", schemaVersion: DB_VERSION, exportedAt: new Date(this.now()).toISOString(), records };
  }

  async exportAnnotations(): Promise<AnnotationCollection> {
    return toAnnotationCollection(await (await this.db()).all());
  }

  async clear(): Promise<void> {
    await (await this.db()).clear();
    (await this.memory()).clear();
  }

  async count(): Promise<number> {
    return (await this.db()).count();
  }

  async close(): Promise<void> {
    if (this.store) (await this.store).close();
    this.store = null;
    this.index = null;
  }
}

function toRecord(p: StatementProfile, url: string, title: string, readAt: number): HistoryRecord {
  return {
    id: `${url}\u0000${p.index}`,
    url,
    title,
    readAt,
    partyId: p.partyId,
    partyName: p.partyName,
    partyKeys: p.partyKeys,
    speaker: p.speaker,
    stance: p.stance,
    sentence: p.sentence,
    fragment: p.fragment,
    prefix: p.prefix,
    suffix: p.suffix,
    excerpt: p.excerpt,
    topics: p.topics,
    context: p.context,
    opponents: p.opponents,
    againstKeys: p.againstKeys,
    dispute: { against: p.against, kinds: p.disputes },
    story: p.story,
    sourceKind: p.sourceKind,
    words: p.words,
  };
}

/** Replace the history counters of each statement, keeping DESIGN.md's order: in-article, history, search. */
export function mergeCounters(analysis: Analysis, found: Counter[][]): Analysis {
  return {
    ...analysis,
    statements: analysis.statements.map((s, i) => {
      const history = found[i] ?? [];
      const rest = s.counter.filter((c) => c.kind !== "history");
      if (history.length === 0 && rest.length === s.counter.length) return s;
      const firstSearch = rest.findIndex((c) => c.kind === "search");
      const at = firstSearch < 0 ? rest.length : firstSearch;
      return { ...s, counter: [...rest.slice(0, at), ...history, ...rest.slice(at)] };
    }),
  };
}

// One history per background, configured once by the background with its settings reader.
let shared: History | null = null;

export function configureHistory(opts: HistoryOptions): History {
  shared = new History(opts);
  return shared;
}

const history = (): History => (shared ??= new History());

export const recordAnalysis = (report: TabReport, tab?: TabLike): Promise<number> => history().record(report, tab);
export const lookupCounters = (analysis: Analysis, url: string, text: string, title?: string): Promise<Counter[][]> =>
  history().lookup(analysis, url, text, title);
export const withHistoryCounters = (report: TabReport): Promise<TabReport> => history().withCounters(report);
export const exportJson = (): Promise<HistoryExport> => history().exportJson();
export const exportAnnotations = (): Promise<AnnotationCollection> => history().exportAnnotations();
export const clearHistory = (): Promise<void> => history().clear();
export const historyCount = (): Promise<number> => history().count();
