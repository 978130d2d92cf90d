import { describe, expect, test } from "vitest";
import { codeUnitsAt, excludedWords, letterOrDigitAt, nameKey, overlap, stem, tokenEnd, topicKeys } from "../../src/background/history/topics";
import { encodeTextTerm, sentenceBounds, textDirective, textFragmentUrl } from "../../src/background/history/fragment";

describe("stem", () => {
  test.each([
    ["dumped", "dump"],
    ["dumping", "dump"],
    ["dumps", "dump"],
    ["allegations", "allegation"],
    ["released", "releas"],
    ["releases", "releas"],
    ["policies", "policy"],
    ["River's", "river"],
    ["status", "status"],
    ["gas", "gas"],
  ])("%s -> %s", (w, s) => expect(stem(w)).toBe(s));
});

describe("topicKeys", () => {
  test("named entities, numbers with units and content words; stopwords and reporting verbs dropped", () => {
    const keys = topicKeys("The coalition said that Harlow Chemicals had dumped 40 tonnes of waste into the Millbrook River.");
    expect(keys).toContain(`e:harlow ${stem("Chemicals")}`);
    expect(keys).toContain("e:millbrook river");
    expect(keys).toContain(`n:40 ${stem("tonnes")}`);
    expect(keys).toContain("w:dump");
    expect(keys).toContain(`w:${stem("waste")}`);
    expect(keys).not.toContain("w:said");
    expect(keys).not.toContain("w:the");
    expect([...keys].some((k) => k.startsWith("e:the"))).toBe(false);
  });

  test("sentence-initial capitals are not names, names after a sentence end are", () => {
    const keys = topicKeys("Officials met on Monday. Later Ana Lindqvist spoke.");
    expect(keys).not.toContain("e:official");
    expect(keys).toContain("e:ana lindqvist");
  });

  test("percentages and of-joined names", () => {
    const keys = topicKeys("Support fell to 41% at the Department of Justice, the poll found.");
    expect(keys).toContain("n:41 %");
    expect(keys).toContain(`e:${stem("Department")} ${stem("Justice")}`);
  });

  test("party names are excluded, entities merely containing one of their words stay", () => {
    const ex = excludedWords(["Clean Millbrook Coalition", "Harlow Chemicals"]);
    const keys = topicKeys("Harlow Chemicals denied dumping into the Millbrook River, the Clean Millbrook Coalition said.", ex);
    expect(keys).not.toContain(`e:harlow ${stem("Chemicals")}`);
    expect(keys).not.toContain("e:clean millbrook coalition");
    expect(keys).not.toContain("w:harlow");
    expect(keys).toContain("e:millbrook river");
  });

  test("nameKey normalises articles, case and punctuation", () => {
    expect(nameKey("The Russian Defense Ministry")).toBe("russian defense ministry");
    expect(nameKey("U.S. State Dept.")).toBe("u s state dept");
  });

  test("overlap is 1 for identical sets, 0 for disjoint, weights entities above words", () => {
    expect(overlap(["w:a", "e:b"], ["w:a", "e:b"]).score).toBeCloseTo(1);
    expect(overlap(["w:a"], ["w:b"]).score).toBe(0);
    expect(overlap(["e:x", "w:a"], ["e:x", "w:b"]).score).toBeGreaterThan(overlap(["e:x", "w:a"], ["e:y", "w:a"]).score);
  });
});

describe("text fragments", () => {
  test("terms are percent-encoded with '-', ',' and '&' escaped", () => {
    expect(encodeTextTerm("long-term, R&D")).toBe("long%2Dterm%2C%20R%26D");
  });

  test("short sentences are matched whole; long ones by first and last words", () => {
    expect(textDirective("\u201cIt is false,\u201d he said.")).toBe("It%20is%20false%2C%E2%80%9D%20he%20said");
    expect(textDirective("Harlow Chemicals on Thursday denied that it had released any solvent waste into the Millbrook River.")).toBe(
      "Harlow%20Chemicals%20on%20Thursday%20denied,waste%20into%20the%20Millbrook%20River",
    );
  });

  test("the URL's own fragment is replaced", () => {
    expect(textFragmentUrl("https://x.example/a?b=1#top", "Short one.")).toBe("https://x.example/a?b=1#:~:text=Short%20one");
  });

  test("sentenceBounds finds the sentence around a span, skipping abbreviations", () => {
    const t = "First one. Mr. Baird said the U.S. rules apply. Last one.";
    const s = t.indexOf("said");
    const b = sentenceBounds(t, s, s + 4);
    expect(t.slice(b.start, b.end)).toBe("Mr. Baird said the U.S. rules apply.");
  });

  test("sentenceBounds keeps closing quotes and stops at line ends", () => {
    const t = "Intro line\n\u201cWe did nothing wrong,\u201d she said. \u201cNothing.\u201d\nNext paragraph.";
    const s = t.indexOf("We did");
    const b = sentenceBounds(t, s, t.indexOf("she said") + 8);
    expect(t.slice(b.start, b.end)).toBe("\u201cWe did nothing wrong,\u201d she said.");
    const q = t.indexOf("Nothing.");
    const b2 = sentenceBounds(t, q, q + 8);
    expect(t.slice(b2.start, b2.end)).toBe("\u201cNothing.\u201d");
  });
});

describe("party identity across articles", () => {
  test.each([
    [["Upland Growers Association", "The association", "she", "it"], ["upland growers association"]],
    [["Wren Halloway, the president of the association", "Halloway"], ["wren halloway", "halloway"]],
    [["The Russian Defense Ministry", "the ministry", "Moscow"], ["russian defense ministry", "moscow"]],
    [["he", "the company"], []],
  ])("%j -> %j", async (names, keys) => {
    const { nameKeys } = await import("../../src/background/history/profile");
    expect(nameKeys(names)).toEqual(keys);
  });
});

describe("shared things", () => {
  test("an entity and its own words count once", async () => {
    const { concepts } = await import("../../src/background/history/match");
    expect(concepts(["e:barack obama", "w:barack", "w:obama"])).toBe(1);
    expect(concepts(["e:sallow canal", "w:canal", "w:irrigation", "w:cut"])).toBe(3);
  });
});

describe("fragment start terms are unique on the page", () => {
  test("a start term that already occurs earlier grows until it does not", async () => {
    const sentence = "We will not comment on the dispute until the audit of the canal is done.";
    expect(textDirective(sentence)).toBe("We%20will%20not%20comment%20on,of%20the%20canal%20is%20done");
    const before = "Intro. We will not comment on rumours, he said.\n";
    const { FlatText } = await import("../../src/background/history/fragment");
    const flat = new FlatText(before + sentence);
    expect(textDirective(sentence, (t) => flat.occursBefore(t, before.length))).toBe("We%20will%20not%20comment%20on%20the,of%20the%20canal%20is%20done");
  });

  test("tracking parameters and fragments do not make a page a different page", async () => {
    const { pageUrl } = await import("../../src/background/history/fragment");
    expect(pageUrl("https://n.example/a?id=7&utm_source=x&fbclid=y#top")).toBe("https://n.example/a?id=7");
    expect(pageUrl("https://n.example/a?id=7")).toBe("https://n.example/a?id=7");
  });
});

test("FlatText squashes whitespace exactly as /\\s+/ -> ' ' and finds terms before an offset", async () => {
  const { FlatText } = await import("../../src/background/history/fragment");
  const fc = (await import("fast-check")).default;
  fc.assert(
    fc.property(fc.string({ unit: fc.constantFrom("a", "b", " ", "\n", "\t", "\u00a0", "\u2003", "\u3000", "x", "\r") }), (t) => {
      expect(new FlatText(t).flat).toBe(t.replace(/\s+/g, " "));
    }),
    { numRuns: 300, seed: 3 },
  );
  const t = "One  two\n\nthree. Two three four.";
  const f = new FlatText(t);
  expect(f.occursBefore("two three", t.indexOf("Two"))).toBe(true); // across the squashed break
  expect(f.occursBefore("Two three", t.indexOf("Two"))).toBe(false); // only the sentence itself
});

test("FlatText read lazily answers as the whole squashed text does (offsets, first index, length)", async () => {
  const { FlatText } = await import("../../src/background/history/fragment");
  const fc = (await import("fast-check")).default;
  // long enough to cross the lazy chunks (64 KB and its doublings), with runs of white space cut anywhere
  const unit = fc.constantFrom("ab ", "a", " ", "\n\n", "b\t", "\u00a0 ", "ba");
  fc.assert(
    fc.property(fc.array(unit, { minLength: 0, maxLength: 120_000, size: "max" }), fc.array(fc.nat(), { maxLength: 6 }), (parts, picks) => {
      const t = parts.join("");
      const whole = t.replace(/\s+/g, " ");
      const at: number[] = [];
      let n = 0;
      for (let i = 0; i <= t.length; i++) {
        at.push(n);
        if (i < t.length && !(/\s/.test(t[i]!) && i > 0 && /\s/.test(t[i - 1]!))) n++;
      }
      const f = new FlatText(t);
      for (const p of picks) {
        const pos = t.length ? p % (t.length + 1) : 0;
        const term = whole.slice(Math.max(0, at[pos]! - 3), at[pos]! + 4);
        expect(f.indexOf(term)).toBe(whole.indexOf(term));
        expect(f.offsetOf(pos)).toBe(at[pos]);
      }
      expect(f.indexOf("zz")).toBe(-1);
      expect(f.length).toBe(whole.length);
      expect(f.flat).toBe(whole);
    }),
    { numRuns: 12, seed: 7 },
  );
});

test("excludedWords reads every name's words as nameKey does", () => {
  const names = ["The Russian Defense Ministry", "the", "Kalo Renlo (R-Quilo), of the Valo Party", "U.S.-China  Trade", "Ms. Hart’s office", "Ünal Çelik", "İstanbul", "the  Group"];
  const expected = new Set<string>();
  for (const n of names) for (const w of nameKey(n).split(" ")) if (w) expected.add(stem(w));
  expect(excludedWords(names)).toEqual(expected);
});

test("the story names' hand-read words are the matches of the token pattern", async () => {
  const fc = (await import("fast-check")).default;
  const TOKEN = /[\p{L}\p{N}][\p{L}\p{N}'’.-]*[\p{L}\p{N}]|[\p{L}\p{N}]/gu;
  const byHand = (s: string): string[] => {
    const out: string[] = [];
    for (let p = 0; p < s.length; ) {
      const w = letterOrDigitAt(s, p);
      if (w === 0) p += codeUnitsAt(s, p);
      else {
        const end = tokenEnd(s, p, w);
        out.push(`${p}:${s.slice(p, end)}`);
        p = end;
      }
    }
    return out;
  };
  // letters and digits of several scripts, a letter outside the BMP, lone surrogates, a combining mark
  const parts = ["a", "B", "1", " ", ".", "-", "'", "’", "é", "Ж", "\u{1D400}", "\u{1F600}", "\uD835", "\uDC00", "\n", "“", ",", "٣", "_", "ǅ", "\u0301"];
  fc.assert(
    fc.property(fc.array(fc.constantFrom(...parts), { maxLength: 16 }), (ps) => {
      const s = ps.join("");
      expect(byHand(s)).toEqual([...s.matchAll(TOKEN)].map((m) => `${m.index}:${m[0]}`));
    }),
    { numRuns: 3000, seed: 11 },
  );
});
