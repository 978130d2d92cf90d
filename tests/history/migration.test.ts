// An old profile keeps its history: a v1 database, written here with the raw IndexedDB API in the
// v1 layout, is upgraded in place to v2 and read back.
import "fake-indexeddb/auto";
import { expect, test } from "vitest";
import { History } from "../../src/background/history";
import type { HistoryRecordV1 } from "../../src/background/history/schema";
import { B, B_TEXT, B_TITLE, URL_A, URL_B } from "./fixtures";

function req<T>(r: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    r.onsuccess = () => resolve(r.result);
    r.onerror = () => reject(r.error);
  });
}

async function makeV1(name: string, records: HistoryRecordV1[]): Promise<void> {
  const open = indexedDB.open(name, 1);
  open.onupgradeneeded = () => {
    const s = open.result.createObjectStore("statements", { keyPath: "id" });
    s.createIndex("byUrl", "url");
    s.createIndex("byReadAt", "readAt");
    s.createIndex("byParty", "party");
  };
  const db = await req(open);
  const tx = db.transaction("statements", "readwrite");
  for (const r of records) tx.objectStore("statements").put(r);
  await new Promise((resolve) => (tx.oncomplete = resolve));
  db.close();
}

const v1: HistoryRecordV1[] = [
  {
    id: URL_A + "\u00000",
    url: URL_A,
    title: "Coalition says chemical plant poisoned Millbrook River",
    readAt: Date.UTC(2026, 9, 1),
    party: "Clean Millbrook Coalition",
    speaker: "Maria Ostrander",
    stance: "allegation",
    sentence: "The coalition said the plant dumped solvent waste into the river.",
    excerpt: "the plant dumped solvent waste into the river",
    topics: "plant dump solvent wast river",
  },
  {
    id: URL_A + "\u00001",
    url: URL_A,
    title: "Coalition says chemical plant poisoned Millbrook River",
    readAt: Date.UTC(2026, 9, 1),
    party: "Clean Millbrook Coalition",
    speaker: null,
    stance: "neutral",
    sentence: "The coalition meets monthly.",
    excerpt: "meets monthly",
    topics: "meet monthly",
  },
];

test("a v1 history is migrated to v2 and still answers look-ups", async () => {
  const name = "history-migration-v1";
  await makeV1(name, v1);
  const h = new History({ dbName: name, now: () => Date.UTC(2026, 10, 1) });
  const out = await h.exportJson();
  expect(out.schemaVersion).toBe(2);
  expect(out.records).toHaveLength(2);
  const r = out.records.find((x) => x.speaker === "Maria Ostrander");
  expect(r).toMatchObject({
    url: URL_A,
    partyName: "Clean Millbrook Coalition",
    partyKeys: ["clean millbrook coalition"],
    topics: ["w:plant", "w:dump", "w:solvent", "w:wast", "w:river"],
    opponents: [],
    dispute: { against: [], kinds: [] },
    prefix: "",
  });
  // The new indexes were built over the migrated records: the company's denial finds the allegation.
  const found = await h.lookup(B, URL_B, B_TEXT, B_TITLE);
  expect(found[0]?.[0]?.url).toBe(URL_A + "#:~:text=The%20coalition%20said%20the%20plant,solvent%20waste%20into%20the%20river");
  expect(found.flat().some((c) => c.label.includes("meets monthly"))).toBe(false);
  await h.close();

  // The old index is gone, the new ones are there, and opening again does not migrate twice.
  const db = await req(indexedDB.open(name));
  expect(db.version).toBe(2);
  const names = [...db.transaction("statements").objectStore("statements").indexNames].sort();
  expect(names).toEqual(["byOpponent", "byPartyKey", "byReadAt", "byTopic", "byUrl"]);
  db.close();
  const again = new History({ dbName: name });
  expect((await again.exportJson()).records).toEqual(out.records);
  await again.close();
});
