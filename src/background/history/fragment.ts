// Sentences around a statement and the text-fragment link (#:~:text=start,end) that lands on it.
// Pure string work; never fetches, never touches the DOM. Spec: https://wicg.github.io/scroll-to-text-fragment/

const ABBREV = new Set(["mr", "mrs", "ms", "dr", "st", "gen", "lt", "col", "sgt", "maj", "capt", "gov", "sen", "rep", "prof", "jr", "sr", "inc", "corp", "co", "ltd", "no", "vs", "u.s", "u.k", "u.n", "e.g", "i.e"]);
const QUOTE_CLOSERS = /["'”’»)\]]/;

/** Is text[i] (a . ! or ?) the end of a sentence? Abbreviations and initials are not. */
function endsSentence(text: string, i: number): boolean {
  const ch = text[i];
  if (ch === "\n") return true;
  if (ch !== "." && ch !== "!" && ch !== "?") return false;
  let j = i + 1;
  while (j < text.length && QUOTE_CLOSERS.test(text[j] ?? "")) j++;
  if (j < text.length && !/\s/.test(text[j] ?? "")) return false;
  if (ch === ".") {
    const word = /([\p{L}.]+)$/u.exec(text.slice(Math.max(0, i - 12), i))?.[1]?.toLowerCase() ?? "";
    if (ABBREV.has(word) || /^\p{L}$/u.test(word)) return false;
  }
  return true;
}

/** [start, end) of the sentence(s) covering text[from, to), trimmed of surrounding whitespace. */
export function sentenceBounds(text: string, from: number, to: number): { start: number; end: number } {
  let start = Math.max(0, Math.min(from, text.length));
  while (start > 0 && !endsSentence(text, start - 1)) start--;
  // Back over closing quotes that belong to the previous sentence.
  while (start < text.length && /[\s"'”’»)\]]/.test(text[start] ?? "") && start < from) start++;
  let end = Math.max(start, Math.min(to, text.length));
  // A statement that ends on its own full stop ("…civilians.") ends here.
  if (end > start && /[.!?"'”’]/.test(text[end - 1] ?? "")) {
    let k = end - 1;
    while (k > start && QUOTE_CLOSERS.test(text[k] ?? "")) k--;
    if (endsSentence(text, k)) {
      while (end < text.length && QUOTE_CLOSERS.test(text[end] ?? "")) end++;
      return trim(text, start, end);
    }
  }
  while (end < text.length && !endsSentence(text, end)) end++;
  if (end < text.length && text[end] !== "\n") {
    end++;
    while (end < text.length && QUOTE_CLOSERS.test(text[end] ?? "")) end++;
  }
  return trim(text, start, end);
}

function trim(text: string, start: number, end: number): { start: number; end: number } {
  while (start < end && /\s/.test(text[start] ?? "")) start++;
  while (end > start && /\s/.test(text[end - 1] ?? "")) end--;
  return { start, end };
}

/** Percent-encode a text directive term: encodeURIComponent plus '-' (',' and '&' it already encodes). */
export function encodeTextTerm(term: string): string {
  return encodeURIComponent(term).replace(/-/g, "%2D");
}

const EDGE_PUNCT = /^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu;
const WORDS_PER_TERM = 5;
const squash = (t: string): string => t.replace(/\s+/g, " ");

/** The characters \s matches, by code: tested per character, so no regular expression here. */
function isSpace(c: number): boolean {
  return (c >= 9 && c <= 13) || c === 32 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/**
 * Squashed length after text[from, to) given `n` and the white-space state before `from`; with
 * `at`, the squashed offset after each character is written to at[i + 1].
 */
function squashedCount(t: string, from: number, to: number, n: number, inSpace: boolean, at: Int32Array | null): { n: number; inSpace: boolean } {
  for (let i = from; i < to; i++) {
    if (isSpace(t.charCodeAt(i))) {
      if (!inSpace) n++;
      inSpace = true;
    } else {
      n++;
      inSpace = false;
    }
    if (at) at[i + 1] = n;
  }
  return { n, inSpace };
}

/** Smallest stretch of the page squashed at a time (then doubled as searches reach further). */
const FLAT_CHUNK = 1 << 16;

/**
 * Page text with whitespace runs squashed to one space, searchable for "does this term occur
 * before position X" without re-squashing per statement (articles can hold hundreds). Built
 * lazily, as far into the page as the look-ups reach: a history profile reads the first few
 * hundred statements of a page that may run to megabytes, and a term from a statement's own
 * sentence is always found by that sentence.
 */
export class FlatText {
  private readonly text: string;
  /** the squashed offset of each original offset up to `mapped` (at[0] = 0) */
  private at = new Int32Array(1);
  private mapped = 0;
  /** at[mapped], and whether the character before it is white space */
  private count = 0;
  private inSpace = false;
  /** text.slice(0, prefixEnd) squashed: a prefix of the whole squashed text */
  private prefix = "";
  private prefixEnd = 0;
  private total = -1;
  constructor(text: string) {
    this.text = text;
  }
  /** The whole squashed text (each run of white space as one space, as /\s+/g -> " "). */
  get flat(): string {
    this.squash(this.text.length);
    return this.prefix;
  }
  /** Length of the whole squashed text, counted without building it. */
  get length(): number {
    if (this.total < 0) this.total = squashedCount(this.text, this.mapped, this.text.length, this.count, this.inSpace, null).n;
    return this.total;
  }
  /** The offset in the squashed text of original offset `pos`. */
  offsetOf(pos: number): number {
    const p = Math.max(0, Math.min(pos, this.text.length));
    if (p > this.mapped) this.map(p);
    return this.at[p]!;
  }
  /** The first index of `term` in the whole squashed text, or -1 (read only as far as it takes). */
  indexOf(term: string): number {
    for (;;) {
      // a prefix holds the first match whenever it holds any: a match straddling its end would
      // start after every match inside it
      const i = this.prefix.indexOf(term);
      if (i >= 0 || this.prefixEnd >= this.text.length) return i;
      this.squash(Math.max(FLAT_CHUNK, this.prefixEnd * 2));
    }
  }
  /** Whether `term` occurs in the text before original offset `pos`. */
  occursBefore(term: string, pos: number): boolean {
    const i = this.indexOf(term);
    return i >= 0 && i < this.offsetOf(pos);
  }
  private squash(end: number): void {
    const e = Math.min(end, this.text.length);
    if (e <= this.prefixEnd) return;
    // each run of white space as one space (isSpace is what \s matches): one native pass; a run
    // cut at the end is one space here and in the whole text alike
    this.prefix = this.text.slice(0, e).replace(/\s+/g, " ");
    this.prefixEnd = e;
  }
  private map(pos: number): void {
    const t = this.text;
    if (pos + 1 > this.at.length) {
      const at = new Int32Array(Math.min(t.length + 1, Math.max(pos + 1, this.at.length * 2, FLAT_CHUNK)));
      at.set(this.at.subarray(0, this.mapped + 1));
      this.at = at;
    }
    const r = squashedCount(t, this.mapped, pos, this.count, this.inSpace, this.at);
    this.count = r.n;
    this.inSpace = r.inSpace;
    this.mapped = pos;
  }
}

/**
 * The text directive for a sentence: the whole sentence when short, else its first and last few
 * words as start,end, so the link survives small differences inside the sentence. Edge
 * punctuation and quote marks are dropped: they are where page text and extracted text differ most.
 * The browser takes the first match on the page, so the start term grows until nothing earlier
 * matches it: `earlier(term)` says whether something does (default: nothing).
 */
export function textDirective(sentence: string, earlier: (term: string) => boolean = () => false): string {
  const words = squash(sentence).trim().split(" ").filter(Boolean);
  const clean = (ws: string[]): string => ws.join(" ").replace(EDGE_PUNCT, "");
  let n = WORDS_PER_TERM;
  while (n < words.length - WORDS_PER_TERM && earlier(clean(words.slice(0, n)))) n++;
  if (words.length <= n + WORDS_PER_TERM) return encodeTextTerm(clean(words));
  const start = clean(words.slice(0, n));
  const end = clean(words.slice(-WORDS_PER_TERM));
  return `${encodeTextTerm(start)},${encodeTextTerm(end)}`;
}

/** url (any existing fragment dropped) + #:~:text= directive (or one made from `sentence`). */
export function textFragmentUrl(url: string, sentence: string, directive = textDirective(sentence)): string {
  const base = url.split("#")[0] ?? url;
  return directive ? `${base}#:~:text=${directive}` : base;
}

// Tracking parameters say how a reader got to a page, not which page it is.
const TRACKING = /^(utm_[a-z]+|fbclid|gclid|dclid|mc_cid|mc_eid|igshid|ocid|cmpid)$/i;

/** The page URL without its fragment or tracking parameters: one article, however it was reached. */
export function pageUrl(url: string): string {
  const base = url.split("#")[0] ?? url;
  let u: URL;
  try {
    u = new URL(base);
  } catch {
    return base;
  }
  const drop = [...u.searchParams.keys()].filter((k) => TRACKING.test(k));
  if (drop.length === 0) return base;
  for (const k of drop) u.searchParams.delete(k);
  return u.href;
}
