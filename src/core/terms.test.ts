import { describe, expect, test } from "vitest";
import fc from "fast-check";
import { asciiWords, clearTermCache, keyTerms } from "./disputes";

describe("key terms", () => {
  test("asciiWords reads the words the pattern matches, the short ones left out", () => {
    const re = /[A-Za-z0-9]+(?:[-’'][A-Za-z0-9]+)*/g;
    const parts = ["a", "Bo", "x9", "7", "-", "’", "'", " ", ".", "é", "“", "s", "don", "t", "--", "\n", "O’Neil", "e-mail"];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...parts), { maxLength: 30 }), fc.integer({ min: 1, max: 4 }), (ps, min) => {
        const s = ps.join("");
        expect(asciiWords(s, min)).toEqual((s.match(re) ?? []).filter((w) => w.length >= min));
      }),
      { numRuns: 2000, seed: 11 },
    );
  });

  test("names first, then the other words longest first, in text order within a length", () => {
    clearTermCache();
    expect(keyTerms("The council’s budget for Lake Ormond rises, Ms. Varga said; budgets and roads and parks", 30)).toEqual([
      "Lake",
      "Ormond",
      "Varga",
      "council",
      "budgets",
      "budget",
      "rises",
      "roads",
      "parks",
    ]);
  });
});
