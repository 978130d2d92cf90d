import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { buildCounters, DEFAULT_PROVIDERS, queryString } from "./links";
import type { Party, Statement } from "./types";

describe("search link queries", () => {
  it("are form-encoded exactly as URLSearchParams encodes them", () => {
    for (const q of ['"Harbour Trust" canal levy', "site:gov.uk ferry tariffs", "it's (not) ~fine*! 100% & more", "Zoë’s café — “quoted”", "a\uD800b", "\uDC00 lone", "😀 emoji"]) {
      expect(queryString(q)).toBe(new URLSearchParams({ q }).toString());
    }
    fc.assert(fc.property(fc.string({ unit: "binary" }), (q) => queryString(q) === new URLSearchParams({ q }).toString()), { numRuns: 2000 });
  });
});

describe("in-article counters on a page of thousands of statements", () => {
  // one side's statement, then the other side's five: only the farthest of them shares its words
  // (the two sides are opposed by the other side's last statement, which accuses the first side)
  const page = (filler: number): { statements: Statement[]; parties: Party[] } => {
    const say = (party: string | null, text: string): Statement => ({
      source: null, cue: null, content: { start: 0, end: text.length, text }, mode: "direct", stance: "neutral",
      sourceKind: "named-person", speaker: party, party, labels: [], counter: [],
    });
    const statements = [say("ash", "The harbour levy ruins the fishermen"), ...["Quarry", "Orchard", "Lantern", "Meadow"].map((w) => say("birch", `${w} rules apply`)), say("birch", "The harbour levy spares the fishermen"), say("birch", "Zebra crossings matter")];
    for (let i = 0; i < filler; i++) statements.push(say(null, `Nothing ${i}`));
    const parties = ["ash", "birch"].map((id) => ({ id, name: id, aliases: [], quoted: true }));
    return { statements, parties };
  };
  const inArticle = (filler: number): number[] => {
    const { statements, parties } = page(filler);
    const out = buildCounters(statements, parties, [{ kind: "accusation", from: 6, against: "ash" }], DEFAULT_PROVIDERS);
    return out[0]!.flatMap((c) => (c.kind === "in-article" && c.statement !== undefined ? [c.statement] : []));
  };
  it("an article looks at a dozen statements of each opposing side", () => {
    expect(inArticle(100)).toEqual([5, 6]);
  });
  it("a page of more statements than any article holds looks at the nearest four", () => {
    expect(inArticle(2_500)).toEqual([]);
  });
});
