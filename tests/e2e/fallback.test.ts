// Marks without the CSS Custom Highlight API, on real pages in real Chromium: the built content
// script runs as a page script with the Highlight API removed and a stub of the extension API
// (whose "background" runs core's analyze in the page, as the real background does in its own
// context). Marks are boxes in the overlay's shadow root, so the page's body is untouched
// (document.body.innerHTML identical while marked), and the toggle removes every mark.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { build } from "esbuild";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { distChrome, launch, startServer, type ChromiumBrowser, type StaticServer } from "./harness";
import { openPage, pageList } from "./harness-content";
import type { ContentStatus } from "../../src/shared/messages";

const pages = pageList();
// A handful of pages with different markup; the full set runs with the Highlight API in pages.test.ts.
const PICK = ["cbsnews-impeachment-volker-morrison", "bbc-sweden-drops-assange-case", "nytimes-nikki-haley-resigns", "cnn-trump-walter-reed", "theintercept-gaza-birth"];
const chosen = (pages ?? []).filter((p) => PICK.includes(p.id)).map((p) => p.id);
const run = (process.env.WHOSAID_E2E_BROWSERS ?? "chromium").includes("chromium");

describe.skipIf(!run)("marks without the Highlight API in Chromium", () => {
  let server: StaticServer;
  let browser: ChromiumBrowser;
  let engine = "";
  beforeAll(async () => {
    // core's analyze as one page script defining window.__whosaidAnalyze (the background's engine)
    const out = await build({
      stdin: { contents: `import { analyze } from "./src/core/analyze"; globalThis.__whosaidAnalyze = analyze;`, resolveDir: join(import.meta.dirname, "..", ".."), loader: "ts" },
      bundle: true, format: "iife", write: false, platform: "browser", logLevel: "silent",
    });
    engine = out.outputFiles[0]!.text;
    server = await startServer();
    browser = (await launch("chromium", { extension: false })) as ChromiumBrowser;
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const ids = ["/fixtures/xss.html", ...chosen.map((id) => `/pages/${id}/source.html`)];
  test.each(ids)("%s", async (path) => {
    const page = await browser.newPage();
    await openPage(page, `${server.url}${path}`);
    const raw = browser.playwrightPage(page);
    await raw.addScriptTag({ content: engine });
    const before = await raw.evaluate(() => {
      // No Highlight API, as in browsers that lack it; a stub extension API that records the
      // content script's message listener so the test can send it "toggle-marks".
      delete (CSS as unknown as { highlights?: unknown }).highlights;
      delete (window as unknown as { Highlight?: unknown }).Highlight;
      const w = window as unknown as Record<string, unknown>;
      const listeners: ((m: unknown) => unknown)[] = [];
      w.__whosaidListeners = listeners;
      w.chrome = { runtime: { id: "test" } };
      w.browser = {
        runtime: {
          id: "test",
          onMessage: { addListener: (f: (m: unknown) => unknown) => listeners.push(f), removeListener: () => undefined },
          sendMessage: async (m: { type: string; payload: { text: string } }) => {
            if (m.type !== "analyze") return { ok: true };
            const analyze = (window as unknown as { __whosaidAnalyze: (t: string) => unknown }).__whosaidAnalyze;
            return { analysis: analyze(m.payload.text) };
          },
        },
        storage: { sync: { get: async () => ({}) }, local: { get: async () => ({}) } },
      };
      return { html: document.body.innerHTML, text: document.body.innerText };
    });
    await raw.addScriptTag({ content: readFileSync(join(distChrome, "content.js"), "utf8") });
    // The content script's status, asked through the stub's recorded listener (as the extension would).
    const host = await page.waitFor(async () => {
      const l = (window as unknown as { __whosaidListeners: ((m: unknown) => unknown)[] }).__whosaidListeners;
      const s = (await l[0]?.({ type: "status", payload: {} })) as ContentStatus | undefined;
      return s && ["done", "skipped", "error"].includes(s.state) ? s : null;
    }, 30_000);
    expect(host.error).toBeNull();
    expect(host.state).toBe("done");
    const marked = await raw.evaluate(async () => {
      const l = (window as unknown as { __whosaidListeners: ((m: unknown) => unknown)[] }).__whosaidListeners;
      const res = (await l[0]!({ type: "inspect", payload: {} })) as { marks: Record<string, string[]> };
      return Object.values(res.marks).flat().length;
    });
    if (host.statements > 0) expect(marked).toBeGreaterThan(0);
    expect(host.marked).toBe(host.statements);
    expect(await raw.evaluate(() => document.body.innerText)).toBe(before.text);
    expect(await raw.evaluate(() => document.body.innerHTML)).toBe(before.html);

    const after = await raw.evaluate(async () => {
      const l = (window as unknown as { __whosaidListeners: ((m: unknown) => unknown)[] }).__whosaidListeners;
      const res = await l[0]!({ type: "toggle-marks", payload: { on: false } });
      return { res, html: document.body.innerHTML, wrappers: document.querySelectorAll("whosaid-mark").length };
    });
    expect(after.res).toEqual({ on: false });
    expect(after.wrappers).toBe(0);
    expect(after.html).toBe(before.html);
    await page.close();
  }, 60_000);
});
