// @vitest-environment jsdom
// Late and changing pages, and the size caps of the content script (issue 12):
// - a page whose DOM never settles (a ticking clock) is still read within 3 s of a change;
// - a page first skipped (no article yet) is read once an article arrives after load, and not
//   before an article's worth of text arrived;
// - a page above MAX_ELEMENTS is left alone without being read; an article longer than
//   MAX_TEXT_CHARS is read up to the cap and said to be partial.
// The engine is a stand-in (the real one runs in the background): one statement per
// `"…," said First Last`, and the gate's verdict is "article" when there is at least one.
import { afterEach, describe, expect, test, vi } from "vitest";
import type { Analysis, Statement } from "../../src/core/types";
import { Controller, TIMING, textAdded } from "../../src/content/controller";
import { findArticle, MAX_ELEMENTS, MAX_TEXT_CHARS, readArticleText, readPage } from "../../src/shared/article";
import { DEFAULT_SETTINGS } from "../../src/shared/settings";

let seen: string[] = [];
/** when the engine was last asked (Date.now()) */
let askedAt = 0;

function fakeAnalyze(text: string): Analysis {
  seen.push(text);
  askedAt = Date.now();
  const statements: Statement[] = [];
  const rx = /"([^"]+)," said ([A-Z][a-z]+ [A-Z][a-z]+)/g;
  for (let m = rx.exec(text); m; m = rx.exec(text)) {
    const cs = m.index;
    const ce = cs + m[1]!.length + 3;
    const ss = text.indexOf(m[2]!, ce);
    const cue = text.indexOf("said", ce);
    statements.push({
      content: { start: cs, end: ce, text: text.slice(cs, ce) },
      cue: { start: cue, end: cue + 4, text: "said" },
      source: { start: ss, end: ss + m[2]!.length, text: m[2]! },
      mode: "direct", stance: "neutral", sourceKind: "named-person", speaker: m[2]!, party: null, labels: [], counter: [],
    });
  }
  const n = statements.length;
  return {
    statements, parties: [], disputes: [], unnamedSources: [], timings: { ms: 0 },
    verdict: { article: n > 0, reason: n > 0 ? "news article" : "no reported speech", reporting: n, density: 0 },
  };
}

const PARAS = [
  `"The new bridge will carry its first trains in the spring," said Mirela Ostrova, who leads the rail authority's works.`,
  `Engineers on the site have worked through the winter to finish the deck, laying track across the last of the spans.`,
  `"We expect the line to cut the journey to the coast by a third once it is open," said Tomas Lindqvist of the regional council.`,
  `Residents along the route asked for more noise barriers before the opening, and the council agreed to review the plans.`,
];

function articleHtml(paras = PARAS): string {
  return `<header><nav><a href="/">Home</a></nav></header><main><article><h1>Bridge opens to trains in spring</h1>
${paras.map((p) => `<p>${p}</p>`).join("\n")}
<p class="clock">Updated <span id="tick">0</span> seconds ago</p></article></main>`;
}

async function until(cond: () => boolean, ms: number): Promise<number> {
  const t0 = Date.now();
  while (!cond()) {
    if (Date.now() - t0 > ms) throw new Error(`condition not met within ${ms} ms`);
    await new Promise((r) => setTimeout(r, 20));
  }
  return Date.now() - t0;
}

const final = (c: Controller) => ["done", "skipped", "error"].includes(c.current.state);
let controller: Controller | null = null;
let ticker = 0;

afterEach(() => {
  clearInterval(ticker);
  vi.useRealTimers();
  controller?.destroy();
  controller = null;
  seen = [];
  document.body.innerHTML = "";
});

describe("late and changing pages", () => {
  test("a DOM that mutates forever is still read within 3 s of a change (settle cap)", async () => {
    // On the page's own clock (fake timers), so that a busy machine's late timers do not count.
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout", "setInterval", "clearInterval", "Date"] });
    document.body.innerHTML = articleHtml(PARAS.slice(0, 2));
    const c = (controller = new Controller({ doc: document, analyzeText: fakeAnalyze, settings: DEFAULT_SETTINGS, now: () => Date.now() }));
    const started = c.start();
    await vi.advanceTimersByTimeAsync(200);
    await started;
    expect(c.current.state).toBe("done");
    expect(c.current.analysis?.statements.length).toBe(1);
    // A clock in the article ticks faster than the page could ever settle (settleMs of quiet).
    let n = 0;
    ticker = window.setInterval(() => {
      document.getElementById("tick")!.textContent = String(++n);
    }, TIMING.settleMs / 4);
    // ... and a paragraph arrives meanwhile.
    const changedAt = Date.now();
    const p = document.createElement("p");
    p.textContent = PARAS[2]!;
    document.querySelector("article")!.insertBefore(p, document.querySelector(".clock"));
    await vi.advanceTimersByTimeAsync(2_000);
    // Not read yet at 2 s: the page never went quiet, and the cap is not reached.
    expect(c.current.analysis?.statements.length).toBe(1);
    await vi.advanceTimersByTimeAsync(1_000);
    // Read within 3 s of the change (the cap: 2.5 s after the first change waiting), ticking or not.
    expect(askedAt - changedAt).toBeLessThanOrEqual(3_000);
    expect(c.current.analysis?.statements.length).toBe(2);
    expect(c.current.text).toContain("cut the journey to the coast");
  });

  test("a page first skipped is read when an article arrives after load, not before an article's worth of text", async () => {
    // A shell of a page: a few words, as a script-built news site serves it before its scripts run.
    document.body.innerHTML = `<header><nav><a href="/">Home</a></nav></header><main id="app"><p>Loading…</p></main>`;
    const c = (controller = new Controller({ doc: document, analyzeText: fakeAnalyze, settings: DEFAULT_SETTINGS }));
    await c.start();
    await until(() => final(c), 2_000);
    expect(c.current.state).toBe("skipped");
    expect(document.querySelector("whosaid-overlay")).toBeNull();
    const reads = seen.length;
    // A little text (a cookie notice) is not an article: not read again.
    const notice = document.createElement("div");
    notice.textContent = "We use cookies to keep you signed in.";
    document.body.append(notice);
    await new Promise((r) => setTimeout(r, TIMING.settleMs + 300));
    expect(seen.length).toBe(reads);
    expect(c.current.state).toBe("skipped");
    // The article arrives: read once it settles, then marked.
    document.getElementById("app")!.innerHTML = articleHtml().replace(/^[\s\S]*?<main>|<\/main>$/g, "");
    await until(() => c.current.state === "done", 3_500);
    expect(c.current.analysis?.statements.length).toBe(2);
    expect(c.current.text).toContain("first trains in the spring");
    expect(c.status()).toMatchObject({ state: "done", overlay: true });
    expect(document.querySelector("whosaid-overlay")?.getAttributeNames()).toEqual(["style"]);
  }, 10_000);

  test("text gained is counted from the mutations: added less removed, and edited text nodes", () => {
    const host = document.createElement("div");
    document.body.append(host);
    const t = document.createTextNode("abc");
    host.append(t);
    const added = document.createElement("p");
    added.textContent = "x".repeat(40);
    const gone = document.createElement("p");
    gone.textContent = "y".repeat(10);
    const records = [
      { type: "childList", target: host, addedNodes: [added], removedNodes: [gone], oldValue: null },
      { type: "characterData", target: t, addedNodes: [], removedNodes: [], oldValue: "a" },
      { type: "characterData", target: t, addedNodes: [], removedNodes: [], oldValue: "ab" },
    ] as unknown as MutationRecord[];
    // 40 added, 10 removed, "a" grew to "abc" (counted once, from its first old value)
    expect(textAdded(records)).toBe(32);
  });
});

describe("size caps", () => {
  test(`a page of more than ${MAX_ELEMENTS} elements is left alone without being read`, async () => {
    const many = "<span>a</span>".repeat(MAX_ELEMENTS + 10);
    document.body.innerHTML = `${articleHtml()}<div>${many}</div>`;
    const c = (controller = new Controller({ doc: document, analyzeText: fakeAnalyze, settings: DEFAULT_SETTINGS }));
    await c.start();
    await until(() => final(c), 5_000);
    expect(c.current.state).toBe("skipped");
    expect(c.current.reason).toMatch(/too large/);
    // The engine was never asked, and nothing of ours is on the page.
    expect(seen).toEqual([]);
    expect(document.querySelector("whosaid-overlay")).toBeNull();
  }, 20_000);

  test(`an article longer than ${MAX_TEXT_CHARS} characters is read up to the cap and said to be partial`, () => {
    const para = `<p>${PARAS[1]} ${PARAS[3]}</p>`;
    const count = Math.ceil((MAX_TEXT_CHARS * 1.5) / para.length);
    document.body.innerHTML = `<article><h1>Long</h1>${para.repeat(count)}</article>`;
    const article = findArticle(document)!;
    const full = readArticleText(article, Infinity);
    expect(full.text.length).toBeGreaterThan(MAX_TEXT_CHARS);
    expect(full.partial).toBe(false);
    const capped = readArticleText(article);
    expect(capped.partial).toBe(true);
    // Stops at the first node boundary past the cap: bounded, and a prefix of the whole text.
    expect(capped.text.length).toBeGreaterThanOrEqual(MAX_TEXT_CHARS);
    expect(capped.text.length).toBeLessThan(MAX_TEXT_CHARS + para.length);
    expect(full.text.startsWith(capped.text)).toBe(true);
    // The CLI's read (readPage) applies the same cap.
    const page = readPage(document)!;
    expect(page.partial).toBe(true);
    expect(page.text).toBe(capped.text);
  });
});
