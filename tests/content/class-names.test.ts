// Readability's class-name patterns are case-insensitive (/i). The scoring path matches them
// case-sensitively against names lower-cased first (cheaper to compile on every page the content
// script reads, and to run): the answers must be those of the /i patterns for any class and id.
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { RX, lowerName, matchName } from "../../src/shared/article";

const PATTERNS = { unlikely: RX.unlikely, maybe: RX.maybe, positive: RX.positive, negative: RX.negative };

/** What Readability asks: the pattern with the i flag, on the name as the page wrote it. */
const readability = (rx: RegExp, name: string): boolean => new RegExp(rx.source, "i").test(name);

describe("class-name patterns on lower-cased names", () => {
  test("the patterns are lower case (else lower-casing the names would lose matches)", () => {
    for (const rx of Object.values(PATTERNS)) {
      expect(rx.flags).toBe("");
      expect(rx.source).toBe(rx.source.toLowerCase());
    }
  });

  test("names of every kind", () => {
    const names = [
      " ", "Article-Body main", "SIDEBAR", "nav-Menu hid", "HID", "x HID", "HID x", "a HID b", "hidden",
      // letters whose case mapping reaches ASCII, or not: dotted capital I, Kelvin sign, dotless i, long s
      "S\u0130DEBAR", "\u0130", "s\u0131debar", "\u212Aomment", "BANNER \u212A", "\u017Fhoutbox", "Stra\u00DFe content",
    ];
    for (const name of names) {
      for (const [k, rx] of Object.entries(PATTERNS)) expect(matchName(rx, lowerName(name)), `${k} on ${name}`).toBe(readability(rx, name));
    }
  });

  test("same answers as the /i patterns on generated names", () => {
    const words = Object.values(PATTERNS).flatMap((rx) => rx.source.split("|")).map((w) => w.replace(/[$^]/g, ""));
    const cased = fc.tuple(fc.constantFrom(...words), fc.array(fc.boolean(), { maxLength: 20 }))
      .map(([w, up]) => [...w].map((c, i) => (up[i] ? c.toUpperCase() : c)).join(""));
    const odd = fc.constantFrom("\u0130", "\u212A", "\u0131", "\u017F", "\u00DF", "\u00C9", " ", "-", "_", "K", "k", "I", "i");
    const name = fc.array(fc.oneof(cased, odd, fc.string({ maxLength: 4 })), { maxLength: 8 }).map((a) => a.join(""));
    fc.assert(fc.property(name, (n) => Object.values(PATTERNS).every((rx) => matchName(rx, lowerName(n)) === readability(rx, n))), { numRuns: 5000 });
  });
});
