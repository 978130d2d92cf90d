// firstFullNames (disputes.ts) finds, in one pass, what one search per surname used to find: the
// first "First Surname" / "First X. Surname" of the text. Checked against that search on invented
// text and on generated text made of names, initials, hyphens and punctuation.
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { firstFullNames } from "./disputes";

const SURNAME = /^\p{Lu}\p{Ll}[\p{Ll}-]+$/u;
/** The search per surname that firstFullNames stands for. */
const searchFor = (text: string, sur: string): string | undefined =>
  new RegExp(`(?<![\\p{L}])(\\p{Lu}\\p{Ll}+(?:\\s+\\p{Lu}\\.)?\\s+${sur})(?![\\p{L}])`, "u").exec(text)?.[1];

function check(text: string): void {
  const index = firstFullNames(text);
  // every surname-shaped word (and hyphen-cut part) of the text, plus the index's own keys
  const surnames = new Set<string>(index.keys());
  for (const w of text.match(/[\p{L}-]+/gu) ?? []) {
    for (let i = 0; i <= w.length; i++) if (i === w.length || w[i] === "-") for (let j = 0; j < i; j++) surnames.add(w.slice(j, i));
  }
  for (const sur of surnames) {
    if (!SURNAME.test(sur)) continue;
    expect(index.get(sur), `${JSON.stringify(sur)} in ${JSON.stringify(text)}`).toBe(searchFor(text, sur));
  }
}

describe("firstFullNames", () => {
  it("finds the first full name of each surname", () => {
    const text = "Hart spoke first. Then Jo Hart and Ana B. Okoro-Lind met, and Lee Okoro-Lind's aide, Sam Okoro, left. Mr Hart-less Ted Hartley";
    check(text);
    const m = firstFullNames(text);
    expect(m.get("Hart")).toBe("Jo Hart");
    expect(m.get("Okoro-Lind")).toBeUndefined(); // (no surname shape: a capital inside)
    expect(m.get("Okoro")).toBe("Ana B. Okoro");
    expect(m.get("Hartley")).toBe("Ted Hartley");
  });
  it("agrees with one search per surname on generated text", () => {
    const piece = fc.constantFrom("Jo", "Ana", "Hart", "Okoro", "Lind-Berg", "B.", "X.", "McKay", "Émile", "Ñuñez", "ana", " ", "  ", "\n", "-", ",", "'s", "’s", "e", "Hartley", "Z", "𝐀b");
    fc.assert(fc.property(fc.array(fc.tuple(piece, fc.constantFrom(" ", "", "  ", "-")), { maxLength: 30 }).map((xs) => xs.map(([a, b]) => a + b).join("")), (t) => check(t)), { numRuns: 300 });
  });
});
