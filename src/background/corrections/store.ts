// The reader's corrections, kept in the extension's own IndexedDB: a database of their own beside
// the history's ("whosaid-corrections"), so switching the history off or clearing it never touches
// them and the history's schema needs no new version. Each record is checked when read: a damaged
// one is dropped alone, never the rest. Writes go one at a time.
import type { DBSchema, IDBPDatabase } from "idb";
import { openVersioned } from "../idb";
import { normaliseCorrection, type CorrectionRecord } from "../../shared/corrections";

export const CORRECTIONS_DB = "whosaid-corrections";
export const CORRECTIONS_DB_VERSION = 1;
export const CORRECTIONS_STORE = "corrections";
/** Most corrections kept, and per article: beyond them a new one is refused (never an old one dropped). */
export const MAX_CORRECTIONS = 10_000;
export const MAX_ARTICLE_CORRECTIONS = 500;

interface CorrectionsDB extends DBSchema {
  corrections: { key: string; value: CorrectionRecord; indexes: { byArticle: string; byAt: number } };
}

/**
 * Open (creating or upgrading) the database. Each step brings one version to the next; a step that
 * throws aborts the version change, so the database stays as it was and is upgraded again on the
 * next open. `onBlocking`: a newer version elsewhere waits for this connection, which closes.
 */
export function openCorrectionsDB(name = CORRECTIONS_DB, onBlocking: () => void = () => undefined): Promise<IDBPDatabase<CorrectionsDB>> {
  return openVersioned<CorrectionsDB>(
    name,
    CORRECTIONS_DB_VERSION,
    (db, oldVersion) => {
      if (oldVersion < 1) {
        const s = db.createObjectStore(CORRECTIONS_STORE, { keyPath: "id" });
        s.createIndex("byArticle", "article");
        s.createIndex("byAt", "at");
      }
      // a later version adds its step here: `if (oldVersion < 2) …`, record by record
    },
    onBlocking,
  );
}

export class TooManyCorrections extends Error {}

export class CorrectionStore {
  private db: Promise<IDBPDatabase<CorrectionsDB>> | null = null;
  private open = false;
  private writing: Promise<unknown> = Promise.resolve();

  constructor(private readonly name = CORRECTIONS_DB) {}

  /** The open database; opened again after a failed open or a connection closed for an upgrade. */
  private connection(): Promise<IDBPDatabase<CorrectionsDB>> {
    if (this.db && this.open) return this.db;
    const opening = openCorrectionsDB(this.name, () => (this.open = false));
    this.db = opening;
    this.open = true;
    opening.catch(() => {
      if (this.db === opening) {
        this.db = null;
        this.open = false;
      }
    });
    return opening;
  }

  private exclusive<T>(fn: () => Promise<T>): Promise<T> {
    const run = this.writing.then(fn, fn);
    this.writing = run.catch(() => undefined);
    return run;
  }

  /** The corrections of one article (damaged records are dropped from the database). */
  async forArticle(article: string): Promise<CorrectionRecord[]> {
    const db = await this.connection();
    const raw: unknown[] = await db.getAllFromIndex(CORRECTIONS_STORE, "byArticle", article);
    const good: CorrectionRecord[] = [];
    const bad: IDBValidKey[] = [];
    for (const r of raw) {
      const n = normaliseCorrection(r);
      if (n && n.article === article) good.push(n);
      else if (typeof (r as { id?: unknown } | null)?.id === "string") bad.push((r as { id: string }).id);
    }
    if (bad.length > 0) void this.deleteKeys(bad).catch(() => undefined);
    return good;
  }

  /** Every correction, newest first (damaged records left out). */
  async all(): Promise<CorrectionRecord[]> {
    const db = await this.connection();
    const raw: unknown[] = await db.getAllFromIndex(CORRECTIONS_STORE, "byAt");
    const out: CorrectionRecord[] = [];
    for (const r of raw) {
      const n = normaliseCorrection(r);
      if (n) out.push(n);
    }
    return out.reverse();
  }

  /** Store a correction (replacing the article's earlier one for the same statement). */
  put(record: CorrectionRecord): Promise<void> {
    const rec = normaliseCorrection(record);
    if (!rec) return Promise.reject(new Error("not a valid correction"));
    return this.exclusive(async () => {
      const db = await this.connection();
      const tx = db.transaction(CORRECTIONS_STORE, "readwrite");
      const replaces = (await tx.store.getKey(rec.id)) !== undefined;
      if (!replaces) {
        const [total, mine] = await Promise.all([tx.store.count(), tx.store.index("byArticle").count(rec.article)]);
        if (total >= MAX_CORRECTIONS || mine >= MAX_ARTICLE_CORRECTIONS) {
          tx.abort();
          await tx.done.catch(() => undefined);
          throw new TooManyCorrections(`at most ${mine >= MAX_ARTICLE_CORRECTIONS ? `${MAX_ARTICLE_CORRECTIONS} corrections per article` : `${MAX_CORRECTIONS} corrections`} are kept`);
        }
      }
      await tx.store.put(rec);
      await tx.done;
    });
  }

  /** Undo one correction. Returns whether it was there. */
  delete(id: string): Promise<boolean> {
    return this.exclusive(async () => {
      const db = await this.connection();
      const tx = db.transaction(CORRECTIONS_STORE, "readwrite");
      const had = (await tx.store.getKey(id)) !== undefined;
      if (had) await tx.store.delete(id);
      await tx.done;
      return had;
    });
  }

  private deleteKeys(keys: IDBValidKey[]): Promise<void> {
    return this.exclusive(async () => {
      const db = await this.connection();
      const tx = db.transaction(CORRECTIONS_STORE, "readwrite");
      await Promise.all(keys.map((k) => tx.store.delete(k as string)));
      await tx.done;
    });
  }

  async count(): Promise<number> {
    return (await this.connection()).count(CORRECTIONS_STORE);
  }

  /** Forget every correction. Returns how many there were. */
  clear(): Promise<number> {
    return this.exclusive(async () => {
      const db = await this.connection();
      const n = await db.count(CORRECTIONS_STORE);
      await db.clear(CORRECTIONS_STORE);
      return n;
    });
  }

  close(): void {
    const db = this.db;
    this.db = null;
    this.open = false;
    void db?.then((d) => d.close()).catch(() => undefined);
  }
}
