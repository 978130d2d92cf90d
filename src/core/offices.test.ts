// One side per office on invented articles: a prosecutor and the prosecuting office, a president
// and the seat of government that speaks for them, a staff member named by the organization
// before the role, and an apposition whose later words name no affiliation.
import { describe, expect, test } from "vitest";
import { analyze } from "./analyze";
import { describePhrase } from "./entities";
import type { Analysis } from "./types";

const sideOf = (a: Analysis, speaker: RegExp): string | null | undefined => {
  const s = a.statements.find((x) => speaker.test(x.speaker ?? ""));
  return s ? s.party : undefined;
};

describe("a prosecutor speaks for the prosecuting office", () => {
  const a = analyze(
    [
      "Ostland drops its case against the ferry captain",
      "",
      "The Ostland Prosecution Authority said on Friday that it had closed its inquiry into the sinking of the ferry Amsel.",
      "",
      '"The evidence has weakened considerably over the years," Deputy Chief Prosecutor Lena Roos said at a news conference.',
      "",
      '"My client has waited six years for this day," said Tomas Brand, who represents the captain.',
      "",
      "Brand said the authority had ruined the captain's career with a case it could never prove.",
    ].join("\n"),
  );

  test("the deputy prosecutor and the authority are one side, the defence another", () => {
    const office = sideOf(a, /Ostland Prosecution Authority/);
    expect(office).toBeTruthy();
    expect(sideOf(a, /Lena Roos/)).toBe(office);
    expect(sideOf(a, /Tomas Brand/)).not.toBe(office);
    expect(a.parties.some((p) => p.name === "Lena Roos")).toBe(false);
  });

  test("her statement is never offered as an answer to the authority's own", () => {
    const office = sideOf(a, /Ostland Prosecution Authority/);
    a.statements.forEach((s) => {
      if (s.party !== office) return;
      for (const c of s.counter) if (c.kind === "in-article") expect(a.statements[c.statement!]!.party).not.toBe(office);
    });
  });
});

describe("a president and the seat of government that speaks for them", () => {
  const text = [
    "President Hale defends the tariff plan",
    "",
    "The White House said on Tuesday that the new tariffs on steel would stay in place through the winter.",
    "",
    '"We will not back down on steel," President Dana Hale told reporters in the Rose Garden.',
    "",
    "Senator Ruth Okafor said the tariffs were hurting farmers in her state and accused Hale of ignoring them.",
  ].join("\n");
  const a = analyze(text);

  test("the president joins the government side, the senator stays apart", () => {
    const gov = sideOf(a, /White House/);
    expect(gov).toBeTruthy();
    expect(sideOf(a, /Dana Hale/)).toBe(gov);
    expect(sideOf(a, /Ruth Okafor/)).not.toBe(gov);
  });

  test("an accusation of the president by surname is aimed at that one side, heard in the article", () => {
    const gov = sideOf(a, /White House/);
    const okafor = a.statements.map((s, i) => (/Ruth Okafor/.test(s.speaker ?? "") ? i : -1)).filter((i) => i >= 0);
    const aimed = a.disputes.filter((d) => okafor.includes(d.from));
    expect(aimed.length).toBeGreaterThan(0);
    for (const d of aimed) expect(d.against).toBe(gov);
    expect(a.parties.find((p) => p.id === gov)?.quoted).toBe(true);
  });

  test("a president of another country named as such stays with that country", () => {
    const b = analyze(
      [
        "Talks on the border open",
        "",
        "The White House said on Monday that the talks would last two days.",
        "",
        '"We came to listen," said Ostlandish President Ivo Marek, who arrived in the capital on Sunday.',
      ].join("\n"),
    );
    expect(sideOf(b, /Ivo Marek/)).not.toBe(sideOf(b, /White House/));
  });
});

describe("staff named by the organization before their role", () => {
  const a = analyze(
    [
      "Harbor Board delays the dredging vote",
      "",
      "The Harbor Board said on Monday that the vote would wait until the spring.",
      "",
      '"Nobody has been kept in the dark," said Jo Marsh, the principal deputy Harbor Board press secretary.',
      "",
      "Fishermen's union leader Sam Ode said the board was hiding the cost of the dredging from the town.",
    ].join("\n"),
  );

  test("the press secretary joins the board", () => {
    const board = sideOf(a, /Harbor Board/);
    expect(board).toBeTruthy();
    expect(sideOf(a, /Jo Marsh/)).toBe(board);
  });
});

describe("an apposition names an affiliation only in its role", () => {
  test("words after a time clause or a link that names no one hold none", () => {
    const d = describePhrase("Ana Ruiz, the first envoy for a conservative cabinet since the end of the Long Peace");
    expect(d.affiliation).toBe("");
    expect(describePhrase("Ana Ruiz, the first envoy of a Ostland cabinet since the end of the Long Peace").affiliation).toBe("");
  });

  test("a role's own organization is still found", () => {
    expect(describePhrase("Ana Ruiz, a spokeswoman for the Water Board").affiliation).toBe("Water Board");
    expect(describePhrase("Ana Ruiz, a spokeswoman for the Water Board since March").affiliation).toBe("Water Board");
  });

  test("a party label on another noun of the apposition is not the person's party", () => {
    expect(describePhrase("Ambassador Ana Ruiz, the first envoy for a Republican administration since the end of the Long Peace").affiliation).toBe("");
    expect(describePhrase("Ambassador Ana Ruiz, a Republican fundraiser").affiliation).toBe("Republican Party");
  });
});

describe("a title's holder named by the title alone", () => {
  const a = analyze(
    [
      "Teachers rally at the capitol",
      "",
      "Thousands of teachers marched on the Ostland capitol on Tuesday to demand higher pay from Republican Gov. Alan Reyes and the legislature.",
      "",
      "Reyes has promised a pay commission. Unlike Wexford's Gov. Peter Lind, who lost his seat this month, Reyes has not attacked the teachers.",
      "",
      '"We need action now," said Mara Quist, who heads the Ostland Teachers Union.',
      "",
      "The governor said he was waiting for the commission to report by the end of next year.",
      "",
      "His office said the budget already raised school spending by three percent.",
      "",
      "Republican state schools Superintendent Nora Vale told the teachers they deserved better.",
    ].join("\n"),
  );
  const says = (re: RegExp) => a.statements.find((s) => re.test(s.content.text));

  test("'the governor' is the governor the text names most, not the last one named", () => {
    expect(says(/waiting for the commission/)?.speaker).toBe("Alan Reyes");
  });

  test("'his office' speaks for the governor's side", () => {
    const gov = says(/waiting for the commission/)?.party;
    expect(gov).toBeTruthy();
    expect(says(/already raised school spending/)?.party).toBe(gov);
  });

  test("two office holders of one political party are not one side by the label alone", () => {
    const gov = says(/waiting for the commission/)?.party;
    const vale = says(/deserved better/)?.party;
    expect(gov).toBeTruthy();
    expect(vale).toBeTruthy();
    expect(vale).not.toBe(gov);
  });
});

describe("one side per organization and per country, whatever name it goes by", () => {
  const a = analyze(
    [
      "Ostland drops the case against Tarnleaks founder",
      "",
      "Tarnleaks founder Mika Sand said on Monday that the case had been a political campaign from the start.",
      "",
      '"This was never about the law," Sand said.',
      "",
      "Tarnleaks editor Jo Berg accused the US of pushing Ostland to keep the case open.",
      "",
      '"We have nothing to add," the US said in a brief statement, adding that the United States respects the courts of Ostland.',
      "",
      "Sand was accused of fraud by a former business partner in 2015, which he has always denied.",
    ].join("\n"),
  );

  test("a founder who joined the organization leaves no empty side of his own for accusations to land on", () => {
    const org = a.statements.find((s) => s.speaker === "Mika Sand")?.party;
    expect(org).toBeTruthy();
    expect(a.parties.some((p) => p.name === "Mika Sand")).toBe(false);
    for (const d of a.disputes) expect(a.parties.some((p) => p.id === d.against)).toBe(true);
  });

  test("'the US' and 'the United States' are one side", () => {
    const us = a.parties.filter((p) => /^(?:US|U\.S\.|United States)$/.test(p.name));
    expect(us.length).toBe(1);
    expect(us[0]!.name).toBe("United States");
  });
});

describe("a critical statement naming a person by surname alone", () => {
  const a = analyze(
    [
      "Harbor inquiry hears from the port's engineers",
      "",
      "The inquiry into the collapse of the Lindholm pier heard on Thursday from two engineers who worked under harbor master Viktor Hallan.",
      "",
      '"Hallan\'s handling of the repairs was a disgrace from the first day," said Petra Nyman, a senior engineer at the port.',
      "",
      '"We warned the board every month," Nyman said.',
    ].join("\n"),
  );

  test("is an accusation against the person the text names in full, reported as not heard", () => {
    const nyman = a.statements.map((s, i) => (s.speaker === "Petra Nyman" ? i : -1)).filter((i) => i >= 0);
    const d = a.disputes.find((x) => x.kind === "accusation" && nyman.includes(x.from));
    expect(d).toBeDefined();
    const p = a.parties.find((x) => x.id === d!.against);
    expect(p?.name).toBe("Viktor Hallan");
    expect(p?.quoted).toBe(false);
  });
});

describe("a named owner's family speaks as a side", () => {
  const a = analyze(
    [
      "Questions over a death in custody",
      "",
      "Representatives of Dorn's family said on Monday that the prison had ignored his requests for a doctor.",
      "",
      'Warden Ilse Brandt denied that any request had been ignored. "Every request was logged and answered," she said.',
      "",
      "Some families of other inmates said they had not been told about the death for days.",
    ].join("\n"),
  );

  test("'representatives of Dorn's family' stand for the family, a family alone for no side", () => {
    const fam = a.statements.find((s) => /Dorn's family/.test(s.source?.text ?? ""));
    expect(fam?.party).toBeTruthy();
    expect(a.parties.find((p) => p.id === fam!.party)?.name).toMatch(/Dorn's family/);
    expect(a.statements.find((s) => /^Some families/.test(s.source?.text ?? ""))?.party ?? null).toBeNull();
  });
});

describe("an officer of a body the text does not quote", () => {
  const lines = (second: string) =>
    [
      "Two soldiers were killed when their transport plane crashed in the north, the British military said on Tuesday.",
      "",
      '"The cause of the crash is under investigation," the military said in a statement.',
      "",
      second,
      "",
      "General Olaf Brandt, chairman of the Joint Defence Staff, told reporters this month that the troops would stay for years.",
    ].join("\n");
  const brandt = (t: string) => {
    const a = analyze(t);
    return { a, p: a.statements.find((s) => s.speaker === "Olaf Brandt")?.party, mil: a.statements[0]!.party };
  };
  test("a general speaks for the one country whose military the text quotes", () => {
    const { p, mil } = brandt(lines("The crash came a day after a ceasefire was agreed."));
    expect(mil).toBeTruthy();
    expect(p).toBe(mil);
  });
  test("with two militaries quoted, neither is assumed", () => {
    const { p, mil } = brandt(lines("The French army said it had sent a rescue team to the site."));
    expect(p).not.toBe(mil);
  });
});
