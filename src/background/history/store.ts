// The IndexedDB side of the local history (through `idb`): open and migrate, write a page's
// statements, prune by count and age, read records back. Holds no policy (settings, private tabs)
// and no matching logic; those live in index.ts, memory.ts and match.ts.
import { openDB, type DBSchema, type IDBPDatabase, type IDBPTransaction, type StoreNames } from "idb";
import { DB_NAME, DB_VERSION, STORE, migrateV1, type HistoryRecord, type HistoryRecordV1 } from "./schema";

interface HistoryDB extends DBSchema {
  statements: {
    key: string;
    value: HistoryRecord;
    indexes: { byUrl: string; byReadAt: number; byPartyKey: string; byOpponent: string; byTopic: string };
  };
}

type UpgradeTx = IDBPTransaction<HistoryDB, StoreNames<HistoryDB>[], "versionchange">;

/** Open (creating or upgrading) the history database. Each step brings one version to the next. */
export async function openHistoryDB(name = DB_NAME): Promise<IDBPDatabase<HistoryDB>> {
  return openDB<HistoryDB>(name, DB_VERSION, {
    async upgrade(db, oldVersion, _newVersion, tx) {
      if (oldVersion < 1) {
        // v1 layout, kept so a fresh install and an old profile take the same path.
        const s = db.createObjectStore(STORE, { keyPath: "id" });
        s.createIndex("byUrl", "url");
        s.createIndex("byReadAt", "readAt");
        (s as unknown as IDBObjectStore).createIndex("byParty", "party");
      }
      if (oldVersion < 2) await upgradeToV2(tx);
    },
    blocking() {
      // Another context (a newer background) wants to upgrade: let it.
      void 0;
    },
  });
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
    const v = cursor.value as unknown as HistoryRecordV1 | HistoryRecord;
    if (typeof (v as HistoryRecordV1).topics === "string") await cursor.update(migrateV1(v as HistoryRecordV1));
    cursor = await cursor.continue();
  }
}

export class HistoryStore {
  private constructor(private readonly db: IDBPDatabase<HistoryDB>) {}

  static async open(name = DB_NAME): Promise<HistoryStore> {
    return new HistoryStore(await openHistoryDB(name));
  }

  close(): void {
    this.db.close();
  }

  /** Replace everything stored for `url` by `records`, in one transaction. */
  async putPage(url: string, records: HistoryRecord[]): Promise<void> {
    const tx = this.db.transaction(STORE, "readwrite");
    const old = await tx.store.index("byUrl").getAllKeys(url);
    await Promise.all([...old.map((k) => tx.store.delete(k)), ...records.map((r) => tx.store.put(r))]);
    await tx.done;
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
    return out;
  }

  async all(): Promise<HistoryRecord[]> {
    return this.db.getAllFromIndex(STORE, "byReadAt");
  }

  async count(): Promise<number> {
    return this.db.count(STORE);
  }

  async clear(): Promise<void> {
    await this.db.clear(STORE);
  }
}
