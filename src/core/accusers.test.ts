// Sides that are described rather than named, and targets that are implied, on invented articles:
// accusers known only by a description ("three former interns", "a woman"), "him" in "who accused
// him", "the group" and "the letter" for the organization just quoted, a defense team for its
// clients, one official of a body just quoted, and a claim called untrue by someone of no side.
import { describe, expect, test } from "vitest";
import { cpuMs } from "../../tests/support/cost";
import { analyze } from "./analyze";
import { defenseParty } from "./owners";
import type { PartyTable } from "./parties";
import type { Analysis, Party } from "./types";

const byCue = (a: Analysis, cue: string, from = 0) => {
  const i = a.statements.findIndex((s, k) => k >= from && s.cue?.text === cue);
  expect(i, `a statement with the cue "${cue}"`).toBeGreaterThanOrEqual(0);
  return i;
};
const partyName = (a: Analysis, i: number) => a.parties.find((p) => p.id === a.statements[i]!.party)?.name ?? null;

describe("accusers described, not named", () => {
  const a = analyze(
    [
      "Mayor-elect Tomas Brenner apologized on Sunday to the three former City Hall interns who accused him of harassment.",
      "",
      '"I regret the pain I caused," Brenner said in a speech.',
      "",
      "Last year, the conductor Elias Marr was accused of assault by a woman who worked with the orchestra in 2015. Marr has firmly denied it, saying the meeting never took place.",
    ].join("\n"),
  );

  test("people described by the text who accuse someone are a side, and 'him' is the person named before them", () => {
    const i = byCue(a, "accused");
    expect(partyName(a, i)).toMatch(/interns/i);
    const brenner = a.statements[byCue(a, "said")]!.party;
    expect(brenner).toBeTruthy();
    expect(a.disputes.some((d) => d.kind === "accusation" && d.from === i && d.against === brenner)).toBe(true);
  });

  test("the agent of a passive accusation ('by a woman') is the accusing side, and the denial answers it", () => {
    const i = byCue(a, "was accused");
    expect(partyName(a, i)).toMatch(/woman/i);
    const denial = byCue(a, "has firmly denied");
    expect(a.disputes.some((d) => d.kind === "rebuttal" && d.from === denial && d.against === a.statements[i]!.party)).toBe(true);
  });
});

describe("'the group' and 'the letter' are the organization just quoted", () => {
  const a = analyze(
    [
      "The Citizens Ethics Watch, a nonpartisan watchdog group, has criticized Governor Lena Hoff over her travel.",
      "",
      "On Monday, the watchdog sent a letter to the state auditor. The letter said Hoff accepted six free flights from donors.",
      "",
      'But the group said the flights were "plainly gifts."',
    ].join("\n"),
  );
  test("a generic noun for an organization, and the document it sent, speak for it", () => {
    const watch = a.statements[byCue(a, "has criticized")]!.party;
    expect(watch).toBeTruthy();
    const said = a.statements.map((s, i) => (s.cue?.text === "said" && s.parent === undefined ? i : -1)).filter((i) => i >= 0);
    expect(said.length).toBe(2);
    for (const i of said) expect(a.statements[i]!.party).toBe(watch);
  });
});

describe("a defense team and its clients", () => {
  const a = analyze(
    [
      "Two harbor pilots were charged on Tuesday with falsifying safety logs.",
      "",
      "Prosecutors alleged that Ada Kroll and Ben Vasko skipped the required inspections for three weeks.",
      "",
      "Kroll and Vasko pleaded not guilty on Wednesday.",
      "",
      "Defense attorneys said both pilots would contest every count at trial.",
      "",
      '"My client did nothing wrong," said Mara Quist, who represents Kroll.',
    ].join("\n"),
  );
  test("'defense attorneys' speak for the side of the clients the text names for its lawyers", () => {
    const team = a.statements[byCue(a, "said")]!;
    expect(team.source?.text).toBe("Defense attorneys");
    expect(team.party).toBeTruthy();
    expect(team.party).toBe(a.statements[byCue(a, "pleaded")]!.party);
    expect(team.counter.some((c) => c.kind === "in-article" && c.statement === byCue(a, "alleged"))).toBe(true);
  });
});

describe("a defense team quoted over and over", () => {
  const kroll: Party = { id: "kroll", name: "Ada Kroll", aliases: ["Kroll"], quoted: true };
  const page = (n: number): string => {
    const lines = ['"My client did nothing wrong," said Mara Quist, who represents Kroll.'];
    for (let i = 0; i < n; i++) lines.push(`Defense attorneys said exhibit ${i} was never shown to the jury.`);
    return lines.join(" ");
  };
  const table = (): PartyTable => ({ parties: [kroll], ofEntity: new Map(), byId: new Map([["kroll", kroll]]) });
  /** One look-up per defense-team statement, as enrichment makes them; best of two runs, in ms. */
  const run = (n: number): number => {
    const text = page(n);
    let best = Infinity;
    for (let k = 0; k < 2; k++) {
      const t = table();
      const t0 = cpuMs();
      for (let i = 0; i < n; i++) expect(defenseParty(t, "Defense attorneys", text)).toBe(kroll);
      best = Math.min(best, cpuMs() - t0);
    }
    return best;
  };

  test("every statement of the team gets its client's side, and the text is read for clients once, not once per statement", () => {
    run(250); // warm-up
    const small = run(250);
    const large = run(4_000);
    // 16x the statements on a 16x longer page: a scan of the page per statement takes 256x the
    // time; wall seconds are not asserted (npm run bench:growth prints them)
    expect(large).toBeLessThan(Math.max(200, small * 48));
  }, 120_000);

  test("the clients of a later analysis are read from its own text", () => {
    const t = table();
    expect(defenseParty(t, "the defense team", page(3))).toBe(kroll);
    expect(defenseParty(t, "the defense team", "Defense attorneys said the exhibit was never shown.")).toBeNull();
    expect(defenseParty(table(), "the defense team", "Defense attorneys said the exhibit was never shown.")).toBeNull();
  });
});

describe("office holders, appositions and partitive sources", () => {
  test("a party label before an executive title does not put the holder in the political party", () => {
    const a = analyze(
      [
        "Hundreds of nurses rallied outside the Capitol on Monday.",
        "",
        "Republican state health Commissioner Dana Pruitt told the crowd that they deserved more.",
        "",
        "Republican Sen. Carl Voss said the budget was already generous.",
      ].join("\n"),
    );
    expect(partyName(a, byCue(a, "told"))).not.toMatch(/Republican/);
    expect(partyName(a, byCue(a, "said"))).toBe("Republican Party");
  });

  test("a description set before a name after a comma is that person", () => {
    const a = analyze(
      [
        "Ambassador Carl Hendry is expected to testify on Wednesday.",
        "",
        "Hendry often boasted that the trade file was his alone, said another witness in the inquiry, former trade adviser Mona Reyes.",
        "",
        '"I asked who put him in charge," said Reyes.',
      ].join("\n"),
    );
    const first = byCue(a, "said");
    expect(a.statements[first]!.speaker).toBe("Mona Reyes");
    expect(a.statements[first]!.party).toBe(a.statements[byCue(a, "said", first + 1)]!.party);
  });

  test("'one official' right after a body's statement speaks for that body", () => {
    const a = analyze(
      [
        "Senator Ana Ruiz announced on Monday that the state would sue the Ferro Chemical Company over the spill.",
        "",
        'The next day, the Harbor Council said Ruiz had "gotten ahead of the facts," and one official attributed her announcement to "a misunderstanding."',
      ].join("\n"),
    );
    expect(partyName(a, byCue(a, "attributed"))).toBe("Harbor Council");
  });
});

describe("a claim called untrue by a speaker of no side", () => {
  const a = analyze(
    [
      "The Lebanese interior ministry accused Egyptian border troops of blocking aid convoys to the camp.",
      "",
      'The Egyptian army rejected the accusations as "completely false" and accused the Lebanese government of spreading rumors.',
      "",
      'A camp resident, who asked not to be named for fear of reprisals, said that the Lebanese interior ministry\'s claim is "simply not true."',
    ].join("\n"),
  );
  test("is a rebuttal of the side whose claim it names", () => {
    const i = a.statements.findIndex((s) => s.cue?.text === "said" && /not true/.test(s.content.text));
    expect(a.statements[i]!.party).toBeNull();
    const lebanon = a.parties.find((p) => p.name === "Lebanon");
    expect(a.disputes.some((d) => d.kind === "rebuttal" && d.from === i && d.against === lebanon?.id)).toBe(true);
  });
});

describe("a criminal case: the prosecution and the defendant", () => {
  const a = analyze(
    [
      "A Dayton man pleaded guilty on Monday to threatening to burn down a senator's office, the U.S. Attorney's Office for the Southern District of Ohio announced.",
      "",
      'In a news release, U.S. Attorney Rhea Lund warned that anger at a lawmaker "is never a license to threaten violence."',
      "",
      "Nina Ortell, Vince Harlan's attorney, said her client regretted the posts and had never owned a weapon.",
      "",
      "Harlan wrote last year that his supporters had called on the Ohio Republican Party to expel the senator.",
    ].join("\n"),
  );
  test("the prosecutor's criticism accuses the side the text names a lawyer for, and the lawyer's denial answers the prosecution", () => {
    const lund = a.statements.findIndex((s) => s.speaker === "Rhea Lund");
    const ortell = a.statements.findIndex((s) => s.speaker === "Nina Ortell");
    const harlan = a.statements[ortell]!.party;
    const pros = a.statements[lund]!.party;
    expect(harlan).toBeTruthy();
    expect(pros).toBeTruthy();
    expect(harlan).not.toBe(pros);
    expect(a.disputes.some((d) => d.from === lund && d.against === harlan)).toBe(true);
    expect(a.disputes.some((d) => d.kind === "rebuttal" && d.from === ortell && d.against === pros)).toBe(true);
  });
  test("'his supporters' speak for his side, and 'had called on X to' is a demand of X", () => {
    const i = byCue(a, "had called on");
    expect(a.statements[i]!.party).toBe(a.statements.find((s) => s.speaker === "Nina Ortell")!.party);
    const target = a.parties.find((p) => /Republican/.test(p.name));
    expect(a.disputes.some((d) => d.from === i && d.against === target?.id)).toBe(true);
  });
});

describe("one side under two descriptions", () => {
  test("'the Maine Democrat' is the lawmaker the text named by title", () => {
    const a = analyze(
      [
        "Harbor official Lena Dorsey once met Rep. Carl Ostrow, the chairman of the House Maritime Committee, for ten minutes, the Maine Democrat said.",
        "",
        '"It was a brief meeting," Ostrow said.',
      ].join("\n"),
    );
    expect(a.statements[0]!.speaker).toBe("Carl Ostrow");
    expect(a.statements[0]!.party).toBe(a.statements[1]!.party);
  });

  test("'two jail guards' speaking are the one pair of people the text names", () => {
    const a = analyze(
      [
        "Prosecutors alleged that Ada Kroll and Ben Vasko slept through their shift at the county jail.",
        "",
        "Kroll and Vasko pleaded not guilty on Wednesday.",
        "",
        "The two county jail guards said in a statement that the jail was badly understaffed.",
      ].join("\n"),
    );
    const pair = a.statements[byCue(a, "pleaded")]!.party;
    expect(pair).toBeTruthy();
    expect(a.statements[byCue(a, "said")]!.party).toBe(pair);
  });
});

describe("a president named by title where they never speak", () => {
  test("joins the government whose seat speaks for them", () => {
    const a = analyze(
      [
        "President Lena Marsh made an unannounced visit to the military hospital on Saturday, according to the Blue House.",
        "",
        '"The president is in excellent health," the Blue House said in a statement.',
        "",
        "Marsh told reporters on Sunday that she felt fine.",
      ].join("\n"),
    );
    const marsh = a.statements.find((s) => s.speaker === "Lena Marsh");
    expect(marsh?.party).toBeTruthy();
    expect(marsh!.party).toBe(a.statements[byCue(a, "said")]!.party);
  });
});

describe("a proceeding criticised stands for whoever runs it", () => {
  test("'the ongoing ethics hearings' are a side accused and never heard; a bare 'the review' is none", () => {
    const a = analyze(
      [
        "Harbor commissioner Ida Roth said on Friday she had followed every rule in awarding the dredging contract.",
        "",
        "Roth also condemned the ongoing ethics hearings as a “witch hunt” and said she would not resign.",
        "",
        "The mayor, Paul Genn, criticized the review as too slow, his spokesman said.",
      ].join("\n"),
    );
    const i = byCue(a, "condemned");
    const hearings = a.parties.find((p) => /^Ethics hearings$/i.test(p.name));
    expect(hearings, "a side named by the proceeding").toBeTruthy();
    expect(hearings!.quoted).toBe(false);
    expect(a.disputes.some((d) => d.kind === "accusation" && d.from === i && d.against === hearings!.id)).toBe(true);
    expect(a.parties.some((p) => /^(?:the\s+)?review$/i.test(p.name))).toBe(false);
  });
});
