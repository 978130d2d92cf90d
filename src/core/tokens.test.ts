// The extractor's tokenizer against its definition: the units a plain global-regex scan gives
// (TOKEN read with exec from one match to the next), on random strings of letters, digits, spaces of
// every kind, quotation marks, joiners and characters outside the Basic Multilingual Plane.
import { describe, expect, it } from "vitest";
import { isSpaceCode } from "./lines";
import { findQuotes, PARA, PUNCT, QUOTE, tokenize, WORD, type Unit } from "./tokens";

const TOKEN = /\p{N}{1,3}(?:,\p{N}{3})+(?:\.\p{N}+)?(?![\p{L}\p{N}])|[\p{L}\p{N}]+(?:(?:['’\-&]|(?<!\p{Ll})\.|\.(?!\p{Lu}\p{Ll}))[\p{L}\p{N}]+)*|\n\s*|[^\s\p{L}\p{N}]/gu;
const DOTTED = /^(\p{L}\.)+\p{L}$/u;

/** The units as a global-regex scan reads them (the tokenizer's definition). */
function reference(text: string): Unit[] {
  const quotes = findQuotes(text);
  const units: Unit[] = [];
  let qi = 0;
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m !== null; m = TOKEN.exec(text)) {
    const s = m.index;
    const q = quotes[qi];
    if (q && s >= q.s) {
      let inner = q.e - 1;
      while (inner > q.s && /["“”’'»›\s]/.test(text[inner] ?? "")) inner--;
      units.push({ s: q.s, e: q.e, k: QUOTE, w: "", cap: false, open: q.open, last: text[inner] ?? "", p: 0 });
      TOKEN.lastIndex = q.e;
      qi++;
      continue;
    }
    const t = m[0];
    if (t.charCodeAt(0) === 10) {
      units.push({ s, e: s + 1, k: PARA, w: "", cap: false, open: false, last: "", p: 0 });
      continue;
    }
    const isWord = /[\p{L}\p{N}]/u.test(t[0]!); // (its first code unit: a letter outside the BMP reads as punctuation)
    let e = s + t.length;
    let w = t;
    if (isWord && text[e] === "." && DOTTED.test(t)) {
      e++;
      w = t + ".";
      TOKEN.lastIndex = e;
    }
    units.push({ s, e, k: isWord ? WORD : PUNCT, w: isWord ? w.toLowerCase() : w, cap: isWord && /^\p{Lu}/u.test(t), open: false, last: "", p: isWord ? -1 : 0 });
  }
  return units;
}

const PIECES = ["a", "Bo", "x", "7", "42", "1,000", "12,345.6", "٣", "½", "U.S.", "D.C", " ", "  ", "\n", "\n\n", "\t", "\r", "\u00a0", "\u2028", "\u3000", "\ufeff",
  "'", "’", "-", ".", "&", ",", '"', "“", "”", "‘", "„", "«", "»", "``", "''", "(", ")", "é", "ß", "中", "𝟘", "😀", "\ud800", "\udc00", "𐐀", "!", "?", "—",
  "–", "…", "1234", ",5", "Ab", "said", "Vale", "B", "É"];

describe("tokens", () => {
  it("reads every string as the regex scan does", () => {
    let seed = 11;
    const next = (k: number): number => (seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0) % k;
    for (let n = 0; n < 20_000; n++) {
      let text = "";
      for (let i = next(40); i > 0; i--) text += PIECES[next(PIECES.length)];
      expect(tokenize(text)).toEqual(reference(text));
    }
  });

  it("knows the spaces \\s matches, code unit by code unit", () => {
    for (let c = 0; c < 0x10000; c++) expect(isSpaceCode(c)).toBe(/\s/.test(String.fromCharCode(c)));
  });
});

describe("a stop with no space after it", () => {
  const words = (t: string): string[] => tokenize(t).filter((u) => u.k === WORD).map((u) => u.w);
  it("ends a word before a capitalised word ('said.Vale'), and joins abbreviations, numbers and domains", () => {
    expect(words("the mayor said.Vale added")).toEqual(["the", "mayor", "said", "vale", "added"]);
    expect(words("the U.S.Army and a Ph.D in 3.5 years at example.com")).toEqual(["the", "u.s.army", "and", "a", "ph.d", "in", "3.5", "years", "at", "example.com"]);
  });
});
