// The popup's pure derivations from an Analysis: quoted words, first words, grouping, unnamed
// sources, one-sided accusations, safe links.
import { describe, expect, it } from "vitest";
import {
  countWords, firstWords, groupByParty, labelText, oneSidedAccusations, quotedWords, safeUrl, splitCounters, unnamedSources,
} from "../../src/shared/view-model";
import type { Statement } from "../../src/core/types";
import { analysis } from "./fixtures";

const sp = (text: string) => ({ start: 0, end: text.length, text });
const st = (mode: Statement["mode"], text: string, parts?: string[]): Statement => ({
  source: null, cue: null, content: sp(text), contentParts: parts?.map(sp), mode, stance: "neutral", sourceKind: "none",
  speaker: null, party: null, labels: [], counter: [],
});

describe("quotedWords", () => {
  it.each([
    ["direct: every word", st("direct", "We will not leave the harbour"), 6],
    ["direct, split quote: the parts", st("direct", "A b, he said. C d e", ["A b,", "C d e"]), 5],
    ["indirect: none", st("indirect", "that they would not leave"), 0],
    ["according-to: none", st("according-to", "the pier is safe"), 0],
    ["mixed: curly quoted part", st("mixed", "the plan was “a reckless gamble” for all"), 3],
    ["mixed: straight quotes", st("mixed", 'he called it "sad" and "avoidable"'), 2],
    ["mixed: guillemets", st("mixed", "une décision « très grave » hier"), 2],
    ["mixed: apostrophes are not quotes", st("mixed", "the authority's plan wasn't ready"), 0],
    ["contractions count as one word", st("direct", "I don't think so"), 4],
  ])("%s", (_n, s, n) => expect(quotedWords(s)).toBe(n));
});

describe("text helpers", () => {
  it.each([
    ["one two three", 5, "one two three"],
    ["  one\n two   three four ", 3, "one two three …"],
    ["", 3, ""],
  ])("firstWords(%j, %i)", (t, n, out) => expect(firstWords(t, n)).toBe(out));

  it.each([["Hello, world — 42 times", 4], ["", 0], ["…", 0]])("countWords(%j)", (t, n) => expect(countWords(t)).toBe(n));

  it.each([
    ["descriptor:so-called", "so-called"],
    ["plain", "plain"],
  ])("labelText(%s)", (l, out) => expect(labelText(l)).toBe(out));

  it.each([
    ["https://news.google.com/search?q=a", "https://news.google.com/search?q=a"],
    ["http://example.org/x#:~:text=a%20b", "http://example.org/x#:~:text=a%20b"],
    ["javascript:alert(1)", null],
    ["data:text/html,<b>x</b>", null],
    ["not a url", null],
    [undefined, null],
  ])("safeUrl(%s)", (u, out) => expect(safeUrl(u)).toBe(out));
});

describe("derivations from an analysis", () => {
  it("groups statements by party in party order, party-less last", () => {
    const groups = groupByParty(analysis());
    expect(groups.map((g) => g.party?.id ?? null)).toEqual(["harbour", "shore", null]);
    expect(groups.map((g) => g.statements)).toEqual([[0, 1, 4, 5], [2], [3]]);
    expect(groups[0]!.quotedWords).toBe(5);
  });

  it("a statement whose party is unknown to the party list goes to the party-less group", () => {
    const a = analysis();
    a.statements[2]!.party = "ghost";
    expect(groupByParty(a).find((g) => g.party === null)!.statements).toEqual([2, 3]);
  });

  it("unnamed sources: speaking ones with their kind, mentioned ones once, in text order", () => {
    expect(unnamedSources(analysis())).toEqual([
      { phrase: "Officials speaking on condition of anonymity", kind: "anonymous", statement: 3 },
      { phrase: "anonymous eyewitnesses", kind: null, statement: null },
    ]);
  });

  it("one-sided accusations: accused, never quoted; a quoted party is not one-sided", () => {
    const a = analysis();
    expect(oneSidedAccusations(a)).toEqual([{ party: a.parties[2], accusations: [5] }]);
    a.parties[2]!.quoted = true;
    expect(oneSidedAccusations(a)).toEqual([]);
  });

  it("splits counters, dropping unsafe links and answers that point nowhere", () => {
    const a = analysis();
    a.statements[2]!.counter.push({ kind: "in-article", label: "gone", statement: 99 });
    const { inArticle, outbound } = splitCounters(a.statements[2]!, a);
    expect(inArticle.map((c) => c.statement)).toEqual([4]);
    expect(outbound.map((c) => c.label)).toEqual(["Harbour Authority on Google News"]);
  });
});
