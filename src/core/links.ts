// Counter-statements of each statement: first the opposing parties' statements in this article
// (the one it answers or that answers it first), then outbound search links built locally (the
// query form-encoded exactly as URLSearchParams does). Nothing is fetched here or anywhere in core.
import type { Counter, Dispute, Party, Statement } from "./types";
import { keyTerms, termSet } from "./disputes";
import { partitionPoint } from "./search";
import { unpossessed } from "./entities";

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
const SURROGATE = /[\uD800-\uDFFF]/;
const FORM_EXTRA = /[!'()~]/g;
const HAS_FORM_EXTRA = /[!'()~]/;
/**
 * `new URLSearchParams({ q }).toString()` (the WHATWG form encoding: space as "+", only
 * A-Z a-z 0-9 * - . _ left as they are, a lone surrogate as U+FFFD) without building the object
 * per link: encodeURIComponent, then the space as "+" and the four characters it leaves that the
 * form encoding escapes (each pass only where it has something to change: most queries hold
 * spaces and none of the four, nor any surrogate).
 */
export const queryString = (q: string): string => formEncoded(encodeURIComponent(SURROGATE.test(q) ? q.replace(LONE_SURROGATE, "\uFFFD") : q));

/** queryString from encodeURIComponent's result. */
function formEncoded(uri: string): string {
  const enc = uri.replaceAll("%20", "+");
  return "q=" + (HAS_FORM_EXTRA.test(enc) ? enc.replace(FORM_EXTRA, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`) : enc);
}

/** A provider's link for query q: `qs` is queryString(q), `uri` encodeURIComponent(q) when it was
 *  made already (else made here, when the provider asks for it). */
function searchUrl(provider: string, q: string, qs: string, uri?: string): string | null {
  switch (provider) {
    // fixed https origins; the query only ever goes through queryString or encodeURIComponent
    case "google-news":
      return `https://news.google.com/search?${qs}&hl=en`;
    case "bing-news":
      return `https://www.bing.com/news/search?${qs}`;
    case "duckduckgo":
      return `https://duckduckgo.com/?${qs}&ia=news`;
    case "factcheck":
      return `https://toolbox.google.com/factcheck/explorer/search/${uri ?? encodeURIComponent(q)};hl=en`;
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
  // (a side's own name is no search term; without a side every term is one)
  const pn = party ? party.name.toLowerCase() : "";
  const terms = party ? topic.filter((t) => !pn.includes(t.toLowerCase())).slice(0, 4) : topic.slice(0, 4);
  const q = party ? `"${party.name}" ${terms.join(" ")}`.trim() : terms.join(" ");
  if (!q) return [];
  const who = party ? party.name : "other accounts";
  const out: Counter[] = [];
  // A query without surrogates (nearly all) is encoded once: its encodeURIComponent is both the
  // form encoding's start and the fact-check path. (One with a surrogate keeps both ways as they
  // were: the form encoding replaces a lone one, encodeURIComponent throws on it.)
  const uri = SURROGATE.test(q) ? undefined : encodeURIComponent(q);
  const qs = uri !== undefined ? formEncoded(uri) : queryString(q);
  for (const p of providers) {
    if (p === "party-site") {
      const site = party ? PARTY_SITES[party.id] : undefined;
      if (!site) continue;
      const url = `https://duckduckgo.com/?${queryString(`site:${site} ${terms.join(" ")}`.trim())}`;
      out.push({ kind: "search", label: `${who} on ${site}`, url });
      continue;
    }
    const url = searchUrl(p, q, qs, uri);
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
  const b = new CounterBuilder(statements, parties, disputes, providers, isNonAnswerOf);
  return statements.map((st, i) => b.countersOf(st, i));
}

/** What depends on a statement's side only, made once per side: its opposing sides, the
 *  most-quoted others, and (for a statement naming no side and answering none) the sides searched. */
type OfSide = { explicit?: Set<string>; explicitNum?: ReadonlySet<number>; others: string[]; implicit: string[]; speaking?: string[]; targets?: Party[] };
const NO_SIDES: string[] = [];

/** The tables of one buildCounters run, made up front (sides, disputes, names) or on first use. */
class CounterBuilder {
  private readonly n: number;
  /** each statement's answer to isNonAnswerOf, kept (-1 not asked yet, else 0 or 1): asked per
   *  statement and again per candidate pair */
  private readonly nonAnswer: Int8Array;
  private readonly byId: Map<string, Party>;
  /** Opposing sides: parties joined by a dispute, in either direction. */
  private readonly opp = new Map<string, Set<string>>();
  /** labels once per statement (made when first offered: most statements never are) */
  private readonly labels: (string | undefined)[];
  /** the statements of each party, in order, non-answers left out */
  private readonly ofParty = new Map<string, number[]>();
  // per statement, allocated only for the few statements in a dispute (a page may hold 40,000)
  private readonly answered: (Set<number> | undefined)[];
  private readonly mine: (Set<string> | undefined)[];
  // each statement's term stems as sorted numbers: a pair's shared count is one merge, no hashing
  private readonly stemId = new Map<string, number>();
  private readonly termsAt: (Int32Array | undefined)[];
  /** (one array per distinct content: termSet gives equal contents one set) */
  private readonly idsOfSet = new Map<ReadonlySet<string>, Int32Array>();
  private readonly namedSides: ReadonlySet<string>[];
  private readonly quotedByVoice: string[];
  /** Search links depend on the side and the opening of the content only: made once per side and
   *  opening, their strings shared by every statement that repeats them. */
  private readonly linkCache = new Map<string, { topic: string[]; bySide: Map<string, Counter[]> }>();
  // The pair loop reads numbers only: each side a small number, each statement's side and parent in
  // typed arrays (statement objects come in many shapes: reading them per pair is slow).
  private readonly sideNum = new Map<string, number>();
  private readonly sideOf: Int32Array;
  private readonly parentOf: Int32Array;
  private readonly mineNum: (ReadonlySet<number> | undefined)[];
  private readonly namedNum: ReadonlySet<number>[];
  private readonly perSide = new Map<string, OfSide>();
  /** Candidates of the statement being read, in the order first met, each once: the first poolN
   *  entries (reused: an array emptied by `length = 0` loses its storage and grows it again for
   *  every statement), and a stamp per statement instead of a Set. */
  private readonly pool: number[] = [];
  private poolN = 0;
  private readonly stamp: Int32Array;
  private current = -1;
  private readonly poolPerSide: number;
  private readonly bestJ: number[] = [];
  private readonly bestScore: number[] = [];

  constructor(
    private readonly statements: Statement[],
    parties: Party[],
    disputes: Dispute[],
    private readonly providers: string[],
    private readonly isNonAnswerOf: (i: number) => boolean,
  ) {
    const n = (this.n = statements.length);
    // Per-statement tables are made whole up front: filled out of order, a growing array turns
    // into a slow dictionary on a page of 40,000 statements.
    this.nonAnswer = new Int8Array(n).fill(-1);
    this.byId = new Map(parties.map((p) => [p.id, p]));
    for (const d of disputes) this.link(statements[d.from]?.party, d.against);
    this.labels = perStatement(n);
    statements.forEach((s, j) => {
      if (!s.party || this.isNonAnswer(j)) return;
      const l = this.ofParty.get(s.party);
      if (l) l.push(j);
      else this.ofParty.set(s.party, [j]);
    });
    this.answered = perStatement(n);
    this.mine = perStatement(n);
    this.readDisputes(disputes);
    this.termsAt = perStatement(n);
    this.namedSides = this.sidesNamed(parties);
    this.quotedByVoice = parties
      .filter((p) => p.quoted && this.ofParty.has(p.id))
      .map((p) => p.id)
      .sort((a, b) => this.ofParty.get(b)!.length - this.ofParty.get(a)!.length);
    this.poolPerSide = n > BIG_PAGE ? POOL_PER_SIDE_BIG : POOL_PER_SIDE;
    this.stamp = new Int32Array(n).fill(-1);
    this.sideOf = new Int32Array(n).fill(-1);
    this.parentOf = new Int32Array(n).fill(-1);
    statements.forEach((s, j) => {
      if (s.party) this.sideOf[j] = this.numOf(s.party);
      if (s.parent !== undefined) this.parentOf[j] = s.parent;
    });
    this.mineNum = this.mine.map((set) => this.numSet(set));
    this.namedNum = this.namedSides.map((set) => this.numSet(set)!);
  }

  private isNonAnswer(k: number): boolean {
    const v = this.nonAnswer[k]!;
    if (v >= 0) return v === 1;
    const yes = this.isNonAnswerOf(k);
    this.nonAnswer[k] = yes ? 1 : 0;
    return yes;
  }

  private link(a: string | null | undefined, b: string): void {
    const opp = this.opp;
    if (!a || a === b || !this.byId.has(a) || !this.byId.has(b)) return;
    if (!opp.has(a)) opp.set(a, new Set());
    if (!opp.has(b)) opp.set(b, new Set());
    opp.get(a)!.add(b);
    opp.get(b)!.add(a);
  }

  /** Who answers whom (both ways), and the sides each statement takes aim at or answers. */
  private readDisputes(disputes: Dispute[]): void {
    const { statements, answered, mine, n } = this;
    const setAt = <T>(sets: (Set<T> | undefined)[], k: number): Set<T> | undefined => (k >= 0 && k < n ? (sets[k] ??= new Set<T>()) : undefined);
    for (const d of disputes) {
      setAt(mine, d.from)?.add(d.against);
      if (d.answers === undefined) continue;
      setAt(answered, d.from)?.add(d.answers);
      setAt(answered, d.answers)?.add(d.from);
      const p = statements[d.from]?.party;
      if (p) setAt(mine, d.answers)?.add(p);
    }
  }

  /** The speaking sides each statement names ("concerns about Vindman's judgment"): their answer is
   *  on the same matter. Sides are found by their capitalized last words, through an index (one
   *  look-up per capitalized word of the content's opening), and only when the word names one side. */
  private sidesNamed(parties: Party[]): ReadonlySet<string>[] {
    const byLast = new Map<string, Set<string>>();
    // a side the text only describes is named by "the" and its head ("the ministry")
    const described = new Map<string, string>();
    for (const p of parties) {
      if (!this.ofParty.has(p.id)) continue;
      for (const a of [p.name, ...p.aliases]) {
        const ws = a.split(/\s+/);
        const l = ws[ws.length - 1]!.replace(/[’']s$/, "");
        if (ws.length === 2 && ws[0] === "the" && /^\p{Ll}{3,}$/u.test(l)) described.set(l, described.has(l) ? "" : p.id);
        if (ws.length > 4 || !/^\p{Lu}[\p{Ll}’'-]{2,}$/u.test(l)) continue;
        (byLast.get(l) ?? byLast.set(l, new Set()).get(l)!).add(p.id);
      }
    }
    const theHead = described.size ? new RegExp(`\\bthe (${[...described.keys()].join("|")})\\b`, "gi") : null;
    return this.statements.map((s): ReadonlySet<string> => {
      // (no side to find: the content is not read)
      if (!s.party || (byLast.size === 0 && !theHead)) return NONE;
      const out = new Set<string>();
      const content = s.content.text.slice(0, 400);
      for (const w of content.match(CAP_WORD) ?? []) {
        const hit = byLast.get(unpossessed(w));
        if (hit && hit.size === 1) {
          const p = [...hit][0]!;
          if (p !== s.party) out.add(p);
        }
      }
      for (const m of theHead ? content.matchAll(theHead) : []) {
        const p = described.get(m[1]!.toLowerCase());
        if (p && p !== s.party) out.add(p);
      }
      return out;
    });
  }

  private numOf(p: string): number {
    let n = this.sideNum.get(p);
    if (n === undefined) this.sideNum.set(p, (n = this.sideNum.size));
    return n;
  }

  private numSet(set: ReadonlySet<string> | undefined): ReadonlySet<number> | undefined {
    if (set === undefined) return undefined;
    if (set.size === 0) return NONE;
    const out = new Set<number>();
    for (const p of set) out.add(this.numOf(p));
    return out;
  }

  private labelOf(j: number): string {
    const s = this.statements[j]!;
    return (this.labels[j] ??= `${s.speaker ?? (s.party ? this.byId.get(s.party)?.name : undefined) ?? "?"}: ${firstWords(s.content.text)}`);
  }

  private termsOf(k: number): Int32Array {
    let t = this.termsAt[k];
    if (!t) {
      const set = termSet(this.statements[k]!.content.text);
      t = this.idsOfSet.get(set);
      if (!t) this.idsOfSet.set(set, (t = stemIds(set, this.stemId)));
      this.termsAt[k] = t;
    }
    return t;
  }

  private ofSide(own: string): OfSide {
    let o = this.perSide.get(own);
    if (!o) {
      const explicit = this.opp.get(own);
      o = {
        explicit,
        explicitNum: this.numSet(explicit),
        others: firstOf(explicit ?? [], MAX_SIDES),
        implicit: firstOf(this.quotedByVoice, MAX_SIDES, (p) => p !== own && !explicit?.has(p)),
      };
      this.perSide.set(own, o);
    }
    return o;
  }

  /** The counters of statement i: the best in the article, then search links. */
  countersOf(st: Statement, i: number): Counter[] {
    const own = st.party;
    const out: Counter[] = [];
    const side0 = own ? this.ofSide(own) : undefined;
    if (own && !this.isNonAnswer(i)) this.inArticle(i, side0!, out);
    // The side this statement answers or accuses first, then sides the article never quotes:
    // their answer is what this article does not carry.
    const others = side0 ? side0.others : NO_SIDES;
    const mineI = this.mine[i];
    const targets = mineI === undefined ? (side0 ? (side0.targets ??= this.targetsOf(others, NONE)) : []) : this.targetsOf(others, mineI);
    const links = this.linksOf(st.content.text);
    if (targets.length === 0) links(null, out);
    for (const p of targets) links(p, out);
    return out;
  }

  private take(j: number): void {
    if (this.stamp[j] === this.current) return;
    this.stamp[j] = this.current;
    this.pool[this.poolN++] = j;
  }

  /** The candidates of statement i: its direct answers, then the nearest statements of the sides it
   *  names or opposes and of the most-quoted others. */
  private fillPool(i: number, side0: OfSide, direct: ReadonlySet<number>): void {
    const explicit = side0.explicit;
    this.poolN = 0;
    this.current = i;
    const take = (j: number): void => this.take(j);
    for (const j of direct) take(j);
    // (opposing sides that speak in the article: a side only accused has no statement to offer)
    const named = this.namedSides[i]!;
    let speaking: string[];
    if (named.size === 0) speaking = side0.speaking ??= firstOf(explicit ?? [], MAX_SIDES, (p) => this.ofParty.has(p));
    else {
      const first = firstOf(named, MAX_SIDES);
      speaking = [...first, ...firstOf(explicit ?? [], MAX_SIDES - first.length, (p) => this.ofParty.has(p) && !named.has(p))];
    }
    // Sides in no dispute with this one may still answer it on the same matter: the most-quoted few
    for (const sides of [speaking, side0.implicit]) for (const p of sides) nearest(this.ofParty.get(p) ?? [], i, this.poolPerSide, take);
  }

  /** The best counters of statement i in the article, best first: every direct answer (a denial
   *  and what it denies), then the best others up to MAX_IN_ARTICLE. */
  private inArticle(i: number, side0: OfSide, out: Counter[]): void {
    const { pool, sideOf, parentOf, mineNum, namedNum, bestJ, bestScore } = this;
    const ownN = sideOf[i]!;
    const explicitN = side0.explicitNum;
    const direct: ReadonlySet<number> = this.answered[i] ?? NONE;
    this.fillPool(i, side0, direct);
    const keep = Math.max(MAX_IN_ARTICLE, direct.size);
    // the best candidates, best first (ties in the order met, as a stable sort gives)
    let bestN = 0;
    // (this statement's side tables, read once for all its candidates)
    const mineOfI = mineNum[i];
    const namedOfI = namedNum[i]!;
    const parentI = parentOf[i]!;
    for (let q = 0; q < this.poolN; q++) {
      const j = pool[q]!;
      const side = sideOf[j]!;
      if (j === i || side < 0 || side === ownN || this.isNonAnswer(j) || parentOf[j] === i || parentI === j) continue;
      const mineOfJ = mineNum[j];
      const aimed = (mineOfI !== undefined && mineOfI.has(side)) || (mineOfJ !== undefined && mineOfJ.has(ownN)) || namedOfI.has(side) || namedNum[j]!.has(ownN);
      const isDirect = direct.has(j);
      // the same matter: an answer, or shared names and topic words
      const opposed = explicitN !== undefined && explicitN.has(side);
      const need = opposed ? MIN_SHARED_OPPOSED : MIN_SHARED_OTHER;
      // no count of shared words reaches an infinite bar: spare the count
      if (!isDirect && !aimed && need === Infinity) continue;
      const shared = overlap(this.termsOf(i), this.termsOf(j));
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
    for (let k = 0; k < bestN; k++) out.push({ kind: "in-article", statement: bestJ[k]!, label: this.labelOf(bestJ[k]!) });
  }

  /** The sides searched for a statement: the ones it answers or accuses first, then the quoted. */
  private targetsOf(others: string[], mineI: ReadonlySet<string>): Party[] {
    // (sorted in place, stably, by insertion: a handful of sides)
    const targets: Party[] = [];
    for (const id of others) {
      const p = this.byId.get(id);
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
  }

  private linksOf(content: string): (p: Party | null, out: Counter[]) => void {
    const opening = content.slice(0, TOPIC_CHARS);
    let c = this.linkCache.get(opening);
    if (!c) this.linkCache.set(opening, (c = { topic: topicTerms(opening), bySide: new Map() }));
    const { topic, bySide } = c;
    return (p, out) => {
      const key = p ? p.id : "";
      let links = bySide.get(key);
      if (!links) bySide.set(key, (links = searchLinks(p, opening, this.providers, topic)));
      for (const l of links) out.push({ kind: l.kind, label: l.label, url: l.url });
    };
  }
}

/** A table with one (empty) entry per statement. */
const perStatement = <T>(n: number): (T | undefined)[] => new Array<T | undefined>(n).fill(undefined);

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
