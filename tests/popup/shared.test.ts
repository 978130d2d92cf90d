// The message map's validation and the settings schema: what arrives or is stored is checked
// before anyone uses it.
import { describe, expect, it } from "vitest";
import { isAnalysis, isMessage, isTabReport } from "../../src/shared/messages";
import {
  DEFAULT_SETTINGS, isNeverSite, loadSettings, normaliseSettings, normaliseSite, saveSettings, type Settings,
} from "../../src/shared/settings";
import type { Ext } from "../../src/shared/browser";
import { analysis, doneReport, fakeArea } from "./fixtures";

describe("isMessage", () => {
  it.each([
    [{ type: "report", payload: doneReport() }, true],
    [{ type: "report", payload: { state: "analysing", url: "u", title: "t", progress: 0.5 } }, true],
    [{ type: "report", payload: { state: "weird", url: "u", title: "t" } }, false],
    [{ type: "report", payload: { state: "done", url: 1, title: "t" } }, false],
    [{ type: "get-report", payload: { tabId: 3 } }, true],
    [{ type: "get-report", payload: { tabId: 3.5 } }, false],
    [{ type: "get-report", payload: {} }, false],
    [{ type: "analyze-now", payload: {} }, true],
    [{ type: "analyze-now", payload: { evil: 1 } }, false],
    [{ type: "toggle-marks", payload: {} }, true],
    [{ type: "toggle-marks", payload: { on: "yes" } }, false],
    [{ type: "scroll-to-statement", payload: { index: 2 } }, true],
    [{ type: "scroll-to-statement", payload: { index: -1 } }, false],
    [{ type: "history-export", payload: { format: "annotations" } }, true],
    [{ type: "history-export", payload: { format: "csv" } }, false],
    [{ type: "history-clear", payload: {} }, true],
    [{ type: "toString", payload: {} }, false],
    [{ type: "report" }, false],
    [{ type: "report", payload: [] }, false],
    [null, false],
    ["report", false],
  ])("%j -> %s", (m, ok) => expect(isMessage(m)).toBe(ok));
});

describe("isAnalysis / isTabReport", () => {
  it("accepts a well-formed analysis", () => expect(isAnalysis(analysis())).toBe(true));
  it("accepts one stored before loaded words existed", () => {
    const { loadedWords: _dropped, ...older } = analysis();
    expect(isAnalysis(older)).toBe(true);
  });
  it.each<[string, (a: ReturnType<typeof analysis>) => void]>([
    ["bad mode", (a) => ((a.statements[0] as { mode: string }).mode = "shouted")],
    ["span without text", (a) => ((a.statements[0]!.content as { text?: string }).text = undefined)],
    ["counter of unknown kind", (a) => ((a.statements[0]!.counter[0] as { kind: string }).kind = "ad")],
    ["party without aliases", (a) => ((a.parties[0] as { aliases?: string[] }).aliases = undefined)],
    ["dispute of unknown kind", (a) => ((a.disputes[0] as { kind: string }).kind = "war")],
    ["labels not strings", (a) => ((a.statements[0]!.labels as unknown[]) = [1])],
    ["loaded word without its phrase", (a) => ((a.loadedWords![0] as { phrase?: unknown }).phrase = undefined)],
    ["loaded words not a list", (a) => ((a as { loadedWords?: unknown }).loadedWords = "so-called")],
  ])("refuses %s", (_n, breakIt) => {
    const a = analysis();
    breakIt(a);
    expect(isAnalysis(a)).toBe(false);
    expect(isTabReport(doneReport(a))).toBe(false);
  });
});

describe("settings", () => {
  it.each([
    ["https://www.Example.com/news/1", "www.example.com"],
    ["*.example.org", "example.org"],
    ["example.net:8080", "example.net"],
    ["  news.example.  ", "news.example"],
    ["not a host!", null],
    ["", null],
  ])("normaliseSite(%j) = %j", (input, out) => expect(normaliseSite(input)).toBe(out));

  it("normalises anything stored into valid settings", () => {
    expect(normaliseSettings(undefined)).toEqual(DEFAULT_SETTINGS);
    expect(normaliseSettings("garbage")).toEqual(DEFAULT_SETTINGS);
    const s = normaliseSettings({
      runMode: "click", neverSites: ["Example.com", 5, "example.com", "bad host"], providers: ["bing-news", "nope", "bing-news"],
      marks: "loud", history: { enabled: false, maxStatements: 10, maxAgeDays: 1e9 }, extra: 1,
    });
    expect(s).toEqual({
      runMode: "click", neverSites: ["example.com"], providers: ["bing-news"], marks: "quiet",
      history: { enabled: false, maxStatements: 100, maxAgeDays: 3650 },
    });
  });

  it.each([
    ["https://example.com/a", true],
    ["https://news.example.com/a", true],
    ["https://notexample.com/a", false],
    ["about:blank", false],
  ])("isNeverSite(%s)", (url, never) => expect(isNeverSite(url, { neverSites: ["example.com"] })).toBe(never));

  it("round-trips through storage.sync, and falls back to storage.local without it", async () => {
    const sync = fakeArea();
    const local = fakeArea();
    const withSync = { storage: { sync, local } } as unknown as Pick<Ext, "storage">;
    const want: Settings = { ...DEFAULT_SETTINGS, runMode: "click", neverSites: ["example.com"] };
    await saveSettings(withSync, want);
    expect(sync.data.settings).toEqual(want);
    expect(await loadSettings(withSync)).toEqual(want);
    const noSync = { storage: { local } } as unknown as Pick<Ext, "storage">;
    await saveSettings(noSync, want);
    expect(local.data.settings).toEqual(want);
    expect(await loadSettings(noSync)).toEqual(want);
  });

  it("falls back to storage.local when sync throws", async () => {
    const local = fakeArea({ settings: { runMode: "click" } });
    const broken = { get: async () => { throw new Error("sync disabled"); }, set: async () => { throw new Error("quota"); } };
    const api = { storage: { sync: broken, local } } as unknown as Pick<Ext, "storage">;
    expect((await loadSettings(api)).runMode).toBe("click");
    await saveSettings(api, { ...DEFAULT_SETTINGS, runMode: "auto" });
    expect((local.data.settings as Settings).runMode).toBe("auto");
  });
});
