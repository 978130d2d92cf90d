// analyze(): the one entry point of core. Extraction, document-level checks, then enrichment.
// Never throws: a failure inside the engine yields an empty Analysis, never a broken caller.
import type { Analysis } from "./types";
import { extractStatements } from "./extract";
import { enrich, type LinkOptions } from "./enrich";
import { dropGenericYou, reportsSpeech } from "./gate";
import { extractIntl, isLikelyEnglish } from "./intl";
import { decorate } from "./display";

const now = (): number => (typeof performance !== "undefined" ? performance.now() : Date.now());

const empty = (t0: number): Analysis => ({
  statements: [],
  parties: [],
  disputes: [],
  unnamedSources: [],
  timings: { ms: now() - t0 },
});

/** Analyse plain article text. Never throws; returns an empty Analysis for empty input. */
export function analyze(text: string, opts: LinkOptions = {}): Analysis {
  const t0 = now();
  if (typeof text !== "string" || text.trim() === "") return empty(t0);
  try {
    if (!isLikelyEnglish(text)) {
      // Another language: the English lexicons and model would read nothing (or noise). The
      // fallback's direct quotes and "according to" markers are drawn as they are; enrichment's
      // parties, coreference and framing are English-only.
      const statements = decorate(text, extractIntl(text), { intl: true });
      if (!reportsSpeech(statements, { intl: true })) return empty(t0);
      return { ...empty(t0), statements, timings: { ms: now() - t0 } };
    }
    // Each statement gets its confidence, cue class and whether it is shown (display.ts).
    const statements = decorate(text, dropGenericYou(extractStatements(text)));
    const rest = enrich(text, statements, opts);
    if (!reportsSpeech(rest.statements)) {
      // Nobody in this text says anything: belief and intention verbs alone ("you'll want",
      // "I prefer") on a recipe or product page are not attributions. Unnamed-source phrases are
      // kept: they are found in the text, not through statements.
      return { ...empty(t0), unnamedSources: rest.unnamedSources, loadedWords: rest.loadedWords, timings: { ms: now() - t0 } };
    }
    return { ...rest, timings: { ms: now() - t0 } };
  } catch {
    return empty(t0);
  }
}
