// Counter-statements of each statement: first the opposing parties' statements in this article
// (the one it answers or that answers it first), then outbound search links built locally (the
// query form-encoded exactly as URLSearchParams does). Nothing is fetched here or anywhere in core.
import type { Counter, Dispute, Party, Statement } from "./types";
import { keyTerms, termSet } from "./disputes";
import { partitionPoint } from "./search";

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

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const FORM_EXTRA = /%20|[!'()~]/g;
/**
 * `new URLSearchParams({ q }).toString()` (the WHATWG form encoding: space as "+", only
 * A-Z a-z 0-9 * - . _ left as they are, a lone surrogate as U+FFFD) without building the object
 * per link: encodeURIComponent, then the five characters it leaves that the form encoding escapes.
 */
export const queryString = (q: string): string =>
  "q=" + encodeURIComponent(q.replace(LONE_SURROGATE, "\uFFFD")).replace(FORM_EXTRA, (c) => (c === "%20" ? "+" : `%${c.charCodeAt(0).toString(16).toUpperCase()}`));

function searchUrl(provider: string, q: string, qs: string): string | null {
  switch (provider) {
    // fixed https origins; the query only ever goes through queryString or encodeURIComponent
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

/** How much of a statement's opening its search query is made from. */
const TOPIC_CHARS = 240;
/** Key terms of a statement for a search query (from its opening: that is where the topic is). */
export const topicTerms = (content: string): string[] => keyTerms(content.slice(0, TOPIC_CHARS), 6);

const PROVIDER_LABEL: Record<string, string> = {
  "google-news": "Google News",
  "bing-news": "Bing News",
  duckduckgo: "DuckDuckGo",
  factcheck: "Fact Check Explorer",
};

const SPACES = /\s+/g;
/**
 * The first n words of the opening (`split(/\s+/)` pieces, a trailing empty one included, joined
 * by one space), then " …" when more follow: found by the white space between them, never by
 * splitting the whole opening into words.
 */
const firstWords = (s: string, n = 8): string => {
  const t = s.slice(0, 160).replace(/^[\s“"‘']+/, "");
  SPACES.lastIndex = 0;
  let seps = 0;
  for (let m = SPACES.exec(t); m !== null; m = SPACES.exec(t)) {
    if (++seps === n) return t.slice(0, m.index).replace(SPACES, " ") + " …";
  }
  return t.replace(SPACES, " ");
};

/** Search links to find a party's own words on the statement's topic. */
export function searchLinks(party: Party | null, content: string, providers: string[], topic: string[] = topicTerms(content)): Counter[] {
  const pn = party ? party.name.toLowerCase() : "";
  const terms = topic.filter((t) => !pn.includes(t.toLowerCase())).slice(0, 4);
  const q = party ? `"${party.name}" ${terms.join(" ")}`.trim() : terms.join(" ");
  if (!q) return [];
  const who = party ? party.name : "other accounts";
  const out: Counter[] = [];
  const qs = queryString(q);
  for (const p of providers) {
    if (p === "party-site") {
      const site = party ? PARTY_SITES[party.id] : undefined;
      if (!site) continue;
      const url = `https://duckduckgo.com/?${queryString(`site:${site} ${terms.join(" ")}`.trim())}`;
      out.push({ kind: "search", label: `${who} on ${site}`, url });
      continue;
    }
    const url = searchUrl(p, q, qs);
    if (url) out.push({ kind: "search", label: `${who}: ${PROVIDER_LABEL[p] ?? p}`, url });
  }
  return out;
}

const CAP_WORD = /\p{Lu}[\p{Ll}’'-]{2,}/gu;
/** The empty set of every statement with nothing to list (shared, never written). */
const NONE: ReadonlySet<never> = new Set();

const MAX_SIDES = 6;
/** Counter-statements in the article offered per statement: the best few, never a list to wade through
 *  (a statement answered by more denials than that lists all of them). */
export const MAX_IN_ARTICLE = 3;
/** Statements of each opposing side looked at per statement (the nearest ones): bounded work. */
const POOL_PER_SIDE = 12;
/**
 * A page with more statements than any article holds (the longest news articles hold a few
 * hundred; a generated or hostile page tens of thousands) looks at fewer per side: its counters
 * come from the nearest few, at a third of the cost per statement.
 */
const BIG_PAGE = 2_000;
const POOL_PER_SIDE_BIG = 4;
/** Shared names and topic words that make two statements of opposed sides speak to one matter. */
const MIN_SHARED_OPPOSED = 1;
/** The same for two sides the article sets in no dispute: more must be shared. */
const MIN_SHARED_OTHER = Infinity;
// Search links for the two sides that matter most; more would bury them (and cost a URL each).
const MAX_SEARCH_SIDES = 2;

/** The first k items that pass `keep`, in order; stops there (a page with thousands of sides pays k per statement). */
function firstOf<T>(items: Iterable<T>, k: number, keep: (x: T) => boolean = () => true): T[] {
  const out: T[] = [];
  if (k <= 0) return out;
  for (const x of items) {
    if (!keep(x)) continue;
    out.push(x);
    if (out.length >= k) break;
  }
  return out;
}

/** Up to k entries of a sorted index list closest to i, nearest first, each given to `take`. */
function nearest(list: number[], i: number, k: number, take: (j: number) => void): void {
  const lo = partitionPoint(list.length, (mid) => list[mid]! < i);
  let a = lo - 1;
  let b = lo;
  for (let n = 0; n < k && (a >= 0 || b < list.length); n++) {
    if (b >= list.length || (a >= 0 && i - list[a]! <= list[b]! - i)) take(list[a--]!);
    else take(list[b++]!);
  }
}

/**
 * Counter-statements: for each statement of a side, the statements of the sides it is in dispute
 * with (in either direction) that answer it or speak to the same matter (shared names and topic
 * words), best first and at most MAX_IN_ARTICLE; then search links for the opposing sides' own
 * words. Statements without a side (neutral speakers) and non-answers get no in-article counters
 * and are never offered as one. `providers` are the link providers the reader chose.
 */
export function buildCounters(
  statements: Statement[],
  parties: Party[],
  disputes: Dispute[],
  providers: string[],
  isNonAnswerOf: (i: number) => boolean = () => false,
): Counter[][] {
  // Per-statement tables are made whole up front: filled out of order, a growing array turns
  // into a slow dictionary on a page of 40,000 statements.
  const perStatement = <T>(): (T | undefined)[] => new Array<T | undefined>(statements.length).fill(undefined);
  // asked per statement and again per candidate pair: each statement's answer is kept
  // (-1 not asked yet, else 0 or 1)
  const nonAnswer = new Int8Array(statements.length).fill(-1);
  const isNonAnswer = (k: number): boolean => {
    const v = nonAnswer[k]!;
    if (v >= 0) return v === 1;
    const yes = isNonAnswerOf(k);
    nonAnswer[k] = yes ? 1 : 0;
    return yes;
  };
  const byId = new Map(parties.map((p) => [p.id, p]));
  // Opposing sides: parties joined by a dispute, in either direction.
  const opp = new Map<string, Set<string>>();
  const link = (a: string | null | undefined, b: string): void => {
    if (!a || a === b || !byId.has(a) || !byId.has(b)) return;
    if (!opp.has(a)) opp.set(a, new Set());
    if (!opp.has(b)) opp.set(b, new Set());
    opp.get(a)!.add(b);
    opp.get(b)!.add(a);
  };
  for (const d of disputes) link(statements[d.from]?.party, d.against);
  // labels once per statement, statements once per party: the loops below are per pair
  // (made when first offered: most statements are never offered as another's counter)
  const labels = perStatement<string>();
  const labelOf = (j: number): string => {
    const s = statements[j]!;
    return (labels[j] ??= `${s.speaker ?? (s.party ? byId.get(s.party)?.name : undefined) ?? "?"}: ${firstWords(s.content.text)}`);
  };
  const ofParty = new Map<string, number[]>();
  statements.forEach((s, j) => {
    if (!s.party || isNonAnswer(j)) return;
    const l = ofParty.get(s.party);
    if (l) l.push(j);
    else ofParty.set(s.party, [j]);
  });
  // per statement, allocated only for the few statements in a dispute (a page may hold 40,000)
  const answered = perStatement<Set<number>>();
  const mine = perStatement<Set<string>>();
  const setAt = <T>(sets: (Set<T> | undefined)[], k: number): Set<T> | undefined => (k >= 0 && k < statements.length ? (sets[k] ??= new Set<T>()) : undefined);
  for (const d of disputes) {
    setAt(mine, d.from)?.add(d.against);
    if (d.answers === undefined) continue;
    setAt(answered, d.from)?.add(d.answers);
    setAt(answered, d.answers)?.add(d.from);
    const p = statements[d.from]?.party;
    if (p) setAt(mine, d.answers)?.add(p);
  }
  // per index: a look-up by content string hashes and compares the whole content, per pair
  // each statement's term stems as sorted numbers: a pair's shared count is one merge, no hashing
  const stemId = new Map<string, number>();
  const termsAt = perStatement<Int32Array>();
  // (one array per distinct content: termSet gives equal contents one set)
  const idsOfSet = new Map<ReadonlySet<string>, Int32Array>();
  const termsOf = (k: number): Int32Array => {
    let t = termsAt[k];
    if (!t) {
      const set = termSet(statements[k]!.content.text);
      t = idsOfSet.get(set);
      if (!t) idsOfSet.set(set, (t = stemIds(set, stemId)));
      termsAt[k] = t;
    }
    return t;
  };
  // The speaking sides a statement names ("concerns about Vindman's judgment"): their answer is on
  // the same matter. Sides are found by their capitalized last words, through an index (one look-up
  // per capitalized word of the content's opening), and only when the word names one side.
  const byLast = new Map<string, Set<string>>();
  for (const p of parties) {
    if (!ofParty.has(p.id)) continue;
    for (const a of [p.name, ...p.aliases]) {
      const ws = a.split(/\s+/);
      const l = ws[ws.length - 1]!.replace(/[’']s$/, "");
      if (ws.length > 4 || !/^\p{Lu}[\p{Ll}’'-]{2,}$/u.test(l)) continue;
      (byLast.get(l) ?? byLast.set(l, new Set()).get(l)!).add(p.id);
    }
  }
  const namedSides = statements.map((s): ReadonlySet<string> => {
    if (!s.party) return NONE;
    const out = new Set<string>();
    for (const w of s.content.text.slice(0, 400).match(CAP_WORD) ?? []) {
      const hit = byLast.get(w.replace(/[’']s$/, ""));
      if (hit && hit.size === 1) {
        const p = [...hit][0]!;
        if (p !== s.party) out.add(p);
      }
    }
    return out;
  });
  const quotedByVoice = parties
    .filter((p) => p.quoted && ofParty.has(p.id))
    .map((p) => p.id)
    .sort((a, b) => ofParty.get(b)!.length - ofParty.get(a)!.length);

  // Search links depend on the side and the opening of the content only: made once per side and
  // opening, their strings shared by every statement that repeats them.
  const linkCache = new Map<string, { topic: string[]; bySide: Map<string, Counter[]> }>();
  const linksOf = (content: string): ((p: Party | null, out: Counter[]) => void) => {
    const opening = content.slice(0, TOPIC_CHARS);
    let c = linkCache.get(opening);
    if (!c) linkCache.set(opening, (c = { topic: topicTerms(opening), bySide: new Map() }));
    const { topic, bySide } = c;
    return (p, out) => {
      const key = p ? p.id : "";
      let links = bySide.get(key);
      if (!links) bySide.set(key, (links = searchLinks(p, opening, providers, topic)));
      for (const l of links) out.push({ kind: l.kind, label: l.label, url: l.url });
    };
  };
  // (reused: the first poolN entries are this statement's; an array emptied by `length = 0` loses
  // its storage and grows it again for every statement)
  const pool: number[] = [];
  let poolN = 0;
  const poolPerSide = statements.length > BIG_PAGE ? POOL_PER_SIDE_BIG : POOL_PER_SIDE;
  const stamp = new Int32Array(statements.length).fill(-1);
  let current = -1; // the statement whose pool is being filled
  const take = (j: number): void => {
    if (stamp[j] === current) return;
    stamp[j] = current;
    pool[poolN++] = j;
  };
  // The pair loop below reads numbers only: each side a small number, each statement's side and
  // parent in typed arrays (statement objects come in many shapes: reading them per pair is slow).
  const sideNum = new Map<string, number>();
  const numOf = (p: string): number => {
    let n = sideNum.get(p);
    if (n === undefined) sideNum.set(p, (n = sideNum.size));
    return n;
  };
  const sideOf = new Int32Array(statements.length).fill(-1);
  const parentOf = new Int32Array(statements.length).fill(-1);
  statements.forEach((s, j) => {
    if (s.party) sideOf[j] = numOf(s.party);
    if (s.parent !== undefined) parentOf[j] = s.parent;
  });
  const numSet = (set: ReadonlySet<string> | undefined): ReadonlySet<number> | undefined => {
    if (set === undefined) return undefined;
    if (set.size === 0) return NONE;
    const out = new Set<number>();
    for (const p of set) out.add(numOf(p));
    return out;
  };
  const mineNum = mine.map(numSet);
  const namedNum = namedSides.map((set) => numSet(set)!);
  // What depends on the statement's side only, made once per side: its opposing sides, the
  // most-quoted others, and (for a statement naming no side and answering none) the sides searched.
  type OfSide = { explicit?: Set<string>; explicitNum?: ReadonlySet<number>; others: string[]; implicit: string[]; speaking?: string[]; targets?: Party[] };
  const perSide = new Map<string, OfSide>();
  const ofSide = (own: string): OfSide => {
    let o = perSide.get(own);
    if (!o) {
      const explicit = opp.get(own);
      o = {
        explicit,
        explicitNum: numSet(explicit),
        others: firstOf(explicit ?? [], MAX_SIDES),
        implicit: firstOf(quotedByVoice, MAX_SIDES, (p) => p !== own && !explicit?.has(p)),
      };
      perSide.set(own, o);
    }
    return o;
  };
  /** The sides searched for a statement: the ones it answers or accuses first, then the quoted. */
  const targetsOf = (others: string[], mineI: ReadonlySet<string>): Party[] => {
    // (sorted in place, stably, by insertion: a handful of sides)
    const targets: Party[] = [];
    for (const id of others) {
      const p = byId.get(id);
      if (!p) continue;
      let k = targets.length;
      while (k > 0 && (Number(mineI.has(p.id)) - Number(mineI.has(targets[k - 1]!.id)) || Number(targets[k - 1]!.quoted) - Number(p.quoted)) > 0) {
        targets[k] = targets[k - 1]!;
        k--;
      }
      targets[k] = p;
    }
    if (targets.length > MAX_SEARCH_SIDES) targets.length = MAX_SEARCH_SIDES;
    return targets;
  };
  const NO_SIDES: string[] = [];
  const bestJ: number[] = [];
  const bestScore: number[] = [];
  return statements.map((st, i) => {
    const own = st.party;
    const out: Counter[] = [];
    const side0 = own ? ofSide(own) : undefined;
    const explicit = side0?.explicit;
    const others = side0 ? side0.others : NO_SIDES;
    if (own && !isNonAnswer(i)) {
      const ownN = sideOf[i]!;
      const explicitN = side0!.explicitNum;
      // Sides in no dispute with this one may still answer it on the same matter: the most-quoted few
      const implicit = side0!.implicit;
      const direct: ReadonlySet<number> = answered[i] ?? NONE;
      // candidates in the order first met, each once (a stamp per statement instead of a Set)
      poolN = 0;
      current = i;
      for (const j of direct) take(j);
      // (opposing sides that speak in the article: a side only accused has no statement to offer)
      const named = namedSides[i]!;
      let speaking: string[];
      if (named.size === 0) speaking = side0!.speaking ??= firstOf(explicit ?? [], MAX_SIDES, (p) => ofParty.has(p));
      else {
        const first = firstOf(named, MAX_SIDES);
        speaking = [...first, ...firstOf(explicit ?? [], MAX_SIDES - first.length, (p) => ofParty.has(p) && !named.has(p))];
      }
      for (const sides of [speaking, implicit]) for (const p of sides) nearest(ofParty.get(p) ?? [], i, poolPerSide, take);
      // every direct answer (a denial and what it denies), then the best others up to MAX_IN_ARTICLE
      const keep = Math.max(MAX_IN_ARTICLE, direct.size);
      // the best candidates, best first (ties in the order met, as a stable sort gives)
      let bestN = 0;
      // (this statement's side tables, read once for all its candidates)
      const mineOfI = mineNum[i];
      const namedOfI = namedNum[i]!;
      const parentI = parentOf[i]!;
      for (let q = 0; q < poolN; q++) {
        const j = pool[q]!;
        const side = sideOf[j]!;
        if (j === i || side < 0 || side === ownN || isNonAnswer(j) || parentOf[j] === i || parentI === j) continue;
        const mineOfJ = mineNum[j];
        const aimed = (mineOfI !== undefined && mineOfI.has(side)) || (mineOfJ !== undefined && mineOfJ.has(ownN)) || namedOfI.has(side) || namedNum[j]!.has(ownN);
        const isDirect = direct.has(j);
        // the same matter: an answer, or shared names and topic words
        const opposed = explicitN !== undefined && explicitN.has(side);
        const need = opposed ? MIN_SHARED_OPPOSED : MIN_SHARED_OTHER;
        // no count of shared words reaches an infinite bar: spare the count
        if (!isDirect && !aimed && need === Infinity) continue;
        const shared = overlap(termsOf(i), termsOf(j));
        if (!isDirect && !aimed && shared < need) continue;
        const score = (isDirect ? 1000 : 0) + shared * 10 + (aimed ? 5 : 0) - Math.abs(j - i) / 1000;
        // kept in place among the best: after every one scoring at least as much
        let at = bestN;
        while (at > 0 && bestScore[at - 1]! < score) at--;
        if (at >= keep) continue;
        // (shifted by hand: splice makes an array of what it removes on every call)
        if (bestN < keep) bestN++;
        for (let k = bestN - 1; k > at; k--) {
          bestJ[k] = bestJ[k - 1]!;
          bestScore[k] = bestScore[k - 1]!;
        }
        bestJ[at] = j;
        bestScore[at] = score;
      }
      for (let k = 0; k < bestN; k++) out.push({ kind: "in-article", statement: bestJ[k]!, label: labelOf(bestJ[k]!) });
    }
    // The side this statement answers or accuses first, then sides the article never quotes:
    // their answer is what this article does not carry.
    const mineI = mine[i];
    const targets = mineI === undefined ? (side0 ? (side0.targets ??= targetsOf(others, NONE)) : []) : targetsOf(others, mineI);
    const links = linksOf(st.content.text);
    if (targets.length === 0) links(null, out);
    for (const p of targets) links(p, out);
    return out;
  });
}

/** A set of words as their sorted numbers in `ids` (numbered on first sight). */
function stemIds(words: ReadonlySet<string>, ids: Map<string, number>): Int32Array {
  const out = new Int32Array(words.size);
  let n = 0;
  for (const w of words) {
    let id = ids.get(w);
    if (id === undefined) ids.set(w, (id = ids.size));
    out[n++] = id;
  }
  return out.sort();
}

/** How many numbers two sorted sets share. */
function overlap(a: Int32Array, b: Int32Array): number {
  let n = 0;
  for (let i = 0, j = 0; i < a.length && j < b.length; ) {
    if (a[i] === b[j]) {
      n++;
      i++;
      j++;
    } else if (a[i]! < b[j]!) i++;
    else j++;
  }
  return n;
}
