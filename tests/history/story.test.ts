// Story matching across articles: two reports of one story told in different words meet through
// the names they are about; an article sharing one frequent name, or a company and its chief on
// another matter, does not. All text here is invented for these tests.
import "fake-indexeddb/auto";
import { describe, expect, test } from "vitest";
import { History } from "../../src/background/history/index";
import { sameSide, spreadOffers, storyMatch } from "../../src/background/history/match";
import { storyNames } from "../../src/background/history/topics";
import { analysisOf, reportOf } from "./fixtures";

describe("storyNames", () => {
  test("one key per name word, the words of one name joined under one head", () => {
    const s = storyNames(
      "Larkspur Pharma answers the inspectorate",
      "The inspectorate said Larkspur Pharma hid reports. Officials at Larkspur Pharma said the Glucora trials were sound, and Glucora sales rose in Brenmoor.",
    );
    expect(s.keys).toEqual(expect.arrayContaining(["s:larkspur", "s:pharma", "s:glucora", "s:brenmoor"]));
    // "Pharma" is never written without "Larkspur": one name
    expect(s.head.get("s:pharma")).toBe(s.head.get("s:larkspur"));
    expect(s.head.get("s:glucora")).toBe("s:glucora");
  });

  test("capitals that are not names: a word also written in lower case, a word only ever opening a sentence, titles", () => {
    const s = storyNames("", "Water rose overnight. The water board met. Farmers said Deputy minister Pia Lund came to Orval. Farmers left.");
    expect(s.keys).not.toContain("s:water");
    expect(s.keys).not.toContain("s:farmers");
    expect(s.keys).not.toContain("s:deputy");
    expect(s.keys).not.toContain("s:minister");
    expect(s.keys).toEqual(expect.arrayContaining(["s:pia", "s:lund", "s:orval"]));
  });
});

describe("storyMatch", () => {
  const A = storyNames(
    "Farmers say dam release flooded their fields",
    "A group of farmers accused the Ministry of Water Resources of opening the Corran Dam without warning. Tobias Nkemelu of Save the Lenne Valley said farms near Orval and Stennick were flooded.",
  );
  const B = storyNames(
    "Ministry defends emergency discharge at Corran reservoir",
    "Deputy minister Paul Arnaud said the Ministry of Water Resources had to lower the Corran reservoir. Warnings were sent to Orval and Stennick, he said, while a lawyer for Save the Lenne Valley said a claim would follow.",
  );
  test("the same story in other words shares several names", () => {
    const m = storyMatch(B, A.keys);
    expect(m).not.toBeNull();
    expect(m!.names).toBeGreaterThanOrEqual(3);
  });

  test("one shared name, or a generic one, is never a story", () => {
    const other = storyNames("Ministry raises water bills", "The Ministry of Water Resources said bills in Orval would rise. Consumer groups in Washington objected.");
    // the ministry's name (one name, three words) and a town; what they say barely overlaps
    expect(storyMatch(B, other.keys, undefined, 0.05)).toBeNull();
  });

  test("two shared names need what the articles say to overlap too", () => {
    const closure = storyNames("Calloway shuts Marrowby mill", "Calloway Textiles will close its mill, chief executive Henrik Salo said. Salo said imports had cut prices.");
    const results = storyNames("Calloway sales rise", "Calloway Textiles sold more cloth in Sweden, Henrik Salo said. Salo thanked customers in Oslo.");
    expect(storyMatch(closure, results.keys, undefined, 0.05)).toBeNull();
    expect(storyMatch(closure, results.keys, undefined, 0.3)).not.toBeNull();
  });

  test("names common in the stored history count for nothing", () => {
    const common = (k: string): boolean => k !== "s:corran";
    expect(storyMatch(B, A.keys, { weight: () => 1, common }, 0)).toBeNull();
  });
});

test("sameSide: a full name and its surname are one side, two people sharing a first name are not", () => {
  expect(sameSide(["donald trump"], ["trump"])).toBe(true);
  expect(sameSide(["ines verhoeven"], ["ministry of water resources", "ines verhoeven"])).toBe(true);
  expect(sameSide(["paul arnaud"], ["paul kessler"])).toBe(false);
});

test("spreadOffers: an earlier statement already offered under one statement ranks lower under the next", () => {
  const ranked = [
    [{ item: "x", score: 2 }, { item: "y", score: 1.9 }, { item: "z", score: 1.8 }, { item: "w", score: 1.7 }],
    [{ item: "x", score: 2 }, { item: "y", score: 1.9 }, { item: "z", score: 1.8 }, { item: "w", score: 1.7 }, { item: "v", score: 1.6 }],
  ];
  const out = spreadOffers(ranked, (s) => s, 2);
  expect(out[0]).toEqual(["x", "y"]);
  expect(out[1]).toEqual(["z", "w"]);
});

// ---- through the real history ---------------------------------------------------------------------
const DAM_A_TEXT =
  "ORVAL — Save the Lenne Valley accused the Ministry of Water Resources on Monday of flooding farms below the Corran Dam when it opened the sluice gates at night.\n" +
  "“Nobody warned us, the water was in the barns by four in the morning,” said Tobias Nkemelu, who chairs Save the Lenne Valley.\n" +
  "Nkemelu said farms between Orval and Stennick had lost feed and fencing.";
const DAM_B_TEXT =
  "STENNICK — Deputy minister Paul Arnaud defended the overnight discharge from the Corran reservoir on Tuesday, saying engineers had no safe alternative.\n" +
  "“Our engineers protected thousands of people living below the dam,” Arnaud said.\n" +
  "Arnaud said warnings had reached the municipal offices in Orval and Stennick before midnight.";
const DAM_A = analysisOf(
  DAM_A_TEXT,
  [
    { source: "Save the Lenne Valley", cue: "accused", content: "the Ministry of Water Resources on Monday of flooding farms below the Corran Dam when it opened the sluice gates at night", stance: "allegation", party: "p0" },
    { source: "Tobias Nkemelu", cue: "said", content: "Nobody warned us, the water was in the barns by four in the morning,", party: "p0" },
    { source: "Nkemelu", cue: "said", content: "farms between Orval and Stennick had lost feed and fencing", party: "p0", speaker: "Tobias Nkemelu" },
  ],
  [
    { id: "p0", name: "Save the Lenne Valley", aliases: ["Tobias Nkemelu", "Nkemelu"], quoted: true },
    { id: "p1", name: "Ministry of Water Resources", aliases: [], quoted: false },
  ],
  [{ kind: "accusation", from: 0, against: "p1" }],
);
const DAM_B = analysisOf(
  DAM_B_TEXT,
  [
    { source: "Deputy minister Paul Arnaud", cue: "defended", content: "the overnight discharge from the Corran reservoir on Tuesday, saying engineers had no safe alternative", party: "p0", speaker: "Paul Arnaud" },
    { source: "Arnaud", cue: "said", content: "Our engineers protected thousands of people living below the dam,", party: "p0", speaker: "Paul Arnaud" },
    { source: "Arnaud", cue: "said", content: "warnings had reached the municipal offices in Orval and Stennick before midnight", party: "p0", speaker: "Paul Arnaud" },
  ],
  [{ id: "p0", name: "Paul Arnaud", aliases: ["Arnaud"], quoted: true }],
);
// Shares the ministry's name and a town with the dam story, on another matter.
const TARIFF_TEXT =
  "The Ministry of Water Resources said on Thursday that water bills in Orval would rise by nine percent.\n" +
  "“The new treatment plants must be paid for,” said Ines Verhoeven, a spokeswoman for the Ministry of Water Resources.";
const TARIFF = analysisOf(
  TARIFF_TEXT,
  [
    { source: "The Ministry of Water Resources", cue: "said", content: "water bills in Orval would rise by nine percent", party: "p0", speaker: "Ministry of Water Resources" },
    { source: "Ines Verhoeven", cue: "said", content: "The new treatment plants must be paid for,", party: "p0" },
  ],
  [{ id: "p0", name: "Ministry of Water Resources", aliases: ["Ines Verhoeven"], quoted: true }],
);

describe("history across articles, by story", () => {
  test("the second report of a story offers the first one's other side, with outlet, day and a text fragment; a page sharing a name offers nothing", async () => {
    let now = Date.UTC(2026, 2, 9, 12);
    const h = new History({ dbName: `story-${Math.random()}`, now: () => now, settings: () => ({ enabled: true, maxStatements: 1000, maxAgeDays: 365 }) });
    await h.record(reportOf("https://tariffs.example/bills", "Water bills to rise", TARIFF_TEXT, TARIFF));
    await h.record(reportOf("https://www.valley-gazette.example/dam", "Farmers say dam release flooded their fields", DAM_A_TEXT, DAM_A));
    now += 86_400_000;
    const found = await h.lookup(DAM_B, "https://ledger.example/discharge", DAM_B_TEXT, "Ministry defends emergency discharge at Corran reservoir");
    const all = found.flat();
    expect(all.length).toBeGreaterThan(0);
    expect(all.every((c) => c.url?.startsWith("https://www.valley-gazette.example/dam#:~:text="))).toBe(true);
    expect(found.every((cs) => cs.length <= 3)).toBe(true);
    // the accusation is offered, under the statement it answers, with outlet and day
    const accusation = all.find((c) => c.url?.includes("#:~:text=ORVAL"));
    expect(accusation?.label).toContain("valley-gazette.example, 2026-03-09");
    // every one of A's statements is offered somewhere in B (three statements, room for nine)
    expect(new Set(all.map((c) => c.url)).size).toBe(3);
    await h.close();
  });

  test("an unrelated page that shares a frequent name and a word is never offered", async () => {
    const h = new History({ dbName: `story-${Math.random()}`, settings: () => ({ enabled: true, maxStatements: 1000, maxAgeDays: 365 }) });
    await h.record(reportOf("https://tariffs.example/bills", "Water bills to rise", TARIFF_TEXT, TARIFF));
    const found = await h.lookup(DAM_B, "https://ledger.example/discharge", DAM_B_TEXT, "Ministry defends emergency discharge at Corran reservoir");
    expect(found.flat()).toEqual([]);
    await h.close();
  });
});
