// The one article extraction, shared by the content script (live page) and the CLI (a saved page
// parsed by linkedom): find the article's root by scoring the page read-only (Readability's
// paragraph-vote idea, without cloning the document), read the page's own evidence of being a
// news article (schema.org / OpenGraph types, byline, dateline, publication time), and fall back
// to the <article> element, the largest text block or the paragraphs when scoring finds nothing.
// DOM only (no layout, no browser API): both callers then read the text with the same walk
// (text-range.ts). It never modifies the document it reads.
//
// Every pass is linear in the number of elements: text and link lengths are summed bottom-up
// once, "unlikely" ancestry top-down once, so deeply nested pages cost no more than flat ones.
import { buildTextMap, classifyByTag, type Classification, type TextMap, type TextMapOptions } from "./text-range";
import type { PageSignals } from "../core/gate";

export type { PageSignals };

export type Article = {
  /** the lowest element holding the article */
  root: Element;
  /** Readability path: elements whose own text nodes belong to the article */
  kept?: Set<Element>;
  /** scoring path: elements under root that are page furniture, not article (nav, related, ads) */
  boilerplate?: (el: Element) => boolean;
  title: string;
  /** how the root was found: scoring, or one of the fallbacks (said in the popup) */
  via: ArticleVia;
};

export type ArticleVia = "scoring" | "article-element" | "largest-block" | "paragraphs" | "readability";

/** Elements above which the content script does no work at all (a page this big is no article). */
export const MAX_ELEMENTS = 40_000;
/** Text (characters) read at most; the rest of a bigger article is left unread and said so. */
export const MAX_TEXT_CHARS = 300_000;

// ---- per-element sums, computed once ----------------------------------------------------------

type Sums = {
  /** characters of non-blank text in the subtree */
  len: number;
  /** of which inside links */
  links: number;
};

/**
 * The passes over every element run in steps: they yield (to a caller that hands the page its
 * main thread between steps, as the content script does) after this many elements. Callers that
 * want the result at once drain them (`drain`); the result is the same either way.
 */
const STEP_ELEMENTS = 256;

/** Runs a step-wise pass to its end. */
export function drain<T>(steps: Generator<void, T>): T {
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}

/** Bottom-up text and link lengths for every element under (and including) `top`. Linear. */
export function measure(top: Element): Map<Element, Sums> {
  return drain(measureSteps(top));
}

/**
 * `measure` in steps. `all`: the elements under `top` in document order (querySelectorAll("*")),
 * when the caller already has them (the scoring pass walks the same list).
 */
export function* measureSteps(top: Element, all?: readonly Element[]): Generator<void, Map<Element, Sums>> {
  const list = all ?? Array.from(top.querySelectorAll("*"));
  const sums = new Map<Element, Sums>();
  // Children come after their parent in document order: walking backwards, a node's children
  // are done before it (top, before all of them, last).
  for (let i = list.length - 1; i >= -1; i--) {
    if (i % STEP_ELEMENTS === 0) yield;
    const el = i >= 0 ? list[i]! : top;
    sums.set(el, sumsOf(el, sums));
  }
  return sums;
}

/**
 * One element's sums from its children's (`known`, children done first): text with something
 * visible counts whole, text-free elements (script, style) not at all, and a link's text is all link.
 */
function sumsOf(el: Element, known: Map<Element, Sums>): Sums {
  let len = 0;
  let links = 0;
  for (let c = el.firstChild; c; c = c.nextSibling) {
    if (c.nodeType === 3) {
      const d = (c as Text).data;
      if (/\S/.test(d)) len += d.length;
    } else if (c.nodeType === 1 && !NO_TEXT.has((c as Element).tagName)) {
      const s = known.get(c as Element);
      if (s) {
        len += s.len;
        links += s.links;
      }
    }
  }
  if (el.tagName === "A") links = len;
  return { len, links };
}

/**
 * Per-element sums, measured on demand, each element once: scoring asks only for the paragraphs
 * that vote, the best candidates and the article's root, so the rest of the page (navigation,
 * footers, comments, ads) is never walked at all. In a content script every node touched costs a
 * wrapper object in the script's own world, which is most of the price of reading a page; the
 * numbers are exactly those of a pass over every element (`measure`), since each element's sums
 * are computed by the same rule from its children's.
 *
 * `seal()` ends the scan: what was measured until then stays as it was (like a full pass made
 * then), and an element not measured by then (late content) is measured afresh at every ask.
 */
export class SumTable {
  private sealed = false;
  constructor(private readonly memo = new Map<Element, Sums>()) {}

  /** The element's sums, measured now if they are not known. */
  get(el: Element): Sums {
    return this.memo.get(el) ?? drain(this.of(el));
  }

  seal(): void {
    this.sealed = true;
  }

  /**
   * `of` for a small subtree, without a generator (a paragraph: most of what is measured): its
   * sums, or null when more than STEP_ELEMENTS - 1 elements under `top` are to be measured, where
   * `of` would yield (nothing is recorded then; measure it with `of`). Same numbers as `of`.
   */
  small(top: Element): Sums | null {
    const known = this.memo.get(top);
    if (known) return known;
    const into = this.sealed ? new Map<Element, Sums>() : this.memo;
    const order: Element[] = [];
    for (const stack = [top]; stack.length; ) {
      if (order.push(stack.pop()!) >= STEP_ELEMENTS) return null;
      unmeasured(order[order.length - 1]!, into, stack);
    }
    for (let i = order.length - 1; i >= 0; i--) into.set(order[i]!, sumsOf(order[i]!, into));
    return into.get(top)!;
  }

  /** `get` in steps (a big subtree is measured a few hundred elements at a time). */
  *of(top: Element): Generator<void, Sums> {
    const known = this.memo.get(top);
    if (known) return known;
    const into = this.sealed ? new Map<Element, Sums>() : this.memo;
    // The elements below `top` whose sums are not known, parents before children (the text-free
    // ones, script and style, count for nothing and are not entered)...
    const order: Element[] = [];
    const stack: Element[] = [top];
    while (stack.length) {
      const el = stack.pop()!;
      order.push(el);
      unmeasured(el, into, stack);
      if (order.length % STEP_ELEMENTS === 0) yield;
    }
    // ...then measured children first, by the rule of `measure` (sumsOf).
    for (let i = order.length - 1; i >= 0; i--) {
      if (i % STEP_ELEMENTS === 0 && i > 0) yield;
      const el = order[i]!;
      into.set(el, sumsOf(el, into));
    }
    return into.get(top)!;
  }
}

/** Pushes the children of `el` whose sums are not in `into` (text-free ones are not entered), last first. */
function unmeasured(el: Element, into: Map<Element, Sums>, stack: Element[]): void {
  for (let c = el.lastElementChild; c; c = c.previousElementSibling) if (!NO_TEXT.has(c.tagName) && !into.has(c)) stack.push(c);
}

// ---- the scoring path --------------------------------------------------------------------------
// Readability's own idea (paragraphs score their ancestors by length and commas; class names
// weigh in; link-heavy blocks lose). Regexes are Readability's, defined once here. Its class-name
// patterns are /i; here they are matched against names lower-cased first (idClass, matchName),
// which gives the same answers and is cheaper to compile (on every page the content script reads)
// and to run.
export const RX = {
  unlikely: /-ad-|ai2html|banner|breadcrumbs|combx|comment|community|cover-wrap|disqus|extra|footer|gdpr|header|legends|menu|related|remark|replies|rss|shoutbox|sidebar|skyscraper|social|sponsor|supplemental|ad-break|agegate|pagination|pager|popup|yom-remote/,
  maybe: /and|article|body|column|content|main|shadow/,
  positive: /article|body|content|entry|hentry|h-entry|main|page|pagination|post|text|blog|story/,
  negative: /-ad-|hidden|^hid$| hid$| hid |^hid |banner|combx|comment|com-|contact|footer|gdpr|masthead|media|meta|outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|widget/,
  commas: /[,\u060C\uFE50\uFE10\uFE11\u2E41\u2E34\u2E32\uFF0C\u3001]/g,
};
const FURNITURE_TAGS = new Set(["NAV", "ASIDE", "FOOTER", "FORM", "BUTTON", "SELECT", "DIALOG", "MENU"]);
const FURNITURE_ROLES = new Set(["navigation", "complementary", "banner", "contentinfo", "menu", "menubar", "dialog", "alert", "search"]);
const NO_TEXT = new Set(["SCRIPT", "STYLE", "NOSCRIPT", "TEMPLATE"]);

/**
 * The element's class and id ("class id"), lower-cased for RX's class-name patterns (matchName).
 * A /i pattern (without u) takes an ASCII letter in either case for it, and nothing else; lower
 * case is that, except for the two characters whose lower case is an ASCII letter (U+0130 İ,
 * U+212A the Kelvin sign): a name holding one is left as it is and matched with /i.
 */
function idClass(el: Element): string {
  // An element without attributes (most inline elements, many paragraphs) has neither: one call
  // instead of two, each of which costs a string from the page in a content script.
  if (!el.hasAttributes()) return " ";
  const cls = el.getAttribute("class") ?? "";
  return lowerName(`${cls} ${el.id}`);
}

/** A class-and-id string as idClass gives it (exported for tests). */
export function lowerName(s: string): string {
  return unlowered(s) ? s : s.toLowerCase();
}

const unlowered = (s: string): boolean => s.includes("\u0130") || s.includes("\u212A");

/** The /i forms of RX's class-name patterns, made for the rare name that is not lower-cased. */
const IGNORE_CASE = new Map<RegExp, RegExp>();

/** Whether a class-name pattern of RX matches a name from idClass, as Readability's /i pattern does. */
export function matchName(rx: RegExp, s: string): boolean {
  if (!unlowered(s)) return rx.test(s);
  let ri = IGNORE_CASE.get(rx);
  if (!ri) IGNORE_CASE.set(rx, (ri = new RegExp(rx.source, "i")));
  return ri.test(s);
}

function classWeight(el: Element): number {
  const s = idClass(el);
  if (s.length < 2) return 0;
  return (matchName(RX.negative, s) ? -25 : 0) + (matchName(RX.positive, s) ? 25 : 0);
}

function unlikelySelf(el: Element): boolean {
  if (FURNITURE_TAGS.has(el.tagName)) return true;
  const s = idClass(el);
  return s.length > 1 && matchName(RX.unlikely, s) && !matchName(RX.maybe, s);
}

/** Share of a longer block's text in links above which the block is a list of links. */
const LINK_LIST = 0.9;

/** Page furniture inside an article container: navigation, share and related blocks, ads. */
export function isFurniture(el: Element, sums?: SumTable): boolean {
  if (FURNITURE_TAGS.has(el.tagName)) return true;
  const role = el.hasAttributes() ? el.getAttribute("role") : null;
  if (role && FURNITURE_ROLES.has(role)) return true;
  const s = idClass(el);
  if (s.length > 1 && matchName(RX.unlikely, s) && !matchName(RX.maybe, s)) return true;
  // Short link lists ("Read more: …", tag clouds) are furniture, and so is a list of any length
  // that is all links (related headlines); paragraphs with a link are not.
  const tag = el.tagName;
  if (tag === "UL" || tag === "OL" || tag === "DIV" || tag === "SECTION") {
    // Elements added after scoring (late content) are not in the sums: they are measured alone.
    const m = sums ? sums.get(el) : measure(el).get(el)!;
    if (m.len > 0 && m.links / m.len > (m.len < 400 ? 0.5 : LINK_LIST)) return true;
  }
  return false;
}

export type ScoreOptions = {
  /** paragraphs shorter than this (characters) do not vote */
  minParagraph?: number;
  /** an article shorter than this is not trusted, and scoring runs again without the unlikely filter */
  minArticle?: number;
  /** parent joins when it adds at least this share of article text (split stories) */
  climbShare?: number;
};

/** A paragraph that may vote, with its text length (its own sums). */
type Voter = { el: Element; len: number };

/**
 * One pass over the page for everything scoring needs: every element's sums (as `measure`), and
 * the elements that vote as paragraphs (<p>, <pre>, and <div>s with at least `minLen` characters
 * of their own text), in document order. Scoring then looks only at those and their ancestors,
 * not at every element again.
 */
export type Scan = { sums: SumTable; voters: Voter[]; minLen: number };

/** Default of `ScoreOptions.minParagraph`. */
const MIN_PARAGRAPH = 25;

/**
 * `Scan` in steps: `measure`'s bottom-up pass over the body's elements (`all`: the body's
 * elements in document order, querySelectorAll("*"), when the caller has them), which also notes
 * the paragraphs that vote, with their own text read in the same look at their children.
 */
export function* scanSteps(body: Element, minLen = MIN_PARAGRAPH, all?: readonly Element[]): Generator<void, Scan> {
  const list = all ?? Array.from(body.querySelectorAll("*"));
  const sums = new Map<Element, Sums>();
  const voters: Voter[] = [];
  // Children come after their parent in document order: walking backwards, a node's children
  // are done before it (body, before all of them, last).
  for (let i = list.length - 1; i >= -1; i--) {
    if (i % STEP_ELEMENTS === 0) yield;
    const el = i >= 0 ? list[i]! : body;
    const tag = el.tagName;
    const isDiv = tag === "DIV";
    let len = 0;
    let links = 0;
    let direct = 0;
    for (let c = el.firstChild; c; c = c.nextSibling) {
      const type = c.nodeType;
      if (type === 3) {
        const d = (c as Text).data;
        if (/\S/.test(d)) len += d.length;
        if (isDiv) direct += d.trim().length;
      } else if (type === 1 && !NO_TEXT.has((c as Element).tagName)) {
        const s = sums.get(c as Element);
        if (s) {
          len += s.len;
          links += s.links;
        }
      }
    }
    if (tag === "A") links = len;
    sums.set(el, { len, links });
    if (i >= 0 && len >= minLen && (tag === "P" || tag === "PRE" || (isDiv && direct >= minLen))) voters.push({ el, len });
  }
  // Found from the last element back: scoring wants document order.
  voters.reverse();
  return { sums: new SumTable(sums), voters, minLen };
}

/**
 * The elements that may vote (a superset: every <p> and <pre>, and every <div> with some non-blank
 * text of its own), in document order. (One walk with a test per element,
 * `.//*[self::p or self::pre or (self::div and …)]`, gives the same nodes but measured slower on
 * the real pages in Chromium: the browser finds `.//p` without evaluating a predicate per element.)
 */
const VOTER_XPATH = ".//p | .//pre | .//div[text()[normalize-space()]]";

/**
 * The same `Scan` as `scanSteps`, without walking the whole page: the browser's own XPath finds
 * the elements that may vote, and only they (with what they hold) are measured; every other sum
 * is measured when scoring asks for it (`SumTable`). Where the document has no XPath (linkedom in
 * the CLI), it is `scanSteps`. Same voters, in the same order, with the same lengths.
 */
export function* lazyScanSteps(body: Element, minLen = MIN_PARAGRAPH): Generator<void, Scan> {
  const doc = body.ownerDocument as Document | null;
  let found: XPathResult | null;
  try {
    // 7: ORDERED_NODE_SNAPSHOT_TYPE (document order)
    found = doc && typeof doc.evaluate === "function" ? doc.evaluate(VOTER_XPATH, body, null, 7, null) : null;
  } catch {
    found = null;
  }
  if (!found) return yield* scanSteps(body, minLen);
  const sums = new SumTable();
  const voters: Voter[] = [];
  for (let i = 0; i < found.snapshotLength; i++) {
    if (i % 64 === 63) yield;
    const el = found.snapshotItem(i) as Element | null;
    if (!el) continue;
    const tag = el.tagName;
    if (tag === "DIV") {
      // A <div> votes with enough text of its own (then its whole text is at least that long).
      let direct = 0;
      for (let c = el.firstChild; c; c = c.nextSibling) if (c.nodeType === 3) direct += (c as Text).data.trim().length;
      if (direct < minLen) continue;
    } else if (tag !== "P" && tag !== "PRE") continue;
    const { len } = sums.small(el) ?? (yield* sums.of(el));
    if (len >= minLen) voters.push({ el, len });
  }
  return { sums, voters, minLen };
}

/** Runs `scanSteps` to its end. */
export function scan(body: Element, minLen = MIN_PARAGRAPH): Scan {
  return drain(scanSteps(body, minLen));
}

/** Finds the article by scoring the page. Returns null when no paragraph qualifies. */
export function scoreArticle(doc: Document, opts: ScoreOptions = {}, pass?: Scan): Article | null {
  return drain(scoreSteps(doc, opts, pass));
}

/** `scoreArticle` in steps; `pass`: the page's scan, when the caller has it. */
export function* scoreSteps(doc: Document, opts: ScoreOptions = {}, pass?: Scan): Generator<void, Article | null> {
  const body = doc.body;
  if (!body) return null;
  const minLen = opts.minParagraph ?? MIN_PARAGRAPH;
  const s = pass && pass.minLen === minLen ? pass : yield* lazyScanSteps(body, minLen);
  // Like Readability's retry: some sites put the whole page in a wrapper whose class looks
  // unlikely ("has-sidebar"); if the strict pass finds too little, vote without that filter.
  const strict = yield* scoreOnce(doc, body, s, opts, true);
  if (strict && strict.chars >= (opts.minArticle ?? 500)) return strict.article;
  yield;
  const loose = yield* scoreOnce(doc, body, s, opts, false);
  if (loose && (!strict || loose.chars > strict.chars)) return loose.article;
  return strict?.article ?? null;
}

function* scoreOnce(doc: Document, body: HTMLElement, pass: Scan, opts: ScoreOptions, strict: boolean): Generator<void, { article: Article; chars: number } | null> {
  const sums = pass.sums;
  // Whether an element sits inside furniture (strict pass only): itself or an ancestor below
  // <body> looks unlikely. Looked up for the voters' ancestors only, each element once.
  const unlikely = new Map<Element, boolean>();
  const isUnlikely = (el: Element): boolean => {
    const chain: Element[] = [];
    let known = false;
    for (let x: Element | null = el; x && x !== body; x = x.parentElement) {
      const u = unlikely.get(x);
      if (u !== undefined) {
        known = u;
        break;
      }
      chain.push(x);
    }
    for (let i = chain.length - 1; i >= 0; i--) {
      known = known || unlikelySelf(chain[i]!);
      unlikely.set(chain[i]!, known);
    }
    return known;
  };
  const vote = new Map<Element, { s: number; chars: number }>();
  for (const { el, len } of pass.voters) {
    if (strict ? isUnlikely(el) : FURNITURE_TAGS.has(el.parentElement?.tagName ?? "")) continue;
    // Commas of the paragraph's own text (a paragraph inside another counts in both, as before).
    let commas = 0;
    for (let c = el.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === 3) commas += (c as Text).data.match(RX.commas)?.length ?? 0;
      else if (c.nodeType === 1 && !NO_TEXT.has((c as Element).tagName)) commas += inlineCommas(c as Element);
    }
    vote.set(el, { s: 1 + commas + Math.min(3, Math.floor(len / 100)), chars: len });
  }
  if (vote.size === 0) return null;
  // Scores for the three levels above each paragraph; and, for every ancestor up to <body>, the
  // votes and characters of the paragraphs inside it (all integers: the order of sums is free).
  const score = new Map<Element, number>();
  const total = new Map<Element, number>();
  const chars = new Map<Element, number>();
  for (const [p, { s, chars: n }] of vote) {
    let level = 0;
    for (let a = p.parentElement; a && a !== body.parentElement && level < 3; a = a.parentElement, level++) {
      if (!score.has(a)) score.set(a, classWeight(a) + (a.tagName === "DIV" ? 5 : a.tagName === "ARTICLE" ? 10 : 0));
      score.set(a, score.get(a)! + s / (level === 0 ? 1 : level === 1 ? 2 : level * 3));
    }
    for (let a = p.parentElement; a && a !== body.parentElement; a = a.parentElement) {
      total.set(a, (total.get(a) ?? 0) + s);
      chars.set(a, (chars.get(a) ?? 0) + n);
    }
  }
  // Link density only matters for the few best.
  const ranked = [...score.entries()].sort((a, b) => b[1] - a[1]).slice(0, 8);
  let best: Element | null = null;
  let bestScore = -Infinity;
  for (const [el, sc] of ranked) {
    // Link density is between 0 and 1, so a candidate scores at most max(sc, 0): one that cannot
    // beat the best so far is not measured at all.
    if (Math.max(sc, 0) <= bestScore) continue;
    const m = yield* sums.of(el);
    const density = m.len > 0 ? m.links / m.len : 0;
    const adjusted = sc * (1 - density);
    if (adjusted > bestScore) {
      bestScore = adjusted;
      best = el;
    }
  }
  if (!best) return null;
  // Climb while the parent holds a good share more article text (a story split over sibling
  // containers); a wrapper that adds nothing is not worth its extra furniture.
  let root = best;
  for (let p = root.parentElement; p && p !== body.parentElement; p = p.parentElement) {
    const inner = total.get(root) ?? 0;
    const outer = total.get(p) ?? 0;
    if (outer - inner < (opts.climbShare ?? 0.3) * inner) break;
    root = p;
  }
  const article: Article = { root, boilerplate: (el) => el !== root && isFurniture(el, sums), title: doc.title, via: "scoring" };
  return { article, chars: chars.get(root) ?? 0 };
}

/** Commas inside inline children of a paragraph (links, emphasis), not inside nested blocks. */
function inlineCommas(el: Element): number {
  let n = 0;
  for (let c = el.firstChild; c; c = c.nextSibling) {
    if (c.nodeType === 3) n += (c as Text).data.match(RX.commas)?.length ?? 0;
    else if (c.nodeType === 1 && classifyByTag(c as Element) === "inline") n += inlineCommas(c as Element);
  }
  return n;
}

// ---- fallbacks --------------------------------------------------------------------------------

/**
 * When scoring finds nothing (or too little) on a page that looks like an article: the page's
 * own <article> (or [itemprop=articleBody]) element, else the largest text block that is not
 * mostly links, else the body's paragraphs. Never null on a page with a body and some text.
 */
export function fallbackArticle(doc: Document, sums?: SumTable): Article | null {
  const body = doc.body;
  if (!body) return null;
  const m = sums ?? new SumTable(measure(body));
  const len = (el: Element): number => m.get(el)?.len ?? 0;
  const furniture = (el: Element): boolean => isFurniture(el, m);
  const marked = [...Array.from(body.querySelectorAll('[itemprop="articleBody"], [itemprop="articlebody"]')), ...Array.from(body.getElementsByTagName("article"))];
  let own: Element | null = null;
  for (const el of marked) if (!own || len(el) > len(own)) own = el;
  if (own && len(own) >= 200) return { root: own, boilerplate: (el) => el !== own && furniture(el), title: doc.title, via: "article-element" };
  // The largest block whose text is mostly not links and which holds most of its parent's text:
  // the deepest element that still holds at least 60 % of the page's readable text.
  const bodyLen = len(body);
  if (bodyLen === 0) return null;
  let block: Element = body;
  for (;;) {
    let next: Element | null = null;
    for (let k = block.firstElementChild; k; k = k.nextElementSibling) {
      const s = m.get(k);
      if (s && s.len >= 0.6 * bodyLen && s.links < 0.5 * s.len && !NO_TEXT.has(k.tagName)) next = k;
    }
    if (!next) break;
    block = next;
  }
  if (block !== body) return { root: block, boilerplate: (el) => el !== block && furniture(el), title: doc.title, via: "largest-block" };
  return { root: body, boilerplate: (el) => furniture(el), title: doc.title, via: "paragraphs" };
}

// ---- reading ----------------------------------------------------------------------------------

/** Late content: elements added under a kept element (or the root) join the article. */
export function adopt(article: Article, added: Element): void {
  const kept = article.kept;
  if (!kept) return; // the scoring path reads everything under root that is not furniture
  const parent = added.parentElement;
  if (!parent || !(parent === article.root || kept.has(parent))) return;
  kept.add(added);
  for (const d of Array.from(added.querySelectorAll("*"))) kept.add(d);
}

/** Whether a text node belongs to the article (Readability path: its parent was kept). */
export function inArticle(article: Article, node: Text): boolean {
  if (!article.kept) return true;
  const parent = node.parentElement;
  return parent !== null && article.kept.has(parent);
}

/**
 * Text-map options that read exactly the article's text. `base` decides how the remaining
 * elements take part (the content script passes the computed style, the CLI the tag).
 */
export function articleText(article: Article, base: (el: Element) => Classification = classifyByTag): TextMapOptions {
  const furniture = article.boilerplate;
  if (article.kept) return { includeText: (t) => inArticle(article, t), classify: base };
  if (!furniture) return { classify: base };
  return { classify: (el) => (furniture(el) ? "skip" : base(el)) };
}

// ---- the page's own evidence ------------------------------------------------------------------

// schema.org types that say "news article" (and the generic article types, weaker).
const NEWS_TYPES = /^(?:NewsArticle|ReportageNewsArticle|AnalysisNewsArticle|BackgroundNewsArticle|OpinionNewsArticle|ReviewNewsArticle|LiveBlogPosting)$/i;
const ARTICLE_TYPES = /^(?:Article|Report|BlogPosting|SocialMediaPosting)$/i;
// Types of pages that are not reports of what someone said. Only types a page declares for its
// own main content: publisher and author nodes (Organization, Person, WebSite) appear on every
// kind of page, news included, and say nothing.
const OTHER_TYPES = /^(?:Recipe|Product|ProductGroup|HowTo|FAQPage|QAPage|SoftwareApplication|WebApplication|MobileApplication|TechArticle|APIReference|Course|JobPosting|ProfilePage|SearchResultsPage|Dataset|ScholarlyArticle)$/i;

/** The first `n` elements of a list, without making an array of (and so touching) all of them. */
function first(list: NodeListOf<Element>, n: number): Element[] {
  const out: Element[] = [];
  for (let i = 0; i < list.length && i < n; i++) out.push(list[i]!);
  return out;
}

function jsonLdTypes(doc: Document): string[] {
  const out: string[] = [];
  const visit = (x: unknown, depth: number): void => {
    if (depth > 6 || out.length > 50 || x === null || typeof x !== "object") return;
    if (Array.isArray(x)) {
      for (const v of x) visit(v, depth + 1);
      return;
    }
    const o = x as Record<string, unknown>;
    const t = o["@type"];
    if (typeof t === "string") out.push(t);
    else if (Array.isArray(t)) for (const v of t) if (typeof v === "string") out.push(v);
    if (o["@graph"]) visit(o["@graph"], depth + 1);
    if (o.mainEntity) visit(o.mainEntity, depth + 1);
  };
  for (const s of first(doc.querySelectorAll('script[type="application/ld+json"]'), 20)) {
    const raw = s.textContent ?? "";
    if (raw.length > 200_000) continue;
    try {
      visit(JSON.parse(raw), 0);
    } catch {
      // Broken JSON-LD is common; it just says nothing.
    }
  }
  return out;
}

/**
 * The page's <meta> elements by name: for each value of a property, name or itemprop attribute,
 * the first such element in document order (what `meta[property="x"], meta[name="x"],
 * meta[itemprop="x"]` finds). One pass over the metas instead of one document scan per name.
 */
function metaIndex(doc: Document): Map<string, Element> {
  const index = new Map<string, Element>();
  const metas = doc.getElementsByTagName("meta");
  for (let i = 0; i < metas.length; i++) {
    const el = metas[i]!;
    for (const a of ["property", "name", "itemprop"]) {
      const v = el.getAttribute(a);
      if (v !== null && !index.has(v)) index.set(v, el);
    }
  }
  return index;
}

function meta(index: Map<string, Element>, names: string[]): string | null {
  for (const n of names) {
    const el = index.get(n);
    const v = el?.getAttribute("content") ?? el?.getAttribute("value");
    if (v && v.trim()) return v.trim();
  }
  return null;
}

// "WASHINGTON (AP) —", "LONDON, Nov 3 (Reuters) -", "PARIS —": a place in capitals, an optional
// date or agency, then a dash, at the start of the article text.
const DATELINE = /^\s*[A-Z][A-Z .'’-]{2,40}(?:,\s*[A-Z][\p{L} .]{1,30})?(?:,?\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2})?\s*(?:\([A-Za-z. ]{2,30}\))?\s*[—–-]{1,2}\s/u;
// What every dateline starts with (three capitals or so). DATELINE's letter class (\p{L}) makes
// it costly to compile, on every page the content script reads: it is asked only where the text
// could start with one, which says the same (this prefix is part of every DATELINE match).
const DATELINE_START = /^\s*[A-Z][A-Z .'’-]{2}/;

/** Whether the article text starts with a dateline (DATELINE). */
export function hasDateline(text: string): boolean {
  const head = text.slice(0, 200);
  return DATELINE_START.test(head) && DATELINE.test(head);
}

/** The page's own evidence of being a news article, read from its markup. Cheap. */
export function pageSignals(doc: Document, article: Article | null, text: string): PageSignals {
  const types = jsonLdTypes(doc);
  for (const el of first(doc.querySelectorAll("[itemtype]"), 50)) {
    const t = (el.getAttribute("itemtype") ?? "").split("/").pop();
    if (t) types.push(t);
  }
  const metas = metaIndex(doc);
  const ogType = (meta(metas, ["og:type"]) ?? "").toLowerCase();
  const published = meta(metas, ["article:published_time", "datePublished", "date", "pubdate", "publish-date", "sailthru.date", "dc.date", "DC.date.issued"]) !== null ||
    doc.querySelector("time[datetime], [itemprop=datePublished]") !== null;
  const byline = meta(metas, ["author", "article:author", "byl", "sailthru.author", "dc.creator"]) !== null ||
    doc.querySelector('[rel="author"], [itemprop="author"], [class*="byline" i], [id*="byline" i], [class*="author" i]') !== null;
  const scope = article?.root ?? doc.body;
  let codeChars = 0;
  if (scope) for (const el of Array.from(scope.querySelectorAll("pre, code"))) if (!el.parentElement?.closest("pre, code")) codeChars += (el.textContent ?? "").length;
  return {
    newsType: types.some((t) => NEWS_TYPES.test(t)),
    articleType: types.some((t) => ARTICLE_TYPES.test(t)) || ogType === "article",
    otherType: types.some((t) => OTHER_TYPES.test(t)),
    byline,
    published,
    dateline: hasDateline(text),
    codeShare: text.length ? Math.min(1, codeChars / text.length) : 0,
    via: article?.via ?? "scoring",
  };
}

// ---- the whole read, as the CLI does it ---------------------------------------------------------

/** Below this many characters a scored article is not trusted and the fallbacks are tried. */
const MIN_SCORED = 250;

/**
 * The article of a page: scoring first; when it finds nothing or almost nothing, the fallbacks
 * (which say so in `via`). Null only for a page without a body or text.
 */
export function findArticle(doc: Document, pass?: Scan): Article | null {
  return drain(findArticleSteps(doc, pass));
}

/** `findArticle` in steps; `pass`: the page's scan (`scanSteps`), when the caller has it. */
export function* findArticleSteps(doc: Document, pass?: Scan): Generator<void, Article | null> {
  const body = doc.body;
  if (!body) return null;
  const s = pass ?? (yield* lazyScanSteps(body));
  const m = s.sums;
  const scored = yield* scoreSteps(doc, {}, s);
  const scoredLen = scored ? (yield* m.of(scored.root)).len : 0;
  if (scored && scoredLen >= MIN_SCORED) {
    m.seal();
    return scored;
  }
  // The fallbacks weigh the whole page: measured here in steps, not in one go inside them.
  yield* m.of(body);
  const fallback = fallbackArticle(doc, m);
  const found = fallback && m.get(fallback.root).len > scoredLen ? fallback : (scored ?? fallback);
  m.seal();
  return found;
}

/**
 * The article's text, read by the markup (tags, the hidden attribute, inline styles), never by
 * layout: the content script and the CLI (which has no layout) then read the very same text from
 * the same page, and an article that a page hides until its scripts run (blocked, failed,
 * collapsed behind "read more") is read too, rather than reported as quoting nobody.
 */
export function readArticleText(article: Article, maxChars = MAX_TEXT_CHARS): TextMap {
  return buildTextMap(article.root, { ...articleText(article, classifyByTag), maxChars });
}

export type PageRead = { article: Article; text: string; partial: boolean; page: PageSignals };

/** Find and read a page's article in one go, with the page's own signals. */
export function readPage(doc: Document, maxChars = MAX_TEXT_CHARS): PageRead | null {
  if (!doc.body) return null;
  const article = findArticle(doc);
  if (!article) return null;
  const map = readArticleText(article, maxChars);
  return { article, text: map.text, partial: map.partial, page: pageSignals(doc, article, map.text) };
}
