// The history plugged into the real background router (fake browser API, fake-indexeddb): reports
// are recorded and come back with history counters; export and clear answer the options page.
import "fake-indexeddb/auto";
import { describe, expect, test } from "vitest";
import { createBackground, type BackgroundApi, type Sender } from "../../src/background/background";
import { installHistory } from "../../src/background/history/install";
import type { TabReport } from "../../src/shared/messages";
import type { Analysis } from "../../src/core/types";
import { A, A_TEXT, A_TITLE, B, B_TEXT, B_TITLE, URL_A, URL_B, reportOf } from "./fixtures";

/** The engine of these tests: the hand-built Analysis of whichever fixture text it is given. */
const ENGINE = new Map<string, Analysis>([[A_TEXT, A], [B_TEXT, B]]);
const engine = (text: string): Analysis => structuredClone(ENGINE.get(text) ?? { statements: [], parties: [], disputes: [], unnamedSources: [], timings: { ms: 0 } });

function area(initial: Record<string, unknown> = {}) {
  const data: Record<string, unknown> = { ...initial };
  return {
    data,
    get: async (k: null | string | string[]) => (k === null ? { ...data } : typeof k === "string" ? (k in data ? { [k]: data[k] } : {}) : {}),
    set: async (items: Record<string, unknown>) => void Object.assign(data, items),
    remove: async (k: string | string[]) => void [k].flat().forEach((x) => delete data[x]),
  };
}

function setup(settings?: unknown) {
  const sync = area(settings ? { settings } : {});
  const api = {
    runtime: { id: "whosaid@test", getURL: (p: string) => `chrome-extension://whosaid/${p}` },
    storage: { session: area(), sync, local: area() },
    action: { setBadgeText: async () => undefined },
  } as unknown as BackgroundApi;
  const bg = createBackground(api, { analyze: engine });
  const history = installHistory(bg, api);
  return { bg, history, sync };
}

const content = (tabId: number, incognito = false, url = "https://news.example/"): Sender => ({ id: "whosaid@test", url, frameId: 0, tab: { id: tabId, incognito, url } });
/** What the content script on `url` sends: the page's text (it claims `url` too). */
const analyze = (url: string, title: string, text: string) => ({ type: "analyze", payload: { text, url, title } });
const optionsPage: Sender = { id: "whosaid@test", url: "chrome-extension://whosaid/options.html" };
const send = (bg: ReturnType<typeof createBackground>, type: string, payload: unknown, sender: Sender) => bg.onMessage({ type, payload }, sender);

describe("history in the background", () => {
  test("reading A then B: B's stored report carries A's statement as a history counter", async () => {
    const { bg, history } = setup();
    await history.clear();
    await bg.onMessage(analyze(URL_A, A_TITLE, A_TEXT), content(1, false, URL_A));
    const toPage = (await bg.onMessage(analyze(URL_B, B_TITLE, B_TEXT), content(2, false, URL_B))) as { analysis: Analysis };
    const got = (await send(bg, "get-report", { tabId: 2 }, optionsPage)) as TabReport;
    const counters = got.analysis?.statements.flatMap((s) => s.counter) ?? [];
    expect(counters.some((c) => c.kind === "history" && c.url?.startsWith(URL_A + "#:~:text="))).toBe(true);
    // the popup shows where it was read; the page itself is told nothing of it (issue 15, items 1 and 5)
    expect(counters.find((c) => c.kind === "history")?.label).toMatch(/\(news\.example, \d{4}-\d\d-\d\d\)$/);
    expect(toPage.analysis.statements.flatMap((s) => s.counter).some((c) => c.kind === "history")).toBe(false);
    expect(JSON.stringify(toPage)).not.toContain(A_TITLE);

    const json = (await send(bg, "history-export", { format: "json" }, optionsPage)) as { data: string; count: number };
    expect(json.count).toBe(6);
    expect(JSON.parse(json.data).records).toHaveLength(6);
    const ann = (await send(bg, "history-export", { format: "annotations" }, optionsPage)) as { data: string; count: number; mime: string };
    expect(ann.mime).toBe("application/ld+json");
    expect(JSON.parse(ann.data).first.items[0].type).toBe("Annotation");

    expect(await send(bg, "history-clear", {}, optionsPage)).toEqual({ ok: true, cleared: 6 });
    expect(await history.count()).toBe(0);
    await history.close();
  });

  test("a private tab is not recorded, and is shown nothing from the history", async () => {
    const { bg, history } = setup();
    await history.clear();
    await bg.onMessage(analyze(URL_A, A_TITLE, A_TEXT), content(1, true, URL_A));
    expect(await history.count()).toBe(0);
    await bg.onMessage(analyze(URL_A, A_TITLE, A_TEXT), content(1, false, URL_A));
    expect(await history.count()).toBe(3);
    await bg.onMessage(analyze(URL_B, B_TITLE, B_TEXT), content(2, true, URL_B));
    const got = (await send(bg, "get-report", { tabId: 2 }, optionsPage)) as TabReport;
    expect(got.analysis?.statements.flatMap((s) => s.counter).some((c) => c.kind === "history")).toBe(false);
    await history.close();
  });

  test("the stored URL is the browser's (sender.url), never the one a content script claims", async () => {
    const { bg, history } = setup();
    await history.clear();
    // a compromised renderer on evil.example claims to be on a news site
    await bg.onMessage(analyze("https://trusted-news.example/story", A_TITLE, A_TEXT), content(1, false, "https://evil.example/page"));
    const records = (await history.exportJson()).records;
    expect(records.length).toBe(3);
    expect(records.every((r) => r.url === "https://evil.example/page")).toBe(true);
    expect(((await send(bg, "get-report", { tabId: 1 }, optionsPage)) as TabReport).url).toBe("https://evil.example/page");
    await history.close();
  });

  test("a content script's own 'done' report is never stored nor recorded (only the background analyses)", async () => {
    const { bg, history } = setup();
    await history.clear();
    await send(bg, "report", reportOf(URL_A, A_TITLE, A_TEXT, A), content(1, false, URL_A));
    expect(await history.count()).toBe(0);
    expect(await send(bg, "get-report", { tabId: 1 }, optionsPage)).toBeNull();
    await history.close();
  });

  test("history turned off in the stored settings: nothing recorded", async () => {
    const { bg, history } = setup({ history: { enabled: false, maxStatements: 1000, maxAgeDays: 30 } });
    await history.clear();
    await bg.onMessage(analyze(URL_A, A_TITLE, A_TEXT), content(1, false, URL_A));
    expect(await history.count()).toBe(0);
    await history.close();
  });
});
