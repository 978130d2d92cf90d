// The demo article in Chromium and Firefox: every statement of the Analysis has its marks on the
// exact text, a card opens on keyboard focus and lists the counter-statements, Escape closes it,
// the toggle removes every mark and restores them, and late content is analysed without
// duplicating marks.
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { launch, startServer, type BrowserName, type LaunchedBrowser, type StaticServer } from "./harness";
import { cardHtml, finalHost, hoverText, inspect, markedTexts, openPage, press, readHost, reportOf, sendToTab, tabToOverlay, waitCard } from "./harness-content";

const browsers = (process.env.WHOSAID_E2E_BROWSERS ?? "chromium,firefox").split(",").filter(Boolean) as BrowserName[];
const squash = (s: string): string => s.replace(/\s+/g, "");

let server: StaticServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(async () => {
  await server?.close();
});

type Report = {
  state: string;
  text?: string;
  analysis?: { statements: { source: { text: string } | null; content: { text: string }; contentParts?: { text: string }[]; counter: { kind: string; label: string }[] }[] };
};

describe.each(browsers)("%s", (name) => {
  let browser: LaunchedBrowser;
  beforeAll(async () => {
    browser = await launch(name);
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
  });

  test("every statement is marked; a card on focus shows counter-statements; toggle and late content", async () => {
    const page = await browser.newPage();
    await openPage(page, `${server.url}/demo/article.html`);
    const host = await finalHost(page);
    expect(host.error).toBeNull();
    expect(host.state).toBe("done");
    expect(host.statements).toBeGreaterThan(3);
    expect(host.marked).toBe(host.statements);

    const tab = await browser.tabIdOf(page);
    const report = (await reportOf(browser, tab)) as Report | null;
    const statements = report?.analysis?.statements ?? [];
    expect(statements.length).toBe(host.statements);

    // Each statement's content (each part of a split quote) is marked on exactly that page text.
    const marked = await markedTexts(browser, page);
    const contentMarks = new Set(Object.entries(marked).filter(([k]) => k.startsWith("content")).flatMap(([, v]) => v.map(squash)));
    for (const s of statements) {
      for (const part of s.contentParts?.length ? s.contentParts : [s.content]) expect(contentMarks).toContain(squash(part.text));
    }

    // Quiet at rest: at most a quarter of the article's characters tinted (content only on hover/focus).
    const rest = await inspect(browser, page);
    expect(rest.chars).toBeGreaterThan(0);
    expect(rest.tinted / rest.chars).toBeLessThanOrEqual(0.25);

    // Keyboard: Tab into the overlay, open the list, walk to a statement with counter-statements.
    const target = Math.max(0, statements.findIndex((s) => s.counter.length > 0));
    await tabToOverlay(browser, page);
    await press(browser, page, "Enter");
    for (let i = 0; i < target; i++) await press(browser, page, "ArrowDown");
    expect(await waitCard(browser, page, target)).toBe(target);
    const html = await cardHtml(browser, page);
    if (html !== null) {
      expect(html).toContain("Marked because");
      // at most three answers from this article, every search link; never other sites' articles
      const counter = statements[target]?.counter ?? [];
      const shown = [...counter.filter((k) => k.kind === "in-article").slice(0, 3), ...counter.filter((k) => k.kind === "search")];
      for (const c of shown) {
        const label = c.label.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
        expect(html).toContain(label);
      }
    }
    await press(browser, page, "Escape");
    expect(await waitCard(browser, page, null)).toBeNull();

    // Hover: the pointer resting on a statement's source opens its card after the intent delay.
    const spoken = statements.findIndex((s) => s.source !== null && s.source.text.length > 3);
    expect(await hoverText(browser, page, statements[spoken]!.source!.text)).toBe(true);
    expect(await waitCard(browser, page, spoken)).not.toBeNull();
    await press(browser, page, "Escape");
    expect(await waitCard(browser, page, null)).toBeNull();

    // Toggle off restores the page exactly; toggle on draws the same marks again.
    const before = await page.evaluate(() => document.body.innerText);
    expect(await sendToTab(browser, tab, { type: "toggle-marks", payload: { on: false } })).toEqual({ on: false });
    expect(await markedTexts(browser, page)).toEqual({});
    expect(await page.evaluate(() => document.body.innerText)).toBe(before);
    // the popup asks the page whether its marks are drawn (the shortcut may have hidden them)
    expect(await sendToTab(browser, tab, { type: "marks-state", payload: {} })).toEqual({ on: false });
    expect(await sendToTab(browser, tab, { type: "toggle-marks", payload: { on: true } })).toEqual({ on: true });
    expect(await sendToTab(browser, tab, { type: "marks-state", payload: {} })).toEqual({ on: true });
    expect(await markedTexts(browser, page)).toEqual(marked);

    // scroll-to-statement (what the popup sends) scrolls the statement into view.
    const last = statements.length - 1;
    expect(await sendToTab(browser, tab, { type: "scroll-to-statement", payload: { index: last } })).toEqual({ ok: true });
    expect((await inspect(browser, page)).card).toBeNull();

    // Late content: a new paragraph with a quote joins the analysis; marks are not duplicated.
    await page.evaluate(() => {
      const p = document.createElement("p");
      p.textContent = "\u201cWe will publish every page of the survey next week,\u201d said Teodor Brandt in a later statement.";
      document.querySelector("article")!.appendChild(p);
    });
    // Wait for the re-read to finish, not only for its first marks: the marks in view are drawn
    // before the run reports "done" with its new statement count.
    const deadline = Date.now() + 10_000;
    const joined = async (): Promise<boolean> => {
      const h = await readHost(page);
      if (!h || h.state !== "done" || h.statements <= host.statements) return false;
      return Object.values(await markedTexts(browser, page)).flat().some((t) => t.includes("publish every page"));
    };
    while (!(await joined()) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
    const after = await readHost(page);
    expect(after?.statements).toBeGreaterThan(host.statements);
    expect(after?.marked).toBe(after?.statements);
    const again = await markedTexts(browser, page);
    const contents = Object.entries(again).filter(([k]) => k.startsWith("content")).flatMap(([, v]) => v);
    expect(contents.length).toBe(new Set(contents).size);
    await page.close();
  }, 90_000);
});
