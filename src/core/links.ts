// Counter-statements of each statement: first the opposing parties' statements in this article
// (the one it answers or that answers it first), then outbound search links built locally with
// URL/URLSearchParams. Nothing is fetched here or anywhere in core.
import type { Counter, Dispute, Party, Statement } from "./types";
import { keyTerms } from "./disputes";

/** Provider names as in the options (src/shared/settings.ts SearchProvider), as plain strings. */
export const DEFAULT_PROVIDERS = ["google-news", "factcheck", "party-site"];

// Official sites of well-known parties, for a site: search of their own words.
const PARTY_SITES: Record<string, string> = {
  "united-states": "state.gov",
  russia: "mid.ru",
  china: "fmprc.gov.cn",
  ukraine: "mfa.gov.ua",
  "united-kingdom": "gov.uk",
  israel: "gov.il",
  iran: "irna.ir",
  france: "diplomatie.gouv.fr",
  germany: "auswaertiges-amt.de",
  turkey: "mfa.gov.tr",
  syria: "sana.sy",
  "european-union": "europa.eu",
  nato: "nato.int",
  "united-nations": "un.org",
  "white-house": "whitehouse.gov",
  pentagon: "defense.gov",
  "syrian-observatory-for-human-rights": "syriahr.com",
  "amnesty-international": "amnesty.org",
  "human-rights-watch": "hrw.org",
  "world-health-organization": "who.int",
  "democratic-party": "democrats.org",
  "republican-party": "gop.com",
};

function searchUrl(provider: string, q: string, qs: string): string | null {
  switch (provider) {
    // fixed https origins; the query only ever goes through URLSearchParams or encodeURIComponent
    case "google-news":
      return `https://news.google.com/search?${qs}&hl=en`;
    case "bing-news":
      return `https://www.bing.com/news/search?${qs}`;
    case "duckduckgo":
      return `https://duckduckgo.com/?${qs}&ia=news`;
    case "factcheck":
      return `https://toolbox.google.com/factcheck/explorer/search/${encodeURIComponent(q)};hl=en`;
    default:
      return null;
  }
}

/** Key terms of a statement for a search query (from its opening: that is where the topic is). */
export const topicTerms = (content: string): string[] => keyTerms(content.slice(0, 240), 6);

const PROVIDER_LABEL: Record<string, string> = {
  "google-news": "Google News",
  "bing-news": "Bing News",
  duckduckgo: "DuckDuckGo",
  factcheck: "Fact Check Explorer",
};

const firstWords = (s: string, n = 8): string => {
  const ws = s.slice(0, 160).replace(/^[\s“"‘']+/, "").split(/\s+/);
  return ws.slice(0, n).join(" ") + (ws.length > n ? " …" : "");
};

/** Search links to find a party's own words on the statement's topic. */
export function searchLinks(party: Party | null, content: string, providers: string[], topic: string[] = topicTerms(content)): Counter[] {
  const pn = party ? party.name.toLowerCase() : "";
  const terms = topic.filter((t) => !pn.includes(t.toLowerCase())).slice(0, 4);
  const q = party ? `"${party.name}" ${terms.join(" ")}`.trim() : terms.join(" ");
  if (!q) return [];
  const who = party ? party.name : "other accounts";
  const out: Counter[] = [];
  const qs = new URLSearchParams({ q }).toString();
  for (const p of providers) {
    if (p === "party-site") {
      const site = party ? PARTY_SITES[party.id] : undefined;
      if (!site) continue;
      const url = `https://duckduckgo.com/?${new URLSearchParams({ q: `site:${site} ${terms.join(" ")}`.trim() }).toString()}`;
      out.push({ kind: "search", label: `${who} on ${site}`, url });
      continue;
    }
    const url = searchUrl(p, q, qs);
    if (url) out.push({ kind: "search", label: `${who}: ${PROVIDER_LABEL[p] ?? p}`, url });
  }
  return out;
}

const MAX_SIDES = 6;
const MAX_IN_ARTICLE = 8;
// Search links for the two sides that matter most; more would bury them (and cost a URL each).
const MAX_SEARCH_SIDES = 2;

/** Up to k entries of a sorted index list closest to i. */
function nearest(list: number[], i: number, k: number): number[] {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]! < i) lo = mid + 1;
    else hi = mid;
  }
  const out: number[] = [];
  let a = lo - 1;
  let b = lo;
  while (out.length < k && (a >= 0 || b < list.length)) {
    if (b >= list.length || (a >= 0 && i - list[a]! <= list[b]! - i)) out.push(list[a--]!);
    else out.push(list[b++]!);
  }
  return out;
}

export function buildCounters(
  statements: Statement[],
  parties: Party[],
  disputes: Dispute[],
  providers: string[],
): Counter[][] {
  const byId = new Map(parties.map((p) => [p.id, p]));
  // Opposing sides: parties joined by a dispute, in either direction.
  const opp = new Map<string, Set<string>>();
  const link = (a: string | null, b: string): void => {
    if (!a || a === b) return;
    if (!opp.has(a)) opp.set(a, new Set());
    if (!opp.has(b)) opp.set(b, new Set());
    opp.get(a)!.add(b);
    opp.get(b)!.add(a);
  };
  for (const d of disputes) link(statements[d.from]?.party ?? null, d.against);
  const quoted = parties.filter((p) => p.quoted).map((p) => p.id);
  // labels once per statement, statements once per party: the loops below are per pair
  const labelOf = statements.map((s) => `${s.speaker ?? (s.party ? byId.get(s.party)?.name : undefined) ?? "?"}: ${firstWords(s.content.text)}`);
  const ofParty = new Map<string, number[]>();
  statements.forEach((s, j) => {
    if (!s.party) return;
    const l = ofParty.get(s.party);
    if (l) l.push(j);
    else ofParty.set(s.party, [j]);
  });
  // Without disputes every other side is a counterpart; long texts keep the most-quoted few.
  const quotedByVoice = quoted.sort((a, b) => (ofParty.get(b)?.length ?? 0) - (ofParty.get(a)?.length ?? 0));
  const answered = statements.map(() => new Set<number>());
  const mine = statements.map(() => new Set<string>());
  for (const d of disputes) {
    mine[d.from]?.add(d.against);
    if (d.answers === undefined) continue;
    answered[d.from]?.add(d.answers);
    answered[d.answers]?.add(d.from);
    const p = statements[d.from]?.party;
    if (p) mine[d.answers]?.add(p);
  }

  return statements.map((st, i) => {
    const own = st.party;
    let others = own ? [...(opp.get(own) ?? [])].slice(0, MAX_SIDES) : [];
    if (others.length === 0) others = quotedByVoice.filter((p) => p !== own).slice(0, MAX_SIDES);
    const out: Counter[] = [];
    const direct = answered[i]!;
    // the nearest few of each side (binary search in its index list), plus the direct answers:
    // bounded work per statement however long the text
    const pool: number[] = [...direct];
    for (const p of others) pool.push(...nearest(ofParty.get(p) ?? [], i, MAX_IN_ARTICLE));
    const inArticle = [...new Set(pool)]
      .filter((j) => j !== i)
      .sort((a, b) => Number(direct.has(b)) - Number(direct.has(a)) || Math.abs(a - i) - Math.abs(b - i))
      .slice(0, MAX_IN_ARTICLE);
    for (const j of inArticle) out.push({ kind: "in-article", statement: j, label: labelOf[j]! });
    // The side this statement answers or accuses first, then sides the article never quotes:
    // their answer is what this article does not carry.
    const mineI = mine[i]!;
    const targets = others
      .map((id) => byId.get(id))
      .filter((p): p is Party => p !== undefined)
      .sort((a, b) => Number(mineI.has(b.id)) - Number(mineI.has(a.id)) || Number(a.quoted) - Number(b.quoted))
      .slice(0, MAX_SEARCH_SIDES);
    const topic = topicTerms(st.content.text);
    if (targets.length === 0) out.push(...searchLinks(null, st.content.text, providers, topic));
    for (const p of targets) out.push(...searchLinks(p, st.content.text, providers, topic));
    return out;
  });
}
