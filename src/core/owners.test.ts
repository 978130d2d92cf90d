// Sides of sources that are not named speakers, on invented articles: an unnamed source that names
// its owner, a document that belongs to the side that issued it, and the words that end a name.
import { describe, expect, test } from "vitest";
import { analyze } from "./analyze";
import { describePhrase } from "./entities";
import { ownerPhrase } from "./owners";
import { isShown } from "./display";
import type { Analysis } from "./types";

const partyName = (a: Analysis, source: RegExp): string | null | undefined => {
  const s = a.statements.find((x) => x.source && source.test(x.source.text));
  if (!s) return undefined;
  return s.party ? (a.parties.find((p) => p.id === s.party)?.name ?? null) : null;
};

const MINE = [
  "Ostland miners win a hearing on the Kessel pit",
  "",
  'The Kessel Mining Company said in a statement on Monday that it would appeal the ruling of the regional court.',
  "",
  '"The permits remain valid and the pit will stay open," the statement said.',
  "",
  "Kessel Mining Company officials said the appeal would be filed within a week.",
  "",
  'Mayor Ines Varga accused the company of poisoning the river. "They have lied to this town for years," Varga said.',
  "",
  "Varga asked for patience in a letter posted online on Tuesday, saying the town would be heard.",
  "",
  "People close to Mayor Varga said she would not settle with the company.",
  "",
  'Peter Lang, an economist at Tarn University, said the figures were "not yet clear."',
].join("\n");

describe("sources that are not named speakers join the side they speak for", () => {
  const a = analyze(MINE);
  const kessel = partyName(a, /^The Kessel Mining Company$/);
  const varga = partyName(a, /^Mayor Ines Varga$|^Varga$/);

  test("the two sides are found", () => {
    expect(kessel).toBeTruthy();
    expect(varga).toBeTruthy();
    expect(kessel).not.toBe(varga);
  });

  test("'the statement' belongs to the side that issued it", () => {
    expect(partyName(a, /^the statement$/)).toBe(kessel);
  });

  test("officials named by their organization join it", () => {
    expect(partyName(a, /^Kessel Mining Company officials$/)).toBe(kessel);
  });

  test("'in a letter' belongs to the sentence's subject", () => {
    expect(partyName(a, /^a letter$/)).toBe(varga);
  });

  test("people close to a named person join that person's side", () => {
    expect(partyName(a, /^People close to Mayor Varga$/)).toBe(varga);
  });

  test("an independent expert still stays without a side", () => {
    expect(partyName(a, /^Peter Lang/)).toBeNull();
  });
});

const TRIAL = [
  "Two clerks charged over missing ledgers",
  "",
  "Federal prosecutors in the Tarn district attorney's office charged two clerks on Friday.",
  "",
  '"The defendants had a duty to keep the ledgers safe," prosecutors said in the filing.',
  "",
  "The clerks signed false reports for months, according to court records.",
  "",
  'Jo Hart, a lawyer for the clerks, said the charges were "overblown" and that her clients were not to blame.',
].join("\n");

describe("court records belong to the prosecution", () => {
  const a = analyze(TRIAL);
  test("court records join the prosecutors' side", () => {
    const pros = partyName(a, /^Federal prosecutors/i) ?? partyName(a, /^prosecutors$/i);
    expect(pros).toBeTruthy();
    expect(partyName(a, /^court records$/)).toBe(pros);
  });
});

describe("the owner an unnamed source names", () => {
  test("before or after the role noun; never a pronoun or a thought", () => {
    expect(ownerPhrase("White Palace officials")).toBe("White Palace");
    expect(ownerPhrase("a senior ministry official")).toBe("ministry");
    expect(ownerPhrase("an official in the Ostland water agency")).toBe("the Ostland water agency");
    expect(ownerPhrase("people close to Ms. Hart")).toBe("Ms. Hart");
    expect(ownerPhrase("people familiar with her thinking")).toBe("");
    expect(ownerPhrase("people familiar with Ms. Hart's thinking")).toBe("Ms. Hart");
    expect(ownerPhrase("analysts")).toBe("");
  });
});

describe("words that end a person's name", () => {
  test("an office or a party label before the name is not part of it", () => {
    expect(describePhrase("Deputy Director of Public Prosecution Ada Lind").name).toBe("Ada Lind");
    expect(describePhrase("Ohio Republican Jo Hart").name).toBe("Jo Hart");
    expect(describePhrase("Senator Mary Ann Bell").name).toBe("Mary Ann Bell");
  });

  test("a 'fellow' party member is not a neutral fellow of an institute", () => {
    const a = analyze(
      [
        "Budget vote splits the council",
        "",
        'Councillor Rosa Lind, who has split from many fellow Democrats on spending, said the budget "punishes the poor."',
        "",
        'Mayor Tom Berg said the budget was "fair to every district."',
      ].join("\n"),
    );
    expect(partyName(a, /Rosa Lind/)).toBeTruthy();
  });
});

describe("counters", () => {
  test("never link a statement the reader does not see marked", () => {
    const a = analyze(MINE);
    for (const s of a.statements)
      for (const c of s.counter)
        if (c.kind === "in-article") {
          expect(isShown(s)).toBe(true);
          expect(isShown(a.statements[c.statement!]!)).toBe(true);
        }
  });
});
