import { describe, expect, test } from "vitest";
import { findUnnamedSources, weToldMatches } from "./unnamed";
import fc from "fast-check";

// Sentences written for these tests; none comes from an article.
const found = (t: string) => findUnnamedSources(t).map((h) => h.text);

describe("unnamed sources", () => {
  test.each([
    ["Officials said the bridge would reopen in May.", "Officials"],
    ["The plan was shelved, according to two people familiar with the talks.", "two people familiar with the talks"],
    ["A senior trade official, speaking on condition of anonymity, said the deal was close.", "A senior trade official, speaking on condition of anonymity"],
    ["Harbor residents have long warned that the dam leaks.", "Harbor residents"],
    ["The mayor's claims, sourced to anonymous 'witnesses', were disputed.", "anonymous 'witnesses'"],
    ["The vote will be delayed, said a person close to the committee.", "a person close to the committee"],
    ["Sources told the newspaper that the merger was off.", "Sources"],
    ["We're told the singer left early.", "We're told"],
    ["A farmer who asked not to be identified said the river had dried up.", "A farmer who asked not to be identified"],
    ["An aide to the senator said the bill was dead.", "An aide to the senator"],
    ["The deal was signed, said one person, who requested anonymity.", "one person, who requested anonymity"],
    ["A U.S. official said the strike was over.", "A U.S. official"],
    ["The paper reported, citing unnamed sources, that he would resign.", "unnamed sources"],
  ])("finds %j", (text, phrase) => {
    expect(found(text)).toContain(phrase);
  });

  test("a later definite mention of the same source counts", () => {
    const t = "A nurse at the clinic told reporters the ward was closed. The nurse said staff were moved.";
    expect(found(t)).toEqual(["A nurse at the clinic", "The nurse"]);
  });

  test.each([
    ["What we consider before using anonymous sources."],
    ["Police said the road was closed."],
    ["The ministry said it would respond."],
    ["Mayor Lena Ortiz, a spokeswoman for the city, said the park is safe."],
    ["A spokesman for the club declined to comment."],
    ["Many residents fear the flood will return."],
    ["The workers were told to leave by noon."],
    ["“Many people say it is over,” Ortiz said."],
    ["A woman accused him of theft in 2019."],
    ["The identity of a reporter's sources is protected by law."],
    ["According to court records, the firm paid the fine."],
    ["Harris told friends he would run."],
    ["Smith said officials had misled the public."],
    ["There are more than 12,000 ferry passengers on the island, said Okafor, the port director."],
  ])("no false alarm on %j", (text) => {
    expect(found(text)).toEqual([]);
  });

  // the classes issue 11 names: anonymity in other words, a lone "one", quantified groups,
  // roles with an owner
  test.each([
    ["A steward for the league, who did not wish to be named, said the match was fixed.", "A steward for the league, who did not wish to be named", true],
    ["The farmers were tired. One, who asked not to be named, said the price had halved.", "One, who asked not to be named", true],
    ["The nurses walked out at dawn. Many of them said they had not been paid.", "Many of them", false],
    ["Several of the strikers told the radio station the talks had failed.", "Several of the strikers", false],
    ["Some county commissioners said the levy was unfair.", "Some county commissioners", false],
    ["The actor skipped the premiere. His spokesman said he was ill.", "His spokesman", false],
    ["The band split in May. Her rep told the site the tour was off.", "Her rep", false],
    ["Dana Vole's publicist confirmed the engagement.", "Dana Vole's publicist", false],
    // anonymity stated in the next sentence: about the same people, or about someone else
    ["The depot will shut in June, officials said. They spoke on condition of anonymity.", "officials", true],
    ["The depot will shut in June, two managers said. The managers asked not to be named.", "two managers", true],
    ["The depot will shut in June, officials said. A driver, who was not authorized to speak, said the same.", "officials", false],
  ])("finds %j", (text, phrase, anonymous) => {
    const hit = findUnnamedSources(text).find((h) => h.text === phrase);
    expect(hit, JSON.stringify(findUnnamedSources(text).map((h) => h.text))).toBeDefined();
    expect(hit!.anonymous).toBe(anonymous);
  });

  test.each([
    ["His spokesman, Oren Plat, said the actor was ill. Later his spokesman said he was better."],
    ["Many of them were detained overnight."],
    ["Ten of the guards reported for duty late."],
    ["Korvia is one of the loudest critics of the dam plan and says it floods farms."],
  ])("no false alarm on %j (look-alikes of those classes)", (text) => {
    expect(found(text)).toEqual([]);
  });

  test("a surname in -ers or -or opening a sentence is a name when the text names that person", () => {
    for (const sur of ["Myers", "Halvers", "Sanders", "Castor"]) {
      const t = `The ferry board met on Monday. Dan ${sur} chairs it. ${sur} said the fares would rise.`;
      expect(found(t)).toEqual([]);
    }
    // the same word written in lower case too is a common noun: a group at the sentence's start
    expect(found("Traders met on Monday. Traders said the fares would rise, and other traders agreed.")).toContain("Traders");
    expect(found("Ferry Traders Say Fares Will Rise\n\nTraders said the fares would rise.")).toContain("Traders");
  });

  test("spans are exact slices", () => {
    const t = "Officials said so. Two diplomats told us, according to sources, that it was late.";
    for (const h of findUnnamedSources(t)) expect(t.slice(h.start, h.end)).toBe(h.text);
  });
});

describe("we are told", () => {
  test("tried before each \" told\" only, the matches of a scan of the whole text", () => {
    const re = /\b[Ww]e(?:['’]re| are| were|['’]ve been| have been) told\b/g;
    const parts = ["We", "we", "'re", "’re", " are", " were", "'ve been", "’ve been", " have been", " told", "told", " ", "x", "e", "W", ".", "\n", "s", "é"];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...parts), { maxLength: 25 }), (ps) => {
        const text = ps.join("");
        const at = (ms: Iterable<RegExpMatchArray>): string[] => [...ms].map((m) => `${m.index}:${m[0]}`);
        expect(at(weToldMatches(text))).toEqual(at(text.matchAll(re)));
      }),
      { numRuns: 3000, seed: 17 },
    );
  });
});

