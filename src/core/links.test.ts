import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { queryString } from "./links";

describe("search link queries", () => {
  it("are form-encoded exactly as URLSearchParams encodes them", () => {
    for (const q of ['"Harbour Trust" canal levy', "site:gov.uk ferry tariffs", "it's (not) ~fine*! 100% & more", "Zoë’s café — “quoted”", "a\uD800b", "\uDC00 lone", "😀 emoji"]) {
      expect(queryString(q)).toBe(new URLSearchParams({ q }).toString());
    }
    fc.assert(fc.property(fc.string({ unit: "binary" }), (q) => queryString(q) === new URLSearchParams({ q }).toString()), { numRuns: 2000 });
  });
});
