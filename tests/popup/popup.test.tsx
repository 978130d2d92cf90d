// @vitest-environment jsdom
// The popup in each state a reader can meet, rendered with a fake browser API.
import { act, cleanup, fireEvent, render, screen, waitFor, within } from "@testing-library/preact";
import { afterEach, describe, expect, it, vi } from "vitest";

// the real wrapper loads webextension-polyfill, which refuses to run outside an extension
vi.mock("../../src/shared/browser", () => ({ ext: {} }));
import { App, firstFromAddress, type Loaded } from "../../src/popup/App";
import { popupPath, summarize } from "../../src/shared/summary";
import type { PopupApi } from "../../src/popup/api";
import type { TabReport } from "../../src/shared/messages";
import { analysis, doneReport, fakeArea, fakePopupApi } from "./fixtures";

afterEach(cleanup);

function show(reports: Record<number, TabReport | null>, extra: Parameters<typeof fakePopupApi>[0] = {}, search = "?tab=5") {
  const api = fakePopupApi({ reports, ...extra });
  render(<App api={api as unknown as PopupApi} search={search} pollMs={10} />);
  return api;
}

describe("popup states", () => {
  it("shows the report of the tab named in ?tab=", async () => {
    const api = show({ 5: doneReport() });
    await screen.findByRole("heading", { name: "Who speaks, for which side" });
    expect(api.runtime.sendMessage).toHaveBeenCalledWith({ type: "get-report", payload: { tabId: 5 } });
    expect(api.tabs.query).not.toHaveBeenCalled();
    expect(screen.getByText("Pier safety disputed")).toBeTruthy();
  });

  it("falls back to the active tab without ?tab=", async () => {
    const api = show({ 9: doneReport() }, { activeTab: 9 }, "");
    await screen.findByRole("heading", { name: "Who speaks, for which side" });
    expect(api.runtime.sendMessage).toHaveBeenCalledWith({ type: "get-report", payload: { tabId: 9 } });
  });

  it("reads the report from storage.session when it can, without messaging the background", async () => {
    const api = fakePopupApi({ reports: {} });
    (api.storage as Record<string, unknown>).session = fakeArea({ "tab:5": doneReport() });
    render(<App api={api as unknown as PopupApi} search="?tab=5" pollMs={10} />);
    await screen.findByRole("heading", { name: "Who speaks, for which side" });
    expect(api.runtime.sendMessage).not.toHaveBeenCalled();
  });

  it("follows the tab live: a new report in storage.session replaces the shown one", async () => {
    const api = fakePopupApi({ reports: { 5: doneReport() } });
    const listeners: ((c: Record<string, { newValue?: unknown }>, area: string) => void)[] = [];
    (api.storage as Record<string, unknown>).onChanged = {
      addListener: (f: (typeof listeners)[number]) => listeners.push(f),
      removeListener: (f: (typeof listeners)[number]) => listeners.splice(listeners.indexOf(f), 1),
    };
    render(<App api={api as unknown as PopupApi} search="?tab=5" pollMs={10} />);
    await screen.findByRole("heading", { name: "Who speaks, for which side" });
    await waitFor(() => expect(listeners.length).toBe(1));
    // another tab's change and another area are not ours
    act(() => listeners[0]!({ "tab:6": { newValue: { state: "error", url: "", title: "" } } }, "session"));
    act(() => listeners[0]!({ "tab:5": { newValue: { state: "error", url: "", title: "" } } }, "local"));
    expect(screen.getByRole("heading", { name: "Who speaks, for which side" })).toBeTruthy();
    act(() => listeners[0]!({ "tab:5": { newValue: { state: "error", url: "u", title: "t", reason: "Page changed." } } }, "session"));
    await screen.findByRole("heading", { name: "Whosaid could not read this page" });
    // the tab navigated: its report is removed
    act(() => listeners[0]!({ "tab:5": {} }, "session"));
    await screen.findByRole("heading", { name: "This page has not been analysed" });
  });

  it("a malformed report in storage.session is ignored in favour of the background's answer", async () => {
    const api = fakePopupApi({ reports: { 5: doneReport() } });
    (api.storage as Record<string, unknown>).session = fakeArea({ "tab:5": { state: "done", analysis: "<script>" } });
    render(<App api={api as unknown as PopupApi} search="?tab=5" pollMs={10} />);
    await screen.findByRole("heading", { name: "Who speaks, for which side" });
    expect(api.runtime.sendMessage).toHaveBeenCalledWith({ type: "get-report", payload: { tabId: 5 } });
  });

  it("analysing: shows progress and then the result when it arrives", async () => {
    const api = show({ 5: { state: "analysing", url: "https://news.example/pier", title: "Pier", progress: 0.4 } });
    const bar = await screen.findByRole("progressbar", { name: "Analysis progress" });
    expect(bar.getAttribute("value")).toBe("0.4");
    expect(screen.getByText("40% done")).toBeTruthy();
    api.setReport(5, doneReport());
    await screen.findByRole("heading", { name: "Who speaks, for which side" });
  });

  it("not an article: explains, and 'Analyse anyway' asks the content script", async () => {
    const api = show({ 5: { state: "skipped", url: "https://shop.example/", title: "Shop", reason: "No article found on this page." } });
    await screen.findByRole("heading", { name: "This does not look like a news article" });
    expect(screen.getByText("No article found on this page.")).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "Analyse anyway" }));
    await waitFor(() => expect(api.tabs.sendMessage).toHaveBeenCalledWith(5, { type: "analyze-now", payload: {} }));
    await screen.findByRole("progressbar");
    // the old "skipped" report, polled again before the run reports, does not flip the view back
    await waitFor(() => expect(api.runtime.sendMessage.mock.calls.length).toBeGreaterThan(3));
    expect(screen.getByRole("progressbar")).toBeTruthy();
    expect(screen.queryByRole("button", { name: "Analyse anyway" })).toBeNull();
    api.setReport(5, doneReport());
    await screen.findByRole("heading", { name: "Who speaks, for which side" });
  });

  it("a never-run site says so (not 'not an article'), and can still be analysed once", async () => {
    const api = show(
      { 5: { state: "skipped", url: "https://www.example.com/story", title: "Story", reason: "never runs here" } },
      { settings: { neverSites: ["example.com"] } },
    );
    await screen.findByRole("heading", { name: "Whosaid never runs on this site" });
    fireEvent.click(screen.getByRole("button", { name: "Analyse anyway" }));
    await waitFor(() => expect(api.tabs.sendMessage).toHaveBeenCalledWith(5, { type: "analyze-now", payload: {} }));
  });

  it("nothing attributed found", async () => {
    const a = analysis();
    show({ 5: doneReport({ ...a, statements: [], parties: [], disputes: [], unnamedSources: [] }) });
    await screen.findByRole("heading", { name: "Nothing attributed found" });
    expect(screen.queryByRole("button", { name: /marks/ })).toBeNull();
  });

  it("could not be read: shows why", async () => {
    show({ 5: { state: "error", url: "https://news.example/x", title: "X", reason: "The article text could not be mapped to the page." } });
    await screen.findByRole("heading", { name: "Whosaid could not read this page" });
    expect(screen.getByText("The article text could not be mapped to the page.")).toBeTruthy();
    expect(screen.getByRole("button", { name: "Try again" })).toBeTruthy();
  });

  it("on-click mode with no content script: injects content.js, then asks it to analyse", async () => {
    const api = show({ 5: null }, { settings: { runMode: "click" }, contentThere: false });
    await screen.findByRole("heading", { name: "Whosaid runs only when you ask" });
    fireEvent.click(screen.getByRole("button", { name: "Analyse this page" }));
    await waitFor(() => expect(api.scripting.executeScript).toHaveBeenCalledWith({ target: { tabId: 5 }, files: ["content.js"] }));
    await waitFor(() => expect(api.tabs.sendMessage).toHaveBeenCalledWith(5, { type: "analyze-now", payload: {} }));
  });

  it("on-click mode is known even when the first load had a report and skipped the settings", async () => {
    const api = show({ 5: { state: "analysing", url: "https://news.example/pier", title: "Pier" } }, { settings: { runMode: "click" } });
    await screen.findByRole("progressbar");
    api.setReport(5, { state: "idle", url: "https://news.example/pier", title: "Pier" });
    await screen.findByRole("heading", { name: "Whosaid runs only when you ask" });
  });

  it("a page where nothing can run (injection refused) says so", async () => {
    const api = show({ 5: null }, { contentThere: false });
    api.scripting.executeScript.mockRejectedValueOnce(new Error("Cannot access a chrome:// URL"));
    await screen.findByRole("heading", { name: "This page has not been analysed" });
    fireEvent.click(screen.getByRole("button", { name: "Analyse this page" }));
    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toContain("Cannot access a chrome:// URL");
  });

  it("a report that fails validation is not rendered", async () => {
    const bad = { ...doneReport(), analysis: { statements: [{ content: 5 }] } } as unknown as TabReport;
    show({ 5: bad });
    await screen.findByRole("heading", { name: "This page has not been analysed" });
  });
});

describe("the report", () => {
  it("summary first: sides with their members and how much they say, neutral and unnamed voices apart", async () => {
    show({ 5: doneReport() });
    const voice = await screen.findByRole("region", { name: "Who speaks, for which side" });
    const row = within(voice).getByRole("row", { name: /Harbour Authority/ });
    expect(row.textContent).toContain("Dana Pike");
    const cells = within(row).getAllByRole("cell");
    expect(cells[0]!.textContent).toBe("4");
    expect(cells[1]!.textContent).toBe("5"); // "We inspected every beam twice," is the only quote
    expect(within(voice).getByRole("row", { name: /Shore Watch/ })).toBeTruthy();
    // the anonymous officials are an unnamed voice, never "No party"
    expect(within(voice).getByRole("row", { name: /Unnamed sources/ })).toBeTruthy();
    expect(document.body.textContent).not.toContain("No party");
    expect(screen.getByText(/6 statements · 3 sides \(1 not heard\) · 2 unnamed sources/)).toBeTruthy();
  });

  it("a side accused and never heard, with links to find its own words", async () => {
    show({ 5: doneReport() });
    const sec = await screen.findByRole("region", { name: "Accused and not heard" });
    const item = sec.querySelector('li[data-party="beamco"]')!;
    expect(item.textContent).toContain("Beamco is accused by Harbour Authority and never quoted.");
    expect(within(item as HTMLElement).getByRole("link", { name: /fact-check search/ }).getAttribute("href")).toContain("toolbox.google.com");
  });

  it("where the sides answer each other: each exchange scrolls the page to it", async () => {
    const api = show({ 5: doneReport() });
    const sec = await screen.findByRole("region", { name: "Where the sides answer each other" });
    fireEvent.click(within(sec).getByRole("button", { name: "Harbour Authority denies what Shore Watch said" }));
    await waitFor(() => expect(api.tabs.sendMessage).toHaveBeenCalledWith(5, { type: "scroll-to-statement", payload: { index: 4 } }));
    expect(within(sec).getByRole("button", { name: "Harbour Authority accuses Beamco" })).toBeTruthy();
  });

  it("statements grouped by side, one line each, expandable with plain labels and why they were marked", async () => {
    show({ 5: doneReport() });
    const parties = await screen.findByRole("region", { name: "Statements by side" });
    const harbour = within(parties).getByRole("region", { name: /Harbour Authority/ });
    const lines = [...harbour.querySelectorAll("li.statement")];
    expect(lines).toHaveLength(4);
    const pike = lines.find((li) => li.textContent?.includes("Dana Pike"))!;
    expect(pike.querySelector("summary")!.textContent).toBe("Dana Pike: We inspected every beam twice,");
    expect(pike.querySelector(".labels")!.textContent).toBe("named person · direct quote");
    expect(pike.querySelector(".why")!.textContent).toContain("the words are in quotation marks");
    const shore = within(parties).getByRole("region", { name: /Shore Watch/ });
    expect(shore.querySelector(".labels")!.textContent).toBe("named organisation · paraphrase · allegation · loaded word “so-called”");
    // raw labels never reach the reader
    expect(document.body.textContent).not.toMatch(/named-organization|named-person|\bnone\b/);
  });

  it("each side's links show once, not under every statement", async () => {
    const a = analysis();
    for (const i of [0, 1, 4]) {
      a.statements[i]!.counter.push(
        { kind: "search", label: "Shore Watch: Google News", url: `https://news.google.com/search?q=Shore+Watch+${i}` },
        { kind: "search", label: "Shore Watch: Fact Check Explorer", url: `https://toolbox.google.com/factcheck/explorer/search/Shore%20Watch%20${i}` },
      );
    }
    show({ 5: doneReport(a) });
    const parties = await screen.findByRole("region", { name: "Statements by side" });
    const harbour = within(parties).getByRole("region", { name: /Harbour Authority/ });
    expect(within(harbour).getAllByRole("link", { name: /Shore Watch: Google News/ })).toHaveLength(1);
    expect(within(harbour).getAllByRole("link", { name: /Shore Watch: Fact Check Explorer/ })).toHaveLength(1);
  });

  it("unnamed sources, speaking or only mentioned", async () => {
    show({ 5: doneReport() });
    const sec = await screen.findByRole("region", { name: "Unnamed sources" });
    expect(within(sec).getByText("“Officials speaking on condition of anonymity”")).toBeTruthy();
    expect(within(sec).getByText("“anonymous eyewitnesses”")).toBeTruthy();
    expect(within(sec).getAllByRole("listitem")).toHaveLength(2);
  });

  it("the writer's loaded words, with the phrase each one frames", async () => {
    show({ 5: doneReport() });
    const sec = await screen.findByRole("region", { name: "Loaded words" });
    const items = within(sec).getAllByRole("listitem");
    expect(items).toHaveLength(1);
    expect(items[0]!.textContent).toBe("so-called “a so-called residents' group”");
  });

  it("an analysis stored before loaded words existed shows no such section", async () => {
    const { loadedWords: _dropped, ...older } = analysis();
    show({ 5: doneReport(older) });
    await screen.findByRole("region", { name: "Unnamed sources" });
    expect(screen.queryByRole("region", { name: "Loaded words" })).toBeNull();
  });

  it("in-article answers and 'show on the page' ask the tab to scroll", async () => {
    const api = show({ 5: doneReport() });
    const parties = await screen.findByRole("region", { name: "Statements by side" });
    const shore = within(parties).getByRole("region", { name: /Shore Watch/ });
    fireEvent.click(shore.querySelector<HTMLButtonElement>(".counter-in-article")!);
    await waitFor(() => expect(api.tabs.sendMessage).toHaveBeenCalledWith(5, { type: "scroll-to-statement", payload: { index: 4 } }));
    fireEvent.click(within(shore).getByRole("button", { name: "Show on the page: Shore Watch", hidden: true }));
    await waitFor(() => expect(api.tabs.sendMessage).toHaveBeenCalledWith(5, { type: "scroll-to-statement", payload: { index: 2 } }));
  });

  it("outbound links open in a new tab; only http(s) URLs become links; earlier answers per side", async () => {
    const api = show({ 5: doneReport() });
    const parties = await screen.findByRole("region", { name: "Statements by side" });
    const shore = within(parties).getByRole("region", { name: /Shore Watch/ });
    const link = within(shore).getByRole("link", { name: /Harbour Authority on Google News/ });
    expect(link.getAttribute("href")).toBe("https://news.google.com/search?q=Harbour+Authority+inspection");
    expect(link.getAttribute("rel")).toContain("noopener");
    fireEvent.click(link);
    await waitFor(() => expect(api.tabs.create).toHaveBeenCalledWith({ url: "https://news.google.com/search?q=Harbour+Authority+inspection", active: true }));
    expect(screen.queryByText("Evil link")).toBeNull();
    expect(document.querySelector('a[href^="javascript"]')).toBeNull();
    const earlier = screen.getAllByRole("list", { name: "The other side in articles you read earlier" })[0]!;
    const hist = within(earlier).getByRole("link", { name: /Beamco said earlier/ });
    expect(hist.getAttribute("href")).toContain("#:~:text=");
    expect(hist.classList.contains("counter-history")).toBe(true);
  });

  it("a long article: the first statements come first, every statement follows", async () => {
    const a = analysis();
    const extra = Array.from({ length: 20 }, () => structuredClone(a.statements[0]!));
    a.statements.push(...extra);
    show({ 5: doneReport(a) });
    await screen.findByRole("heading", { name: "Who speaks, for which side" });
    await waitFor(() => expect(document.querySelector(".report[data-complete]")).not.toBeNull());
    expect(document.querySelectorAll(".parties li.statement")).toHaveLength(26);
    expect(screen.getByRole("region", { name: "Unnamed sources" })).toBeTruthy();
  });

  it("page text is shown as text, never as markup", async () => {
    const a = analysis();
    a.statements[0]!.content = { ...a.statements[0]!.content, text: '<img src=x onerror="alert(1)"> safe' };
    a.parties[0]!.name = "<b>Harbour</b>";
    show({ 5: doneReport(a) });
    await screen.findByRole("heading", { name: "Who speaks, for which side" });
    expect(document.querySelector("img")).toBeNull();
    expect(document.querySelector("b")).toBeNull();
    expect(document.body.textContent).toContain('<img src=x onerror="alert(1)"> safe');
  });

  it("the marks toggle sends toggle-marks and reflects the answer", async () => {
    const api = show({ 5: doneReport() });
    const btn = await screen.findByRole("button", { name: "Hide marks" });
    expect(btn.getAttribute("aria-pressed")).toBe("true");
    fireEvent.click(btn);
    await waitFor(() => expect(api.tabs.sendMessage).toHaveBeenCalledWith(5, { type: "toggle-marks", payload: { on: false } }));
    await screen.findByRole("button", { name: "Show marks" });
  });

  it("marks hidden on the page (the keyboard shortcut) show as hidden when the popup opens", async () => {
    const api = show({ 5: doneReport() }, { marksOn: false });
    const btn = await screen.findByRole("button", { name: "Show marks" }, { timeout: 5000 });
    expect(api.tabs.sendMessage).toHaveBeenCalledWith(5, { type: "marks-state", payload: {} });
    expect(btn.getAttribute("aria-pressed")).toBe("false");
    fireEvent.click(btn);
    await waitFor(() => expect(api.tabs.sendMessage).toHaveBeenCalledWith(5, { type: "toggle-marks", payload: { on: true } }));
    await screen.findByRole("button", { name: "Hide marks" });
  });

  it("options and help are one click away", async () => {
    const api = show({ 5: doneReport() });
    fireEvent.click(await screen.findByRole("button", { name: "Options" }));
    await waitFor(() => expect(api.runtime.openOptionsPage).toHaveBeenCalled());
    fireEvent.click(screen.getByRole("button", { name: "Help" }));
    expect(screen.getByRole("region", { name: "Help" }).textContent).toContain("nothing about what you read leaves it");
  });

  it("a page that hides or removes Whosaid's overlay: the popup says so", async () => {
    const api = show({ 5: doneReport() });
    (api.tabs.sendMessage as unknown as { mockImplementation(f: (id: number, m: { type: string }) => Promise<unknown>): void }).mockImplementation(async (_id, m) =>
      m.type === "marks-state" ? { on: true, tampered: "the page removed Whosaid's overlay" } : { ok: true });
    cleanup();
    render(<App api={api as unknown as PopupApi} search="?tab=5" pollMs={10} />);
    expect((await screen.findByRole("alert")).textContent).toContain("the page removed Whosaid's overlay");
  });

  it("every control is a native button, link or disclosure with an accessible name (keyboard reachable)", async () => {
    show({ 5: doneReport() });
    await screen.findByRole("heading", { name: "Who speaks, for which side" });
    expect(document.querySelectorAll("[tabindex]:not(h2), [role=button]").length).toBe(0);
    for (const el of document.querySelectorAll("button, a, summary")) {
      expect(el.getAttribute("tabindex")).not.toBe("-1");
      expect((el.textContent ?? "").trim().length + (el.getAttribute("aria-label") ?? "").length).toBeGreaterThan(0);
    }
  });

  it("the popup's side colours are the page's (one palette)", async () => {
    const { readFileSync } = await import("node:fs");
    const { PARTY_HEX, NEUTRAL_HEX } = await import("../../src/shared/palette");
    const css = readFileSync("src/popup/popup.css", "utf8");
    const root = css.slice(0, css.indexOf("@media"));
    PARTY_HEX.forEach((hex, i) => expect(root).toContain(`--p${i}: ${hex};`));
    expect(root).toContain(`--pnone: ${NEUTRAL_HEX};`);
  });
});

describe("the first screen from the popup's address (the toolbar button's popup for a tab with a report)", () => {
  const address = () => popupPath(5, doneReport());
  const firstOf = (path = address()) => firstFromAddress(path.slice(path.indexOf("?"), path.indexOf("#")), path.slice(path.indexOf("#")));
  /** The summary sections' markup: what the first screen shows, with or without the stored report. */
  const firstScreen = () =>
    [".popup > header", ".page-title", ".report > .summary", ".voice", ".one-sided", ".exchanges", ".legend"].map((sel) => document.querySelector(sel)?.outerHTML ?? `none: ${sel}`);

  it("reads the tab and the summary from the address; nothing without both, or when malformed", () => {
    const f = firstOf()!;
    expect(f.tabId).toBe(5);
    expect(f.summary).toEqual(summarize(analysis(), doneReport()));
    expect(f.report).toEqual({ state: "done", url: "https://news.example/pier", title: "Pier safety disputed" });
    expect(firstFromAddress("", address().slice(address().indexOf("#")))).toBeNull();
    expect(firstFromAddress("?tab=5", "")).toBeNull();
    expect(firstFromAddress("?tab=5", "#not-a-summary")).toBeNull();
    expect(firstFromAddress("?tab=x5", address().slice(address().indexOf("#")))).toBeNull();
  });

  it("draws the first screen in the first render, the same as the full report's, then the statements from the stored report", async () => {
    // the reference: the full report's first screen
    const ref = fakePopupApi({ reports: { 5: doneReport() } });
    render(<App api={ref as unknown as PopupApi} search="?tab=5" pollMs={10} />);
    await screen.findByRole("heading", { name: "Statements by side" });
    const full = firstScreen();
    cleanup();

    const api = fakePopupApi({ reports: { 5: doneReport() } });
    let answer!: (l: Loaded) => void;
    const initial = new Promise<Loaded>((r) => (answer = r));
    render(<App api={api as unknown as PopupApi} search="?tab=5" pollMs={10} initial={initial} first={firstOf()} />);
    // synchronously, before anything is read
    expect(screen.getByRole("heading", { name: "Who speaks, for which side" })).toBeTruthy();
    expect(performance.getEntriesByName("whosaid:first-render").length).toBeGreaterThan(0);
    expect(firstScreen()).toEqual(full);
    expect(document.querySelector(".parties")).toBeNull();
    // no "skip to the statements" link while its target is not drawn
    expect(screen.queryByRole("link", { name: "Skip to the statements" })).toBeNull();
    expect(document.querySelector(".popup")?.getAttribute("aria-busy")).toBe("false");
    // the exchanges already scroll the page
    fireEvent.click(screen.getByRole("button", { name: "Harbour Authority accuses Beamco" }));
    await waitFor(() => expect(api.tabs.sendMessage).toHaveBeenCalledWith(5, { type: "scroll-to-statement", payload: { index: 5 } }));

    await act(async () => answer({ tabId: 5, report: doneReport(), settings: null }));
    await screen.findByRole("heading", { name: "Statements by side" });
    await waitFor(() => expect(document.querySelector(".report[data-complete]")).not.toBeNull());
    expect(firstScreen()).toEqual(full);
    expect(document.querySelectorAll(".parties li.statement").length).toBe(6);
    // every in-page link has its target once the statements are drawn
    const skip = screen.getByRole("link", { name: "Skip to the statements" });
    expect(document.getElementById(skip.getAttribute("href")!.slice(1))).not.toBeNull();
  });

  it("page text in the summary is shown as text, never as markup", () => {
    const a = analysis();
    a.parties[0] = { ...a.parties[0]!, name: '<img src=x onerror="window.__pwned=1">Harbour' };
    a.statements[1] = { ...a.statements[1]!, speaker: "<b>Dana</b>" };
    const path = popupPath(5, doneReport(a));
    render(<App api={fakePopupApi({ reports: {} }) as unknown as PopupApi} search="?tab=5" pollMs={10} initial={new Promise(() => undefined)} first={firstOf(path)} />);
    expect(document.querySelector(".voice img, .voice b")).toBeNull();
    expect(document.querySelector(".voice")?.textContent).toContain('<img src=x onerror="window.__pwned=1">Harbour');
    expect(document.querySelector(".voice")?.textContent).toContain("<b>Dana</b>");
  });

  it("the stored report wins when it says something else (the page was re-analysed, or is gone)", async () => {
    const api = fakePopupApi({ reports: {} });
    let answer!: (l: Loaded) => void;
    const initial = new Promise<Loaded>((r) => (answer = r));
    render(<App api={api as unknown as PopupApi} search="?tab=5" pollMs={10} initial={initial} first={firstOf()} />);
    expect(screen.getByRole("heading", { name: "Who speaks, for which side" })).toBeTruthy();
    await act(async () => answer({ tabId: 5, report: null, settings: null }));
    expect(await screen.findByText("This page has not been analysed")).toBeTruthy();
    expect(document.querySelector(".voice")).toBeNull();
  });

  it("a report that comes in live before the stored one is read is not overwritten by the older read", async () => {
    const api = fakePopupApi({ reports: { 5: doneReport() } });
    const listeners: ((c: Record<string, { newValue?: unknown }>, area: string) => void)[] = [];
    (api.storage as Record<string, unknown>).onChanged = {
      addListener: (f: (typeof listeners)[number]) => listeners.push(f),
      removeListener: (f: (typeof listeners)[number]) => listeners.splice(listeners.indexOf(f), 1),
    };
    let answer!: (l: Loaded) => void;
    const initial = new Promise<Loaded>((r) => (answer = r));
    render(<App api={api as unknown as PopupApi} search="?tab=5" pollMs={10} initial={initial} first={firstOf()} />);
    await waitFor(() => expect(listeners.length).toBe(1));
    const rerun: TabReport = { state: "analysing", url: "https://news.example/pier", title: "Pier safety disputed", progress: 0.5 };
    act(() => listeners[0]!({ "tab:5": { newValue: rerun } }, "session"));
    await screen.findByText("Analysing…");
    await act(async () => answer({ tabId: 5, report: doneReport(), settings: null }));
    expect(screen.getByText("Analysing…")).toBeTruthy();
  });
});
