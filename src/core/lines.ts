// Line look-ups that stay cheap on text without line breaks (a page of run-on text): many look-ups
// on one text must not each scan back to its start.

import { partitionPoint } from "./search";

/** The positions of every "\n" in a text, for lineStartAt. Built once per text, in one pass. */
export type LineBreaks = readonly number[];

export function lineBreaks(text: string): LineBreaks {
  const out: number[] = [];
  for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) out.push(i);
  return out;
}

/** `text.lastIndexOf("\n", pos - 1) + 1` (the start of the line holding pos), by binary search. */
export function lineStartAt(breaks: LineBreaks, pos: number): number {
  const from = Math.max(0, pos - 1);
  const lo = partitionPoint(breaks.length, (mid) => breaks[mid]! <= from);
  return lo === 0 ? 0 : breaks[lo - 1]! + 1;
}

/** `text.lastIndexOf("\n", from)`, but looking back no further than `min`: -1 when none in [min, from]. */
export function lastBreakWithin(text: string, from: number, min: number): number {
  for (let i = Math.min(Math.max(0, from), text.length - 1); i >= Math.max(0, min); i--) if (text.charCodeAt(i) === 10) return i;
  return -1;
}

/** `text.indexOf("\n", from)`, but looking no further than `max`: -1 when none in [from, max]. */
export function nextBreakWithin(text: string, from: number, max: number): number {
  for (let i = Math.max(0, from), end = Math.min(max, text.length - 1); i <= end; i++) if (text.charCodeAt(i) === 10) return i;
  return -1;
}

/** Whether the UTF-16 code c is an ASCII digit. */
export const isDigitCode = (c: number): boolean => c >= 48 && c <= 57;

/** Whether one UTF-16 code unit is what `\s` matches in a regular expression (white space and line
 *  terminators), without a regex: tokenizers skip spaces by hand and run their regex only where a
 *  token starts. */
export function isSpaceCode(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** `s.toLowerCase()`, but `s` itself when it holds no upper-case ASCII letter and nothing beyond
 *  ASCII (toLowerCase makes a new string even when nothing changes: one per token adds up). */
export function lower(s: string): string {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if ((c >= 65 && c <= 90) || c >= 128) return s.toLowerCase();
  }
  return s;
}

/** lastBreakWithin(text, from, min), read from the text's line breaks (a binary search, no scan). */
export function lastBreakIn(breaks: LineBreaks, from: number, min: number): number {
  const hi = Math.max(0, from);
  const k = partitionPoint(breaks.length, (mid) => breaks[mid]! <= hi) - 1;
  return k >= 0 && breaks[k]! >= Math.max(0, min) ? breaks[k]! : -1;
}

/** nextBreakWithin(text, from, max), read from the text's line breaks (a binary search, no scan). */
export function nextBreakIn(breaks: LineBreaks, from: number, max: number): number {
  const lo = Math.max(0, from);
  const k = partitionPoint(breaks.length, (mid) => breaks[mid]! < lo);
  return k < breaks.length && breaks[k]! <= max ? breaks[k]! : -1;
}

/** Whether the UTF-16 code c is an ASCII letter or digit. */
export const isAsciiAlnum = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
/** Characters beyond ASCII that are neither a letter, a digit, a space nor a joiner: a word before
 *  one of them ends there (– — ‘ “ ” „ … « »). */
export const isWideStop = (c: number): boolean => c === 0x2013 || c === 0x2014 || c === 0x2018 || c === 0x201c || c === 0x201d || c === 0x201e || c === 0x2026 || c === 0xab || c === 0xbb;

const LOWER_LETTER = /\p{Ll}/u;
const UPPER_LETTER = /\p{Lu}/u;
const lowerAt = (text: string, i: number): boolean => {
  const c = text.charCodeAt(i);
  return c < 128 ? c >= 97 && c <= 122 : LOWER_LETTER.test(text[i] ?? "");
};
const upperAt = (text: string, i: number): boolean => {
  const c = text.charCodeAt(i);
  return c < 128 ? c >= 65 && c <= 90 : UPPER_LETTER.test(text[i] ?? "");
};
/** Whether the stop at i ends a sentence though no space follows it: "said.Vale" (a lower-case
 *  letter before it, a capital and a lower-case letter after it). "U.S", "Ph.D", "3.5" and
 *  "example.com" stay one word. */
export const stopBetweenWords = (text: string, i: number): boolean => lowerAt(text, i - 1) && upperAt(text, i + 1) && lowerAt(text, i + 2);
/** A joiner inside a word, for the tokenizers' regexes: an apostrophe, a hyphen, or a stop that is
 *  no stopBetweenWords (as `(?:['’\-.])` read it before). */
export const WORD_JOINER = String.raw`(?:['’\-]|(?<!\p{Ll})\.|\.(?!\p{Lu}\p{Ll}))`;

/**
 * Where a word that runs on at i ends, as `[\p{L}\p{N}]*(?:${WORD_JOINER}[\p{L}\p{N}]+)*` reads it ("&" a
 * joiner too when `amp`), by character codes: ASCII letters and digits, and the joiners. -1 when a
 * character beyond ASCII it cannot place (a letter? a digit?) decides: the tokenizer's regex then
 * reads the word. The tokenizers try it first where a token starts (tokens.ts, the span tagger).
 */
export function wordEndAt(text: string, i: number, amp: boolean): number {
  const n = text.length;
  for (;;) {
    if (i >= n) return i;
    const d = text.charCodeAt(i);
    if (isAsciiAlnum(d)) {
      i++;
      continue;
    }
    if (d === 39 || d === 45 || d === 46 || d === 0x2019 || (amp && d === 38)) {
      if (i + 1 >= n || d === 46 && stopBetweenWords(text, i)) return i;
      const e = text.charCodeAt(i + 1);
      if (isAsciiAlnum(e)) {
        i += 2;
        continue;
      }
      return e < 128 || isSpaceCode(e) || isWideStop(e) ? i : -1;
    }
    return d < 128 || isSpaceCode(d) || isWideStop(d) ? i : -1;
  }
}

/** Where the token starting at s (no space) ends, when it is an ASCII word (as wordEndAt reads it)
 *  or one ASCII mark; -1 when the tokenizer's regex must decide. */
export function asciiTokenEndAt(text: string, s: number, amp: boolean): number {
  const c = text.charCodeAt(s);
  if (c >= 128) return -1;
  return isAsciiAlnum(c) ? wordEndAt(text, s + 1, amp) : s + 1;
}
