// Plugs the reader's corrections into the background. Every analysis of a page gets that article's
// corrections applied before it is stored for the popup and sent back to the page (a mark the
// reader called "not a statement" is never drawn again). A content script may add a correction
// only for a statement of its own tab's current analysis, for its own tab's URL as the browser
// reports it; listing, undo and clearing answer the extension's own pages only (background.ts's
// ALLOWED). Corrections are the reader's explicit word: they are kept whether the history is on
// or off, and only the options page forgets them. A private window keeps none (applied there only).
import type { Analysis, Statement } from "../../core/types";
import { articleUrl, clip, CORRECTION_LIMITS, speakerName, statementKey, type CorrectionRecord } from "../../shared/corrections";
import { isAnalysis, type CorrectionRequest, type CorrectionResponse, type TabReport } from "../../shared/messages";
import type { Background, Origin } from "../background";
import type { SessionArea } from "../reports";
import { applyCorrections } from "./apply";
import { CorrectionStore } from "./store";

export type CorrectionsOptions = {
  dbName?: string;
  now?: () => number;
  /** where each tab's uncorrected analysis is kept while the tab lives (storage.session) */
  session?: SessionArea;
  /** tabs.onRemoved: a closed tab's uncorrected analysis is dropped */
  onTabRemoved?: { addListener(fn: (tabId: number) => void): void };
  /**
   * The local history (src/background/history): a kept correction, or its undo, rewrites the
   * history's records of that page at once (`amend`), and the history's JSON export ends with
   * every correction.
   */
  history?: { record(report: TabReport, tab: null, amend: true): Promise<number>; corrections: () => Promise<readonly unknown[]> };
};

/** Key of a tab's uncorrected analysis in storage.session. */
const BASE_PREFIX = "corr-base:";
type Base = { article: string; analysis: Analysis; incognito?: boolean };

/**
 * The corrected analysis with the reading history's answers of the report it replaces (matched by
 * the statement's place in the text, which is the same text): an undo must not cost them.
 */
function keepHistory(next: Analysis, old: Analysis): Analysis {
  const history = new Map<string, Statement["counter"]>();
  for (const s of old.statements) {
    const h = s.counter.filter((c) => c.kind === "history");
    if (h.length > 0) history.set(`${s.content.start}:${s.content.end}`, h);
  }
  if (history.size === 0) return next;
  return { ...next, statements: next.statements.map((s) => {
    const h = history.get(`${s.content.start}:${s.content.end}`);
    return h ? { ...s, counter: [...s.counter.filter((c) => c.kind !== "history"), ...h] } : s;
  }) };
}

/** The Analysis as a page may see it: nothing from the reading history of other pages. */
export function pageSafe(a: Analysis): Analysis {
  return { ...a, statements: a.statements.map((s) => (s.counter.some((c) => c.kind === "history") ? { ...s, counter: s.counter.filter((c) => c.kind !== "history") } : s)) };
}

const fail = (error: string): CorrectionResponse => ({ ok: false, error });
const name = (x: string | null): string | null => (x === null ? null : clip(x, CORRECTION_LIMITS.name) || null);

/** The side most of a speaker's statements in this article speak for (null: none). */
function sideOfSpeaker(a: Analysis, who: string): string | null {
  const counts = new Map<string | null, number>();
  for (const s of a.statements) if (speakerName(s) === who) counts.set(s.party, (counts.get(s.party) ?? 0) + 1);
  let best: string | null = null;
  let most = 0;
  for (const [p, n] of counts) if (n > most) [best, most] = [p, n];
  return best;
}

/** The stored record for a reader's request about statement `s` of analysis `a`, or why there is none. */
export function correctionFor(a: Analysis, req: CorrectionRequest, article: string, title: string, at: number): CorrectionRecord | string {
  const s: Statement | undefined = a.statements[req.index];
  if (!s) return "no such statement on this page";
  const prior = a.corrections?.find((c) => c.statement === req.index);
  const key = prior?.key ?? statementKey(s);
  if (key !== req.key) return "the page changed since it was read: reload it and try again";
  const partyName = (id: string | null): string | null => (id === null ? null : (a.parties.find((p) => p.id === id)?.name ?? null));
  const rec: CorrectionRecord = {
    v: 1,
    id: `${article}\u0000${key}`,
    article,
    key,
    kind: req.kind,
    was: prior?.was ?? { speaker: name(speakerName(s)), side: name(partyName(s.party)) },
    content: clip(s.content.text, CORRECTION_LIMITS.content),
    title: clip(title, CORRECTION_LIMITS.title),
    at,
  };
  if (req.kind === "not-statement") return rec;
  // Only a speaker or a side this article has: the reader picks, never types, and a page gets
  // nothing into the store that its own analysis did not say.
  let side: string | null;
  if (req.side !== undefined) {
    if (req.side !== null && !a.parties.some((p) => p.id === req.side)) return "no such side in this article";
    side = partyName(req.side);
  } else side = null;
  if (req.speaker !== undefined) {
    if (!a.statements.some((x) => speakerName(x) === req.speaker)) return "no such speaker in this article";
    const who = name(req.speaker);
    if (!who) return "no such speaker in this article";
    if (req.side === undefined) side = partyName(sideOfSpeaker(a, req.speaker));
    rec.to = { speaker: who, side: name(side) };
  } else rec.to = { side: name(side) };
  return rec;
}

export function installCorrections(bg: Background, opts: CorrectionsOptions = {}): CorrectionStore {
  const store = new CorrectionStore(opts.dbName);
  if (opts.history) opts.history.corrections = () => store.all();
  const now = opts.now ?? Date.now;
  const session = opts.session;

  // Each open tab's analysis before corrections (memory, mirrored in storage.session for a woken
  // worker), so that an undo shows the original reading in the popup at once, not only on reload.
  const bases = new Map<number, Base>();
  let restored: Promise<void> | null = null;
  const restore = (): Promise<void> => (restored ??= (async () => {
    try {
      for (const [key, value] of Object.entries((await session?.get(null)) ?? {})) {
        const tabId = Number(key.slice(BASE_PREFIX.length));
        const v = value as Partial<Base> | null;
        if (key.startsWith(BASE_PREFIX) && Number.isInteger(tabId) && !bases.has(tabId) && typeof v?.article === "string" && isAnalysis(v.analysis)) {
          bases.set(tabId, { article: v.article, analysis: v.analysis, incognito: v.incognito !== false });
        }
      }
    } catch {
      /* memory only */
    }
  })());
  const keepBase = (tabId: number, base: Base): void => {
    bases.set(tabId, base);
    void session?.set({ [BASE_PREFIX + tabId]: base }).catch(() => undefined);
  };
  opts.onTabRemoved?.addListener((tabId) => {
    bases.delete(tabId);
    void session?.remove(BASE_PREFIX + tabId).catch(() => undefined);
  });
  /** After an undo: open tabs showing `article` (every article: null) get the reading without it. */
  const refresh = async (article: string | null): Promise<void> => {
    await restore();
    for (const [tabId, base] of bases) {
      if (article !== null && base.article !== article) continue;
      const report = await bg.store.get(tabId);
      if (report?.state !== "done" || !report.analysis || articleUrl(report.url) !== base.article) continue;
      const analysis = applyCorrections(base.analysis, article === null ? [] : await store.forArticle(base.article));
      const next = { ...report, analysis: keepHistory(analysis, report.analysis) };
      await bg.replaceReport(tabId, next);
      if (!base.incognito) await opts.history?.record(next, null, true).catch(() => undefined);
    }
  };

  bg.analysisHooks.push(async (analysis, page) => {
    const article = articleUrl(page.url);
    if (!article || analysis.statements.length === 0) return analysis;
    keepBase(page.tabId, { article, analysis, incognito: page.incognito });
    return applyCorrections(analysis, await store.forArticle(article));
  });

  bg.handlers["correction-add"] = async (req, origin: Origin) => {
    if (origin.kind !== "content") return fail("not from a page");
    const article = articleUrl(origin.url);
    if (!article) return fail("Whosaid keeps no corrections for this kind of page");
    const report = await bg.store.get(origin.tabId);
    if (!report || report.state !== "done" || !report.analysis || articleUrl(report.url) !== article) {
      return fail("this page's reading is not known any more: reload it and try again");
    }
    const rec = correctionFor(report.analysis, req, article, report.title, now());
    if (typeof rec === "string") return fail(rec);
    let saved = false;
    if (!origin.incognito) {
      try {
        await store.put(rec);
        saved = true;
      } catch (e) {
        return fail(`could not keep the correction: ${e instanceof Error ? e.message : String(e)}`);
      }
    }
    const analysis = applyCorrections(report.analysis, [rec]);
    await bg.replaceReport(origin.tabId, { ...report, analysis });
    // the history holds what the reader said now, not only after the next visit (never for a private tab)
    if (saved) await opts.history?.record({ ...report, analysis }, null, true).catch(() => undefined);
    return { ok: true, saved, analysis: pageSafe(analysis) };
  };

  bg.handlers["corrections-list"] = async () => ({ items: await store.all() });
  bg.handlers["correction-undo"] = async ({ id }) => {
    const ok = await store.delete(id);
    await refresh(id.slice(0, id.indexOf("\u0000"))).catch(() => undefined);
    return { ok };
  };
  bg.handlers["corrections-clear"] = async () => {
    const cleared = await store.clear();
    await refresh(null).catch(() => undefined);
    return { ok: true, cleared };
  };

  return store;
}
