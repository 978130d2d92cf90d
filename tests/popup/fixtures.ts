// Small hand-written Analyses and fake browser APIs for the popup, background and options tests.
// The article text is our own invention; offsets are computed, never typed by hand.
import { vi } from "vitest";
import type { Analysis, Span, Statement } from "../../src/core/types";
import type { TabReport } from "../../src/shared/messages";

export const TEXT =
  'The Harbour Authority said the pier was safe. "We inspected every beam twice," said Dana Pike, the authority\'s engineer. ' +
  "Shore Watch, a so-called residents' group, claimed the inspection was rushed. " +
  "Officials speaking on condition of anonymity said repairs were planned. " +
  "The authority denied that claim and accused the contractor Beamco of hiding defects, according to a report cited by anonymous eyewitnesses.";

export function span(needle: string, from = 0): Span {
  const start = TEXT.indexOf(needle, from);
  if (start < 0) throw new Error(`fixture: ${needle} not in text`);
  return { start, end: start + needle.length, text: needle };
}

function st(p: Partial<Statement> & Pick<Statement, "content">): Statement {
  return {
    source: null, cue: null, mode: "indirect", stance: "neutral", sourceKind: "none",
    speaker: null, party: null, labels: [], counter: [], ...p,
  };
}

export function analysis(): Analysis {
  const statements: Statement[] = [
    st({ source: span("The Harbour Authority"), cue: span("said"), content: span("the pier was safe"),
      sourceKind: "named-organization", speaker: "Harbour Authority", party: "harbour",
      counter: [{ kind: "in-article", label: "Shore Watch claimed", statement: 2 }] }),
    st({ source: span("Dana Pike, the authority's engineer"), cue: span("said Dana"), content: span("We inspected every beam twice,"),
      mode: "direct", sourceKind: "named-person", speaker: "Dana Pike", party: "harbour",
      counter: [{ kind: "in-article", label: "Shore Watch claimed", statement: 2 }] }),
    st({ source: span("Shore Watch, a so-called residents' group"), cue: span("claimed"), content: span("the inspection was rushed"),
      stance: "allegation", sourceKind: "named-organization", speaker: "Shore Watch", party: "shore", labels: ["descriptor:so-called"],
      counter: [
        { kind: "in-article", label: "Harbour Authority denied", statement: 4 },
        { kind: "search", label: "Harbour Authority on Google News", url: "https://news.google.com/search?q=Harbour+Authority+inspection" },
        { kind: "search", label: "Evil link", url: "javascript:alert(1)" },
      ] }),
    st({ source: span("Officials speaking on condition of anonymity"), cue: span("said repairs"), content: span("repairs were planned"),
      sourceKind: "anonymous", speaker: null, party: null }),
    st({ source: span("The authority"), cue: span("denied"), content: span("that claim"), stance: "denial",
      sourceKind: "named-organization", speaker: "Harbour Authority", party: "harbour",
      counter: [{ kind: "in-article", label: "Shore Watch claimed", statement: 2 }] }),
    st({ source: span("The authority"), cue: span("accused"), content: span("the contractor Beamco of hiding defects"), stance: "allegation",
      sourceKind: "named-organization", speaker: "Harbour Authority", party: "harbour",
      counter: [
        { kind: "search", label: "Beamco on fact-check search", url: "https://toolbox.google.com/factcheck/explorer/search/Beamco%20defects" },
        { kind: "history", label: "Beamco said earlier (Example Times)", url: "https://example.org/beamco#:~:text=no%20defects" },
      ] }),
  ];
  return {
    statements,
    parties: [
      { id: "harbour", name: "Harbour Authority", aliases: ["the authority"], quoted: true },
      { id: "shore", name: "Shore Watch", aliases: [], quoted: true },
      { id: "beamco", name: "Beamco", aliases: [], quoted: false },
    ],
    disputes: [
      { kind: "rebuttal", from: 4, against: "shore", answers: 2 },
      { kind: "accusation", from: 5, against: "beamco" },
    ],
    unnamedSources: [span("Officials speaking on condition of anonymity"), span("anonymous eyewitnesses")],
    loadedWords: [{ word: span("so-called"), phrase: span("a so-called residents' group") }],
    timings: { ms: 1.5 },
  };
}

export function doneReport(a: Analysis = analysis()): TabReport {
  return { state: "done", url: "https://news.example/pier", title: "Pier safety disputed", analysis: a, text: TEXT };
}

type Store = Record<string, unknown>;

export function fakeArea(init: Store = {}) {
  const data: Store = structuredClone(init);
  return {
    data,
    get: vi.fn(async (keys: null | string | string[]) => {
      if (keys === null) return structuredClone(data);
      const ks = typeof keys === "string" ? [keys] : keys;
      return Object.fromEntries(ks.filter((k) => k in data).map((k) => [k, structuredClone(data[k])]));
    }),
    set: vi.fn(async (items: Store) => {
      Object.assign(data, structuredClone(items));
    }),
    remove: vi.fn(async (keys: string | string[]) => {
      for (const k of typeof keys === "string" ? [keys] : keys) delete data[k];
    }),
  };
}

/** A fake of the slice of `ext` the popup uses; `reports` answers get-report by tab id. */
export function fakePopupApi(opts: { reports?: Record<number, TabReport | null>; activeTab?: number; settings?: unknown; contentThere?: boolean; marksOn?: boolean } = {}) {
  const reports = opts.reports ?? {};
  let contentThere = opts.contentThere ?? true;
  let marksOn = opts.marksOn ?? true;
  const api = {
    runtime: {
      id: "whosaid@test",
      getURL: (p: string) => `chrome-extension://whosaid/${p}`,
      sendMessage: vi.fn(async (m: { type: string; payload: { tabId: number } }) =>
        m.type === "get-report" ? reports[m.payload.tabId] ?? null : undefined),
      openOptionsPage: vi.fn(async () => undefined),
    },
    tabs: {
      query: vi.fn(async () => (opts.activeTab === undefined ? [] : [{ id: opts.activeTab }])),
      sendMessage: vi.fn(async (_tabId: number, m: { type: string; payload: { on?: boolean } }) => {
        if (!contentThere) throw new Error("Could not establish connection. Receiving end does not exist.");
        if (m.type === "toggle-marks") {
          marksOn = m.payload.on ?? !marksOn;
          return { on: marksOn };
        }
        if (m.type === "marks-state") return { on: marksOn };
        return { ok: true };
      }),
      create: vi.fn(async () => ({})),
    },
    scripting: {
      executeScript: vi.fn(async () => {
        contentThere = true;
        return [];
      }),
    },
    storage: { sync: fakeArea(opts.settings === undefined ? {} : { settings: opts.settings }), local: fakeArea() },
    /** test hook: replace a tab's report as the content script would */
    setReport(tabId: number, r: TabReport | null) {
      reports[tabId] = r;
    },
  };
  return api;
}
