// Plain words for the engine's labels, one vocabulary for the card on the page and the popup:
// a reader sees "named person" and "denial", never "named-person" or "none".
import type { Mode, SourceKind, Stance, Statement } from "../core/types";

export const SOURCE_KIND_TEXT: Record<SourceKind, string> = {
  "named-person": "named person",
  "named-organization": "named organisation",
  official: "official, not named",
  unnamed: "unnamed source",
  anonymous: "anonymous source",
  document: "document or report",
  outlet: "the news outlet itself",
  none: "no stated source",
};

export const MODE_TEXT: Record<Mode, string> = {
  direct: "direct quote",
  mixed: "partly quoted",
  indirect: "paraphrase",
  "according-to": "“according to”",
};

export const STANCE_TEXT: Record<Stance, string> = {
  neutral: "neutral",
  assertive: "insistence",
  allegation: "allegation",
  denial: "denial",
  concession: "concession",
  hedged: "hedged",
};

/** "descriptor:so-called" -> "loaded word “so-called”"; other labels with dashes as spaces. */
export function labelWords(label: string): string {
  const i = label.indexOf(":");
  if (i >= 0 && label.slice(0, i) === "descriptor") return `loaded word “${label.slice(i + 1)}”`;
  return (i >= 0 ? label.slice(i + 1) : label).replace(/-/g, " ");
}

/** Kind "none" with a source written out: a speaker the text describes or points to without a
 *  name or an unnamed-source phrase ("the skipper", "the regional harbour authority", "he"). */
const DESCRIBED_TEXT = "no name given";

/** The labels a reader is shown for a statement, in plain words (a neutral stance goes unsaid). */
export function plainLabels(s: Statement): string[] {
  const kind = s.sourceKind === "none" && s.source ? DESCRIBED_TEXT : SOURCE_KIND_TEXT[s.sourceKind];
  const out = [kind, MODE_TEXT[s.mode]];
  if (s.stance !== "neutral") out.push(STANCE_TEXT[s.stance]);
  for (const l of s.labels) out.push(labelWords(l));
  if (s.parent !== undefined) out.push("reported inside another statement");
  return out;
}

const MODE_WHY: Record<Mode, string> = {
  direct: "the words are in quotation marks",
  mixed: "part of it is in quotation marks",
  indirect: "it reports what someone said in other words",
  "according-to": "it is attributed with “according to”",
};

/** Why a statement was marked, in one plain sentence built from what the engine found. */
export function whyMarked(s: Statement): string {
  const parts = [MODE_WHY[s.mode]];
  if (s.cue && s.mode !== "according-to") parts.push(`“${s.cue.text}” reports speech`);
  const written = s.source?.text;
  if (written && s.speaker && s.speaker !== written) parts.push(`the speaker is “${written}”, taken to be ${s.speaker}`);
  else if (written) parts.push(`the speaker is “${written}”`);
  else parts.push("no speaker is named");
  const text = parts.join("; ");
  return `Marked because ${text}.`;
}

/**
 * The speaker as the reader sees it: the resolved name, or the source as written; a source the
 * engine could not resolve ("he" with no one before it) says so rather than pass for a name.
 */
export function speakerLabel(s: Statement): string {
  if (s.speaker) return s.speaker;
  if (!s.source) return "No stated source";
  return s.labels.includes("unresolved") ? `unresolved: ${s.source.text}` : s.source.text;
}
