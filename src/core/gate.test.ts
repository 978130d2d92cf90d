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
    // a thing's words, tied to a verb that a thing does too, are no speech ("none" sources: gate.ts)
    ["a setting that tells", "The --quiet switch tells the tool to print nothing."],
    ["a part that warns", "“Low battery,” the display warns when the charge drops."],
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
    expect(reportsSpeech([st({ source: null })])).toBe(false);
  });

  test("reportsSpeech takes a source of kind none only with its words quoted and a reporting cue", () => {
    const none = { sourceKind: "none" as const, speaker: null };
    expect(reportsSpeech([st({ ...none })])).toBe(false);
    expect(reportsSpeech([st({ ...none, cue: { start: 4, end: 9, text: "tells" } })])).toBe(false);
    expect(reportsSpeech([st({ ...none, mode: "mixed" })])).toBe(true);
    expect(reportsSpeech([st({ ...none, mode: "direct", cue: { start: 4, end: 12, text: "has told" } })])).toBe(true);
    expect(reportsSpeech([st({ ...none, mode: "direct", cue: { start: 4, end: 11, text: "shouted" } })])).toBe(false);
    expect(reportsSpeech([st({ ...none, mode: "direct", cue: { start: 4, end: 10, text: "warned" } })])).toBe(false);
    const she = { start: 0, end: 3, text: "She" };
    expect(reportsSpeech([st({ ...none, source: she, mode: "direct", cue: { start: 4, end: 10, text: "warned" } })])).toBe(true);
    expect(reportsSpeech([st({ ...none, source: she, cue: { start: 4, end: 10, text: "warned" } })])).toBe(false);
    expect(reportsSpeech([st({ ...none, cue: { start: 4, end: 9, text: "hopes" } })])).toBe(false);
    expect(reportsSpeech([st({ ...none, cue: null, mode: "direct" })])).toBe(false);
  });

  // (invented) a brief whose only speakers have no name: a crew member, a pronoun
  test.each([
    ["a quotation tagged by a common noun", "“We sail at first light,” the deckhand said.", "the deckhand"],
    ["a quotation tagged by a pronoun", "“Nobody told us the bridge was shut,” she said.", "she"],
    ["a quotation a pronoun wrote", "“Nobody told us the bridge was shut,” he wrote in a letter to the council.", "he"],
  ])("%s reports speech", (_name, text, source) => {
    const a = analyze(text);
    expect(a.statements.map((s) => s.source?.text)).toEqual([source]);
  });

  test("a recipe's quoted praise is still no news on a page", () => {
    const text = "“Best scones we have baked,” my neighbour said. Rub the butter into the flour and add the milk.";
    expect(analyze(text).statements.length).toBe(1);
    const page = analyze(text, { page: {} });
    expect(page.verdict?.article).toBe(false);
    expect(page.statements).toEqual([]);
  });

  test("dropGenericYou removes 'you' sources and remaps parent links", () => {
    const you = { start: 0, end: 3, text: "you" };
    const out = dropGenericYou([st({ source: you }), st({}), st({ parent: 1 }), st({ parent: 0 })]);
    expect(out).toHaveLength(3);
    expect(out[1]?.parent).toBe(0);
    expect(out[2]?.parent).toBeUndefined();
  });
});

describe("a page whose text reads as a recipe or a shop page", () => {
  // (invented) pages whose markup says nothing of what they are
  const RECIPE = [
    "Seed loaf for busy mornings",
    "This loaf is a family favourite. My uncle always said the trick is a long, cold rise.",
    "Ingredients",
    "500g strong white flour",
    "10g salt",
    "7g dried yeast",
    "2 tbsp sunflower seeds",
    "Method",
    "Mix everything and knead for ten minutes. As one reader noted, the loaf keeps for three days.",
  ].join("\n");
  const SHOP = [
    "Harbourline 40 rain jacket",
    "Price: $89.00",
    "In stock",
    "The jacket keeps out the worst weather, the maker says. Hikers say it packs small.",
    "“Best jacket I have owned,” wrote one buyer.",
    "Customer reviews",
  ].join("\n");
  const NEWS = [
    "Bakery wins county prize",
    "The Mill Street bakery won the county bread prize on Saturday, judges said.",
    "“It is the crust,” said head judge Ana Ruiz. Owner Tom Vale said the recipe was his grandmother's.",
    "Ingredients",
    "Vale said the loaf holds 500g flour, 10g salt and 7g yeast, and nothing else.",
  ].join("\n");
  test.each([
    ["a recipe with anecdotes", RECIPE],
    ["a shop page with reviews", SHOP],
  ])("%s is not read as news", (_name, text) => {
    const a = analyze(text, { page: {} });
    expect(a.verdict?.article).toBe(false);
    expect(a.verdict?.reason).toMatch(/recipe or a shop page/);
    expect(a.statements.filter((s) => s.shown !== false)).toEqual([]);
  });
  test("a news report about a bakery stays news", () => {
    expect(analyze(NEWS, { page: {} }).verdict?.article).toBe(true);
  });
});
