// The reader's run-time scoring (numbers, no feature names) against its definition by names: the
// confidence must be the same number for every statement, also after the cache of weights has been
// emptied and filled again. Invented sentences only.
import { describe, expect, it } from "vitest";
import { extractStatements } from "../extract";
import { lineBreaks } from "../lines";
import { cueFacts, readerConfidence, readerFeatures, readerScore } from "./reader";

const SPEAKERS = ["Mayor Ilse Varga", "the harbour authority", "a spokeswoman", "He", "Councillor Doran", "officials", "Ms. Petrov", "the 12 members"];
const CUES = ["said", "told reporters", "argued", "did not say", "is expected", "added", "according to", "warned", "was told", "believes"];
const CONTENT = ["the ferry would run on time", "“the canal is closed for now,”", "nobody had asked her", "the budget, in her view, was fine"];

/** A deterministic pseudo-random page of short statements, with words of its own (seeded). */
function page(seed: number, n: number): string {
  let a = seed >>> 0;
  const next = (k: number): number => {
    a = (Math.imul(a, 1664525) + 1013904223) >>> 0;
    return a % k;
  };
  const parts: string[] = [];
  for (let i = 0; i < n; i++) {
    const who = SPEAKERS[next(SPEAKERS.length)]!;
    const cue = CUES[next(CUES.length)]!;
    const what = CONTENT[next(CONTENT.length)]!;
    const odd = `zq${seed}x${i}`; // a word never met before
    // the new word right before and right after the cue: new features and symbols each time
    parts.push(cue === "according to" ? `According to ${who} ${odd}, ${odd}y ${what}.` : `${who} ${odd} ${cue} ${odd}y ${what} on ${["Monday", "Friday"][next(2)]}.`);
    if (next(3) === 0) parts.push("\n\n");
  }
  return parts.join(" ");
}

describe("reader scoring", () => {
  it("gives the confidence the named features give, statement by statement", () => {
    let n = 0;
    // enough distinct words that the run-time table is emptied and refilled along the way
    for (let seed = 1; seed <= 40; seed++) {
      const text = page(seed, 250);
      const breaks = lineBreaks(text);
      for (const s of extractStatements(text)) {
        const f = cueFacts(text, s);
        if (!f) continue;
        const named = readerScore(readerFeatures(text, s, f));
        expect(readerConfidence(text, s, f)).toBe(named);
        expect(readerConfidence(text, s, f, breaks)).toBe(named);
        n++;
      }
    }
    expect(n).toBeGreaterThan(9000);
  }, 120_000); // (some 10,000 statements scored twice: seconds on a busy machine)
});
