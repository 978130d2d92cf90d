// analyze(): the one entry point of core. Extraction, document-level checks, then enrichment.
// Never throws: a failure inside the engine yields an empty Analysis, never a broken caller.
import type { Analysis, Statement, Verdict } from "./types";
import { extractStatements } from "./extract";
import { enrich, type LinkOptions } from "./enrich";
import { dropGenericYou, judgeArticle, reportsSpeech, type PageSignals } from "./gate";
import { extractIntl, isLikelyEnglish } from "./intl";
import { decorate, hideTimeOnly, keptStatements, unnestOutside } from "./display";
import { refineSpans } from "./model/spans";
import { offsetsBack, withoutInvisible } from "./invisible";
import { tokenize } from "./words";

const now = (): number => (typeof performance !== "undefined" ? performance.now() : Date.now());

const empty = (t0: number): Analysis => ({
  statements: [],
  parties: [],
  disputes: [],
  unnamedSources: [],
  timings: { ms: now() - t0 },
});

export type AnalyzeOptions = LinkOptions & {
  /** what the page's markup says about itself (the page gate weighs it) */
  page?: PageSignals;
  /** keep the statements even when the gate judges the text not a news article ("analyse anyway") */
  force?: boolean;
  /** for tests: an internal error throws instead of giving an empty Analysis (the reader's default
   *  keeps the page whole and shows nothing) */
  rethrow?: boolean;
};

/**
 * Whether the gate holds the statements back: only for a page (the caller read one and says what
 * its markup holds), never for plain text (corpora, batch lines), and never when forced.
 */
const gated = (v: { verdict?: Verdict }, opts: AnalyzeOptions): boolean => v.verdict !== undefined && !v.verdict.article && !opts.force;

/** The verdict, for a page only: plain text (no markup read) carries none. */
const verdictFor = (text: string, statements: Statement[], opts: AnalyzeOptions & { intl?: boolean }): { verdict?: Verdict } =>
  opts.page ? { verdict: judgeArticle(text, statements, { intl: opts.intl, page: opts.page }) } : {};

/** The stage analyzeSteps has just finished (the caller may pause, or stop, before the next). */
export type AnalyzeStage = "extract" | "display" | "enrich";

/**
 * Analyse plain article text. Never throws; returns an empty Analysis for empty input. The page
 * gate's verdict rides along; a text it judges not a news article keeps no statements unless forced.
 */
export function analyze(text: string, opts: AnalyzeOptions = {}): Analysis {
  const run = analyzeSteps(text, opts);
  for (;;) {
    const r = run.next();
    if (r.done) return r.value;
  }
}

/**
 * analyze() in stages: yields after each stage (each linear in the text) and returns the Analysis.
 * A caller with a time budget (the background) checks its clock between stages, lets other work
 * in, and stops a run over budget by not asking for the next stage (or with return()).
 */
export function* analyzeSteps(text: string, opts: AnalyzeOptions = {}): Generator<AnalyzeStage, Analysis, void> {
  // Soft hyphens and zero-width characters would cut words in two (src/core/invisible.ts): the
  // stages read the text without them, and the spans are put back onto the text given.
  const cleaned = typeof text === "string" ? withoutInvisible(text) : null;
  if (!cleaned) return yield* steps(text, opts);
  const a = yield* steps(cleaned.text, opts);
  try {
    return offsetsBack(a, text, cleaned);
  } catch (err) {
    if (opts.rethrow) throw err;
    return empty(now());
  }
}

function* steps(text: string, opts: AnalyzeOptions): Generator<AnalyzeStage, Analysis, void> {
  let t0 = now();
  // timings.ms counts the engine's own time, not the caller's pauses between stages
  function* stage(name: AnalyzeStage): Generator<AnalyzeStage, void, void> {
    const paused = now();
    yield name;
    t0 += now() - paused;
  }
  if (typeof text !== "string" || text.trim() === "") return empty(t0);
  try {
    if (!isLikelyEnglish(text)) {
      // Another language: the English lexicons and model would read nothing (or noise). The
      // fallback's direct quotes and "according to" markers are drawn as they are; enrichment's
      // parties, coreference and framing are English-only.
      const statements = decorate(text, extractIntl(text), { intl: true, inPlace: true });
      const speech = reportsSpeech(statements, { intl: true });
      const v = verdictFor(text, speech ? statements : [], { ...opts, intl: true });
      if (!speech || gated(v, opts)) return { ...empty(t0), ...v };
      return { ...empty(t0), statements, ...v, timings: { ms: now() - t0 } };
    }
    // Each statement gets its confidence, cue class and whether it is shown (display.ts). The
    // statements are this run's own from here on: each stage sets its fields on them in place
    // instead of copying every statement (the stages' results are the same as copies would be).
    // The word tokens (src/core/words.ts), read once: the extractor's words, the span tagger's
    // tokens and every stage of enrichment come from them.
    const words = tokenize(text);
    const found = dropGenericYou(extractStatements(text, words));
    yield* stage("extract");
    // The reader judges the rules' spans (as it was trained); then the span tagger re-reads each
    // statement's source and content boundaries (src/core/model/spans.ts). The cue candidates the
    // reader rejects are no statements: they leave here (the tagger still reads their cues around the
    // others, as it was trained to), so none is taken as the speaker of a later "he", makes a party,
    // fills a counter's place or makes the text one that reports speech.
    const candidates = decorate(text, found, { inPlace: true });
    const statements = refineSpans(text, keptStatements(candidates), true, words, candidates);
    // (a content that only says when is hidden once the tagger has placed it: display.ts hideTimeOnly)
    hideTimeOnly(text, statements);
    yield* stage("display");
    const rest = enrich(text, statements, opts, words, true);
    yield* stage("enrich");
    if (!reportsSpeech(rest.statements)) {
      // Nobody in this text says anything: belief and intention verbs alone ("you'll want",
      // "I prefer") on a recipe or product page are not attributions. Unnamed-source phrases are
      // kept: they are found in the text, not through statements.
      // On a page the gate has the last word: such a page is left alone, no marks at all.
      if (opts.page && !opts.force) return { ...empty(t0), ...verdictFor(text, [], opts) };
      return { ...empty(t0), unnamedSources: rest.unnamedSources, loadedWords: rest.loadedWords, ...verdictFor(text, [], opts), timings: { ms: now() - t0 } };
    }
    const v = verdictFor(text, rest.statements, opts);
    // Below the bar: a manual, a tech blog, a legal text. Nothing is shown or stored for it.
    if (gated(v, opts)) return { ...empty(t0), ...v };
    // Nesting is re-read against the tagger's content spans last, so sides and stances read the
    // rules' nesting as before (a statement nested in an allegation carries it on).
    return { ...rest, statements: unnestOutside(rest.statements, true), ...v, timings: { ms: now() - t0 } };
  } catch (err) {
    if (opts.rethrow) throw err;
    return empty(t0);
  }
}
