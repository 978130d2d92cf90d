// The IndexedDB side of the local history (through `idb`): open and migrate, write a page's
// statements, prune by count and age, fetch candidates by party and topic. Holds no policy (settings,
// private tabs) and no matching logic; those live in index.ts and match.ts.
import { openDB, type DBSchema, type IDBPDatabase, type IDBPTransaction, type StoreNames } from "idb";
import { DB_NAME, DB_VERSION, STORE, migrateV1, type HistoryRecord, type HistoryRecordV1 } from "./schema";
import type { StatementProfile } from "./profile";
import { OPPOSED_STANCES } from "./match";

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

  /** Drop records older than maxAgeMs, then the oldest beyond maxCount. Returns how many went. */
  async prune(maxCount: number, maxAgeMs: number, now: number): Promise<number> {
    const tx = this.db.transaction(STORE, "readwrite");
    const byReadAt = tx.store.index("byReadAt");
    let removed = 0;
    let cursor = await byReadAt.openCursor(IDBKeyRange.upperBound(now - maxAgeMs, true));
    while (cursor) {
      await cursor.delete();
      removed++;
      cursor = await cursor.continue();
    }
    let excess = (await tx.store.count()) - Math.max(0, maxCount);
    cursor = excess > 0 ? await byReadAt.openCursor() : null;
    while (cursor && excess > 0) {
      await cursor.delete();
      removed++;
      excess--;
      cursor = await cursor.continue();
    }
    await tx.done;
    return removed;
  }

  /**
   * Records that could answer any of `profiles`: of a party they dispute, of a party that disputes
   * them, or (for allegations and denials) sharing a named entity or number. Pages in `exclude` are
   * left out. One read transaction; each index key is read once however many statements ask.
   */
  async candidates(profiles: StatementProfile[], excludeUrl: string, perKeyLimit = 2000): Promise<Map<number, HistoryRecord[]>> {
    const tx = this.db.transaction(STORE, "readonly");
    const cache = new Map<string, Promise<HistoryRecord[]>>();
    const get = (index: "byPartyKey" | "byOpponent" | "byTopic", key: string): Promise<HistoryRecord[]> => {
      const id = index + "\u0000" + key;
      let p = cache.get(id);
      if (!p) {
        p = tx.store.index(index).getAll(key, perKeyLimit);
        cache.set(id, p);
      }
      return p;
    };
    const out = new Map<number, HistoryRecord[]>();
    await Promise.all(
      profiles.map(async (s) => {
        const lists: Promise<HistoryRecord[]>[] = [];
        for (const k of s.opponents) lists.push(get("byPartyKey", k));
        for (const k of s.partyKeys) lists.push(get("byOpponent", k));
        if (OPPOSED_STANCES.has(s.stance)) {
          for (const k of s.topics) if (!k.startsWith("w:")) lists.push(get("byTopic", k));
        }
        const seen = new Map<string, HistoryRecord>();
        for (const list of await Promise.all(lists)) {
          for (const r of list) if (r.url !== excludeUrl) seen.set(r.id, r);
        }
        out.set(s.index, [...seen.values()]);
      }),
    );
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
