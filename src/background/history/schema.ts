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

/** v1 -> v2: party name becomes party keys, bare stems become word keys, dispute info starts empty. */
export function migrateV1(r: HistoryRecordV1): HistoryRecord {
  const topics = r.topics
    .split(/\s+/)
    .filter(Boolean)
    .map((t) => (/^[enw]:/.test(t) ? t : "w:" + t));
  const key = nameKey(r.party);
  return {
    id: r.id,
    url: r.url,
    title: r.title,
    readAt: r.readAt,
    partyId: null,
    partyName: r.party,
    partyKeys: key ? [key] : [],
    speaker: r.speaker,
    stance: r.stance,
    sentence: r.sentence,
    fragment: textDirective(r.sentence),
    prefix: "",
    suffix: "",
    excerpt: r.excerpt,
    topics: [...new Set(topics)],
    context: [],
    opponents: [],
    againstKeys: [],
    dispute: { against: [], kinds: [] },
  };
}
