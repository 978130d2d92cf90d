// analyze(): the one entry point of core. Extraction first, then enrichment; never throws.
import type { Analysis } from "./types";
import { extractStatements } from "./extract";
import { enrich, type LinkOptions } from "./enrich";

const now = (): number => (typeof performance !== "undefined" ? performance.now() : Date.now());

/** Analyse plain article text. Never throws; returns an empty Analysis for empty input. */
export function analyze(text: string, opts: LinkOptions = {}): Analysis {
  const t0 = now();
  if (typeof text !== "string" || text.trim() === "") {
    return { statements: [], parties: [], disputes: [], unnamedSources: [], timings: { ms: now() - t0 } };
  }
  const statements = extractStatements(text);
  const rest = enrich(text, statements, opts);
  return { ...rest, timings: { ms: now() - t0 } };
}
