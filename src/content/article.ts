// The article extraction lives in src/shared/article.ts (the CLI reads saved pages with the very
// same code). What stays here is Readability's cheap isProbablyReaderable check, used only by the
// Readability-on-a-clone baseline (article-readability.ts) that the extraction is measured against.
import isProbablyReaderable from "@mozilla/readability/Readability-readerable.js";
import type { Article } from "../shared/article";

export * from "../shared/article";

export type ArticleResult = { ok: true; article: Article } | { ok: false; reason: string };

export type FindOptions = {
  /** skip the isProbablyReaderable gate */
  force?: boolean;
  /** Readability's minimum article length in characters (its own default) */
  charThreshold?: number;
};

/** Readability's own cheap verdict (the baseline's first step). */
export function gate(doc: Document, opts: FindOptions = {}): string | null {
  if (!doc.body) return "no body";
  if (!opts.force && !isProbablyReaderable(doc)) return "not an article";
  return null;
}
