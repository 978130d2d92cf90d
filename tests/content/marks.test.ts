// @vitest-environment jsdom
// The box painter draws inside a layer of our own (the overlay's closed shadow root) and changes no
// node of the page; repainting never duplicates marks; the card holds nothing from other pages;
// and the whole content script (controller) leaves the page as it found it after the toggle.
import { afterEach, beforeAll, describe, expect, test } from "vitest";
import type { Analysis, Statement } from "../../src/core/types";
import { BoxPainter, type Mark } from "../../src/content/marks";
import { cardFrom } from "../../src/content/card";
import { buildTextMap } from "../../src/shared/text-range";
import { Controller, TIMING, type ContentExt } from "../../src/content/controller";
import { DEFAULT_SETTINGS } from "../../src/shared/settings";

const HTML = `<article><h1>Harbor plan</h1>
<p>“We will <b>dredge</b> the channel,” said <a href="#">Teodor Brandt</a>, the director.</p>
<p>The cooperative denied that, saying the plan would smother <i>oyster</i> beds.</p></article>`;

// jsdom has no layout: every range gets one 10 px high rect per 100 characters of offset, enough to
// place and hit-test boxes.
beforeAll(() => {
  (Range.prototype as unknown as { getClientRects: () => DOMRect[] }).getClientRects = function (this: Range) {
    const len = this.toString().length;
    if (len === 0) return [];
    const top = (this.startContainer.textContent ?? "").length + this.startOffset;
    return [new DOMRect(this.startOffset * 5, top, len * 5, 10)];
  };
});

function marksFor(text: string): Mark[] {
  const span = (s: string) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length });
  return [
    { statement: 0, role: "content", name: "content p0", ...span("We will dredge the channel,") },
    { statement: 0, role: "cue", name: "cue p0", ...span("said") },
    { statement: 0, role: "source", name: "source p0", ...span("Teodor Brandt, the director") },
    { statement: 1, role: "content", name: "content p1", ...span("the plan would smother oyster beds") },
    // overlapping on purpose: a nested statement inside the content of statement 1
    { statement: 2, role: "content", name: "content x", ...span("smother oyster") },
  ];
}

describe("BoxPainter", () => {
  test("draws boxes in its own layer, changes no page node, repaints without duplicates, clears to nothing", () => {
    document.body.innerHTML = HTML;
    const before = document.body.innerHTML;
    const layer = document.createElement("div");
    const p = new BoxPainter(document, () => layer);
    const map = buildTextMap(document.body);
    p.paint(map, marksFor(map.text));
    expect(document.body.innerHTML).toBe(before);
    expect(p.marked).toBe(3);
    // At rest only sources and cues are drawn: content (invisible until emphasised) is measured
    // and drawn when it is to be seen.
    const count = layer.querySelectorAll("i").length;
    expect(count).toBe(2);
    expect(layer.querySelectorAll("i.content").length).toBe(0);
    expect(p.texts()["source p0"]).toEqual(["Teodor Brandt, the director"]);
    expect(p.texts()["content p0"]).toEqual(["We will dredge the channel,"]);
    p.paint(map, marksFor(map.text));
    expect(layer.querySelectorAll("i").length).toBe(count);
    // content is tinted only while emphasised
    p.emphasize("hover", 0);
    expect(layer.querySelectorAll("i.content.hover").length).toBe(1);
    p.emphasize("hover", null);
    expect(layer.querySelectorAll("i.hover").length).toBe(0);
    expect(layer.querySelectorAll("i").length).toBe(count + 1);
    // "full highlight" draws every statement's content
    p.setFull(true);
    expect(layer.querySelectorAll("i.content").length).toBe(3);
    p.setFull(false);
    p.clear();
    expect(layer.children.length).toBe(0);
    expect(document.body.innerHTML).toBe(before);
  });

  test("hover and click find a statement by its source or cue only, never by its content", () => {
    document.body.innerHTML = HTML;
    const layer = document.createElement("div");
    const p = new BoxPainter(document, () => layer);
    const map = buildTextMap(document.body);
    p.paint(map, marksFor(map.text));
    // statement 1's content drawn (as while focused), so that a point on it can be tried
    p.emphasize("focus", 1);
    const centre = (name: string) => {
      const el = layer.querySelector<HTMLElement>(`i.${name.replace(" ", ".")}`)!;
      return [parseFloat(el.style.left) + 2, parseFloat(el.style.top) + 2] as const;
    };
    expect(p.statementAt(...centre("source p0"))).toBe(0);
    expect(p.statementAt(...centre("cue p0"))).toBe(0);
    expect(p.statementAt(...centre("content p1"))).toBeNull();
  });
});

describe("lazy drawing (IntersectionObserver)", () => {
  test("a mark is measured only once its text comes near the viewport; relayout measures only what is drawn", async () => {
    document.body.innerHTML = HTML;
    const before = document.body.innerHTML;
    // A stand-in observer: the test says which observed elements are in view.
    const observers: { cb: (e: IntersectionObserverEntry[]) => void; targets: Set<Element> }[] = [];
    class FakeIO {
      targets = new Set<Element>();
      constructor(public cb: (e: IntersectionObserverEntry[]) => void) {
        observers.push(this);
      }
      observe(t: Element): void {
        this.targets.add(t);
      }
      unobserve(t: Element): void {
        this.targets.delete(t);
      }
      disconnect(): void {
        this.targets.clear();
      }
    }
    const win = window as unknown as { IntersectionObserver?: unknown };
    const had = win.IntersectionObserver;
    win.IntersectionObserver = FakeIO;
    const measured: string[] = [];
    const orig = Range.prototype.getClientRects;
    Range.prototype.getClientRects = function (this: Range) {
      measured.push(this.toString());
      return orig.call(this);
    };
    // Ranges are made when a box is first measured, not for every mark at paint.
    let ranges = 0;
    const origRange = Document.prototype.createRange;
    Document.prototype.createRange = function (this: Document) {
      ranges++;
      return origRange.call(this);
    };
    try {
      const layer = document.createElement("div");
      const p = new BoxPainter(document, () => layer);
      const map = buildTextMap(document.body);
      p.begin(map, marksFor(map.text));
      expect(p.step(8)).toBe(true);
      expect(p.marked).toBe(3);
      // nothing measured or drawn yet: the source and cue wait for their elements to be in view
      expect(measured).toEqual([]);
      expect(ranges).toBe(0);
      expect(layer.querySelectorAll("i").length).toBe(0);
      const io = observers[0]!;
      const entry = (t: Element, inView: boolean) => ({ target: t, isIntersecting: inView, boundingClientRect: new DOMRect(0, 0, inView ? 10 : 100, 10) }) as unknown as IntersectionObserverEntry;
      const cueEl = [...io.targets].find((t) => t.tagName === "P")!;
      const sourceEl = [...io.targets].find((t) => t.tagName === "A")!;
      // the paragraph (cue "said") comes into view, the link (source) stays far below
      const firstSight = p.settled(1_000);
      io.cb([entry(cueEl, true), entry(sourceEl, false)]);
      await firstSight;
      expect(measured).toEqual(["said"]);
      expect(ranges).toBe(1);
      expect(layer.querySelectorAll("i").length).toBe(1);
      p.relayout();
      expect(measured).toEqual(["said", "said"]);
      // the reader scrolls down: the source is measured and drawn then
      io.cb([entry(sourceEl, true)]);
      expect(measured.slice(2)).toEqual(["Teodor Brandt, the director"]);
      expect(layer.querySelectorAll("i").length).toBe(2);
      expect(io.targets.size).toBe(0);
      expect(p.texts()["content p1"]).toEqual(["the plan would smother oyster beds"]);
      p.clear();
      expect(layer.children.length).toBe(0);
      expect(document.body.innerHTML).toBe(before);
    } finally {
      Range.prototype.getClientRects = orig;
      Document.prototype.createRange = origRange;
      win.IntersectionObserver = had;
    }
  });
});

describe("the card drawn in the page", () => {
  test("never carries answers from the reading history (other sites' articles)", () => {
    const s: Statement = {
      content: { start: 0, end: 5, text: "hello" }, cue: null, source: null, mode: "indirect", stance: "neutral", sourceKind: "none",
      speaker: null, party: null, labels: [], counter: [
        { kind: "history", label: "Someone: earlier words — earlier in “An article on another site”", url: "https://elsewhere.example/a#:~:text=earlier" },
        { kind: "in-article", label: "Other: answer", statement: 1 },
        { kind: "search", label: "Other: Google News", url: "https://news.google.com/search?q=x" },
      ],
    };
    const a: Analysis = { statements: [s, { ...s, counter: [] }], parties: [], disputes: [], unnamedSources: [], timings: { ms: 0 } };
    const card = cardFrom(a, 0)!;
    const all = JSON.stringify(card);
    expect(all).not.toContain("elsewhere.example");
    expect(all).not.toContain("another site");
    expect(card.answers).toEqual([{ statement: 1, label: "Other: answer" }]);
    expect(card.links.map((l) => l.url)).toEqual(["https://news.google.com/search?q=x"]);
    // plain words, never raw labels
    expect(card.labels).toEqual(["no stated source", "paraphrase"]);
  });

  test("a speaker written out without a name is not called 'no stated source'", () => {
    const s: Statement = {
      content: { start: 0, end: 9, text: "“Ahoy,”" }, cue: { start: 24, end: 28, text: "said" }, source: { start: 10, end: 23, text: "the deckhand" },
      mode: "direct", stance: "neutral", sourceKind: "none", speaker: "the deckhand", party: null, labels: [], counter: [],
    };
    const a: Analysis = { statements: [s], parties: [], disputes: [], unnamedSources: [], timings: { ms: 0 } };
    expect(cardFrom(a, 0)!.labels).toEqual(["no name given", "direct quote"]);
  });
});

// ---- the whole content script on a small page of our own -------------------------------------

const ARTICLE = `<header><nav><a href="/">Home</a> <a href="/news">News</a></nav></header>
<main><article>
<h1>Ferry timetable change draws complaints</h1>
<p>PORT ALDER — The regional ferry operator will cut two evening crossings from its winter
timetable, a decision that commuters on the island side say leaves them stranded after work.</p>
<p>"We looked at the numbers for three winters in a row, and the late boats ran almost empty,"
said Nadia Ferrante, the operator's planning chief, at a meeting with island residents.</p>
<p>Residents rejected that account. "The boats were empty because the timetable never matched the
shifts at the cannery," said Olav Brekke, who leads the island's commuter association.</p>
<p>The operator said it would review the decision in the spring, once new passenger counts are
available from the ticket machines installed last year at both terminals.</p>
<p>A note for readers: the tag &lt;img src=x onerror=alert(1)&gt; in this line is only text.</p>
</article></main>
<footer>Contact us</footer>`;

/** A stand-in for the engine: every quote followed by `said NAME` is one statement. */
function fakeAnalyze(text: string): Analysis {
  const statements: Statement[] = [];
  const rx = /"([^"]+)," said ([A-Z][a-z]+ [A-Z][a-z]+)/g;
  for (let m = rx.exec(text); m; m = rx.exec(text)) {
    const cs = m.index;
    const ce = cs + m[1]!.length + 3;
    const ss = text.indexOf(m[2]!, ce);
    const cueAt = text.indexOf("said", ce);
    statements.push({
      content: { start: cs, end: ce, text: text.slice(cs, ce) },
      cue: { start: cueAt, end: cueAt + 4, text: "said" },
      source: { start: ss, end: ss + m[2]!.length, text: m[2]! },
      mode: "direct", stance: "neutral", sourceKind: "named-person", speaker: m[2]!, party: null, labels: [], counter: [],
    });
  }
  const at = text.indexOf("the tag <img");
  if (at >= 0) {
    statements.push({
      content: { start: at, end: at + 40, text: text.slice(at, at + 40) }, cue: null, source: null,
      mode: "indirect", stance: "neutral", sourceKind: "none", speaker: "<b>Editor</b>", party: null, labels: [], counter: [],
    });
  }
  statements[0]?.counter.push({ kind: "in-article", label: "Olav Brekke: The boats were empty", statement: 1 });
  return { statements, parties: [], disputes: [], unnamedSources: [], timings: { ms: 0 } };
}

let shadow: ShadowRoot | null = null;
const attach = Element.prototype.attachShadow;
Element.prototype.attachShadow = function (init: ShadowRootInit) {
  // The overlay's root is closed; the test keeps a reference to look inside, as a browser's
  // devtools would.
  const r = attach.call(this, init);
  shadow = r;
  return r;
};
afterEach(async () => {
  // A controller that a failed test left behind puts its host back when it is removed (it treats
  // that as the page's doing): remove it until it gives up, so tests stay independent.
  for (let i = 0; i < 6 && document.querySelector("whosaid-overlay"); i++) {
    document.querySelector("whosaid-overlay")?.remove();
    await new Promise((r) => setTimeout(r, 0));
  }
});

/** Every attribute on the page (any element, the overlay host included) that names Whosaid. */
function whosaidAttributes(): string[] {
  const out: string[] = [];
  for (const el of [document.documentElement, ...Array.from(document.documentElement.querySelectorAll("*"))]) {
    for (const a of Array.from(el.attributes)) if (/whosaid/i.test(`${a.name}=${a.value}`)) out.push(`${el.tagName}[${a.name}]`);
  }
  return out;
}

async function settled(c: Controller): Promise<void> {
  for (let i = 0; i < 100 && !["done", "skipped", "error"].includes(c.current.state); i++) await new Promise((r) => setTimeout(r, 5));
}

describe("Controller", () => {
  test("analyses, marks, shows cards as text, toggles off to the untouched page and back", async () => {
    document.body.innerHTML = ARTICLE;
    const before = document.body.innerHTML;
    const c = new Controller({ doc: document, analyzeText: fakeAnalyze, settings: DEFAULT_SETTINGS });
    await c.start();
    await settled(c);
    const host = document.querySelector("whosaid-overlay")!;
    expect(c.status()).toMatchObject({ state: "done", statements: 3, marked: 3, marks: "on", overlay: true, error: null });
    expect(host.parentElement).toBe(document.documentElement);
    // Nothing of Whosaid's state on the page: the host's only attribute is its style.
    expect(host.getAttributeNames()).toEqual(["style"]);
    expect(whosaidAttributes()).toEqual([]);
    // The analysed text is the article, not the navigation or the footer.
    expect(c.current.text).toContain("Ferry timetable change");
    expect(c.current.text).not.toContain("Contact us");

    // Card for the markup statement: text only, no element made from page text.
    expect(c.focusStatement(2)).toBe(true);
    const card = shadow!.querySelector(".card")!;
    expect(card.hasAttribute("hidden")).toBe(false);
    expect(card.textContent).toContain("<img src=x onerror=alert(1)>");
    expect(card.textContent).toContain("<b>Editor</b>");
    expect(card.querySelectorAll("img, b, script").length).toBe(0);
    // nothing on the host says which statement the reader looks at
    expect(host.getAttributeNames()).toEqual(["style"]);

    // Counter-statements in the card; Escape closes it.
    c.focusStatement(0);
    expect(shadow!.querySelector(".card [data-goto='1']")?.textContent).toBe("Olav Brekke: The boats were empty");
    // a page-made Escape (isTrusted false) is not the reader's
    document.dispatchEvent(new KeyboardEvent("keydown", { key: "Escape" }));
    expect(card.hasAttribute("hidden")).toBe(false);

    c.toggle(false);
    expect(document.body.innerHTML).toBe(before);
    expect(c.status()).toMatchObject({ marks: "off", marked: 0 });
    c.toggle(true);
    expect(c.status()).toMatchObject({ marks: "on", marked: 3 });
    expect(host.getAttributeNames()).toEqual(["style"]);
    c.destroy();
    expect(document.body.innerHTML).toBe(before);
    expect(document.querySelector("whosaid-overlay")).toBeNull();
  });

  test("late content is analysed after it settles; marks are replaced, not duplicated", async () => {
    document.body.innerHTML = ARTICLE;
    const clean = document.createElement("body");
    clean.innerHTML = ARTICLE;
    const c = new Controller({ doc: document, analyzeText: fakeAnalyze, settings: DEFAULT_SETTINGS });
    await c.start();
    await settled(c);
    expect(c.status().statements).toBe(3);
    const marksBefore = shadow!.querySelectorAll(".marks i").length;
    const p = document.createElement("p");
    p.textContent = '"We will add a crossing at nine if the counts support it," said Nadia Ferrante on Friday.';
    document.querySelector("article")!.appendChild(p);
    clean.querySelector("article")!.appendChild(p.cloneNode(true));
    const before = clean.innerHTML;
    for (let i = 0; i < 200 && c.status().statements === 3; i++) await new Promise((r) => setTimeout(r, 10));
    await settled(c);
    expect(c.status()).toMatchObject({ statements: 4, marked: 4 });
    expect(shadow!.querySelectorAll(".marks i").length).toBeGreaterThan(marksBefore);
    expect(document.body.innerHTML).toBe(before);
    c.toggle(false);
    expect(document.body.innerHTML).toBe(before);
    c.destroy();
  });

  test("a page that is not an article is skipped and left alone", async () => {
    document.body.innerHTML = `<nav><a href="/">Home</a></nav><ul><li>Price: 3</li></ul>`;
    const before = document.body.innerHTML;
    const added: string[] = [];
    const origAdd = document.addEventListener;
    document.addEventListener = function (this: Document, type: string, ...rest: unknown[]) {
      added.push(type);
      return (origAdd as (...a: unknown[]) => void).call(this, type, ...rest);
    } as typeof document.addEventListener;
    const c = new Controller({ doc: document, analyzeText: fakeAnalyze, settings: DEFAULT_SETTINGS });
    try {
      await c.start();
      await settled(c);
    } finally {
      document.addEventListener = origAdd;
    }
    // Nor is the reader's pointer or scrolling listened to on a page left alone.
    expect(added.filter((t) => t === "mousemove" || t === "click" || t === "scroll")).toEqual([]);
    // Left alone: not even the overlay element is added (nothing of ours on the page).
    expect(c.current.state).toBe("skipped");
    expect(document.querySelector("whosaid-overlay")).toBeNull();
    expect(whosaidAttributes()).toEqual([]);
    expect(c.status()).toMatchObject({ state: "skipped", overlay: false });
    expect(document.body.innerHTML).toBe(before);
    c.destroy();
  });

  test("an engine that throws ends in state error, never in the page's console", async () => {
    document.body.innerHTML = ARTICLE;
    const c = new Controller({ doc: document, analyzeText: () => { throw new Error("engine broke"); }, settings: DEFAULT_SETTINGS });
    await c.start();
    await settled(c);
    // The error goes to the background's report (the popup shows it), not onto the page.
    expect(c.current.state).toBe("error");
    expect(c.current.reason).toBe("engine broke");
    expect(document.querySelector("whosaid-overlay")).toBeNull();
    c.destroy();
  });

  test("on-click mode does nothing until asked", async () => {
    document.body.innerHTML = ARTICLE;
    const c = new Controller({ doc: document, analyzeText: fakeAnalyze, settings: { ...DEFAULT_SETTINGS, runMode: "click" } });
    await c.start();
    // Nothing of ours on the page before the reader asks, not even the overlay element.
    expect(c.current.state).toBe("idle");
    expect(document.querySelector("whosaid-overlay")).toBeNull();
    await c.analyseNow(true);
    expect(c.status().state).toBe("done");
    expect(document.querySelector("whosaid-overlay")).not.toBeNull();
    c.destroy();
  });

  describe("the engine in the background (the default)", () => {
    /** A fake extension API whose background answers "analyze" with `answer`. */
    function fakeExt(answer: (msg: { type: string; payload: { text: string; url: string; title: string } }) => Promise<unknown>, start?: () => Promise<unknown>) {
      const sent: { type: string; payload: Record<string, unknown> }[] = [];
      const listeners: ((m: unknown) => unknown)[] = [];
      const ext = {
        runtime: {
          id: "test",
          onMessage: { addListener: (f: (m: unknown) => unknown) => void listeners.push(f), removeListener: () => undefined },
          sendMessage: (m: { type: string; payload: { text: string; url: string; title: string } }) => {
            sent.push(m);
            if (m.type === "start" && start) return start();
            return m.type === "analyze" ? answer(m) : Promise.resolve({ ok: true });
          },
        },
        storage: {},
      } as unknown as ContentExt;
      return { ext, sent, ask: (m: unknown) => listeners[0]!(m) };
    }

    test("sends the article text, draws from the answer, and leaves the report to the background", async () => {
      document.body.innerHTML = ARTICLE;
      const { ext, sent } = fakeExt(async (m) => ({ analysis: fakeAnalyze(m.payload.text) }));
      const c = new Controller({ doc: document, ext, settings: DEFAULT_SETTINGS });
      await c.start();
      await settled(c);
      expect(c.status()).toMatchObject({ state: "done", marked: 3 });
      const ask = sent.find((m) => m.type === "analyze")!;
      expect(ask.payload.text).toBe(c.current.text);
      expect(typeof ask.payload.url).toBe("string");
      // the background stored the "done" report with the analysis; the page only says "analysing"
      expect(sent.filter((m) => m.type === "report").map((m) => m.payload.state)).not.toContain("done");
      c.destroy();
    });

    test("asks the background for the settings when it starts; the background's first report is not sent again", async () => {
      document.body.innerHTML = ARTICLE;
      const { ext, sent, ask } = fakeExt(async (m) => ({ analysis: fakeAnalyze(m.payload.text) }), async () => ({ never: false, runMode: "auto", marks: "full" }));
      const c = new Controller({ doc: document, ext });
      await c.start();
      await settled(c);
      expect(c.status()).toMatchObject({ state: "done", marked: 3 });
      expect(sent[0]).toMatchObject({ type: "start", payload: { url: document.location.href, title: document.title } });
      expect(sent.filter((m) => m.type === "report")).toEqual([]);
      // "full" marks from the answer: every statement's content is tinted at rest
      expect(((await ask({ type: "inspect", payload: {} })) as { tinted: number }).tinted).toBeGreaterThan(0);
      c.destroy();
    });

    test.each([
      ["a never-run site", { never: true, runMode: "auto", marks: "quiet" }, "skipped", "Whosaid never runs on this site (options)"],
      ["on-click mode", { never: false, runMode: "click", marks: "quiet" }, "idle", "runs on click"],
    ])("%s: the page is left alone, and the background's report stands", async (_name, answer, state, reason) => {
      document.body.innerHTML = ARTICLE;
      const { ext, sent } = fakeExt(async (m) => ({ analysis: fakeAnalyze(m.payload.text) }), async () => answer);
      const c = new Controller({ doc: document, ext });
      await c.start();
      await settled(c);
      expect(c.current).toMatchObject({ state, reason });
      expect(sent.map((m) => m.type)).toEqual(["start"]);
      expect(document.querySelector("whosaid-overlay")).toBeNull();
      c.destroy();
    });

    test("a never-run site stays unread when the page fires history events or navigates itself", async () => {
      document.body.innerHTML = ARTICLE;
      const saved = { ...TIMING };
      TIMING.settleMs = 5;
      TIMING.maxSettleMs = 20;
      TIMING.minRereadMs = 0;
      const before = location.href;
      try {
        const { ext, sent } = fakeExt(async (m) => ({ analysis: fakeAnalyze(m.payload.text) }), async () => ({ never: true, runMode: "auto", marks: "full" }));
        const c = new Controller({ doc: document, ext });
        await c.start();
        await settled(c);
        // the page's own script: a synthetic popstate in place, then a single-page "navigation"
        window.dispatchEvent(new PopStateEvent("popstate"));
        await new Promise((r) => setTimeout(r, 60));
        history.pushState({}, "", "#elsewhere");
        window.dispatchEvent(new PopStateEvent("popstate"));
        await new Promise((r) => setTimeout(r, 60));
        expect(sent.map((m) => m.type)).toEqual(["start"]);
        expect(c.current.state).toBe("skipped");
        expect(document.querySelector("whosaid-overlay")).toBeNull();
        c.destroy();
      } finally {
        Object.assign(TIMING, saved);
        history.replaceState({}, "", before);
      }
    });

    test.each([
      ["no receiver", async () => { throw new Error("Receiving end does not exist."); }],
      ["a malformed answer", async () => ({ runMode: "sometimes" })],
      ["no answer at all", () => new Promise(() => undefined)],
    ])("start with %s: the defaults, and the page says it is analysing itself", async (_name, start) => {
      document.body.innerHTML = ARTICLE;
      const saved = TIMING.answerMs;
      TIMING.answerMs = 30;
      try {
        const { ext, sent } = fakeExt(async (m) => ({ analysis: fakeAnalyze(m.payload.text) }), start as () => Promise<unknown>);
        const c = new Controller({ doc: document, ext });
        await c.start();
        await settled(c);
        expect(c.current.state).toBe("done");
        expect(sent.filter((m) => m.type === "report").map((m) => m.payload.state)).toEqual(["analysing"]);
        c.destroy();
      } finally {
        TIMING.answerMs = saved;
      }
    });

    test.each([
      ["an error answer", async () => ({ error: "the engine failed: boom" }), /the engine failed: boom/],
      ["a malformed answer", async () => ({ analysis: { statements: "x" } }), /no analysis/],
      ["no receiver", async () => { throw new Error("Receiving end does not exist."); }, /background is unavailable: Receiving end/],
      ["no answer at all", () => new Promise(() => undefined), /did not answer within/],
    ])("%s ends in state error with a message, never stuck in analysing", async (_name, answer, why) => {
      document.body.innerHTML = ARTICLE;
      const saved = TIMING.answerMs;
      TIMING.answerMs = 30;
      try {
        const { ext } = fakeExt(answer as () => Promise<unknown>);
        const c = new Controller({ doc: document, ext, settings: DEFAULT_SETTINGS });
        await c.start();
        await settled(c);
        expect(c.current.state).toBe("error");
        expect(c.current.reason).toMatch(why);
        c.destroy();
      } finally {
        TIMING.answerMs = saved;
      }
    });
  });
});
