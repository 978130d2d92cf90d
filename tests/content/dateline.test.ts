// The dateline signal (pageSignals) asks its costly regex (a Unicode letter class, compiled on
// every page the content script reads) only where the text starts like a dateline. That cheap
// test must never change the answer: it is compared here with the full rule on invented texts.
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { hasDateline } from "../../src/shared/article";

// The full rule, as pageSignals asked it before the cheap test was put in front of it.
const FULL = /^\s*[A-Z][A-Z .'’-]{2,40}(?:,\s*[A-Z][\p{L} .]{1,30})?(?:,?\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2})?\s*(?:\([A-Za-z. ]{2,30}\))?\s*[—–-]{1,2}\s/u;
const full = (text: string): boolean => FULL.test(text.slice(0, 200));

describe("hasDateline", () => {
  test("datelines and their look-alikes", () => {
    const texts = [
      "OSLO (NTB) — The minister said on Friday",
      "  GENEVA, Switzerland — Delegates met",
      "\u00a0QUITO, Ecuador, Mar 4 (Agence Tele) - The port",
      "ST. JOHN'S — A ferry",
      "BRAŞOV, România — Not a dateline: a lower-case letter after the capitals",
      "REYKJAVÍK, Ísland — the accented capital breaks the place name",
      "NEW YORK: no dash",
      "Lagos — a place in title case",
      "The mayor said on Tuesday that the bridge would close.",
      "AB — too short a place",
      "",
      "   ",
      "ÉVORA — an accented first letter",
      "KANO, Kano State — The governor",
    ];
    for (const t of texts) expect(hasDateline(t), t).toBe(full(t));
    expect(hasDateline(texts[0]!)).toBe(true);
    expect(hasDateline(texts[8]!)).toBe(false);
  });

  test("same answer as the full rule on generated texts", () => {
    const chars = fc.constantFrom(..."ABCXYZ abcxyz.,'’-—–()0123456789\u00a0\n\tÉéŞşÍíΩω".split(""));
    const text = fc.oneof(
      fc.array(chars, { maxLength: 60 }).map((a) => a.join("")),
      fc.tuple(fc.constantFrom("", " ", "\n"), fc.array(fc.constantFrom(..."ABCDEFG .'’-".split("")), { minLength: 2, maxLength: 12 }), fc.array(chars, { maxLength: 40 }))
        .map(([a, b, c]) => `${a}K${b.join("")}${c.join("")}`),
    );
    fc.assert(fc.property(text, (t) => hasDateline(t) === full(t)), { numRuns: 3000 });
  });
});
