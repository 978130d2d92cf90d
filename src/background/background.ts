// The background's wiring: one validated message router over a `handlers` map, the engine run for
// content scripts ("analyze"), per-tab reports, the badge, and the toggle command. Runs as a Chrome service worker and a Firefox event page, so
// it touches no DOM and registers every listener synchronously when the script starts. It never
// acts on a message that fails validation or comes from outside this extension.
import { analyzeSteps, type AnalyzeOptions } from "../core/analyze";
import { readerView } from "../core/display";
import type { LinkOptions } from "../core/enrich";
import type { Analysis } from "../core/types";
import type { Ext } from "../shared/browser";
import { MAX_ANALYZE_CHARS, isMessage, isTabReport, message, type AnalyzeRequest, type MessageMap, type MessageType, type TabReport } from "../shared/messages";
import { NEVER_RUN, RUNS_ON_CLICK, isNeverSite, loadSettings } from "../shared/settings";
import { popupPath } from "../shared/summary";
import { ReportStore, type SessionArea } from "./reports";

/** The slice of the browser API the background uses (tests pass a fake of this shape). */
export type BackgroundApi = Pick<Ext, "runtime" | "tabs" | "storage" | "action" | "commands">;

export type Sender = {
  id?: string;
  url?: string;
  frameId?: number;
  tab?: { id?: number; incognito?: boolean; url?: string };
};

/**
 * Which of our contexts a message came from, decided once per message. A content script's `url`
 * is the one the browser gives for its frame (sender.url, else the tab's), never one the script
 * wrote itself: a compromised renderer must not write history for another site.
 */
export type Origin = { kind: "content"; tabId: number; incognito: boolean; url: string } | { kind: "extension-page" };

export type Handler<T extends MessageType> = (
  payload: MessageMap[T]["req"],
  origin: Origin,
) => Promise<MessageMap[T]["res"]> | MessageMap[T]["res"];

export type Handlers = { [T in MessageType]?: Handler<T> };

/**
 * Runs on every incoming report before it is stored, in order; may return a changed report
 * (the history store adds counter-statements from earlier articles this way). A hook that throws
 * is skipped: a broken history must never cost the reader the current article.
 */
export type ReportHook = (report: TabReport, tab: { tabId: number; incognito: boolean }) => Promise<TabReport | void> | TabReport | void;

/**
 * Runs on the engine's Analysis of a page before it is stored and sent back to the page, in order;
 * may return a changed one (the reader's corrections are applied this way). It must only add what
 * is about that page: the result goes into the page's content script. A hook that throws is skipped.
 */
export type AnalysisHook = (analysis: Analysis, page: { url: string; tabId: number; incognito: boolean }) => Promise<Analysis | void> | Analysis | void;

/** Who may send which message: reports only from content scripts, the rest only from our pages. */
const ALLOWED: { [T in MessageType]: Origin["kind"] | "none" } = {
  "start": "content",
  "report": "content",
  "analyze": "content",
  "get-report": "extension-page",
  "open-link": "extension-page",
  "history-export": "extension-page",
  "history-clear": "extension-page",
  "history-reading": "extension-page",
  "correction-add": "content",
  "corrections-list": "extension-page",
  "correction-undo": "extension-page",
  "corrections-clear": "extension-page",
  // these go to content scripts, never to the background
  "analyze-now": "none",
  "toggle-marks": "none",
  "marks-state": "none",
  "inspect": "none",
  "status": "none",
  "scroll-to-statement": "none",
  "read-text": "none",
  "scroll-to-text": "none",
};

/** How long a tab we opened on a text-fragment link waits for its content script to report. */
const PENDING_SCROLL_MS = 60_000;

/** Longest headline kept in a report (a page's <title> can be a megabyte). */
export const MAX_TITLE_CHARS = 300;
/**
 * An engine run longer than this is reported as "too long" (the content script gives up on an
 * answer after 10 s), and the same tab is not given another run of a text at least that long.
 */
export const ENGINE_BUDGET_MS = 6_000;
export const TOO_LONG = "too long";

/** The URL a content script's message is about: the browser's, whatever the script says. */
function senderUrl(origin: Origin, claimed: string): string {
  return origin.kind === "content" && origin.url ? origin.url : claimed;
}

export function originOf(sender: Sender, api: Pick<Ext, "runtime">): Origin | null {
  if (!sender || sender.id !== api.runtime.id) return null;
  const base = api.runtime.getURL("");
  // popup.html opened as a tab (popup.html?tab=N) has sender.tab set too: tell by the URL
  if (typeof sender.url === "string" && sender.url.startsWith(base)) return { kind: "extension-page" };
  const tabId = sender.tab?.id;
  // only the top frame speaks for the tab
  if (typeof tabId === "number" && tabId >= 0 && (sender.frameId === undefined || sender.frameId === 0)) {
    const url = typeof sender.url === "string" ? sender.url : typeof sender.tab?.url === "string" ? sender.tab.url : "";
    return { kind: "content", tabId, incognito: sender.tab?.incognito === true, url };
  }
  return null;
}

export function badgeText(report: TabReport | null): string {
  if (!report) return "";
  if (report.state === "analysing") return "…";
  if (report.state !== "done" || !report.analysis) return "";
  const n = report.analysis.statements.length;
  return n === 0 ? "" : n > 999 ? "999+" : String(n);
}

function stripHash(url: string): string {
  const i = url.indexOf("#");
  return i < 0 ? url : url.slice(0, i);
}

/**
 * Whether a tabs.onUpdated change means the tab now shows another document. A change of the
 * fragment only (a text-fragment link, an in-page anchor) keeps the report: the content script
 * does not re-run for it, and the marks are still on the page.
 */
export function isNavigation(change: { url?: string; status?: string }, report: TabReport | null): boolean {
  if (change.url !== undefined) return !report || stripHash(change.url) !== stripHash(report.url);
  return change.status === "loading";
}

export type Background = {
  handlers: Handlers;
  reportHooks: ReportHook[];
  analysisHooks: AnalysisHook[];
  store: ReportStore;
  /** Store a tab's changed report (and its badge) in turn with the tab's other reports, without the report hooks. */
  replaceReport: (tabId: number, report: TabReport) => Promise<void>;
  /** The runtime.onMessage listener (exported for tests). */
  onMessage: (msg: unknown, sender: Sender) => Promise<unknown> | undefined;
  tabNavigated: (tabId: number) => void;
  tabClosed: (tabId: number) => void;
};

export type BackgroundOptions = {
  /** an engine run in one go (tests); by default core's analyzeSteps runs stage by stage */
  analyze?: (text: string, opts?: AnalyzeOptions) => Analysis;
  /** the staged engine (core's analyzeSteps unless a test injects another) */
  steps?: (text: string, opts?: AnalyzeOptions) => Iterator<unknown, Analysis, void>;
  /** clock for the engine budget (tests) */
  now?: () => number;
};

type Job = {
  text: string;
  url: string;
  title: string;
  origin: Extract<Origin, { kind: "content" }>;
  gen: number;
  links: LinkOptions;
  /** the page's evidence for the gate, whether the reader forced the run, how the page was read */
  extra: Pick<AnalyzeRequest, "page" | "force" | "read">;
  resolve: (r: AnalyzeResult) => void;
};
type AnalyzeResult = { analysis: Analysis } | { error: string };
/** What an engine run ended with: an analysis, a run stopped between stages (over budget, or the tab moved on), or a failure. */
type EngineRun = { analysis: Analysis; ms: number } | { stopped: true; ms: number } | { error: string };
/** A turn of the event loop: messages and tab events that came in are handled. */
const nextTurn = (): Promise<void> => new Promise<void>((r) => setTimeout(r, 0));

export function createBackground(api: BackgroundApi, opts: BackgroundOptions = {}): Background {
  // The extension works on what the reader is shown: content marks, popup, badge and history all
  // see only statements core's display policy shows (the CLI's --json keeps them all).
  const steps = opts.steps ?? ((text: string, o?: AnalyzeOptions) => analyzeSteps(text, o));
  const now = opts.now ?? (() => (typeof performance !== "undefined" ? performance.now() : Date.now()));
  const session = (api.storage as { session?: SessionArea }).session;
  const store = new ReportStore(session, isTabReport);
  const reportHooks: ReportHook[] = [];
  const analysisHooks: AnalysisHook[] = [];

  const setBadge = async (tabId: number, report: TabReport | null): Promise<void> => {
    try {
      await api.action.setBadgeText({ tabId, text: badgeText(report) });
    } catch {
      // the tab may have closed between the report and the badge; nothing to show then
    }
    await setTabPopup(api, tabId, report);
  };

  // Reports of one tab are handled strictly in order: a slow hook on a "done" report (the history
  // writes to IndexedDB) must not let it land after the "analysing" of a re-run sent later.
  const queues = new Map<number, Promise<void>>();
  const handleReport = async (report: TabReport, tabId: number, incognito: boolean): Promise<TabReport> => {
    let r = report;
    for (const hook of reportHooks) {
      try {
        r = (await hook(r, { tabId, incognito })) ?? r;
      } catch {
        /* see ReportHook */
      }
    }
    await store.set(tabId, r);
    await setBadge(tabId, r);
    return r;
  };
  const inTurn = <T>(tabId: number, fn: () => Promise<T>): Promise<T> => {
    const next = (queues.get(tabId) ?? Promise.resolve()).then(fn);
    const settled = next.then(() => undefined, () => undefined);
    queues.set(tabId, settled);
    void settled.then(() => {
      if (queues.get(tabId) === settled) queues.delete(tabId);
    });
    return next;
  };
  const enqueue = (report: TabReport, tabId: number, incognito: boolean): Promise<TabReport> => inTurn(tabId, () => handleReport(report, tabId, incognito));
  const replaceReport = (tabId: number, report: TabReport): Promise<void> =>
    inTurn(tabId, async () => {
      await store.set(tabId, report);
      await setBadge(tabId, report);
    });

  // Tabs opened on a text-fragment link ("open-link"), waiting for their content script: once it
  // has read the page, it is asked to scroll to the passage (Firefox does not for such tabs).
  const pendingScroll = new Map<number, { directive: string; until: number }>();
  const scrollWhenRead = (tabId: number): void => {
    const p = pendingScroll.get(tabId);
    if (!p) return;
    pendingScroll.delete(tabId);
    if (Date.now() > p.until) return;
    void Promise.resolve()
      .then(() => api.tabs.sendMessage(tabId, message("scroll-to-text", { directive: p.directive })))
      .catch(() => undefined);
  };

  const errorReport = (url: string, title: string, reason: string): TabReport => ({ state: "error", url, title: title.slice(0, MAX_TITLE_CHARS), reason });

  // The engine is synchronous: one run at a time, and between two runs the background takes its
  // messages again. Jobs wait one per tab (a newer request from a tab replaces its waiting one, so
  // a page that re-triggers itself cannot pile up work), served in order of the tabs' turns: one
  // tab cannot keep the others waiting behind a queue of its own.
  const waiting = new Map<number, Job>();
  /** Per tab: the length of a text whose run went over the budget (refused from then on). */
  const overBudget = new Map<number, number>();
  /** Per tab: how many navigations tabs.onUpdated reported (an answer for an earlier page is dropped). */
  const generation = new Map<number, number>();
  let pumping = false;
  const schedule = (job: Job): void => {
    const tabId = job.origin.tabId;
    const prev = waiting.get(tabId);
    if (prev) {
      waiting.delete(tabId);
      prev.resolve({ error: "superseded by a newer request from this tab" });
    }
    waiting.set(tabId, job);
    if (!pumping) void pump();
  };
  const pump = async (): Promise<void> => {
    pumping = true;
    try {
      for (;;) {
        // let messages that arrived during the last run in (they may replace a waiting job)
        await new Promise<void>((r) => setTimeout(r, 0));
        const next = waiting.entries().next();
        if (next.done) break;
        const [tabId, job] = next.value;
        waiting.delete(tabId);
        // only the engine holds the queue; storing the result (history writes) runs beside the next job
        await new Promise<void>((engineFree) => {
          void runJob(job, engineFree)
            .catch((e: unknown) => ({ error: `the engine failed: ${e instanceof Error ? e.message : String(e)}` }))
            .then((r) => {
              engineFree();
              job.resolve(r);
            });
        });
      }
    } finally {
      pumping = false;
    }
  };
  /**
   * Runs the engine stage by stage (core's analyzeSteps): between two stages the background takes
   * its messages, and a run over ENGINE_BUDGET_MS, or for a tab that moved on, is stopped there.
   * No stage runs longer than its share of a linear engine, so no tab waits on a stuck one.
   */
  const runEngine = async (text: string, o: AnalyzeOptions, wanted: () => boolean): Promise<EngineRun> => {
    const t0 = now();
    try {
      if (opts.analyze) return { analysis: opts.analyze(text, o), ms: now() - t0 };
      const run = steps(text, o);
      for (;;) {
        const r = run.next();
        // the extension works on what the reader is shown: content marks, popup, badge and history
        // all see only statements core's display policy shows (the CLI's --json keeps them all)
        if (r.done) return { analysis: readerView(r.value), ms: now() - t0 };
        // over budget: the next stages are never asked for (the generator is dropped)
        if (now() - t0 > ENGINE_BUDGET_MS) return { stopped: true, ms: now() - t0 };
        await nextTurn();
        if (!wanted()) return { stopped: true, ms: now() - t0 };
      }
    } catch (e) {
      return { error: `the engine failed: ${e instanceof Error ? e.message : String(e)}` };
    }
  };
  /** Runs one job; `engineFree` is called once the engine is done with it (the next job may start). */
  const runJob = async ({ text, url, title, origin, gen, links, extra }: Job, engineFree: () => void): Promise<AnalyzeResult> => {
    const limit = overBudget.get(origin.tabId);
    if (limit !== undefined && text.length >= limit * 0.8) {
      return { error: `${TOO_LONG}: an earlier run on this page took over ${ENGINE_BUDGET_MS / 1000} s` };
    }
    const wanted = (): boolean => (generation.get(origin.tabId) ?? 0) === gen;
    const ran = await runEngine(text, { ...links, page: extra.page, force: extra.force }, wanted);
    engineFree();
    if ("error" in ran) return { error: ran.error };
    // events that came in during the run (a navigation) are heard first
    await nextTurn();
    // the tab went on to another page meanwhile: this answer is not about what it shows
    if (!wanted()) return { error: "the tab has moved on to another page" };
    const { ms } = ran;
    if ("stopped" in ran || ms > ENGINE_BUDGET_MS) {
      overBudget.set(origin.tabId, text.length);
      const reason =
        "stopped" in ran
          ? `${TOO_LONG}: the analysis was stopped after ${(ms / 1000).toFixed(1)} s (budget ${ENGINE_BUDGET_MS / 1000} s)`
          : `${TOO_LONG}: the analysis took ${(ms / 1000).toFixed(1)} s (budget ${ENGINE_BUDGET_MS / 1000} s)`;
      await enqueue(errorReport(url, title, reason), origin.tabId, origin.incognito).catch(() => null);
      return { error: reason };
    }
    let analysis = ran.analysis;
    const read = extra.read ? { read: extra.read } : {};
    // The page gate (core/gate.ts) judged it no news article: the tab says why, and nothing is
    // recorded, no badge shown.
    if (analysis.verdict && !analysis.verdict.article && !extra.force) {
      await enqueue({ state: "skipped", url, title, reason: analysis.verdict.reason, ...read }, origin.tabId, origin.incognito).catch(() => null);
      return { analysis };
    }
    for (const hook of analysisHooks) {
      try {
        analysis = (await hook(analysis, { url, tabId: origin.tabId, incognito: origin.incognito })) ?? analysis;
      } catch {
        /* see AnalysisHook */
      }
    }
    // Stored like a "done" report: through the hooks (history records it and adds earlier
    // counter-statements), in order with the tab's other reports. The content script gets the
    // engine's own analysis back, never the history's counters: what the reader read on other
    // sites is shown in the extension's pages only, never inside a web page.
    await enqueue({ state: "done", url, title, analysis, text, ...read }, origin.tabId, origin.incognito).catch(() => null);
    scrollWhenRead(origin.tabId);
    return { analysis };
  };

  const handlers: Handlers = {
    "start": async ({ url, title }, origin) => {
      if (origin.kind !== "content") return { never: true, runMode: "click", marks: "quiet" };
      const settings = await loadSettings(api);
      const marks = settings.marks;
      const page = { url: senderUrl(origin, url), title: title.slice(0, MAX_TITLE_CHARS) };
      // The tab's first report, as the content script would have sent it: a never-run site gets
      // nothing of ours on the page, on-click mode waits for the reader.
      const never = isNeverSite(page.url, settings);
      const report: TabReport = never
        ? { state: "skipped", reason: NEVER_RUN, ...page }
        : settings.runMode === "click"
          ? { state: "idle", reason: RUNS_ON_CLICK, ...page }
          : { state: "analysing", progress: 0, ...page };
      void enqueue(report, origin.tabId, origin.incognito)
        .then(() => {
          if (report.state !== "analysing") scrollWhenRead(origin.tabId);
        })
        .catch(() => null);
      return { never, runMode: settings.runMode, marks };
    },
    "report": async (claimed, origin) => {
      if (origin.kind !== "content") return { ok: true };
      // Only the background computes a "done" report (from "analyze"): a content script's word
      // on an analysis is never stored, nor its URL.
      if (claimed.state === "done" || claimed.analysis || claimed.text !== undefined) return { ok: true };
      const report: TabReport = { ...claimed, url: senderUrl(origin, claimed.url), title: claimed.title.slice(0, MAX_TITLE_CHARS) };
      await enqueue(report, origin.tabId, origin.incognito);
      if (report.state !== "analysing") scrollWhenRead(origin.tabId);
      return { ok: true };
    },
    "open-link": async ({ url }) => {
      let u: URL;
      try {
        u = new URL(url);
      } catch {
        return { ok: false };
      }
      if (u.protocol !== "http:" && u.protocol !== "https:") return { ok: false };
      const tab = await api.tabs.create({ url: u.href, active: true });
      const i = url.indexOf("#:~:text=");
      if (i >= 0 && typeof tab.id === "number") {
        pendingScroll.set(tab.id, { directive: url.slice(i + 9), until: Date.now() + PENDING_SCROLL_MS });
        // A fast page may have been read before tabs.create resolved: then scroll now.
        const read = await store.get(tab.id).catch(() => null);
        if (read && read.state !== "analysing") scrollWhenRead(tab.id);
      }
      return { ok: true };
    },
    "analyze": async ({ text, url, title, page, force, read }, origin) => {
      if (origin.kind !== "content") return { error: "not from a content script" };
      if (text.length > MAX_ANALYZE_CHARS) {
        const reason = `${TOO_LONG}: ${text.length.toLocaleString("en")} characters (Whosaid reads up to ${MAX_ANALYZE_CHARS.toLocaleString("en")})`;
        void enqueue(errorReport(senderUrl(origin, url), title, reason), origin.tabId, origin.incognito).catch(() => null);
        return { error: reason };
      }
      const gen = generation.get(origin.tabId) ?? 0;
      let links: LinkOptions;
      try {
        // the link providers ticked in the options decide which search links the engine builds
        links = { providers: (await loadSettings(api)).providers };
      } catch (e) {
        return { error: `the engine failed: ${e instanceof Error ? e.message : String(e)}` };
      }
      // The text has arrived: the tab is half done (the content script does not send this itself,
      // one message less on the page's main thread).
      void enqueue({ state: "analysing", progress: 0.5, url: senderUrl(origin, url), title: title.slice(0, MAX_TITLE_CHARS) }, origin.tabId, origin.incognito).catch(() => null);
      return new Promise<AnalyzeResult>((resolve) => schedule({ text, url: senderUrl(origin, url), title: title.slice(0, MAX_TITLE_CHARS), origin, gen, links, extra: { page, force, read }, resolve }));
    },
    "get-report": (p) => store.get(p.tabId),
    // stubs until the history store (src/background/history) plugs its own in
    "history-export": (p) => ({
      format: p.format,
      data: p.format === "json" ? "[]" : JSON.stringify({ "@context": "http://www.w3.org/ns/anno.jsonld", type: "AnnotationCollection", total: 0, items: [] }),
      count: 0,
      mime: p.format === "json" ? "application/json" : "application/ld+json",
      filename: p.format === "json" ? "whosaid-history.json" : "whosaid-history.annotations.jsonld",
    }),
    "history-clear": () => ({ ok: true, cleared: 0 }),
  };

  const onMessage = (msg: unknown, sender: Sender): Promise<unknown> | undefined => {
    if (!isMessage(msg)) return undefined;
    const origin = originOf(sender, api);
    if (!origin || ALLOWED[msg.type] !== origin.kind) return undefined;
    const handler = handlers[msg.type] as Handler<MessageType> | undefined;
    if (!handler) return undefined;
    return Promise.resolve().then(() => handler(msg.payload, origin));
  };

  /** tabs.onUpdated said the tab shows another document now (startBackground wires this). */
  const tabNavigated = (tabId: number): void => {
    generation.set(tabId, (generation.get(tabId) ?? 0) + 1);
    overBudget.delete(tabId);
  };
  const tabClosed = (tabId: number): void => {
    generation.delete(tabId);
    overBudget.delete(tabId);
    const job = waiting.get(tabId);
    if (job) {
      waiting.delete(tabId);
      job.resolve({ error: "the tab was closed" });
    }
  };

  return { handlers, reportHooks, analysisHooks, store, replaceReport, onMessage, tabNavigated, tabClosed };
}

/**
 * The tab's toolbar popup: `popup.html?tab=<id>`, with the first screen's summary of a report
 * that has statements (src/shared/summary.ts), so the popup draws it without waiting for a read.
 * Per tab, held by the browser for the tab's life only; reset with the report on navigation.
 */
async function setTabPopup(api: BackgroundApi, tabId: number, report: TabReport | null): Promise<void> {
  try {
    await api.action.setPopup({ tabId, popup: popupPath(tabId, report) });
  } catch {
    // the tab closed meanwhile, or a browser without per-tab popups: the default popup asks for the report
  }
}

/** Register every listener; call once, synchronously, at the top of the background script. */
export function startBackground(api: BackgroundApi, opts: BackgroundOptions = {}): Background {
  const bg = createBackground(api, opts);
  api.runtime.onMessage.addListener(bg.onMessage as Parameters<typeof api.runtime.onMessage.addListener>[0]);

  api.tabs.onUpdated.addListener((tabId, change) => {
    // a new document: an engine answer still on its way is for the old one. Counted at once, not
    // after the report is read below: the new document's own request may come in meanwhile, and
    // it must not be taken for the old one's.
    if (change.status === "loading") bg.tabNavigated(tabId);
    void (async () => {
      const report = await bg.store.get(tabId);
      // another URL in the same document (history.pushState)
      if (change.status !== "loading" && change.url !== undefined && isNavigation(change, report)) bg.tabNavigated(tabId);
      if (report && isNavigation(change, report)) {
        await bg.store.delete(tabId);
        await api.action.setBadgeText({ tabId, text: "" }).catch(() => undefined);
        await setTabPopup(api, tabId, null);
      }
    })();
  });
  api.tabs.onRemoved.addListener((tabId) => {
    bg.tabClosed(tabId);
    void bg.store.delete(tabId);
  });

  // The first-run page, once, on a real install (not a developer's temporary load, nor the e2e
  // browsers, where an extra tab would only get in the way).
  api.runtime.onInstalled?.addListener((details) => {
    if (details.reason !== "install" || (details as { temporary?: boolean }).temporary) return;
    void (async () => {
      const self = await (api as { management?: { getSelf(): Promise<{ installType?: string }> } }).management?.getSelf().catch(() => null);
      if (self?.installType === "development") return;
      await api.tabs.create({ url: api.runtime.getURL("onboarding.html"), active: true });
    })().catch(() => undefined);
  });

  api.commands?.onCommand.addListener((command) => {
    if (command !== "toggle-marks") return;
    void (async () => {
      const [tab] = await api.tabs.query({ active: true, lastFocusedWindow: true });
      if (tab?.id === undefined) return;
      // no content script on this tab (a browser page, a never-run site): nothing to toggle
      await api.tabs.sendMessage(tab.id, message("toggle-marks", {})).catch(() => undefined);
    })();
  });

  // a neutral colour: the badge counts statements, it does not warn
  api.action.setBadgeBackgroundColor({ color: "#44546a" }).catch(() => undefined);
  return bg;
}
