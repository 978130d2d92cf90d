// Finds the article on a page: Readability's cheap isProbablyReaderable gate, then a read-only
// scoring of the live page (Readability's paragraph-vote idea, without cloning the document) for
// the article root and the furniture inside it. It must never modify the live document. The
// Readability-on-a-clone baseline it is measured against lives in article-readability.ts.
import isProbablyReaderable from "@mozilla/readability/Readability-readerable.js";
import { classifyByStyle, type TextMapOptions } from "./text-range";

export type Article = {
  /** the lowest live element holding the article */
  root: Element;
  /** Readability path: live elements whose own text nodes belong to the article */
  kept?: Set<Element>;
  /** scoring path: elements under root that are page furniture, not article (nav, related, ads) */
  boilerplate?: (el: Element) => boolean;
  title: string;
};

export type ArticleResult = { ok: true; article: Article } | { ok: false; reason: string };

export type FindOptions = {
  /** skip the isProbablyReaderable gate ("analyse anyway" from the popup) */
  force?: boolean;
  /** Readability's minimum article length in characters (its own default) */
  charThreshold?: number;
};

/** Step 1, cheap: is this page worth reading? */
export function gate(doc: Document, opts: FindOptions = {}): string | null {
  if (!doc.body) return "no body";
  if (!opts.force && !isProbablyReaderable(doc)) return "not an article";
  return null;
}

/** Whether a live text node belongs to the article (Readability path: its parent was kept). */
export function inArticle(article: Article, node: Text): boolean {
  if (!article.kept) return true;
  const parent = node.parentElement;
  return parent !== null && article.kept.has(parent);
}

/** Text-map options that read exactly the article's text. */
export function articleText(article: Article): TextMapOptions {
  const furniture = article.boilerplate;
  if (article.kept) return { includeText: (t) => inArticle(article, t) };
  if (!furniture) return {};
  return { classify: (el) => (furniture(el) ? "skip" : classifyByStyle(el)) };
}

/** Late content: elements added under a kept element (or the root) join the article. */
export function adopt(article: Article, added: Element): void {
  const kept = article.kept;
  if (!kept) return; // the scoring path reads everything under root that is not furniture
  const parent = added.parentElement;
  if (!parent || !(parent === article.root || kept.has(parent))) return;
  kept.add(added);
  for (const d of Array.from(added.getElementsByTagName("*"))) kept.add(d);
}

// ---- the scoring path: read-only on the live page, no clone -----------------------------------
// Readability's own idea (paragraphs score their ancestors by length and commas; class names
// weigh in; link-heavy blocks lose) on the live DOM, so nothing is cloned and the cost is a few
// milliseconds instead of a full clone and parse. Regexes are Readability's, defined once here.
const RX = {
  unlikely: /-ad-|ai2html|banner|breadcrumbs|combx|comment|community|cover-wrap|disqus|extra|footer|gdpr|header|legends|menu|related|remark|replies|rss|shoutbox|sidebar|skyscraper|social|sponsor|supplemental|ad-break|agegate|pagination|pager|popup|yom-remote/i,
  maybe: /and|article|body|column|content|main|shadow/i,
  positive: /article|body|content|entry|hentry|h-entry|main|page|pagination|post|text|blog|story/i,
  negative: /-ad-|hidden|^hid$| hid$| hid |^hid |banner|combx|comment|com-|contact|footer|gdpr|masthead|media|meta|outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|widget/i,
  commas: /[,\u060C\uFE50\uFE10\uFE11\u2E41\u2E34\u2E32\uFF0C\u3001]/g,
};
const FURNITURE_TAGS = new Set(["NAV", "ASIDE", "FOOTER", "FORM", "BUTTON", "SELECT", "DIALOG", "MENU"]);
const FURNITURE_ROLES = new Set(["navigation", "complementary", "banner", "contentinfo", "menu", "menubar", "dialog", "alert", "search"]);

function idClass(el: Element): string {
  const cls = el.getAttribute("class") ?? "";
  return `${cls} ${el.id}`;
}

function classWeight(el: Element): number {
  const s = idClass(el);
  if (s.length < 2) return 0;
  return (RX.negative.test(s) ? -25 : 0) + (RX.positive.test(s) ? 25 : 0);
}

function linkDensity(el: Element): number {
  const len = (el.textContent ?? "").length;
  if (len === 0) return 0;
  let links = 0;
  for (const a of Array.from(el.getElementsByTagName("a"))) links += (a.textContent ?? "").length;
  return links / len;
}

/** Page furniture inside an article container: navigation, share and related blocks, ads. */
export function isFurniture(el: Element): boolean {
  if (FURNITURE_TAGS.has(el.tagName)) return true;
  const role = el.getAttribute("role");
  if (role && FURNITURE_ROLES.has(role)) return true;
  const s = idClass(el);
  if (s.length > 1 && RX.unlikely.test(s) && !RX.maybe.test(s)) return true;
  // Short link lists ("Read more: …", tag clouds) are furniture; paragraphs with a link are not.
  const tag = el.tagName;
  if (tag === "UL" || tag === "OL" || tag === "DIV" || tag === "SECTION") {
    const len = (el.textContent ?? "").trim().length;
    if (len > 0 && len < 400 && linkDensity(el) > 0.5) return true;
  }
  return false;
}

function unlikelyAncestor(el: Element, stop: Element): boolean {
  for (let x: Element | null = el; x && x !== stop; x = x.parentElement) {
    if (FURNITURE_TAGS.has(x.tagName)) return true;
    const s = idClass(x);
    if (s.length > 1 && RX.unlikely.test(s) && !RX.maybe.test(s)) return true;
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

/** Finds the article by scoring the live page. Returns null when no paragraph qualifies. */
export function scoreArticle(doc: Document, opts: ScoreOptions = {}): Article | null {
  // Like Readability's retry: some sites put the whole page in a wrapper whose class looks
  // unlikely ("has-sidebar"); if the strict pass finds too little, vote without that filter.
  const strict = scoreOnce(doc, opts, true);
  if (strict && strict.chars >= (opts.minArticle ?? 500)) return strict.article;
  const loose = scoreOnce(doc, opts, false);
  if (loose && (!strict || loose.chars > strict.chars)) return loose.article;
  return strict?.article ?? null;
}

function scoreOnce(doc: Document, opts: ScoreOptions, strict: boolean): { article: Article; chars: number } | null {
  const body = doc.body;
  if (!body) return null;
  const minLen = opts.minParagraph ?? 25;
  const paras = new Set<Element>(Array.from(body.querySelectorAll("p, pre")));
  // Text written straight into a <div> (CNN's div.zn-body__paragraph, <br>-separated posts)
  // votes like a paragraph, as Readability turns such divs into <p>s.
  for (const div of Array.from(body.querySelectorAll("div"))) {
    let direct = 0;
    for (let c = div.firstChild; c; c = c.nextSibling) if (c.nodeType === 3) direct += (c.nodeValue ?? "").trim().length;
    if (direct >= minLen) paras.add(div);
  }
  const score = new Map<Element, number>();
  const total = new Map<Element, number>();
  const chars = new Map<Element, number>();
  for (const p of paras) {
    const text = (p.textContent ?? "").trim();
    if (text.length < minLen) continue;
    if (strict && unlikelyAncestor(p, body)) continue;
    if (!strict && FURNITURE_TAGS.has(p.parentElement?.tagName ?? "")) continue;
    const s = 1 + (text.match(RX.commas)?.length ?? 0) + Math.min(3, Math.floor(text.length / 100));
    let level = 0;
    for (let a = p.parentElement; a && a !== body.parentElement; a = a.parentElement, level++) {
      total.set(a, (total.get(a) ?? 0) + s);
      chars.set(a, (chars.get(a) ?? 0) + text.length);
      if (level < 3) {
        if (!score.has(a)) score.set(a, classWeight(a) + (a.tagName === "DIV" ? 5 : a.tagName === "ARTICLE" ? 10 : 0));
        score.set(a, score.get(a)! + s / (level === 0 ? 1 : level === 1 ? 2 : level * 3));
      }
    }
  }
  if (score.size === 0) return null;
  // Link density only for the few best, since it reads the text of the whole candidate.
  const ranked = [...score.entries()].sort((a, b) => b[1] - a[1]).slice(0, 8);
  let best: Element | null = null;
  let bestScore = -Infinity;
  for (const [el, sc] of ranked) {
    const adjusted = sc * (1 - linkDensity(el));
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
  const article: Article = { root, boilerplate: (el) => el !== root && isFurniture(el), title: doc.title };
  return { article, chars: chars.get(root) ?? 0 };
}
