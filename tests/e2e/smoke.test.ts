// Smoke test: the built extension loads in real Chromium and Firefox and its content script runs
// on a page served from 127.0.0.1. It must fail (never skip) when a browser or the build is
// missing, and it must fail when the content script does not run (checked with a broken copy).
import { finalTab } from "./harness-content";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { cpSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  distChrome,
  distFirefox,
  htmlContentType,
  launch,
  overlayState,
  requireBrowser,
  requireBuild,
  startServer,
  type BrowserName,
  type StaticServer,
} from "./harness";

let server: StaticServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(async () => {
  await server?.close();
});

const dists: Record<BrowserName, string> = { chromium: distChrome, firefox: distFirefox };

test.each([
  ["chromium", "apt-get install -y chromium"],
  ["firefox", "apt-get install -y firefox-esr"],
] as const)("a missing %s fails with the line that installs it", (name, line) => {
  let message = "";
  try {
    requireBrowser(name, () => false);
  } catch (e) {
    message = (e as Error).message;
  }
  // The exact command on a line of its own, ready to copy.
  expect(message.split("\n")).toContain(line);
});

test("HTML charset: a page's own declaration wins; undeclared UTF-8 is labelled UTF-8, else windows-1252", () => {
  const bytes = (s: string) => new Uint8Array(Buffer.from(s, "latin1"));
  expect(htmlContentType(bytes('<html><head><meta charset="windows-1251"><p>\xe0'))).toBe("text/html; charset=windows-1251");
  expect(htmlContentType(new TextEncoder().encode("<p>caf\u00e9 \u201cquoted\u201d</p>"))).toBe("text/html; charset=utf-8");
  expect(htmlContentType(bytes("<p>caf\xe9</p>"))).toBe("text/html; charset=windows-1252");
});

test("the server serves the demo, refuses to leave its folders, and keeps page charsets", async () => {
  const ok = await fetch(`${server.url}/demo/article.html`);
  expect(ok.status).toBe(200);
  // The demo declares <meta charset>: the header names the same.
  expect(ok.headers.get("content-type")).toBe("text/html; charset=utf-8");
  for (const bad of ["/demo/../package.json", "/demo/%2e%2e/package.json", "/fixtures/..%2f..%2fpackage.json", "/nothing", "/demo/%E0%A4%A"]) {
    expect((await fetch(server.url + bad)).status, bad).toBe(404);
  }
});

describe.each(["chromium", "firefox"] as const)("%s", (name) => {
  test("content script finds the demo article's statements and skips a page that is not an article", async () => {
    const browser = await launch(name);
    try {
      const page = await browser.newPage();
      await page.goto(`${server.url}/demo/article.html`);
      const result = await overlayState(page);
      // The demo is an article full of attributions: anything but "done" with statements is a failure.
      expect(result.state, `content script reported: ${result.message ?? "(no message)"}`).toBe("done");
      expect(result.statements).toBeGreaterThan(0);
      // The overlay host lives outside the article and is our custom element.
      const tag = await page.evaluate(() => document.querySelector("whosaid-overlay")?.tagName.toLowerCase() ?? "");
      expect(tag).toContain("-");
      expect(await browser.tabIdOf(page)).toBeGreaterThan(0);

      // A page that is not an article is left alone: skipped, and not even an overlay element.
      const other = await browser.newPage();
      await other.goto(`${server.url}/demo/not-an-article.html`);
      const skipped = await finalTab(browser, other);
      expect(skipped.state, `content script reported: ${skipped.reason ?? "(no message)"}`).toBe("skipped");
      expect(skipped.statements).toBe(0);
      expect(skipped.host).toBeNull();
    } finally {
      await browser.close();
    }
  });

  test("the check fails when the content script does not run", async () => {
    requireBuild(dists[name]);
    const broken = mkdtempSync(join(tmpdir(), `whosaid-broken-${name}-`));
    try {
      cpSync(dists[name], broken, { recursive: true });
      writeFileSync(join(broken, "content.js"), "");
      const browser = await launch(name, { extensionDir: broken });
      try {
        const page = await browser.newPage();
        await page.goto(`${server.url}/demo/article.html`);
        await expect(overlayState(page, 4_000)).rejects.toThrow(/timed out/);
        expect(await page.evaluate(() => document.querySelector("whosaid-overlay") === null)).toBe(true);
      } finally {
        await browser.close();
      }
    } finally {
      rmSync(broken, { recursive: true, force: true });
    }
  });
});
