// The reader's corrections of Whosaid's marks ("not a statement", "wrong speaker"): how a statement
// and an article are named so a correction finds them again on a later visit, and the stored
// record's shape, checked wherever one is read (the database, a message). Pure: no browser API.
// The store is src/background/corrections; the card (content), popup and options only ask it.
import type { Statement } from "../core/types";

export type CorrectionKind = "not-statement" | "speaker";

/** One stored correction (schema v1). Everything in it comes from the article it is about. */
export type CorrectionRecord = {
  v: 1;
  /** `${article}\u0000${key}`: one correction per statement of an article (a newer one replaces it) */
  id: string;
  /** the article: its URL without fragment, tracking parameters or "www." (articleUrl) */
  article: string;
  /** the statement (statementKey): normalised text hash and speaker, robust to small reflows */
  key: string;
  kind: CorrectionKind;
  /** "speaker": who said it (absent: the speaker is kept), and the side (null: no side) */
  to?: { speaker?: string; side: string | null };
  /** what Whosaid read before */
  was: { speaker: string | null; side: string | null };
  /** the start of what was said, to show in the options */
  content: string;
  title: string;
  /** when the reader made it (ms since epoch) */
  at: number;
};

export const CORRECTION_LIMITS = { article: 2048, key: 160, name: 120, content: 240, title: 200 } as const;

// Tracking parameters say how a reader got to a page, not which page it is.
const TRACKING = /^(utm_[a-z]+|fbclid|gclid|dclid|msclkid|mc_cid|mc_eid|igshid|ocid|cmpid)$/i;

/**
 * The article a URL shows: http(s) only, without fragment, tracking parameters, "www." or a
 * trailing slash, so the same article reached by another link finds its corrections. Null for
 * anything else (a browser page, a file).
 */
export function articleUrl(url: string): string | null {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return null;
  }
  if (u.protocol !== "http:" && u.protocol !== "https:") return null;
  u.hash = "";
  u.username = "";
  u.password = "";
  for (const k of [...u.searchParams.keys()]) if (TRACKING.test(k)) u.searchParams.delete(k);
  u.searchParams.sort();
  u.hostname = u.hostname.replace(/^www\./, "");
  if (u.pathname.length > 1 && u.pathname.endsWith("/")) u.pathname = u.pathname.replace(/\/+$/, "");
  const out = u.href.replace(/\?$/, "");
  return out.length <= CORRECTION_LIMITS.article ? out : null;
}

/** Letters and digits only, lower case: quotes, dashes, soft hyphens and spacing do not count. */
export function normaliseText(text: string): string {
  return (text.normalize("NFKC").toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).join(" ");
}

/** 53-bit string hash (cyrb53), base 36: names a statement, it secures nothing. */
function hash(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}

/** Who a statement names as its speaker, as the reader sees it. */
export function speakerName(s: Pick<Statement, "speaker" | "source">): string | null {
  return s.speaker ?? s.source?.text ?? null;
}

/**
 * A statement's key: the hash of what was said (normalised) and who said it. It does not depend
 * on offsets, so the same statement is found again when the page's layout or markup changes
 * around it; a changed wording or speaker is another statement.
 */
export function statementKey(s: Pick<Statement, "speaker" | "source" | "content">): string {
  const who = normaliseText(speakerName(s) ?? "").slice(0, 80);
  return `${hash(normaliseText(s.content.text))}|${who}`;
}

/** The first words of a text, at most `max` characters. */
export function clip(text: string, max: number): string {
  const t = text.replace(/\s+/g, " ").trim();
  return t.length > max ? `${t.slice(0, max - 1)}…` : t;
}

type Obj = Record<string, unknown>;
const isObj = (x: unknown): x is Obj => typeof x === "object" && x !== null && !Array.isArray(x);
const isName = (x: unknown): x is string => typeof x === "string" && x.length > 0 && x.length <= CORRECTION_LIMITS.name;
const isNameOrNull = (x: unknown): x is string | null => x === null || isName(x);

/** A stored or received correction checked field by field; null when it is not one (dropped alone). */
export function normaliseCorrection(x: unknown): CorrectionRecord | null {
  if (!isObj(x) || x.v !== 1) return null;
  const { id, article, key, kind, to, was, content, title, at } = x;
  if (typeof article !== "string" || article.length > CORRECTION_LIMITS.article || articleUrl(article) !== article) return null;
  if (typeof key !== "string" || key.length === 0 || key.length > CORRECTION_LIMITS.key || id !== `${article}\u0000${key}`) return null;
  if (kind !== "not-statement" && kind !== "speaker") return null;
  if (!isObj(was) || !isNameOrNull(was.speaker) || !isNameOrNull(was.side)) return null;
  if (typeof content !== "string" || content.length > CORRECTION_LIMITS.content) return null;
  if (typeof title !== "string" || title.length > CORRECTION_LIMITS.title) return null;
  if (typeof at !== "number" || !Number.isFinite(at) || at < 0) return null;
  const rec: CorrectionRecord = { v: 1, id, article, key, kind, was: { speaker: was.speaker, side: was.side }, content, title, at };
  if (kind === "speaker") {
    if (!isObj(to) || !isNameOrNull(to.side) || (to.speaker !== undefined && !isName(to.speaker))) return null;
    rec.to = to.speaker === undefined ? { side: to.side } : { speaker: to.speaker, side: to.side };
  } else if (to !== undefined) return null;
  return rec;
}

/** What the options page saves: every correction, with what it is. */
export type CorrectionsExport = { format: "whosaid-corrections"; schemaVersion: 1; exportedAt: string; corrections: CorrectionRecord[] };

export function correctionsExport(records: CorrectionRecord[], now = new Date()): CorrectionsExport {
  return { format: "whosaid-corrections", schemaVersion: 1, exportedAt: now.toISOString(), corrections: records };
}

/** One line for a correction: what the reader said about the statement. */
export function correctionText(r: Pick<CorrectionRecord, "kind" | "to" | "was">): string {
  if (r.kind === "not-statement") return "Not a statement";
  const who = r.to?.speaker ?? r.was.speaker ?? "the speaker";
  const side = r.to?.side ? `for ${r.to.side}` : "for no side";
  return r.to?.speaker ? `Said by ${who} (${side}), not ${r.was.speaker ?? "the source Whosaid read"}` : `${who} speaks ${side}`;
}
