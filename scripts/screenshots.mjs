// `npm run screenshots`: pictures for the README, taken from the built extension (dist/, run
// `npm run build` first; nothing is built here) on our own demo article (demo/article.html, fiction
// of our writing; never a real news page) in Chromium and Firefox, driven as the e2e tests drive
// them (tests/e2e/harness.ts). Writes demo/screenshots/<browser>-{marks,card,popup}.png: the
// marks at rest, a card opened by resting the mouse on a speaker, and the popup of that tab. Each
// is one small viewport (800x600, the popup 420x600), its colours reduced to a 256-colour
// palette (upng-js) to keep the PNGs small.
import { build } from "esbuild";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import UPNG from "upng-js";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const outDir = join(root, "demo", "screenshots");
const browsers = (process.env.WHOSAID_E2E_BROWSERS ?? "chromium,firefox").split(",").filter(Boolean);

// The harness is TypeScript: bundle it (and its content-script helpers) on the fly, under
// node_modules/.cache so its bare imports (playwright-core, puppeteer-core) resolve from the repo.
mkdirSync(join(root, "node_modules/.cache"), { recursive: true });
const tmp = mkdtempSync(join(root, "node_modules/.cache/whosaid-screenshots-"));
const entry = join(tmp, "entry.ts");
writeFileSync(entry, `export * from ${JSON.stringify(join(root, "tests/e2e/harness.ts"))};\nexport * from ${JSON.stringify(join(root, "tests/e2e/harness-content.ts"))};\n`);
const bundled = await build({
  entryPoints: [entry],
  bundle: true, platform: "node", format: "esm", packages: "external", write: false, logLevel: "warning",
  // keep import.meta.url pointing into the repo so the harness finds dist/ and demo/
  define: { "import.meta.url": JSON.stringify(pathToFileURL(join(root, "tests/e2e/harness.ts")).href) },
});
writeFileSync(join(tmp, "harness.mjs"), bundled.outputFiles[0].text);
const h = await import(pathToFileURL(join(tmp, "harness.mjs")).href);

/** The browser's own page object (playwright in Chromium, puppeteer in Firefox). */
const raw = (browser, page) => (browser.name === "chromium" ? browser.playwrightPage(page) : browser.puppeteerPage(page));

async function viewport(browser, page, width, height) {
  if (browser.name === "chromium") await raw(browser, page).setViewportSize({ width, height });
  else {
    // puppeteer sends the viewport and a screen-orientation override together; Firefox ESR 140
    // knows no orientation override and refuses it, after taking the viewport
    try {
      await raw(browser, page).setViewport({ width, height });
    } catch (e) {
      if (!/setScreenOrientationOverride/.test(String(e?.message ?? e))) throw e;
    }
  }
}

/** Screenshot of the viewport, quantised to 256 colours; returns the file's size. */
async function shoot(browser, page, file) {
  const png = Buffer.from(await raw(browser, page).screenshot({ type: "png" }));
  const img = UPNG.decode(png);
  const small = Buffer.from(UPNG.encode(UPNG.toRGBA8(img), img.width, img.height, 256));
  writeFileSync(join(outDir, file), small.length < png.length ? small : png);
  console.log(`  ${file.padEnd(22)} ${img.width}x${img.height}  ${(Math.min(small.length, png.length) / 1024).toFixed(0)} KB`);
}

/** Scrolls the page so the paragraph holding `text` sits near the top of the viewport. */
function scrollToText(text) {
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let t = walker.nextNode(); t; t = walker.nextNode()) {
    if (!t.data.includes(text) || t.parentElement?.closest("script, style")) continue;
    const block = t.parentElement.closest("p, li, blockquote") ?? t.parentElement;
    window.scrollTo(0, Math.max(0, block.getBoundingClientRect().top + window.scrollY - 140));
    return true;
  }
  return false;
}

mkdirSync(outDir, { recursive: true });
const server = await h.startServer();
try {
  for (const name of browsers) {
    console.log(`${name}:`);
    const browser = await h.launch(name);
    try {
      const page = await browser.newPage();
      await viewport(browser, page, 800, 600);
      await h.openPage(page, `${server.url}/demo/article.html`);
      const host = await h.finalHost(page, 60_000);
      if (host.state !== "done") throw new Error(`the demo article ended in state ${host.state}: ${host.error ?? ""}`);
      const tab = await browser.tabIdOf(page);
      const analysis = (await h.reportOf(browser, tab))?.analysis;
      // a named speaker with a side, quoted early in the article: its paragraph is the picture
      const s = analysis.statements.find((x) => x.party !== null && x.source && x.source.text.length > 3) ?? analysis.statements[0];
      const at = analysis.statements.indexOf(s);
      // its first two words: a page may break a longer phrase across lines or elements
      const words = s.source.text.split(/\s+/).slice(0, 2).join(" ");

      if (!(await page.evaluate(scrollToText, words))) throw new Error("speaker not found in the page");
      // let the marks follow the scroll
      await page.waitFor(() => new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(() => ok(true)))));
      await shoot(browser, page, `${name}-marks.png`);

      // rest the mouse on the speaker: its card opens after the intent delay
      if (!(await h.hoverText(browser, page, words))) throw new Error("could not point at the speaker");
      if ((await h.waitCard(browser, page, at, 10_000)) !== at) throw new Error("the card did not open");
      await page.waitFor(() => new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(() => ok(true)))));
      await shoot(browser, page, `${name}-card.png`);

      const popup = await browser.newPage();
      await viewport(browser, popup, 420, 600);
      await popup.goto(browser.extensionUrl(`popup.html?tab=${tab}`));
      await popup.waitFor(() => document.querySelector(".report[data-complete]") !== null, 30_000);
      await shoot(browser, popup, `${name}-popup.png`);
    } finally {
      await browser.close();
    }
  }
} finally {
  await server.close();
  rmSync(tmp, { recursive: true, force: true });
}
