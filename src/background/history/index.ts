// The local history of statements, as the background uses it: record an analysed page, find the
// other side's earlier statements for a new one, export, clear. Applies the reader's settings;
// never stores anything from a private tab or while history is off, never fetches anything.
// Every write goes through one History per background, which keeps the in-memory index in step.
import type { Analysis, Counter } from "../../core/types";
import type { TabReport } from "../../shared/messages";
import { DEFAULT_SETTINGS, type Settings } from "../../shared/settings";
import { HistoryStore, type ExportCursor } from "./store";
import { profileAnalysis, type StatementProfile } from "./profile";
import { MAX_COUNTERS, counterOf, onePerSentence, rankMatches, spreadOffers, storiesFor, wordsOf } from "./match";
import { storyNames } from "./topics";
import { MemoryIndex, siteOf } from "./memory";
import { pageUrl } from "./fragment";
import { DB_NAME, DB_VERSION, RECORD_LIMITS, normaliseRecord, type HistoryRecord } from "./schema";
import { toAnnotation, toAnnotationCollection, type AnnotationCollection } from "./annotations";
import { WINDOW_DAYS, readingFigures, type ReadingResponse, type ReadingWindow } from "../../shared/reading";

export type HistorySettings = Settings["history"];
export type TabLike = { incognito?: boolean } | null | undefined;
/** The JSON export: the stored statements, then the reader's corrections (src/background/corrections). */
export type HistoryExport = { format: "whosaid-history"; schemaVersion: number; exportedAt: string; records: HistoryRecord[]; corrections: unknown[] };

export type HistoryOptions = {
  dbName?: string;
  now?: () => number;
  /** read on every call, so a change in the options applies at once */
  settings?: () => HistorySettings | Promise<HistorySettings>;
  /** the reader's corrections, exported after the statements in the JSON export (none: an empty list) */
  corrections?: () => Promise<readonly unknown[]>;
};

const DAY_MS = 86_400_000;

// What one page, and one site, may hold of the history: a page with thousands of statements (or a
// site minting page after page with pushState) fills its own share and then replaces its own older
// records, never the reader's other sites.
/** Most statements stored from one page (the first ones of the article). */
export const MAX_PAGE_RECORDS = 150;
/** Share of the history (settings' maxStatements) one site may hold; at least one page's worth. */
export const SITE_SHARE = 0.25;
/** Most statements of one page looked up in the history (a live blog's first 500 are plenty). */
export const MAX_LOOKUP_STATEMENTS = 500;
/**
 * Records, and characters, per export message: a chunk ends after the record that passes
 * EXPORT_CHUNK_CHARS, so even at RECORD_LIMITS it stays far under Chromium's 64 MiB message cap.
 * Typical records (about 500 characters) fill 5,000 to a chunk of about 2.5 MB: 40 messages for the
 * options' maximum of 200,000, not 200.
 */
export const EXPORT_CHUNK_RECORDS = 5_000;
export const EXPORT_CHUNK_CHARS = 4_000_000;

export type ExportChunk = { data: string; count: number; next?: string };

const isQuotaError = (e: unknown): boolean =>
  typeof e === "object" && e !== null && ((e as { name?: unknown }).name === "QuotaExceededError" || /quota/i.test(String((e as { message?: unknown }).message ?? "")));

export class History {
  private store: Promise<HistoryStore> | null = null;
  private index: Promise<MemoryIndex> | null = null;
  private readonly dbName: string;
  private readonly now: () => number;
  private readonly settings: () => HistorySettings | Promise<HistorySettings>;
  /** where the JSON export takes the reader's corrections from (set once the corrections are installed) */
  corrections: () => Promise<readonly unknown[]>;

  constructor(opts: HistoryOptions = {}) {
    this.dbName = opts.dbName ?? DB_NAME;
    this.now = opts.now ?? Date.now;
    this.settings = opts.settings ?? (() => DEFAULT_SETTINGS.history);
    this.corrections = opts.corrections ?? (async () => []);
  }

  /** Writes one at a time (two tabs reporting at once), so caps and the index stay in step. */
  private writing: Promise<unknown> = Promise.resolve();
  private exclusive<T>(fn: () => Promise<T>): Promise<T> {
    const run = this.writing.then(fn, fn);
    this.writing = run.catch(() => undefined);
    return run;
  }

  /** The open database; opened again after a failed open or a connection closed for an upgrade. */
  private async db(): Promise<HistoryStore> {
    const current = this.store;
    if (current) {
      const s = await current.catch(() => null);
      if (s?.open) return s;
      if (this.store === current) this.store = null;
    }
    this.store ??= HistoryStore.open(this.dbName);
    const opening = this.store;
    opening.catch(() => {
      if (this.store === opening) this.store = null;
    });
    return opening;
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

  /**
   * Store the statements of an analysed page. Returns how many were stored (0 when off or private).
   * `amend`: the reader corrected the page's reading; its records, if the history holds the page,
   * are written again from the corrected analysis under the time it was read (a statement called
   * "not a statement" leaves the history at once); a page not in the history stays out of it.
   */
  async record(report: TabReport, tab?: TabLike, amend = false): Promise<number> {
    if (tab?.incognito) return 0;
    const cfg = await this.settings();
    if (!cfg.enabled || report.state !== "done" || !report.analysis || !report.text) return 0;
    const url = pageUrl(report.url);
    if (!/^https?:/.test(url) || url.length > RECORD_LIMITS.url) return 0;
    const { analysis, text } = report;
    const title = report.title.slice(0, RECORD_LIMITS.title);
    return this.exclusive(async () => {
      const now = this.now();
      const memory = await this.memory();
      const before = amend ? memory.recordsOf(url) : [];
      if (amend && before.length === 0) return 0;
      const readAt = before.reduce((t, r) => Math.min(t, r.readAt), now);
      const records = profileAnalysis(analysis, text, title, MAX_PAGE_RECORDS)
        .map((p) => normaliseRecord(toRecord(p, url, title, readAt)))
        .filter((r): r is HistoryRecord => r !== null);
      const store = await this.db();
      // Room first, then the write: a store that is full must still make room for new pages.
      // 1. this site's own older pages beyond its share
      const siteCap = Math.max(MAX_PAGE_RECORDS, Math.floor(cfg.maxStatements * SITE_SHARE));
      const others = memory.site(siteOf(url)).filter((e) => e.url !== url).sort((a, b) => a.readAt - b.readAt || (a.id < b.id ? -1 : 1));
      const excess = others.length + records.length - siteCap;
      if (excess > 0) {
        const ids = others.slice(0, excess).map((e) => e.id);
        await store.deleteMany(ids);
        for (const id of ids) memory.remove(id);
      }
      // 2. age and count, leaving room for this page
      for (const id of await store.prune(Math.max(0, cfg.maxStatements - records.length), cfg.maxAgeDays * DAY_MS, now)) memory.remove(id);
      // 3. the page; when storage is full, drop the oldest tenth (at least this page's size) and try once more
      try {
        await store.putPage(url, records);
      } catch (e) {
        if (!isQuotaError(e)) throw e;
        const n = Math.max(records.length, Math.ceil((await store.count()) / 10));
        for (const id of await store.dropOldest(n)) memory.remove(id);
        await store.putPage(url, records);
      }
      memory.replacePage(url, records);
      return records.length;
    });
  }

  /** For each statement of `analysis`, the earlier statements of the other side (best first). */
  async lookup(analysis: Analysis, url: string, text: string, title = ""): Promise<Counter[][]> {
    const result: Counter[][] = analysis.statements.map(() => []);
    const cfg = await this.settings();
    if (!cfg.enabled) return result;
    const profiles = profileAnalysis(analysis, text, title, MAX_LOOKUP_STATEMENTS);
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

  /**
   * The report with history counters merged into its statements (after in-article, before search).
   * Nothing for a private tab: what was read elsewhere is not shown there.
   */
  async withCounters(report: TabReport, tab?: TabLike): Promise<TabReport> {
    if (tab?.incognito || !report.analysis || !report.text) return report;
    const found = await this.lookup(report.analysis, report.url, report.text, report.title);
    return { ...report, analysis: mergeCounters(report.analysis, found) };
  }

  /** The reading report over the last day, week or month; says so when history is off. */
  async reading(window: ReadingWindow): Promise<ReadingResponse> {
    if (!(await this.settings()).enabled) return { enabled: false };
    const now = this.now();
    // from the in-memory index (kept in step with the store): no database read per report
    const statements = (await this.memory()).statementsSince(now - WINDOW_DAYS[window] * DAY_MS);
    return { enabled: true, figures: readingFigures(statements, window, now) };
  }

  async exportJson(): Promise<HistoryExport> {
    const records = await (await this.db()).all();
    const corrections = [...(await this.corrections())];
    return { format: "whosaid-history", schemaVersion: DB_VERSION, exportedAt: new Date(this.now()).toISOString(), records, corrections };
  }

  async exportAnnotations(): Promise<AnnotationCollection> {
    return toAnnotationCollection(await (await this.db()).all());
  }

  /**
   * One message's worth of an export: the file's text is the chunks' data joined, in order, from
   * the one asked for without a cursor to the one without `next`. One chunk of a small history is
   * the whole file. A history at the options' maximum takes a few hundred messages, each far under
   * the browser's message size cap. The JSON export ends with the reader's corrections
   * (`"corrections":[…]`), in chunks of their own after the statements'.
   */
  async exportChunk(format: "json" | "annotations", cursor?: string): Promise<ExportChunk> {
    const at = parseCursor(cursor);
    if (at && "corrections" in at) return format === "json" ? this.correctionsChunk(at.corrections, "") : { data: "", count: 0 };
    const store = await this.db();
    const { records: fetched, more } = await store.page(at, EXPORT_CHUNK_RECORDS);
    let head = "";
    if (!at) {
      head =
        format === "json"
          ? `{"format":"whosaid-history","schemaVersion":${DB_VERSION},"exportedAt":${JSON.stringify(new Date(this.now()).toISOString())},"records":[`
          : `{"@context":"http://www.w3.org/ns/anno.jsonld","type":"AnnotationCollection","label":"Whosaid local history of statements","total":${await store.count()},"first":{"type":"AnnotationPage","startIndex":0,"items":[`;
    }
    const given = at?.n ?? 0;
    const parts: string[] = [];
    let chars = head.length;
    let taken = 0;
    for (const r of fetched) {
      if (chars >= EXPORT_CHUNK_CHARS) break;
      const json = (given + taken > 0 ? ",\n" : "\n") + JSON.stringify(format === "json" ? r : toAnnotation(r));
      parts.push(json);
      chars += json.length;
      taken++;
    }
    const done = !more && taken === fetched.length;
    const last = fetched[taken - 1];
    const data = head + parts.join("");
    if (done && format === "json") {
      const rest = await this.correctionsChunk(0, "\n]");
      return { ...rest, data: data + rest.data, count: taken };
    }
    const tail = done ? "\n]}}\n" : "";
    const next = done || !last ? undefined : JSON.stringify({ readAt: last.readAt, id: last.id, n: given + taken });
    return { data: data + tail, count: taken, ...(next ? { next } : {}) };
  }

  /**
   * The corrections' part of the JSON export from the `from`-th on (`lead` closes the statements'
   * list first); `count` stays 0, as it counts statements.
   */
  private async correctionsChunk(from: number, lead: string): Promise<ExportChunk> {
    const all = await this.corrections();
    const parts: string[] = [];
    let chars = 0;
    let i = from;
    while (i < all.length && i - from < EXPORT_CHUNK_RECORDS && chars < EXPORT_CHUNK_CHARS) {
      const json = (i > 0 ? ",\n" : "\n") + JSON.stringify(all[i]);
      parts.push(json);
      chars += json.length;
      i++;
    }
    const head = from === 0 ? `${lead},"corrections":[` : "";
    if (i < all.length) return { data: head + parts.join(""), count: 0, next: JSON.stringify({ corrections: i }) };
    return { data: head + parts.join("") + "\n]}\n", count: 0 };
  }

  async clear(): Promise<void> {
    await this.exclusive(async () => {
      await (await this.db()).clear();
      (await this.memory()).clear();
    });
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

function parseCursor(cursor: string | undefined): (ExportCursor & { n: number }) | { corrections: number } | null {
  if (!cursor) return null;
  try {
    const c = JSON.parse(cursor) as Record<string, unknown>;
    if (typeof c.corrections === "number" && Number.isSafeInteger(c.corrections) && c.corrections >= 0) return { corrections: c.corrections };
    if (typeof c.readAt === "number" && typeof c.id === "string" && typeof c.n === "number") return { readAt: c.readAt, id: c.id, n: c.n };
  } catch {
    /* a bad cursor starts over */
  }
  return null;
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
export const withHistoryCounters = (report: TabReport, tab?: TabLike): Promise<TabReport> => history().withCounters(report, tab);
export const exportJson = (): Promise<HistoryExport> => history().exportJson();
export const exportAnnotations = (): Promise<AnnotationCollection> => history().exportAnnotations();
export const clearHistory = (): Promise<void> => history().clear();
export const historyCount = (): Promise<number> => history().count();
