// `npm run bench:popup`: prints the popup bundle's gzipped size and the popup's first render
// time on the demo article in Chromium (performance mark "whosaid:first-render", set by the popup
// when the reader first sees an answer; ms since the popup page started loading; median of
// several opens), next to a yardstick: an empty page of the same extension whose one-line script
// only sets the mark, which is what any popup costs on this machine before our code runs.
// The popup is opened at the address the toolbar button opens for the demo tab: the one the
// background set for that tab (action.getPopup({tabId}), read from an extension page once the tab's
// report is done: `popup.html?tab=<id>#<summary of the first screen>`, src/shared/summary.ts), so
// what is measured is what the reader's click loads, summary in the address included
// (tests/e2e/popup.test.ts checks that Chromium's real toolbar popup opens at that address). The
// first render is then the report's first screen itself (who speaks for which side, who is
// accused and not heard, where the sides answer each other), the same markup the full report
// draws there, not a placeholder. The popup still reads the stored report and draws all of it;
// "every statement drawn" waits for that.
// A benchmark prints numbers; it never fails on them. Pass --no-build to reuse dist/.
// WHOSAID_POPUP_B=<dir of another dist/chrome build>: also measures that build's popup, opened
// beside each of ours on the same tab (at the same address), and prints both medians and the
// per-pair difference.
import { build } from "esbuild";
import { execFileSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { gzipSync } from "node:zlib";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const args = new Set(process.argv.slice(2));
const OPENS = Number([...args].find((a) => a.startsWith("--opens="))?.slice(8) ?? 15);
const FLOOR_KB = 40;
const FLOOR_MS = 50;

if (!args.has("--no-build")) execFileSync(process.execPath, [join(root, "scripts/build.mjs")], { stdio: "inherit" });

const kb = (n) => (n / 1024).toFixed(1);
const gz = (file) => gzipSync(readFileSync(file), { level: 9 }).length;
const popupJs = join(root, "dist/chrome/popup.js");
const sizes = {
  "popup.js": gz(popupJs),
  "popup.css": gz(join(root, "dist/chrome/popup.css")),
  "popup.html": gz(join(root, "dist/chrome/popup.html")),
};
console.log("popup bundle (dist/chrome), gzipped:");
for (const [f, n] of Object.entries(sizes)) console.log(`  ${f.padEnd(11)} ${kb(n).padStart(6)} KB`);
console.log(`  popup.js    ${sizes["popup.js"] <= FLOOR_KB * 1024 ? "within" : "OVER"} the ${FLOOR_KB} KB floor (raw ${kb(readFileSync(popupJs).length)} KB)`);

// The e2e harness is TypeScript; bundle it on the fly so the benchmark drives the browser the
// same way the tests do (loopback server, extension loading, tab ids).
// Written under node_modules/.cache so its bare imports (playwright-core) resolve from the repo.
mkdirSync(join(root, "node_modules/.cache"), { recursive: true });
const tmp = mkdtempSync(join(root, "node_modules/.cache/whosaid-bench-popup-"));
const harnessFile = join(tmp, "harness.mjs");
const out = await build({
  entryPoints: [join(root, "tests/e2e/harness.ts")],
  bundle: true, platform: "node", format: "esm", packages: "external", write: false, logLevel: "warning",
  // keep import.meta.url pointing into the repo so the harness finds dist/ and demo/
  define: { "import.meta.url": JSON.stringify(pathToFileURL(join(root, "tests/e2e/harness.ts")).href) },
});
writeFileSync(harnessFile, out.outputFiles[0].text);
const { launchChromium, overlayState, startServer } = await import(pathToFileURL(harnessFile).href);

// a copy of the built extension with the yardstick page added (dist/ itself is never touched)
const extDir = join(tmp, "chrome");
cpSync(join(root, "dist/chrome"), extDir, { recursive: true });
writeFileSync(join(extDir, "yardstick.html"), '<!doctype html><meta charset="utf-8"><link rel="stylesheet" href="popup.css"><div id="app"></div><script src="yardstick.js"></script>');
writeFileSync(join(extDir, "yardstick.js"), 'performance.mark("whosaid:first-render");');
// WHOSAID_POPUP_B=<a built dist/chrome>: that build's popup goes beside ours as popup-b.html (same
// extension, same tab, same stored report) and is opened beside each of ours (alternating which
// goes first): an A/B in one run.
const distB = process.env.WHOSAID_POPUP_B;
if (distB) {
  cpSync(join(distB, "popup.js"), join(extDir, "popup-b.js"));
  cpSync(join(distB, "popup.css"), join(extDir, "popup-b.css"));
  writeFileSync(join(extDir, "popup-b.html"), readFileSync(join(distB, "popup.html"), "utf8").replace('href="popup.css"', 'href="popup-b.css"').replace('src="popup.js"', 'src="popup-b.js"'));
}

const server = await startServer();
const browser = await launchChromium({ extensionDir: extDir });
try {
  const article = await browser.newPage();
  await article.goto(`${server.url}/demo/article.html`);
  const overlay = await overlayState(article);
  const tabId = await browser.tabIdOf(article);
  console.log(`demo article: state ${overlay.state}, ${overlay.statements} statements, tab ${tabId}`);

  // what the toolbar button opens for this tab: the background sets it with the tab's report
  // (poll: the report is done, but setting the popup may still be under way)
  const probe = await browser.context.newPage();
  await probe.goto(browser.extensionUrl("yardstick.html"), { waitUntil: "domcontentloaded" });
  let buttonUrl = "";
  for (const until = Date.now() + 10_000; Date.now() < until; await new Promise((r) => setTimeout(r, 100))) {
    buttonUrl = await probe.evaluate((id) => globalThis.chrome.action.getPopup({ tabId: id }), tabId);
    if (buttonUrl.includes("#")) break;
  }
  await probe.close();
  const address = new URL(buttonUrl);
  const popupPage = address.pathname.slice(1);
  // a build that sets no per-tab popup: the default one, told the tab as the e2e tests do
  if (!address.search) address.search = `?tab=${tabId}`;
  console.log(`the toolbar button opens ${popupPage}${address.search}${address.hash ? ` with a ${address.hash.length - 1}-character summary` : " (no summary)"}`);

  const runs = [];
  const runsB = [];
  const yard = [];
  /** Opens one popup page and returns its marks once every statement is drawn. */
  const openPopup = async (page) => {
    const p = await browser.context.newPage();
    await p.goto(browser.extensionUrl(`${page}${address.search}${address.hash}`), { waitUntil: "domcontentloaded" });
    const r = await p.waitForFunction(() => {
      const at = (n) => performance.getEntriesByName(n)[0]?.startTime;
      const painted = at("whosaid:painted");
      const complete = at("whosaid:complete");
      if (painted === undefined || (document.querySelector(".report") && complete === undefined)) return null;
      const view = document.querySelector(".report") ? "report" : document.querySelector("[data-state]")?.getAttribute("data-state") ?? "?";
      const nav = performance.getEntriesByType("navigation")[0];
      return { render: at("whosaid:first-render"), painted, doc: nav?.responseEnd ?? 0, script: at("whosaid:script"), report: at("whosaid:report") ?? -1, complete: complete ?? painted, view };
    }, null, { timeout: 20_000 });
    const v = await r.jsonValue();
    await p.close();
    return v;
  };
  for (let i = 0; i < OPENS; i++) {
    // with B, the order alternates: each build is opened first in half of the pairs
    if (distB && i % 2) runsB.push(await openPopup("popup-b.html"));
    const v = await openPopup(popupPage);
    runs.push(v);
    if (process.env.BENCH_DEBUG) console.log(JSON.stringify(v));
    if (distB && !(i % 2)) runsB.push(await openPopup("popup-b.html"));
    // the yardstick, interleaved so both see the same load from the rest of the machine
    const y = await browser.context.newPage();
    await y.goto(browser.extensionUrl("yardstick.html"), { waitUntil: "domcontentloaded" });
    const yr = await y.waitForFunction(() => performance.getEntriesByName("whosaid:first-render")[0]?.startTime, null, { timeout: 20_000 });
    yard.push(await yr.jsonValue());
    await y.close();
  }
  yard.sort((a, b) => a - b);
  const yardMed = yard[Math.floor(yard.length / 2)];

  const stats = (key) => {
    const xs = runs.map((r) => r[key]).sort((a, b) => a - b);
    const med = xs[Math.floor(xs.length / 2)];
    return { med, line: `median ${med.toFixed(1).padStart(6)} ms   min ${xs[0].toFixed(1).padStart(6)}   max ${xs.at(-1).toFixed(1).padStart(6)}` };
  };
  const load = (await import("node:os")).loadavg()[0];
  console.log(`popup on the demo article (view: ${runs.at(-1).view}), ms after the popup page starts loading, ${OPENS} opens (load average ${load.toFixed(1)}):`);
  const render = stats("render");
  console.log(`  popup document arrived ${stats("doc").line}   (responseEnd; from here to “bundle starts running” is the browser setting up the extension page, the same for the yardstick)`);
  console.log(`  bundle starts running  ${stats("script").line}`);
  console.log(`  report received        ${stats("report").line}`);
  console.log(`  first render (DOM)     ${render.line}   ${render.med <= FLOOR_MS ? "within" : "OVER"} the ${FLOOR_MS} ms floor`);
  console.log(`  first frame painted    ${stats("painted").line}`);
  const own = runs.map((r) => r.render - r.script).sort((a, b) => a - b);
  console.log(`  our own part, from the bundle starting to the first render: median ${own[Math.floor(own.length / 2)].toFixed(1)} ms (min ${own[0].toFixed(1)}, max ${own.at(-1).toFixed(1)})`);
  console.log(`  yardstick: empty extension page, its script runs at median ${yardMed.toFixed(1)} ms (min ${yard[0].toFixed(1)}); the popup's first render is ${(render.med - yardMed).toFixed(1)} ms above it`);
  console.log(`  every statement drawn  ${stats("complete").line}   (from the stored report: after the first screen from the address, every statement at once; without it, the first six first, the rest in the next task)`);
  if (distB) {
    const ownOf = (rs) => rs.map((r) => r.render - r.script).sort((a, b) => a - b);
    const med = (xs) => xs[Math.floor(xs.length / 2)];
    const diffs = runs.map((a, i) => (runsB[i].render - runsB[i].script) - (a.render - a.script)).sort((a, b) => a - b);
    console.log(`A/B in one run (B: ${distB}, opened beside each A, alternating which goes first): our own part median A ${med(ownOf(runs)).toFixed(1)} ms, B ${med(ownOf(runsB)).toFixed(1)} ms; median of B - A per pair ${med(diffs).toFixed(1)} ms (${diffs.length} pairs; views A ${runs.at(-1).view}, B ${runsB.at(-1).view})`);
    const allOf = (rs) => rs.map((r) => r.complete - r.script).sort((a, b) => a - b);
    console.log(`  and from the bundle starting to every statement drawn: median A ${med(allOf(runs)).toFixed(1)} ms, B ${med(allOf(runsB)).toFixed(1)} ms`);
  }
} finally {
  await browser.close();
  await server.close();
  rmSync(tmp, { recursive: true, force: true });
}
