// The one module that converts between offsets into the analysed text and DOM positions (like
// Hypothesis's text-range.ts). It reads the page and never writes to it: building a map must not
// change a single node, and every offset it hands out points into the text it built.
//
// Text is built the way a reader sees it: whitespace runs collapse to one space, block elements
// are separated by a blank line ("\n\n", as in the annotated corpus), <br> is "\n", and hidden
// subtrees (display:none, [hidden], script/style/…) are skipped. aria-hidden content stays in:
// it is visible on screen, and the reader sees it beside the statements we mark.

import { partitionPoint } from "../core/search";

/** A run of text copied 1:1 from one text node (or one collapsed space standing for a run). */
export type Chunk = {
  node: Text;
  /** offset in node.data where the run starts */
  nodeStart: number;
  /** offset in the built text where the run starts */
  start: number;
  /** UTF-16 length in the built text; a collapsed whitespace run has length 1 */
  length: number;
  /** true when this chunk is one space standing for a longer whitespace run */
  collapsed: boolean;
};

/** A slice of one text node, what a wrapper element would enclose. */
export type Piece = { node: Text; start: number; end: number };

export type Classification = "skip" | "block" | "inline";

export type TextMapOptions = {
  /** Decide how an element takes part in the text; default reads the computed style. */
  classify?: (el: Element) => Classification;
  /** Only text nodes for which this returns true are read (e.g. what Readability kept). */
  includeText?: (node: Text) => boolean;
  /** Stop reading once the text is this long (the map is then `partial`): bounded work on huge pages. */
  maxChars?: number;
};

// Elements whose content is never article text, whatever their style says.
const SKIP_TAGS = new Set([
  "SCRIPT", "STYLE", "NOSCRIPT", "TEMPLATE", "IFRAME", "OBJECT", "EMBED", "CANVAS", "SVG",
  "svg", "MATH", "math", "SELECT", "TEXTAREA", "INPUT", "BUTTON", "VIDEO", "AUDIO", "HEAD",
  "TITLE", "META", "LINK", "WHOSAID-OVERLAY",
]);

// Used when computed style is unavailable (linkedom) or says nothing useful.
const BLOCK_TAGS = new Set([
  "ADDRESS", "ARTICLE", "ASIDE", "BLOCKQUOTE", "BODY", "CAPTION", "CENTER", "DD", "DETAILS",
  "DIALOG", "DIV", "DL", "DT", "FIELDSET", "FIGCAPTION", "FIGURE", "FOOTER", "FORM", "H1", "H2",
  "H3", "H4", "H5", "H6", "HEADER", "HGROUP", "HR", "HTML", "LI", "MAIN", "NAV", "OL", "P", "PRE",
  "SECTION", "SUMMARY", "TABLE", "TBODY", "TD", "TFOOT", "TH", "THEAD", "TR", "UL",
]);

const WS = /[ \t\n\r\f]+/g;
/**
 * The next whitespace run that ends a run of visible text: any but one plain space between two
 * words (two or more whitespace characters, a tab or line break, or a space that ends the node).
 * Found in one search, rather than word by word with WS.
 */
const RUN_END = /[ \t\n\r\f]{2,}|[\t\n\r\f]| $/g;
const HIDDEN_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)\b/i;

/** Tag-only classification: cheap, no style, used as the fallback of the styled one. */
export function classifyByTag(el: Element): Classification {
  const tag = el.tagName;
  if (SKIP_TAGS.has(tag)) return "skip";
  // Attributes are read only where there are some (one call instead of two on most elements).
  if (el.hasAttributes()) {
    if (el.hasAttribute("hidden")) return "skip";
    // Hidden by its own style attribute: markup says so, no layout needed.
    const style = el.getAttribute("style");
    if (style && HIDDEN_STYLE.test(style)) return "skip";
  }
  return BLOCK_TAGS.has(tag.toUpperCase()) ? "block" : "inline";
}

/** Classification from the computed style (what the reader actually sees). */
export function classifyByStyle(el: Element): Classification {
  const byTag = classifyByTag(el);
  if (byTag === "skip") return "skip";
  const view = el.ownerDocument.defaultView;
  if (!view) return byTag;
  const style = view.getComputedStyle(el);
  const display = style.display;
  if (display === "none") return "skip";
  if (style.visibility === "hidden" || style.visibility === "collapse") return "skip";
  if (!display) return byTag;
  if (display === "contents") return "inline";
  return display.startsWith("inline") || display === "ruby" ? "inline" : "block";
}

export class TextMap {
  readonly text: string;
  readonly chunks: readonly Chunk[];
  /** true when reading stopped at `maxChars` and the rest of the text was not read */
  readonly partial: boolean;
  private byNode: Map<Text, number[]> | null = null;

  constructor(text: string, chunks: Chunk[], partial = false) {
    this.text = text;
    this.chunks = chunks;
    this.partial = partial;
  }

  /**
   * Whether every text node the map points into is still on the page and long enough for its
   * chunks: offsets may be drawn after an asynchronous analysis, and a Range past a node's end
   * would throw. Cheap (no text comparison); a changed-but-same-length node is caught later by
   * the late-content watcher.
   */
  fresh(): boolean {
    for (const c of this.chunks) {
      if (!c.node.isConnected || c.nodeStart + (c.collapsed ? 1 : c.length) > c.node.length) return false;
    }
    return true;
  }

  /** Index of the first chunk that ends after `offset`, or chunks.length. */
  private firstEndingAfter(offset: number): number {
    return partitionPoint(this.chunks.length, (mid) => this.chunks[mid]!.start + this.chunks[mid]!.length <= offset);
  }

  /** Index of the last chunk that starts before `offset`, or -1. */
  private lastStartingBefore(offset: number): number {
    const lo = partitionPoint(this.chunks.length, (mid) => this.chunks[mid]!.start < offset);
    return lo - 1;
  }

  /**
   * The slices of text nodes that [start, end) covers, in document order. Offsets that fall on a
   * generated newline snap inward to the nearest real text; an empty result means the span holds
   * no page text at all.
   */
  pieces(start: number, end: number): Piece[] {
    const out: Piece[] = [];
    if (!(end > start)) return out;
    const first = this.firstEndingAfter(start);
    const last = this.lastStartingBefore(end);
    for (let i = first; i <= last; i++) {
      const c = this.chunks[i]!;
      let s: number;
      let e: number;
      if (c.collapsed) {
        // The one space stands for the whole run: cover all of it or none of it.
        s = c.nodeStart;
        e = c.nodeStart + runLength(c.node.data, c.nodeStart);
      } else {
        s = c.nodeStart + Math.max(0, start - c.start);
        e = c.nodeStart + Math.min(c.length, end - c.start);
      }
      if (e <= s) continue;
      const prev = out[out.length - 1];
      if (prev && prev.node === c.node && prev.end === s) prev.end = e;
      else out.push({ node: c.node, start: s, end: e });
    }
    return out;
  }

  /** A live Range over [start, end) of the text, or null when it covers no page text. */
  toRange(start: number, end: number): Range | null {
    const p = this.pieces(start, end);
    const a = p[0];
    const b = p[p.length - 1];
    if (!a || !b) return null;
    const range = a.node.ownerDocument.createRange();
    range.setStart(a.node, a.start);
    range.setEnd(b.node, b.end);
    return range;
  }

  /** The text offset of a DOM point (a caret position), or null if it is not in the map. */
  fromPoint(node: Node, offset: number): number | null {
    if (node.nodeType !== 3) return null;
    if (!this.byNode) {
      this.byNode = new Map();
      this.chunks.forEach((c, i) => {
        const list = this.byNode!.get(c.node);
        if (list) list.push(i);
        else this.byNode!.set(c.node, [i]);
      });
    }
    const list = this.byNode.get(node as Text);
    if (!list) return null;
    // A caret between two chunks belongs to the one it starts; only a caret after the last
    // character of a chunk (or inside skipped whitespace) falls back to the end before it.
    let best: number | null = null;
    for (const i of list) {
      const c = this.chunks[i]!;
      const span = c.collapsed ? runLength(c.node.data, c.nodeStart) : c.length;
      if (offset >= c.nodeStart && offset < c.nodeStart + span) {
        return c.start + (c.collapsed ? 0 : offset - c.nodeStart);
      }
      if (offset >= c.nodeStart + span) best = c.start + c.length;
    }
    return best;
  }
}

function runLength(data: string, from: number): number {
  let i = from;
  while (i < data.length && " \t\n\r\f".includes(data[i]!)) i++;
  return Math.max(1, i - from);
}

/**
 * Build the text of `root` and the table that maps it back to text nodes. Reads only.
 */
export function buildTextMap(root: Node, opts: TextMapOptions = {}): TextMap {
  const classify = opts.classify ?? classifyByStyle;
  const includeText = opts.includeText;
  const maxChars = opts.maxChars ?? Infinity;
  let partial = false;
  const parts: string[] = [];
  const chunks: Chunk[] = [];
  let length = 0;
  // Newlines owed before the next visible text (2 after a block edge, 1 per <br>).
  let pendingBreak = 0;
  // The whitespace seen since the last visible text, emitted only if more text follows on the line.
  // `single`: the run is one plain space, the very character the text gets (no need to collapse).
  let pendingSpace: { node: Text; at: number; single: boolean } | null = null;
  // How many newlines the built text currently ends with.
  let trailingNewlines = 0;
  let preDepth = 0;

  const emitVirtual = (s: string): void => {
    parts.push(s);
    length += s.length;
  };
  const flushBreak = (): void => {
    if (length === 0) {
      pendingBreak = 0;
      return;
    }
    const need = pendingBreak - trailingNewlines;
    if (need > 0) {
      emitVirtual("\n".repeat(need));
      trailingNewlines += need;
    }
    pendingBreak = 0;
  };
  const emitReal = (node: Text, nodeStart: number, s: string, collapsed: boolean): void => {
    // Text that continues the previous chunk in the same node (words and the single spaces
    // between them) extends it: one chunk per run of a node, not one per word.
    const prev = chunks[chunks.length - 1];
    if (!collapsed && prev && !prev.collapsed && prev.node === node && prev.nodeStart + prev.length === nodeStart && prev.start + prev.length === length) {
      prev.length += s.length;
    } else chunks.push({ node, nodeStart, start: length, length: s.length, collapsed });
    parts.push(s);
    length += s.length;
    trailingNewlines = 0;
  };

  const readText = (node: Text): void => {
    const data = node.data;
    if (!data) return;
    if (preDepth > 0) {
      flushBreak();
      if (pendingSpace) {
        emitReal(pendingSpace.node, pendingSpace.at, " ", !pendingSpace.single);
        pendingSpace = null;
      }
      emitReal(node, 0, data, false);
      trailingNewlines = /\n+$/.exec(data)?.[0].length ?? 0;
      return;
    }
    let i = 0;
    // Start of the visible run being read: words joined by single plain spaces, which the text
    // keeps as they are, so the run is emitted in one piece (one chunk, as word by word would give).
    let run = -1;
    WS.lastIndex = 0;
    for (;;) {
      const m = WS.exec(data);
      const wsStart = m ? m.index : data.length;
      if (wsStart > i && run < 0) {
        // Visible text: settle what was owed before it.
        if (pendingBreak > 0) {
          pendingSpace = null;
          flushBreak();
        }
        if (pendingSpace) {
          if (length > 0 && trailingNewlines === 0) emitReal(pendingSpace.node, pendingSpace.at, " ", !pendingSpace.single);
          pendingSpace = null;
        }
        run = i;
      }
      if (!m) break;
      // One plain space between two words: the run goes on, up to the whitespace that ends it.
      if (run >= 0 && m[0] === " " && m.index + 1 < data.length) {
        i = m.index + 1;
        RUN_END.lastIndex = i;
        WS.lastIndex = RUN_END.exec(data)?.index ?? data.length;
        continue;
      }
      if (run >= 0) {
        emitReal(node, run, data.slice(run, wsStart), false);
        run = -1;
      }
      if (!pendingSpace) pendingSpace = { node, at: m.index, single: m[0] === " " };
      i = m.index + m[0].length;
    }
    if (run >= 0) emitReal(node, run, data.slice(run), false);
  };

  const walk = (el: Node): void => {
    for (let child = el.firstChild; child; child = child.nextSibling) {
      if (length >= maxChars) {
        partial = true;
        return;
      }
      if (child.nodeType === 3) {
        if (!includeText || includeText(child as Text)) readText(child as Text);
        continue;
      }
      if (child.nodeType !== 1) continue;
      const e = child as Element;
      if (e.tagName === "BR") {
        pendingSpace = null;
        if (pendingBreak === 0 && length > 0) {
          // A <br> is a hard line break even where no text follows it yet.
          emitVirtual("\n");
          trailingNewlines++;
        }
        continue;
      }
      const kind = classify(e);
      if (kind === "skip") continue;
      const isPre = e.tagName === "PRE";
      if (kind === "block") pendingBreak = 2;
      if (isPre) preDepth++;
      walk(e);
      if (isPre) preDepth--;
      if (kind === "block") pendingBreak = 2;
    }
  };

  if (root.nodeType === 3) readText(root as Text);
  else walk(root);
  return new TextMap(parts.join(""), chunks, partial);
}
