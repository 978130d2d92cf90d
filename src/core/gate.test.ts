import { describe, expect, test } from "vitest";
import { analyze } from "./analyze";
import { dropGenericYou, reportsSpeech } from "./gate";
import type { Statement } from "./types";

const st = (over: Partial<Statement>): Statement => ({
  source: { start: 0, end: 3, text: "Ann" },
  cue: { start: 4, end: 8, text: "said" },
  content: { start: 9, end: 12, text: "yes" },
  mode: "indirect",
  stance: "neutral",
  sourceKind: "named-person",
  speaker: "Ann",
  party: null,
  labels: [],
  counter: [],
  ...over,
});

describe("document gate", () => {
  test.each([
    ["a how-to in the second person", "If you want faster builds, you'll want to cache layers. I prefer small images, and you believe it should work."],
    ["a recipe", "You will want to make a second batch. I prefer wide jars for this jam, and the original recipe called for more sugar."],
  ])("%s has no attributions", (_name, text) => {
    expect(analyze(text).statements).toEqual([]);
  });

  test("a news paragraph keeps its statements", () => {
    const text = 'The harbour authority denied the report on Monday. "We have never dumped sludge here," said Mara Quill, a spokeswoman for the authority.';
    expect(analyze(text).statements.length).toBeGreaterThan(0);
  });

  test("reportsSpeech needs a real source with a speech cue or a quote", () => {
    expect(reportsSpeech([st({})])).toBe(true);
    expect(reportsSpeech([st({ cue: { start: 4, end: 8, text: "want" } })])).toBe(false);
    expect(reportsSpeech([st({ cue: { start: 4, end: 8, text: "want" }, mode: "direct" })])).toBe(true);
    expect(reportsSpeech([st({ sourceKind: "none" })])).toBe(false);
    expect(reportsSpeech([st({ source: null })])).toBe(false);
  });

  test("dropGenericYou removes 'you' sources and remaps parent links", () => {
    const you = { start: 0, end: 3, text: "you" };
    const out = dropGenericYou([st({ source: you }), st({}), st({ parent: 1 }), st({ parent: 0 })]);
    expect(out).toHaveLength(3);
    expect(out[1]?.parent).toBe(0);
    expect(out[2]?.parent).toBeUndefined();
  });
});
