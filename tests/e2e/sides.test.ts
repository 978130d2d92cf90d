// Issue 11's display, in real Chromium and Firefox, on a page of our own writing where one side is
// accused and never speaks (tests/fixtures/sides.html): the popup shows each side with its
// speakers, voices of no side apart (never "No party"), and the side accused and not heard with
// links out to find its own words; the card in the page says whom a statement accuses, with links
// out to the accused side's own words (both browsers). What is checked follows the Analysis the
// engine produced (which side, who speaks), never fixed names.
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { launch, startServer, type BrowserName, type StaticServer } from "./harness";
import { cardHtml, finalHost, inspect, openPage, press, reportOf, tabToOverlay, waitCard } from "./harness-content";
import type { Analysis } from "../../src/core/types";

const browsers = (process.env.WHOSAID_E2E_BROWSERS ?? "chromium,firefox").split(",").filter(Boolean) as BrowserName[];

let server: StaticServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(async () => {
  await server?.close();
});

describe.each(browsers)("%s", (name) => {
  test("sides with their members, neutral voices apart, the accused side that is never heard with links out", async () => {
    const browser = await launch(name);
    try {
      const page = await browser.newPage();
      await openPage(page, `${server.url}/fixtures/sides.html`);
      const host = await finalHost(page);
      expect(host.state, host.error ?? "").toBe("done");
      const tabId = await browser.tabIdOf(page);
      const a = (await reportOf(browser, tabId))?.analysis as unknown as Analysis;
      const accused = a.parties.filter((p) => !p.quoted && a.disputes.some((d) => d.kind === "accusation" && d.against === p.id));
      expect(accused.length, "the engine reports the developer's side as accused and not heard").toBeGreaterThan(0);

      const popup = await browser.newPage();
      await popup.goto(browser.extensionUrl(`popup.html?tab=${tabId}`));
      await popup.waitFor(() => document.querySelector(".report[data-complete]") !== null);
      const shown = await popup.evaluate(() => ({
        rows: [...document.querySelectorAll(".voice tbody tr")].map((tr) => ({ party: tr.getAttribute("data-party") ?? "", kind: tr.className, text: tr.textContent ?? "" })),
        accused: [...document.querySelectorAll(".one-sided .accused")].map((li) => ({
          party: li.getAttribute("data-party") ?? "",
          text: li.textContent ?? "",
          links: [...li.querySelectorAll("a")].map((x) => x.getAttribute("href") ?? ""),
        })),
        sections: [...document.querySelectorAll(".parties section.party")].map((sec) => ({
          party: sec.getAttribute("data-party") ?? "",
          kind: sec.className,
          statements: [...sec.querySelectorAll("li.statement")].map((li) => Number(li.getAttribute("data-statement"))),
        })),
        text: document.body.innerText,
      }));
      // each side that speaks: its row names its speakers
      for (const p of a.parties.filter((p) => p.quoted)) {
        const speakers = new Set(a.statements.filter((s) => s.party === p.id).map((s) => s.speaker ?? s.source?.text ?? ""));
        if (speakers.size === 0) continue;
        const row = shown.rows.find((r) => r.party === p.id);
        expect(row, `row of ${p.name}`).toBeDefined();
        expect([...speakers].some((w) => row!.text.includes(w)), `${p.name}'s row lists its speakers`).toBe(true);
      }
      // statements of no side are listed as neutral or unnamed voices, never under "No party"
      expect(shown.text).not.toContain("No party");
      a.statements.forEach((s, i) => {
        const sec = shown.sections.find((x) => x.statements.includes(i));
        expect(sec, `statement ${i} is listed`).toBeDefined();
        if (s.party === null) expect(sec!.kind).toMatch(/kind-(neutral|unnamed)/);
        else expect(sec!.party).toBe(s.party);
      });
      // the accused side that never speaks, with links to find its own words
      for (const p of accused) {
        const item = shown.accused.find((x) => x.party === p.id);
        expect(item, `${p.name} listed as accused and not heard`).toBeDefined();
        expect(item!.text).toContain(p.name);
        expect(item!.links.length).toBeGreaterThan(0);
        for (const href of item!.links) expect(href).toMatch(/^https:\/\//);
      }

      // the card of the accusing statement, in the page, says whom it accuses and that they are not
      // heard, with links out to find the accused side's own words (read from the content script's
      // overlay in both browsers: the page itself cannot see into it)
      const target = a.disputes.find((d) => d.kind === "accusation" && accused.some((p) => p.id === d.against))!;
      const who = a.parties.find((p) => p.id === target.against)!.name;
      await tabToOverlay(browser, page);
      await press(browser, page, "Enter");
      for (let i = 0; i < target.from; i++) await press(browser, page, "ArrowDown");
      expect(await waitCard(browser, page, target.from)).toBe(target.from);
      const card = await inspect(browser, page);
      expect(card.cardText).toContain(`Accuses ${who}, who is not heard in this article.`);
      expect(card.cardText).toContain("Find the other side's own words");
      const searches = a.statements[target.from]!.counter.filter((c) => c.kind === "search" && c.label.startsWith(`${who}:`));
      expect(searches.length, `the accusing statement carries links to find ${who}'s words`).toBeGreaterThan(0);
      for (const c of searches) expect(card.cardLinks).toContain(c.url);
      for (const href of card.cardLinks ?? []) expect(href).toMatch(/^https:\/\//);
      const html = await cardHtml(browser, page);
      if (browser.name === "chromium") expect(html).toContain(`Accuses ${who}, who is not heard in this article.`);
    } finally {
      await browser.close();
    }
  }, 120_000);
});
