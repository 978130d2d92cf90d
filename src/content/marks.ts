// Draws the inline marks as boxes inside the overlay's closed shadow root, placed from the client
// rects of DOM Ranges over the article text. Nothing is written to the page: no wrapper element,
// no page stylesheet, and nothing in the document-wide CSS.highlights registry, which the page
// shares and could read (which spans we marked), delete or forge (its own byline flagged as an
// unnamed source). Boxes take no pointer events, so elementFromPoint cannot find them either.
// At rest only the source (a party-coloured bar) and the cue (a thin underline) show; a statement's
// content is tinted while it is hovered, focused or flashed, or always with "full highlight".
import type { TextMap } from "../shared/text-range";

export type Role = "source" | "cue" | "content";

/**
 * One thing to draw: a span of the analysed text. `name` is the box's class list (role, colour
 * slot, "unnamed"), as styles.ts builds it; it is also what `texts()` reports per name.
 */
export type Mark = { statement: number; role: Role; name: string; start: number; end: number };

export type Emphasis = "flash" | "focus" | "hover";

export interface Painter {
  readonly kind: "box";
  /** Drawing never splits text nodes (kept for callers written for wrapper marks). */
  readonly splitsText: false;
  /** Replace whatever is drawn with `marks` (never adds to it: marks are never duplicated). */
  paint(map: TextMap, marks: Mark[]): void;
  /**
   * `paint` in steps, for the content script's short tasks: `begin` replaces what is drawn with
   * `marks` (ranges only, no layout read), then each `step` measures or draws the next boxes for
   * about `budgetMs` and says whether everything is drawn. Boxes in or near the viewport are
   * drawn first. `paint` is `begin` plus steps until done.
   */
  begin(map: TextMap, marks: Mark[]): void;
  step(budgetMs: number): boolean;
  /** Remove every mark. */
  clear(): void;
  /** Number of statements that got at least one visible mark. */
  readonly marked: number;
  /** Client rects of a statement's marks, measured now (for scrolling and placing the card). */
  rects(statement: number): DOMRect[];
  /** Emphasise one statement; null removes the emphasis of that kind. */
  emphasize(kind: Emphasis, statement: number | null): void;
  /** The statement whose source or cue is under a viewport point, if any (content does not count). */
  statementAt(x: number, y: number): number | null;
  /** Content tinted at rest too ("full highlight" in the options). */
  setFull(on: boolean): void;
  /** The text under each mark name, for the extension's own tests (never exposed to the page). */
  texts(): Record<string, string[]>;
  /** Measure the ranges again (the page's layout changed). */
  relayout(): void;
  /** Characters tinted now (content shown at rest in full mode, or of emphasised statements). */
  tinted(): number;
}

export const PARTY_COLOURS = 6;

/** The layer the boxes go into; null while there is no overlay (nothing is drawn then). */
export type LayerSource = () => HTMLElement | null;

/**
 * `shown`: measured and drawn. A statement's content is invisible at rest (tinted only while
 * hovered, focused or flashed, or always in "full highlight"), so its boxes, the largest (several
 * lines each), are measured and drawn only once they are to be seen.
 */
type Box = { statement: number; role: Role; name: string; range: Range; els: HTMLElement[]; rects: Rect[]; shown: boolean };
type Rect = { left: number; top: number; right: number; bottom: number };

/** Boxes measured or drawn between two looks at the clock. */
const STEP_BOXES = 16;

/** Builds the box painter; `layer` is read at each paint (the overlay may have been re-created). */
export function createPainter(doc: Document, layer: LayerSource, signal?: AbortSignal): Painter {
  return new BoxPainter(doc, layer, signal);
}

export class BoxPainter implements Painter {
  readonly kind = "box" as const;
  readonly splitsText = false as const;
  private boxes: Box[] = [];
  private byStatement = new Map<number, Box[]>();
  private host: HTMLElement | null = null;
  private emphasis: Record<Emphasis, number | null> = { flash: null, focus: null, hover: null };
  private frame = 0;
  private relayoutDue = false;
  private resize: ResizeObserver | null = null;
  private full = false;
  /** a paint in steps: next box to measure, the drawing order once all are measured, next box to draw */
  private pending: { read: number; order: Box[] | null; write: number } | null = null;
  marked = 0;

  constructor(
    private doc: Document,
    private layer: LayerSource,
    signal?: AbortSignal,
  ) {
    const win = doc.defaultView;
    if (!win) return;
    // Capture: element scrolls do not bubble, and an article in a scrolling box moves its text.
    const onScroll = (e: Event): void => {
      if (!e.isTrusted || this.boxes.length === 0) return;
      if (e.target !== doc && e.target !== win) this.relayoutDue = true;
      this.schedule();
    };
    doc.addEventListener("scroll", onScroll, { capture: true, passive: true, signal });
    win.addEventListener("resize", (e) => {
      if (!e.isTrusted || this.boxes.length === 0) return;
      this.relayoutDue = true;
      this.schedule();
    }, { passive: true, signal });
    signal?.addEventListener("abort", () => this.resize?.disconnect());
  }

  private schedule(): void {
    const win = this.doc.defaultView;
    if (this.frame || !win) return;
    const raf = typeof win.requestAnimationFrame === "function" ? win.requestAnimationFrame.bind(win) : (f: () => void) => win.setTimeout(f, 16);
    this.frame = raf(() => {
      this.frame = 0;
      if (this.relayoutDue) this.relayout();
      else this.follow();
    });
  }

  /** Window scroll: the whole layer moves with the document (one style write, no layout read). */
  private follow(): void {
    const win = this.doc.defaultView;
    const l = this.host;
    if (!win || !l) return;
    l.style.transform = `translate(${-win.scrollX}px,${-win.scrollY}px)`;
  }

  paint(map: TextMap, marks: Mark[]): void {
    this.begin(map, marks);
    while (!this.step(Infinity));
  }

  begin(map: TextMap, marks: Mark[]): void {
    this.clear();
    const layer = this.layer();
    if (!layer) return;
    this.host = layer;
    for (const m of marks) {
      const range = map.toRange(m.start, m.end);
      if (!range) continue;
      const box: Box = { statement: m.statement, role: m.role, name: m.name, range, els: [], rects: [], shown: this.full || m.role !== "content" };
      this.boxes.push(box);
      let s = this.byStatement.get(m.statement);
      if (!s) this.byStatement.set(m.statement, (s = []));
      s.push(box);
    }
    this.marked = [...this.byStatement.keys()].filter((k) => k >= 0).length;
    this.pending = { read: 0, order: null, write: 0 };
  }

  step(budgetMs: number): boolean {
    const p = this.pending;
    const win = this.doc.defaultView;
    if (!p || !this.host || !win) {
      this.pending = null;
      return true;
    }
    const clock = win.performance ?? performance;
    const end = clock.now() + budgetMs;
    const sx = win.scrollX || 0;
    const sy = win.scrollY || 0;
    // Reads first (every box), then writes: no write between two reads forces another layout.
    while (p.read < this.boxes.length) {
      const stop = Math.min(this.boxes.length, p.read + STEP_BOXES);
      for (; p.read < stop; p.read++) {
        const b = this.boxes[p.read]!;
        if (b.shown) this.measureBox(b, sx, sy);
      }
      if (clock.now() >= end) return false;
    }
    // What the reader sees first: boxes in or near the viewport, then the rest in page order.
    if (!p.order) {
      const top = sy - win.innerHeight;
      const bottom = sy + 2 * win.innerHeight;
      const near = (b: Box): boolean => b.rects.some((r) => r.bottom >= top && r.top <= bottom);
      const shown = this.boxes.filter((b) => b.shown);
      p.order = [...shown.filter(near), ...shown.filter((b) => !near(b))];
    }
    while (p.write < p.order.length) {
      const frag = this.doc.createDocumentFragment();
      const stop = Math.min(p.order.length, p.write + STEP_BOXES);
      for (; p.write < stop; p.write++) this.drawBox(p.order[p.write]!, frag);
      this.host.append(frag);
      if (clock.now() >= end && p.write < p.order.length) return false;
    }
    this.pending = null;
    this.host.classList.toggle("full", this.full);
    this.follow();
    this.watchSize();
    return true;
  }

  private watchSize(): void {
    const win = this.doc.defaultView as (Window & typeof globalThis) | null;
    if (this.resize || !win || typeof win.ResizeObserver !== "function" || !this.doc.body) return;
    // Images and fonts that load late move the text: the body's size changes with them.
    let first = true;
    this.resize = new win.ResizeObserver(() => {
      if (first) {
        first = false;
        return;
      }
      if (this.boxes.length === 0) return;
      this.relayoutDue = true;
      this.schedule();
    });
    this.resize.observe(this.doc.body);
  }

  relayout(): void {
    this.relayoutDue = false;
    // Everything is measured and drawn now (a paint still in steps is finished by this).
    this.pending = null;
    const layer = this.host;
    const win = this.doc.defaultView;
    if (!layer || !win) return;
    const sx = win.scrollX || 0;
    const sy = win.scrollY || 0;
    // All reads first, then all writes: one layout, however many boxes.
    const shown = this.boxes.filter((b) => b.shown);
    for (const b of shown) this.measureBox(b, sx, sy);
    const frag = this.doc.createDocumentFragment();
    for (const b of shown) this.drawBox(b, frag);
    layer.append(frag);
    layer.classList.toggle("full", this.full);
    this.follow();
  }

  /** Reads a box's client rects (document coordinates). Layout read, no write. */
  private measureBox(b: Box, sx: number, sy: number): void {
    const list = typeof b.range.getClientRects === "function" ? Array.from(b.range.getClientRects()) : [];
    b.rects = list
      .filter((r) => r.width > 0.5 && r.height > 0.5)
      .map((r) => ({ left: r.left + sx, top: r.top + sy, right: r.right + sx, bottom: r.bottom + sy }));
  }

  /** Places a box's elements on its rects: reuses the elements it has, makes or drops the difference. Writes only. */
  private drawBox(b: Box, frag: DocumentFragment): void {
    while (b.els.length > b.rects.length) b.els.pop()!.remove();
    while (b.els.length < b.rects.length) {
      const el = this.doc.createElement("i");
      el.className = b.name;
      if (b.role === "content") this.applyEmphasis(el, b.statement);
      b.els.push(el);
      frag.append(el);
    }
    // One style write per element (not four): the boxes are many on a long article.
    b.rects.forEach((r, i) => {
      b.els[i]!.style.cssText = `left:${r.left}px;top:${r.top}px;width:${r.right - r.left}px;height:${r.bottom - r.top}px`;
    });
  }

  clear(): void {
    for (const b of this.boxes) for (const el of b.els) el.remove();
    this.boxes = [];
    this.pending = null;
    this.byStatement.clear();
    this.marked = 0;
    this.emphasis = { flash: null, focus: null, hover: null };
  }

  rects(statement: number): DOMRect[] {
    const out: DOMRect[] = [];
    for (const b of this.byStatement.get(statement) ?? []) {
      if (typeof b.range.getClientRects === "function") out.push(...Array.from(b.range.getClientRects()));
    }
    return out;
  }

  private applyEmphasis(el: HTMLElement, statement: number): void {
    for (const k of ["flash", "focus", "hover"] as const) el.classList.toggle(k, this.emphasis[k] === statement);
  }

  emphasize(kind: Emphasis, statement: number | null): void {
    const was = this.emphasis[kind];
    if (was === statement) return;
    this.emphasis[kind] = statement;
    if (statement !== null) this.show(this.byStatement.get(statement) ?? []);
    for (const i of [was, statement]) {
      if (i === null) continue;
      for (const b of this.byStatement.get(i) ?? []) {
        if (b.role === "content") for (const el of b.els) this.applyEmphasis(el, b.statement);
      }
    }
  }

  /** Measures and draws boxes not drawn yet (a statement's content, when it is to be seen). */
  private show(boxes: readonly Box[]): void {
    const win = this.doc.defaultView;
    const hidden = boxes.filter((b) => !b.shown);
    if (!hidden.length || !win || !this.host) return;
    for (const b of hidden) {
      b.shown = true;
      this.measureBox(b, win.scrollX || 0, win.scrollY || 0);
    }
    const frag = this.doc.createDocumentFragment();
    for (const b of hidden) this.drawBox(b, frag);
    this.host.append(frag);
  }

  statementAt(x: number, y: number): number | null {
    const win = this.doc.defaultView;
    if (!win) return null;
    const dx = x + (win.scrollX || 0);
    const dy = y + (win.scrollY || 0);
    let best: Box | null = null;
    for (const b of this.boxes) {
      if (b.role === "content" || b.statement < 0) continue;
      for (const r of b.rects) {
        if (dx >= r.left - 1 && dx <= r.right + 1 && dy >= r.top - 1 && dy <= r.bottom + 1) {
          // nested statements: the smaller span is the one the pointer means
          if (!best || area(b) < area(best)) best = b;
        }
      }
    }
    return best ? best.statement : null;
  }

  setFull(on: boolean): void {
    this.full = on;
    if (on) this.show(this.boxes);
    this.host?.classList.toggle("full", on);
  }

  tinted(): number {
    let n = 0;
    for (const b of this.boxes) {
      if (b.role !== "content" || b.rects.length === 0) continue;
      const on = this.full || b.statement === this.emphasis.flash || b.statement === this.emphasis.focus || b.statement === this.emphasis.hover;
      if (on) n += b.range.toString().length;
    }
    return n;
  }

  texts(): Record<string, string[]> {
    const out: Record<string, string[]> = {};
    for (const b of this.boxes) (out[b.name] ??= []).push(b.range.toString());
    return out;
  }
}

function area(b: Box): number {
  return b.rects.reduce((n, r) => n + (r.right - r.left) * (r.bottom - r.top), 0);
}
