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

function searchUrl(provider: string, q: string): string | null {
  switch (provider) {
    // fixed https origins; the query only ever goes through URLSearchParams or encodeURIComponent
    case "google-news":
      return `https://news.google.com/search?${new URLSearchParams({ q, hl: "en" }).toString()}`;
    case "bing-news":
      return `https://www.bing.com/news/search?${new URLSearchParams({ q }).toString()}`;
    case "duckduckgo":
      return `https://duckduckgo.com/?${new URLSearchParams({ q, ia: "news" }).toString()}`;
    case "factcheck":
      return `https://toolbox.google.com/factcheck/explorer/search/${encodeURIComponent(q)};hl=en`;
    default:
      return null;
  }
}

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
export function searchLinks(party: Party | null, content: string, providers: string[]): Counter[] {
  const terms = keyTerms(content, 4).filter((t) => !party || !party.name.toLowerCase().includes(t.toLowerCase()));
  const q = party ? `"${party.name}" ${terms.join(" ")}`.trim() : terms.join(" ");
  if (!q) return [];
  const who = party ? party.name : "other accounts";
  const out: Counter[] = [];
  for (const p of providers) {
    if (p === "party-site") {
      const site = party ? PARTY_SITES[party.id] : undefined;
      if (!site) continue;
      const url = `https://duckduckgo.com/?${new URLSearchParams({ q: `site:${site} ${terms.join(" ")}`.trim() }).toString()}`;
      out.push({ kind: "search", label: `${who} on ${site}`, url });
      continue;
    }
    const url = searchUrl(p, q);
    if (url) out.push({ kind: "search", label: `${who}: ${PROVIDER_LABEL[p] ?? p}`, url });
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

  return statements.map((st, i) => {
    const own = st.party;
    let others = own ? [...(opp.get(own) ?? [])] : [];
    // With no dispute in the article, every other quoted side is a counterpart.
    if (others.length === 0) others = quoted.filter((p) => p !== own);
    const out: Counter[] = [];
    const direct = new Set<number>();
    for (const d of disputes) {
      if (d.answers === undefined) continue;
      if (d.from === i) direct.add(d.answers);
      if (d.answers === i) direct.add(d.from);
    }
    const inArticle = statements
      .map((s, j) => ({ s, j }))
      .filter(({ s, j }) => j !== i && s.party !== null && others.includes(s.party))
      .sort((a, b) => Number(direct.has(b.j)) - Number(direct.has(a.j)) || Math.abs(a.j - i) - Math.abs(b.j - i))
      .slice(0, 8);
    for (const { s, j } of inArticle)
      out.push({ kind: "in-article", statement: j, label: `${s.speaker ?? byId.get(s.party!)?.name ?? "?"}: ${firstWords(s.content.text)}` });
    // The side this statement answers or accuses first, then sides the article never quotes:
    // their answer is what this article does not carry.
    const mine = new Set<string>();
    for (const d of disputes) {
      if (d.from === i) mine.add(d.against);
      if (d.answers === i && statements[d.from]?.party) mine.add(statements[d.from]!.party!);
    }
    const targets = others
      .map((id) => byId.get(id))
      .filter((p): p is Party => p !== undefined)
      .sort((a, b) => Number(mine.has(b.id)) - Number(mine.has(a.id)) || Number(a.quoted) - Number(b.quoted))
      .slice(0, 3);
    if (targets.length === 0) out.push(...searchLinks(null, st.content.text, providers));
    for (const p of targets) out.push(...searchLinks(p, st.content.text, providers));
    return out;
  });
}
