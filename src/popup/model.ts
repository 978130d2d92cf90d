// What the popup derives from an Analysis: statements grouped by party, voice share, unnamed
// sources, one-sided accusations, safe outbound links. Pure functions, no DOM and no browser API,
// so every view state can be tested from a small hand-written Analysis.
import type { Analysis, Counter, Party, Statement } from "../core/types";

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
  return s.speaker ?? s.source?.text ?? "No stated source";
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

/** Stable colour slot per party, in the order parties appear. */
export function partyColourIndex(a: Analysis, partyId: string | null): number {
  if (partyId === null) return -1;
  const i = a.parties.findIndex((p) => p.id === partyId);
  return i < 0 ? -1 : i % 8;
}
