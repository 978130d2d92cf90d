// The engine stays linear in the text's size: analyze() on the growth benchmark's adversarial texts
// (scripts/lib/growth-generators.mjs, invented text) at two sizes ten times apart. npm run
// bench:growth runs them from 20 KB to 2 MB and prints the seconds, but it is a benchmark, not a
// check: an output-identical change once made the distinct-speakers text quadratic and no test failed.
//
// Linear code takes about 10x the time for 10x the text (less at these sizes, where fixed costs
// still count: 4-12x measured), quadratic code about 100x. What is asserted is the ratio of the CPU
// times of this process (tests/support/cost.ts), never seconds: the two sizes run in turn and the
// least of a few runs of each is kept, so a busy machine stretches both alike.
//
// What this catches is quadratic work that already costs more than the engine's own at 100 KB (a
// regular expression over the whole text per speaker, say). A quadratic step of a few nanoseconds
// per pair only shows at megabytes: that is npm run bench:growth -- --strict.
import { describe, expect, test } from "vitest";
import { analyze } from "../../src/core";
import { cpuMs } from "../support/cost";
import { GENERATORS } from "../../scripts/lib/growth-generators.mjs";

const SMALL = 10_000;
const SCALE = 10;
/** well over linear (4-12x measured), well under quadratic (100x) */
const MAX_RATIO = 25;
const RUNS = 3;
/** runs of the small text before any is timed: the first ones measure the JIT, not the engine */
const WARM_UP = 4;

/** CPU ms of one analyze() of the text. */
const cost = (text: string): number => {
  const t0 = cpuMs();
  analyze(text);
  return cpuMs() - t0;
};

/** The least CPU time of the large text over the least of the small one, the two run in turn. */
function ratio(generator: string): number {
  const make = GENERATORS[generator]!;
  const small = make(SMALL).text;
  const large = make(SMALL * SCALE).text;
  for (let i = 0; i < WARM_UP; i++) cost(small);
  let s = Infinity;
  let l = Infinity;
  for (let i = 0; i < RUNS; i++) {
    s = Math.min(s, cost(small));
    l = Math.min(l, cost(large));
  }
  return l / s;
}

describe("the engine stays linear in the text's size: 10x the text, not 100x the time", () => {
  test.each([
    // thousands of distinct speakers and parties: party tagging, coreference, the sides' counters
    ["distinct speakers"],
    // one surname said over and over: many statements, one speaker to resolve
    ["surname statements"],
    // one sentence as long as the page: extraction and the span tagger's windows
    ["run-on text"],
  ])("%s", (generator) => {
    let r = ratio(generator);
    // a quadratic path fails every time, a burst of load seldom twice in a row
    if (r >= MAX_RATIO) r = Math.min(r, ratio(generator));
    expect(r).toBeLessThan(MAX_RATIO);
  }, 120_000);
});
