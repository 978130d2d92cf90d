// Patterns run over a whole text, tried only where a match can start. A global scan tries every
// character of the text (and with \p{…} classes at its head no fast skip applies); a pattern that
// opens with an upper-case letter or a word token can only start at one of those, so a sticky copy
// of it tried at each of those offsets, in order, finds the same matches for far less.

/**
 * The matches of a sticky regex (flag y) tried only at the given offsets, in order and never
 * overlapping: what a global scan of the text finds when every match can only start at one of them.
 * (An array, read by index: a generator over the offsets paid an iterator step per offset, and a
 * text holds thousands of capitals.)
 */
export function matchesAt(re: RegExp, text: string, starts: ArrayLike<number>): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  let end = 0;
  for (let k = 0; k < starts.length; k++) {
    const at = starts[k]!;
    if (at < end) continue;
    re.lastIndex = at;
    const m = re.exec(text);
    if (m) {
      end = m.index + Math.max(1, m[0].length);
      out.push(m);
    }
  }
  return out;
}

const UPPER = /\p{Lu}/uy;
let lastText: string | null = null;
/** No offsets (what forgetText leaves: one empty array, not a new one per analysis). */
const NO_UPPER = new Int32Array(0);
let lastUpper: Int32Array = NO_UPPER;

/**
 * The offsets of the text's upper-case letters (\p{Lu}, a letter beyond the BMP at its first code
 * unit), in order: where a pattern opening with \p{Lu} or a capital can start. The last text's
 * offsets are kept (one analysis asks several times).
 */
export function upperOffsets(text: string): Int32Array {
  if (text === lastText) return lastUpper;
  const out: number[] = [];
  upperIn(text, 0, text.length, out);
  lastText = text;
  lastUpper = Int32Array.from(out);
  return lastUpper;
}

/** Whether code unit c may stand inside a run of words (a letter, white space, ' ’ or -), or
 *  may be one (every code unit beyond ASCII but the marks that never are: dashes, quotes, …). */
const inWordRun = (c: number): boolean => {
  if (c >= 128) return !(c === 0x2013 || c === 0x2014 || c === 0x2018 || c === 0x201c || c === 0x201d || c === 0x201e || c === 0x2026 || c === 0xab || c === 0xbb);
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 32 || (c >= 9 && c <= 13) || c === 39 || c === 45;
};

/**
 * The upper-case letters (as upperOffsets gives them) from which a pattern may reach one of the
 * `hits` (sorted offsets): those in the run of words right before a hit, made of letters, white
 * space, ' ’ - and the `extra` characters (such as "(" and ","). For a pattern that opens with a
 * capital and runs over such characters only, up to a hit it must contain (a role noun, a party
 * label), these are all the offsets where it can match: a handful instead of every capital.
 */
export function uppersBefore(text: string, hits: readonly number[], extra = ""): number[] {
  const out: number[] = [];
  let from = 0; // the text before it has been read
  for (const r of hits) {
    let lo = r;
    while (lo > from) {
      const c = text.charCodeAt(lo - 1);
      if (!inWordRun(c) && !(extra !== "" && extra.includes(text[lo - 1]!))) break;
      lo--;
    }
    upperIn(text, Math.max(lo, from), r, out);
    if (r > from) from = r;
  }
  return out;
}

/** The upper-case letters in text[a, b), as upperOffsets reads them, added to out. */
function upperIn(text: string, a: number, b: number, out: number[]): void {
  for (let i = a; i < b; i++) {
    const c = text.charCodeAt(i);
    if (c < 128) {
      if (c >= 65 && c <= 90) out.push(i);
      continue;
    }
    // Latin-1 punctuation and symbols, and U+2000–U+20FF (quotes, dashes, spaces, currency) hold
    // no letter; a low surrogate is never one either (a high one is tested with its code point)
    if (c < 0xc0 || (c >= 0x2000 && c <= 0x20ff) || (c >= 0xdc00 && c <= 0xdfff)) continue;
    UPPER.lastIndex = i;
    if (UPPER.test(text)) {
      out.push(i);
      if (UPPER.lastIndex === i + 2) i++;
    }
  }
}

/** Lets the last text go (the background analyses one page after another). */
export function forgetText(): void {
  lastText = null;
  lastUpper = NO_UPPER;
}
