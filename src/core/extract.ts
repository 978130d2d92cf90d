// Statement extraction: quotes, cues, sources, content spans, mode, stance, source kind.
// Returns statements with speaker/party/counter left for enrich.ts to fill.
import type { Statement } from "./types";

export function extractStatements(text: string): Statement[] {
  void text;
  return [];
}
