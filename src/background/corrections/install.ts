// Plugs the reader's corrections into the background. Every analysis of a page gets that article's
// corrections applied before it is stored for the popup and sent back to the page (a mark the
// reader called "not a statement" is never drawn again). A content script may add a correction
// only for a statement of its own tab's current analysis, for its own tab's URL as the browser
// reports it; listing, undo and clearing answer the extension's own pages only (background.ts's
// ALLOWED). Corrections are the reader's explicit word: they are kept whether the history is on
// or off, and only the options page forgets them. A private window keeps none (applied there only).
import type { Analysis, Statement } from "../../core/types";
import { articleUrl, clip, CORRECTION_LIMITS, speakerName, statementKey, type CorrectionRecord } from "../../shared/corrections";
import type { CorrectionRequest, CorrectionResponse } from "../../shared/messages";
import type { Background, Origin } from "../background";
import { applyCorrections } from "./apply";
import { CorrectionStore } from "./store";

export type CorrectionsOptions = { dbName?: string; now?: () => number };

/** The Analysis as a page may see it: nothing from the reading history of other pages. */
export function pageSafe(a: Analysis): Analysis {
  return { ...a, statements: a.statements.map((s) => (s.counter.some((c) => c.kind === "history") ? { ...s, counter: s.counter.filter((c) => c.kind !== "history") } : s)) };
}

const fail = (error: string): CorrectionResponse => ({ ok: false, error });
const name = (x: string | null): string | null => (x === null ? null : clip(x, CORRECTION_LIMITS.name) || null);

/** The side most of a speaker's statements in this article speak for (null: none). */
function sideOfSpeaker(a: Analysis, who: string): string | null {
  const counts = new Map<string | null, number>();
  for (const s of a.statements) if (speakerName(s) === who) counts.set(s.party, (counts.get(s.party) ?? 0) + 1);
  let best: string | null = null;
  let most = 0;
  for (const [p, n] of counts) if (n > most) [best, most] = [p, n];
  return best;
}

/** The stored record for a reader's request about statement `s` of analysis `a`, or why there is none. */
export function correctionFor(a: Analysis, req: CorrectionRequest, article: string, title: string, at: number): CorrectionRecord | string {
  const s: Statement | undefined = a.statements[req.index];
  if (!s) return "no such statement on this page";
  const prior = a.corrections?.find((c) => c.statement === req.index);
  const key = prior?.key ?? statementKey(s);
  if (key !== req.key) return "the page changed since it was read: reload it and try again";
  const partyName = (id: string | null): string | null => (id === null ? null : (a.parties.find((p) => p.id === id)?.name ?? null));
  const rec: CorrectionRecord = {
    v: 1,
    id: `${article}\u0000${key}`,
    article,
    key,
    kind: req.kind,
    was: prior?.was ?? { speaker: name(speakerName(s)), side: name(partyName(s.party)) },
    content: clip(s.content.text, CORRECTION_LIMITS.content),
    title: clip(title, CORRECTION_LIMITS.title),
    at,
  };
  if (req.kind === "not-statement") return rec;
  // Only a speaker or a side this article has: the reader picks, never types, and a page gets
  // nothing into the store that its own analysis did not say.
  let side: string | null;
  if (req.side !== undefined) {
    if (req.side !== null && !a.parties.some((p) => p.id === req.side)) return "no such side in this article";
    side = partyName(req.side);
  } else side = null;
  if (req.speaker !== undefined) {
    if (!a.statements.some((x) => speakerName(x) === req.speaker)) return "no such speaker in this article";
    const who = name(req.speaker);
    if (!who) return "no such speaker in this article";
    if (req.side === undefined) side = partyName(sideOfSpeaker(a, req.speaker));
    rec.to = { speaker: who, side: name(side) };
  } else rec.to = { side: name(side) };
  return rec;
}

export function installCorrections(bg: Background, opts: CorrectionsOptions = {}): CorrectionStore {
  const store = new CorrectionStore(opts.dbName);
  const now = opts.now ?? Date.now;

  bg.analysisHooks.push(async (analysis, page) => {
    const article = articleUrl(page.url);
    if (!article || analysis.statements.length === 0) return analysis;
    return applyCorrections(analysis, await store.forArticle(article));
  });

  bg.handlers["correction-add"] = async (req, origin: Origin) => {
    if (origin.kind !== "content") return fail("not from a page");
    const article = articleUrl(origin.url);
    if (!article) return fail("Whosaid keeps no corrections for this kind of page");
    const report = await bg.store.get(origin.tabId);
    if (!report || report.state !== "done" || !report.analysis || articleUrl(report.url) !== article) {
      return fail("this page's reading is not known any more: reload it and try again");
    }
    const rec = correctionFor(report.analysis, req, article, report.title, now());
    if (typeof rec === "string") return fail(rec);
    let saved = false;
    if (!origin.incognito) {
      try {
        await store.put(rec);
        saved = true;
      } catch (e) {
        return fail(`could not keep the correction: ${e instanceof Error ? e.message : String(e)}`);
      }
    }
    const analysis = applyCorrections(report.analysis, [rec]);
    await bg.replaceReport(origin.tabId, { ...report, analysis });
    return { ok: true, saved, analysis: pageSafe(analysis) };
  };

  bg.handlers["corrections-list"] = async () => ({ items: await store.all() });
  bg.handlers["correction-undo"] = async ({ id }) => ({ ok: await store.delete(id) });
  bg.handlers["corrections-clear"] = async () => ({ ok: true, cleared: await store.clear() });

  return store;
}
