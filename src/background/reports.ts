// Per-tab reports held by the background: an in-memory map mirrored to storage.session, so a
// Chrome service worker that is stopped and restarted still answers the popup. Never holds
// anything past the tab's life, and never writes to persistent storage (what you read stays
// in memory until the browser closes).
import { reportKey, type TabReport } from "../shared/messages";

/** The part of a storage area the store uses (storage.session where the browser has it). */
export type SessionArea = {
  get(keys: null | string | string[]): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
};

const PREFIX = reportKey(0).slice(0, -1);

export class ReportStore {
  private readonly reports = new Map<number, TabReport>();
  private loading: Promise<void> | null = null;

  constructor(private readonly area: SessionArea | undefined, private readonly isValid: (x: unknown) => x is TabReport) {}

  /** Restore what a previous instance of the worker stored; idempotent. */
  private ready(): Promise<void> {
    this.loading ??= (async () => {
      if (!this.area) return;
      try {
        const all = await this.area.get(null);
        for (const [key, value] of Object.entries(all)) {
          const id = Number(key.slice(PREFIX.length));
          // a report set since the worker woke is newer than the stored one
          if (key.startsWith(PREFIX) && Number.isInteger(id) && this.isValid(value) && !this.reports.has(id)) {
            this.reports.set(id, value);
          }
        }
      } catch {
        // session storage unavailable: memory only, which is still correct while the worker lives
      }
    })();
    return this.loading;
  }

  async get(tabId: number): Promise<TabReport | null> {
    await this.ready();
    return this.reports.get(tabId) ?? null;
  }

  async set(tabId: number, report: TabReport): Promise<void> {
    await this.ready();
    this.reports.set(tabId, report);
    if (!this.area) return;
    try {
      await this.area.set({ [reportKey(tabId)]: report });
    } catch {
      // over quota (huge article text): keep the analysis, drop the text rather than lose both
      try {
        const { text: _text, ...rest } = report;
        await this.area.set({ [reportKey(tabId)]: rest });
      } catch {
        /* memory only */
      }
    }
  }

  async delete(tabId: number): Promise<boolean> {
    await this.ready();
    const had = this.reports.delete(tabId);
    if (this.area) await this.area.remove(reportKey(tabId)).catch(() => undefined);
    return had;
  }
}
