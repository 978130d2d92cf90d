// End to end, in real Chromium and Firefox: the demo article is analysed, popup.html?tab=<id>
// opened as a page shows its parties, statements and counter-statement links, and clicking a
// statement or an in-article answer scrolls the article to that statement. Assertions follow the
// structure of whatever Analysis the engine produced, never fixed counts the engine decides.
import { finalTab } from "./harness-content";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import {
  launch, overlayState, startServer, type BrowserName, type ChromiumBrowser, type FirefoxBrowser, type LaunchedBrowser,
  type Page, type StaticServer,
} from "./harness";
import type { TabReport } from "../../src/shared/messages";
import { sendToTab } from "./harness-content";

let server: StaticServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(async () => {
  await server?.close();
});

/** Names the step in a timeout, so a failure under load says which wait ran out. */
async function step<T>(label: string, p: Promise<T>): Promise<T> {
  try {
    return await p;
  } catch (e) {
    throw new Error(`${label}: ${e instanceof Error ? e.message : String(e)}`, { cause: e });
  }
}

function pressKey(b: LaunchedBrowser, page: Page, key: "Enter" | "Tab"): Promise<void> {
  if (b.name === "chromium") return (b as ChromiumBrowser).playwrightPage(page).keyboard.press(key);
  return (b as FirefoxBrowser).puppeteerPage(page).keyboard.press(key);
}

function bringToFront(b: LaunchedBrowser, page: Page): Promise<void> {
  if (b.name === "chromium") return (b as ChromiumBrowser).playwrightPage(page).bringToFront();
  return (b as FirefoxBrowser).puppeteerPage(page).bringToFront();
}

/** Runs in the article page: is the `nth` occurrence of `snippet` (whitespace-normalised) inside the viewport? */
function snippetInView({ snippet, nth }: { snippet: string; nth: number }): { top: number; inView: boolean; scrollY: number } | null {
  const nodes: { node: Text; from: number; map: number[] }[] = [];
  let text = "";
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const t = n as Text;
    if (t.parentElement?.closest("script, style, noscript")) continue;
    const map: number[] = [];
    const from = text.length;
    for (let i = 0; i < t.data.length; i++) {
      const ch = t.data[i]!;
      if (/\s/.test(ch)) {
        if (text.endsWith(" ") || text.length === 0) continue;
        text += " ";
      } else text += ch;
      map[text.length - 1 - from] = i;
    }
    nodes.push({ node: t, from, map });
  }
  let at = -1;
  for (let k = 0; k <= nth; k++) {
    at = text.indexOf(snippet, at + 1);
    if (at < 0) return null;
  }
  const hit = nodes.find((x) => at >= x.from && at < x.from + x.map.length);
  if (!hit) return null;
  const offset = hit.map[at - hit.from] ?? 0;
  const range = document.createRange();
  range.setStart(hit.node, offset);
  range.setEnd(hit.node, Math.min(hit.node.data.length, offset + 1));
  const r = range.getBoundingClientRect();
  return { top: r.top, inView: r.bottom > 0 && r.top < window.innerHeight, scrollY: window.scrollY };
}

/** The snippet that locates a statement in the page: its first words, and which occurrence it is. */
function locate(report: TabReport, index: number): { snippet: string; nth: number } {
  const norm = (s: string) => s.replace(/\s+/g, " ").trim();
  const content = report.analysis!.statements[index]!.content;
  const snippet = norm(content.text).split(" ").slice(0, 5).join(" ");
  const before = norm((report.text ?? "").slice(0, content.start));
  let nth = 0;
  for (let at = before.indexOf(snippet); at >= 0; at = before.indexOf(snippet, at + 1)) nth++;
  return { snippet, nth };
}


describe.each(["chromium", "firefox"] as BrowserName[])("%s", (name) => {
  test("popup.html?tab=<id> shows the demo article's voices, and its buttons scroll the article", async () => {
    const browser = await launch(name);
    try {
      const article = await browser.newPage();
      await article.goto(`${server.url}/demo/article.html`);
      const overlay = await overlayState(article);
      expect(overlay.state, overlay.message ?? "").toBe("done");
      const tabId = await browser.tabIdOf(article);

      const popup = await browser.newPage();
      await popup.goto(browser.extensionUrl(`popup.html?tab=${tabId}`));
      await popup.waitFor(() => document.querySelector(".report[data-complete], [data-state]") !== null);

      // the report the popup was given, fetched the same way, so the checks follow the engine
      const report = await popup.evaluate(async () => {
        const g = globalThis as unknown as Record<string, { runtime: { sendMessage(m: unknown): Promise<unknown> } } | undefined>;
        const api = g.browser ?? g.chrome;
        const id = Number(new URLSearchParams(location.search).get("tab"));
        return (await api!.runtime.sendMessage({ type: "get-report", payload: { tabId: id } })) as TabReport | null;
      });
      expect(report?.state).toBe("done");
      const a = report!.analysis!;
      expect(a.statements.length).toBe(overlay.statements);
      expect(a.statements.length).toBeGreaterThan(0);

      // the toolbar badge counts the tab's statements
      const badge = await popup.evaluate(async () => {
        const g = globalThis as unknown as Record<string, { action: { getBadgeText(d: object): Promise<string> } } | undefined>;
        const id = Number(new URLSearchParams(location.search).get("tab"));
        return (g.browser ?? g.chrome)!.action.getBadgeText({ tabId: id });
      });
      expect(badge).toBe(String(a.statements.length));

      const shown = await popup.evaluate(() => ({
        statements: [...document.querySelectorAll(".parties li.statement")].map((li) => Number(li.getAttribute("data-statement"))),
        sections: [...document.querySelectorAll(".parties section.party")].map((x) => x.getAttribute("data-party") ?? ""),
        voiceRows: [...document.querySelectorAll(".voice tbody tr")].map((x) => x.getAttribute("data-party") ?? ""),
        inArticle: document.querySelectorAll(".parties .counter-in-article").length,
        outbound: [...document.querySelectorAll(".parties .outbound a")].map((x) => x.getAttribute("href") ?? ""),
        outboundLabels: [...document.querySelectorAll(".parties section.party")].map((sec) => [...sec.querySelectorAll(".outbound a")].map((a) => a.textContent ?? "")),
        oneSided: [...document.querySelectorAll(".one-sided .accused")].map((x) => x.getAttribute("data-party")),
        loaded: [...document.querySelectorAll(".loaded li")].map((x) => x.getAttribute("data-word")),
        text: document.body.innerText,
      }));
      // every statement is listed once, under its side
      expect([...shown.statements].sort((x, y) => x - y)).toEqual(a.statements.map((_, i) => i));
      // every side that speaks has its section and its row in the summary
      for (const p of a.parties.filter((p) => a.statements.some((s) => s.party === p.id))) {
        expect(shown.sections).toContain(p.id);
        expect(shown.voiceRows).toContain(p.id);
      }
      expect(shown.voiceRows.length).toBe(shown.sections.length);
      // answers in the article: at most three per statement
      expect(shown.inArticle).toBe(a.statements.reduce((n, s) => n + Math.min(3, s.counter.filter((c) => c.kind === "in-article").length), 0));
      // each search link once per side, never repeated under every statement
      for (const labels of shown.outboundLabels) expect(labels.length).toBe(new Set(labels).size);
      for (const href of shown.outbound) expect(href).toMatch(/^https?:\/\//);
      const accused = a.parties.filter((p) => !p.quoted && a.disputes.some((d) => d.kind === "accusation" && d.against === p.id));
      expect(shown.oneSided.sort()).toEqual(accused.map((p) => p.id).sort());
      // the writer's loaded words ("the so-called … coalition" in the demo) are listed
      expect(a.loadedWords?.length).toBeGreaterThan(0);
      expect(new Set(shown.loaded)).toEqual(new Set((a.loadedWords ?? []).map((l) => l.word.text.toLowerCase())));
      // plain words only
      expect(shown.text).not.toMatch(/named-organization|named-person|No party/);

      // summary first: its sections end within the first 600 px of the popup
      const firstScreen = await popup.evaluate(() => {
        const last = [...document.querySelectorAll(".summary, .voice, .one-sided, .exchanges")].pop()!;
        return last.getBoundingClientRect().bottom + window.scrollY;
      });
      expect(firstScreen, "the summary's last section ends within 600 px").toBeLessThanOrEqual(600);
      // tab stops before the first statement group
      const stops = await popup.evaluate(() => {
        const group = document.querySelector(".parties li.statement summary")!;
        const all = [...document.querySelectorAll<HTMLElement>("a[href], button, summary, input, [tabindex]")].filter(
          (e) => e.tabIndex >= 0 && !e.closest("details:not([open]) > :not(summary)") && e.getClientRects().length > 0,
        );
        return all.indexOf(group as HTMLElement) + 1;
      });
      expect(stops, "tab stops to reach the first statement").toBeLessThanOrEqual(40);
      // and with the real Tab key, from the top of the popup
      await bringToFront(browser, popup);
      await popup.evaluate(() => {
        (document.activeElement as HTMLElement | null)?.blur();
        window.scrollTo(0, 0);
      });
      let pressed = 0;
      while (pressed < 41) {
        await pressKey(browser, popup, "Tab");
        pressed++;
        if (await popup.evaluate(() => document.activeElement === document.querySelector(".parties li.statement summary"))) break;
      }
      expect(pressed, "Tab presses to reach the first statement group").toBeLessThanOrEqual(40);
      // one colour per side: the popup's swatch for a side is the colour of that side's marks on the page
      const marks = (await sendToTab(browser, tabId, { type: "inspect", payload: {} })) as { marks: Record<string, string[]> };
      const palette = ["#0072b2", "#d55e00", "#009e73", "#cc79a7", "#e69f00", "#56b4e9"];
      const rgb = (hex: string) => `rgb(${[1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).join(", ")})`;
      let compared = 0;
      for (const p of a.parties) {
        const s = a.statements.find((x) => x.party === p.id && x.source);
        if (!s) continue;
        const name = Object.keys(marks.marks).find((k) => k.startsWith("source") && marks.marks[k]!.includes(s.source!.text));
        const slot = Number(/\bp(\d)\b/.exec(name ?? "")?.[1] ?? -1);
        if (slot < 0) continue;
        const colour = await popup.evaluate((id: string) => {
          const sw = document.querySelector(`.voice tr[data-party="${CSS.escape(id)}"] .swatch`);
          return sw ? getComputedStyle(sw).backgroundColor : null;
        }, p.id);
        expect(colour, `colour of ${p.name}`).toBe(rgb(palette[slot]!));
        compared++;
      }
      expect(compared).toBeGreaterThan(0);

      // the demo article has a denial answering an allegation: there must be parties, answers
      // in the article and links out (which ones, and how many, is the engine's call)
      expect(a.parties.length).toBeGreaterThan(0);
      expect(shown.inArticle).toBeGreaterThan(0);
      expect(shown.outbound.length).toBeGreaterThan(0);

      // use the in-article answer furthest down the article, so the page must scroll
      await article.evaluate(() => window.scrollTo(0, 0));
      const target = await popup.evaluate(() => {
        const answers = [...document.querySelectorAll<HTMLButtonElement>(".parties .counter-in-article")];
        const indexOf = (b: HTMLButtonElement) => Number(b.getAttribute("data-statement"));
        const pick = answers.reduce((best, b) => (indexOf(b) > indexOf(best) ? b : best));
        pick.setAttribute("data-e2e-target", "");
        return { index: indexOf(pick), via: "in-article answer" };
      });
      const where = locate(report!, target.index);
      const before = await article.evaluate(snippetInView, where);
      expect(before, `statement ${target.index} ("${where.snippet}") found in the page`).not.toBeNull();
      // by keyboard, as a reader without a mouse would: focus the answer (opening its fold if it
      // is folded) and press Enter
      // (the extension page that asked the tab above took the foreground: keys go to the front tab)
      await bringToFront(browser, popup);
      await popup.evaluate(() => {
        const b = document.querySelector<HTMLButtonElement>("[data-e2e-target]")!;
        const fold = b.closest("details");
        if (fold) fold.open = true;
        b.focus();
      });
      expect(await popup.evaluate(() => document.activeElement?.hasAttribute("data-e2e-target"))).toBe(true);
      await pressKey(browser, popup, "Enter");
      await bringToFront(browser, article);
      let pos: ReturnType<typeof snippetInView> = null;
      const deadline = Date.now() + 10_000;
      while (Date.now() < deadline) {
        pos = await article.evaluate(snippetInView, where);
        if (pos?.inView && pos.scrollY > 0) break;
        await new Promise((r) => setTimeout(r, 100));
      }
      // the demo article is taller than the window and the target is its last answered statement
      expect(before!.inView, "target starts out of view, so seeing it proves the scroll").toBe(false);
      expect(pos!.scrollY, `page scrolled for ${target.via} ${target.index}`).toBeGreaterThan(0);
      expect(pos!.inView, `statement ${target.index} in view after clicking its ${target.via}`).toBe(true);
    } finally {
      await browser.close();
    }
  });

  test("the toolbar button's popup names the tab and carries its first screen, drawn before the stored report is read; reset on navigation", async () => {
    const browser = await launch(name);
    try {
      const article = await browser.newPage();
      await article.goto(`${server.url}/demo/article.html`);
      const overlay = await overlayState(article);
      expect(overlay.state, overlay.message ?? "").toBe("done");
      const tabId = await browser.tabIdOf(article);

      // what the button opens for the tab, asked from an extension page (the background sets it
      // with the tab's report: poll, it may still be on its way)
      const probe = await browser.newPage();
      await probe.goto(browser.extensionUrl("readingreport.html"));
      const buttonPopup = (want: "summary" | "none") =>
        probe.waitFor(
          async ({ id, want }) => {
            const g = globalThis as unknown as Record<string, { action: { getPopup(d: object): Promise<string> } } | undefined>;
            const url = new URL(await (g.browser ?? g.chrome)!.action.getPopup({ tabId: id }), location.href).href;
            return (url.includes("#") === (want === "summary")) && url;
          },
          20_000,
          { id: tabId, want },
        );
      const url = await buttonPopup("summary");
      expect(url).toBe(browser.extensionUrl(`popup.html?tab=${tabId}${new URL(url).hash}`));
      if (name === "chromium") {
        // and it is what the browser opens: the real toolbar popup (action.openPopup, for the
        // article's tab, the window's active one) is a document at that very address
        await bringToFront(browser, article);
        const opened = await probe.evaluate(async () => {
          const c = (globalThis as unknown as Record<string, unknown>).chrome as { action: { openPopup(): Promise<void> }; runtime: { getContexts(f: object): Promise<{ documentUrl?: string }[]> } };
          await c.action.openPopup();
          for (let i = 0; i < 200; i++) {
            const [popup] = await c.runtime.getContexts({ contextTypes: ["POPUP"] });
            if (popup?.documentUrl) return popup.documentUrl;
            await new Promise((r) => setTimeout(r, 100));
          }
          return null;
        });
        expect(opened).toBe(url);
      }

      const popup = await browser.newPage();
      await popup.goto(url);
      await popup.waitFor(() => document.querySelector(".report[data-complete]") !== null);
      const got = await popup.evaluate(() => {
        const at = (n: string) => performance.getEntriesByName(n)[0]?.startTime ?? -1;
        return {
          firstRender: at("whosaid:first-render"),
          reportRead: at("whosaid:report"),
          statements: document.querySelectorAll(".parties li.statement").length,
          voiceRows: [...document.querySelectorAll(".voice tbody tr")].map((x) => x.getAttribute("data-party") ?? ""),
          sections: [...document.querySelectorAll(".parties section.party")].map((x) => x.getAttribute("data-party") ?? ""),
          summary: document.querySelector(".report > .summary")?.textContent ?? "",
        };
      });
      // the first screen was drawn from the address, before the stored report was read ...
      expect(got.firstRender).toBeGreaterThan(0);
      expect(got.reportRead).toBeGreaterThan(0);
      expect(got.firstRender).toBeLessThan(got.reportRead);
      // ... and then the stored report drew every statement under the same sides
      expect(got.statements).toBe(overlay.statements);
      expect(got.voiceRows).toEqual(got.sections);
      expect(got.summary).toContain(`${overlay.statements} statements`);
      await popup.close();

      // another page in the tab: the old page's summary is gone from the button's popup
      await article.goto(`${server.url}/demo/not-an-article.html`);
      await overlayState(article);
      expect(await buttonPopup("none")).not.toContain("#");
    } finally {
      await browser.close();
    }
  });

  test("on-click mode set in the options: the popup offers to run, and running it analyses the page", async () => {
    const browser = await launch(name);
    try {
      const options = await browser.newPage();
      await options.goto(browser.extensionUrl("options.html"));
      await step("options page renders", options.waitFor(() => document.querySelector('input[name="runMode"][value="click"]') !== null));
      await options.evaluate(() => document.querySelector<HTMLInputElement>('input[name="runMode"][value="click"]')!.click());
      await step("options saves runMode click", options.waitFor(async () => {
        const g = globalThis as unknown as Record<string, { storage: { sync: { get(k: string): Promise<Record<string, { runMode?: string }>> } } } | undefined>;
        const got = await (g.browser ?? g.chrome)!.storage.sync.get("settings");
        return got.settings?.runMode === "click";
      }));

      const article = await browser.newPage();
      await article.goto(`${server.url}/demo/article.html`);
      const idle = await step("article reaches a state", finalTab(browser, article, 30_000, ["idle", "done", "skipped", "error"]));
      expect(idle.state, "on-click mode leaves the page alone until asked").toBe("idle");
      expect(idle.host, "no overlay element before the reader asks").toBeNull();
      const tabId = await browser.tabIdOf(article);

      const popup = await browser.newPage();
      await popup.goto(browser.extensionUrl(`popup.html?tab=${tabId}`));
      const title = await step("popup offers to run", popup.waitFor(() => document.querySelector('[data-state="not-run"] h2')?.textContent));
      expect(title).toBe("Whosaid runs only when you ask");
      await popup.evaluate(() => document.querySelector<HTMLButtonElement>('[data-state="not-run"] button')!.click());

      const done = await step("article analysed after the click", overlayState(article, 30_000));
      expect(done.state).toBe("done");
      expect(done.statements).toBeGreaterThan(0);
      const listed = await step(
        "popup shows the report",
        popup.waitFor(() => document.querySelector(".report[data-complete]") && document.querySelectorAll(".parties li.statement").length, 30_000),
      );
      expect(listed).toBe(done.statements);
    } finally {
      await browser.close();
    }
  });
});
