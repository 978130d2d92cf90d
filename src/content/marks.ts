// Draws and removes the inline marks. Preferred: the CSS Custom Highlight API, which changes no
// node at all. Fallback (browsers without CSS.highlights): inline wrapper elements, recorded so
// that clear() puts back exactly the text nodes that were there. Neither path may change the
// page's text or layout: styles only touch colour, background and text decoration.
import type { TextMap } from "./text-range";

export type Role = "source" | "cue" | "content";

/** One thing to draw: a span of the analysed text with its highlight name. */
export type Mark = { statement: number; role: Role; name: string; start: number; end: number };

export interface Painter {
  readonly kind: "highlight" | "wrapper";
  /** true when drawing splits text nodes: clear() before building a TextMap to draw with. */
  readonly splitsText: boolean;
  /**
   * Replace whatever is drawn with `marks` (never adds to it: marks are never duplicated). The
   * map must have been built on the page without wrapper marks (see `splitsText`).
   */
  paint(map: TextMap, marks: Mark[]): void;
  /** Remove every mark and restore the page. */
  clear(): void;
  /** Number of statements that got at least one visible mark. */
  readonly marked: number;
  /** Client rects of a statement's marks (for scrolling and placing the card). */
  rects(statement: number): DOMRect[];
  /** Emphasise one statement (flash or focus); null removes the emphasis of that kind. */
  emphasize(kind: "flash" | "focus", statement: number | null): void;
  /** The statement under a viewport point, if any. */
  statementAt(x: number, y: number): number | null;
}

export const PARTY_COLOURS = 6;
export const EMPHASIS = { flash: "whosaid-flash", focus: "whosaid-focus" } as const;

type HighlightCtor = new (...ranges: AbstractRange[]) => Highlight;

/** Chooses the Highlight API when the browser has it, else wrappers. */
export function createPainter(doc: Document): Painter {
  const win = doc.defaultView as (Window & typeof globalThis) | null;
  const registry = win?.CSS && "highlights" in win.CSS ? (win.CSS.highlights as HighlightRegistry) : null;
  const Ctor = (win as unknown as { Highlight?: HighlightCtor } | null)?.Highlight;
  if (registry && Ctor) return new HighlightPainter(doc, registry, Ctor);
  return new WrapperPainter(doc);
}

type Located = { statement: number; start: number; end: number; role: Role };

/** Finds the innermost statement covering a text offset (nested statements win over parents). */
function statementAtOffset(spans: Located[], offset: number): number | null {
  let best: Located | null = null;
  for (const s of spans) {
    if (offset < s.start || offset >= s.end) continue;
    if (!best || s.end - s.start < best.end - best.start) best = s;
  }
  return best ? best.statement : null;
}

export class HighlightPainter implements Painter {
  readonly kind = "highlight" as const;
  readonly splitsText = false;
  private names = new Set<string>();
  private byStatement = new Map<number, Range[]>();
  private spans: Located[] = [];
  private map: TextMap | null = null;
  marked = 0;

  constructor(
    private doc: Document,
    private registry: HighlightRegistry,
    private Ctor: HighlightCtor,
  ) {}

  paint(map: TextMap, marks: Mark[]): void {
    const groups = new Map<string, Range[]>();
    const byStatement = new Map<number, Range[]>();
    const spans: Located[] = [];
    for (const m of marks) {
      const range = map.toRange(m.start, m.end);
      if (!range) continue;
      let g = groups.get(m.name);
      if (!g) groups.set(m.name, (g = []));
      g.push(range);
      let s = byStatement.get(m.statement);
      if (!s) byStatement.set(m.statement, (s = []));
      s.push(range);
      spans.push({ statement: m.statement, start: m.start, end: m.end, role: m.role });
    }
    // Swap in one go: old names that are no longer used go, the rest are replaced.
    for (const name of this.names) if (!groups.has(name)) this.registry.delete(name);
    for (const [name, ranges] of groups) {
      const h = new this.Ctor(...ranges);
      // Cue and source sit above content so they stay visible where spans nest.
      h.priority = name.endsWith("-content") ? 0 : 1;
      this.registry.set(name, h);
    }
    this.names = new Set(groups.keys());
    this.byStatement = byStatement;
    this.spans = spans;
    this.map = map;
    this.marked = [...byStatement.keys()].filter((k) => k >= 0).length;
  }

  clear(): void {
    for (const name of this.names) this.registry.delete(name);
    this.registry.delete(EMPHASIS.flash);
    this.registry.delete(EMPHASIS.focus);
    this.names.clear();
    this.byStatement.clear();
    this.spans = [];
    this.map = null;
    this.marked = 0;
  }

  rects(statement: number): DOMRect[] {
    const out: DOMRect[] = [];
    for (const r of this.byStatement.get(statement) ?? []) out.push(...Array.from(r.getClientRects()));
    return out;
  }

  emphasize(kind: "flash" | "focus", statement: number | null): void {
    const name = EMPHASIS[kind];
    const ranges = statement === null ? undefined : this.byStatement.get(statement);
    if (!ranges || ranges.length === 0) {
      this.registry.delete(name);
      return;
    }
    const h = new this.Ctor(...ranges);
    h.priority = 2;
    this.registry.set(name, h);
  }

  statementAt(x: number, y: number): number | null {
    if (!this.map) return null;
    const p = caretAt(this.doc, x, y);
    if (!p) return null;
    const offset = this.map.fromPoint(p.node, p.offset);
    if (offset === null) return null;
    const hit = statementAtOffset(this.spans, offset);
    if (hit === null) return null;
    // A caret position is the nearest gap, even far from any glyph: confirm the point is on a mark.
    for (const r of this.rects(hit)) {
      if (x >= r.left - 1 && x <= r.right + 1 && y >= r.top - 1 && y <= r.bottom + 1) return hit;
    }
    return null;
  }
}

function caretAt(doc: Document, x: number, y: number): { node: Node; offset: number } | null {
  const d = doc as Document & {
    caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null;
    caretRangeFromPoint?: (x: number, y: number) => Range | null;
  };
  if (typeof d.caretPositionFromPoint === "function") {
    const p = d.caretPositionFromPoint(x, y);
    return p ? { node: p.offsetNode, offset: p.offset } : null;
  }
  if (typeof d.caretRangeFromPoint === "function") {
    const r = d.caretRangeFromPoint(x, y);
    return r ? { node: r.startContainer, offset: r.startOffset } : null;
  }
  return null;
}

/** What one original text node looked like before wrappers split it. */
type Split = { orig: Text; data: string; created: Text[] };

export const WRAPPER_TAG = "whosaid-mark";

export class WrapperPainter implements Painter {
  readonly kind = "wrapper" as const;
  readonly splitsText = true;
  private splits: Split[] = [];
  private wrappers: HTMLElement[] = [];
  private byStatement = new Map<number, HTMLElement[]>();
  marked = 0;

  constructor(private doc: Document) {}

  paint(map: TextMap, marks: Mark[]): void {
    this.clear();
    // Record every mark as text-node offsets BEFORE touching the DOM: splitting text nodes
    // invalidates offsets computed afterwards (Hypothesis highlighter.ts does the same).
    type Cut = { at: number; names: Set<string>; statements: Set<number> };
    const perNode = new Map<Text, { from: number; to: number; name: string; statement: number }[]>();
    for (const m of marks) {
      for (const p of map.pieces(m.start, m.end)) {
        if (!/\S/.test(p.node.data.slice(p.start, p.end))) continue; // whitespace-only runs stay bare
        let list = perNode.get(p.node);
        if (!list) perNode.set(p.node, (list = []));
        list.push({ from: p.start, to: p.end, name: m.name, statement: m.statement });
      }
    }
    for (const [node, list] of perNode) {
      if (!node.parentNode) continue;
      const bounds = new Set<number>([0, node.data.length]);
      for (const it of list) bounds.add(it.from).add(it.to);
      const sorted = [...bounds].sort((a, b) => a - b);
      const segments: Cut[] = [];
      for (let i = 0; i + 1 < sorted.length; i++) {
        const from = sorted[i]!;
        const to = sorted[i + 1]!;
        const names = new Set<string>();
        const statements = new Set<number>();
        for (const it of list) {
          if (it.from <= from && it.to >= to) {
            names.add(it.name);
            statements.add(it.statement);
          }
        }
        segments.push({ at: from, names, statements });
      }
      const split: Split = { orig: node, data: node.data, created: [] };
      this.splits.push(split);
      // Split from the end so earlier offsets stay valid; the original node keeps the first part.
      const texts: Text[] = [];
      for (let i = segments.length - 1; i >= 1; i--) {
        const tail = node.splitText(segments[i]!.at);
        split.created.push(tail);
        texts[i] = tail;
      }
      texts[0] = node;
      segments.forEach((seg, i) => {
        const t = texts[i];
        if (!t || seg.names.size === 0) return;
        const w = this.doc.createElement(WRAPPER_TAG);
        w.setAttribute("data-whosaid", [...seg.names].join(" "));
        w.setAttribute("data-whosaid-statements", [...seg.statements].join(" "));
        t.parentNode!.insertBefore(w, t);
        w.appendChild(t);
        this.wrappers.push(w);
        for (const s of seg.statements) {
          let l = this.byStatement.get(s);
          if (!l) this.byStatement.set(s, (l = []));
          l.push(w);
        }
      });
    }
    this.marked = [...this.byStatement.keys()].filter((k) => k >= 0).length;
  }

  clear(): void {
    for (const w of this.wrappers) {
      if (w.parentNode) w.replaceWith(...Array.from(w.childNodes));
    }
    for (const s of this.splits) {
      for (const t of s.created) t.remove();
      s.orig.data = s.data;
    }
    this.splits = [];
    this.wrappers = [];
    this.byStatement.clear();
    this.marked = 0;
  }

  rects(statement: number): DOMRect[] {
    const out: DOMRect[] = [];
    for (const w of this.byStatement.get(statement) ?? []) out.push(...Array.from(w.getClientRects()));
    return out;
  }

  emphasize(kind: "flash" | "focus", statement: number | null): void {
    const attr = `data-whosaid-${kind}`;
    for (const w of this.wrappers) w.removeAttribute(attr);
    if (statement === null) return;
    for (const w of this.byStatement.get(statement) ?? []) w.setAttribute(attr, "");
  }

  statementAt(x: number, y: number): number | null {
    const el = this.doc.elementFromPoint(x, y);
    const w = el?.closest(WRAPPER_TAG);
    if (!w) return null;
    const ids = (w.getAttribute("data-whosaid-statements") ?? "").split(" ").map(Number);
    // The last listed is the most recently added; prefer the one with the fewest wrappers (innermost).
    let best: number | null = null;
    for (const id of ids) {
      if (!Number.isInteger(id)) continue;
      if (best === null || (this.byStatement.get(id)?.length ?? 0) < (this.byStatement.get(best)?.length ?? 0)) best = id;
    }
    return best;
  }
}
