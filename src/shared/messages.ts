// Every message between content script, background, popup and options, declared once. Senders
// and receivers are typed from this map; `isMessage` validates type AND payload of what arrives
// before it is used. Never trust a payload's shape because its `type` looks right.
import type { Analysis } from "../core/types";
import type { PageSignals } from "../core/gate";
import { WINDOW_DAYS, type ReadingResponse, type ReadingWindow } from "./reading";
import { CORRECTION_LIMITS, normaliseCorrection, type CorrectionKind, type CorrectionRecord } from "./corrections";

export type PageState = "idle" | "analysing" | "done" | "skipped" | "error";

/** What the background holds per tab and the popup shows. */
export type TabReport = {
  state: PageState;
  url: string;
  title: string;
  /** 0..1 while analysing */
  progress?: number;
  /** why a page was skipped or could not be read */
  reason?: string;
  analysis?: Analysis;
  /** the text the analysis offsets point into (needed for history and text fragments) */
  text?: string;
  /** how the content script read the page (text length, fallback used, its main-thread time) */
  read?: ReadInfo;
};

/** How the content script read a page: what the popup says about it, what tests and benches read. */
export type ReadInfo = {
  /** characters of article text read */
  chars: number;
  /** how the article was found: "scoring", or a fallback ("article-element", "largest-block", "paragraphs") */
  via: string;
  /** true when reading stopped at the size cap and the end of the text was not read */
  partial?: boolean;
  /** main-thread time of the content script so far, its longest task, and per step ("gate:0.2 text:3.1") */
  ms: number;
  longestMs: number;
  parts: string;
};

/**
 * Where the background mirrors a tab's report in storage.session. Extension pages may read it
 * directly: it answers without waking a stopped service worker. Only the background writes it.
 */
export const reportKey = (tabId: number): string => `tab:${tabId}`;

/** Longest article text the background accepts (characters); a bigger one is refused, not cut. */
export const MAX_ANALYZE_CHARS = 2_000_000;

export type AnalyzeRequest = {
  text: string;
  url: string;
  title: string;
  /** what the page's markup says about itself, for the page gate (src/core/gate.ts) */
  page?: PageSignals;
  /** the reader asked ("analyse anyway"): keep the statements whatever the gate says */
  force?: boolean;
  read?: ReadInfo;
};
/**
 * The Analysis (offsets into the request's text), or why there is none. It goes into a web page's
 * content script, so it carries nothing about other pages or sites: no "history" counters (those
 * are for the popup, from the tab's report). The content script drops any it gets all the same.
 */
export type AnalyzeResponse = { analysis: Analysis } | { error: string };

export type HistoryExportFormat = "json" | "annotations";

/**
 * A correction the reader made in a card. The statement is named by its index in the tab's
 * analysis and checked by its key (src/shared/corrections.ts); the article is the tab's own URL
 * as the browser reports it, never one the content script names. "speaker": either another
 * speaker of this article (`speaker`, a name the analysis gives) or a side (`side`: a party id of
 * the analysis, null for no side).
 */
export type CorrectionRequest = { index: number; key: string; kind: CorrectionKind; speaker?: string; side?: string | null };
/**
 * `analysis`: the tab's analysis with the correction applied (nothing from other pages in it);
 * `saved` is false in a private window, where a correction applies to the page but is not kept.
 */
export type CorrectionResponse = { ok: true; saved: boolean; analysis: Analysis } | { ok: false; error: string };

/**
 * What the content script says of itself when the extension asks ("status"): its state, the
 * statements it drew, whether marks are on, whether its overlay element is on the page, and its
 * main-thread time (total, longest task, per part as "name:ms …"; the engine's time in the background).
 */
export type ContentStatus = {
  state: PageState;
  statements: number;
  marked: number;
  marks: "on" | "off";
  overlay: boolean;
  error: string | null;
  reason: string | null;
  ms: number;
  longestMs: number;
  parts: string;
  engineMs: number | null;
};

/**
 * The background's answer when a content script starts on a page ("start"), from the reader's
 * settings: whether the page is on a never-run site, the run mode ("auto": read it now, "click":
 * wait until the reader asks) and how the marks are drawn. The background has stored the tab's
 * first report for it already (skipped, idle or analysing).
 */
export type StartResponse = { never: boolean; runMode: "auto" | "click"; marks: "quiet" | "full" };

/** Requests and their responses. `to` says who handles it. */
export type MessageMap = {
  // content -> background
  /**
   * A content script starts on a page: the background reads the settings (the page's script
   * needs no storage API for it) and stores the tab's first report.
   */
  "start": { to: "background"; req: { url: string; title: string }; res: StartResponse };
  "report": { to: "background"; req: TabReport; res: { ok: true } };
  /**
   * The article text to analyse: the background runs the engine (warm across pages, off the
   * page's main thread), adds the history's counters, stores the tab's report and sets the badge.
   */
  "analyze": { to: "background"; req: AnalyzeRequest; res: AnalyzeResponse };
  // popup -> background
  "get-report": { to: "background"; req: { tabId: number }; res: TabReport | null };
  /**
   * Open a link in a new tab. For a text-fragment link (an answer from an earlier article) the
   * background also asks that tab's content script to scroll to the passage, which Firefox does
   * not do for tabs an extension opens.
   */
  "open-link": { to: "background"; req: { url: string }; res: { ok: boolean } };
  // popup/background -> content (sent with tabs.sendMessage)
  "analyze-now": { to: "content"; req: Record<string, never>; res: { ok: boolean } };
  "toggle-marks": { to: "content"; req: { on?: boolean }; res: { on: boolean } };
  /**
   * Whether the marks are drawn now (the reader may have hidden them with the shortcut), and what
   * the page did to hide or remove Whosaid's overlay, if anything (the popup warns the reader).
   */
  "marks-state": { to: "content"; req: Record<string, never>; res: { on: boolean; tampered?: string } };
  /**
   * What the page side shows now, for the extension's own tests: the open card, the text under
   * each mark, the tampering noticed. Only extension pages can send it; the page sees none of it.
   */
  "inspect": {
    to: "content";
    req: Record<string, never>;
    /**
     * `tinted`: characters tinted now, of `chars` in the analysed text; `focus`: the text of what has focus in the overlay;
     * `cardText` / `cardLinks`: the open card's text and the addresses of its links (null when no card is open)
     */
    res: { card: number | null; marks: Record<string, string[]>; tampered: string | null; focus?: string | null; tinted: number; chars: number; cardText?: string | null; cardLinks?: string[] };
  };
  /**
   * The content script's own state and timings, for the extension's own tests and bench:page.
   * Only extension pages and the background can ask (tabs.sendMessage); nothing of it is in the page.
   */
  "status": { to: "content"; req: Record<string, never>; res: ContentStatus };
  "scroll-to-statement": { to: "content"; req: { index: number }; res: { ok: boolean } };
  /** The article text the content script reads on the page now, and how it found it (tests compare it with the CLI's). */
  "read-text": { to: "content"; req: Record<string, never>; res: { text: string; via: string } | null };
  /** The value of a #:~:text= directive: scroll to that passage of the page. */
  "scroll-to-text": { to: "content"; req: { directive: string }; res: { ok: boolean } };
  // options -> background (the local history, src/background/history). Until the history store
  // is plugged in the background answers these with empty results.
  "history-export": {
    to: "background";
    /** `cursor`: the `next` of the previous chunk (none for the first) */
    req: { format: HistoryExportFormat; cursor?: string };
    /**
     * `data` is one chunk of the serialised export (JSON text; the file is the chunks joined in
     * order); `count` the number of statements in it; `next` is there while more chunks follow.
     */
    res: { format: HistoryExportFormat; data: string; count: number; mime: string; filename: string; next?: string };
  };
  "history-clear": { to: "background"; req: Record<string, never>; res: { ok: boolean; cleared: number } };
  // content -> background: the reader corrected a mark in a card (src/background/corrections)
  "correction-add": { to: "background"; req: CorrectionRequest; res: CorrectionResponse };
  // options/popup -> background: the reader's corrections, newest first; undo one; forget all
  "corrections-list": { to: "background"; req: Record<string, never>; res: { items: CorrectionRecord[] } };
  "correction-undo": { to: "background"; req: { id: string }; res: { ok: boolean } };
  "corrections-clear": { to: "background"; req: Record<string, never>; res: { ok: boolean; cleared: number } };
  /** The reading report's figures over the last day, week or month (src/shared/reading.ts). */
  "history-reading": { to: "background"; req: { window: ReadingWindow }; res: ReadingResponse };
};

export type MessageType = keyof MessageMap;
export type Message<T extends MessageType = MessageType> = { type: T; payload: MessageMap[T]["req"] };
export type Response<T extends MessageType> = MessageMap[T]["res"];

/** Build a typed message (so a typo in a type or payload is a compile error at the sender). */
export function message<T extends MessageType>(type: T, payload: MessageMap[T]["req"]): Message<T> {
  return { type, payload };
}

// ---- validation -------------------------------------------------------------------------------

type Obj = Record<string, unknown>;
const isObj = (x: unknown): x is Obj => typeof x === "object" && x !== null && !Array.isArray(x);
const isStr = (x: unknown): x is string => typeof x === "string";
const isNum = (x: unknown): x is number => typeof x === "number" && Number.isFinite(x);
const isOptStr = (x: unknown): boolean => x === undefined || isStr(x);
const isOptNum = (x: unknown): boolean => x === undefined || isNum(x);

const STATES: ReadonlySet<string> = new Set<PageState>(["idle", "analysing", "done", "skipped", "error"]);
const MODES: ReadonlySet<string> = new Set(["direct", "mixed", "indirect", "according-to"]);
const STANCES: ReadonlySet<string> = new Set(["neutral", "assertive", "allegation", "denial", "concession", "hedged"]);
const KINDS: ReadonlySet<string> = new Set([
  "named-person", "named-organization", "official", "unnamed", "anonymous", "document", "outlet", "none",
]);
const COUNTER_KINDS: ReadonlySet<string> = new Set(["in-article", "history", "search"]);

function isSpan(x: unknown): boolean {
  return isObj(x) && isNum(x.start) && isNum(x.end) && isStr(x.text);
}

function isStatement(x: unknown): boolean {
  if (!isObj(x)) return false;
  return (
    (x.source === null || isSpan(x.source)) &&
    (x.cue === null || isSpan(x.cue)) &&
    isSpan(x.content) &&
    (x.contentParts === undefined || (Array.isArray(x.contentParts) && x.contentParts.every(isSpan))) &&
    isStr(x.mode) && MODES.has(x.mode) &&
    isStr(x.stance) && STANCES.has(x.stance) &&
    isStr(x.sourceKind) && KINDS.has(x.sourceKind) &&
    (x.speaker === null || isStr(x.speaker)) &&
    (x.party === null || isStr(x.party)) &&
    isOptNum(x.parent) &&
    Array.isArray(x.labels) && x.labels.every(isStr) &&
    Array.isArray(x.counter) &&
    x.counter.every(
      (c) => isObj(c) && isStr(c.kind) && COUNTER_KINDS.has(c.kind) && isStr(c.label) && isOptNum(c.statement) && isOptStr(c.url),
    )
  );
}

/** Deep shape check of an Analysis: the popup renders every field, so a malformed one is refused whole. */
export function isAnalysis(x: unknown): x is Analysis {
  if (!isObj(x)) return false;
  return (
    Array.isArray(x.statements) && x.statements.every(isStatement) &&
    Array.isArray(x.parties) &&
    x.parties.every((p) => isObj(p) && isStr(p.id) && isStr(p.name) && Array.isArray(p.aliases) && p.aliases.every(isStr) && typeof p.quoted === "boolean") &&
    Array.isArray(x.disputes) &&
    x.disputes.every((d) => isObj(d) && (d.kind === "rebuttal" || d.kind === "accusation") && isNum(d.from) && isStr(d.against) && isOptNum(d.answers)) &&
    Array.isArray(x.unnamedSources) && x.unnamedSources.every(isSpan) &&
    (x.loadedWords === undefined || Array.isArray(x.loadedWords) && x.loadedWords.every((l) => isObj(l) && isSpan(l.word) && isSpan(l.phrase))) &&
    isObj(x.timings) && isNum(x.timings.ms) &&
    (x.corrections === undefined || (Array.isArray(x.corrections) && x.corrections.every(isAppliedCorrection)))
  );
}

function isAppliedCorrection(c: unknown): boolean {
  const name = (v: unknown): boolean => v === null || isStr(v);
  return (
    isObj(c) && isStr(c.id) && (c.kind === "not-statement" || c.kind === "speaker") &&
    (c.statement === null || (Number.isInteger(c.statement) && (c.statement as number) >= 0)) &&
    isStr(c.key) && isObj(c.was) && name(c.was.speaker) && name(c.was.side) && isStr(c.content) &&
    isObj(c.engine) && name(c.engine.speaker) && name(c.engine.party)
  );
}

function isReadInfo(x: unknown): boolean {
  return isObj(x) && isNum(x.chars) && isStr(x.via) && (x.partial === undefined || typeof x.partial === "boolean") && isNum(x.ms) && isNum(x.longestMs) && isStr(x.parts);
}

function isPageSignals(x: unknown): boolean {
  if (!isObj(x)) return false;
  const flags = ["newsType", "articleType", "otherType", "byline", "published", "dateline"];
  return flags.every((k) => x[k] === undefined || typeof x[k] === "boolean") && isOptNum(x.codeShare) && isOptStr(x.via);
}

export function isTabReport(x: unknown): x is TabReport {
  if (!isObj(x)) return false;
  return (
    isStr(x.state) && STATES.has(x.state) &&
    isStr(x.url) && isStr(x.title) &&
    isOptNum(x.progress) && isOptStr(x.reason) && isOptStr(x.text) &&
    (x.read === undefined || isReadInfo(x.read)) &&
    (x.analysis === undefined || isAnalysis(x.analysis))
  );
}

const isEmpty = (p: Obj): boolean => Object.keys(p).length === 0;

/** One payload check per message type; the Record type makes a new message without a check a compile error. */
const PAYLOAD: { [T in MessageType]: (p: Obj) => boolean } = {
  "start": (p) => isStr(p.url) && p.url.length <= 8192 && isStr(p.title),
  "report": isTabReport,
  // a text over MAX_ANALYZE_CHARS is let through to be answered "too long" (a state the tab shows)
  "analyze": (p) =>
    isStr(p.text) && isStr(p.url) && p.url.length <= 8192 && isStr(p.title) &&
    (p.page === undefined || isPageSignals(p.page)) && (p.force === undefined || typeof p.force === "boolean") &&
    (p.read === undefined || isReadInfo(p.read)),
  "get-report": (p) => Number.isInteger(p.tabId),
  "open-link": (p) => isStr(p.url) && p.url.length <= 8192 && /^https?:\/\//i.test(p.url),
  "analyze-now": isEmpty,
  "toggle-marks": (p) => p.on === undefined || typeof p.on === "boolean",
  "marks-state": isEmpty,
  "inspect": isEmpty,
  "status": isEmpty,
  "scroll-to-statement": (p) => Number.isInteger(p.index) && (p.index as number) >= 0,
  "read-text": isEmpty,
  "scroll-to-text": (p) => isStr(p.directive) && p.directive.length > 0 && p.directive.length <= 4000,
  "history-export": (p) => (p.format === "json" || p.format === "annotations") && (p.cursor === undefined || (isStr(p.cursor) && p.cursor.length <= 10_000)),
  "history-clear": isEmpty,
  "correction-add": (p) =>
    Number.isInteger(p.index) && (p.index as number) >= 0 &&
    isStr(p.key) && p.key.length > 0 && p.key.length <= CORRECTION_LIMITS.key &&
    (p.kind === "not-statement" || p.kind === "speaker") &&
    (p.speaker === undefined || (isStr(p.speaker) && p.speaker.length > 0 && p.speaker.length <= 1000)) &&
    (p.side === undefined || p.side === null || (isStr(p.side) && p.side.length <= 1000)) &&
    // "not a statement" carries no choice; "wrong speaker" carries one (a speaker, or a side)
    (p.kind === "not-statement" ? p.speaker === undefined && p.side === undefined : p.speaker !== undefined || p.side !== undefined),
  "corrections-list": isEmpty,
  "correction-undo": (p) => isStr(p.id) && p.id.length > 0 && p.id.length <= CORRECTION_LIMITS.article + CORRECTION_LIMITS.key + 1,
  "corrections-clear": isEmpty,
  "history-reading": (p) => isStr(p.window) && Object.prototype.hasOwnProperty.call(WINDOW_DAYS, p.window),
};

/** Shape check for anything that arrives over runtime messaging: known type and a valid payload. */
export function isMessage(x: unknown): x is Message {
  if (!isObj(x)) return false;
  const { type, payload } = x;
  if (!isStr(type) || !Object.prototype.hasOwnProperty.call(PAYLOAD, type) || !isObj(payload)) return false;
  return PAYLOAD[type as MessageType](payload);
}

/** Shape check of the background's answer to "analyze" (what the content script draws from). */
export function isAnalyzeResponse(x: unknown): x is AnalyzeResponse {
  if (!isObj(x)) return false;
  return isStr(x.error) || isAnalysis(x.analysis);
}

/** Shape check of the background's answer to "start". */
export function isStartResponse(x: unknown): x is StartResponse {
  return isObj(x) && typeof x.never === "boolean" && (x.runMode === "auto" || x.runMode === "click") && (x.marks === "quiet" || x.marks === "full");
}

/** Narrow a validated message to one type (for handler maps). */
export function isMessageOf<T extends MessageType>(x: unknown, type: T): x is Message<T> {
  return isMessage(x) && x.type === type;
}

/** Shape check of the background's answer to "correction-add" (what the content script redraws from). */
export function isCorrectionResponse(x: unknown): x is CorrectionResponse {
  if (!isObj(x)) return false;
  if (x.ok === false) return isStr(x.error);
  return x.ok === true && typeof x.saved === "boolean" && isAnalysis(x.analysis);
}

/** The corrections an extension page was sent, each checked (a damaged one is left out). */
export function correctionItems(x: unknown): CorrectionRecord[] {
  if (!isObj(x) || !Array.isArray(x.items)) return [];
  return x.items.map(normaliseCorrection).filter((r): r is CorrectionRecord => r !== null);
}
