// The background's message router, per-tab reports, badge, navigation and the toggle command,
// driven through a fake browser API.
import { describe, expect, it, vi } from "vitest";
import { badgeText, createBackground, isNavigation, originOf, startBackground, type BackgroundApi, type Sender } from "../../src/background/background";
import type { Analysis } from "../../src/core/types";
import type { TabReport } from "../../src/shared/messages";
import { decodeSummary, summarize } from "../../src/shared/summary";
import { doneReport, fakeArea } from "./fixtures";

type Listener = (...args: never[]) => unknown;

function fakeBgApi(session = fakeArea()) {
  const listeners: Record<string, Listener[]> = {};
  const event = (name: string) => ({ addListener: (f: Listener) => (listeners[name] ??= []).push(f) });
  const api = {
    runtime: { id: "whosaid@test", getURL: (p: string) => `chrome-extension://whosaid/${p}`, onMessage: event("message"), onInstalled: event("installed") },
    tabs: {
      onUpdated: event("updated"),
      onRemoved: event("removed"),
      query: vi.fn(async () => [{ id: 3 }]),
      sendMessage: vi.fn(async () => ({ on: false })),
      create: vi.fn(async (o: { url: string }) => ({ id: 77, url: o.url })),
    },
    storage: { session, local: fakeArea() },
    action: { setBadgeText: vi.fn(async () => undefined), setBadgeBackgroundColor: vi.fn(async () => undefined), setPopup: vi.fn(async (_d: { tabId: number; popup: string }) => undefined) },
    commands: { onCommand: event("command") },
  };
  const fire = async (name: string, ...args: unknown[]) => {
    for (const f of listeners[name] ?? []) await (f as (...a: unknown[]) => unknown)(...args);
    await new Promise((r) => setTimeout(r, 0));
  };
  return { api, session, fire, typed: api as unknown as BackgroundApi };
}

const content = (tabId: number): Sender => ({ id: "whosaid@test", url: "https://news.example/pier", frameId: 0, tab: { id: tabId } });
const popup: Sender = { id: "whosaid@test", url: "chrome-extension://whosaid/popup.html" };
const popupAsTab: Sender = { id: "whosaid@test", url: "chrome-extension://whosaid/popup.html?tab=4", tab: { id: 12 } };
const report = (r: TabReport) => ({ type: "report", payload: r });
/** A page's text for the background to analyse: the engine below answers doneReport()'s analysis. */
const done = () => ({ type: "analyze", payload: { text: doneReport().text, url: "https://news.example/pier", title: doneReport().title } });
/** A background whose engine answers doneReport()'s analysis (only the background makes "done" reports). */
const withEngine = (api: BackgroundApi, analysis: Analysis = doneReport().analysis!) => createBackground(api, { analyze: () => structuredClone(analysis) });

describe("origin of a message", () => {
  const { typed } = fakeBgApi();
  it.each([
    ["content script, top frame", content(4), { kind: "content", tabId: 4, incognito: false, url: "https://news.example/pier" }],
    ["popup", popup, { kind: "extension-page" }],
    ["popup opened as a tab", popupAsTab, { kind: "extension-page" }],
    ["another extension", { ...content(4), id: "evil@other" }, null],
    ["no id", { url: "https://x.example/", tab: { id: 4 } }, null],
    ["content script in a subframe", { ...content(4), frameId: 2 }, null],
  ])("%s", (_name, sender, expected) => {
    expect(originOf(sender as Sender, typed)).toEqual(expected);
  });
});

describe("message router", () => {
  it("stores the analysis of a content script's text and answers get-report from the popup", async () => {
    const { typed, api } = fakeBgApi();
    const bg = withEngine(typed);
    await expect(bg.onMessage(done(), content(4))).resolves.toEqual({ analysis: doneReport().analysis });
    await expect(bg.onMessage({ type: "get-report", payload: { tabId: 4 } }, popup)).resolves.toEqual(doneReport());
    await expect(bg.onMessage({ type: "get-report", payload: { tabId: 5 } }, popup)).resolves.toBeNull();
    expect(api.action.setBadgeText).toHaveBeenCalledWith({ tabId: 4, text: "6" });
  });

  it.each([
    ["unknown type", { type: "steal", payload: {} }, popup],
    ["payload of the wrong shape", { type: "get-report", payload: { tabId: "4" } }, popup],
    ["report with a malformed analysis", report({ ...doneReport(), analysis: { statements: "x" } } as unknown as TabReport), content(4)],
    ["report from another extension", report(doneReport()), { ...content(4), id: "evil@other" }],
    ["report from an extension page", report(doneReport()), popup],
    ["get-report from a content script (pages must not read other tabs)", { type: "get-report", payload: { tabId: 4 } }, content(9)],
    ["history-clear from a content script", { type: "history-clear", payload: {} }, content(9)],
    ["content-bound message sent to the background", { type: "toggle-marks", payload: {} }, popup],
    ["not an object", "report", content(4)],
  ])("ignores %s", async (_name, msg, sender) => {
    const { typed } = fakeBgApi();
    const bg = createBackground(typed);
    expect(bg.onMessage(msg, sender as Sender)).toBeUndefined();
    expect(await bg.store.get(4)).toBeNull();
  });

  it.each([
    ["defaults: read the page now", undefined, { never: false, runMode: "auto", marks: "quiet" }, { state: "analysing", progress: 0 }],
    ["full marks", { marks: "full" }, { never: false, runMode: "auto", marks: "full" }, { state: "analysing", progress: 0 }],
    ["on-click mode", { runMode: "click" }, { never: false, runMode: "click", marks: "quiet" }, { state: "idle", reason: "runs on click" }],
    ["a never-run site (a subdomain of one listed)", { neverSites: ["example"] }, { never: true, runMode: "auto", marks: "quiet" }, { state: "skipped", reason: "Whosaid never runs on this site (options)" }],
  ])("start: answers a content script from the settings (%s) and stores the tab's first report", async (_name, settings, answer, first) => {
    const { typed, api } = fakeBgApi();
    if (settings) await api.storage.local.set({ settings });
    const bg = createBackground(typed);
    // the page's own word on its URL is not taken: the browser's (sender.url) is
    await expect(bg.onMessage({ type: "start", payload: { url: "https://elsewhere.example/", title: "Pier" } }, content(4))).resolves.toEqual(answer);
    await new Promise((r) => setTimeout(r, 0));
    expect(await bg.store.get(4)).toEqual({ ...first, url: "https://news.example/pier", title: "Pier" });
  });

  it("start: not answered for an extension page, nor for a malformed request", async () => {
    const { typed } = fakeBgApi();
    const bg = createBackground(typed);
    expect(bg.onMessage({ type: "start", payload: { url: "https://news.example/pier", title: "Pier" } }, popup)).toBeUndefined();
    expect(bg.onMessage({ type: "start", payload: { url: 4, title: "Pier" } }, content(4))).toBeUndefined();
    expect(await bg.store.get(4)).toBeNull();
  });

  it("open-link opens the tab and, for a text-fragment link, asks its content script to scroll there once it has read the page", async () => {
    const { typed, api } = fakeBgApi();
    const bg = withEngine(typed);
    const url = "https://news.example/pier#:~:text=the%20pier,closed";
    await expect(bg.onMessage({ type: "open-link", payload: { url } }, popup)).resolves.toEqual({ ok: true });
    expect(api.tabs.create).toHaveBeenCalledWith({ url, active: true });
    // still analysing: not yet
    await bg.onMessage(report({ state: "analysing", url: "https://news.example/pier", title: "Pier" } as TabReport), content(77));
    expect(api.tabs.sendMessage).not.toHaveBeenCalled();
    await bg.onMessage(done(), content(77));
    await new Promise((r) => setTimeout(r, 0));
    expect(api.tabs.sendMessage).toHaveBeenCalledWith(77, { type: "scroll-to-text", payload: { directive: "the%20pier,closed" } });
    // once only
    await bg.onMessage(done(), content(77));
    await new Promise((r) => setTimeout(r, 0));
    expect(api.tabs.sendMessage).toHaveBeenCalledTimes(1);
  });

  it("open-link still scrolls when the new tab's page was read before tabs.create resolved", async () => {
    const { typed, api } = fakeBgApi();
    const bg = withEngine(typed);
    let release = (): void => undefined;
    api.tabs.create.mockImplementationOnce(async (o: { url: string }) => {
      await new Promise<void>((r) => (release = r));
      return { id: 77, url: o.url };
    });
    const opened = bg.onMessage({ type: "open-link", payload: { url: "https://news.example/pier#:~:text=the%20pier" } }, popup);
    await new Promise((r) => setTimeout(r, 0));
    await bg.onMessage(done(), content(77));
    expect(api.tabs.sendMessage).not.toHaveBeenCalled();
    release();
    await expect(opened).resolves.toEqual({ ok: true });
    await new Promise((r) => setTimeout(r, 0));
    expect(api.tabs.sendMessage).toHaveBeenCalledWith(77, { type: "scroll-to-text", payload: { directive: "the%20pier" } });
    expect(api.tabs.sendMessage).toHaveBeenCalledTimes(1);
  });

  it("open-link refuses what is not an http(s) link and comes only from our pages", async () => {
    const { typed, api } = fakeBgApi();
    const bg = createBackground(typed);
    expect(bg.onMessage({ type: "open-link", payload: { url: "javascript:alert(1)" } }, popup)).toBeUndefined();
    expect(bg.onMessage({ type: "open-link", payload: { url: "https://x.example/" } }, content(4))).toBeUndefined();
    expect(api.tabs.create).not.toHaveBeenCalled();
  });

  it("history messages answer empty results until the history store plugs in", async () => {
    const { typed } = fakeBgApi();
    const bg = createBackground(typed);
    const json = (await bg.onMessage({ type: "history-export", payload: { format: "json" } }, popup)) as { data: string; count: number };
    expect(JSON.parse(json.data)).toEqual([]);
    expect(json.count).toBe(0);
    const anno = (await bg.onMessage({ type: "history-export", payload: { format: "annotations" } }, popup)) as { data: string };
    expect(JSON.parse(anno.data)).toMatchObject({ type: "AnnotationCollection", total: 0 });
    await expect(bg.onMessage({ type: "history-clear", payload: {} }, popup)).resolves.toEqual({ ok: true, cleared: 0 });
  });

  it("handlers and report hooks can be extended (how the history store plugs in)", async () => {
    const { typed } = fakeBgApi();
    const bg = withEngine(typed);
    bg.handlers["history-clear"] = () => ({ ok: true, cleared: 42 });
    bg.reportHooks.push((r, tab) => ({ ...r, title: `${r.title} (tab ${tab.tabId})` }));
    bg.reportHooks.push(() => {
      throw new Error("broken hook must not lose the report");
    });
    await bg.onMessage(done(), content(4));
    expect((await bg.store.get(4))?.title).toBe("Pier safety disputed (tab 4)");
    await expect(bg.onMessage({ type: "history-clear", payload: {} }, popup)).resolves.toEqual({ ok: true, cleared: 42 });
  });
});

describe("analyze (the engine runs in the background)", () => {
  const TEXT = '"The pier is safe," said Mayor Ana Lund on Monday. Critics disagreed.';
  const ask = (text = TEXT) => ({ type: "analyze", payload: { text, url: "https://news.example/pier", title: "Pier" } });

  it("runs core's analyze, stores the tab's report through the hooks and answers the engine's own analysis", async () => {
    const { typed, api } = fakeBgApi();
    const bg = createBackground(typed);
    bg.reportHooks.push((r) => (r.analysis ? { ...r, analysis: { ...r.analysis, statements: r.analysis.statements.map((s) => ({ ...s, counter: [{ kind: "history" as const, label: "earlier" }] })) } } : r));
    const res = (await bg.onMessage(ask(), content(4))) as { analysis: Analysis };
    expect(res.analysis.statements.length).toBeGreaterThan(0);
    const s = res.analysis.statements[0]!;
    expect(TEXT.slice(s.content.start, s.content.end)).toBe(s.content.text);
    // what the history hook added stays in the extension (the popup reads the stored report): a
    // web page never gets anything about what was read on other sites
    expect(s.counter.some((c) => c.kind === "history")).toBe(false);
    const stored = await bg.store.get(4);
    expect(stored).toMatchObject({ state: "done", url: "https://news.example/pier", title: "Pier", text: TEXT });
    expect(stored?.analysis?.statements[0]?.counter).toEqual([{ kind: "history", label: "earlier" }]);
    expect(api.action.setBadgeText).toHaveBeenLastCalledWith({ tabId: 4, text: String(res.analysis.statements.length) });
  });

  it("the link providers ticked in the options decide the search links (issue 15 item 11)", async () => {
    const text = '"The pier is safe," said Mayor Ana Lund of the Harbor Board. The Fishers Union denied that the pier is safe, and the Fishers Union accused the Harbor Board of hiding the survey.';
    const hosts = async (providers: string[] | undefined) => {
      const { typed, api } = fakeBgApi();
      if (providers) await api.storage.local.set({ settings: { providers } });
      const bg = createBackground(typed);
      const res = (await bg.onMessage(ask(text), content(4))) as { analysis: Analysis };
      return new Set(res.analysis.statements.flatMap((s) => s.counter.filter((c) => c.kind === "search").map((c) => new URL(c.url!).host)));
    };
    const byDefault = await hosts(undefined);
    expect(byDefault.has("news.google.com")).toBe(true);
    const bingOnly = await hosts(["bing-news"]);
    expect([...bingOnly]).toEqual(["www.bing.com"]);
    expect((await hosts(["duckduckgo"])).has("news.google.com")).toBe(false);
  });

  it("an engine that throws is answered with an error, not silence", async () => {
    const { typed } = fakeBgApi();
    const bg = createBackground(typed, { analyze: () => { throw new Error("boom"); } });
    await expect(bg.onMessage(ask(), content(4))).resolves.toEqual({ error: "the engine failed: boom" });
    // nothing finished is stored: the tab stays "analysing" (half done, as when the text arrived)
    // until its content script reports the error it was answered
    expect(await bg.store.get(4)).toMatchObject({ state: "analysing", progress: 0.5 });
  });

  it.each([
    ["from the popup", ask(), popup],
    ["from another extension", ask(), { ...content(4), id: "evil@other" }],
    ["from a subframe", ask(), { ...content(4), frameId: 3 }],
    ["without text", { type: "analyze", payload: { url: "u", title: "t" } }, content(4)],
    ["with a text of the wrong type", { type: "analyze", payload: { text: 5, url: "u", title: "t" } }, content(4)],
  ])("refuses analyze %s", async (_name, msg, sender) => {
    const { typed } = fakeBgApi();
    const engine = vi.fn((): Analysis => ({ statements: [], parties: [], disputes: [], unnamedSources: [], timings: { ms: 0 } }));
    const bg = createBackground(typed, { analyze: engine });
    expect(bg.onMessage(msg, sender as Sender)).toBeUndefined();
    expect(engine).not.toHaveBeenCalled();
  });

  it("a text over the limit is answered 'too long' (a state the tab and the popup show), without running the engine", async () => {
    const { typed } = fakeBgApi();
    const engine = vi.fn((): Analysis => ({ statements: [], parties: [], disputes: [], unnamedSources: [], timings: { ms: 0 } }));
    const bg = createBackground(typed, { analyze: engine });
    const res = (await bg.onMessage(ask("x".repeat(2_000_001)), content(4))) as { error: string };
    expect(res.error).toMatch(/^too long/);
    expect(engine).not.toHaveBeenCalled();
    expect(await bg.store.get(4)).toMatchObject({ state: "error", reason: expect.stringMatching(/^too long/) });
  });
});

describe("report ordering", () => {
  it("a slow hook on an earlier report cannot overwrite a later one of the same tab", async () => {
    const { typed } = fakeBgApi();
    const bg = withEngine(typed);
    let release: () => void = () => undefined;
    const gate = new Promise<void>((r) => (release = r));
    let released = false;
    bg.reportHooks.push(async (r, tab) => {
      if (r.state === "done" && tab.tabId === 4) {
        released = true;
        await gate;
      }
      return r;
    });
    const first = bg.onMessage(done(), content(4));
    // the engine has run and the "done" report waits in tab 4's queue (on the hook)
    await vi.waitFor(() => expect(released).toBe(true));
    const second = bg.onMessage(report({ state: "analysing", url: "https://news.example/pier", title: "Pier" }), content(4));
    // another tab is not held up by tab 4's queue
    await bg.onMessage(done(), content(5));
    expect((await bg.store.get(5))?.state).toBe("done");
    release();
    await Promise.all([first, second]);
    expect((await bg.store.get(4))?.state).toBe("analysing");
  });
});

describe("the toolbar popup per tab", () => {
  it("carries the first screen's summary of a done report, and only the tab while it is analysed", async () => {
    const { typed, api } = fakeBgApi();
    const bg = withEngine(typed);
    await bg.onMessage(report({ state: "analysing", url: "https://news.example/pier", title: "Pier" }), content(4));
    expect(api.action.setPopup).toHaveBeenLastCalledWith({ tabId: 4, popup: "popup.html?tab=4" });
    await bg.onMessage(done(), content(4));
    const popupUrl = api.action.setPopup.mock.lastCall![0].popup;
    expect(popupUrl.startsWith("popup.html?tab=4#")).toBe(true);
    const stored = (await bg.store.get(4))!;
    expect(decodeSummary(popupUrl.split("#")[1]!)).toEqual(summarize(stored.analysis!, stored));
  });

  it("a changed report (a correction) changes the summary the popup carries", async () => {
    const { typed, api } = fakeBgApi();
    const bg = withEngine(typed);
    await bg.onMessage(done(), content(4));
    const r = (await bg.store.get(4))!;
    const corrected = { ...r, analysis: { ...r.analysis!, statements: r.analysis!.statements.slice(1) } };
    await bg.replaceReport(4, corrected);
    const popupUrl = api.action.setPopup.mock.lastCall![0].popup;
    expect(decodeSummary(popupUrl.split("#")[1]!)?.statements).toBe(r.analysis!.statements.length - 1);
  });

  it("a browser without per-tab popups (or a closed tab) costs nothing but the summary", async () => {
    const { typed, api } = fakeBgApi();
    api.action.setPopup.mockRejectedValue(new Error("No tab with id: 4"));
    const bg = withEngine(typed);
    await bg.onMessage(done(), content(4));
    expect(await bg.onMessage({ type: "get-report", payload: { tabId: 4 } }, popup)).toEqual(doneReport());
    expect(api.action.setBadgeText).toHaveBeenLastCalledWith({ tabId: 4, text: "6" });
  });
});

describe("tab lifecycle", () => {
  it("a restarted worker still knows the reports (storage.session)", async () => {
    const first = fakeBgApi();
    await withEngine(first.typed).onMessage(done(), content(4));
    const restarted = fakeBgApi(first.session);
    const bg = createBackground(restarted.typed);
    expect(await bg.onMessage({ type: "get-report", payload: { tabId: 4 } }, popup)).toEqual(doneReport());
  });

  it("forgets a tab's report when it navigates or closes, keeps it on a fragment change", async () => {
    const { typed, fire, api } = fakeBgApi();
    const bg = startBackground(typed, { analyze: () => structuredClone(doneReport().analysis!) });
    await bg.onMessage(done(), content(4));
    await bg.onMessage(done(), content(5));
    await fire("updated", 4, { url: "https://news.example/pier#:~:text=safe" });
    expect(await bg.store.get(4)).not.toBeNull();
    await fire("updated", 4, { status: "loading", url: "https://news.example/other" });
    expect(await bg.store.get(4)).toBeNull();
    expect(api.action.setBadgeText).toHaveBeenLastCalledWith({ tabId: 4, text: "" });
    // the toolbar popup no longer carries the old page's summary
    expect(api.action.setPopup).toHaveBeenLastCalledWith({ tabId: 4, popup: "popup.html?tab=4" });
    await fire("removed", 5, {});
    expect(await bg.store.get(5)).toBeNull();
  });

  it("the toggle-marks command goes to the active tab", async () => {
    const { typed, fire, api } = fakeBgApi();
    startBackground(typed);
    await fire("command", "toggle-marks");
    expect(api.tabs.query).toHaveBeenCalledWith({ active: true, lastFocusedWindow: true });
    expect(api.tabs.sendMessage).toHaveBeenCalledWith(3, { type: "toggle-marks", payload: {} });
    await fire("command", "something-else");
    expect(api.tabs.sendMessage).toHaveBeenCalledTimes(1);
  });
});

describe("helpers", () => {
  it.each([
    [null, ""],
    [{ state: "analysing", url: "", title: "" }, "…"],
    [{ state: "skipped", url: "", title: "" }, ""],
    [doneReport(), "6"],
  ] as [TabReport | null, string][])("badge for %o is %s", (r, text) => expect(badgeText(r)).toBe(text));

  it.each([
    [{ status: "loading" }, true],
    [{ status: "complete" }, false],
    [{ url: "https://news.example/pier#top" }, false],
    [{ url: "https://news.example/pier?page=2" }, true],
    [{ title: "New title" }, false],
  ])("change %o is a navigation: %s", (change, nav) => expect(isNavigation(change as { url?: string; status?: string }, doneReport())).toBe(nav));
});

describe("first run", () => {
  it("opens the first-run page once on a real install, never on an update or a temporary load", async () => {
    for (const [details, opens] of [
      [{ reason: "install" }, true],
      [{ reason: "update" }, false],
      [{ reason: "install", temporary: true }, false],
    ] as const) {
      const { typed, api, fire } = fakeBgApi();
      startBackground(typed);
      await fire("installed", details);
      await new Promise((r) => setTimeout(r, 0));
      if (opens) expect(api.tabs.create).toHaveBeenCalledWith({ url: "chrome-extension://whosaid/onboarding.html", active: true });
      else expect(api.tabs.create).not.toHaveBeenCalled();
    }
  });
});
