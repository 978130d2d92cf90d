// Corrections and the local history, in the real background router (fake browser API,
// fake-indexeddb), wired as src/background/index.ts wires them: a "not a statement" correction
// takes the statement out of the history's records of that page at once (not only on the next
// visit), under the time the page was read; an undo puts it back for a tab still open on the page;
// a private tab's correction touches no history; and the history's JSON export, read in chunks as
// the options page reads it, ends with every correction.
import "fake-indexeddb/auto";
import { expect, test } from "vitest";
import { createBackground, type BackgroundApi, type Sender } from "../../src/background/background";
import { installCorrections } from "../../src/background/corrections/install";
import { installHistory } from "../../src/background/history/install";
import type { HistoryRecord } from "../../src/background/history/schema";
import type { Analysis } from "../../src/core/types";
import { statementKey, type CorrectionRecord } from "../../src/shared/corrections";
import type { CorrectionResponse } from "../../src/shared/messages";
import { FERRY_ARTICLE, FERRY_TEXT, FERRY_TITLE, FERRY_URL, ferryAnalysis } from "./fixtures";

let clock = 1_700_000_000_000;

function setup() {
  const area = () => {
    const data: Record<string, unknown> = {};
    return {
      get: async (k: null | string | string[]) => (k === null ? { ...data } : Object.fromEntries([k].flat().filter((x) => x in data).map((x) => [x, data[x]]))),
      set: async (items: Record<string, unknown>) => void Object.assign(data, items),
      remove: async (k: string | string[]) => void [k].flat().forEach((x) => delete data[x]),
    };
  };
  const session = area();
  const api = {
    runtime: { id: "whosaid@test", getURL: (p: string) => `chrome-extension://whosaid/${p}` },
    storage: { session, sync: area(), local: area() },
    action: { setBadgeText: async () => undefined },
  } as unknown as BackgroundApi;
  const bg = createBackground(api, { analyze: () => ferryAnalysis() });
  const history = installHistory(bg, api);
  installCorrections(bg, { dbName: "whosaid-corrections-history-test", now: () => clock, session, history });
  return { bg, history };
}

const content = (tabId: number, incognito = false): Sender => ({ id: "whosaid@test", url: FERRY_URL, frameId: 0, tab: { id: tabId, incognito, url: FERRY_URL } });
const optionsPage: Sender = { id: "whosaid@test", url: "chrome-extension://whosaid/options.html" };

type File = { format: string; records: HistoryRecord[]; corrections: CorrectionRecord[] };

/** The JSON export as the options page builds it: ask with `next` until there is none, join. */
async function exported(bg: ReturnType<typeof createBackground>): Promise<{ file: File; count: number }> {
  const parts: string[] = [];
  let count = 0;
  let cursor: string | undefined;
  do {
    const res = (await bg.onMessage({ type: "history-export", payload: cursor ? { format: "json", cursor } : { format: "json" } }, optionsPage)) as { data: string; count: number; next?: string };
    parts.push(res.data);
    count += res.count;
    cursor = res.next;
  } while (cursor);
  return { file: JSON.parse(parts.join("")) as File, count };
}

test("a correction reaches the history's records of the page at once, its undo too, and the export carries the corrections", async () => {
  const { bg, history } = setup();
  await history.clear();
  const first = ((await bg.onMessage({ type: "analyze", payload: { text: FERRY_TEXT, url: FERRY_URL, title: FERRY_TITLE } }, content(1))) as { analysis: Analysis }).analysis;
  const target = first.statements[2]!;
  const sentenceOf = (r: HistoryRecord) => r.sentence;
  let out = await exported(bg);
  expect(out.file.format).toBe("whosaid-history");
  expect(out.count).toBe(first.statements.length);
  expect(out.file.records).toHaveLength(first.statements.length);
  expect(out.file.records.some((r) => sentenceOf(r).includes(target.content.text.slice(0, 30)))).toBe(true);
  expect(out.file.corrections).toEqual([]);
  const readAt = new Set(out.file.records.map((r) => r.readAt));

  // later (the history's own clock moves on), the reader says statement 2 is not a statement
  await new Promise((ok) => setTimeout(ok, 20));
  clock += 3_600_000;
  const res = (await bg.onMessage({ type: "correction-add", payload: { index: 2, key: statementKey(target), kind: "not-statement" } }, content(1))) as CorrectionResponse;
  if (!res.ok) throw new Error(res.error);
  out = await exported(bg);
  expect(out.file.records).toHaveLength(first.statements.length - 1);
  expect(out.file.records.some((r) => sentenceOf(r).includes(target.content.text.slice(0, 30)))).toBe(false);
  // still the time the page was read, not the time of the correction
  expect(new Set(out.file.records.map((r) => r.readAt))).toEqual(readAt);
  expect(out.count).toBe(first.statements.length - 1);
  expect(out.file.corrections).toHaveLength(1);
  expect(out.file.corrections[0]).toMatchObject({ kind: "not-statement", key: statementKey(target), article: FERRY_ARTICLE });

  // undone from the options while the tab is still open: the statement is in the history again
  const id = out.file.corrections[0]!.id;
  expect(await bg.onMessage({ type: "correction-undo", payload: { id } }, optionsPage)).toEqual({ ok: true });
  out = await exported(bg);
  expect(out.file.records).toHaveLength(first.statements.length);
  expect(out.file.corrections).toEqual([]);

  // a private tab on the same article: its correction is applied there only, the history keeps the page as it was
  const priv = ((await bg.onMessage({ type: "analyze", payload: { text: FERRY_TEXT, url: FERRY_URL, title: FERRY_TITLE } }, content(2, true))) as { analysis: Analysis }).analysis;
  const r2 = (await bg.onMessage({ type: "correction-add", payload: { index: 1, key: statementKey(priv.statements[1]!), kind: "not-statement" } }, content(2, true))) as CorrectionResponse;
  if (!r2.ok) throw new Error(r2.error);
  expect(r2.saved).toBe(false);
  out = await exported(bg);
  expect(out.file.records).toHaveLength(first.statements.length);
  expect(out.file.corrections).toEqual([]);
});
