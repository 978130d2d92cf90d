import { describe, expect, test } from "vitest";
import { analyze } from "./analyze";
import { dropGenericYou, reportsSpeech, textNamesOtherGenre } from "./gate";
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
  // (its times and yield, ingredients counted without a unit, and four cooks who speak)
  const RECIPE_TIMES = [
    "Plum and almond crumble",
    "Prep time: 15 minutes · Bake time: 40 minutes · Serves 6",
    "Nana always said a crumble needs more topping than fruit. “Make double,” she told us.",
    "Ingredients",
    "8 ripe plums",
    "2 eggs",
    "1 handful flaked almonds",
    "Reviews",
    "“We had it twice this week,” says Priya. Readers say it freezes well. One cook wrote that pears work too.",
  ].join("\n");
  // (a price in cents, a star rating and a verified buyer, and four who speak)
  const SHOP_MARKS = [
    "Stillwater 2-person tent",
    "$149.99 · ships in two days",
    "Rated 4.7 out of 5 stars by campers",
    "“Went up in five minutes in the wind,” says Omar T., a verified buyer. Campers say the door zips jam.",
    "“Dry after a night of storms,” wrote Lee. The maker says the poles are aluminium.",
  ].join("\n");
  // (news with money at a line's start and short lines that open on numbers)
  const NEWS_NUMBERS = [
    "Council passes harbour budget",
    "$1.20 billion for the harbour over five years, the council said on Monday.",
    "Results",
    "7 votes for",
    "2 votes against",
    "1 abstention",
    "“It is a fair budget,” said council leader Mara Quill. Opposition member Dev Sato said the port fees would rise.",
  ].join("\n");
  test.each([
    ["a recipe with anecdotes", RECIPE],
    ["a shop page with reviews", SHOP],
    ["a recipe with its times and many cooks speaking", RECIPE_TIMES],
    ["a shop page with a price, stars and many buyers speaking", SHOP_MARKS],
  ])("%s is not read as news", (_name, text) => {
    const a = analyze(text, { page: {} });
    expect(a.verdict?.article).toBe(false);
    expect(a.verdict?.reason).toMatch(/recipe or a shop page/);
    expect(a.statements.filter((s) => s.shown !== false)).toEqual([]);
  });
  test.each([
    ["a news report about a bakery", NEWS],
    ["a budget report with figures", NEWS_NUMBERS],
  ])("%s stays news", (_name, text) => {
    expect(textNamesOtherGenre(text)).toBe(false);
    expect(analyze(text, { page: {} }).verdict?.article).toBe(true);
  });
  test("a page that says it is news and lists a recipe is read by its reporting", () => {
    expect(textNamesOtherGenre(RECIPE_TIMES)).toBe(true);
    expect(analyze(RECIPE_TIMES, { page: { newsType: true } }).verdict?.article).toBe(true);
  });
});
