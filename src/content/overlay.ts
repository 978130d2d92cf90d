// The overlay: one custom element attached to <html> (outside the article), its UI in a closed
// shadow root: the keyboard entry point (launcher + statement list) and the card. Page text only
// ever enters it through textContent and attribute values, never as HTML, and nothing here
// changes the page's layout (everything is position:fixed inside the shadow root).
import type { PageState } from "../shared/messages";
import { OVERLAY_CSS } from "./styles";

export const HOST_TAG = "whosaid-overlay";

export type CounterView = { kind: "in-article" | "history" | "search"; label: string; statement?: number; url?: string };

export type CardModel = {
  index: number;
  written: string | null;
  resolved: string | null;
  party: { name: string; colour: string } | null;
  labels: string[];
  content: string;
  counter: CounterView[];
};

export type ListItem = { index: number; label: string; colour: string };

export type OverlayEvents = {
  /** a statement got keyboard focus in the list */
  focusStatement(index: number): void;
  /** an in-article counter-statement was chosen in the card */
  gotoStatement(index: number): void;
  /** the card was closed (Escape, close button) */
  closed(): void;
};

const SAFE_URL = /^https?:\/\//i;

export class Overlay {
  readonly host: HTMLElement;
  private root: ShadowRoot;
  private launcher: HTMLButtonElement;
  private list: HTMLOListElement;
  private card: HTMLElement;
  private cardIndex: number | null = null;
  private items: ListItem[] = [];

  constructor(
    private doc: Document,
    private events: OverlayEvents,
    signal: AbortSignal,
  ) {
    const existing = doc.querySelector(HOST_TAG);
    // A second injection (on-click mode after auto) must not leave two hosts behind.
    if (existing) existing.remove();
    this.host = doc.createElement(HOST_TAG);
    // Inline style so page rules on unknown elements cannot give the host a box.
    this.host.setAttribute("style", "all:initial;position:fixed;top:0;left:0;width:0;height:0;z-index:2147483647");
    this.root = this.host.attachShadow({ mode: "closed" });
    const style = doc.createElement("style");
    style.textContent = OVERLAY_CSS;
    const ui = doc.createElement("div");
    ui.className = "ui";
    this.launcher = el(doc, "button", "launcher");
    this.launcher.type = "button";
    this.launcher.hidden = true;
    this.launcher.setAttribute("aria-expanded", "false");
    this.list = el(doc, "ol", "list");
    this.list.hidden = true;
    this.list.setAttribute("aria-label", "Statements marked by Whosaid");
    this.card = el(doc, "section", "card");
    this.card.hidden = true;
    this.card.setAttribute("role", "dialog");
    this.card.tabIndex = -1;
    ui.append(this.launcher, this.list, this.card);
    this.root.append(style, ui);
    doc.documentElement.appendChild(this.host);

    this.launcher.addEventListener("click", () => this.toggleList(), { signal });
    this.list.addEventListener("focusin", (e) => {
      const i = indexOf(e.target);
      if (i !== null) this.events.focusStatement(i);
    }, { signal });
    this.list.addEventListener("click", (e) => {
      if (indexOf(e.target) !== null && !this.card.hidden) this.focusCard();
    }, { signal });
    this.list.addEventListener("keydown", (e) => this.listKey(e), { signal });
    this.card.addEventListener("click", (e) => {
      const t = e.target as HTMLElement | null;
      const goto = t?.closest?.("[data-goto]");
      if (goto) this.events.gotoStatement(Number(goto.getAttribute("data-goto")));
      if (t?.closest?.(".close")) this.hideCard(true);
    }, { signal });
    // Escape anywhere closes the card (and the list), whether it was opened by hover or keyboard.
    doc.addEventListener("keydown", (e) => {
      if (e.key !== "Escape") return;
      if (!this.card.hidden) this.hideCard(true);
      else if (!this.list.hidden) this.closeList(true);
    }, { signal, capture: true });
  }

  setState(state: PageState, statements?: number, error?: string): void {
    this.host.setAttribute("data-whosaid-state", state);
    if (statements !== undefined) this.host.setAttribute("data-whosaid-statements", String(statements));
    if (error !== undefined) this.host.setAttribute("data-whosaid-error", error.slice(0, 300));
    else this.host.removeAttribute("data-whosaid-error");
  }

  /** Debug figures for the page benchmark: cheap attributes, read by scripts/bench-page.mjs. */
  setTimings(totalMs: number, longestMs: number, parts: Record<string, number>): void {
    this.host.setAttribute("data-whosaid-ms", totalMs.toFixed(2));
    this.host.setAttribute("data-whosaid-longest-ms", longestMs.toFixed(2));
    this.host.setAttribute("data-whosaid-ms-parts", Object.entries(parts).map(([k, v]) => `${k}:${v.toFixed(1)}`).join(" "));
  }

  setMarked(marked: number, on: boolean): void {
    this.host.setAttribute("data-whosaid-marked", String(marked));
    this.host.setAttribute("data-whosaid-marks", on ? "on" : "off");
  }

  setItems(items: ListItem[], visible: boolean): void {
    this.items = items;
    this.list.replaceChildren();
    for (const it of items) {
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
    this.launcher.textContent = `Whosaid · ${items.length}`;
    this.launcher.setAttribute("aria-label", `Whosaid: ${items.length} statements marked. Open the list.`);
    this.launcher.hidden = !visible || items.length === 0;
    if (this.launcher.hidden) this.closeList(false);
  }

  get openCard(): number | null {
    return this.cardIndex;
  }

  showCard(model: CardModel, anchor: DOMRect | null): void {
    const d = this.doc;
    const c = this.card;
    c.replaceChildren();
    const close = el(d, "button", "close");
    close.type = "button";
    close.textContent = "×";
    close.setAttribute("aria-label", "Close");
    const h = d.createElement("h2");
    const sw = el(d, "span", "swatch");
    sw.style.background = model.party?.colour ?? "#888";
    sw.setAttribute("aria-hidden", "true");
    h.append(sw, d.createTextNode(model.resolved ?? model.written ?? "Unattributed"));
    c.append(close, h);
    if (model.written && model.resolved && model.written !== model.resolved) {
      c.append(textEl(d, "div", "resolved", `as written: “${model.written}”`));
    }
    c.append(textEl(d, "div", "party", model.party ? `Party: ${model.party.name}` : "Party: unknown"));
    const labels = el(d, "ul", "labels");
    labels.setAttribute("aria-label", "Labels");
    for (const l of model.labels) labels.append(textEl(d, "li", "", l));
    c.append(labels);
    c.append(textEl(d, "blockquote", "", clip(model.content, 280)));
    c.append(textEl(d, "h3", "", "Counter-statements"));
    const ul = el(d, "ul", "counter");
    if (model.counter.length === 0) ul.append(textEl(d, "li", "", "None found."));
    for (const k of model.counter) {
      const li = d.createElement("li");
      if (k.kind === "in-article" && typeof k.statement === "number") {
        const b = el(d, "button", "counter-link");
        b.type = "button";
        b.setAttribute("data-goto", String(k.statement));
        b.textContent = k.label;
        li.append(b);
      } else if (k.url && SAFE_URL.test(k.url)) {
        const a = d.createElement("a");
        a.href = k.url;
        a.target = "_blank";
        a.rel = "noopener noreferrer";
        a.textContent = k.label;
        li.append(a);
      } else {
        li.textContent = k.label;
      }
      ul.append(li);
    }
    c.append(ul);
    c.setAttribute("aria-label", `Statement by ${model.resolved ?? model.written ?? "unknown"}`);
    c.hidden = false;
    this.cardIndex = model.index;
    this.host.setAttribute("data-whosaid-card", String(model.index));
    this.place(anchor);
  }

  private place(anchor: DOMRect | null): void {
    const view = this.doc.defaultView;
    const vw = view?.innerWidth ?? 1024;
    const vh = view?.innerHeight ?? 768;
    const w = Math.min(380, vw * 0.92);
    const c = this.card;
    let top = 12;
    let left = vw - w - 12;
    if (anchor) {
      left = Math.max(8, Math.min(anchor.left, vw - w - 8));
      const below = anchor.bottom + 8;
      top = below + 200 < vh ? below : Math.max(8, anchor.top - 8 - Math.min(vh * 0.6, 320));
    }
    c.style.left = `${Math.round(left)}px`;
    c.style.top = `${Math.round(top)}px`;
  }

  hideCard(byUser: boolean): void {
    if (this.card.hidden) return;
    this.card.hidden = true;
    this.cardIndex = null;
    this.host.removeAttribute("data-whosaid-card");
    if (byUser) {
      this.events.closed();
      const item = this.list.hidden ? null : this.list.querySelector<HTMLElement>("button.item:focus");
      if (!item && this.root.activeElement && this.card.contains(this.root.activeElement)) this.launcher.focus();
    }
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
    this.list.querySelector<HTMLElement>(`button[data-i="${index}"]`)?.focus();
  }

  private toggleList(): void {
    if (this.list.hidden) {
      this.list.hidden = false;
      this.launcher.setAttribute("aria-expanded", "true");
      this.list.querySelector<HTMLElement>("button.item")?.focus();
    } else this.closeList(true);
  }

  private closeList(refocus: boolean): void {
    if (this.list.hidden) return;
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
    this.host.remove();
  }
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
