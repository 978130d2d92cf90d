// The popup bundle's first module (index.tsx imports it before anything else): it asks the
// browser for the tab's report the moment the bundle starts, through the browser's own
// promise-returning API (no wrapper, no Preact), so the answer is on its way while the rest of
// the bundle is evaluated. api.ts validates what comes back, and asks the background when the
// session area has nothing (or cannot be read here).
import { reportKey } from "../shared/messages";

performance.mark("whosaid:script");

type RawApi = {
  tabs?: { query(q: { active: boolean; currentWindow: boolean }): Promise<Array<{ id?: number }>> };
  storage?: { session?: { get(key: string): Promise<Record<string, unknown>> } };
};

/** The tab the popup is about, and that tab's stored report as read (unvalidated), both started at once. */
export type Early = { tabId: Promise<number | null>; stored: Promise<unknown> };

/** `popup.html?tab=<id>` names the tab; otherwise the active tab. Null where there is no browser API. */
export function startEarly(search: string, g: { browser?: RawApi; chrome?: RawApi } = globalThis as never): Early | null {
  // Firefox: the promise-based `browser`; Chrome (MV3): `chrome`, whose calls return promises too.
  const api = g.browser?.tabs ? g.browser : g.chrome?.tabs ? g.chrome : null;
  if (!api?.tabs) return null;
  const tabs = api.tabs;
  try {
    const fromQuery = new URLSearchParams(search).get("tab");
    const tabId = fromQuery !== null && /^\d+$/.test(fromQuery)
      ? Promise.resolve(Number(fromQuery))
      : tabs.query({ active: true, currentWindow: true }).then(([tab]) => tab?.id ?? null);
    const session = api.storage?.session;
    const stored = tabId.then((id) => (id === null || !session ? undefined : session.get(reportKey(id)).then((r) => r[reportKey(id)])));
    // Read later (or not at all): a failure here must not be an unhandled rejection.
    stored.catch(() => undefined);
    return { tabId, stored };
  } catch {
    return null;
  }
}

export const early: Early | null = typeof location === "undefined" ? null : startEarly(location.search);
