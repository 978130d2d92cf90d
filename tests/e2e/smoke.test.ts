// Smoke test: the built extension loads in real Chromium and Firefox and its content script runs
// on a page served from 127.0.0.1. It must fail (never skip) when a browser or the build is
// missing, and it must fail when the content script does not run (checked with a broken copy).
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { cpSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  distChrome,
  distFirefox,
  launch,
  overlayState,
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

describe.each(["chromium", "firefox"] as const)("%s", (name) => {
  test("content script runs on the demo article and finds its statements", async () => {
    const browser = await launch(name);
    try {
      const page = await browser.newPage();
      await page.goto(`${server.url}/demo/article.html`);
      const result = await overlayState(page);
      // The demo is an article full of attributions: anything but "done" with statements is a failure.
      expect(result.state, `content script reported: ${result.message ?? "(no message)"}`).toBe("done");
      expect(result.statements).toBeGreaterThan(0);
      // The overlay host lives outside the article and is our custom element.
      const tag = await page.evaluate(() => document.querySelector("[data-whosaid-state]")?.tagName.toLowerCase() ?? "");
      expect(tag).toContain("-");
      expect(await browser.tabIdOf(page)).toBeGreaterThan(0);
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
        expect(await page.evaluate(() => document.querySelector("[data-whosaid-state]") === null)).toBe(true);
      } finally {
        await browser.close();
      }
    } finally {
      rmSync(broken, { recursive: true, force: true });
    }
  });
});
