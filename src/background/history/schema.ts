// The stored shape of the local history and its migrations. Every layout that ever shipped keeps
// its type here so an old profile can be read after an upgrade; never change a past version's type.
import type { SourceKind, Stance } from "../../core/types";
import type { TopicKey } from "./topics";
import { nameKey } from "./topics";
import { textDirective } from "./fragment";

export const DB_NAME = "whosaid-history";
export const DB_VERSION = 2;
export const STORE = "statements";

/** Current record (schema v2). */
export type HistoryRecord = {
  /** `${url}\u0000${statement index}`: re-reading a page replaces its records, never duplicates them */
  id: string;
  url: string;
  title: string;
  /** ms since epoch */
  readAt: number;
  partyId: string | null;
  partyName: string;
  /** normalised name + aliases of the speaking side */
  partyKeys: string[];
  speaker: string | null;
  stance: Stance;
  /** the sentence holding the statement, as the page shows it: the target of the text fragment */
  sentence: string;
  /** text directive for the sentence, made when the whole page text was at hand */
  fragment: string;
  prefix: string;
  suffix: string;
  excerpt: string;
  topics: TopicKey[];
  /** headline keys of its article (ranking only) */
  context: TopicKey[];
  /** sides this statement's party disputes in its article (normalised names) */
  opponents: string[];
  /** sides this very statement accuses or rebuts (normalised names) */
  againstKeys: string[];
  dispute: { against: string[]; kinds: ("rebuttal" | "accusation")[] };
  // Added within v2 (optional: records stored before lack them and still match by statement).
  /** the names its article is about (topics.storyKeys), the same for every record of the article */
  story?: TopicKey[];
  sourceKind?: SourceKind;
  /** words of the statement's content */
  words?: number;
};

/** Schema v1: one party name, topic stems as one space-separated string, no dispute info. */
export type HistoryRecordV1 = {
  id: string;
  url: string;
  title: string;
  readAt: number;
  party: string;
  speaker: string | null;
  stance: Stance;
  sentence: string;
  excerpt: string;
  topics: string;
};

/**
 * Size bounds of one stored record, applied when a record is written and again when one is read
 * back: whatever a page holds (a megabyte <title>, a page without full stops), one statement costs
 * a few KB of history at most.
 */
export const RECORD_LIMITS = {
  url: 2_048,
  title: 300,
  name: 200,
  sentence: 2_000,
  fragment: 4_000,
  affix: 64,
  excerpt: 400,
  keys: 64,
  key: 120,
} as const;

type Obj = Record<string, unknown>;
const isObj = (x: unknown): x is Obj => typeof x === "object" && x !== null && !Array.isArray(x);
const str = (x: unknown, max: number, dflt = ""): string => (typeof x === "string" ? x.slice(0, max) : dflt);
const strs = (x: unknown): string[] =>
  Array.isArray(x) ? [...new Set(x.filter((k): k is string => typeof k === "string" && k.length > 0).map((k) => k.slice(0, RECORD_LIMITS.key)))].slice(0, RECORD_LIMITS.keys) : [];
const STANCES: ReadonlySet<string> = new Set<Stance>(["neutral", "assertive", "allegation", "denial", "concession", "hedged"]);
const KINDS: ReadonlySet<string> = new Set(["rebuttal", "accusation"]);
const SOURCE_KINDS: ReadonlySet<string> = new Set<SourceKind>(["named-person", "named-organization", "official", "unnamed", "anonymous", "document", "outlet", "none"]);

/**
 * A stored record as the current code may use it, or null when it cannot be one (no id, no URL, no
 * time). Missing or mistyped fields get their empty value and every field is cut to its bound: an
 * old or damaged record costs that record at most, never the history.
 */
export function normaliseRecord(x: unknown): HistoryRecord | null {
  if (!isObj(x)) return null;
  if (typeof x.id !== "string" || typeof x.url !== "string" || typeof x.readAt !== "number" || !Number.isFinite(x.readAt)) return null;
  if (x.id.length > RECORD_LIMITS.url + 32 || x.url.length > RECORD_LIMITS.url) return null;
  const d = isObj(x.dispute) ? x.dispute : {};
  const sentence = str(x.sentence, RECORD_LIMITS.sentence);
  return {
    id: x.id,
    url: x.url,
    title: str(x.title, RECORD_LIMITS.title),
    readAt: x.readAt,
    partyId: typeof x.partyId === "string" ? x.partyId.slice(0, RECORD_LIMITS.name) : null,
    partyName: str(x.partyName, RECORD_LIMITS.name),
    partyKeys: strs(x.partyKeys),
    speaker: typeof x.speaker === "string" ? x.speaker.slice(0, RECORD_LIMITS.name) : null,
    stance: typeof x.stance === "string" && STANCES.has(x.stance) ? (x.stance as Stance) : "neutral",
    sentence,
    fragment: str(x.fragment, RECORD_LIMITS.fragment),
    prefix: str(x.prefix, RECORD_LIMITS.affix),
    suffix: str(x.suffix, RECORD_LIMITS.affix),
    excerpt: str(x.excerpt, RECORD_LIMITS.excerpt),
    topics: strs(x.topics),
    context: strs(x.context),
    opponents: strs(x.opponents),
    againstKeys: strs(x.againstKeys),
    dispute: {
      against: strs(d.against),
      kinds: Array.isArray(d.kinds) ? d.kinds.filter((k): k is "rebuttal" | "accusation" => typeof k === "string" && KINDS.has(k)) : [],
    },
    // optional fields (added later): kept when well-formed, left out otherwise
    ...(Array.isArray(x.story) ? { story: strs(x.story) } : {}),
    ...(typeof x.sourceKind === "string" && SOURCE_KINDS.has(x.sourceKind) ? { sourceKind: x.sourceKind as SourceKind } : {}),
    ...(typeof x.words === "number" && Number.isFinite(x.words) && x.words >= 0 ? { words: x.words } : {}),
  };
}

/**
 * v1 -> v2: party name becomes party keys, bare stems become word keys, dispute info starts empty.
 * Total: a v1 record with a missing or mistyped field migrates with that field empty; null only
 * when the record has no id, URL or time (see normaliseRecord).
 */
export function migrateV1(r: HistoryRecordV1): HistoryRecord | null {
  const raw = r as unknown as Obj;
  const topics = (typeof raw.topics === "string" ? raw.topics : "")
    .split(/\s+/)
    .filter(Boolean)
    .map((t) => (/^[enw]:/.test(t) ? t : "w:" + t));
  const party = typeof raw.party === "string" ? raw.party : "";
  const key = nameKey(party);
  const sentence = typeof raw.sentence === "string" ? raw.sentence.slice(0, RECORD_LIMITS.sentence) : "";
  return normaliseRecord({
    id: raw.id,
    url: raw.url,
    title: raw.title,
    readAt: raw.readAt,
    partyId: null,
    partyName: party,
    partyKeys: key ? [key] : [],
    speaker: raw.speaker,
    stance: raw.stance,
    sentence,
    fragment: sentence ? textDirective(sentence) : "",
    prefix: "",
    suffix: "",
    excerpt: raw.excerpt,
    topics: [...new Set(topics)],
    context: [],
    opponents: [],
    againstKeys: [],
    dispute: { against: [], kinds: [] },
  });
}
