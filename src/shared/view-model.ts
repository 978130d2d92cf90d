// What the popup derives from an Analysis: statements grouped by party, voice share, unnamed
// sources, one-sided accusations, safe outbound links. Pure functions, no DOM and no browser API,
// so every view state can be tested from a small hand-written Analysis. In shared/ because the
// background computes the popup's first screen from it too (summary.ts).
import type { Analysis, Counter, Party, Statement } from "../core/types";
import { partySlot } from "./palette";
import { speakerLabel } from "./labels";

export type PartyGroup = {
  /** null: statements whose speaker belongs to no party (unnamed sources, documents, …) */
  party: Party | null;
  /** indexes into analysis.statements, in article order */
  statements: number[];
  quotedWords: number;
};

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*/gu;
// the quote pairs core understands; an apostrophe alone never opens a quote
const QUOTED = /“([^”]*)”|"([^"]*)"|«([^»]*)»|„([^“”]*)[“”]|‘([^’]*)’(?![\p{L}])/gu;

export function countWords(text: string): number {
  return text.match(WORD)?.length ?? 0;
}

/** Words the speaker gets in their own words: all of a direct quote, the quoted parts of a mixed one. */
export function quotedWords(s: Statement): number {
  if (s.mode === "direct") {
    const parts = s.contentParts && s.contentParts.length > 0 ? s.contentParts : [s.content];
    return parts.reduce((n, p) => n + countWords(p.text), 0);
  }
  if (s.mode === "mixed") {
    let n = 0;
    for (const m of s.content.text.matchAll(QUOTED)) n += countWords(m.slice(1).find((g) => g !== undefined) ?? "");
    return n;
  }
  return 0;
}

/** The first `n` words of a text, with an ellipsis when cut. */
export function firstWords(text: string, n = 12): string {
  const words = text.trim().split(/\s+/).filter(Boolean);
  return words.length <= n ? words.join(" ") : words.slice(0, n).join(" ") + " …";
}

/** Parties in the order the Analysis lists them (quoted ones only), then the party-less group. */
export function groupByParty(a: Analysis): PartyGroup[] {
  const byId = new Map<string, PartyGroup>();
  for (const p of a.parties) byId.set(p.id, { party: p, statements: [], quotedWords: 0 });
  const none: PartyGroup = { party: null, statements: [], quotedWords: 0 };
  a.statements.forEach((s, i) => {
    const g = (s.party !== null ? byId.get(s.party) : undefined) ?? none;
    g.statements.push(i);
    g.quotedWords += quotedWords(s);
  });
  const groups = [...byId.values()].filter((g) => g.statements.length > 0);
  if (none.statements.length > 0) groups.push(none);
  return groups;
}

export function speakerOf(s: Statement): string {
  return speakerLabel(s);
}

export type UnnamedSource = { phrase: string; kind: "unnamed" | "anonymous" | null; statement: number | null };

/** Every unnamed or anonymous source phrase once: those that speak, and those only mentioned. */
export function unnamedSources(a: Analysis): UnnamedSource[] {
  const out: (UnnamedSource & { start: number; end: number })[] = [];
  const overlaps = (x: { start: number; end: number }, y: { start: number; end: number }) => x.start < y.end && y.start < x.end;
  a.statements.forEach((s, i) => {
    if ((s.sourceKind === "unnamed" || s.sourceKind === "anonymous") && s.source) {
      out.push({ phrase: s.source.text, kind: s.sourceKind, statement: i, start: s.source.start, end: s.source.end });
    }
  });
  for (const span of a.unnamedSources) {
    if (out.some((o) => overlaps(o, span))) continue;
    out.push({ phrase: span.text, kind: null, statement: null, start: span.start, end: span.end });
  }
  return out.sort((x, y) => x.start - y.start).map(({ phrase, kind, statement }) => ({ phrase, kind, statement }));
}

export type LoadedWordItem = { word: string; phrase: string; count: number };

/** The writer's loaded words, each (word, phrase) pair once with how often it occurs, in text order. */
export function loadedWords(a: Analysis): LoadedWordItem[] {
  const out: LoadedWordItem[] = [];
  for (const l of a.loadedWords ?? []) {
    const word = l.word.text.toLowerCase().replace(/‐/g, "-");
    const phrase = l.phrase.text.replace(/\s+/g, " ").trim();
    const same = out.find((o) => o.word === word && o.phrase.toLowerCase() === phrase.toLowerCase());
    if (same) same.count++;
    else out.push({ word, phrase, count: 1 });
  }
  return out;
}

export type OneSided = { party: Party; accusations: number[] };

/** Parties accused in the article and never quoted in it, with the statements that accuse them. */
export function oneSidedAccusations(a: Analysis): OneSided[] {
  const out: OneSided[] = [];
  for (const p of a.parties) {
    if (p.quoted) continue;
    const accusations = [
      ...new Set(a.disputes.filter((d) => d.kind === "accusation" && d.against === p.id && a.statements[d.from]).map((d) => d.from)),
    ];
    if (accusations.length > 0) out.push({ party: p, accusations });
  }
  return out;
}

/** Only http(s) URLs become links: the analysis is page-derived, and a javascript: URL must never be clickable. */
export function safeUrl(url: string | undefined): string | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    return u.protocol === "https:" || u.protocol === "http:" ? u.href : null;
  } catch {
    return null;
  }
}

export type SplitCounters = { inArticle: (Counter & { statement: number })[]; outbound: (Counter & { url: string })[] };

export function splitCounters(s: Statement, a: Analysis): SplitCounters {
  const inArticle: SplitCounters["inArticle"] = [];
  const outbound: SplitCounters["outbound"] = [];
  for (const c of s.counter) {
    if (c.kind === "in-article") {
      if (c.statement !== undefined && a.statements[c.statement]) inArticle.push({ ...c, statement: c.statement });
    } else {
      const url = safeUrl(c.url);
      if (url) outbound.push({ ...c, url });
    }
  }
  return { inArticle, outbound };
}

/** "descriptor:so-called" -> "so-called"; other labels as they are. */
export function labelText(label: string): string {
  const i = label.indexOf(":");
  return i >= 0 ? label.slice(i + 1) : label;
}

/** Colour slot per party (src/shared/palette.ts): the same slot the marks on the page use. */
export function partyColourIndex(a: Analysis, partyId: string | null): number {
  if (partyId === null) return -1;
  return partySlot(a.parties.findIndex((p) => p.id === partyId));
}

export type SideGroup = {
  /** "side": a party; "neutral": named speakers for no side; "unnamed": unnamed, anonymous or no stated source */
  kind: "side" | "neutral" | "unnamed";
  party: Party | null;
  name: string;
  slot: number;
  statements: number[];
  quotedWords: number;
  /** the speakers, each once, most statements first */
  members: string[];
};

const isUnnamedKind = (s: Statement): boolean => s.sourceKind === "unnamed" || s.sourceKind === "anonymous" || (!s.source && !s.speaker);

/** Sides in party order, then neutral speakers, then unnamed sources: how the popup lists voices. */
export function sideGroups(a: Analysis): SideGroup[] {
  const byId = new Map<string, SideGroup>();
  a.parties.forEach((p, i) => byId.set(p.id, { kind: "side", party: p, name: p.name, slot: partySlot(i), statements: [], quotedWords: 0, members: [] }));
  const neutral: SideGroup = { kind: "neutral", party: null, name: "Neutral speakers", slot: -1, statements: [], quotedWords: 0, members: [] };
  const unnamed: SideGroup = { kind: "unnamed", party: null, name: "Unnamed sources", slot: -1, statements: [], quotedWords: 0, members: [] };
  const counts = new Map<SideGroup, Map<string, number>>();
  a.statements.forEach((s, i) => {
    const g = (s.party !== null ? byId.get(s.party) : undefined) ?? (isUnnamedKind(s) ? unnamed : neutral);
    g.statements.push(i);
    g.quotedWords += quotedWords(s);
    const who = s.speaker ?? s.source?.text;
    if (who) {
      let m = counts.get(g);
      if (!m) counts.set(g, (m = new Map()));
      m.set(who, (m.get(who) ?? 0) + 1);
    }
  });
  const out = [...byId.values(), neutral, unnamed].filter((g) => g.statements.length > 0);
  for (const g of out) g.members = [...(counts.get(g) ?? new Map<string, number>()).entries()].sort((x, y) => y[1] - x[1]).map(([w]) => w);
  return out;
}

export type Exchange = { from: number; kind: "rebuttal" | "accusation"; against: string; answers: number | null };

/** Where the sides answer each other: every dispute once, article order. */
export function exchanges(a: Analysis): Exchange[] {
  const seen = new Set<string>();
  const out: Exchange[] = [];
  for (const d of a.disputes) {
    if (!a.statements[d.from] || !a.parties.some((p) => p.id === d.against)) continue;
    const key = `${d.from}:${d.against}:${d.answers ?? ""}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ from: d.from, kind: d.kind, against: d.against, answers: d.answers !== undefined && a.statements[d.answers] ? d.answers : null });
  }
  return out.sort((x, y) => x.from - y.from);
}

export type Link = Counter & { url: string };

/**
 * The outbound links of a group of statements, each once: history answers by URL, search links by
 * label (core labels them "<side>: <provider>"; the query differs per statement, the place to look
 * does not), so a side's links show once, not under every statement.
 */
export function groupLinks(a: Analysis, statements: number[]): { history: Link[]; search: Link[] } {
  const history = new Map<string, Link>();
  const search = new Map<string, Link>();
  for (const i of statements) {
    for (const c of splitCounters(a.statements[i]!, a).outbound) {
      if (c.kind === "history") {
        if (!history.has(c.url)) history.set(c.url, c);
      } else if (!search.has(c.label)) search.set(c.label, c);
    }
  }
  return { history: [...history.values()], search: [...search.values()] };
}

/** Search links that look for one party's own words (labelled with its name). */
export function linksFor(party: Party, links: Link[]): Link[] {
  return links.filter((c) => c.label.startsWith(`${party.name}:`) || c.label.startsWith(`${party.name} on `));
}
