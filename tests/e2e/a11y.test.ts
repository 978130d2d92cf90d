// Accessibility, end to end: axe-core (the npm package, injected as source through the
// automation protocol, which page CSPs do not govern) audits what a reader sees of Whosaid in
// real Chromium and Firefox, in light and in dark mode (prefers-color-scheme set at launch):
// the popup on the demo article (every fold opened), a card on a page, the options page and the
// first-run page. No serious or critical violation is allowed, and no text below WCAG AA
// contrast (axe's color-contrast rule, which is "serious"; text whose contrast axe cannot decide
// is listed too and fails the test, so nothing is waved through).
//
// The card: the content script draws it in a CLOSED shadow root, which axe cannot enter (nor can
// any script of the page: that is on purpose). So the card is drawn for the audit by the same
// code and styles (src/content/overlay.ts, card.ts, styles.ts, bundled here with esbuild from
// tests/e2e/a11y-card.ts) from the real Analysis the background made of the demo article in the
// same browser, into an OPEN shadow root on a page of our test server; the statement list and
// the "wrong speaker" picker are opened too. Only the shadow root's mode differs, and the host
// element sits in <body> (axe checks contrast only there), not on <html>.
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { build } from "esbuild";
import {
  launch, repoRoot, startServer, type BrowserName, type ChromiumBrowser, type FirefoxBrowser, type LaunchedBrowser, type Page,
  type StaticServer,
} from "./harness";
import { finalHost, finalTab, openPage, reportOf } from "./harness-content";
import type { Analysis } from "../../src/core/types";

const browsers = (process.env.WHOSAID_E2E_BROWSERS ?? "chromium,firefox").split(",").filter(Boolean) as BrowserName[];
const schemes = ["light", "dark"] as const;

const axeSource = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");
let cardSource = "";
let server: StaticServer;
beforeAll(async () => {
  server = await startServer();
  const out = await build({
    entryPoints: [join(repoRoot, "tests", "e2e", "a11y-card.ts")],
    bundle: true,
    write: false,
    format: "iife",
    target: "es2022",
    logLevel: "silent",
  });
  cardSource = out.outputFiles[0]!.text;
});
afterAll(async () => {
  await server?.close();
});

type Finding = { id: string; impact: string | null; help: string; nodes: { target: string; summary: string; keys: string[] }[] };
type Audit = { dark: boolean; violations: Finding[]; contrastUndecided: Finding[] };

/** Evaluates a whole script in the page as the automation protocol does (not subject to the page's CSP). */
async function evaluateScript(browser: LaunchedBrowser, page: Page, source: string): Promise<void> {
  const script = `${source}\n;true`;
  if (browser.name === "chromium") await (browser as ChromiumBrowser).playwrightPage(page).evaluate(script);
  else await (browser as FirefoxBrowser).puppeteerPage(page).evaluate(script);
}

/** Injects axe-core and runs every rule over the page (open shadow roots included). */
async function audit(browser: LaunchedBrowser, page: Page): Promise<Audit> {
  await evaluateScript(browser, page, axeSource);
  return page.evaluate(async () => {
    type Node = { target: unknown[]; failureSummary?: string; any?: { message: string; data?: unknown }[] };
    type Result = { id: string; impact: string | null; help: string; nodes: Node[] };
    const axe = (globalThis as unknown as { axe: { run(ctx: Document, o: object): Promise<{ violations: Result[]; incomplete: Result[] }> } }).axe;
    const r = await axe.run(document, { resultTypes: ["violations", "incomplete"] });
    const brief = (x: Result): { id: string; impact: string | null; help: string; nodes: { target: string; summary: string; keys: string[] }[] } => ({
      id: x.id,
      impact: x.impact,
      help: x.help,
      nodes: x.nodes.map((n) => ({
        keys: (n.any ?? []).map((a) => String((a.data as { messageKey?: string } | undefined)?.messageKey ?? "")),
        target: JSON.stringify(n.target),
        summary: `${n.failureSummary ?? ""} ${JSON.stringify(n.any?.map((a) => a.data) ?? [])}`.replace(/\s+/g, " ").slice(0, 400),
      })),
    });
    return {
      dark: matchMedia("(prefers-color-scheme: dark)").matches,
      violations: r.violations.map(brief),
      contrastUndecided: r.incomplete.filter((x) => x.id === "color-contrast").map(brief),
    };
  });
}

/**
 * Contrast axe could not decide, except for a lone symbol that is not text ("nonBmp": the
 * popup's quotation-mark logo, marked aria-hidden), to which the text-contrast criterion does not apply.
 */
function undecidedText(f: Finding[]): Finding[] {
  return f
    .map((x) => ({ ...x, nodes: x.nodes.filter((n) => !(n.keys.length > 0 && n.keys.every((k) => k === "nonBmp"))) }))
    .filter((x) => x.nodes.length > 0);
}

/** What fails the audit: serious and critical violations, any contrast failure, and contrast axe could not decide. */
function failures(a: Audit): Finding[] {
  return [
    ...a.violations.filter((v) => v.impact === "serious" || v.impact === "critical" || v.id === "color-contrast"),
    ...undecidedText(a.contrastUndecided),
  ];
}

const show = (f: Finding[]): string =>
  f.map((v) => `${v.id} (${v.impact}): ${v.help}\n${v.nodes.map((n) => `    ${n.target}: ${n.summary}`).join("\n")}`).join("\n");

describe.each(browsers)("%s", (name) => {
  describe.each(schemes)("%s mode", (scheme) => {
    let browser: LaunchedBrowser;
    let demo: { page: Page; tab: number; analysis: Analysis };
    beforeAll(async () => {
      browser = await launch(name, { colorScheme: scheme });
      const page = await browser.newPage();
      await openPage(page, `${server.url}/demo/article.html`);
      const host = await finalHost(page, 60_000);
      expect(host.state, host.error ?? "").toBe("done");
      const tab = await browser.tabIdOf(page);
      const report = (await reportOf(browser, tab)) as { analysis?: Analysis } | null;
      demo = { page, tab, analysis: report!.analysis! };
    }, 180_000);
    afterAll(async () => {
      await browser?.close();
    });

    const check = async (what: string, page: Page) => {
      const a = await audit(browser, page);
      expect(a.dark, `${what} is drawn in ${scheme} mode`).toBe(scheme === "dark");
      const bad = failures(a);
      expect(bad, `${what}, ${scheme} mode:\n${show(bad)}`).toEqual([]);
    };

    test("the popup on the demo article, every fold open", async () => {
      const popup = await browser.newPage();
      await popup.goto(browser.extensionUrl(`popup.html?tab=${demo.tab}`));
      await popup.waitFor(() => document.querySelector(".report[data-complete]") !== null, 30_000);
      const folds = await popup.evaluate(() => {
        const all = [...document.querySelectorAll("details")];
        for (const d of all) d.open = true;
        return all.length;
      });
      expect(folds).toBeGreaterThan(0);
      await check("popup", popup);
      await popup.close();
    }, 120_000);

    test("a card, the statement list and the correction picker", async () => {
      const a = demo.analysis;
      // the fullest card: one with answers in the article and links out
      const index = Math.max(0, a.statements.findIndex((s) => s.counter.some((c) => c.kind === "in-article")));
      const page = await browser.newPage();
      await openPage(page, `${server.url}/demo/not-an-article.html`);
      const left = await finalTab(browser, page, 30_000);
      expect(left.state).toBe("skipped");
      expect(await page.evaluate(() => document.querySelector("whosaid-overlay"))).toBeNull();
      await evaluateScript(browser, page, cardSource);
      const speaker = await page.evaluate(
        ({ a, index }: { a: Analysis; index: number }) => (globalThis as unknown as { whosaidDrawCard(a: Analysis, i: number): string }).whosaidDrawCard(a, index),
        { a, index },
      );
      expect(speaker.length).toBeGreaterThan(0);
      const drawn = await page.evaluate(() => {
        const root = document.querySelector("whosaid-overlay")?.shadowRoot;
        const card = root?.querySelector<HTMLElement>(".card");
        return {
          card: card && !card.hidden ? card.getBoundingClientRect().height : 0,
          items: root?.querySelectorAll(".list button.item").length ?? 0,
          buttons: [...(card?.querySelectorAll(".correct button") ?? [])].map((b) => b.textContent),
        };
      });
      expect(drawn.card).toBeGreaterThan(50);
      expect(drawn.items).toBe(a.statements.length);
      expect(drawn.buttons).toEqual(expect.arrayContaining(["Not a statement", "Wrong speaker"]));
      await check("card", page);
      await page.close();
    }, 120_000);

    test("the options page", async () => {
      const page = await browser.newPage();
      await page.goto(browser.extensionUrl("options.html"));
      await page.waitFor(() => document.querySelector('input[name="runMode"]') !== null && document.querySelector(".corrections") !== null, 30_000);
      await check("options", page);
      await page.close();
    }, 120_000);

    test("the first-run page", async () => {
      const page = await browser.newPage();
      await page.goto(browser.extensionUrl("onboarding.html"));
      await page.waitFor(() => document.querySelector("h1") !== null, 30_000);
      await check("first-run", page);
      await page.close();
    }, 120_000);
  });
});
