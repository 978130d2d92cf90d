// The corrections store in IndexedDB (fake-indexeddb): kept per article, one per statement, a
// damaged record dropped alone, the database created beside the history's without touching it,
// and a newer version elsewhere let through.
import "fake-indexeddb/auto";
import { describe, expect, test } from "vitest";
import { CORRECTIONS_STORE, CorrectionStore, MAX_ARTICLE_CORRECTIONS, openCorrectionsDB } from "../../src/background/corrections/store";
import { History } from "../../src/background/history";
import type { CorrectionRecord } from "../../src/shared/corrections";
import { A, A_TEXT, A_TITLE, URL_A, reportOf } from "../history/fixtures";
import { FERRY_ARTICLE } from "./fixtures";

let n = 0;
const fresh = () => `whosaid-corrections-test-${++n}`;

const rec = (key: string, article = FERRY_ARTICLE, at = 1_000): CorrectionRecord => ({
  v: 1, id: `${article}\u0000${key}`, article, key, kind: "not-statement",
  was: { speaker: "Ines Marrow", side: "Tolvik Ferry Company" }, content: "Nobody rides the last boat", title: "Ferry", at,
});

function req<T>(r: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    r.onsuccess = () => resolve(r.result);
    r.onerror = () => reject(r.error);
  });
}

/** Writes raw values straight into the store, as a damaged or foreign profile might hold them. */
async function putRaw(name: string, values: unknown[]): Promise<void> {
  const db = await openCorrectionsDB(name);
  const tx = db.transaction(CORRECTIONS_STORE, "readwrite");
  for (const v of values) await (tx.store as unknown as { put(v: unknown): Promise<unknown> }).put(v);
  await tx.done;
  db.close();
}

describe("CorrectionStore", () => {
  test("kept per article, one per statement (a newer one replaces it), newest first, undone, cleared", async () => {
    const store = new CorrectionStore(fresh());
    await store.put(rec("k1", FERRY_ARTICLE, 1));
    await store.put({ ...rec("k2", FERRY_ARTICLE, 2), kind: "speaker", to: { speaker: "Bram Oduya", side: null } });
    await store.put(rec("k1", "https://other.example/a", 3));
    await store.put({ ...rec("k1", FERRY_ARTICLE, 4), content: "again" });
    expect((await store.forArticle(FERRY_ARTICLE)).map((r) => [r.key, r.content])).toEqual([["k1", "again"], ["k2", "Nobody rides the last boat"]]);
    expect((await store.all()).map((r) => r.at)).toEqual([4, 3, 2]);
    expect(await store.delete(`${FERRY_ARTICLE}\u0000k1`)).toBe(true);
    expect(await store.delete(`${FERRY_ARTICLE}\u0000k1`)).toBe(false);
    expect((await store.forArticle(FERRY_ARTICLE)).map((r) => r.key)).toEqual(["k2"]);
    expect(await store.clear()).toBe(2);
    expect(await store.all()).toEqual([]);
    store.close();
  });

  test("a corrupt record is dropped alone: the others of its article still apply, and it is deleted", async () => {
    const name = fresh();
    await putRaw(name, [
      rec("good"),
      { ...rec("bad-kind"), kind: "delete-everything" },
      { ...rec("bad-id"), id: `${FERRY_ARTICLE}\u0000another-key` },
      { ...rec("bad-to"), kind: "speaker", to: { speaker: 42, side: null } },
      { ...rec("huge"), content: "x".repeat(100_000) },
      { id: "garbage", article: FERRY_ARTICLE },
      { id: "not-even-an-article", article: 7 },
    ]);
    const store = new CorrectionStore(name);
    expect((await store.forArticle(FERRY_ARTICLE)).map((r) => r.key)).toEqual(["good"]);
    expect((await store.all()).map((r) => r.key)).toEqual(["good"]);
    // the damaged ones of that article were deleted on the way (the one filed under no article stays unread)
    await new Promise((r) => setTimeout(r, 50));
    expect(await store.count()).toBe(2);
    store.close();
  });

  test("a correction that is not one is refused, and so is one over the article's limit", async () => {
    const store = new CorrectionStore(fresh());
    await expect(store.put({ ...rec("k"), article: "javascript:alert(1)" })).rejects.toThrow(/not a valid correction/);
    await expect(store.put({ ...rec("k"), kind: "speaker" })).rejects.toThrow(/not a valid correction/);
    for (let i = 0; i < MAX_ARTICLE_CORRECTIONS; i++) await store.put(rec(`k${i}`));
    await expect(store.put(rec("one-more"))).rejects.toThrow(/per article/);
    // replacing one that is there is fine; another article is fine
    await store.put({ ...rec("k0"), content: "changed" });
    await store.put(rec("k0", "https://other.example/a"));
    expect(await store.count()).toBe(MAX_ARTICLE_CORRECTIONS + 1);
    store.close();
  }, 60_000);

  test("migration: created from nothing beside a history database, which keeps its version and records", async () => {
    const historyDb = fresh();
    const history = new History({ dbName: historyDb, settings: () => ({ enabled: true, maxStatements: 1000, maxAgeDays: 365 }) });
    expect(await history.record(reportOf(URL_A, A_TITLE, A_TEXT, A))).toBe(3);
    history.close();

    const name = fresh();
    const db = await openCorrectionsDB(name);
    expect(db.version).toBe(1);
    expect([...db.objectStoreNames]).toEqual([CORRECTIONS_STORE]);
    expect([...db.transaction(CORRECTIONS_STORE).store.indexNames].sort()).toEqual(["byArticle", "byAt"]);
    db.close();
    // reopened at the same version: nothing is recreated, nothing lost
    const store = new CorrectionStore(name);
    await store.put(rec("k"));
    store.close();
    const again = new CorrectionStore(name);
    expect((await again.all()).map((r) => r.key)).toEqual(["k"]);
    again.close();

    // the history's own database is untouched: same version, same records
    const raw = await req(indexedDB.open(historyDb));
    expect(raw.version).toBe(2);
    expect([...raw.objectStoreNames]).toEqual(["statements"]);
    raw.close();
    const reread = new History({ dbName: historyDb, settings: () => ({ enabled: true, maxStatements: 1000, maxAgeDays: 365 }) });
    expect(await reread.count()).toBe(3);
    reread.close();
  });

  test("an upgrade that fails leaves the database as it was, and the next open upgrades it", async () => {
    const name = fresh();
    // an earlier, failed attempt: the version change aborted, so no database of that version exists
    const open = indexedDB.open(name, 1);
    open.onupgradeneeded = () => open.transaction!.abort();
    await new Promise((resolve) => {
      open.onerror = resolve;
      open.onsuccess = resolve;
    });
    const store = new CorrectionStore(name);
    await store.put(rec("k"));
    expect(await store.count()).toBe(1);
    store.close();
  });

  test("a newer version of the database elsewhere: this connection closes for it, and reopens on next use", async () => {
    const name = fresh();
    const store = new CorrectionStore(name);
    await store.put(rec("k"));
    // another context upgrades (a newer Whosaid): our connection must not block it
    const newer = indexedDB.open(name, 2);
    newer.onupgradeneeded = () => undefined;
    const db = await req(newer);
    expect(db.version).toBe(2);
    db.close();
    // the older code now cannot open a newer database: it says so instead of hanging or crashing
    await expect(store.all()).rejects.toThrow();
    store.close();
  });
});
