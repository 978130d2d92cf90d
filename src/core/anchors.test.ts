import { describe, expect, test } from "vitest";
import fc from "fast-check";
import { matchesAt, upperOffsets, uppersBefore } from "./anchors";

/** The matches a global scan finds, as offset:text. */
const globalMatches = (source: string, text: string): string[] => [...text.matchAll(new RegExp(source, "gu"))].map((m) => `${m.index}:${m[0]}`);
const anchored = (source: string, text: string): string[] => [...matchesAt(new RegExp(source, "uy"), text, upperOffsets(text))].map((m) => `${m.index}:${m[0]}`);

// patterns of the engine's shape: each opens with an upper-case letter (one with a look-behind)
const PATTERNS = [
  String.raw`(\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'-]+){0,3})\s+(?:co-?)?(?:founder|director)\s+(\p{Lu}\p{Ll}+(?:\s+\p{Lu}\.)?\s+\p{Lu}[\p{L}’'-]+)`,
  String.raw`(?<![\p{L}])\p{Lu}\p{Ll}+(?:\s+\p{Lu}\.)?\s+`,
  String.raw`(\p{Lu}[\p{L}’'-]+)(?:\s*\(|,\s*)([DRI])-[A-Z]`,
];

describe("upperOffsets and matchesAt", () => {
  test("a pattern opening with a capital finds at the capitals what a global scan finds", () => {
    const parts = ["Jo", "Hart", "Kessel", "founder", "director", "R-Ohio", "(", ",", " ", "  ", ".", "J.", "Éva", "Łukasz", "über", "\u{1D400}x", "\uD835", "\uDC00", "McNeil", "’s", "-", "\n", "D-Calif"];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...parts), { maxLength: 24 }), (ps) => {
        const text = ps.join("");
        for (const p of PATTERNS) expect(anchored(p, text)).toEqual(globalMatches(p, text));
      }),
      { numRuns: 2000, seed: 5 },
    );
  });

  test("offsets of upper-case letters, a letter beyond the BMP at its first code unit", () => {
    expect([...upperOffsets("ab Cd É \u{1D400}Z")]).toEqual([3, 6, 8, 10]);
    // the last text's offsets are kept; another text gets its own
    expect([...upperOffsets("xY")]).toEqual([1]);
  });
});

describe("uppersBefore", () => {
  // the party label pattern of partyTags, tried only at the capitals of the words before a label
  const AFTER = String.raw`(\p{Lu}[\p{L}’'-]+)(?:\s*\(|,\s*)([DRI])-[A-Z]`;
  const nearLabels = (text: string): string[] => {
    const labels = [...text.matchAll(/[DRI]-[A-Z]/g)].map((m) => m.index);
    return [...matchesAt(new RegExp(AFTER, "uy"), text, uppersBefore(text, labels, "(,"))].map((m) => `${m.index}:${m[0]}`);
  };

  test("finds what a global scan finds, where every match runs from capitals over words to a label", () => {
    const parts = ["Jo", "Hart", "Lee", "(", ",", " ", "  ", ".", "Éva", "über", "\u{1D400}x", "\uD835", "\uDC00", "McNeil", "’s", "-", "\n", "D-Calif", "R-Ohio", "I-Vt", "D-R-X", "“", "\u00a0"];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...parts), { maxLength: 24 }), (ps) => {
        const text = ps.join("");
        expect(nearLabels(text)).toEqual(globalMatches(AFTER, text));
      }),
      { numRuns: 2000, seed: 7 },
    );
  });

  test("the capitals of the run before each hit, each once, in order", () => {
    const text = "Sen. Jo Hart (R-Ohio) and McNeil, D-Calif. spoke";
    const hits = [text.indexOf("R-"), text.indexOf("D-")];
    // "Sen." ends the first run at its dot, ")" the second: "Jo Hart (" and "and McNeil, " are read
    expect(uppersBefore(text, hits, "(,")).toEqual([5, 8, 26, 28]);
  });
});

