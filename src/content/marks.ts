// Draws the inline marks as boxes inside the overlay's closed shadow root, placed from the client
// rects of DOM Ranges over the article text. Nothing is written to the page: no wrapper element,
// no page stylesheet, and nothing in the document-wide CSS.highlights registry, which the page
// shares and could read (which spans we marked), delete or forge (its own byline flagged as an
// unnamed source). Boxes take no pointer events, so elementFromPoint cannot find them either.
// At rest only the source (a party-coloured bar) and the cue (a thin underline) show; a statement's
// content is tinted while it is hovered, focused or flashed, or always with "full highlight".
//
// Lazy, where the browser has IntersectionObserver: a box is measured (getClientRects) and drawn
// only once the text it marks comes within a viewport of the screen; marks further down the page
// are measured and drawn when the reader scrolls towards them (or resizes the window so they show),
// never before. Without IntersectionObserver (jsdom) everything is drawn at once, in steps.
// A content box's Range is made only when that content is to be shown.
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
  /** Resolves once the boxes in view are drawn (lazy drawing), or after at most `ms`. */
  settled(ms: number): Promise<void>;
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
  /** Measure the drawn boxes again (the page's layout changed). */
  relayout(): void;
  /** Characters tinted now (content shown at rest in full mode, or of emphasised statements). */
  tinted(): number;
}

export const PARTY_COLOURS = 6;

/** The layer the boxes go into; null while there is no overlay (nothing is drawn then). */
export type LayerSource = () => HTMLElement | null;

/** Runs work the painter does in its own callbacks (observers, frames), counted as the caller's time. */
export type Account = <T>(name: string, fn: () => T) => T;

/**
 * `shown`: measured and drawn. A statement's content is invisible at rest (tinted only while
 * hovered, focused or flashed, or always in "full highlight"), so its boxes, the largest (several
 * lines each), are measured and drawn only once they are to be seen.
 */
type Box = {
  statement: number;
  role: Role;
  name: string;
  start: number;
  end: number;
  /**
   * Made on first use, when the box is first measured (boxes are measured only once their text
   * comes near the viewport, content boxes only when shown); null: covers no page text.
   */
  range: Range | null | undefined;
  /** the element the box's text starts in (what the IntersectionObserver watches) */
  at: Element | null;
  els: HTMLElement[];
  rects: Rect[];
  shown: boolean;
  /** measured since it was last (re)painted: its rects are where its text is */
  measured: boolean;
};
type Rect = { left: number; top: number; right: number; bottom: number };

/** Boxes measured or drawn between two looks at the clock. */
const STEP_BOXES = 16;

/** Boxes further than this from the viewport wait until the reader scrolls nearer (IntersectionObserver rootMargin). */
const NEAR = "100% 0px";

/** Builds the box painter; `layer` is read at each paint (the overlay may have been re-created). */
export function createPainter(doc: Document, layer: LayerSource, signal?: AbortSignal, account?: Account): Painter {
  return new BoxPainter(doc, layer, signal, account);
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
  private map: TextMap | null = null;
  /** lazy drawing: the element each waiting box's text starts in, and the boxes waiting on it */
  private io: IntersectionObserver | null = null;
  private waiting = new Map<Element, Box[]>();
  private firstSight: (() => void) | null = null;
  private readonly account: Account;
  marked = 0;

  constructor(
    private doc: Document,
    private layer: LayerSource,
    signal?: AbortSignal,
    account?: Account,
  ) {
    this.account = account ?? ((_name, fn) => fn());
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
    this.frame = raf(() => this.account("draw", () => {
      this.frame = 0;
      if (this.relayoutDue) this.relayout();
      else this.follow();
    }));
  }

  /**
   * Window scroll: the whole layer moves with the document (one style write). `sx`, `sy`: the
   * scroll offsets the caller read before its writes; reading them again after writes would make
   * the browser lay the page out at once, in our task, rather than in its own next frame.
   */
  private follow(sx?: number, sy?: number): void {
    const win = this.doc.defaultView;
    const l = this.host;
    if (!win || !l) return;
    l.style.transform = `translate(${-(sx ?? win.scrollX)}px,${-(sy ?? win.scrollY)}px)`;
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
    this.map = map;
    for (const m of marks) {
      const shown = this.full || m.role !== "content";
      // No Range yet (it is made when the box is measured): whether the span covers page text,
      // and where that text starts, are known from the map alone.
      const first = map.pieces(m.start, m.end)[0];
      if (!first) continue;
      const box: Box = { statement: m.statement, role: m.role, name: m.name, start: m.start, end: m.end, range: undefined, at: first.node.parentElement, els: [], rects: [], shown, measured: false };
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
    const win = this.doc.defaultView as (Window & typeof globalThis) | null;
    if (!p || !this.host || !win) {
      this.pending = null;
      return true;
    }
    if (typeof win.IntersectionObserver === "function") {
      // Lazy: each box is measured and drawn when its text comes near the viewport (see lazy()).
      this.pending = null;
      this.lazy(win, this.boxes.filter((b) => b.shown));
      this.host.classList.toggle("full", this.full);
      // No scroll offset read here (it would force a layout in this task): the observer's
      // callback, which runs on a fresh layout, places the layer before it draws.
      this.watchSize();
      return true;
    }
    return this.stepAll(win, p, this.host, budgetMs);
  }

  /**
   * `step` without IntersectionObserver (jsdom): every box measured, then drawn. A method of its
   * own, so a browser never compiles it.
   */
  private stepAll(win: Window & typeof globalThis, p: { read: number; order: Box[] | null; write: number }, host: HTMLElement, budgetMs: number): boolean {
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
      host.append(frag);
      if (clock.now() >= end && p.write < p.order.length) return false;
    }
    this.pending = null;
    host.classList.toggle("full", this.full);
    this.follow(sx, sy);
    this.watchSize();
    return true;
  }

  /** Boxes to draw once their text comes within a viewport of the screen. */
  private lazy(win: Window & typeof globalThis, boxes: readonly Box[]): void {
    if (!this.io) {
      this.io = new win.IntersectionObserver((entries) => this.account("draw", () => this.sighted(entries)), { rootMargin: NEAR });
    }
    for (const b of boxes) {
      const at = b.at;
      if (!at) continue;
      const list = this.waiting.get(at);
      if (list) list.push(b);
      else {
        this.waiting.set(at, [b]);
        this.io.observe(at);
      }
    }
  }

  /** IntersectionObserver: draws the boxes whose text came near the viewport (all reads, then all writes). */
  private sighted(entries: IntersectionObserverEntry[]): void {
    const win = this.doc.defaultView;
    const io = this.io;
    if (!win || !io || !this.host) return;
    const due: Box[] = [];
    for (const e of entries) {
      const list = this.waiting.get(e.target);
      if (!list) continue;
      // An element without a box of its own (display: contents) never intersects: measure its text.
      const boxless = !e.isIntersecting && e.boundingClientRect.width === 0 && e.boundingClientRect.height === 0;
      if (!e.isIntersecting && !boxless) continue;
      io.unobserve(e.target);
      this.waiting.delete(e.target);
      for (const b of list) if (b.shown && !b.measured) due.push(b);
    }
    this.firstSight?.();
    this.firstSight = null;
    if (!due.length) return;
    const sx = win.scrollX || 0;
    const sy = win.scrollY || 0;
    for (const b of due) this.measureBox(b, sx, sy);
    const frag = this.doc.createDocumentFragment();
    for (const b of due) this.drawBox(b, frag);
    this.host.append(frag);
    this.follow(sx, sy);
  }

  /**
   * Resolves once the boxes in view are drawn (the observer's first report), or after `ms` where
   * no report comes (a hidden tab renders nothing, and draws when it is shown).
   */
  settled(ms: number): Promise<void> {
    const win = this.doc.defaultView;
    if (!this.io || !win || this.waiting.size === 0) return Promise.resolve();
    return new Promise((resolve) => {
      const late = win.setTimeout(resolve, ms);
      this.firstSight = () => {
        win.clearTimeout(late);
        resolve();
      };
    });
  }

  private rangeOf(b: Box): Range | null {
    if (b.range === undefined) {
      try {
        b.range = this.map?.toRange(b.start, b.end) ?? null;
      } catch {
        // The page cut the text short since it was read (the re-read of late content follows).
        b.range = null;
      }
    }
    return b.range;
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
    // All reads first, then all writes: one layout, however many boxes. Boxes still waiting for
    // the reader to scroll near them are measured then, not now.
    const shown = this.boxes.filter((b) => b.shown && (b.measured || !this.io));
    for (const b of shown) this.measureBox(b, sx, sy);
    const frag = this.doc.createDocumentFragment();
    for (const b of shown) this.drawBox(b, frag);
    layer.append(frag);
    layer.classList.toggle("full", this.full);
    this.follow(sx, sy);
  }

  /** Reads a box's client rects (document coordinates). Layout read, no write. */
  private measureBox(b: Box, sx: number, sy: number): void {
    b.measured = true;
    const range = this.rangeOf(b);
    const list = range && typeof range.getClientRects === "function" ? Array.from(range.getClientRects()) : [];
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
    this.io?.disconnect();
    this.io = null;
    this.waiting.clear();
    this.firstSight?.();
    this.firstSight = null;
    this.boxes = [];
    this.pending = null;
    this.byStatement.clear();
    this.marked = 0;
    this.emphasis = { flash: null, focus: null, hover: null };
  }

  rects(statement: number): DOMRect[] {
    const out: DOMRect[] = [];
    for (const b of this.byStatement.get(statement) ?? []) {
      const range = this.rangeOf(b);
      if (range && typeof range.getClientRects === "function") out.push(...Array.from(range.getClientRects()));
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
      if (on) n += this.rangeOf(b)?.toString().length ?? 0;
    }
    return n;
  }

  texts(): Record<string, string[]> {
    const out: Record<string, string[]> = {};
    for (const b of this.boxes) {
      const r = this.rangeOf(b);
      if (r) (out[b.name] ??= []).push(r.toString());
    }
    return out;
  }
}

function area(b: Box): number {
  return b.rects.reduce((n, r) => n + (r.right - r.left) * (r.bottom - r.top), 0);
}
