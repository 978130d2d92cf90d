// The popup's first screen as data: who speaks for which side and how much, who is accused and not
// heard, where the sides answer each other, what the reader corrected. The popup draws that screen
// from a Summary (ArticleView), whether it made it itself from the tab's full report or got it with
// its own address: the background, on every new report of a tab, sets that tab's toolbar popup to
// `popup.html?tab=<id>#<summary>` (popupPath), so the popup has its first screen the moment its
// script starts, without waiting for the stored report (which follows and replaces it).
//
// What goes into the address is only what the popup shows on that first screen anyway, for the
// article in that tab: no statement text, no link to an earlier article (the reader's history),
// never anything past the tab's current page (the background resets it on navigation). It is read
// back as untrusted data: every field is checked, text is only ever rendered as text, and a link
// must be http(s). Too large (a pathological page) or malformed: no summary, the popup waits for
// the report as before.
import type { Analysis } from "../core/types";
import type { TabReport } from "./messages";
import { exchanges, groupLinks, linksFor, oneSidedAccusations, safeUrl, sideGroups, speakerOf, unnamedSources } from "./view-model";

export type SummaryGroup = {
  kind: "side" | "neutral" | "unnamed";
  /** the party's id (sides only) */
  party: string | null;
  name: string;
  /** colour slot (src/shared/palette.ts), -1 for neutral */
  slot: number;
  statements: number;
  quotedWords: number;
  /** the first speakers, most statements first */
  members: string[];
  /** how many more speakers there are */
  more: number;
};

export type SummaryLink = { kind: string; url: string; label: string };

export type SummaryAccused = {
  party: string;
  name: string;
  /** how many statements accuse it */
  times: number;
  accusers: string[];
  /** where to find its own words (search links only, never the reader's history) */
  links: SummaryLink[];
};

export type SummaryExchange = { from: number; line: string };

export type Summary = {
  title: string;
  url: string;
  statements: number;
  sides: number;
  /** parties never quoted */
  unheard: number;
  unnamed: number;
  groups: SummaryGroup[];
  accused: SummaryAccused[];
  exchanges: SummaryExchange[];
  /** the reader's corrections of this article, and how many of them unmark a statement */
  corrections: number;
  removed: number;
};

export const MEMBERS_SHOWN = 3;

/** "Alder Harbor Authority: Google News" -> "Google News" where the side is already named. */
export const providerOf = (label: string): string => label.replace(/^.{1,80}?:\s+/, "");

/** The first screen of the popup for an analysis (`page`: the report's title and address). */
export function summarize(a: Analysis, page: { title: string; url: string } = { title: "", url: "" }): Summary {
  const groups = sideGroups(a);
  const partyName = (id: string) => a.parties.find((p) => p.id === id)?.name ?? id;
  const corrections = a.corrections ?? [];
  return {
    title: page.title,
    url: page.url,
    statements: a.statements.length,
    sides: a.parties.length,
    unheard: a.parties.filter((p) => !p.quoted).length,
    unnamed: unnamedSources(a).length,
    groups: groups.map((g) => ({
      kind: g.kind,
      party: g.party?.id ?? null,
      name: g.name,
      slot: g.slot,
      statements: g.statements.length,
      quotedWords: g.quotedWords,
      members: g.members.slice(0, MEMBERS_SHOWN),
      more: Math.max(0, g.members.length - MEMBERS_SHOWN),
    })),
    accused: oneSidedAccusations(a).map((o) => ({
      party: o.party.id,
      name: o.party.name,
      times: o.accusations.length,
      accusers: [...new Set(o.accusations.map((i) => speakerOf(a.statements[i]!)))].slice(0, 2),
      links: linksFor(o.party, groupLinks(a, o.accusations).search)
        .slice(0, 2)
        .map((l) => ({ kind: l.kind, url: l.url, label: providerOf(l.label) })),
    })),
    exchanges: exchanges(a).map((x) => {
      const s = a.statements[x.from]!;
      const verb = x.kind === "accusation" ? "accuses" : s.stance === "denial" ? "denies what" : "answers";
      return { from: x.from, line: `${speakerOf(s)} ${verb} ${partyName(x.against)}${x.kind === "rebuttal" && s.stance === "denial" ? " said" : ""}` };
    }),
    corrections: corrections.length,
    removed: corrections.filter((c) => c.kind === "not-statement").length,
  };
}

/** Longest encoded summary put in a popup address (a few hundred bytes to a few KB on real articles). */
export const MAX_SUMMARY_CHARS = 16_000;

const B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

function toBase64Url(bytes: Uint8Array): string {
  let out = "";
  for (let i = 0; i < bytes.length; i += 3) {
    const n = (bytes[i]! << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    out += B64[n >> 18]! + B64[(n >> 12) & 63]! + (i + 1 < bytes.length ? B64[(n >> 6) & 63]! : "") + (i + 2 < bytes.length ? B64[n & 63]! : "");
  }
  return out;
}

function fromBase64Url(s: string): Uint8Array | null {
  if (!/^[\w-]*$/.test(s) || s.length % 4 === 1) return null;
  const out = new Uint8Array(Math.floor((s.length * 3) / 4));
  let o = 0;
  for (let i = 0; i < s.length; i += 4) {
    const c = [0, 1, 2, 3].map((k) => (i + k < s.length ? B64.indexOf(s[i + k]!) : 0));
    const n = (c[0]! << 18) | (c[1]! << 12) | (c[2]! << 6) | c[3]!;
    out[o++] = n >> 16;
    if (i + 2 < s.length) out[o++] = (n >> 8) & 255;
    if (i + 3 < s.length) out[o++] = n & 255;
  }
  return out;
}

/** A version tag, so a popup never misreads a summary written by another version of the background. */
const VERSION = 1;

/** The summary as URL-safe text (base64url of its JSON), or null when it would be over `max` characters. */
export function encodeSummary(s: Summary, max = MAX_SUMMARY_CHARS): string | null {
  const json = JSON.stringify({ v: VERSION, ...s });
  // base64 is 4/3 of the UTF-8 bytes, which are at least the JSON's length
  if (Math.ceil(json.length / 3) * 4 > max) return null;
  const out = toBase64Url(new TextEncoder().encode(json));
  return out.length <= max ? out : null;
}

const isObj = (x: unknown): x is Record<string, unknown> => typeof x === "object" && x !== null && !Array.isArray(x);
const isStr = (x: unknown, max = 2000): x is string => typeof x === "string" && x.length <= max;
const isCount = (x: unknown): x is number => typeof x === "number" && Number.isInteger(x) && x >= 0;
const isStrs = (x: unknown, most: number): x is string[] => Array.isArray(x) && x.length <= most && x.every((m) => isStr(m));

function isGroup(g: unknown): g is SummaryGroup {
  return (
    isObj(g) &&
    (g.kind === "side" || g.kind === "neutral" || g.kind === "unnamed") &&
    (g.party === null || isStr(g.party)) &&
    isStr(g.name) &&
    typeof g.slot === "number" && Number.isInteger(g.slot) && g.slot >= -1 && g.slot < 64 &&
    isCount(g.statements) && isCount(g.quotedWords) && isStrs(g.members, MEMBERS_SHOWN) && isCount(g.more)
  );
}

/** Only http(s) links, as the full view allows; a kind only ever becomes a class name. */
const isLink = (l: unknown): l is SummaryLink =>
  isObj(l) && isStr(l.kind, 40) && /^[a-z-]+$/.test(l.kind) && isStr(l.url) && safeUrl(l.url) === l.url && isStr(l.label);

const isAccused = (x: unknown): x is SummaryAccused =>
  isObj(x) && isStr(x.party) && isStr(x.name) && isCount(x.times) && isStrs(x.accusers, 2) && Array.isArray(x.links) && x.links.length <= 2 && x.links.every(isLink);

const isExchange = (x: unknown): x is SummaryExchange => isObj(x) && isCount(x.from) && isStr(x.line);

/** The summary in a popup address's fragment (without the '#'), or null when absent, too large or malformed. */
export function decodeSummary(text: string): Summary | null {
  if (!text || text.length > MAX_SUMMARY_CHARS) return null;
  const bytes = fromBase64Url(text);
  if (!bytes) return null;
  let x: unknown;
  try {
    x = JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(bytes));
  } catch {
    return null;
  }
  if (!isObj(x) || x.v !== VERSION) return null;
  const ok =
    isStr(x.title) && isStr(x.url, MAX_SUMMARY_CHARS) &&
    isCount(x.statements) && x.statements > 0 && isCount(x.sides) && isCount(x.unheard) && isCount(x.unnamed) &&
    Array.isArray(x.groups) && x.groups.every(isGroup) &&
    Array.isArray(x.accused) && x.accused.every(isAccused) &&
    Array.isArray(x.exchanges) && x.exchanges.every(isExchange) &&
    isCount(x.corrections) && isCount(x.removed);
  if (!ok) return null;
  const { v: _v, ...s } = x;
  return s as Summary;
}

/** The report a popup address stands for until the stored one is read (the summary is of a done report). */
export const summaryReport = (s: Summary): TabReport => ({ state: "done", url: s.url, title: s.title });

/**
 * The popup a tab's toolbar button opens: always names the tab (no need to ask which tab is
 * active), and carries the first screen's summary when the report has statements to show.
 */
export function popupPath(tabId: number, report: TabReport | null): string {
  const base = `popup.html?tab=${tabId}`;
  const a = report?.state === "done" ? report.analysis : undefined;
  if (!a || a.statements.length === 0) return base;
  const s = encodeSummary(summarize(a, report!));
  return s ? `${base}#${s}` : base;
}
