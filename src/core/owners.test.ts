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

  test("'in a letter posted online, saying …': the sentence's subject speaks, not the letter", () => {
    const saying = a.statements.find((x) => x.cue?.text === "saying");
    expect(saying?.source?.text).toBe("Varga");
    expect(partyName(a, /^Varga$/)).toBe(varga);
    expect(partyName(a, /^a letter$/)).toBeUndefined();
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

describe("an owner named only in the unnamed source's phrase", () => {
  const story = (source: string): Analysis => analyze(`The ferry fares rose on Monday.\n\nThe council approved the rise.\n\n${source} said the fares had been too low for years.`);
  test.each([
    ["A spokesman for the Tidewater Port Authority", "Tidewater Port Authority"],
    ["Two officials at Kellmont Shipping", "Kellmont Shipping"],
    ["A spokeswoman for Senator Ina Brandt", "Ina Brandt"],
  ])("'%s' is on the side of %s, though no statement of its own made it one", (source, side) => {
    expect(partyName(story(source), /^(?:A|Two) /)).toBe(side);
  });
  test("a count opening the phrase leaves the speakers the aides, not the senator", () => {
    const a = story("Two aides to Senator Ina Brandt");
    const st = a.statements.find((s) => s.source?.text.startsWith("Two aides"));
    expect(st?.speaker).not.toBe("Ina Brandt");
    expect(partyName(a, /^Two aides/)).toBe("Ina Brandt");
  });
  test.each(["A spokesman for the agency", "A senior ministry official", "European officials"])("'%s', an owner not named in full, makes no side", (source) => {
    expect(partyName(story(source), new RegExp(`^${source}$`))).toBeNull();
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

describe("members of a side join it", () => {
  const a = analyze(
    [
      "Nurses rally for pay at the capitol",
      "",
      'The Ostland Nurses Association said the state "has failed its hospitals for a decade."',
      "",
      'Ward nurse Clara Holm said she worked two shifts a day. "We cannot go on like this," Holm said.',
      "",
      'Hospital founder Edda Brun said the hospital would stay open. Brun is the Kessel Clinic founder.',
      "",
      '"We will keep every ward open," said Kessel Clinic founder Edda Brun.',
      "",
      'Governor Piet Lund said the budget "already gives hospitals more than ever."',
    ].join("\n"),
  );
  test("a nurse joins the nurses' association", () => {
    const assoc = partyName(a, /^The Ostland Nurses Association$/);
    expect(assoc).toBeTruthy();
    expect(partyName(a, /^Holm$/)).toBe(assoc);
  });
  test("the governor stays on his own side", () => {
    expect(partyName(a, /^Governor Piet Lund$/)).not.toBe(partyName(a, /^The Ostland Nurses Association$/));
  });
});

describe("an accused person who never speaks", () => {
  test("the subject of an alleged clause is accused, even after 'that'", () => {
    const a = analyze(
      [
        "Clerks charged over missing ledgers",
        "",
        "Prosecutors alleged that Hal Voss stole millions from the town treasury.",
        "",
        '"We did nothing wrong," said Ann Lee, one of the two clerks.',
      ].join("\n"),
    );
    const voss = a.parties.find((p) => p.name === "Hal Voss");
    expect(voss).toBeTruthy();
    expect(voss!.quoted).toBe(false);
    expect(a.disputes.some((d) => d.kind === "accusation" && d.against === voss!.id)).toBe(true);
  });

  test("a relative sharing a surname is not the speaker's side", () => {
    const a = analyze(
      [
        "Father speaks after the attack",
        "",
        'Karim Osei Dambe said on Monday that he condemned the attack by his son, Tomas Dambe, as "a crime against all of us."',
        "",
        '"I did not know," Dambe said.',
      ].join("\n"),
    );
    const father = a.parties.find((p) => p.name === "Karim Osei Dambe");
    expect(father).toBeTruthy();
    expect(father!.aliases).not.toContain("Tomas Dambe");
  });
});

describe("a founder named in the text speaks for the organization", () => {
  test("'Tarnleaks co-founder Mia Sand' joins Tarnleaks", () => {
    const a = analyze(
      [
        "Court drops the case against Tarnleaks co-founder Mia Sand",
        "",
        'Tarnleaks editor Ola Berg said the case "should never have been opened."',
        "",
        'Sand, who lives in Ostland, said the decision was "long overdue."',
        "",
        'The prosecutor, Per Vik, said the evidence "had weakened over time."',
      ].join("\n"),
    );
    const leaks = partyName(a, /^Tarnleaks editor Ola Berg$/);
    expect(leaks).toBe("Tarnleaks");
    expect(partyName(a, /^Sand\b/)).toBe(leaks);
  });
});

describe("a voice from a university", () => {
  test("a program administrator at a university stays neutral; a university spokesman does not", () => {
    const a = analyze(
      [
        "Camp running out of water",
        "",
        'The Ostland army said the camp "receives all the water it needs."',
        "",
        'Lena Falk, program administrator for the Camps Project at Tarn University, said the supply "falls short every week."',
        "",
        'Ivo Dahl, a spokesman for Tarn University, said the project "is independent of any government."',
      ].join("\n"),
    );
    expect(partyName(a, /^Lena Falk/)).toBeNull();
    expect(partyName(a, /^Ivo Dahl/)).toBeTruthy();
  });
});

describe("counters from the side a statement names", () => {
  test("a statement about a named witness is answered by that witness, not by a bystander side", () => {
    const a = analyze(
      [
        "Second witness questions first witness",
        "",
        'Rolf Anker, a former Tarn Council official, said he had doubts about the judgment of Mara Lindqvist, another council official.',
        "",
        'Lindqvist said she had "acted on every rule" and that her judgment was sound.',
        "",
        'Oskar Hale, a Tarn Harbour director, said the harbour would reopen in May.',
      ].join("\n"),
    );
    const anker = a.statements.findIndex((s) => s.speaker === "Rolf Anker");
    const lind = a.statements.findIndex((s) => s.speaker === "Mara Lindqvist");
    expect(anker).toBeGreaterThanOrEqual(0);
    expect(lind).toBeGreaterThanOrEqual(0);
    const ins = a.statements[anker]!.counter.filter((c) => c.kind === "in-article").map((c) => c.statement);
    expect(ins).toContain(lind);
  });
});

describe("staff named by their principal's title", () => {
  test("'the Governor's physician' joins the side of the one person the text calls governor; a former doctor of his does not", () => {
    const a = analyze(
      [
        "Gov. Aldo Brenner spent two nights at Eastvale General Hospital, the governor's office said on Monday.",
        "",
        '"The governor is resting and in good spirits," his office said in a statement.',
        "",
        "Dr. Mira Sand, who has served as the Governor's physician since 2021, said the tests were routine.",
        "",
        "Brenner told reporters on Tuesday that he felt fine.",
        "",
        "Dr. Olaf Wren, his doctor until last year, said the governor had long ignored his advice.",
      ].join("\n"),
    );
    const sand = a.statements.find((s) => s.speaker === "Mira Sand");
    const brenner = a.statements.find((s) => s.speaker === "Aldo Brenner");
    expect(sand?.party).toBeTruthy();
    expect(sand!.party).toBe(brenner!.party);
    const wren = a.statements.find((s) => s.speaker === "Olaf Wren");
    expect(wren?.party ?? null).not.toBe(brenner!.party);
  });
});

describe("an organization's name cut short at 'for'", () => {
  test("'criticized by Citizens for Open Government in Ostland' is the whole name, and 'the group' and its letter are it", () => {
    const a = analyze(
      [
        "Mayor Lena Hoff has been criticized by Citizens for Open Government in Ostland, a nonpartisan watchdog group. On Friday, the group sent a letter to the state auditor, asking for a review of her travel.",
        "",
        "The letter said Hoff accepted six free flights from donors.",
        "",
        '"Every flight was paid for," Hoff said.',
      ].join("\n"),
    );
    const crit = a.statements.find((s) => s.cue?.text === "has been criticized");
    expect(crit?.speaker).toBe("Citizens for Open Government in Ostland");
    expect(crit!.party).toBeTruthy();
    for (const src of ["the group", "The letter"]) expect(a.statements.find((s) => s.source?.text === src)?.party).toBe(crit!.party);
  });
});
