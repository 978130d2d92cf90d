// The history plugged into the real background router (fake browser API, fake-indexeddb): reports
// are recorded and come back with history counters; export and clear answer the options page.
import "fake-indexeddb/auto";
import { describe, expect, test } from "vitest";
import { createBackground, type BackgroundApi, type Sender } from "../../src/background/background";
import { installHistory } from "../../src/background/history/install";
import type { TabReport } from "../../src/shared/messages";
import { A, A_TEXT, A_TITLE, B, B_TEXT, B_TITLE, URL_A, URL_B, reportOf } from "./fixtures";

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
  const bg = createBackground(api);
  const history = installHistory(bg, api);
  return { bg, history, sync };
}

const content = (tabId: number, incognito = false): Sender => ({ id: "whosaid@test", url: "https://news.example/", frameId: 0, tab: { id: tabId, incognito } });
const optionsPage: Sender = { id: "whosaid@test", url: "chrome-extension://whosaid/options.html" };
const send = (bg: ReturnType<typeof createBackground>, type: string, payload: unknown, sender: Sender) => bg.onMessage({ type, payload }, sender);

describe("history in the background", () => {
  test("reading A then B: B's stored report carries A's statement as a history counter", async () => {
    const { bg, history } = setup();
    await history.clear();
    await send(bg, "report", reportOf(URL_A, A_TITLE, A_TEXT, A), content(1));
    await send(bg, "report", reportOf(URL_B, B_TITLE, B_TEXT, B), content(2));
    const got = (await send(bg, "get-report", { tabId: 2 }, optionsPage)) as TabReport;
    const counters = got.analysis?.statements.flatMap((s) => s.counter) ?? [];
    expect(counters.some((c) => c.kind === "history" && c.url?.startsWith(URL_A + "#:~:text="))).toBe(true);

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

  test("a private tab is not recorded", async () => {
    const { bg, history } = setup();
    await history.clear();
    await send(bg, "report", reportOf(URL_A, A_TITLE, A_TEXT, A), content(1, true));
    expect(await history.count()).toBe(0);
    await history.close();
  });

  test("history turned off in the stored settings: nothing recorded", async () => {
    const { bg, history } = setup({ history: { enabled: false, maxStatements: 1000, maxAgeDays: 30 } });
    await history.clear();
    await send(bg, "report", reportOf(URL_A, A_TITLE, A_TEXT, A), content(1));
    expect(await history.count()).toBe(0);
    await history.close();
  });
});
