import { describe, expect, test } from "vitest";
import { LEX, LEX_LISTS, lexBits } from "./lexicon";
import { tokenize } from "./words";

describe("lexicon bits of the word tokens", () => {
  test("a word has the bit of exactly the lists it is in", () => {
    const words = new Set(LEX_LISTS.flatMap(([l]) => [...l]));
    for (const w of [...words, "teacupful", "the", ""]) {
      const want = LEX_LISTS.reduce((bits, [l, bit]) => bits | ([...l].includes(w) ? bit : 0), 0);
      expect(lexBits(w)).toBe(want);
    }
  });

  test("each token carries the bits of its lower-cased word", () => {
    const toks = tokenize("Some anonymous Officials, who spoke, said the so-called plan failed.");
    for (const t of toks) expect(t.lex).toBe(lexBits(t.lw));
    expect(toks.find((t) => t.w === "Officials")!.lex & LEX.SOURCE_PERSON).toBe(LEX.SOURCE_PERSON);
    expect(toks.find((t) => t.w === "so-called")!.lex).toBe(LEX.DESCRIPTOR);
    expect(toks.find((t) => t.w === "plan")!.lex).toBe(0);
  });
});
