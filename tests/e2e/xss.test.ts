// Our own page whose quoted text holds markup (<img onerror>, </script>, entities): it is marked,
// the card shows that markup as text, and nothing in it ever runs, in Chromium and Firefox.
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { launch, startServer, type BrowserName, type LaunchedBrowser, type StaticServer } from "./harness";
import { cardHtml, collectErrors, finalHost, markedTexts, openPage, press, tabToOverlay, waitCard } from "./harness-content";

const browsers = (process.env.WHOSAID_E2E_BROWSERS ?? "chromium,firefox").split(",").filter(Boolean) as BrowserName[];

let server: StaticServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(async () => {
  await server?.close();
});

describe.each(browsers)("%s", (name) => {
  let browser: LaunchedBrowser;
  beforeAll(async () => {
    browser = await launch(name);
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
  });

  test("markup inside quotes is marked and shown as text, never run", async () => {
    const page = await browser.newPage();
    const errors = collectErrors(browser, page);
    await openPage(page, `${server.url}/fixtures/xss.html`);
    const host = await finalHost(page);
    expect(host.error).toBeNull();
    expect(host.state).toBe("done");
    expect(host.statements).toBeGreaterThan(0);
    expect(host.marked).toBe(host.statements);

    // The marked text still holds the markup as characters.
    const marked = Object.values(await markedTexts(browser, page)).flat().join(" ");
    expect(marked).toContain("<img src=x onerror=");
    expect(marked).toContain("</script><script>");

    // Open cards with the keyboard, one statement after another.
    await tabToOverlay(browser, page);
    await press(browser, page, "Enter");
    const seen: string[] = [];
    for (let i = 0; i < host.statements; i++) {
      if (i > 0) await press(browser, page, "ArrowDown");
      expect(await waitCard(browser, page, i), `card ${i} open`).toBe(i);
      const html = await cardHtml(browser, page);
      if (html !== null) seen.push(html);
    }
    if (name === "chromium") {
      const all = seen.join("\n");
      // Shown escaped (text), never as elements.
      expect(all).toContain("&lt;img src=x onerror=");
      expect(all).toMatch(/&lt;\/script&gt;&lt;script&gt;/);
      expect(all).not.toMatch(/<img\b/i);
      expect(all).not.toMatch(/<script\b/i);
    }
    await press(browser, page, "Escape");
    expect(await waitCard(browser, page, null)).toBeNull();

    // Nothing ran: the flag the page's text would set stays unset, no element was created from it.
    await new Promise((r) => setTimeout(r, 300));
    const state = await page.evaluate(() => ({
      pwned: (window as unknown as { __whosaidPwned?: unknown }).__whosaidPwned ?? null,
      imgs: document.querySelectorAll("img").length,
      scripts: document.querySelectorAll("script").length,
    }));
    expect(state).toEqual({ pwned: null, imgs: 0, scripts: 0 });
    // The browser's own request for /favicon.ico 404s on our server; that is not the page's error.
    expect(errors.filter((e) => !/^Failed to load resource: .*404/.test(e))).toEqual([]);
    await page.close();
  }, 90_000);
});
