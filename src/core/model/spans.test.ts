import { describe, expect, test } from "vitest";
import fc from "fast-check";
import { taggerTokens } from "./spans";
import { tokenize } from "../words";

describe("the span tagger's tokens", () => {
  test("read off the word tokens, they are the tokens it reads from the text", () => {
    const parts = ["Jo", "said", "10", ",", "000", "1,000.5", "3,0000", "U.S.", "O’Neil", "e-mail", "x.", "-", "’", "'", " ", "  ", "\n", "\u00a0",
      "\u2028", "“", "”", "—", "…", "é", "Ärger", "\u0301", "٣", "日本", "(", ")", "$", "%", "\t", "a\uD835\uDC00b", "\uD800"];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...parts), { maxLength: 30 }), (ps) => {
        const text = ps.join("");
        expect(taggerTokens(text, tokenize(text))).toEqual(taggerTokens(text));
      }),
      { numRuns: 3000, seed: 13 },
    );
  });

  test("a number with thousands separators is its digits and commas", () => {
    const text = "It cost 10,000 dollars.";
    const { starts, ends } = taggerTokens(text, tokenize(text));
    expect(starts.map((s, i) => text.slice(s, ends[i]))).toEqual(["It", "cost", "10", ",", "000", "dollars", "."]);
  });
});
