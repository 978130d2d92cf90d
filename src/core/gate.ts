// Document-level checks that sit between extraction and enrichment. They look at the whole set
// of statements, which no single extraction rule can: generic "you" is never a reported speaker,
// and a text in which nobody says anything (a recipe, a product page, a how-to) has no
// attributions at all, whatever belief or intention verbs ("you'll want", "I prefer") it holds.
import type { Statement, Verdict } from "./types";
import { REPORTING_CUE, SECOND_PERSON, SPEECH_CUE } from "./lexicon";

/** Drop statements whose source is generic "you", remapping `parent` links to the new indexes. */
export function dropGenericYou(statements: Statement[]): Statement[] {
  const keep = statements.map((s) => !(s.source && SECOND_PERSON.test(s.source.text.trim())));
  if (keep.every(Boolean)) return statements;
  const newIndex: number[] = [];
  let n = 0;
  for (const k of keep) newIndex.push(k ? n++ : -1);
  const out: Statement[] = [];
  statements.forEach((s, i) => {
    if (!keep[i]) return;
    if (s.parent === undefined) return void out.push(s);
    const p = newIndex[s.parent] ?? -1;
    const copy = { ...s };
    if (p >= 0) copy.parent = p;
    else delete copy.parent;
    out.push(copy);
  });
  return out;
}

/** A source that is a person, whatever the verb: "he", "she". */
const HE_OR_SHE = /^(?:he|she)$/i;

/**
 * True when the text reports speech at all: some statement with a real source (not "none") is
 * quoted or carries a speech cue; one with any other source when it is quoted with a reporting cue
 * (with any speech cue when the source is "he" or "she"). Used after enrichment, when source kinds
 * are final. With `intl`, the statements of the non-English fallback (src/core/intl.ts), which
 * skip enrichment.
 */
export function reportsSpeech(statements: Statement[], opts: { intl?: boolean } = {}): boolean {
  // The non-English fallback only emits quotes tied to a speech verb and "according to" markers:
  // each of them already proves reported speech, even with no source span (a pronoun, unclear).
  if (opts.intl) return statements.some((s) => (s.mode === "direct" || s.mode === "according-to") && (s.source !== null || s.cue !== null));
  return statements.some((s) => {
    if (!s.source) return false;
    const quoted = s.mode === "direct" || s.mode === "mixed";
    if (s.sourceKind !== "none") return quoted || (s.cue !== null && SPEECH_CUE.test(s.cue.text));
    // A source with no name and no unnamed-source phrase ("the skipper", "a neighbour", "he")
    // reports speech too when its words are quoted and tied to a reporting verb ("said", "told").
    // Unquoted, such a "source" is as often a thing ("the --strict flag tells the tool to stop"),
    // and so it is with a verb of saying that a thing does too ("“Low battery,” the display warns")
    // unless "he" or "she" does it ("“…,” she wrote").
    if (!quoted || s.cue === null) return false;
    return REPORTING_CUE.test(s.cue.text.trim()) || (HE_OR_SHE.test(s.source.text) && SPEECH_CUE.test(s.cue.text));
  });
}

// ---- the page gate: "a news article with reported speech" -------------------------------------
// Decided from the page itself, never from a list of sites: the page's own markup (PageSignals,
// read by src/shared/article.ts from the DOM, which core cannot touch) and the text's share of
// statements introduced by a reporting verb ("said", "told", "according to"), the verbs news
// writing uses for speech. Belief, intention and description verbs ("explains", "is supported",
// "focuses") on a manual or a tech blog are statements only in the loosest sense; a page with a
// handful of them among thousands of words is not a report of what someone said.

/** What the page's markup says about itself (all optional: plain text has none). */
export type PageSignals = {
  /** schema.org NewsArticle (or a subtype) / LiveBlogPosting, or og:type article with a date */
  newsType?: boolean;
  /** schema.org Article/BlogPosting or og:type article */
  articleType?: boolean;
  /** schema.org type of something else: Recipe, Product, HowTo, FAQPage, SoftwareApplication … */
  otherType?: boolean;
  /** an author in the markup (meta author, rel=author, a byline element) */
  byline?: boolean;
  /** a publication date in the markup */
  published?: boolean;
  /** the text opens with a dateline ("CITY (Agency) —") */
  dateline?: boolean;
  /** share of the article's text inside <pre>/<code> (documentation, tutorials) */
  codeShare?: number;
  /** how the article was found: scoring, or a fallback */
  via?: string;
};

const SOURCED = (s: Statement): boolean => s.source !== null && s.sourceKind !== "none";

/** Statements shown to the reader: those the engine is confident of, when it says so. */
export function shownStatements(statements: Statement[]): Statement[] {
  return statements.filter((s) => (s as Statement & { shown?: boolean }).shown !== false);
}

const SPACES = /\s+/;
/** A recipe's heading line ("Ingredients", "Method:"). */
const RECIPE_HEAD = /^[ \t]*(?:ingredients|method|directions|instructions|preparation|you will need)[ \t]*:?[ \t]*$/im;
/** A line opening on a quantity and a kitchen unit ("225g butter", "2 tbsp oil", "½ cup milk"). */
const QUANTITY_LINE = /^[ \t]*(?:[-•*][ \t]*)?(?:\d+(?:[.,/]\d+)?|[½¼¾⅓⅔])[ \t]*(?:g|kg|ml|l|oz|lb|lbs|cups?|tbsp|tsp|tablespoons?|teaspoons?|pinch(?:es)?|cloves?|grams?|litres?|liters?)\b/gim;
/** A short line (a quantity and at most five words) opening on a number: "2 eggs", "3 ripe pears". */
const COUNT_LINE = /^[ \t]*(?:[-•*][ \t]*)?(?:\d+(?:[.,/]\d+)?|[½¼¾⅓⅔])[ \t]+\S+(?:[ \t]+\S+){0,4}[ \t]*$/gm;
/** A recipe's times and yield ("Prep time: 10 minutes", "Serves 4", "Yield: 12"), at a line's
 *  start or after a separator ("Cook time: 15 min · Serves 4"). */
const RECIPE_META = /(?:^|[·|•][ \t]*)(?:prep(?:aration)? time|cook(?:ing)? time|total time|serves|servings|yield|makes)[ \t]*:?[ \t]*\d/gim;
/** A shop's line: a price label, stock, a cart button, a review count. */
const SHOP_LINE = /^[ \t]*(?:price[ \t]*:|in stock\b|out of stock\b|add to (?:cart|basket|bag)\b|buy now\b|customer reviews\b|reviews?[ \t]*\(\d+\)|free (?:shipping|delivery)\b)/gim;
/** What else marks a shop page: a line opening on a price in cents ("$89.99", not "$1.50 billion"),
 *  a star rating ("4.5 out of 5 stars"), a count of ratings ("(1,204 ratings)"), a verified buyer. */
const SHOP_MARK = /^[ \t]*[$£€][ \t]?\d+[.,]\d\d\b(?![ \t]*(?:million|billion|trillion|bn)\b)|\b\d(?:\.\d)?[ \t]+(?:out[ \t]+of[ \t]+|\/[ \t]*)5[ \t]+stars\b|\([ \t]*[\d,]+[ \t]+(?:ratings|reviews)[ \t]*\)|\bverified[ \t]+(?:buyer|purchase|owner)\b/gim;
const count = (text: string, re: RegExp): number => text.match(re)?.length ?? 0;
/** Whether a page's text reads as a recipe (a heading and three quantity lines, or its times and
 *  yield) or a shop page (two of a shop's lines and marks): its markup may not say so, and its
 *  anecdotes ("my grandmother always said …") and reviews are no news. */
export function textNamesOtherGenre(text: string): boolean {
  if (RECIPE_HEAD.test(text) && (count(text, QUANTITY_LINE) >= 3 || count(text, COUNT_LINE) >= 3)) return true;
  if (count(text, RECIPE_META) >= 2) return true;
  return count(text, SHOP_LINE) + count(text, SHOP_MARK) >= 2;
}
/**
 * The gate's verdict on an analysed text. `intl`: the statements come from the non-English
 * fallback, where every statement already is a quote tied to a speech verb or an "according to".
 */
export function judgeArticle(text: string, statements: Statement[], opts: { intl?: boolean; page?: PageSignals } = {}): Verdict {
  const page = opts.page ?? {};
  const shown = shownStatements(statements);
  const words = Math.max(1, text.split(SPACES).filter(Boolean).length);
  const reporting = opts.intl
    ? shown.filter((s) => s.cue !== null || s.source !== null).length
    : shown.filter((s) => SOURCED(s) && s.cue !== null && REPORTING_CUE.test(s.cue.text.trim())).length;
  const density = (1000 * reporting) / words;
  const looksNews = Boolean(page.newsType || page.dateline);
  // A page that says it is something else (a recipe, a product, a how-to) or is mostly code must
  // show clearly more reporting before it is read as news.
  // (so must one whose text reads as a recipe or a shop page, when its markup says nothing)
  const readsOther = !page.otherType && !page.newsType && textNamesOtherGenre(text);
  const other = Boolean(page.otherType && !page.newsType) || readsOther || (page.codeShare ?? 0) > 0.15;
  // A text that is itself a recipe or a shop page, on a page that does not say it is news, is no
  // news however many of its cooks and buyers speak.
  const otherOnly = readsOther && !looksNews;
  let article: boolean;
  if (reporting === 0) article = false;
  else if (otherOnly) article = false;
  else if (other) article = reporting >= 4 && density >= 2;
  else if (looksNews) article = reporting >= 1;
  // The non-English fallback reads only quotes tied to a speech verb and "according to": fewer
  // statements than the English engine finds, but each one is reported speech.
  else if (opts.intl) article = reporting >= 2;
  else article = reporting >= 2 && density >= 1.5;
  const figures = `${reporting} reported statement${reporting === 1 ? "" : "s"}, ${density.toFixed(1)} per 1,000 words`;
  const reason = article
    ? `a news article with reported speech (${figures})`
    : reporting === 0
      ? "not a news article: nobody is reported as saying anything"
      : otherOnly
        ? `not a news article: the page reads as a recipe or a shop page (${figures})`
        : `not a news article: too little reported speech (${figures}${other ? "; the page says it is not an article" : ""})`;
  return { article, reason, reporting, density };
}
