// Line look-ups and the passes that use them stay linear on adversarial text (issue 15): the
// helpers agree with the native scans they replace, and the per-statement passes (display policy,
// reader features, counter-statements) grow like the text, not like its square.
import { describe, expect, test } from "vitest";
import { bestCpuMs } from "../../tests/support/cost";
import fc from "fast-check";
import { asciiTokenEndAt, isSpaceCode, lastBreakIn, lastBreakWithin, lineBreaks, lineStartAt, nextBreakIn, nextBreakWithin } from "./lines";
import { extractStatements } from "./extract";
import { decorate } from "./display";
import { buildCounters, DEFAULT_PROVIDERS } from "./links";
import type { Party, Statement } from "./types";

describe("line helpers agree with the native scans", () => {
  const text = fc.array(fc.constantFrom("a", " ", "\n", "b", "."), { maxLength: 60 }).map((xs) => xs.join(""));
  test("lineStartAt = lastIndexOf + 1", () => {
    fc.assert(
      fc.property(text, fc.integer({ min: -2, max: 64 }), (t, pos) => {
        expect(lineStartAt(lineBreaks(t), pos)).toBe(t.lastIndexOf("\n", pos - 1) + 1);
      }),
    );
  });
  test("bounded scans = native scans clamped to the window", () => {
    fc.assert(
      fc.property(text, fc.integer({ min: -2, max: 64 }), fc.integer({ min: 0, max: 10 }), (t, pos, w) => {
        const back = t.lastIndexOf("\n", pos);
        expect(lastBreakWithin(t, pos, pos - w)).toBe(back >= pos - w ? back : -1);
        const fwd = t.indexOf("\n", pos);
        expect(nextBreakWithin(t, pos, pos + w)).toBe(fwd >= 0 && fwd <= pos + w ? fwd : -1);
      }),
    );
  });
  test("the same bounded scans read from the line breaks", () => {
    fc.assert(
      fc.property(text, fc.integer({ min: -4, max: 70 }), fc.integer({ min: -4, max: 70 }), (t, a, b) => {
        const breaks = lineBreaks(t);
        expect(lastBreakIn(breaks, a, b)).toBe(lastBreakWithin(t, a, b));
        expect(nextBreakIn(breaks, a, b)).toBe(nextBreakWithin(t, a, b));
      }),
      { numRuns: 2000 },
    );
  });
});

/** Best of a few runs of f, in CPU ms of this process (a busy machine does not stretch one size only). */
const best = bestCpuMs;
const grow = (unit: (i: number) => string, chars: number): string => {
  const parts: string[] = [];
  let n = 0;
  for (let i = 0; n < chars; i++) {
    const p = unit(i);
    parts.push(p);
    n += p.length;
  }
  return parts.join("");
};
// wall seconds are not asserted (a busy machine stretches them; npm run bench:growth prints them):
// 16x the input must stay far below the 256x a quadratic pass takes (3x room over linear)
const SLACK = 48;

describe("per-statement passes stay linear in the text size", () => {
  test("display policy and reader features on run-on text (no line break): 16x the text, not 256x the time", () => {
    const run = (chars: number): number => {
      const t = grow((i) => `Mayor Brandt said the ferry ${i % 2 ? "is fine" : "costs too much"} and `, chars);
      const raw = extractStatements(t);
      expect(raw.length).toBeGreaterThan(chars / 100);
      return best(() => decorate(t, raw));
    };
    run(50_000); // warm-up: the first runs measure the JIT, not the pass
    const small = run(50_000);
    const large = run(800_000);
    expect(large).toBeLessThan(Math.max(200, small * SLACK));
  }, 120_000);

  test("counter-statements with thousands of distinct quoted sides: 16x the statements, not 256x the time", () => {
    // every statement its own quoted side: sides in no dispute are looked at the most-quoted few
    // per statement, never all of them
    const run = (n: number): number => {
      const parties: Party[] = [];
      const statements: Statement[] = [];
      for (let i = 0; i < n; i++) {
        const id = `side-${i}`;
        parties.push({ id, name: `Side ${i}`, aliases: [], quoted: true });
        const content = { start: 0, end: 20, text: `The ferry ${i % 3 ? "is fine" : "costs too much"}` };
        statements.push({ source: null, cue: null, content, mode: "direct", stance: "neutral", sourceKind: "named-person", speaker: `Speaker ${i}`, party: id, labels: [], counter: [] });
      }
      return best(() => buildCounters(statements, parties, [], DEFAULT_PROVIDERS), 2);
    };
    run(1_000); // warm-up
    const small = run(1_000);
    const large = run(16_000);
    expect(large).toBeLessThan(Math.max(200, small * SLACK));
  }, 120_000);
});

describe("the tokenizers' character-code word scan", () => {
  // where asciiTokenEndAt answers, it ends the token where the tokenizers' anchored regex does
  // (the span tagger's WORD; with "&", the word and mark alternatives of tokens.ts's TOKEN)
  // (a stop joins unless it stands between a lower-case letter and a capital with a lower-case
  // letter after it: "said.Vale" is two words, "U.S" and "Ph.D" one)
  const WORD_AT = /[\p{L}\p{N}]+(?:(?:['’-]|(?<!\p{Ll})\.|\.(?!\p{Lu}\p{Ll}))[\p{L}\p{N}]+)*|[^\s\p{L}\p{N}]/uy;
  const AMP_AT = /[\p{L}\p{N}]+(?:(?:['’\-&]|(?<!\p{Ll})\.|\.(?!\p{Lu}\p{Ll}))[\p{L}\p{N}]+)*|[^\s\p{L}\p{N}]/uy;
  const PIECES = ["a", "Bo", "B", "x7", "42", "É", "Éa", "é", "ß", "中", "٣", "½", "𝟘", "😀", "\ud800", " ", "\n", "\u00a0", "\u3000", "'", "’", "-", ".", "&", ",",
    "“", "”", "‘", "„", "«", "»", "–", "—", "…", "!", "(", "\u0301"];
  test("ends each token where the regex does, or leaves it to the regex", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 30 }), (parts) => {
        const text = parts.join("");
        for (let s = 0; s < text.length; s++) {
          if (isSpaceCode(text.charCodeAt(s))) continue;
          for (const [re, amp] of [[WORD_AT, false], [AMP_AT, true]] as const) {
            const end = asciiTokenEndAt(text, s, amp);
            if (end < 0) continue;
            re.lastIndex = s;
            expect(re.test(text)).toBe(true);
            expect(end).toBe(re.lastIndex);
          }
        }
      }),
      { numRuns: 3000 },
    );
  });
});
