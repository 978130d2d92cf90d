// End to end, in real Chromium and Firefox with ONE persistent profile each: on the demo article
// the reader opens a statement's card with the keyboard and presses "Not a statement" (real key
// presses, so trusted events). The mark is gone at once, the popup says "corrected by you", and
// the mark stays gone after a reload and after a browser restart on the same profile. Undone from
// the options page, the statement is marked again on the next visit.
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { launch, startServer, type BrowserName, type LaunchedBrowser, type Page, type StaticServer } from "./harness";
import { finalHost, inspect, openPage, press, reportOf, tabToOverlay, waitCard } from "./harness-content";
import { choicesFor } from "../../src/content/card";
import type { Analysis } from "../../src/core/types";

const browsers = (process.env.WHOSAID_E2E_BROWSERS ?? "chromium,firefox").split(",").filter(Boolean) as BrowserName[];
const squash = (s: string): string => s.replace(/\s+/g, "");

let server: StaticServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(async () => {
  await server?.close();
});

type Report = { analysis?: { statements: { content: { text: string } }[]; corrections?: { kind: string }[] } };

/** Opens the demo in a new tab and waits for the marks; returns the page, its statements and their marked content. */
async function readDemo(browser: LaunchedBrowser, url: string): Promise<{ page: Page; statements: number; marked: number; content: string[] }> {
  const page = await browser.newPage();
  await openPage(page, url);
  const host = await finalHost(page, 60_000);
  expect(host.state, host.error ?? "").toBe("done");
  const marks = (await inspect(browser, page)).marks;
  const content = Object.entries(marks).filter(([k]) => k.startsWith("content")).flatMap(([, v]) => v.map(squash));
  return { page, statements: host.statements, marked: host.marked, content };
}

/** Tabs through the open card until "Not a statement" has focus (the page cannot see which; the content script tells our test). */
async function focusButton(browser: LaunchedBrowser, page: Page, label: string): Promise<void> {
  for (let i = 0; i < 40; i++) {
    if ((await inspect(browser, page)).focus === label) return;
    await press(browser, page, "Tab");
  }
  throw new Error(`"${label}" never got keyboard focus in the card`);
}

describe.each(browsers)("%s", (name) => {
  test(
    "'not a statement' removes the mark, survives a reload and a restart, and is undone from the options",
    async () => {
      const profile = mkdtempSync(join(tmpdir(), `whosaid-corrections-${name}-`));
      const url = `${server.url}/demo/article.html`;
      let target!: string;
      let before!: number;
      try {
        let browser = await launch(name, { userDataDir: profile });
        try {
          const first = await readDemo(browser, url);
          before = first.statements;
          expect(before).toBeGreaterThan(3);
          const tab = await browser.tabIdOf(first.page);
          const report = (await reportOf(browser, tab)) as Report | null;
          target = squash(report?.analysis?.statements[0]?.content.text ?? "");
          expect(target.length).toBeGreaterThan(10);
          expect(first.content).toContain(target);

          // The reader opens the first statement's card from the keyboard and says "Not a statement".
          await tabToOverlay(browser, first.page);
          await press(browser, first.page, "Enter");
          expect(await waitCard(browser, first.page, 0)).toBe(0);
          await press(browser, first.page, "Enter");
          await focusButton(browser, first.page, "Not a statement");
          await press(browser, first.page, "Enter");
          for (const deadline = Date.now() + 20_000; (await first.page.status())?.statements !== before - 1; await new Promise((r) => setTimeout(r, 100))) {
            if (Date.now() > deadline) throw new Error(`the statements never went down to ${before - 1}`);
          }
          const now = await inspect(browser, first.page);
          const content = Object.entries(now.marks).filter(([k]) => k.startsWith("content")).flatMap(([, v]) => v.map(squash));
          expect(content).not.toContain(target);
          expect(now.card).toBeNull();

          // The popup shows the corrected reading and says so.
          const popup = await browser.newPage();
          await popup.goto(browser.extensionUrl(`popup.html?tab=${tab}`));
          const note = await popup.waitFor(() => document.querySelector(".corrections-note")?.textContent ?? null, 20_000);
          expect(note).toContain("Corrected by you: 1 statement (1 not marked any more)");
          await popup.close();

          // A reload: the next analysis of the same article has it applied before anything is drawn.
          await first.page.close();
          const again = await readDemo(browser, url);
          expect(again.statements).toBe(before - 1);
          expect(again.content).not.toContain(target);
        } finally {
          await browser.close();
        }

        // A restart on the same profile: still gone; then undone from the options page.
        browser = await launch(name, { userDataDir: profile });
        try {
          const after = await readDemo(browser, url);
          expect(after.statements).toBe(before - 1);
          expect(after.content).not.toContain(target);

          const options = await browser.newPage();
          await options.goto(browser.extensionUrl("options.html"));
          await options.waitFor(() => document.querySelectorAll(".correction-list li").length === 1, 20_000);
          const listed = await options.evaluate(() => document.querySelector(".correction-list li")?.textContent ?? "");
          expect(listed).toContain("Not a statement");
          await options.evaluate(() => document.querySelector<HTMLButtonElement>(".correction-list button.undo")!.click());
          await options.waitFor(() => document.querySelectorAll(".correction-list li").length === 0 && /None yet/.test(document.querySelector(".corrections")?.textContent ?? ""), 20_000);

          // the popup of the tab still open on the article shows Whosaid's own reading at once
          const popup = await browser.newPage();
          await popup.goto(browser.extensionUrl(`popup.html?tab=${await browser.tabIdOf(after.page)}`));
          await popup.waitFor((n: number) => (document.querySelector(".summary")?.textContent ?? "").startsWith(`${n} statements`), 20_000, before);
          expect(await popup.evaluate(() => document.querySelector(".corrections-note"))).toBeNull();
          await popup.close();

          await after.page.close();
          const undone = await readDemo(browser, url);
          expect(undone.statements).toBe(before);
          expect(undone.content).toContain(target);
        } finally {
          await browser.close();
        }
      } finally {
        rmSync(profile, { recursive: true, force: true });
      }
    },
    300_000,
  );

  test(
    "'wrong speaker' gives the statement the speaker picked in the card, also on the next visit",
    async () => {
      const browser = await launch(name);
      try {
        const url = `${server.url}/demo/article.html`;
        const first = await readDemo(browser, url);
        const tab = await browser.tabIdOf(first.page);
        const a = (await reportOf(browser, tab))?.analysis as unknown as Analysis;
        // the card's first choice: the article's most quoted other speaker
        const pick = choicesFor(a, a.statements[1]!)[0];
        expect(pick?.speaker).toBeTruthy();

        await tabToOverlay(browser, first.page);
        await press(browser, first.page, "Enter");
        await press(browser, first.page, "ArrowDown");
        expect(await waitCard(browser, first.page, 1)).toBe(1);
        await press(browser, first.page, "Enter");
        await focusButton(browser, first.page, "Wrong speaker");
        await press(browser, first.page, "Enter");
        await press(browser, first.page, "Tab");
        await focusButton(browser, first.page, "Save the correction");
        await press(browser, first.page, "Enter");

        const speakerIn = async (p: Page): Promise<{ speaker: string | null; corrected: string | undefined }> => {
          const deadline = Date.now() + 20_000;
          for (;;) {
            const r = (await reportOf(browser, await browser.tabIdOf(p)))?.analysis as unknown as Analysis | undefined;
            const got = { speaker: r?.statements[1]?.speaker ?? null, corrected: r?.corrections?.find((c) => c.statement === 1)?.kind };
            if (got.corrected || Date.now() > deadline) return got;
            await new Promise((res) => setTimeout(res, 200));
          }
        };
        expect(await speakerIn(first.page)).toEqual({ speaker: pick!.speaker, corrected: "speaker" });
        // the card now says who Whosaid read before
        expect((await inspect(browser, first.page)).card).toBe(1);

        await first.page.close();
        const again = await readDemo(browser, url);
        expect(again.statements).toBe(first.statements);
        expect(await speakerIn(again.page)).toEqual({ speaker: pick!.speaker, corrected: "speaker" });
      } finally {
        await browser.close();
      }
    },
    180_000,
  );
});
