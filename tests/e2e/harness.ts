// End-to-end harness: a loopback static server plus the built extension loaded into real Debian
// Chromium (playwright-core) and Firefox ESR (puppeteer-core over WebDriver BiDi).
// It must never reach the network beyond 127.0.0.1, and never skip silently when a browser is missing.
import { pageCharset } from "../../src/cli/html";
import type { ContentStatus } from "../../src/shared/messages";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, extname, join, normalize, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";
import type { AddressInfo } from "node:net";

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..");
/** ../shared next to the repo: copyrighted data read at run time, never copied in. */
export const sharedDir = resolve(repoRoot, "..", "shared");
export const pagesDir = join(sharedDir, "data", "pages");
export const pages2Dir = join(sharedDir, "data", "pages-2");
export const distChrome = join(repoRoot, "dist", "chrome");
export const distFirefox = join(repoRoot, "dist", "firefox");

/** The gecko id from the source manifest, and the UUID we pin it to so moz-extension:// URLs are known. */
export const GECKO_ID: string = (
  JSON.parse(readFileSync(join(repoRoot, "manifest.json"), "utf8")) as {
    browser_specific_settings: { gecko: { id: string } };
  }
).browser_specific_settings.gecko.id;
export const FIREFOX_UUID = "6b1f3c1e-57a1-4d1a-9c57-3a1d0e5a1d5e";

const BROWSERS = {
  chromium: { path: "/usr/bin/chromium", install: "apt-get install -y chromium" },
  firefox: { path: "/usr/bin/firefox-esr", install: "apt-get install -y firefox-esr" },
} as const;
export type BrowserName = keyof typeof BROWSERS;

/** Throws (never skips) with the exact install line when the browser binary is missing. */
export function requireBrowser(name: BrowserName, exists: (path: string) => boolean = existsSync): string {
  const b = BROWSERS[name];
  if (!exists(b.path)) {
    throw new Error(`${name} is not installed at ${b.path}. Install it with:\n${b.install}`);
  }
  return b.path;
}

/** Throws when the extension has not been built, naming the command that builds it. */
export function requireBuild(dir: string): void {
  if (!existsSync(join(dir, "manifest.json"))) {
    throw new Error(`No built extension in ${dir}. Run: npm run build`);
  }
}

// ---------------------------------------------------------------------------------------------
// Static server

const TYPES: Record<string, string> = {
  ".html": "text/html",
  ".htm": "text/html",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".jpeg": "image/jpeg",
  ".gif": "image/gif",
  ".webp": "image/webp",
  ".ico": "image/x-icon",
};

/** URL prefix -> directory on disk. ../shared/data/pages only when it exists. */
export function servedRoots(): Record<string, string> {
  const roots: Record<string, string> = {
    "/demo/": join(repoRoot, "demo"),
    "/fixtures/": join(repoRoot, "tests", "fixtures"),
  };
  if (existsSync(pagesDir)) roots["/pages/"] = pagesDir;
  if (existsSync(pages2Dir)) roots["/pages-2/"] = pages2Dir;
  return roots;
}

/**
 * HTML is served byte for byte, with the charset a browser would pick for the file (its BOM, its
 * own declaration, else UTF-8 when valid, else windows-1252) named in the header, as a live site
 * names it: the browser and the CLI (src/cli/html.ts, the same function) then decode a page alike.
 */
export function htmlContentType(bytes: Uint8Array): string {
  return `text/html; charset=${pageCharset(bytes)}`;
}

function resolveRequest(pathname: string, roots: Record<string, string>): string | null {
  for (const [prefix, dir] of Object.entries(roots)) {
    if (!pathname.startsWith(prefix)) continue;
    const rel = normalize(decodeURIComponent(pathname.slice(prefix.length)));
    const file = resolve(dir, rel);
    // Refuse anything that climbs out of the served folder.
    if (file !== dir && !file.startsWith(dir + sep)) return null;
    if (!existsSync(file)) return null;
    if (statSync(file).isDirectory()) {
      const index = join(file, "index.html");
      return existsSync(index) ? index : null;
    }
    return file;
  }
  return null;
}

export type StaticServer = { url: string; close(): Promise<void> };

/** A static server on 127.0.0.1 with a random port, serving demo/, tests/fixtures/ and ../shared pages. */
export async function startServer(): Promise<StaticServer> {
  const roots = servedRoots();
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    let file: string | null;
    try {
      file = resolveRequest(url.pathname, roots);
    } catch {
      // A malformed %-escape is a bad request, answered like a missing file.
      file = null;
    }
    if (!file) {
      res.writeHead(404, { "content-type": "text/plain; charset=utf-8" });
      res.end("not found");
      return;
    }
    const bytes = readFileSync(file);
    const ext = extname(file).toLowerCase();
    const type = ext === ".html" || ext === ".htm" ? htmlContentType(bytes) : (TYPES[ext] ?? "application/octet-stream");
    res.writeHead(200, { "content-type": type, "cache-control": "no-store", "content-length": bytes.length });
    res.end(req.method === "HEAD" ? undefined : bytes);
  });
  await new Promise<void>((ok, fail) => {
    server.once("error", fail);
    server.listen(0, "127.0.0.1", () => ok());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((ok) => {
        server.closeAllConnections();
        server.close(() => ok());
      }),
  };
}

// ---------------------------------------------------------------------------------------------
// Browsers

/** What waitFor resolves with: the page's value once it is truthy. */
export type Truthy<T> = Exclude<T, null | undefined | false | 0 | "">;

/** What both launchers return, so a test can run the same body in each browser. */
export type Page = {
  goto(url: string): Promise<void>;
  url(): string;
  /** Runs `fn` in the page; `arg` must be JSON-serialisable. */
  evaluate<T, A = undefined>(fn: (arg: A) => T | Promise<T>, arg?: A): Promise<T>;
  /** Waits until `fn` returns a truthy value in the page; resolves with it. */
  waitFor<T, A = undefined>(fn: (arg: A) => T | Promise<T>, timeoutMs?: number, arg?: A): Promise<Truthy<T>>;
  /**
   * The content script's state and timings, asked from one of the extension's own pages
   * ("status"); null while no content script answers in the tab. Nothing of it is in the page.
   */
  status(): Promise<ContentStatus | null>;
  close(): Promise<void>;
};

export type LaunchedBrowser = {
  name: BrowserName;
  extensionId: string;
  extensionUrl(path: string): string;
  newPage(): Promise<Page>;
  /** The browser's tab id for a page, as the extension sees it (tabs.query). */
  tabIdOf(page: Page): Promise<number>;
  close(): Promise<void>;
};

export type LaunchOptions = {
  userDataDir?: string;
  /** Load the extension (default true). */
  extension?: boolean;
  /** Unpacked extension directory (default dist/<browser>). */
  extensionDir?: string;
  /** prefers-color-scheme for every page, extension pages included (default: the browser's, light here). */
  colorScheme?: "light" | "dark";
};

async function pollInPage<T>(
  evalOnce: () => Promise<T>,
  timeoutMs: number,
  what: string,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  for (;;) {
    try {
      const v = await evalOnce();
      if (v) return v;
    } catch (e) {
      // Navigation in progress destroys the execution context; try again.
      last = e;
    }
    if (Date.now() > deadline) {
      throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}${last ? `: ${String(last)}` : ""}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
}

type TabInfo = { id: number; url: string | null };

/** Runs inside an extension page: asks a tab's content script for its status (null: none answers). */
const ASK_STATUS = async ({ global, tabId }: { global: string; tabId: number }): Promise<ContentStatus | null> => {
  type TabsApi = { tabs: { sendMessage(id: number, m: unknown): Promise<unknown> } };
  const api = (globalThis as unknown as Record<string, TabsApi>)[global];
  if (!api) throw new Error(`no ${global} API in this page`);
  try {
    const r = await api.tabs.sendMessage(tabId, { type: "status", payload: {} });
    return r && typeof r === "object" && "state" in r ? (r as ContentStatus) : null;
  } catch {
    return null;
  }
};

/** Runs inside an extension page: every tab's id (and url, where the extension may see it). */
const QUERY_TABS = async (global: string): Promise<TabInfo[]> => {
  type TabsApi = { tabs: { query(q: object): Promise<{ id?: number; url?: string }[]> } };
  const api = (globalThis as unknown as Record<string, TabsApi>)[global];
  if (!api) throw new Error(`no ${global} API in this page`);
  const tabs = await api.tabs.query({});
  return tabs.filter((t) => t.id !== undefined).map((t) => ({ id: t.id as number, url: t.url ?? null }));
};

/**
 * Learns each page's tab id by diffing the tab list around its creation: without the "tabs"
 * permission (which Whosaid does not ask for) Chrome hides tab URLs, so matching by URL alone
 * cannot work. Page creation is serialised so two diffs never overlap.
 */
class TabTracker {
  private ids = new WeakMap<Page, number>();
  private queue: Promise<unknown> = Promise.resolve();
  constructor(private readonly query: (() => Promise<TabInfo[]>) | null) {}

  open(create: () => Promise<Page>): Promise<Page> {
    const run = async () => {
      if (!this.query) return create();
      const before = new Set((await this.query()).map((t) => t.id));
      const page = await create();
      const deadline = Date.now() + 10_000;
      for (;;) {
        const fresh = (await this.query()).filter((t) => !before.has(t.id));
        if (fresh.length === 1 && fresh[0]) {
          this.ids.set(page, fresh[0].id);
          return page;
        }
        if (Date.now() > deadline) throw new Error(`could not tell the new page's tab id (${fresh.length} new tabs)`);
        await new Promise((r) => setTimeout(r, 50));
      }
    };
    const next = this.queue.then(run, run);
    this.queue = next.catch(() => undefined);
    return next;
  }

  async idOf(page: Page): Promise<number> {
    if (!this.query) throw new Error("tabIdOf needs the extension");
    const known = this.ids.get(page);
    if (known !== undefined) return known;
    const url = page.url();
    const match = (await this.query()).filter((t) => t.url === url);
    if (match.length === 1 && match[0]) return match[0].id;
    throw new Error(`no tab id known for ${url}`);
  }
}

function tempProfile(prefix: string): { dir: string; owned: boolean } {
  return { dir: mkdtempSync(join(tmpdir(), prefix)), owned: true };
}

export type ChromiumBrowser = LaunchedBrowser & {
  context: import("playwright-core").BrowserContext;
  playwrightPage(page: Page): import("playwright-core").Page;
};

export async function launchChromium(opts: LaunchOptions = {}): Promise<ChromiumBrowser> {
  const executablePath = requireBrowser("chromium");
  const withExtension = opts.extension ?? true;
  const extDir = opts.extensionDir ?? distChrome;
  if (withExtension) requireBuild(extDir);
  const { chromium } = await import("playwright-core");
  const profile = opts.userDataDir ? { dir: opts.userDataDir, owned: false } : tempProfile("whosaid-chromium-");
  const args = [
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
    "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1",
  ];
  if (withExtension) {
    args.push(`--disable-extensions-except=${extDir}`, `--load-extension=${extDir}`);
  }
  const context = await chromium.launchPersistentContext(profile.dir, {
    executablePath,
    headless: true,
    args,
    // Playwright adds --disable-extensions by default, which would drop ours.
    ignoreDefaultArgs: withExtension ? ["--disable-extensions"] : [],
    viewport: { width: 1280, height: 900 },
    ...(opts.colorScheme ? { colorScheme: opts.colorScheme } : {}),
  });
  let extensionId = "";
  if (withExtension) {
    try {
      // Listen first, then look: the worker may register before or after launch returns.
      const isOurs = (w: { url(): string }) => w.url().startsWith("chrome-extension://");
      const registered = context.waitForEvent("serviceworker", { predicate: isOurs, timeout: 30_000 });
      registered.catch(() => undefined);
      const sw = context.serviceWorkers().find(isOurs) ?? (await registered);
      extensionId = new URL(sw.url()).host;
    } catch (e) {
      await context.close();
      if (profile.owned) rmSync(profile.dir, { recursive: true, force: true });
      throw new Error(
        `Chromium did not start the extension's service worker from ${extDir} within 30 s; ` +
          `load that folder in chrome://extensions to see why. (${String(e)})`,
        { cause: e },
      );
    }
  }
  const pages = new WeakMap<Page, import("playwright-core").Page>();
  // An extension page is a stable place to call the tabs API (the service worker may be stopped
  // when idle). Opened once, before any test page, so it never shows up in a tab diff.
  let helper: import("playwright-core").Page | null = null;
  const queryTabs = async (): Promise<TabInfo[]> => {
    if (!helper) {
      helper = await context.newPage();
      await helper.goto(`chrome-extension://${extensionId}/popup.html`, { waitUntil: "load" });
    }
    return helper.evaluate(QUERY_TABS, "chrome");
  };
  const tracker = new TabTracker(withExtension ? queryTabs : null);
  const status = async (page: Page): Promise<ContentStatus | null> => {
    if (!withExtension) return null;
    const tabId = await tracker.idOf(page);
    await queryTabs();
    return helper!.evaluate(ASK_STATUS, { global: "chrome", tabId });
  };
  const wrap = (p: import("playwright-core").Page): Page => {
    const page: Page = {
      goto: async (url) => {
        await p.goto(url, { waitUntil: "load" });
      },
      url: () => p.url(),
      evaluate: (fn, arg) => p.evaluate(fn as never, arg as never) as never,
      waitFor: (fn, timeoutMs = 20_000, arg) =>
        pollInPage(() => p.evaluate(fn as never, arg as never) as never, timeoutMs, "a page condition"),
      status: () => status(page),
      close: () => p.close(),
    };
    pages.set(page, p);
    return page;
  };
  return {
    name: "chromium",
    context,
    extensionId,
    extensionUrl: (path) => `chrome-extension://${extensionId}/${path.replace(/^\//, "")}`,
    newPage: () => tracker.open(async () => wrap(await context.newPage())),
    playwrightPage: (page) => {
      const p = pages.get(page);
      if (!p) throw new Error("not a page of this browser");
      return p;
    },
    tabIdOf: (page) => tracker.idOf(page),
    close: async () => {
      await context.close();
      if (profile.owned) rmSync(profile.dir, { recursive: true, force: true });
    },
  };
}

export type FirefoxBrowser = LaunchedBrowser & {
  browser: import("puppeteer-core").Browser;
  puppeteerPage(page: Page): import("puppeteer-core").Page;
};

export async function launchFirefox(opts: LaunchOptions = {}): Promise<FirefoxBrowser> {
  const executablePath = requireBrowser("firefox");
  const withExtension = opts.extension ?? true;
  const extDir = opts.extensionDir ?? distFirefox;
  if (withExtension) requireBuild(extDir);
  const puppeteer = (await import("puppeteer-core")).default;
  const profile = opts.userDataDir ? { dir: opts.userDataDir, owned: false } : tempProfile("whosaid-firefox-");
  const browser = await puppeteer.launch({
    browser: "firefox",
    executablePath,
    headless: true,
    protocol: "webDriverBiDi",
    userDataDir: profile.dir,
    // WebDriver BiDi refuses to navigate to moz-extension:// pages (popup.html?tab=…) without it.
    args: ["--remote-allow-system-access"],
    extraPrefsFirefox: {
      // Everything but loopback goes to a closed proxy port: no network beyond 127.0.0.1.
      "network.proxy.type": 1,
      "network.proxy.http": "127.0.0.1",
      "network.proxy.http_port": 9,
      "network.proxy.ssl": "127.0.0.1",
      "network.proxy.ssl_port": 9,
      "network.proxy.no_proxies_on": "127.0.0.1",
      "network.proxy.allow_hijacking_localhost": false,
      "network.dns.disablePrefetch": true,
      "network.prefetch-next": false,
      "app.update.enabled": false,
      "app.update.auto": false,
      "toolkit.telemetry.enabled": false,
      "toolkit.telemetry.unified": false,
      "datareporting.healthreport.uploadEnabled": false,
      "datareporting.policy.dataSubmissionEnabled": false,
      "browser.ping-centre.telemetry": false,
      "extensions.update.enabled": false,
      "extensions.getAddons.cache.enabled": false,
      "browser.safebrowsing.malware.enabled": false,
      "browser.safebrowsing.phishing.enabled": false,
      "browser.safebrowsing.downloads.enabled": false,
      "browser.newtabpage.enabled": false,
      "browser.startup.homepage_override.mstone": "ignore",
      "captivedetect.canonicalURL": "",
      "network.captive-portal-service.enabled": false,
      "network.connectivity-service.enabled": false,
      // Pin our add-on's internal UUID so its moz-extension:// base URL is known before install.
      "extensions.webextensions.uuids": JSON.stringify({ [GECKO_ID]: FIREFOX_UUID }),
      // MV3 host permissions (incl. content-script matches) granted at install, as for a user install.
      "extensions.originControls.grantByDefault": true,
      // prefers-color-scheme of web and extension pages (0 dark, 1 light): puppeteer's media
      // emulation is not available over BiDi
      ...(opts.colorScheme ? { "layout.css.prefers-color-scheme.content-override": opts.colorScheme === "dark" ? 0 : 1 } : {}),
    },
  });
  let extensionId = "";
  if (withExtension) {
    try {
      extensionId = await browser.installExtension(extDir);
    } catch (e) {
      await browser.close();
      if (profile.owned) rmSync(profile.dir, { recursive: true, force: true });
      throw e;
    }
  }
  const base = `moz-extension://${FIREFOX_UUID}/`;
  const pages = new WeakMap<Page, import("puppeteer-core").Page>();
  let helper: import("puppeteer-core").Page | null = null;
  const queryTabs = async (): Promise<TabInfo[]> => {
    if (!helper) {
      helper = await browser.newPage();
      await gotoExtensionPage(helper, base + "popup.html");
    }
    return helper.evaluate(QUERY_TABS, "browser");
  };
  const tracker = new TabTracker(withExtension ? queryTabs : null);
  const status = async (page: Page): Promise<ContentStatus | null> => {
    if (!withExtension) return null;
    const tabId = await tracker.idOf(page);
    await queryTabs();
    return helper!.evaluate(ASK_STATUS, { global: "browser", tabId });
  };
  const wrap = (p: import("puppeteer-core").Page): Page => {
    let extUrl: string | null = null;
    const page: Page = {
      goto: async (url) => {
        if (url.startsWith("moz-extension:")) {
          await gotoExtensionPage(p, url);
          extUrl = url;
        } else {
          extUrl = null;
          await p.goto(url, { waitUntil: "load" });
        }
      },
      // Puppeteer does not see navigations into the extension's process; report what we loaded.
      url: () => (extUrl && p.url() === "about:blank" ? extUrl : p.url()),
      evaluate: (fn, arg) => p.evaluate(fn as never, arg as never) as never,
      waitFor: (fn, timeoutMs = 20_000, arg) =>
        pollInPage(() => p.evaluate(fn as never, arg as never) as never, timeoutMs, "a page condition"),
      status: () => status(page),
      close: () => p.close(),
    };
    pages.set(page, p);
    return page;
  };
  return {
    name: "firefox",
    browser,
    extensionId,
    extensionUrl: (path) => base + path.replace(/^\//, ""),
    newPage: () => tracker.open(async () => wrap(await browser.newPage())),
    puppeteerPage: (page) => {
      const p = pages.get(page);
      if (!p) throw new Error("not a page of this browser");
      return p;
    },
    tabIdOf: (page) => tracker.idOf(page),
    close: async () => {
      await browser.close();
      if (profile.owned) rmSync(profile.dir, { recursive: true, force: true });
    },
  };
}

/**
 * Firefox moves moz-extension:// pages into the extension process; puppeteer's BiDi navigation
 * then never reports the load (seen with Firefox ESR 153), although the page loads and can be
 * evaluated. So start the navigation without awaiting it and poll the document instead.
 */
async function gotoExtensionPage(p: import("puppeteer-core").Page, url: string): Promise<void> {
  p.goto(url, { waitUntil: "domcontentloaded", timeout: 60_000 }).catch(() => undefined);
  const want = new URL(url).href;
  await pollInPage(
    () => p.evaluate(() => document.readyState === "complete" && location.href).then((h) => h === want),
    20_000,
    `${url} to load`,
  );
}

export async function launch(name: BrowserName, opts: LaunchOptions = {}): Promise<LaunchedBrowser> {
  return name === "chromium" ? launchChromium(opts) : launchFirefox(opts);
}

export type OverlayState = { state: string; statements: number; message: string | null };

/**
 * Waits for the tab's content script to report one of `finalStates` (by default the ends of an
 * automatic run: done, skipped, error; pass e.g. ["idle"] for on-click mode) and returns it. Asked
 * from an extension page ("status"): the page's DOM says nothing of Whosaid's state.
 */
export async function overlayState(
  page: Page,
  timeoutMs = 20_000,
  finalStates: readonly string[] = ["done", "skipped", "error"],
): Promise<OverlayState> {
  return pollInPage<OverlayState | null>(async () => {
    const s = await page.status();
    if (!s || !finalStates.includes(s.state)) return null;
    return { state: s.state, statements: s.statements, message: s.error };
  }, timeoutMs, `the content script to reach ${finalStates.join("/")}`) as Promise<OverlayState>;
}
