// `npm run bench:page`: the content script's cost on every page of ../shared/data/pages and
// ../shared/data/pages-2 (news and pages to leave alone) in Chromium. Prints main-thread time per page (median, p95, max), the longest single task, and
// the gzipped size of dist/chrome/content.js, each against its floor; then, as information only,
// the background's analyze() time (the engine runs there, off the page's main thread, and the
// page's time does not include it). It measures; it never
// fails on a slow machine (exit code 0 unless the pages cannot be run at all).
//
// Times come from the content script itself: each of its tasks (between yields to the page) is
// timed with performance.now(), from the first line of its bundle on (module set-up included),
// and every callback it runs (observers, reports) is counted too. The service worker asks the
// tab's content script for them once its report is final ("status", a message only the extension
// can send; nothing of it is in the page's DOM). A PerformanceObserver for "longtask" entries runs
// in the page as a cross-check of how long the page's own tasks are while we work.
import { createServer } from "node:http";
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { tmpdir } from "node:os";
import { dirname, join, resolve, sep, normalize } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const dataDir = resolve(root, "..", "shared", "data");
const sets = ["pages", "pages-2"].filter((s) => existsSync(join(dataDir, s, "index.json")));
// WHOSAID_DIST: the build to measure (default dist/chrome). WHOSAID_DIST_B: a second build measured
// beside it in the same run, page by page (A/B on a busy machine); both summaries and the per-page
// ratio are printed.
const dist = process.env.WHOSAID_DIST ? resolve(process.env.WHOSAID_DIST) : join(root, "dist", "chrome");
const FLOORS = { medianMs: 25, longestMs: 50, bundleKb: 60 };

if (!existsSync(join(dist, "content.js"))) {
  console.error("No dist/chrome/content.js: run `npm run build` first.");
  process.exit(1);
}
const bundle = readFileSync(join(dist, "content.js"));
const gzKb = gzipSync(bundle, { level: 9 }).length / 1024;

if (!sets.length) {
  console.error(`Pages not found in ${dataDir} (../shared next to the repo).`);
  console.log(`content.js gzipped: ${gzKb.toFixed(1)} KB (floor ${FLOORS.bundleKb} KB)`);
  process.exit(1);
}
const pages = sets.flatMap((set) => JSON.parse(readFileSync(join(dataDir, set, "index.json"), "utf8")).map((p) => ({ ...p, set })));
const only = process.argv.slice(2).filter((a) => !a.startsWith("-"));
const list = only.length ? pages.filter((p) => only.some((o) => p.id.includes(o))) : pages;

const server = createServer((req, res) => {
  const url = new URL(req.url ?? "/", "http://127.0.0.1");
  let file = null;
  try {
    const set = sets.find((s) => url.pathname.startsWith(`/${s}/`));
    if (set) {
      const dir = join(dataDir, set);
      const f = resolve(dir, normalize(decodeURIComponent(url.pathname.slice(set.length + 2))));
      if (f.startsWith(dir + sep) && existsSync(f) && statSync(f).isFile()) file = f;
    }
  } catch {
    file = null;
  }
  if (!file) {
    res.writeHead(404).end();
    return;
  }
  res.writeHead(200, { "content-type": "text/html" }).end(readFileSync(file));
});
await new Promise((ok) => server.listen(0, "127.0.0.1", ok));
const base = `http://127.0.0.1:${server.address().port}`;

const { chromium } = await import("playwright-core");

/** One browser with one build of the extension loaded. */
async function launchWith(dir) {
  const profile = mkdtempSync(join(tmpdir(), "whosaid-bench-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: "/usr/bin/chromium",
    headless: true,
    ignoreDefaultArgs: ["--disable-extensions"],
    viewport: { width: 1280, height: 900 },
    args: [
      "--headless=new", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-sync",
      "--disable-background-networking", "--disable-component-update", "--disable-quic",
      "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1",
      `--disable-extensions-except=${dir}`, `--load-extension=${dir}`,
    ],
  });
  await context.addInitScript(() => {
    const w = window;
    w.__longtasks = [];
    try {
      new PerformanceObserver((l) => {
        for (const e of l.getEntries()) w.__longtasks.push(e.duration);
      }).observe({ type: "longtask", buffered: true });
    } catch {
      /* no longtask support */
    }
  });
  return { context, close: async () => { await context.close(); rmSync(profile, { recursive: true, force: true }); } };
}

/** Opens one page in a fresh tab and returns what the content script spent on it. */
async function measurePage(context, p) {
  const page = await context.newPage();
  try {
    const url = `${base}/${p.set}/${p.id}/source.html`;
    await page.goto(url, { waitUntil: "load", timeout: 60_000 }).catch(() => undefined);
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent("serviceworker"));
    // The tab's report as the background stores it (storage.session, key "tab:<id>", matched by
    // URL), then the content script's own status, asked from the service worker.
    const reportFor = () => worker.evaluate(async (u) => {
      const all = await globalThis.chrome.storage.session.get(null);
      const hit = Object.entries(all).find(([, r]) => r && r.url === u);
      return hit ? { tabId: Number(hit[0].split(":").pop()), report: hit[1] } : null;
    }, url);
    const statusOf = (tabId) => worker.evaluate(async (id) => {
      try {
        return await globalThis.chrome.tabs.sendMessage(id, { type: "status", payload: {} });
      } catch {
        return null;
      }
    }, tabId);
    let found = null;
    let status = null;
    for (const t0 = Date.now(); Date.now() - t0 < 30_000; await new Promise((r) => setTimeout(r, 100))) {
      found = await reportFor();
      const state = found?.report?.state;
      if (state === "skipped" || state === "error" || state === "done") {
        // A "done" report is stored before the page draws: wait for the content script to finish.
        status = await statusOf(found.tabId);
        if (status && ["done", "skipped", "error"].includes(status.state)) break;
      }
      found = null;
    }
    if (!found) throw new Error("no final report within 30 s");
    const report = found.report;
    const pageLongest = await page.evaluate(() => Math.max(0, ...(window.__longtasks ?? [])));
    const read = report.read ?? {};
    return {
      id: p.id,
      state: report.state,
      statements: report.analysis?.statements.length ?? 0,
      ms: status?.ms ?? read.ms ?? NaN,
      longest: status?.longestMs ?? read.longestMs ?? NaN,
      pageLongest,
      parts: status?.parts ?? read.parts ?? "",
      engine: status?.engineMs ?? NaN,
    };
  } catch (e) {
    return { id: p.id, state: `failed: ${String(e).split("\n")[0]}`, statements: 0, ms: NaN, longest: NaN, pageLongest: NaN, parts: "", engine: NaN };
  } finally {
    await page.close();
  }
}

// WHOSAID_DIST_B: a second build, measured page by page beside the first (the order alternates),
// so both see the same moments of a busy machine.
const builds = [{ name: process.env.WHOSAID_DIST_B ? "A" : "", dir: dist }];
if (process.env.WHOSAID_DIST_B) builds.push({ name: "B", dir: resolve(process.env.WHOSAID_DIST_B) });
for (const b of builds) {
  b.rows = [];
  b.browser = await launchWith(b.dir);
}
try {
  for (let i = 0; i < list.length; i++) {
    const order = i % 2 ? [...builds].reverse() : builds;
    for (const b of order) b.rows.push(await measurePage(b.browser.context, list[i]));
  }
} finally {
  for (const b of builds) await b.browser.close();
  server.close();
}

const verbose = process.argv.includes("--verbose") || process.argv.includes("-v");
const med = (a) => (a.length ? (a.length % 2 ? a[(a.length - 1) / 2] : (a[a.length / 2 - 1] + a[a.length / 2]) / 2) : NaN);

function summary(rows) {
  if (verbose) {
    console.log("page".padEnd(40), "state".padEnd(8), "stmts".padStart(5), "ms".padStart(8), "longest".padStart(8), "page-longtask".padStart(14));
    for (const r of rows) {
      console.log(r.id.padEnd(40), String(r.state).padEnd(8), String(r.statements).padStart(5), r.ms.toFixed(1).padStart(8), r.longest.toFixed(1).padStart(8), r.pageLongest.toFixed(0).padStart(14), " ", r.parts ?? "");
    }
  }
  const ok = rows.filter((r) => Number.isFinite(r.ms));
  const ms = ok.map((r) => r.ms).sort((a, b) => a - b);
  const q = (f) => (ms.length ? ms[Math.min(ms.length - 1, Math.floor(f * ms.length))] : NaN);
  const median = med(ms);
  const longest = Math.max(...ok.map((r) => r.longest));
  const worst = ok.find((r) => r.longest === longest);
  const mark = (v, floor) => (v <= floor ? "ok" : "ABOVE FLOOR");
  console.log(`pages: ${rows.length} (${ok.length} measured; done ${ok.filter((r) => r.state === "done").length}, skipped ${ok.filter((r) => r.state === "skipped").length}, error ${ok.filter((r) => r.state === "error").length})`);
  console.log(`content script main-thread time per page: median ${median.toFixed(1)} ms  p95 ${q(0.95).toFixed(1)} ms  max ${ms[ms.length - 1]?.toFixed(1)} ms   [floor median <= ${FLOORS.medianMs} ms: ${mark(median, FLOORS.medianMs)}]`);
  console.log(`longest single task: ${longest.toFixed(1)} ms (${worst?.id ?? "-"})   [floor <= ${FLOORS.longestMs} ms: ${mark(longest, FLOORS.longestMs)}]`);
  // Where the page's time goes, by slice (bundle set-up, gate, scoring, text map, hand-off, drawing).
  const part = (r, name) => Number((r.parts.match(new RegExp(`(?:^| )${name}:([\\d.]+)`)) ?? [])[1] ?? 0);
  const names = [...new Set(ok.flatMap((r) => r.parts.split(" ").filter(Boolean).map((x) => x.split(":")[0])))];
  console.log(`  page-side slices, median per page: ${names.map((n) => `${n} ${med(ok.map((r) => part(r, n)).sort((a, b) => a - b)).toFixed(1)} ms`).join(", ")}`);
  // Information, not part of the page's time: the engine in the background (service worker).
  const engine = ok.map((r) => r.engine).filter(Number.isFinite).sort((a, b) => a - b);
  console.log(`background analyze() (off the page's main thread, information only): median ${med(engine).toFixed(1)} ms, max ${engine[engine.length - 1]?.toFixed(1) ?? "-"} ms over ${engine.length} pages (first page includes the worker's cold start)`);
  const failed = rows.filter((r) => !Number.isFinite(r.ms));
  if (failed.length) console.log(`not measured: ${failed.map((r) => `${r.id} (${r.state})`).join(", ")}`);
  return median;
}

const medians = builds.map((b) => {
  if (b.name) console.log(`\n== build ${b.name}: ${b.dir}`);
  return summary(b.rows, b.name);
});
console.log(`content.js${builds.length > 1 ? " (A)" : ""}: ${(bundle.length / 1024).toFixed(1)} KB, gzipped ${gzKb.toFixed(1)} KB   [floor <= ${FLOORS.bundleKb} KB: ${gzKb <= FLOORS.bundleKb ? "ok" : "ABOVE FLOOR"}]`);
if (builds.length === 2) {
  // Paired per page: B's time over A's on the same page, measured side by side.
  const ratios = builds[0].rows.map((a, i) => builds[1].rows[i].ms / a.ms).filter(Number.isFinite).sort((x, y) => x - y);
  console.log(`\nA/B on the same pages: median A ${medians[0].toFixed(1)} ms, B ${medians[1].toFixed(1)} ms; per-page B/A median ${med(ratios).toFixed(2)} (${ratios.length} pages)`);
  // Per part: the median over pages of B's time less A's on the same page.
  const partOf = (r, name) => Number((r.parts.match(new RegExp(`(?:^| )${name}:([\\d.]+)`)) ?? [])[1] ?? 0);
  const names = [...new Set(builds.flatMap((b) => b.rows.flatMap((r) => r.parts.split(" ").filter(Boolean).map((x) => x.split(":")[0]))))];
  const diffs = names.map((n) => {
    const d = builds[0].rows.map((a, i) => partOf(builds[1].rows[i], n) - partOf(a, n)).filter(Number.isFinite).sort((x, y) => x - y);
    return `${n} ${med(d) >= 0 ? "+" : ""}${med(d).toFixed(1)}`;
  });
  console.log(`per part, median of B - A on the same page (ms): ${diffs.join(", ")}`);
  const differ = builds[0].rows.filter((a, i) => a.state !== builds[1].rows[i].state || a.statements !== builds[1].rows[i].statements);
  console.log(`pages where A and B ended differently (state or statements): ${differ.length ? differ.map((r) => r.id).join(", ") : "none"}`);
}
