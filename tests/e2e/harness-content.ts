// Content-script helpers for the end-to-end suites, on top of harness.ts: the content script's
// status (asked from an extension page; the page's DOM holds none of it), console errors, messages to a tab's content script, and the list of real pages.
// Reads ../shared at run time and never copies any of it.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { pagesDir, type ChromiumBrowser, type FirefoxBrowser, type LaunchedBrowser, type Page } from "./harness";

export type PageEntry = { id: string; category: string; has_attributions: boolean; language: string };

/** The pages of ../shared/data/pages; null when the folder is missing (tests then skip, except in CI). */
export function pageList(): PageEntry[] | null {
  const index = join(pagesDir, "index.json");
  if (!existsSync(index)) {
    if (process.env.CI === "true") throw new Error(`${index} is missing; CI must run the page tests`);
    return null;
  }
  return JSON.parse(readFileSync(index, "utf8")) as PageEntry[];
}

export type HostInfo = {
  state: string | null;
  statements: number;
  marked: number;
  marks: string | null;
  error: string | null;
  reason: string | null;
  ms: number;
  longestMs: number;
};

/**
 * The content script's status (asked from an extension page, "status") while the page holds our
 * overlay element; null when the page holds none (pages left alone, on-click mode before a click).
 */
export async function readHost(page: Page): Promise<HostInfo | null> {
  const inPage = await page.evaluate(() => document.querySelector("whosaid-overlay") !== null);
  if (!inPage) return null;
  const s = await page.status();
  if (!s) return null;
  return { state: s.state, statements: s.statements, marked: s.marked, marks: s.marks, error: s.error, reason: s.reason, ms: s.ms, longestMs: s.longestMs };
}

/** Waits for a final state (done, skipped, error) of a page with our overlay and returns its status. */
export async function finalHost(page: Page, timeoutMs = 30_000): Promise<HostInfo> {
  try {
    await page.waitFor(() => document.querySelector("whosaid-overlay") !== null, timeoutMs);
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const s = await page.status();
      if (s && (s.state === "done" || s.state === "skipped" || s.state === "error")) break;
      if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for a final state (${s?.state ?? "no answer"})`);
      await new Promise((r) => setTimeout(r, 100));
    }
  } catch (e) {
    // Say where it stuck: no host at all (content script never ran) or a state that never ended.
    const last = await readHost(page).catch(() => null);
    const where = await page.evaluate(() => `${location.href} readyState=${document.readyState}`).catch(() => "?");
    throw new Error(`${String(e)}; host: ${JSON.stringify(last)}; page: ${where}`, { cause: e });
  }
  const h = await readHost(page);
  if (!h) throw new Error("overlay host vanished");
  return h;
}

/** Collects console errors and uncaught page errors from now on. */
export function collectErrors(browser: LaunchedBrowser, page: Page): string[] {
  const out: string[] = [];
  if (browser.name === "chromium") {
    const p = (browser as ChromiumBrowser).playwrightPage(page);
    p.on("console", (m) => {
      if (m.type() === "error") out.push(m.text());
    });
    p.on("pageerror", (e) => out.push(`pageerror: ${e.message}`));
  } else {
    const p = (browser as FirefoxBrowser).puppeteerPage(page);
    p.on("console", (m) => {
      if (m.type() === "error") out.push(m.text());
    });
    p.on("pageerror", (e) => out.push(`pageerror: ${e instanceof Error ? e.message : String(e)}`));
  }
  return out;
}

/**
 * Error messages reduced to what is stable between two loads: no numbers, and a web address only
 * by its origin (pages' own scripts put per-load random ids into the paths they request, e.g. an
 * ad image's file name, so the same error of the page reads differently on every load). The
 * extension's own addresses (moz-extension://, chrome-extension://) are kept whole.
 */
export function errorKey(message: string): string {
  return message.replace(/\b(https?:\/\/[^/\s'")]+)[^\s'")]*/g, "$1/…").replace(/\d+/g, "#").replace(/\s+/g, " ").trim().slice(0, 200);
}

/** Sends a message to the content script of a tab, from one of the extension's own pages. */
export async function sendToTab(browser: LaunchedBrowser, tabId: number, message: unknown): Promise<unknown> {
  const ext = await extensionPage(browser);
  const arg = { tabId, message };
  const fn = async ({ tabId, message }: { tabId: number; message: unknown }) => {
    const g = globalThis as unknown as { browser?: { tabs: { sendMessage(id: number, m: unknown): Promise<unknown> } }; chrome?: { tabs: { sendMessage(id: number, m: unknown): Promise<unknown> } } };
    const api = g.browser ?? g.chrome;
    return api!.tabs.sendMessage(tabId, message);
  };
  if (browser.name === "chromium") return (ext as import("playwright-core").Page).evaluate(fn, arg);
  return (ext as import("puppeteer-core").Page).evaluate(fn, arg);
}

/** Asks the background for a tab's report (as the popup does). */
export async function reportOf(browser: LaunchedBrowser, tabId: number): Promise<{ state: string; text?: string; analysis?: { statements: { content: { start: number; end: number; text: string } }[] } } | null> {
  const ext = await extensionPage(browser);
  const fn = async (tabId: number) => {
    const g = globalThis as unknown as { browser?: { runtime: { sendMessage(m: unknown): Promise<unknown> } }; chrome?: { runtime: { sendMessage(m: unknown): Promise<unknown> } } };
    const api = g.browser ?? g.chrome;
    return api!.runtime.sendMessage({ type: "get-report", payload: { tabId } });
  };
  if (browser.name === "chromium") return (ext as import("playwright-core").Page).evaluate(fn, tabId) as never;
  return (ext as import("puppeteer-core").Page).evaluate(fn, tabId) as never;
}

const extPages = new WeakMap<LaunchedBrowser, unknown>();

/** One extension page per browser (options.html: it renders nothing that talks to tabs). */
async function extensionPage(browser: LaunchedBrowser): Promise<unknown> {
  const known = extPages.get(browser);
  if (known) return known;
  const page = await browser.newPage();
  await page.goto(browser.extensionUrl("options.html"));
  const raw = browser.name === "chromium"
    ? (browser as ChromiumBrowser).playwrightPage(page)
    : (browser as FirefoxBrowser).puppeteerPage(page);
  extPages.set(browser, raw);
  return raw;
}

export type Inspection = { card: number | null; marks: Record<string, string[]>; tampered: string | null; focus?: string | null; tinted: number; chars: number; cardText?: string | null; cardLinks?: string[] };

/**
 * What the content script shows on the page, asked from one of our extension pages ("inspect"):
 * the page itself cannot see the marks (they are drawn in the overlay's closed shadow root) nor
 * which card is open.
 */
export async function inspect(browser: LaunchedBrowser, page: Page): Promise<Inspection> {
  const r = (await sendToTab(browser, await browser.tabIdOf(page), { type: "inspect", payload: {} })) as Inspection | undefined;
  if (!r || typeof r !== "object" || !("marks" in r)) throw new Error("the content script did not answer inspect");
  return r;
}

/** Text under every mark, per mark class list ("content p0", "source x unnamed", …). */
export async function markedTexts(browser: LaunchedBrowser, page: Page): Promise<Record<string, string[]>> {
  return (await inspect(browser, page)).marks;
}

/**
 * Opens a page and waits for its load. Firefox over BiDi sometimes rejects the navigation command
 * when one of the page's own iframes fails to load (their hosts are unreachable on purpose:
 * "Address rejected"), although the page itself loaded; then check the page, not the command.
 */
export async function openPage(page: Page, url: string): Promise<void> {
  try {
    await page.goto(url);
  } catch (e) {
    if (!/Address rejected|NS_BINDING_ABORTED|net::ERR_ABORTED/.test(String(e))) throw e;
    const want = new URL(url).href;
    await page.waitFor(() => document.readyState === "complete" && location.href, 20_000).then((href) => {
      if (href !== want) throw new Error(`page ended at ${String(href)} instead of ${want}`);
    });
  }
}

type CdpNode = { nodeId: number; nodeName: string; attributes?: string[]; children?: CdpNode[]; shadowRoots?: CdpNode[] };

/**
 * The card's outer HTML from inside the overlay's CLOSED shadow root. Page scripts cannot reach
 * it (that is the point); Chromium's DevTools protocol can, so the Chromium suites check the
 * card's real content. Returns null in Firefox (no such protocol there) or when no card is open.
 */
export async function cardHtml(browser: LaunchedBrowser, page: Page): Promise<string | null> {
  if (browser.name !== "chromium") return null;
  const b = browser as ChromiumBrowser;
  const cdp = await b.context.newCDPSession(b.playwrightPage(page));
  try {
    const { root } = (await cdp.send("DOM.getDocument", { depth: -1, pierce: true })) as { root: CdpNode };
    const find = (n: CdpNode, inShadow: boolean): CdpNode | null => {
      const attrs = n.attributes ?? [];
      const cls = attrs[attrs.indexOf("class") + 1];
      if (inShadow && attrs.includes("class") && cls === "card" && !attrs.includes("hidden")) return n;
      for (const s of n.shadowRoots ?? []) {
        const f = find(s, true);
        if (f) return f;
      }
      for (const c of n.children ?? []) {
        const f = find(c, inShadow);
        if (f) return f;
      }
      return null;
    };
    const card = find(root, false);
    if (!card) return null;
    const { outerHTML } = (await cdp.send("DOM.getOuterHTML", { nodeId: card.nodeId })) as { outerHTML: string };
    return outerHTML;
  } finally {
    await cdp.detach();
  }
}

/** Presses a key in the page (real keyboard events, as a reader would). */
export async function press(browser: LaunchedBrowser, page: Page, key: string): Promise<void> {
  if (browser.name === "chromium") await (browser as ChromiumBrowser).playwrightPage(page).keyboard.press(key);
  else await (browser as FirefoxBrowser).puppeteerPage(page).keyboard.press(key as never);
}

/** Tabs through the page until keyboard focus is inside the overlay host (its launcher). */
export async function tabToOverlay(browser: LaunchedBrowser, page: Page, maxTabs = 200): Promise<void> {
  // Another tab (an extension page opened to send messages) may have taken the foreground.
  if (browser.name === "chromium") await (browser as ChromiumBrowser).playwrightPage(page).bringToFront();
  else await (browser as FirefoxBrowser).puppeteerPage(page).bringToFront();
  for (let i = 0; i < maxTabs; i++) {
    await press(browser, page, "Tab");
    const inHost = await page.evaluate(() => document.activeElement?.tagName.toLowerCase() === "whosaid-overlay");
    if (inHost) return;
  }
  throw new Error("keyboard focus never reached the Whosaid overlay");
}

/** Polls the content script until its open card is `index` or null (closed); returns the last seen. */
export async function waitCard(browser: LaunchedBrowser, page: Page, index: number | null, timeoutMs = 5_000): Promise<number | null> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const card = (await inspect(browser, page)).card;
    if (card === index || Date.now() > deadline) return card;
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** Moves the real mouse onto the first occurrence of `text` in the page (scrolled into view). */
export async function hoverText(browser: LaunchedBrowser, page: Page, text: string): Promise<boolean> {
  const raw = browser.name === "chromium" ? (browser as ChromiumBrowser).playwrightPage(page) : (browser as FirefoxBrowser).puppeteerPage(page);
  const point = await (raw as import("playwright-core").Page).evaluate((text: string) => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let t = walker.nextNode(); t; t = walker.nextNode()) {
      const at = (t as Text).data.indexOf(text);
      if (at < 0 || (t.parentElement?.closest("script, style"))) continue;
      t.parentElement?.scrollIntoView({ block: "center" });
      const r = document.createRange();
      r.setStart(t, at);
      r.setEnd(t, at + text.length);
      const rect = r.getClientRects()[0];
      if (rect && rect.width > 2) return { x: rect.left + Math.min(rect.width / 2, 12), y: rect.top + rect.height / 2 };
    }
    return null;
  }, text);
  if (!point) return false;
  await (raw as import("playwright-core").Page).mouse.move(point.x, point.y);
  return true;
}

export type TabResult = {
  state: string;
  reason: string | null;
  /** statements in the background's report (0 when skipped) */
  statements: number;
  /** how the content script read the page (text length, fallback), when it got that far */
  read: { chars: number; via: string; partial?: boolean; ms: number; longestMs: number; parts: string } | null;
  /** the article text the analysis is about (done only) */
  text: string | null;
  analysis: { statements: { content: { text: string }; source: { text: string } | null }[] } | null;
  /** the overlay host's attributes, or null when the page holds no overlay element */
  host: HostInfo | null;
};

/**
 * Waits until the tab's report (the background's, as the popup reads it) is final, and returns it
 * with the overlay host (if any). Pages left alone have no overlay element, so their state is read
 * here, not on the page. A "done" report is stored before the page draws: then wait for the host.
 */
export async function finalTab(browser: LaunchedBrowser, page: Page, timeoutMs = 30_000, finals = ["done", "skipped", "error"]): Promise<TabResult> {
  const tab = await browser.tabIdOf(page);
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const r = (await reportOf(browser, tab)) as (Awaited<ReturnType<typeof reportOf>> & { reason?: string; read?: TabResult["read"] }) | null;
    const host = await readHost(page).catch(() => null);
    if (r && finals.includes(r.state) && (r.state !== "done" || host?.state === "done")) {
      return {
        state: r.state,
        reason: r.reason ?? null,
        statements: r.analysis?.statements.length ?? 0,
        read: r.read ?? null,
        text: r.text ?? null,
        analysis: (r.analysis as unknown as TabResult["analysis"]) ?? null,
        host,
      };
    }
    if (Date.now() > deadline) {
      const where = await page.evaluate(() => `${location.href} readyState=${document.readyState}`).catch(() => "?");
      throw new Error(`no final report within ${timeoutMs} ms; report: ${JSON.stringify(r && { state: r.state, reason: r.reason })}; host: ${JSON.stringify(host)}; page: ${where}`);
    }
    await new Promise((res) => setTimeout(res, 100));
  }
}

/** The toolbar badge's text on a tab (what the reader sees on our button). */
export async function badgeOf(browser: LaunchedBrowser, tabId: number): Promise<string> {
  const ext = await extensionPage(browser);
  const fn = async (tabId: number) => {
    const g = globalThis as unknown as { browser?: { action: { getBadgeText(d: { tabId: number }): Promise<string> } }; chrome?: { action: { getBadgeText(d: { tabId: number }): Promise<string> } } };
    return (g.browser ?? g.chrome)!.action.getBadgeText({ tabId });
  };
  if (browser.name === "chromium") return (ext as import("playwright-core").Page).evaluate(fn, tabId);
  return (ext as import("puppeteer-core").Page).evaluate(fn, tabId);
}
