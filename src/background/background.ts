// The background's wiring: one validated message router over a `handlers` map, the engine run for
// content scripts ("analyze"), per-tab reports, the badge, and the toggle command. Runs as a Chrome service worker and a Firefox event page, so
// it touches no DOM and registers every listener synchronously when the script starts. It never
// acts on a message that fails validation or comes from outside this extension.
import { analyze as coreAnalyze, type AnalyzeOptions } from "../core/analyze";
import { readerView } from "../core/display";
import type { Analysis } from "../core/types";
import type { Ext } from "../shared/browser";
import { isMessage, isTabReport, message, type MessageMap, type MessageType, type TabReport } from "../shared/messages";
import { loadSettings } from "../shared/settings";
import { ReportStore, type SessionArea } from "./reports";

/** The slice of the browser API the background uses (tests pass a fake of this shape). */
export type BackgroundApi = Pick<Ext, "runtime" | "tabs" | "storage" | "action" | "commands">;

export type Sender = {
  id?: string;
  url?: string;
  frameId?: number;
  tab?: { id?: number; incognito?: boolean; url?: string };
};

/** Which of our contexts a message came from, decided once per message. */
export type Origin = { kind: "content"; tabId: number; incognito: boolean } | { kind: "extension-page" };

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

/** Who may send which message: reports only from content scripts, the rest only from our pages. */
const ALLOWED: { [T in MessageType]: Origin["kind"] | "none" } = {
  "report": "content",
  "analyze": "content",
  "get-report": "extension-page",
  "open-link": "extension-page",
  "history-export": "extension-page",
  "history-clear": "extension-page",
  // these go to content scripts, never to the background
  "analyze-now": "none",
  "toggle-marks": "none",
  "marks-state": "none",
  "inspect": "none",
  "scroll-to-statement": "none",
  "read-text": "none",
  "scroll-to-text": "none",
};

/** How long a tab we opened on a text-fragment link waits for its content script to report. */
const PENDING_SCROLL_MS = 60_000;

export function originOf(sender: Sender, api: Pick<Ext, "runtime">): Origin | null {
  if (!sender || sender.id !== api.runtime.id) return null;
  const base = api.runtime.getURL("");
  // popup.html opened as a tab (popup.html?tab=N) has sender.tab set too: tell by the URL
  if (typeof sender.url === "string" && sender.url.startsWith(base)) return { kind: "extension-page" };
  const tabId = sender.tab?.id;
  // only the top frame speaks for the tab
  if (typeof tabId === "number" && tabId >= 0 && (sender.frameId === undefined || sender.frameId === 0)) {
    return { kind: "content", tabId, incognito: sender.tab?.incognito === true };
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
  store: ReportStore;
  /** The runtime.onMessage listener (exported for tests). */
  onMessage: (msg: unknown, sender: Sender) => Promise<unknown> | undefined;
};

export type BackgroundOptions = {
  /** the engine (core's analyze unless a test injects another) */
  analyze?: (text: string, opts?: AnalyzeOptions) => Analysis;
};

export function createBackground(api: BackgroundApi, opts: BackgroundOptions = {}): Background {
  // The extension works on what the reader is shown: content marks, popup, badge and history all
  // see only statements core's display policy shows (the CLI's --json keeps them all).
  const analyzeText = opts.analyze ?? ((text: string, o?: AnalyzeOptions) => readerView(coreAnalyze(text, o)));
  const session = (api.storage as { session?: SessionArea }).session;
  const store = new ReportStore(session, isTabReport);
  const reportHooks: ReportHook[] = [];

  const setBadge = async (tabId: number, report: TabReport | null): Promise<void> => {
    try {
      await api.action.setBadgeText({ tabId, text: badgeText(report) });
    } catch {
      // the tab may have closed between the report and the badge; nothing to show then
    }
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
  const enqueue = async (report: TabReport, tabId: number, incognito: boolean): Promise<TabReport> => {
    const next = (queues.get(tabId) ?? Promise.resolve()).then(() => handleReport(report, tabId, incognito));
    const settled = next.then(() => undefined, () => undefined);
    queues.set(tabId, settled);
    void settled.then(() => {
      if (queues.get(tabId) === settled) queues.delete(tabId);
    });
    return next;
  };

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

  const handlers: Handlers = {
    "report": async (report, origin) => {
      if (origin.kind !== "content") return { ok: true };
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
      let analysis: Analysis;
      try {
        // the link providers ticked in the options decide which search links the engine builds
        const { providers } = await loadSettings(api);
        analysis = analyzeText(text, { providers, page, force });
      } catch (e) {
        return { error: `the engine failed: ${e instanceof Error ? e.message : String(e)}` };
      }
      // The page gate (core/gate.ts) judged it no news article: the tab says why, and nothing is
      // recorded, no badge shown.
      if (analysis.verdict && !analysis.verdict.article && !force) {
        await enqueue({ state: "skipped", url, title, reason: analysis.verdict.reason, ...(read ? { read } : {}) }, origin.tabId, origin.incognito).catch(() => null);
        return { analysis };
      }
      // Stored like a content script's "done" report: through the hooks (history records it and
      // adds earlier counter-statements), in order with the tab's other reports.
      const stored = await enqueue({ state: "done", url, title, analysis, text, ...(read ? { read } : {}) }, origin.tabId, origin.incognito).catch(() => null);
      scrollWhenRead(origin.tabId);
      return { analysis: stored?.analysis ?? analysis };
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

  return { handlers, reportHooks, store, onMessage };
}

/** Register every listener; call once, synchronously, at the top of the background script. */
export function startBackground(api: BackgroundApi): Background {
  const bg = createBackground(api);
  api.runtime.onMessage.addListener(bg.onMessage as Parameters<typeof api.runtime.onMessage.addListener>[0]);

  api.tabs.onUpdated.addListener((tabId, change) => {
    void (async () => {
      const report = await bg.store.get(tabId);
      if (report && isNavigation(change, report)) {
        await bg.store.delete(tabId);
        await api.action.setBadgeText({ tabId, text: "" }).catch(() => undefined);
      }
    })();
  });
  api.tabs.onRemoved.addListener((tabId) => {
    void bg.store.delete(tabId);
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
