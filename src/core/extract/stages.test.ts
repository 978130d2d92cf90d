// The extraction stages one at a time, on sentences written for the test: how each is called
// (a Units over the tokenized text, unit indexes in and out) and what it returns. The whole
// extractor is tested through extractStatements in ../extract.test.ts.
import { describe, expect, test } from "vitest";
import { sentences, tokenize } from "../tokens";
import { type Range, type Reading, type Sent, Units, sentenceAt } from "./units";
import { sourceLeft, sourceRight, subjectAt } from "./source";
import { clauseEnd, contentStart } from "./reported";
import { labelCues, tokenCues } from "./cues";
import { settleSentence } from "./passes";

function unitsOf(text: string): Units {
  return new Units(tokenize(text), text);
}
/** The index of the n-th unit (0-based) whose lower-case word is w. */
export function at(d: Units, w: string, n = 0): number {
  for (let i = 0; i < d.U.length; i++) if (d.word(i) === w && n-- === 0) return i;
  throw new Error(`no unit "${w}"`);
}
/** The text a unit range covers. */
function textOf(d: Units, r: Range | null): string | null {
  return r ? d.text.slice(d.U[r[0]]!.s, d.U[r[1]]!.e) : null;
}
/** The first sentence as the stages read it, with its candidates read and settled. */
function firstSentence(text: string): { d: Units; s: Sent } {
  const d = unitsOf(text);
  const S = sentences(d.U);
  const s = sentenceAt(d, S, 0)!;
  const r: Reading = { S, cands: [], claimedQuote: new Set(), continuedQuote: new Set(), headings: [], lastAbsorbed: -1 };
  labelCues(d, s);
  tokenCues(d, r, s);
  settleSentence(d, s);
  return { d, s };
}

describe("Units", () => {
  const d = unitsOf("Ana Ruiz said, “The pier stays.”");
  test("words, marks and quotations by index; out of range is nothing", () => {
    expect(d.word(0)).toBe("ana");
    expect(d.isCap(0)).toBe(true);
    expect(d.isW(2, "said")).toBe(true);
    expect(d.isP(3, ",")).toBe(true);
    expect(d.isQ(4)).toBe(true);
    expect(d.word(99)).toBe("");
    expect(d.isW(-1, "said")).toBe(false);
  });
  test("prob reads the learned cue rate once and keeps it on the unit", () => {
    const p = d.prob(2);
    expect(p).toBeGreaterThan(0.5);
    expect(d.U[2]!.p).toBe(p);
    expect(d.prob(4)).toBe(0); // a quotation is no word
  });
});

describe("source boundaries", () => {
  test("sourceLeft: the subject before a cue, with its apposition", () => {
    const d = unitsOf("Lena Ortiz, a spokeswoman for the port, said the pier would close.");
    const said = at(d, "said");
    expect(textOf(d, sourceLeft(d, said - 1, 0))).toBe("Lena Ortiz, a spokeswoman for the port");
  });
  test("sourceLeft: an interposed adjunct is left out", () => {
    const d = unitsOf("Judge Ada Brook, in her ruling, said the fee was unlawful.");
    expect(textOf(d, sourceLeft(d, at(d, "said") - 1, 0))).toBe("Judge Ada Brook");
  });
  test("sourceRight: an inverted source after the cue, to the end of the sentence", () => {
    const d = unitsOf("The ferries will run, said Omar Hale, a harbour pilot.");
    const e = d.U.length - 1; // before the final full stop
    expect(textOf(d, sourceRight(d, at(d, "said") + 1, e))).toBe("Omar Hale, a harbour pilot");
  });
  test("subjectAt: the subject opening a clause, past a fronted adverbial", () => {
    const d = unitsOf("On Monday, the harbour board voted and said the fees would rise.");
    expect(textOf(d, subjectAt(d, 0, at(d, "and")))).toBe("the harbour board");
  });
});

describe("content boundaries", () => {
  test("contentStart skips the addressee of a verb of telling", () => {
    const d = unitsOf("She told reporters that the fees would rise.");
    expect(d.word(contentStart(d, at(d, "told"), d.U.length - 1, "told"))).toBe("that");
  });
  test("clauseEnd stops at a comma that opens a clause of the writer's", () => {
    const d = unitsOf("He said the tolls would stay, but lamented the cost.");
    const k = at(d, "said") + 1;
    const end = clauseEnd(d, k, d.U.length - 1);
    expect(d.text.slice(d.U[k]!.s, d.U[end - 1]!.e)).toBe("the tolls would stay");
  });
});

describe("a sentence through the cue pass and its fix-ups", () => {
  test("the verb of saying with its source and content", () => {
    const { d, s } = firstSentence("The mayor said the bridge would reopen in May.");
    expect(s.found).toHaveLength(1);
    const [f] = s.found;
    expect(f!.head).toBe("said");
    expect(textOf(d, f!.source)).toBe("The mayor");
    expect(f!.content.map((r) => textOf(d, r))).toEqual(["the bridge would reopen in May"]);
  });
  test("a headline colon is a speaker label", () => {
    const { d, s } = firstSentence("Okafor: The harbour will not be sold");
    expect(s.found[0]!.head).toBe(":");
    expect(textOf(d, s.found[0]!.source)).toBe("Okafor");
  });
  test("according to, after the clause it covers", () => {
    const { d, s } = firstSentence("Fares rose by a third, according to the transit board.");
    const f = s.found.find((c) => c.acc)!;
    expect(textOf(d, f.source)).toBe("the transit board");
    expect(f.content.map((r) => textOf(d, r))).toEqual(["Fares rose by a third"]);
  });
});
