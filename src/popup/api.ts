// The popup's conversations with the browser: which tab it is about, that tab's report from the
// background, and requests to the tab's content script. Every function takes the API as a
// parameter (tests pass a fake). Never sends page content anywhere but to our own background.
import type { Ext } from "../shared/browser";
import { isTabReport, message, reportKey, type Message, type TabReport } from "../shared/messages";
import { loadSettings, type Settings } from "../shared/settings";

export type PopupApi = Pick<Ext, "runtime" | "tabs" | "scripting" | "storage">;

/** `popup.html?tab=<id>` names the tab (the popup opened as a page); otherwise the active tab. */
export async function resolveTabId(api: PopupApi, search: string): Promise<number | null> {
  const fromQuery = new URLSearchParams(search).get("tab");
  if (fromQuery !== null && /^\d+$/.test(fromQuery)) return Number(fromQuery);
  const [tab] = await api.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

type SessionArea = { get(key: string): Promise<Record<string, unknown>> };

export async function fetchReport(api: PopupApi, tabId: number): Promise<TabReport | null> {
  // storage.session first: the background mirrors every report there, and reading it does not
  // wake a service worker that the browser stopped while the reader was reading
  const session = (api.storage as { session?: SessionArea }).session;
  if (session) {
    try {
      const got = (await session.get(reportKey(tabId)))[reportKey(tabId)];
      if (isTabReport(got)) return got;
    } catch {
      // not readable from this page in this browser: ask the background
    }
  }
  const r: unknown = await api.runtime.sendMessage(message("get-report", { tabId }));
  // the background validated it on arrival; check again since the popup renders every field
  return isTabReport(r) ? r : null;
}

export async function fetchSettings(api: PopupApi): Promise<Settings> {
  return loadSettings(api);
}

/**
 * Ask the tab to analyse now. Where the content script is not there (on-click mode, a tab opened
 * before install), inject it first: the click on our toolbar button granted activeTab for this tab.
 */
export async function analyseNow(api: PopupApi, tabId: number): Promise<void> {
  try {
    await api.tabs.sendMessage(tabId, message("analyze-now", {}));
    return;
  } catch {
    // "Receiving end does not exist": no content script yet
  }
  await api.scripting.executeScript({ target: { tabId }, files: ["content.js"] });
  await api.tabs.sendMessage(tabId, message("analyze-now", {}));
}

export async function scrollToStatement(api: PopupApi, tabId: number, index: number): Promise<boolean> {
  try {
    const r = (await api.tabs.sendMessage(tabId, message("scroll-to-statement", { index }))) as { ok?: unknown } | undefined;
    return r?.ok === true;
  } catch {
    return false;
  }
}

/** The page's answer about its marks ({ on }), or null when no content script answers. */
async function askMarks(api: PopupApi, tabId: number, m: Message<"toggle-marks">): Promise<boolean | null> {
  try {
    const r = (await api.tabs.sendMessage(tabId, m)) as { on?: unknown } | undefined;
    return typeof r?.on === "boolean" ? r.on : null;
  } catch {
    return null;
  }
}

export function toggleMarks(api: PopupApi, tabId: number, on?: boolean): Promise<boolean | null> {
  return askMarks(api, tabId, message("toggle-marks", on === undefined ? {} : { on }));
}

/**
 * Whether the tab's marks are drawn now (null when no content script answers), and what the page
 * did to hide or remove Whosaid's overlay, if anything.
 */
export async function marksState(api: PopupApi, tabId: number): Promise<{ on: boolean | null; tampered: string | null }> {
  try {
    const r = (await api.tabs.sendMessage(tabId, message("marks-state", {}))) as { on?: unknown; tampered?: unknown } | undefined;
    return { on: typeof r?.on === "boolean" ? r.on : null, tampered: typeof r?.tampered === "string" ? r.tampered.slice(0, 200) : null };
  } catch {
    return { on: null, tampered: null };
  }
}

/** Opens the options page (one click from the popup). */
export async function openOptions(api: PopupApi): Promise<void> {
  await api.runtime.openOptionsPage();
}

/**
 * Opens a link in a new tab through the background, which lives on after the popup closes and
 * scrolls a text-fragment link's tab to its passage; straight from here if the background cannot.
 */
export async function openInNewTab(api: PopupApi, url: string): Promise<void> {
  const r = (await api.runtime.sendMessage(message("open-link", { url })).catch(() => null)) as { ok?: unknown } | null | undefined;
  if (r?.ok === true) return;
  await api.tabs.create({ url, active: true });
}
