// The reading report's figures, from hand-made statements (invented names) and through the real
// history: windows, unnamed share, sides, outlets, speakers, accused never heard, one-sided
// articles, CSV; history off means no report.
import "fake-indexeddb/auto";
import { describe, expect, test } from "vitest";
import { figuresCsv, readingFigures, type ReadingStatement } from "../../src/shared/reading";
import { History } from "../../src/background/history/index";
import { A, A_TEXT, A_TITLE, B, B_TEXT, B_TITLE, reportOf, URL_A, URL_B } from "./fixtures";

const DAY = 86_400_000;
const NOW = Date.UTC(2026, 5, 30, 12);
const st = (p: Partial<ReadingStatement>): ReadingStatement => ({
  url: "https://one.example/a",
  title: "A",
  readAt: NOW - 1000,
  side: "Harbour Board",
  sideKeys: ["harbour board"],
  speaker: "Ada Quill",
  sourceKind: "named-person",
  words: 10,
  against: [],
  ...p,
});

describe("readingFigures", () => {
  const all: ReadingStatement[] = [
    st({}),
    st({ words: 5 }),
    st({ speaker: "Ben Roe", words: 7 }),
    st({ side: "", sideKeys: [], speaker: "officials", sourceKind: "unnamed", words: 4 }),
    st({ url: "https://www.two.example/b", title: "B", side: "Dock Union", sideKeys: ["dock union"], speaker: "Cy Vale", against: ["Harbour Board", "Port Police"] }),
    st({ url: "https://www.two.example/b", title: "B", side: "", sideKeys: [], speaker: null, sourceKind: "anonymous", words: 3 }),
    // read eight days ago: in the month, not in the week
    st({ url: "https://three.example/c", title: "C", readAt: NOW - 8 * DAY, side: "Port Police", sideKeys: ["port police"], speaker: "Di Moss" }),
  ];

  test("the week: counts, unnamed share, sides, outlets, speakers", () => {
    const f = readingFigures(all, "week", NOW);
    expect(f.statements).toBe(6);
    expect(f.articles).toBe(2);
    expect(f.unnamed).toBe(2);
    expect(f.unnamedShare).toBeCloseTo(2 / 6);
    expect(f.bySide).toEqual([
      { label: "Harbour Board", statements: 3, words: 22, articles: 1 },
      { label: "Dock Union", statements: 1, words: 10, articles: 1 },
    ]);
    expect(f.byOutlet.map((o) => [o.label, o.statements, o.unnamed])).toEqual([["one.example", 4, 1], ["two.example", 2, 1]]);
    expect(f.speakers.map((s) => [s.label, s.statements])).toEqual([["Ada Quill", 2], ["Cy Vale", 1], ["Ben Roe", 1]]); // ties: more words first
  });

  test("sides accused and never heard; articles where one side had all the words", () => {
    const week = readingFigures(all, "week", NOW);
    // the board speaks in the week; the port police do not (they speak only eight days ago)
    expect(week.accusedNeverHeard).toEqual([{ side: "Port Police", accusations: 1, articles: 1 }]);
    expect(readingFigures(all, "month", NOW).accusedNeverHeard).toEqual([]);
    expect(week.oneSided).toEqual([{ url: "https://one.example/a", title: "A", outlet: "one.example", side: "Harbour Board", statements: 3 }]);
  });

  test("the day, an empty period, CSV quoting", () => {
    expect(readingFigures(all, "day", NOW).statements).toBe(6);
    expect(readingFigures(all, "day", NOW + 30 * DAY).statements).toBe(0);
    const csv = figuresCsv(readingFigures([st({ side: "=cmd, \"quoted\"", sideKeys: ["x"] })], "day", NOW));
    expect(csv).toContain(`side,"'=cmd, ""quoted""",1,10,1,`);
  });
});

describe("History.reading", () => {
  test("from the stored history, and no report while history is off", async () => {
    let enabled = true;
    const now = Date.UTC(2026, 2, 1);
    const h = new History({ dbName: `reading-${Math.random()}`, now: () => now, settings: () => ({ enabled, maxStatements: 1000, maxAgeDays: 365 }) });
    await h.record(reportOf(URL_A, A_TITLE, A_TEXT, A));
    await h.record(reportOf(URL_B, B_TITLE, B_TEXT, B));
    const r = await h.reading("week");
    if (!r.enabled) throw new Error("history is on");
    const stored = (await h.exportJson()).records;
    expect(r.figures.statements).toBe(stored.length);
    expect(r.figures.articles).toBe(2);
    expect(r.figures.bySide.reduce((n, c) => n + c.statements, 0)).toBe(stored.filter((x) => x.partyKeys.length > 0).length);
    enabled = false;
    expect(await h.reading("week")).toEqual({ enabled: false });
    await h.close();
  });
});
