// Sides of a story on invented articles: who speaks for whom, who stays neutral, what is
// disputed against whom, which accused side is never heard, and which statements answer which.
import { describe, expect, test } from "vitest";
import { bestCpuMs } from "../../tests/support/cost";
import { analyze } from "./analyze";
import { partyTags, roleOwner, rolesInText, TEXT_ROLE } from "./parties";
import { matchesAt, upperOffsets } from "./anchors";
import fc from "fast-check";
import type { Analysis } from "./types";

const ARTICLE = [
  "Lindholm residents fear for their river",
  "",
  '"The river is dying because of the Kessel Mining Company," Mayor Ines Varga said on Monday.',
  "",
  "Varga accused the Kessel Mining Company of dumping waste into the river for years.",
  "",
  "The Kessel Mining Company said in a statement that it follows every rule on waste.",
  "",
  'Kessel spokeswoman Dora Blum said the company "has never dumped waste into the river" and rejected the accusations as baseless.',
  "",
  "Environment Minister Paul Orr urged the Ostland government to suspend the mining permits.",
  "",
  'Peter Lang, an economist at Tarn University, said the figures on the river were "not yet clear."',
].join("\n");

const partyOf = (a: Analysis, speaker: string) => {
  const s = a.statements.find((x) => x.speaker === speaker);
  return s ? a.parties.find((p) => p.id === s.party) ?? null : undefined;
};

describe("sides on an invented article", () => {
  const a = analyze(ARTICLE);

  test("a spokeswoman joins the company she speaks for", () => {
    const company = partyOf(a, "Kessel Mining Company");
    expect(company).toBeTruthy();
    expect(partyOf(a, "Dora Blum")?.id).toBe(company!.id);
  });

  test("an independent expert stays neutral", () => {
    expect(partyOf(a, "Peter Lang")).toBeNull();
    const lang = a.statements.findIndex((s) => s.speaker === "Peter Lang");
    expect(a.statements[lang]!.counter.filter((c) => c.kind === "in-article")).toEqual([]);
  });

  test("the accusation is a dispute against the company, and the company's denial answers it", () => {
    const company = partyOf(a, "Kessel Mining Company")!;
    const varga = a.statements.map((s, i) => (s.speaker === "Ines Varga" ? i : -1)).filter((i) => i >= 0);
    expect(a.disputes.some((d) => d.kind === "accusation" && varga.includes(d.from) && d.against === company.id)).toBe(true);
    const blum = a.statements.findIndex((s) => s.speaker === "Dora Blum");
    const ins = a.statements[blum]!.counter.filter((c) => c.kind === "in-article").map((c) => c.statement!);
    expect(ins.length).toBeGreaterThan(0);
    expect(ins.length).toBeLessThanOrEqual(3);
    for (const j of ins) expect(a.statements[j]!.party).not.toBe(company.id);
  });

  test("a demand of a side that never speaks is a one-sided accusation with links out", () => {
    const gov = a.parties.find((p) => /ostland/i.test(p.name));
    expect(gov).toBeTruthy();
    expect(gov!.quoted).toBe(false);
    const d = a.disputes.find((x) => x.kind === "accusation" && x.against === gov!.id);
    expect(d).toBeTruthy();
    const links = a.statements[d!.from]!.counter.filter((c) => c.kind === "search");
    expect(links.some((l) => l.label.startsWith(gov!.name))).toBe(true);
  });

  test("counters only ever link two different sides, at most three unless they are all answers", () => {
    a.statements.forEach((s) => {
      const ins = s.counter.filter((c) => c.kind === "in-article");
      for (const c of ins) {
        const other = a.statements[c.statement!]!;
        expect(s.party).not.toBeNull();
        expect(other.party).not.toBeNull();
        expect(other.party).not.toBe(s.party);
      }
    });
  });

  test("the reader's link providers reach the links", () => {
    const b = analyze(ARTICLE, { providers: ["bing-news"] });
    const urls = b.statements.flatMap((s) => s.counter.filter((c) => c.kind === "search").map((c) => new URL(c.url!).hostname));
    expect(urls.length).toBeGreaterThan(0);
    expect(new Set(urls)).toEqual(new Set(["www.bing.com"]));
  });
});

describe("party helpers", () => {
  test("the owner written before a role noun", () => {
    expect(roleOwner("Kessel spokeswoman")).toBe("Kessel");
    expect(roleOwner("Greenfield Union deputy press secretary")).toBe("");
    expect(roleOwner("U.S. Defense spokesman")).toBe("U.S. Defense");
    expect(roleOwner("Former spokesman")).toBe("");
  });

  test("the words of a title are no owner", () => {
    expect(roleOwner("Former National Security Adviser")).toBe("");
    expect(roleOwner("Supreme Leader")).toBe("");
    expect(roleOwner("Senate Majority Leader")).toBe("Senate");
    expect(roleOwner("Foreign Affairs Minister")).toBe("");
    expect(roleOwner("National Guard spokesman")).toBe("National Guard");
  });

  test("party labels after and before names, in one pass", () => {
    const t = partyTags("Sen. Jo Hart (R-Ohio) spoke. Later Lee, D-Calif., answered. Democratic nominee Ann Cole Brant spoke.");
    expect(t.get("Hart")).toBe("Republican Party");
    expect(t.get("Lee")).toBe("Democratic Party");
    expect(t.get("Ann Cole")).toBe("Democratic Party");
    expect(t.get("Ann Cole Brant")).toBe("Democratic Party");
  });

  test("party tagging stays linear on a long text of one repeated sentence", () => {
    const one = '"The plan is fine," President Brandt said on Tuesday. ';
    const time = (n: number): number => {
      const t = one.repeat(n);
      return bestCpuMs(() => partyTags(t), 1);
    };
    time(2000);
    const small = time(4000);
    const big = time(40000);
    // ten times the text: far less than a hundred times the time (a quadratic scan took minutes at 2 MB)
    expect(big).toBeLessThan(Math.max(500, small * 60));
  });
});

describe("groups, lawyers and joint speakers", () => {
  const text = [
    "Federal prosecutors alleged that Ana Ruiz and Tom Vale falsified the inspection logs.",
    "",
    "Ruiz and Vale pleaded not guilty on Tuesday.",
    "",
    '"My client did nothing wrong," said Lena Fisk, who represents Ruiz.',
    "",
    'Prosecutors said the logs were "plainly false."',
    "",
    'Some residents said they had never seen an inspector, and "many people" told reporters the same.',
  ].join("\n");
  const a = analyze(text);
  const partyOfSpeaker = (re: RegExp) => a.statements.find((s) => re.test(s.speaker ?? ""))?.party;

  test("a plural group speaking without a name is one side, vague groups stay neutral", () => {
    const fed = a.statements.filter((s) => /prosecutors/i.test(s.source?.text ?? ""));
    expect(fed.length).toBe(2);
    expect(fed[0]!.party).not.toBeNull();
    expect(fed[1]!.party).toBe(fed[0]!.party);
    expect(a.statements.find((s) => /residents/i.test(s.source?.text ?? ""))?.party ?? null).toBeNull();
  });

  test("an oversight body's people described by their job stay neutral", () => {
    const t = ["Tom Vale said the logs were accurate.", "", "State inspectors said the logs had gaps.", "", "Regulators said a review would follow."].join("\n");
    const b = analyze(t);
    for (const re of [/inspectors/, /Regulators/]) expect(b.statements.find((s) => re.test(s.source?.text ?? ""))?.party ?? null).toBeNull();
    expect(b.parties.map((p) => p.name)).toEqual(["Tom Vale"]);
  });

  test("a lawyer joins the client's side", () => {
    expect(partyOfSpeaker(/Fisk/)).toBeTruthy();
    expect(partyOfSpeaker(/Fisk/)).toBe(partyOfSpeaker(/Ruiz and Vale/));
  });
});

describe("non-answers", () => {
  const text = [
    'Mayor Ines Varga accused the Kessel Mining Company of dumping waste, saying "the river is dying."',
    "",
    "The Kessel Mining Company did not respond to requests for comment.",
    "",
    'A Kessel spokeswoman declined to comment on the permits, and Varga said "silence is an answer too."',
  ].join("\n");
  const a = analyze(text);

  test("are listed apart with the side that stays silent, and never offered as an answer", () => {
    expect(a.nonAnswers?.length).toBe(2);
    const company = a.parties.find((p) => /kessel/i.test(p.name));
    expect(company).toBeTruthy();
    expect(a.nonAnswers![0]!.party).toBe(company!.id);
    for (const s of a.statements) {
      for (const c of s.counter.filter((x) => x.kind === "in-article")) {
        const other = a.statements[c.statement!]!;
        expect(/declined|did not respond/.test(other.content.text + (other.cue?.text ?? ""))).toBe(false);
      }
    }
  });
});

describe("the CLI text report of sides", async () => {
  const { renderReport } = await import("../cli/report");
  const text = [
    'Mayor Ines Varga accused the Kessel Mining Company of dumping waste, saying "the river is dying."',
    "",
    'Kessel spokeswoman Dora Blum said the company "has never dumped waste" and rejected the accusations as baseless.',
    "",
    "Environment Minister Paul Orr urged the Ostland government to suspend the mining permits.",
    "",
    'Peter Lang, an economist at Tarn University, said the figures were "not yet clear."',
  ].join("\n");
  const out = renderReport(analyze(text), { input: "t", title: "", text }, { color: false });

  test("lists sides with members, neutral speakers apart, and the one-sided accusation with its links", () => {
    expect(out).toContain("Sides");
    expect(out).toMatch(/members: .*Dora Blum/);
    expect(out).toContain("Neutral and unassigned speakers");
    expect(out).not.toContain("No party");
    expect(out).toMatch(/One-sided accusations[\s\S]*Ostland government[\s\S]*https:\/\//);
  });
});

describe("a statement set against the other side's with 'but'", () => {
  const a = analyze(
    [
      "Mayor Tomas Ekberg tried to suggest on Monday that he hardly knew the builder, but Ivo Lund has said he met the mayor every week during the tender.",
      "",
      "Councillor Rita Moen asked Lund about the contract in a hearing. But Lund's lawyer said the question went beyond the inquiry.",
    ].join("\n"),
  );
  const at = (cue: string) => a.statements.findIndex((s) => s.cue?.text === cue);
  test("answers the claim just before it", () => {
    const lund = at("has said");
    const mayor = at("tried to suggest");
    expect(a.statements[lund]!.party).toBeTruthy();
    expect(a.statements[mayor]!.party).toBeTruthy();
    expect(a.disputes.some((d) => d.kind === "rebuttal" && d.from === lund && d.answers === mayor)).toBe(true);
    expect(a.statements[lund]!.counter.some((c) => c.kind === "in-article" && c.statement === mayor)).toBe(true);
  });
  test("nor a statement of an earlier paragraph ('But' there sets the new paragraph against its own story)", () => {
    const b = analyze(
      [
        "Mayor Tomas Ekberg said on Monday that the tender was fair.",
        "",
        "Council staff were caught off guard by the news. But Ivo Lund said he had been told weeks ago.",
      ].join("\n"),
    );
    const lund = b.statements.findIndex((s) => s.speaker === "Ivo Lund");
    expect(lund).toBeGreaterThanOrEqual(0);
    expect(b.disputes.some((d) => d.from === lund && d.answers !== undefined)).toBe(false);
  });
  test("but a question asked is not a claim it answers", () => {
    const asked = at("asked");
    expect(a.disputes.some((d) => d.answers === asked)).toBe(false);
  });
});

describe("role nouns before a full name", () => {
  test("tried before the role nouns only, the same as at every capital", () => {
    const noise = ["Kessel", "Jo", "Hart", "R.", "founder", "CEO", "President", " ", "  ", ",", ".", "’s", "-", "\n", "Éva", "McNeil", "(", "“", "\u00a0"];
    const roles = ["founder", "co-founder", "cofounder", "spokeswoman", "chief executive", "ceo", "co-president", "editor-in-chief", "director", "leader", "president", "vice-president", "presidents"];
    const caps = ["Kessel", "Arden Trust", "Vale Party", "NATO", "Éva Group", "McNeil"];
    const names = ["Jo Hart", "Ana R. Li", "Lena Voss", "Ivo Brandt’s"];
    const part = fc.oneof(
      fc.constantFrom(...noise),
      fc.tuple(fc.constantFrom(...caps), fc.constantFrom(" ", "  ", "\n", "-"), fc.constantFrom(...roles), fc.constantFrom(" ", "\u00a0", ", "), fc.constantFrom(...names)).map((x) => x.join("")),
    );
    fc.assert(
      fc.property(fc.array(part, { maxLength: 12 }), (ps) => {
        const text = ps.join("");
        const every = new Map<string, string>();
        for (const m of matchesAt(TEXT_ROLE, text, upperOffsets(text))) {
          const owner = roleOwner(`${m[1]} founder`);
          if (owner && !every.has(m[2]!)) every.set(m[2]!, owner);
        }
        expect([...rolesInText(text)]).toEqual([...every]);
      }),
      { numRuns: 1500, seed: 3 },
    );
    // (the generator does make names to find)
    expect([...rolesInText("Arden Trust co-founder Jo Hart said so.")].length).toBe(1);
  });
});

describe("a role owned through 'its' or the organization's head noun", () => {
  // (invented)
  const FIRST = "The Tarn Fishers Cooperative said on Friday that it would take the council to court.";
  const LAST = "Councillor Ada Moss said the quay was unsafe.";
  test.each([
    ["Its chairwoman, Lea Horn, told reporters the group had hired two lawyers."],
    ["The cooperative's chairwoman, Lea Horn, told reporters the group had hired two lawyers."],
  ])("%s -> the cooperative's side", (middle) => {
    const a = analyze(`${FIRST} ${middle} ${LAST}`);
    const coop = partyOf(a, "Tarn Fishers Cooperative");
    expect(coop).toBeTruthy();
    expect(partyOf(a, "Lea Horn")?.id).toBe(coop!.id);
    expect(partyOf(a, "Ada Moss")?.id).not.toBe(coop!.id);
  });
  test("a head noun two organizations share names neither", () => {
    const a = analyze(`${FIRST} The Tarn Boatmen Cooperative said it would not join the case. The cooperative's chairwoman, Lea Horn, told reporters the group had hired two lawyers. ${LAST}`);
    expect(partyOf(a, "Lea Horn")?.name).toBe("Lea Horn");
  });
});

describe("a person introduced as another person's staff", () => {
  const sideOfSpeaker = (a: Analysis, name: string) => a.statements.find((s) => s.speaker === name)?.party ?? null;
  test("joins the side of the person named as the owner", () => {
    const a = analyze("Councillor Rhea Moss denied any wrongdoing on Monday. Moss's spokesman, Idris Kale, said the contracts followed every rule.\n\nHarbour board chair Lena Voss said the contracts should be reviewed.");
    expect(sideOfSpeaker(a, "Idris Kale")).not.toBeNull();
    expect(sideOfSpeaker(a, "Idris Kale")).toBe(sideOfSpeaker(a, "Rhea Moss"));
    expect(sideOfSpeaker(a, "Lena Voss")).not.toBe(sideOfSpeaker(a, "Rhea Moss"));
  });
  test("joins the side of the speaker just before, for 'his' or 'her'", () => {
    const a = analyze("Harbour board chair Lena Voss said the contracts should be reviewed. Her deputy, Amos Grell, said the review would start in May.\n\nCouncillor Rhea Moss said the review was a stunt.");
    expect(sideOfSpeaker(a, "Amos Grell")).toBe(sideOfSpeaker(a, "Lena Voss"));
    expect(sideOfSpeaker(a, "Rhea Moss")).not.toBe(sideOfSpeaker(a, "Lena Voss"));
  });
  test("a rival or a lawyer of no one named stays on a side of their own", () => {
    const a = analyze("Councillor Rhea Moss said the contracts were sound. Moss's rival, Idris Kale, said they were rigged. Tom Hale, a lawyer, said the courts would decide.");
    expect(sideOfSpeaker(a, "Idris Kale")).not.toBe(sideOfSpeaker(a, "Rhea Moss"));
    expect(sideOfSpeaker(a, "Tom Hale")).not.toBe(sideOfSpeaker(a, "Rhea Moss"));
  });
});

describe("a body the text only describes", () => {
  // (invented)
  const STORY = [
    "The transport ministry said on Tuesday that it would cut two ferry routes to the Skarra islands by June.",
    "",
    '"The boats are too old to sail safely," the ministry said in a statement. The ministry added that a bus link would replace one route.',
    "",
    'Islanders reacted with anger. "The ministry has forgotten everyone who lives out here," said Mira Tolvanen, who runs the harbour shop there.',
  ].join("\n");
  const sideOf = (a: Analysis, source: RegExp) => a.statements.find((s) => source.test(s.source?.text ?? ""))?.party ?? null;

  test("is a side of its own, and its short form joins it", () => {
    const a = analyze(STORY);
    const ministry = sideOf(a, /^The transport ministry$/);
    expect(ministry).not.toBeNull();
    expect(a.parties.find((p) => p.id === ministry)?.name).toBe("Transport ministry");
    expect(sideOf(a, /^the ministry$/)).toBe(ministry);
    expect(sideOf(a, /Tolvanen/)).not.toBeNull();
    expect(sideOf(a, /Tolvanen/)).not.toBe(ministry);
  });
  test("the islander's statement naming the ministry counters the ministry's", () => {
    const a = analyze(STORY);
    const i = a.statements.findIndex((s) => /Tolvanen/.test(s.source?.text ?? ""));
    const ministryIx = new Set(a.statements.flatMap((s, k) => (/ministry/i.test(s.source?.text ?? "") ? [k] : [])));
    expect(a.statements[i]!.counter.some((c) => c.kind === "in-article" && ministryIx.has(c.statement!))).toBe(true);
  });
  test("joins the organization the text names for it", () => {
    const a = analyze(STORY.replace("The transport ministry said", "The Ostland Transport Ministry said").replace("The ministry added", "The Ostland Transport Ministry added"));
    expect(sideOf(a, /^the ministry$/)).toBe(sideOf(a, /Ostland Transport Ministry/));
    expect(a.parties.some((p) => /^Ministry$/i.test(p.name))).toBe(false);
  });
  test("is the one body of that kind the text names", () => {
    // (invented)
    const a = analyze("Porters at Lindqvist General Hospital stopped work on Monday over unpaid overtime.\n\nThe hospital said it had paid every hour it owed and would check the rosters.\n\n\"Nobody has seen that money,\" said Tomas Ek, a porter for eleven years.");
    expect(a.parties.find((p) => p.id === sideOf(a, /^The hospital$/))?.name).toBe("Lindqvist General Hospital");
  });
  test("is no side when the text names two bodies of that kind", () => {
    const a = analyze("Porters at Lindqvist General Hospital and Norrby Hospital stopped work on Monday over unpaid overtime.\n\nThe hospital said it had paid every hour it owed and would check the rosters.\n\n\"Nobody has seen that money,\" said Tomas Ek, a porter for eleven years.");
    expect(sideOf(a, /^The hospital$/)).toBeNull();
  });
  test("a business described as 'the company' is not made a side called 'Company'", () => {
    // (the text may name it by a bare name no rule reads as a business)
    const a = analyze("Pellix shares fell on Monday after a recall of its heaters.\n\nThe company said it would replace every heater for free.\n\nTomas Ek, who bought two of them, said he would never buy another.");
    expect(a.parties.some((p) => /^company$/i.test(p.name))).toBe(false);
  });
  test.each([["the court"], ["the university"], ["the newspaper"]])("%s, a body that takes no side, gets none", (body) => {
    const a = analyze(STORY.replace(/[Tt]he (?:transport )?ministry/g, body));
    expect(sideOf(a, new RegExp(`^${body}$`, "i"))).toBeNull();
  });
});

describe("a coach's title", () => {
  test("is no part of the name", () => {
    // (invented)
    const a = analyze("The Harlow Gulls lost 3-1 at home on Saturday.\n\nCoach Dana Whitfield said her players had run out of ideas in the second half.\n\nWhitfield said the club would not sign anyone before January.");
    const p = a.parties.find((x) => x.id === a.statements[0]!.party);
    expect(a.statements[0]!.speaker).toBe("Dana Whitfield");
    expect(p?.name).toBe("Dana Whitfield");
    expect(a.statements[1]!.party).toBe(a.statements[0]!.party);
  });
});
