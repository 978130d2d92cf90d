// The IndexedDB side of the local history (through `idb`): open and migrate, write a page's
// statements, prune by count and age, read records back. Holds no policy (settings, private tabs)
// and no matching logic; those live in index.ts, memory.ts and match.ts.
import type { DBSchema, IDBPDatabase } from "idb";
import { openVersioned, type VersionTx } from "../idb";
import { DB_NAME, DB_VERSION, STORE, migrateV1, normaliseRecord, type HistoryRecord, type HistoryRecordV1 } from "./schema";

interface HistoryDB extends DBSchema {
  statements: {
    key: string;
    value: HistoryRecord;
    indexes: { byUrl: string; byReadAt: number; byPartyKey: string; byOpponent: string; byTopic: string };
  };
}

type UpgradeTx = VersionTx<HistoryDB>;

/**
 * Open (creating or upgrading) the history database. Each step brings one version to the next.
 * A step that fails aborts the version change, so the database stays at its old version (and is
 * migrated again on the next open) rather than half-upgraded. `onBlocking` runs when a newer
 * version elsewhere waits for this connection to close: it is closed then.
 */
export function openHistoryDB(name = DB_NAME, onBlocking: () => void = () => undefined): Promise<IDBPDatabase<HistoryDB>> {
  return openVersioned<HistoryDB>(
    name,
    DB_VERSION,
    async (db, oldVersion, tx) => {
      if (oldVersion < 1) {
        // v1 layout, kept so a fresh install and an old profile take the same path.
        const s = db.createObjectStore(STORE, { keyPath: "id" });
        s.createIndex("byUrl", "url");
        s.createIndex("byReadAt", "readAt");
        (s as unknown as IDBObjectStore).createIndex("byParty", "party");
      }
      if (oldVersion < 2) await upgradeToV2(tx);
    },
    onBlocking,
  );
}

async function upgradeToV2(tx: UpgradeTx): Promise<void> {
  const s = tx.objectStore(STORE);
  const raw = s as unknown as IDBObjectStore;
  if (raw.indexNames.contains("byParty")) raw.deleteIndex("byParty");
  s.createIndex("byPartyKey", "partyKeys", { multiEntry: true });
  s.createIndex("byOpponent", "opponents", { multiEntry: true });
  s.createIndex("byTopic", "topics", { multiEntry: true });
  let cursor = await s.openCursor();
  while (cursor) {
    const v: unknown = cursor.value;
    // One record at a time: a malformed one is dropped, never the migration.
    const o = (typeof v === "object" && v !== null ? v : {}) as Record<string, unknown>;
    const isV1 = typeof o.topics === "string" || ("party" in o && !("partyKeys" in o));
    const next = isV1 ? migrateV1(v as HistoryRecordV1) : normaliseRecord(v);
    if (next && next.id === cursor.primaryKey) await cursor.update(next);
    else await cursor.delete();
    cursor = await cursor.continue();
  }
}

/** Where an export stopped: the last record given out, in the order of readAt then id. */
export type ExportCursor = { readAt: number; id: string };

export class HistoryStore {
  /** false once the connection was closed (by us, or for another context's upgrade) */
  open = true;
  private db!: IDBPDatabase<HistoryDB>;
  private constructor() {}

  static async open(name = DB_NAME): Promise<HistoryStore> {
    const store = new HistoryStore();
    store.db = await openHistoryDB(name, () => (store.open = false));
    return store;
  }

  close(): void {
    this.open = false;
    this.db.close();
  }

  /** Replace everything stored for `url` by `records`, in one transaction: all of it or nothing. */
  async putPage(url: string, records: HistoryRecord[]): Promise<void> {
    const tx = this.db.transaction(STORE, "readwrite");
    try {
      const old = await tx.store.index("byUrl").getAllKeys(url);
      await Promise.all([...old.map((k) => tx.store.delete(k)), ...records.map((r) => tx.store.put(r))]);
      await tx.done;
    } catch (e) {
      try {
        tx.abort();
      } catch {
        /* already aborted by the failure itself */
      }
      await tx.done.catch(() => undefined);
      // a write refused for space aborts the transaction: its error says why (requests only "aborted")
      throw (tx as unknown as { error?: unknown }).error ?? e;
    }
  }

  /** Delete these records (ids that are gone already are fine). */
  async deleteMany(ids: string[]): Promise<void> {
    if (ids.length === 0) return;
    const tx = this.db.transaction(STORE, "readwrite");
    await Promise.all(ids.map((id) => tx.store.delete(id)));
    await tx.done;
  }

  /** Drop the oldest `n` records. Returns their ids. */
  async dropOldest(n: number): Promise<string[]> {
    const tx = this.db.transaction(STORE, "readwrite");
    const removed: string[] = [];
    let cursor = n > 0 ? await tx.store.index("byReadAt").openCursor() : null;
    while (cursor && removed.length < n) {
      removed.push(cursor.primaryKey);
      await cursor.delete();
      cursor = await cursor.continue();
    }
    await tx.done;
    return removed;
  }

  /**
   * Up to `limit` records after `after`, oldest first (an export, one message at a time); `more`
   * says the page is full, so more may follow. The index orders by time, then id: the records left
   * at the time last given out are walked from the last id given (any number may share one time),
   * then the later times are read in one getAll.
   */
  async page(after: ExportCursor | null, limit: number): Promise<{ records: HistoryRecord[]; more: boolean }> {
    const tx = this.db.transaction(STORE, "readonly");
    const index = tx.store.index("byReadAt");
    const raw: unknown[] = [];
    let later: IDBKeyRange | undefined;
    if (after) {
      let cursor = await index.openCursor(IDBKeyRange.only(after.readAt));
      // continuePrimaryKey only moves forward: from an id before the last one given
      if (cursor && cursor.primaryKey < after.id) cursor = await cursor.continuePrimaryKey(after.readAt, after.id);
      if (cursor && cursor.primaryKey === after.id) cursor = await cursor.continue();
      while (cursor && raw.length < limit) {
        raw.push(cursor.value);
        cursor = await cursor.continue();
      }
      later = IDBKeyRange.lowerBound(after.readAt, true);
    }
    if (raw.length < limit) raw.push(...((await index.getAll(later, limit - raw.length)) as unknown[]));
    await tx.done;
    const records: HistoryRecord[] = [];
    for (const r of raw) {
      const n = normaliseRecord(r);
      if (n) records.push(n);
    }
    return { records, more: raw.length >= limit };
  }

  /** Drop records older than maxAgeMs, then the oldest beyond maxCount. Returns the ids that went. */
  async prune(maxCount: number, maxAgeMs: number, now: number): Promise<string[]> {
    const tx = this.db.transaction(STORE, "readwrite");
    const byReadAt = tx.store.index("byReadAt");
    const removed: string[] = [];
    let cursor = await byReadAt.openCursor(IDBKeyRange.upperBound(now - maxAgeMs, true));
    while (cursor) {
      removed.push(cursor.primaryKey);
      await cursor.delete();
      cursor = await cursor.continue();
    }
    let excess = (await tx.store.count()) - Math.max(0, maxCount);
    cursor = excess > 0 ? await byReadAt.openCursor() : null;
    while (cursor && excess > 0) {
      removed.push(cursor.primaryKey);
      await cursor.delete();
      excess--;
      cursor = await cursor.continue();
    }
    await tx.done;
    return removed;
  }

  /** The records with these ids, in that order (undefined where one has gone meanwhile). */
  async getMany(ids: string[]): Promise<(HistoryRecord | undefined)[]> {
    if (ids.length === 0) return [];
    const tx = this.db.transaction(STORE, "readonly");
    const out = await Promise.all(ids.map((id) => tx.store.get(id)));
    await tx.done;
    return out.map((r) => normaliseRecord(r) ?? undefined);
  }

  /** Every record that is one (a damaged record is left out, never the rest), oldest first. */
  async all(): Promise<HistoryRecord[]> {
    const out: HistoryRecord[] = [];
    for (const r of await this.db.getAllFromIndex(STORE, "byReadAt")) {
      const n = normaliseRecord(r);
      if (n) out.push(n);
    }
    return out;
  }

  async count(): Promise<number> {
    return this.db.count(STORE);
  }

  async clear(): Promise<void> {
    await this.db.clear(STORE);
  }
}
