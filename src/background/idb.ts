// Opening one of the extension's IndexedDB databases (history, corrections) the same way: each
// version step brings one version to the next; a step that throws, or whose promise rejects, aborts
// the version change, so the database stays as it was (never half-upgraded) and is upgraded again
// on the next open. `onBlocking` runs when a newer version elsewhere waits for this connection,
// which is closed then (reopen on next use).
import { openDB, type DBSchema, type IDBPDatabase, type IDBPTransaction, type StoreNames } from "idb";

export type VersionTx<T extends DBSchema> = IDBPTransaction<T, StoreNames<T>[], "versionchange">;
export type VersionSteps<T extends DBSchema> = (db: IDBPDatabase<T>, oldVersion: number, tx: VersionTx<T>) => void | Promise<void>;

export async function openVersioned<T extends DBSchema>(name: string, version: number, steps: VersionSteps<T>, onBlocking: () => void): Promise<IDBPDatabase<T>> {
  const db = await openDB<T>(name, version, {
    upgrade(db, oldVersion, _newVersion, tx) {
      const abort = (e: unknown): never => {
        try {
          tx.abort();
        } catch {
          /* already finished */
        }
        throw e;
      };
      try {
        const pending = steps(db, oldVersion, tx);
        if (pending) return pending.catch(abort);
      } catch (e) {
        abort(e);
      }
    },
    blocking() {
      db.close();
      onBlocking();
    },
  });
  return db;
}
