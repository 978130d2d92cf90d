// End to end, in real Chromium and Firefox: read three articles of our own (two sides of one dam
// story and a mill closure), open the reading report from the options page's link, and check its
// figures against the history itself (its JSON export): statements, articles, unnamed sources,
// voices by side. Then turn the history off in the options: the report says there is none.
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { launch, overlayState, startServer, type LaunchedBrowser, type Page, type StaticServer } from "./harness";

let server: StaticServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(async () => {
  await server?.close();
});

async function read(browser: LaunchedBrowser, url: string): Promise<Page> {
  const page = await browser.newPage();
  await page.goto(url);
  const s = await overlayState(page, 30_000);
  expect(s.state, `content script on ${url}: ${s.message ?? ""}`).toBe("done");
  return page;
}

type Stored = { url: string; partyName: string; partyKeys: string[]; sourceKind?: string };
type Shown = { articles: number; statements: number; unnamed: number; sides: { label: string; statements: number }[] };

describe.each(["chromium", "firefox"] as const)("%s", (name) => {
  test(
    "the reading report shows the history's own figures, and nothing while history is off",
    async () => {
      const profile = mkdtempSync(join(tmpdir(), `whosaid-reading-${name}-`));
      const browser = await launch(name, { userDataDir: profile });
      try {
        for (const f of ["dam-a", "dam-b", "mill-a"]) await read(browser, `${server.url}/fixtures/history/${f}.html`);

        const options = await browser.newPage();
        await options.goto(browser.extensionUrl("options.html"));
        const href = await options.waitFor(() => document.querySelector<HTMLAnchorElement>("a.reading-report")?.href ?? null, 20_000);
        expect(href.endsWith("/readingreport.html")).toBe(true);

        const report = await browser.newPage();
        await report.goto(href);
        // the last day: everything read in this test
        await report.waitFor(() => document.querySelector("input[value=day]") !== null, 20_000);
        await report.evaluate(() => document.querySelector<HTMLInputElement>("input[value=day]")!.click());
        const shown = await report.waitFor((): Shown | null => {
          const fig = document.querySelector(".figures[data-window=day]");
          if (!fig) return null;
          const n = (k: string): number => Number(fig.querySelector(`.summary [data-n=${k}]`)?.textContent?.match(/\d+/)?.[0] ?? NaN);
          const sides = [...fig.querySelectorAll("[data-section=sides] tbody tr")].map((tr) => ({
            label: tr.getAttribute("data-label") ?? "",
            statements: Number(tr.querySelector("[data-n=statements]")?.textContent ?? NaN),
          }));
          return { articles: n("articles"), statements: n("statements"), unnamed: n("unnamed"), sides };
        }, 20_000);

        const stored = await report.evaluate(async () => {
          type Rt = { runtime: { sendMessage(m: unknown): Promise<unknown> } };
          const g = globalThis as unknown as { browser?: Rt; chrome: Rt };
          const api = g.browser ?? g.chrome;
          const res = (await api.runtime.sendMessage({ type: "history-export", payload: { format: "json" } })) as { data: string };
          return (JSON.parse(res.data) as { records: Stored[] }).records;
        });
        expect(stored.length).toBeGreaterThan(0);
        expect(shown.statements).toBe(stored.length);
        expect(shown.articles).toBe(new Set(stored.map((r) => r.url)).size);
        expect(shown.articles).toBe(3);
        expect(shown.unnamed).toBe(stored.filter((r) => r.sourceKind === "unnamed" || r.sourceKind === "anonymous").length);
        const bySide = new Map<string, number>();
        for (const r of stored) if (r.partyKeys.length > 0) bySide.set(r.partyName, (bySide.get(r.partyName) ?? 0) + 1);
        expect(shown.sides.length).toBe(Math.min(10, bySide.size));
        for (const s of shown.sides) expect(s.statements, s.label).toBe(bySide.get(s.label));
        // an SVG chart beside the numbers
        expect(await report.evaluate(() => document.querySelectorAll("[data-section=sides] svg rect").length)).toBe(shown.sides.length);

        // History off in the options: the report says there is none.
        await options.evaluate(() => {
          const box = [...document.querySelectorAll<HTMLInputElement>("input[type=checkbox]")].find((i) => /Keep the statements/i.test(i.closest("label")?.textContent ?? ""));
          if (!box) throw new Error("no history checkbox");
          if (box.checked) box.click();
        });
        await report.goto("about:blank");
        await report.goto(href);
        const off = await report.waitFor(() => document.querySelector(".off")?.textContent ?? null, 20_000);
        expect(off).toMatch(/History is off/);
        expect(await report.evaluate(() => document.querySelector(".figures"))).toBeNull();
      } finally {
        await browser.close();
        rmSync(profile, { recursive: true, force: true });
      }
    },
    240_000,
  );
});
