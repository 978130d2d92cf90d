// What the card drawn inside the page may say about one statement. It is built from this page's
// own Analysis only: answers from the same article and search links built from its words. History
// answers (statements from articles read earlier, on other sites) never go into the page, where
// the page's scripts could find them with window.find or measure the card: they are shown only
// in the extension's own pages (popup, report). Filtered here even if an answer carries them.
import type { Analysis, Counter, Statement } from "../core/types";
import { plainLabels, whyMarked } from "../shared/labels";
import { partySlot, slotColour } from "../shared/palette";

export type CardModel = {
  index: number;
  speaker: string;
  /** the words on the page when they differ from the resolved speaker */
  written: string | null;
  /** the side and its colour; neutral speakers have none */
  side: { name: string; colour: string } | null;
  sideText: string;
  labels: string[];
  why: string;
  content: string;
  /** other sides' statements in this article that answer it (at most three) */
  answers: { statement: number; label: string }[];
  /** sides this statement accuses that the article never quotes */
  unheard: string[];
  /** where to find the other side's own words (http(s) only) */
  links: { label: string; url: string }[];
};

export const CARD_ANSWERS = 3;
const SAFE_URL = /^https?:\/\//i;

/** Whether a counter may be drawn in the page: never one from the reading history. */
export const pageSafe = (c: Counter): boolean => c.kind === "in-article" || c.kind === "search";

export function speakerName(s: Statement): string {
  return s.speaker ?? s.source?.text ?? "No stated source";
}

export function sideText(s: Statement, partyName: string | null): string {
  if (partyName) return `Speaks for: ${partyName}`;
  if (s.sourceKind === "unnamed" || s.sourceKind === "anonymous") return "Unnamed source, side not known";
  if (!s.source && !s.speaker) return "No stated source";
  return "Neutral: speaks for no side";
}

export function cardFrom(a: Analysis, i: number): CardModel | null {
  const s = a.statements[i];
  if (!s) return null;
  const pi = s.party === null ? -1 : a.parties.findIndex((p) => p.id === s.party);
  const party = pi >= 0 ? a.parties[pi]! : null;
  const safe = s.counter.filter(pageSafe);
  const answers = safe
    .filter((c) => c.kind === "in-article" && typeof c.statement === "number" && a.statements[c.statement])
    .slice(0, CARD_ANSWERS)
    .map((c) => ({ statement: c.statement!, label: c.label }));
  const links = safe
    .filter((c) => c.kind === "search" && c.url !== undefined && SAFE_URL.test(c.url))
    .map((c) => ({ label: c.label, url: c.url! }));
  const unheard = [
    ...new Set(
      a.disputes
        .filter((d) => d.from === i && d.kind === "accusation")
        .map((d) => a.parties.find((p) => p.id === d.against))
        .filter((p) => p !== undefined && !p.quoted)
        .map((p) => p!.name),
    ),
  ];
  const written = s.source?.text ?? null;
  return {
    index: i,
    speaker: speakerName(s),
    written: written && s.speaker && written !== s.speaker ? written : null,
    side: party ? { name: party.name, colour: slotColour(partySlot(pi)) } : null,
    sideText: sideText(s, party?.name ?? null),
    labels: plainLabels(s),
    why: whyMarked(s),
    content: s.content.text,
    answers,
    unheard,
    links,
  };
}
