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

/**
 * Page text with whitespace runs squashed to one space, searchable for "does this term occur
 * before position X" without re-squashing per statement (articles can hold hundreds).
 */
/** The characters \s matches, by code: tested per character, so no regular expression here. */
function isSpace(c: number): boolean {
  return (c >= 9 && c <= 13) || c === 32 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

export class FlatText {
  readonly flat: string;
  private readonly at: Int32Array;
  constructor(text: string) {
    const at = new Int32Array(text.length + 1);
    let n = 0;
    let inSpace = false;
    for (let i = 0; i < text.length; i++) {
      at[i] = n;
      if (isSpace(text.charCodeAt(i))) {
        if (!inSpace) {
          n++;
          inSpace = true;
        }
      } else {
        n++;
        inSpace = false;
      }
    }
    at[text.length] = n;
    // each run of white space as one space (isSpace is what \s matches): one native pass
    this.flat = text.replace(/\s+/g, " ");
    this.at = at;
  }
  /** The offset in `flat` of original offset `pos`. */
  offsetOf(pos: number): number {
    return this.at[Math.max(0, Math.min(pos, this.at.length - 1))] ?? 0;
  }
  /** Whether `term` occurs in the text before original offset `pos`. */
  occursBefore(term: string, pos: number): boolean {
    const i = this.flat.indexOf(term);
    return i >= 0 && i < this.offsetOf(pos);
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
