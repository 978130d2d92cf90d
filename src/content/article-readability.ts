// Baseline article finder: Readability on a clone of the document, mapped back to live elements.
// Not on the content script's hot path (a clone and a parse cost tens to hundreds of ms on big
// pages); tests/content/article-quality.test.ts measures the scoring path against it. It never
// modifies the live document: elements are tagged on the clone only, and a cloned document does
// not run scripts.
import { Readability } from "@mozilla/readability";
import { gate, type ArticleResult, type FindOptions } from "./article";

// Carries each element's live index through Readability's rewrites of the clone (on retries it
// re-creates nodes from innerHTML, which keeps attributes but not node identity).
const INDEX_ATTR = "data-whosaid-i";

export type Tagged = { clone: Document; live: Element[] };

/** Step 2: clone the document and tag the clone's elements with their live index. */
export function cloneTagged(doc: Document): Tagged | null {
  if (!doc.body) return null;
  const live = Array.from(doc.body.querySelectorAll("*"));
  const clone = doc.cloneNode(true) as Document;
  const copies = clone.body ? clone.body.querySelectorAll("*") : null;
  if (!copies || copies.length !== live.length) return null;
  for (let i = 0; i < copies.length; i++) copies[i]!.setAttribute(INDEX_ATTR, String(i));
  return { clone, live };
}

/** Step 3: Readability on the clone, mapped back to live elements. */
export function locate(t: Tagged, fallbackTitle: string, opts: FindOptions = {}): ArticleResult {
  const parsed = new Readability<Element>(t.clone, {
    serializer: (el) => el as Element,
    disableJSONLD: true,
    charThreshold: opts.charThreshold ?? 500,
  }).parse();
  const content = parsed?.content;
  if (!parsed || !content) return { ok: false, reason: "no article found" };
  const kept = new Set<Element>();
  let lo = Infinity;
  let hi = -1;
  for (const el of [content, ...Array.from(content.querySelectorAll(`[${INDEX_ATTR}]`))]) {
    const i = Number(el.getAttribute(INDEX_ATTR) ?? NaN);
    const target = t.live[i];
    if (!target) continue;
    kept.add(target);
    if (i < lo) lo = i;
    if (i > hi) hi = i;
  }
  const first = t.live[lo];
  const last = t.live[hi];
  const root = first && last ? commonAncestor(first, last) : null;
  if (!root) return { ok: false, reason: "article not found on the live page" };
  return { ok: true, article: { root, kept, title: parsed.title || fallbackTitle, via: "readability" } };
}

/** All three steps at once (tests, and callers that need no yielding). */
export function findArticle(doc: Document, opts: FindOptions = {}): ArticleResult {
  const why = gate(doc, opts);
  if (why) return { ok: false, reason: why };
  const t = cloneTagged(doc);
  if (!t) return { ok: false, reason: "page changed while reading" };
  return locate(t, doc.title, opts);
}

function commonAncestor(a: Element, b: Element): Element | null {
  // Kept elements are numbered in document order, so the ancestor of the first and the last
  // holds every one in between.
  for (let x: Element | null = a; x; x = x.parentElement) if (x.contains(b)) return x;
  return null;
}


