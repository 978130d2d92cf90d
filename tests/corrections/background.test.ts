// The corrections in the real background router (fake browser API, fake-indexeddb): a content
// script corrects a statement of its own tab's analysis, for its own URL only; the correction is
// applied to the next analysis of the same article (another link to it too) and to the popup's
// report; only the extension's pages list, undo or clear them; a private window keeps none.
import "fake-indexeddb/auto";
import { describe, expect, test } from "vitest";
import { createBackground, type BackgroundApi, type Sender } from "../../src/background/background";
import { installCorrections } from "../../src/background/corrections/install";
import type { Analysis } from "../../src/core/types";
import { statementKey } from "../../src/shared/corrections";
import { isCorrectionResponse, type CorrectionResponse, type TabReport } from "../../src/shared/messages";
import { FERRY_TEXT, FERRY_TITLE, FERRY_URL, ferryAnalysis } from "./fixtures";

let n = 0;
function setup() {
  const data: Record<string, unknown> = {};
  const session = {
    get: async (k: null | string | string[]) => (k === null ? { ...data } : Object.fromEntries([k].flat().filter((x) => x in data).map((x) => [x, data[x]]))),
    set: async (items: Record<string, unknown>) => void Object.assign(data, items),
    remove: async (k: string | string[]) => void [k].flat().forEach((x) => delete data[x]),
  };
  const badges: string[] = [];
  const api = {
    runtime: { id: "whosaid@test", getURL: (p: string) => `chrome-extension://whosaid/${p}` },
    storage: { session, sync: session, local: session },
    action: { setBadgeText: async (d: { text: string }) => void badges.push(d.text) },
  } as unknown as BackgroundApi;
  const bg = createBackground(api, { analyze: () => ferryAnalysis() });
  // what the history does for the popup: an earlier article's answer on every statement
  bg.reportHooks.push((r) => (r.analysis ? { ...r, analysis: { ...r.analysis, statements: r.analysis.statements.map((s) => ({ ...s, counter: [...s.counter, { kind: "history" as const, label: "Earlier, elsewhere", url: "https://elsewhere.example/secret" }] })) } } : r));
  const removed: ((tabId: number) => void)[] = [];
  const store = installCorrections(bg, {
    dbName: `whosaid-corrections-bg-${++n}`, now: () => 1_700_000_000_000, session, onTabRemoved: { addListener: (f) => void removed.push(f) },
  });
  return { bg, store, badges, data, closeTab: (id: number) => removed.forEach((f) => f(id)) };
}

const content = (tabId: number, url = FERRY_URL, incognito = false): Sender => ({ id: "whosaid@test", url, frameId: 0, tab: { id: tabId, incognito, url } });
const optionsPage: Sender = { id: "whosaid@test", url: "chrome-extension://whosaid/options.html" };
const send = (bg: ReturnType<typeof createBackground>, type: string, payload: unknown, sender: Sender) => bg.onMessage({ type, payload }, sender);
const analyze = async (bg: ReturnType<typeof createBackground>, sender: Sender) =>
  ((await send(bg, "analyze", { text: FERRY_TEXT, url: "https://claimed.example/", title: FERRY_TITLE }, sender)) as { analysis: Analysis }).analysis;
const texts = (a: Analysis | undefined) => a?.statements.map((s) => s.content.text) ?? [];

describe("corrections in the background", () => {
  test("not a statement: gone from the page's and the popup's analysis, on a later visit by another link, until undone", async () => {
    const { bg, store, badges } = setup();
    const first = await analyze(bg, content(1));
    const target = first.statements[2]!;
    const res = (await send(bg, "correction-add", { index: 2, key: statementKey(target), kind: "not-statement" }, content(1))) as CorrectionResponse;
    expect(isCorrectionResponse(res)).toBe(true);
    if (!res.ok) throw new Error(res.error);
    expect(res.saved).toBe(true);
    expect(texts(res.analysis)).not.toContain(target.content.text);
    expect(res.analysis.statements).toHaveLength(4);
    // the page is sent nothing from the reading history
    expect(JSON.stringify(res)).not.toContain("elsewhere.example");
    // the popup's report says the same, with its history answers kept, and the badge counts 4
    const report = (await send(bg, "get-report", { tabId: 1 }, optionsPage)) as TabReport;
    expect(texts(report.analysis)).toEqual(texts(res.analysis));
    expect(report.analysis?.corrections?.[0]).toMatchObject({ kind: "not-statement", statement: null });
    expect(report.analysis?.statements[0]!.counter.some((c) => c.kind === "history")).toBe(true);
    expect(badges.at(-1)).toBe("4");

    // a later visit, by a link with other tracking parameters, in another tab
    const later = await analyze(bg, content(2, "https://harbour-news.example/2026/ferry-timetable?fbclid=x"));
    expect(texts(later)).not.toContain(target.content.text);
    expect(later.corrections).toHaveLength(1);
    // another article is not touched
    expect(await analyze(bg, content(3, "https://harbour-news.example/2026/other-story"))).toMatchObject({ statements: expect.any(Array) });
    expect((await analyze(bg, content(3, "https://harbour-news.example/2026/other-story"))).statements).toHaveLength(5);

    // listed for the options page, not for a page; undone by the options page only
    const list = (await send(bg, "corrections-list", {}, optionsPage)) as { items: { id: string; title: string; was: unknown }[] };
    expect(list.items).toHaveLength(1);
    expect(list.items[0]).toMatchObject({ title: FERRY_TITLE, was: { speaker: "Islanders' Council", side: "Islanders' Council" } });
    expect(await send(bg, "corrections-list", {}, content(1))).toBeUndefined();
    expect(await send(bg, "correction-undo", { id: list.items[0]!.id }, content(1))).toBeUndefined();
    expect(await send(bg, "correction-undo", { id: list.items[0]!.id }, optionsPage)).toEqual({ ok: true });
    expect(texts(await analyze(bg, content(2)))).toContain(target.content.text);
    expect(await store.count()).toBe(0);
    store.close();
  });

  test("wrong speaker: another speaker of this article, or a side of it; nothing the article does not have", async () => {
    const { bg, store } = setup();
    const a = await analyze(bg, content(1));
    const key = statementKey(a.statements[4]!);
    const ok = (await send(bg, "correction-add", { index: 4, key, kind: "speaker", speaker: "Ines Marrow" }, content(1))) as CorrectionResponse;
    if (!ok.ok) throw new Error(ok.error);
    expect(ok.analysis.statements[4]).toMatchObject({ speaker: "Ines Marrow", party: "p0" });
    expect(ok.analysis.corrections?.[0]).toMatchObject({ kind: "speaker", statement: 4, was: { speaker: "Officials", side: "Islanders' Council" } });
    // then a side only, for the same statement (found by its first key): the later one replaces it
    const side = (await send(bg, "correction-add", { index: 4, key, kind: "speaker", side: null }, content(1))) as CorrectionResponse;
    if (!side.ok) throw new Error(side.error);
    expect(side.analysis.statements[4]).toMatchObject({ speaker: null, source: { text: "Officials" }, party: null });
    expect((await store.all()).map((r) => r.to)).toEqual([{ side: null }]);
    expect((await analyze(bg, content(5))).statements[4]).toMatchObject({ party: null });

    const refused = async (payload: unknown, sender = content(1)) => {
      const r = (await send(bg, "correction-add", payload, sender)) as CorrectionResponse | undefined;
      return r && !r.ok ? r.error : `accepted: ${JSON.stringify(r)}`;
    };
    expect(await refused({ index: 4, key, kind: "speaker", speaker: "Someone The Page Made Up" })).toMatch(/no such speaker/);
    expect(await refused({ index: 4, key, kind: "speaker", side: "p9" })).toMatch(/no such side/);
    expect(await refused({ index: 40, key, kind: "not-statement" })).toMatch(/no such statement/);
    expect(await refused({ index: 3, key, kind: "not-statement" })).toMatch(/page changed/);
    store.close();
  });

  test("a content script corrects only its own tab's page, as the browser names it", async () => {
    const { bg, store } = setup();
    const a = await analyze(bg, content(1));
    const key = statementKey(a.statements[0]!);
    const payload = { index: 0, key, kind: "not-statement" };
    // another tab that read nothing, the same tab now on another URL, a subframe, another extension, our own pages
    for (const sender of [content(2), content(1, "https://evil.example/"), { ...content(1), frameId: 3 }, { ...content(1), id: "other@ext" }]) {
      const r = (await send(bg, "correction-add", payload, sender)) as CorrectionResponse | undefined;
      expect(r === undefined || !r.ok).toBe(true);
    }
    expect(await send(bg, "correction-add", payload, optionsPage)).toBeUndefined();
    // malformed requests never reach the handler
    for (const bad of [{ ...payload, index: -1 }, { ...payload, key: "" }, { ...payload, kind: "delete" }, { ...payload, speaker: "X" }, { index: 0, key, kind: "speaker" }, { ...payload, url: undefined, extra: 1, key: 5 }]) {
      expect(await send(bg, "correction-add", bad, content(1))).toBeUndefined();
    }
    expect(await store.count()).toBe(0);
    store.close();
  });

  test("undone or cleared in the options: an open tab's popup shows the original reading at once, history answers kept", async () => {
    const { bg, store, data, closeTab } = setup();
    const a = await analyze(bg, content(1));
    const other = content(2, "https://harbour-news.example/2026/other-story");
    await analyze(bg, other);
    await send(bg, "correction-add", { index: 0, key: statementKey(a.statements[0]!), kind: "not-statement" }, content(1));
    await send(bg, "correction-add", { index: 3, key: statementKey(a.statements[4]!), kind: "speaker", side: null }, content(1));
    await send(bg, "correction-add", { index: 0, key: statementKey(a.statements[0]!), kind: "not-statement" }, other);
    const popup = async (tab: number) => ((await send(bg, "get-report", { tabId: tab }, optionsPage)) as TabReport).analysis!;
    expect((await popup(1)).statements).toHaveLength(4);
    expect((await popup(2)).statements).toHaveLength(4);

    const items = ((await send(bg, "corrections-list", {}, optionsPage)) as { items: { id: string; kind: string; article: string }[] }).items;
    const removal = items.find((i) => i.kind === "not-statement" && i.article.endsWith("ferry-timetable"))!;
    await send(bg, "correction-undo", { id: removal.id }, optionsPage);
    const after = await popup(1);
    expect(texts(after)).toEqual(texts(a));
    expect(after.statements[4]!.party).toBeNull();
    expect(after.corrections?.map((c) => c.kind)).toEqual(["speaker"]);
    // (the statement brought back gets its answers from earlier articles when the page is read again)
    expect(after.statements.slice(1).every((s) => s.counter.some((c) => c.kind === "history"))).toBe(true);
    // the other article's tab keeps its own correction
    expect((await popup(2)).statements).toHaveLength(4);

    await send(bg, "corrections-clear", {}, optionsPage);
    expect((await popup(1)).statements[4]!.party).toBe("p1");
    expect((await popup(1)).corrections ?? []).toEqual([]);
    expect((await popup(2)).statements).toHaveLength(5);

    // a closed tab's uncorrected reading is dropped
    expect(Object.keys(data).filter((k) => k.startsWith("corr-base:")).sort()).toEqual(["corr-base:1", "corr-base:2"]);
    closeTab(1);
    await new Promise((r) => setTimeout(r, 10));
    expect(Object.keys(data).filter((k) => k.startsWith("corr-base:"))).toEqual(["corr-base:2"]);
    store.close();
  });

  test("a private window: applied to the page there, kept nowhere", async () => {
    const { bg, store } = setup();
    const a = await analyze(bg, content(1, FERRY_URL, true));
    const r = (await send(bg, "correction-add", { index: 1, key: statementKey(a.statements[1]!), kind: "not-statement" }, content(1, FERRY_URL, true))) as CorrectionResponse;
    if (!r.ok) throw new Error(r.error);
    expect(r.saved).toBe(false);
    expect(r.analysis.statements).toHaveLength(4);
    expect(await store.count()).toBe(0);
    expect((await analyze(bg, content(2))).statements).toHaveLength(5);
    // cleared from the options page
    await send(bg, "correction-add", { index: 1, key: statementKey(a.statements[1]!), kind: "not-statement" }, content(2));
    expect(await send(bg, "corrections-clear", {}, optionsPage)).toEqual({ ok: true, cleared: 1 });
    store.close();
  });
});
