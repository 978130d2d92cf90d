// The overlay: one custom element attached to <html> (outside the article), its UI in a closed
// shadow root: the marks (boxes over the article text, marks.ts), the keyboard entry point
// (launcher + statement list) and the card. Page text only ever enters it through textContent and
// attribute values, never as HTML; nothing here changes the page's layout (everything is fixed or
// absolutely placed inside the shadow root). The card holds only what this page's own Analysis
// says (card.ts). The host carries no attribute but its style: nothing of Whosaid's state (whether
// it is analysing, how many statements, which card is open, its timings) is in the page's DOM; the
// extension's own pages ask the content script ("status", "inspect") instead.
// Events the page synthesises (isTrusted false) never open or move anything. The page can still
// remove or cover the host with script: that is noticed (`tampered`) and told to the popup,
// which the page cannot touch.
import { correctionBox, type CardModel, type Correct } from "./card";
import { OVERLAY_CSS, PANEL_CSS } from "./styles";

export type { CardModel } from "./card";

export const HOST_TAG = "whosaid-overlay";

export type ListItem = { index: number; label: string; colour: string };

export type OverlayEvents = {
  /** a statement got keyboard focus in the list */
  focusStatement(index: number): void;
  /** an in-article counter-statement was chosen in the card */
  gotoStatement(index: number): void;
  /** the card was closed (Escape, close button) */
  closed(): void;
  /** the reader corrected the card's statement (card.ts); absent: the card offers no correction */
  correct?: Correct;
};

const SAFE_URL = /^https?:\/\//i;
// Inline and !important: a page rule (even an !important one) cannot hide or move the host.
// `all:initial` is not !important here: in Firefox that would make the text spacing of the card
// (letter-, word-spacing, line-height) !important in the style attribute, which a reader's own
// spacing stylesheet must be able to override (WCAG 1.4.12; axe's avoid-inline-spacing). The
// shadow root's `:host{all:initial!important}` still wins over any page rule.
const HOST_STYLE =
  "all:initial;display:block!important;position:fixed!important;top:0!important;left:0!important;width:0!important;" +
  "height:0!important;z-index:2147483647!important;visibility:visible!important;opacity:1!important;pointer-events:auto!important";
/** How often a host the page removed is put back before we only report it. */
const MAX_REATTACH = 3;

export class Overlay {
  readonly host: HTMLElement;
  /** where marks.ts draws the mark boxes */
  readonly markLayer: HTMLElement;
  private root: ShadowRoot;
  private ui: HTMLElement;
  private launcher: HTMLButtonElement;
  /** the statement list and the card: made the first time one is opened (most pages never open them) */
  private list_: HTMLOListElement | null = null;
  private card_: HTMLElement | null = null;
  private readonly signal: AbortSignal;
  private cardIndex: number | null = null;
  private items: ListItem[] = [];
  /** makes the list's items (only when the list is opened: most readers never open it) */
  private makeItems: () => ListItem[] = () => [];
  /** whether the list's elements are made for `items` */
  private built = false;
  /** whether the list's and card's styles are in the shadow root (added when one first opens) */
  private panelStyled = false;
  private watcher: MutationObserver | null = null;
  private reattached = 0;
  /** what the page did to hide or remove the overlay, if anything (told to the popup) */
  tampered: string | null = null;

  constructor(
    private doc: Document,
    private events: OverlayEvents,
    signal: AbortSignal,
  ) {
    this.signal = signal;
    const existing = doc.querySelector(HOST_TAG);
    // A second injection (on-click mode after auto) must not leave two hosts behind.
    if (existing) existing.remove();
    this.host = doc.createElement(HOST_TAG);
    this.host.setAttribute("style", HOST_STYLE);
    this.root = this.host.attachShadow({ mode: "closed" });
    const style = doc.createElement("style");
    style.textContent = OVERLAY_CSS;
    this.markLayer = el(doc, "div", "marks");
    this.markLayer.setAttribute("aria-hidden", "true");
    this.ui = el(doc, "div", "ui");
    this.launcher = el(doc, "button", "launcher");
    this.launcher.type = "button";
    this.launcher.hidden = true;
    this.launcher.setAttribute("aria-expanded", "false");
    this.ui.append(this.launcher);
    this.root.append(style, this.markLayer, this.ui);
    doc.documentElement.appendChild(this.host);
    this.watch(signal);
    this.launcher.addEventListener("click", trusted(() => this.toggleList()), { signal });
    // Escape anywhere closes the card (and the list), whether it was opened by hover or keyboard.
    doc.addEventListener("keydown", trusted((e: KeyboardEvent) => {
      if (e.key !== "Escape") return;
      if (this.cardShown) this.hideCard(true);
      else if (this.listShown) this.closeList(true);
    }), { signal, capture: true });
    signal.addEventListener("abort", () => this.watcher?.disconnect());
  }

  private get listShown(): boolean {
    return this.list_ !== null && !this.list_.hidden;
  }

  private get cardShown(): boolean {
    return this.card_ !== null && !this.card_.hidden;
  }

  /** The statement list (hidden), made on first use, right after the launcher. */
  private get list(): HTMLOListElement {
    if (this.list_) return this.list_;
    const list = el(this.doc, "ol", "list");
    list.hidden = true;
    list.setAttribute("aria-label", "Statements marked by Whosaid");
    const signal = this.signal;
    list.addEventListener("focusin", trusted((e) => {
      const i = indexOf(e.target);
      if (i !== null) this.events.focusStatement(i);
    }), { signal });
    list.addEventListener("click", trusted((e) => {
      if (indexOf(e.target) !== null && this.cardShown) this.focusCard();
    }), { signal });
    list.addEventListener("keydown", trusted((e: KeyboardEvent) => this.listKey(e)), { signal });
    this.launcher.after(list);
    return (this.list_ = list);
  }

  /** The card (hidden), made on first use, last in the overlay's UI. */
  private get card(): HTMLElement {
    if (this.card_) return this.card_;
    const card = el(this.doc, "section", "card");
    card.hidden = true;
    card.setAttribute("role", "dialog");
    card.tabIndex = -1;
    card.addEventListener("click", trusted((e) => {
      const t = e.target as HTMLElement | null;
      const goto = t?.closest?.("[data-goto]");
      if (goto) this.events.gotoStatement(Number(goto.getAttribute("data-goto")));
      if (t?.closest?.(".close")) this.hideCard(true);
    }), { signal: this.signal });
    this.ui.append(card);
    return (this.card_ = card);
  }

  /** Notices the page removing the host or rewriting its style; puts it back a few times. */
  private watch(signal: AbortSignal): void {
    const MO = (this.doc.defaultView as (Window & typeof globalThis) | null)?.MutationObserver;
    if (!MO || signal.aborted) return;
    this.watcher = new MO((records) => {
      for (const r of records) {
        if (r.type === "attributes" && r.attributeName === "style") {
          // our own restoring write comes back here too: only a different value is the page's
          if (this.host.getAttribute("style") === HOST_STYLE) continue;
          this.tampered = "the page changed the style of Whosaid's overlay";
          this.host.setAttribute("style", HOST_STYLE);
        } else if (r.type === "attributes" && r.attributeName !== null && this.host.hasAttribute(r.attributeName)) {
          this.tampered = "the page changed Whosaid's overlay";
          this.host.removeAttribute(r.attributeName);
        } else if (r.type === "childList" && Array.from(r.removedNodes).includes(this.host)) {
          this.tampered = "the page removed Whosaid's overlay";
          if (this.reattached++ < MAX_REATTACH) this.doc.documentElement.appendChild(this.host);
        }
      }
    });
    this.watcher.observe(this.host, { attributes: true });
    this.watcher.observe(this.doc.documentElement, { childList: true });
  }

  /**
   * The statements of the keyboard list: `count` of them, made by `items` when the list is opened
   * (it is hidden until the reader opens it from the launcher), or at once while it is open.
   */
  setItems(count: number, items: () => ListItem[], visible: boolean): void {
    this.makeItems = items;
    this.items = [];
    this.built = false;
    this.list_?.replaceChildren();
    if (this.listShown) this.buildList();
    this.launcher.textContent = `Whosaid · ${count}`;
    this.launcher.setAttribute("aria-label", `Whosaid: ${count} statements marked. Open the list.`);
    this.launcher.hidden = !visible || count === 0;
    if (this.launcher.hidden) this.closeList(false);
  }

  /** The list's and the card's styles, added the first time one of them is shown. */
  private stylePanels(): void {
    if (this.panelStyled) return;
    this.panelStyled = true;
    const style = this.doc.createElement("style");
    style.textContent = PANEL_CSS;
    this.root.append(style);
  }

  private buildList(): void {
    this.stylePanels();
    if (this.built) return;
    this.built = true;
    this.items = this.makeItems();
    for (const it of this.items) {
      const li = this.doc.createElement("li");
      const b = el(this.doc, "button", "item");
      b.type = "button";
      b.setAttribute("data-i", String(it.index));
      const sw = el(this.doc, "span", "swatch");
      sw.style.background = it.colour;
      sw.setAttribute("aria-hidden", "true");
      b.append(sw, this.doc.createTextNode(it.label));
      li.append(b);
      this.list.append(li);
    }
  }

  get openCard(): number | null {
    return this.cardIndex;
  }

  /** The open card's text and link addresses (the extension's tests ask it, in both browsers; the page cannot). */
  get openCardView(): { text: string; links: string[] } | null {
    if (!this.cardShown || this.cardIndex === null) return null;
    return { text: this.card.textContent ?? "", links: [...this.card.querySelectorAll("a")].map((a) => a.getAttribute("href") ?? "") };
  }

  showCard(model: CardModel, anchor: DOMRect | null): void {
    this.stylePanels();
    const d = this.doc;
    const c = this.card;
    c.replaceChildren();
    const close = el(d, "button", "close");
    close.type = "button";
    close.textContent = "×";
    close.setAttribute("aria-label", "Close");
    const h = d.createElement("h2");
    const sw = el(d, "span", "swatch");
    sw.style.background = model.side?.colour ?? "#7f7f7f";
    sw.setAttribute("aria-hidden", "true");
    h.append(sw, d.createTextNode(model.speaker));
    c.append(close, h);
    if (model.written) c.append(textEl(d, "div", "resolved", `as written: “${model.written}”`));
    c.append(textEl(d, "div", "side", model.sideText));
    const labels = el(d, "ul", "labels");
    labels.setAttribute("aria-label", "Labels");
    for (const l of model.labels) labels.append(textEl(d, "li", "", l));
    c.append(labels);
    c.append(textEl(d, "blockquote", "", clip(model.content, 280)));
    c.append(textEl(d, "p", "why", model.why));
    for (const name of model.unheard) c.append(textEl(d, "p", "unheard", `Accuses ${name}, who is not heard in this article.`));
    if (model.answers.length > 0) {
      c.append(textEl(d, "h3", "", "Answered in this article by"));
      const ul = el(d, "ul", "counter");
      for (const k of model.answers) {
        const li = d.createElement("li");
        const b = el(d, "button", "counter-link");
        b.type = "button";
        b.setAttribute("data-goto", String(k.statement));
        b.textContent = k.label;
        li.append(b);
        ul.append(li);
      }
      c.append(ul);
    }
    const links = model.links.filter((k) => SAFE_URL.test(k.url));
    if (links.length > 0) {
      c.append(textEl(d, "h3", "", "Find the other side's own words"));
      const ul = el(d, "ul", "counter");
      for (const k of links) {
        const li = d.createElement("li");
        const a = d.createElement("a");
        a.href = k.url;
        a.target = "_blank";
        a.rel = "noopener noreferrer";
        a.textContent = k.label;
        li.append(a);
        ul.append(li);
      }
      c.append(ul);
    }
    if (model.answers.length === 0 && links.length === 0) c.append(textEl(d, "p", "none", "No answer from another side found."));
    if (this.events.correct) c.append(correctionBox(d, model, this.events.correct));
    const legend = el(d, "p", "legend");
    legend.append(
      textEl(d, "span", "k-source", "speaker"),
      textEl(d, "span", "k-cue", "cue"),
      textEl(d, "span", "k-unnamed", "unnamed source"),
      textEl(d, "span", "k-content", "what was said (on hover)"),
    );
    c.append(legend);
    c.setAttribute("aria-label", `Statement by ${model.speaker}`);
    c.hidden = false;
    this.cardIndex = model.index;
    this.place(anchor);
  }

  /** Keeps the card inside the viewport, beside its statement, and off the open statement list. */
  private place(anchor: DOMRect | null): void {
    const view = this.doc.defaultView;
    const vw = view?.innerWidth || 1024;
    const vh = view?.innerHeight || 768;
    const c = this.card;
    const w = Math.min(380, vw - 16);
    const measured = typeof c.getBoundingClientRect === "function" ? c.getBoundingClientRect().height : 0;
    const hgt = Math.min(measured || 320, vh - 16);
    // the open list sits at the bottom right: keep the card left of it where the window allows
    const right = this.listShown && vw >= w + 400 ? vw - 384 : vw - 8;
    let left = right - w;
    let top = 8;
    if (anchor) {
      left = Math.max(8, Math.min(anchor.left, right - w));
      const below = anchor.bottom + 8;
      const above = anchor.top - 8 - hgt;
      top = below + hgt <= vh - 8 ? below : above >= 8 ? above : vh - 8 - hgt;
    }
    c.style.left = `${Math.round(Math.max(8, left))}px`;
    c.style.top = `${Math.round(Math.max(8, Math.min(top, vh - 8 - hgt)))}px`;
    this.checkCovered();
  }

  /** A page element drawn over the card (a higher layer) hides it: note it for the popup. */
  private checkCovered(): void {
    if (typeof this.doc.elementFromPoint !== "function" || typeof this.card.getBoundingClientRect !== "function") return;
    const r = this.card.getBoundingClientRect();
    if (r.width === 0) return;
    const hit = this.doc.elementFromPoint(r.left + r.width / 2, r.top + Math.min(20, r.height / 2));
    if (hit && hit !== this.host) this.tampered = "the page covers Whosaid's card";
  }

  hideCard(byUser: boolean): void {
    if (!this.cardShown) return;
    this.card.hidden = true;
    this.cardIndex = null;
    if (byUser) {
      this.events.closed();
      const item = this.listShown ? this.list.querySelector<HTMLElement>("button.item:focus") : null;
      if (!item && this.root.activeElement && this.card.contains(this.root.activeElement)) this.launcher.focus();
    }
  }

  /** The text of what has keyboard focus in the overlay (the extension's tests ask it; the page cannot). */
  get focusedText(): string | null {
    return this.root.activeElement?.textContent?.trim().slice(0, 80) ?? null;
  }

  /** Whether a point is over the card (so hovering into the card keeps it open). */
  cardContains(target: EventTarget | null): boolean {
    return target === this.host;
  }

  focusCard(): void {
    const first = this.card.querySelector<HTMLElement>("[data-goto], a, button.close");
    (first ?? this.card).focus();
  }

  focusItem(index: number): void {
    this.buildList();
    this.list.querySelector<HTMLElement>(`button[data-i="${index}"]`)?.focus();
  }

  private toggleList(): void {
    if (!this.listShown) {
      this.showList();
      this.list.querySelector<HTMLElement>("button.item")?.focus();
    } else this.closeList(true);
  }

  /** Opens the statement list (made now if it was not yet), without moving focus. */
  showList(): void {
    this.buildList();
    this.list.hidden = false;
    this.launcher.setAttribute("aria-expanded", "true");
  }

  private closeList(refocus: boolean): void {
    if (!this.listShown) return;
    this.list.hidden = true;
    this.launcher.setAttribute("aria-expanded", "false");
    if (refocus) this.launcher.focus();
  }

  private listKey(e: KeyboardEvent): void {
    const i = indexOf(e.target);
    if (i === null) return;
    const pos = this.items.findIndex((x) => x.index === i);
    let next: number;
    if (e.key === "ArrowDown") next = Math.min(this.items.length - 1, pos + 1);
    else if (e.key === "ArrowUp") next = Math.max(0, pos - 1);
    else if (e.key === "Home") next = 0;
    else if (e.key === "End") next = this.items.length - 1;
    else if (e.key === "Enter" || e.key === " ") {
      // Let the click handler run, then move into the card so its links are reachable.
      return;
    } else return;
    e.preventDefault();
    const target = this.items[next];
    if (target) this.focusItem(target.index);
  }

  remove(): void {
    this.watcher?.disconnect();
    this.host.remove();
  }
}

/** Events the page synthesises (isTrusted false) never open or move anything. */
function trusted<E extends Event>(f: (e: E) => void): (e: E) => void {
  return (e: E): void => {
    if (e.isTrusted) f(e);
  };
}

function el<K extends keyof HTMLElementTagNameMap>(doc: Document, tag: K, cls: string): HTMLElementTagNameMap[K] {
  const e = doc.createElement(tag);
  if (cls) e.className = cls;
  return e;
}

function textEl(doc: Document, tag: keyof HTMLElementTagNameMap, cls: string, text: string): HTMLElement {
  const e = el(doc, tag, cls);
  e.textContent = text;
  return e;
}

function indexOf(t: EventTarget | null): number | null {
  const b = (t as HTMLElement | null)?.closest?.("button[data-i]");
  if (!b) return null;
  const n = Number(b.getAttribute("data-i"));
  return Number.isInteger(n) ? n : null;
}

function clip(s: string, n: number): string {
  const t = s.replace(/\s+/g, " ").trim();
  return t.length > n ? `${t.slice(0, n - 1)}…` : t;
}
