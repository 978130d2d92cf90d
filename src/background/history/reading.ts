// What the reading report (src/shared/reading.ts) reads of a stored statement: kept beside the
// in-memory index so a report never reads the database.
import type { ReadingStatement } from "../../shared/reading";
import type { HistoryRecord } from "./schema";

export function readingStatement(r: HistoryRecord): ReadingStatement {
  return {
    url: r.url,
    title: r.title,
    readAt: r.readAt,
    side: r.partyKeys.length > 0 ? r.partyName : "",
    sideKeys: r.partyKeys,
    speaker: r.speaker,
    // stored before the source kind was kept: every such record had a named side
    sourceKind: r.sourceKind ?? "named-person",
    words: r.words ?? 0,
    against: r.dispute?.against ?? [],
  };
}
