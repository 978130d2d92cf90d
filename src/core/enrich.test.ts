import { describe, expect, test } from "vitest";
import { analyze } from "./analyze";
import { enrich } from "./enrich";
import { describePhrase, loadedWordsIn } from "./entities";
import { tokenize } from "./words";
import type { Statement } from "./types";

// A made-up story written for these tests (no real event, no article text).
const TEXT = [
  "Canada has rejected a claim by a little-known watchdog that its navy fired on fishing boats.",
  "The self-styled Coastal Rights Monitor (CRM) said it had recorded navy attacks on fishing boats near the Gray Islands.",
  "The Canadian Defense Ministry denied the claim on Monday.",
  "“Our navy does not fire on fishing boats,” Defense Ministry spokeswoman Colonel Maria Petrova said.",
  "The incident, she said, had been staged by the Mexican intelligence service.",
  "Later, the ministry said patrols would continue.",
].join("\n");

function st(source: string, cue: string, content: string, stance: Statement["stance"], mode: Statement["mode"] = "indirect", from = 0): Statement {
  const at = (s: string, f: number) => {
    const i = TEXT.indexOf(s, f);
    if (i < 0) throw new Error(`not in text: ${s}`);
    return { start: i, end: i + s.length, text: s };
  };
  const src = at(source, from);
  return { source: src, cue: at(cue, src.start), content: at(content, from), mode, stance, sourceKind: "none", speaker: source, party: null, labels: [], counter: [] };
}

const line = (n: number) => TEXT.split("\n").slice(0, n).join("\n").length + (n ? 1 : 0);
const STATEMENTS: Statement[] = [
  st("Canada", "has rejected", "a claim by a little-known watchdog that its navy fired on fishing boats", "denial"),
  st("The self-styled Coastal Rights Monitor (CRM)", "said", "it had recorded navy attacks on fishing boats near the Gray Islands", "allegation"),
  st("The Canadian Defense Ministry", "denied", "the claim on Monday", "denial"),
  st("Defense Ministry spokeswoman Colonel Maria Petrova", "said", "“Our navy does not fire on fishing boats,”", "neutral", "direct"),
  st("she", "said", "The incident, she said, had been staged by the Mexican intelligence service", "neutral", "indirect", line(4)),
  st("the ministry", "said", "patrols would continue", "neutral", "indirect", line(5)),
];

describe("enrich on hand-built statements", () => {
  const r = enrich(TEXT, STATEMENTS);
  const party = (name: string) => r.parties.find((p) => p.name === name);

  test("speakers resolved: pronoun to the full name, short form to the organization", () => {
    expect(r.statements.map((s) => s.speaker)).toEqual([
      "Canada", "Coastal Rights Monitor", "Canadian Defense Ministry", "Maria Petrova", "Maria Petrova", "Canadian Defense Ministry",
    ]);
  });

  test("parties: a state ministry and its spokeswoman speak for the country; the monitor for itself", () => {
    const canada = party("Canada")!;
    const crm = party("Coastal Rights Monitor")!;
    expect(r.statements.map((s) => s.party)).toEqual([canada.id, crm.id, canada.id, canada.id, canada.id, canada.id]);
    expect(crm.aliases).toContain("CRM");
    expect(canada.aliases).toEqual(expect.arrayContaining(["Maria Petrova", "she", "the ministry"]));
  });

  test("source kinds", () => {
    expect(r.statements.map((s) => s.sourceKind)).toEqual([
      "named-organization", "named-organization", "named-organization", "named-person", "named-person", "named-organization",
    ]);
  });

  test("denials answer the monitor's allegation; the spoken negation becomes a denial", () => {
    const reb = r.disputes.filter((d) => d.kind === "rebuttal");
    expect(reb.map((d) => [d.from, d.answers])).toEqual([[0, 1], [2, 1], [3, 1]]);
    expect(r.statements[3]!.stance).toBe("denial");
    expect(r.statements[1]!.counter[0]).toMatchObject({ kind: "in-article", statement: 0 });
  });

  test("the accused side is never quoted: a one-sided accusation with outbound links", () => {
    const mx = party("Mexico")!;
    expect(mx.quoted).toBe(false);
    expect(r.disputes).toContainEqual({ kind: "accusation", from: 4, against: mx.id });
    const links = r.statements[4]!.counter.filter((c) => c.kind === "search");
    expect(links[0]!.label.startsWith("Mexico")).toBe(true);
    expect(links.every((l) => new URL(l.url!).protocol === "https:")).toBe(true);
  });

  test("framing: the descriptor in the source phrase", () => {
    expect(r.statements[1]!.labels).toContain("descriptor:self-styled");
    expect(r.unnamedSources).toEqual([]);
  });

  test("providers option selects the link builders", () => {
    const only = enrich(TEXT, STATEMENTS, { providers: ["bing-news"] });
    const urls = only.statements.flatMap((s) => s.counter.filter((c) => c.url).map((c) => new URL(c.url!).hostname));
    expect(new Set(urls)).toEqual(new Set(["www.bing.com"]));
  });

  test("does not mutate its input", () => {
    expect(STATEMENTS[4]!.speaker).toBe("she");
    expect(STATEMENTS[0]!.counter).toEqual([]);
  });
});

describe("describePhrase", () => {
  test.each([
    ["Defense Ministry spokeswoman Colonel Maria Petrova", "person", "Maria Petrova"],
    ["The so-called Harbor Watch Group (HWG)", "org", "Harbor Watch Group"],
    ["the ministry", "def-desc", "ministry"],
    ["Moscow", "country", "Russia"],
    ["he", "pronoun", ""],
    ["a shadowy monitoring group", "indef-desc", "monitoring group"],
    ["Department of Harbor Works", "org", "Department of Harbor Works"],
    ["Institute for Coastal Studies", "org", "Institute for Coastal Studies"],
    ["Coalition for Fair Ports", "org", "Coalition for Fair Ports"],
    ["Tomas Lind in Narvik", "person", "Tomas Lind"],
    ["Our reporter Ana Ruiz at Kessel Wharf", "person", "Ana Ruiz"],
  ])("%s", (phrase, kind, name) => {
    const d = describePhrase(phrase);
    expect(d.kind).toBe(kind);
    expect(d.name).toBe(name);
  });
});

describe("describePhrase: a group the phrase names ('a group calling itself …')", () => {
  test.each([
    ["A group calling itself Tidewater Watch", "Tidewater Watch", "group"],
    ["a coalition known as the Clean Ferries Alliance", "Clean Ferries Alliance", "coalition"],
    ["a small residents' association called Elm Row Neighbours", "Elm Row Neighbours", "association"],
    ["The campaign named Keep the Pier", "Keep the Pier", "campaign"],
  ])("%s is the organization %s", (phrase, name, head) => {
    const d = describePhrase(phrase);
    expect([d.kind, d.name, d.head]).toEqual(["org", name, head]);
  });
  test("a group described without a name stays a description", () => {
    expect(describePhrase("a group of residents").kind).toBe("indef-desc");
  });
  test("its spokeswoman, after it, speaks on its side", () => {
    const a = analyze("The pier closed on Friday.\n\nA group calling itself Tidewater Watch said in a statement that the council had misled residents. Its spokeswoman, Mira Holt, added that the group would sue.\n\nThe council said it had acted lawfully.");
    const group = a.statements.find((s) => s.source?.text.startsWith("A group"));
    expect(group?.sourceKind).toBe("named-organization");
    expect(group?.speaker).toBe("Tidewater Watch");
    expect(a.statements.find((s) => s.source?.text.startsWith("Its spokeswoman"))?.party).toBe(group?.party);
  });
});

describe("describePhrase: a name whose apposition says it is a business", () => {
  test.each([
    ["Verrow Labs, a drug maker", "Verrow Labs", "maker"],
    ["Quillan, a chipmaker based in Penang", "Quillan", "chipmaker"],
    ["Tessaro Home, the Danish retailer", "Tessaro Home", "retailer"],
  ])("%s is the organization %s", (phrase, name, head) => {
    const d = describePhrase(phrase);
    expect([d.kind, d.name, d.head]).toEqual(["org", name, head]);
  });
  test.each(["Dario Venn, a spokesman for the lender", "Ana Ruiz, a company founder", "Tom Lee, a lawmaker"])("%s stays a person", (phrase) => {
    expect(describePhrase(phrase).kind).toBe("person");
  });
  test("its statement is an organization's", () => {
    const a = analyze("The pills were recalled on Friday.\n\nVerrow Labs, a drug maker, said the recall was a precaution.\n\nThe regulator said it would investigate.");
    expect(a.statements.find((s) => s.source?.text.startsWith("Verrow"))?.sourceKind).toBe("named-organization");
  });
});

describe("describePhrase: a capitalised run after an article is no name after a role", () => {
  test.each([
    "Fishermen stranded there during the Great Gale",
    "fans cheering at the Harbor Cup",
    "nurses who worked through the Long Winter",
    "sailors held captive after the Battle of Kessel Sound",
  ])("%s", (phrase) => {
    const d = describePhrase(phrase);
    expect(d.kind).not.toBe("person");
    expect(d.kind).not.toBe("surname");
  });
  test.each([
    ["Deputy Attorney for the Northern District Maria Lund", "Maria Lund"],
    ["Secretary of the Harbor Board Carlos Vega", "Carlos Vega"],
  ])("a given name and a surname at the end are still the person's: %s", (phrase, name) => {
    const d = describePhrase(phrase);
    expect(d.kind).toBe("person");
    expect(d.name).toBe(name);
  });
});

describe("fullNameIn", () => {
  test.each([
    ["Senator Ada Quill spoke first. Later Quill said no.", "Quill", "Ada Quill"],
    ["President Quill said no.", "Quill", ""],
    ["The Quillfeather group said no.", "Quill", ""],
  ])("%s", async (text, sur, full) => {
    const { fullNameIn } = await import("./coref");
    expect(fullNameIn(text, sur)).toBe(full);
  });
});

describe("parties from titles, appositions and institutions (made-up sentences)", () => {
  const text = [
    "The Pentagon denied the report.",
    "Lt. Dana Reyes, a spokesperson for Operation Tidewater, the U.S. naval mission, said the ships left.",
    "United Nations spokesman Ilan Poe said talks would resume.",
  ].join("\n");
  const mk = (source: string, content: string): Statement => {
    const s = text.indexOf(source);
    const c = text.indexOf(content);
    return { source: { start: s, end: s + source.length, text: source }, cue: null, content: { start: c, end: c + content.length, text: content }, mode: "indirect", stance: "neutral", sourceKind: "none", speaker: source, party: null, labels: [], counter: [] };
  };
  const r = enrich(text, [
    mk("The Pentagon", "the report"),
    mk("Lt. Dana Reyes, a spokesperson for Operation Tidewater, the U.S. naval mission", "the ships left"),
    mk("United Nations spokesman Ilan Poe", "talks would resume"),
  ]);
  test("an institution speaks for its country; a person for the country of an unquoted organization; a title's organization", () => {
    expect(r.statements.map((s) => s.party)).toEqual(["united-states", "united-states", "united-nations"]);
    expect(r.statements.map((s) => s.speaker)).toEqual(["Pentagon", "Dana Reyes", "Ilan Poe"]);
  });
});

describe("US party labels (made-up names)", () => {
  const text = "Sen. Jo Hart (R-Ohio) said the bill failed.\nDemocratic leader Ana Ruiz said it would pass.\nHart said no.\nRepublican nominee Lee Park spoke.\nPark said yes.";
  const mk = (source: string, content: string, from = 0): Statement => {
    const s = text.indexOf(source, from);
    const c = text.indexOf(content, from);
    return { source: { start: s, end: s + source.length, text: source }, cue: null, content: { start: c, end: c + content.length, text: content }, mode: "indirect", stance: "neutral", sourceKind: "none", speaker: source, party: null, labels: [], counter: [] };
  };
  test("(R-Ohio) after a name and a party word in a title", () => {
    const r = enrich(text, [mk("Sen. Jo Hart", "the bill failed"), mk("Democratic leader Ana Ruiz", "it would pass"), mk("Hart", "no", text.lastIndexOf("Hart")), mk("Park", "yes", text.lastIndexOf("Park"))]);
    expect(r.statements.map((s) => s.party)).toEqual(["republican-party", "democratic-party", "republican-party", "republican-party"]);
    expect(r.statements.map((s) => s.speaker)).toEqual(["Jo Hart", "Ana Ruiz", "Jo Hart", "Lee Park"]);
  });
});

describe("a denial of an accuser who is never quoted", () => {
  const text = "Freedonia's foreign ministry denied accusations by Sylvania that it had closed the border.";
  const src = "Freedonia's foreign ministry";
  const content = "accusations by Sylvania that it had closed the border";
  const c = text.indexOf(content);
  const r = enrich(text, [
    { source: { start: 0, end: src.length, text: src }, cue: null, content: { start: c, end: c + content.length, text: content }, mode: "indirect", stance: "denial", sourceKind: "none", speaker: src, party: null, labels: [], counter: [] },
  ]);
  test("the rebuttal names the accuser's side, which becomes a one-sided party", () => {
    const syl = r.parties.find((p) => p.name === "Sylvania");
    expect(syl?.quoted).toBe(false);
    expect(r.disputes).toEqual([{ kind: "rebuttal", from: 0, against: syl!.id }]);
    expect(r.statements[0]!.counter[0]!.label.startsWith("Sylvania")).toBe(true);
  });
});

describe("framing written outside the source phrase (made-up sentences)", () => {
  const text = "A shadowy watchdog group claims the dam leaked.\nThe Delta Water Observatory said the leak was large.\nThe Iranian government said there was no leak, though critics of the Iranian regime disagree.";
  const mk = (source: string, content: string): Statement => {
    const s = text.indexOf(source);
    const c = text.indexOf(content);
    return { source: { start: s, end: s + source.length, text: source }, cue: null, content: { start: c, end: c + content.length, text: content }, mode: "indirect", stance: "neutral", sourceKind: "none", speaker: source, party: null, labels: [], counter: [] };
  };
  const r = enrich(text, [mk("The Delta Water Observatory", "the leak was large"), mk("The Iranian government", "there was no leak")]);
  test("an indefinite description before a named organization frames it; 'X regime' frames the country's side", () => {
    expect(r.statements[0]!.labels).toContain("descriptor:shadowy");
    expect(r.statements[1]!.labels).toContain("descriptor:regime");
    expect(r.statements[1]!.party).toBe("iran");
  });
});

describe("affiliation by a description of an organization the text names", () => {
  // Our own invented sentences.
  const text = [
    "The Tidewater Growers Union said the new levy would ruin small farms.",
    "“We were never consulted,” said Oren Vale, who leads the union.",
    "The Coastal Water Board rejected that claim.",
    "A spokesman for the board said growers had been invited to three hearings.",
  ].join("\n");
  const at = (s: string, from = 0) => {
    const i = text.indexOf(s, from);
    return { start: i, end: i + s.length, text: s };
  };
  const mk = (source: string, cue: string, content: string, stance: Statement["stance"]): Statement => {
    const src = at(source);
    return { source: src, cue: at(cue, src.start), content: at(content), mode: "indirect", stance, sourceKind: "none", speaker: source, party: null, labels: [], counter: [] };
  };
  const out = enrich(text, [
    mk("The Tidewater Growers Union", "said", "the new levy would ruin small farms", "allegation"),
    mk("Oren Vale, who leads the union", "said", "We were never consulted", "neutral"),
    mk("The Coastal Water Board", "rejected", "that claim", "denial"),
    mk("A spokesman for the board", "said", "growers had been invited to three hearings", "neutral"),
  ]);

  test("'who leads the union' puts the person in the union's party", () => {
    expect(out.statements[1]?.party).toBe(out.statements[0]?.party);
    expect(out.statements[1]?.party).not.toBeNull();
  });

  test("an unnamed 'spokesman for the board' speaks for the board", () => {
    expect(out.statements[3]?.party).toBe(out.statements[2]?.party);
    expect(out.statements[3]?.party).not.toBeNull();
  });

  test("a description no organization answers to makes no party of its own", () => {
    const t = "“It is late,” said Ida Rook, who leads the committee.";
    const src = { start: t.indexOf("Ida"), end: t.length - 1, text: t.slice(t.indexOf("Ida"), t.length - 1) };
    const r = enrich(t, [{ source: src, cue: { start: t.indexOf("said"), end: t.indexOf("said") + 4, text: "said" }, content: { start: 1, end: 11, text: t.slice(1, 11) }, mode: "direct", stance: "neutral", sourceKind: "none", speaker: null, party: null, labels: [], counter: [] }]);
    expect(r.parties.map((p) => p.name)).not.toContain("committee");
  });
});

describe("loaded words (sentences written for the test)", () => {
  const pairs = (t: string) => loadedWordsIn(t, tokenize(t)).map((l) => [l.word.text, l.phrase.text]);
  test.each([
    ["A ragtag band of smugglers that nobody names has crossed the strait.", [["ragtag", "A ragtag band of smugglers"]]],
    ["The so-called Harbour Defence League, which claims 40 members, met.", [["so-called", "The so-called Harbour Defence League"]]],
    ["Critics of the Veloran regime fled.", [["regime", "the Veloran regime"]]],
    ["The notorious firm sold a sham report to a fringe group of donors.", [["notorious", "The notorious firm"], ["sham", "a sham report"], ["fringe", "a fringe group of donors"]]],
    ["Nothing loaded here, said the harbour master.", []],
  ])("%s", (text, expected) => {
    expect(pairs(text)).toEqual(expected);
    for (const l of loadedWordsIn(text, tokenize(text))) {
      expect(text.slice(l.word.start, l.word.end)).toBe(l.word.text);
      expect(text.slice(l.phrase.start, l.phrase.end)).toBe(l.phrase.text);
    }
  });
});

describe("a description of an organization before the text names it", () => {
  // Our own invented story.
  const lead = "The plan has split Kell, with the regional ferry authority promising faster crossings and the local growers cooperative warning that fares will double.";
  const rest = [
    "“We have waited a decade for this,” said Ana Ruiz, the director of the Kell Ferry Authority.",
    "The Island Growers Cooperative said the fares would ruin small farms.",
    "Outside experts said the plan was sound.",
  ];
  const partyOf = (a: ReturnType<typeof analyze>, cue: string): string | null | undefined => a.statements.find((s) => s.cue?.text === cue)?.party;

  test("joins the one side whose name ends in its head word", () => {
    const a = analyze([lead, ...rest].join("\n"));
    expect(partyOf(a, "promising")).toBeTruthy();
    expect(partyOf(a, "promising")).toBe(a.statements.find((s) => s.source?.text.startsWith("Ana Ruiz"))?.party);
    expect(partyOf(a, "warning")).toBeTruthy();
    expect(partyOf(a, "warning")).toBe(a.statements.find((s) => s.source?.text === "The Island Growers Cooperative")?.party);
    expect(a.statements.find((s) => s.source?.text === "Outside experts")?.party ?? null).toBeNull();
  });

  test("not when two sides end in that word", () => {
    const two = [lead, ...rest, "The Kell Port Authority said the ferries would crowd the harbour."].join("\n");
    expect(partyOf(analyze(two), "promising") ?? null).toBeNull();
  });
});

describe("a surname that reads like a group noun", () => {
  test("'Dan Halvers … Halvers said': a named person on a side, no unnamed source", () => {
    const t = "The ferry board voted to sell the pier. Dan Halvers, its chairman, defended the sale. Halvers said the vote was final. Rosa Pell said the board had betrayed the town.";
    const a = analyze(t);
    const s = a.statements.find((x) => x.source?.text === "Halvers");
    expect(s?.sourceKind).toBe("named-person");
    expect(s?.party).not.toBeNull();
    expect(a.unnamedSources.map((u) => u.text)).not.toContain("Halvers");
  });
});

describe("a critic of a body is not on its side", () => {
  const partyName = (a: ReturnType<typeof analyze>, speaker: string): string | undefined => {
    const s = a.statements.find((x) => x.speaker === speaker);
    return a.parties.find((p) => p.id === s?.party)?.name;
  };
  test("'a critic of', 'an opponent of', 'fishes out of': no membership; 'a spokesman for' is one", () => {
    const t = [
      "The Ferry Board sold the old pier on Monday.",
      "Rosa Pell, a fierce critic of the Ferry Board, said the sale was a betrayal.",
      "Tom Hale, an opponent of the Ferry Board, said the price was too low.",
      "Kit Moreau, who fishes out of Port Kell, said the town had lost its pier.",
      "Dan Ivers, a spokesman for the Ferry Board, said the sale was needed.",
    ].join("\n\n");
    const a = analyze(t);
    expect(partyName(a, "Dan Ivers")).toBe("Ferry Board");
    for (const who of ["Rosa Pell", "Tom Hale"]) expect(partyName(a, who)).not.toBe("Ferry Board");
    expect(partyName(a, "Kit Moreau")).not.toBe("Port Kell");
  });
});

describe("an organization's source kind", () => {
  test.each([
    "The Chamber of Commerce, which lobbied against the plan, praised the vote.",
    "The Danish ferry authority said the boats would run.",
    "The Danish sailing federation said the race was off.",
  ])("%s", (first) => {
    const a = analyze(`${first} Rosa Pell said the vote was rushed.`);
    expect(a.statements.find((s) => s.source?.text.startsWith("The "))?.sourceKind).toBe("named-organization");
  });
});

describe("a date is no side", () => {
  test("'in March', 'on Friday' between a cue and a critical content name no target", () => {
    for (const when of ["in March", "on Friday"]) {
      const t = `A ferry clerk was jailed for stealing from the harbour fund, prosecutors said.\n\nRosa Pell, 52, pleaded guilty ${when} to wire fraud.\n\n“She betrayed the town,” said prosecutor Dan Ivers.`;
      expect(analyze(t).parties.map((p) => p.name)).not.toContain(when.split(" ")[1]);
    }
  });
  test("a month that is a surname is still a name", async () => {
    const { namesIn } = await import("./targets");
    expect(namesIn("the plan Theresa May backed was a fraud")).toContain("Theresa May");
    expect(namesIn("a fraud, as May said, and since May 4 a scandal")).toEqual(["May"]);
  });
});

describe("'rejected that argument' answers the other side's statement right before it", () => {
  test("a defence lawyer's argument, not the prosecutor's earlier accusation", () => {
    const t = [
      "A former ferry clerk was jailed on Monday for taking money from the harbour fund.",
      "“He betrayed everyone who trusted him,” said prosecutor Laura Brandt.",
      "The clerk's lawyer, Simon Oduya, asked for a lighter sentence, arguing that his client had repaid most of the money.",
      "Judge Petra Lind rejected that argument.",
    ].join("\n\n");
    const a = analyze(t);
    const judge = a.statements.findIndex((s) => s.speaker === "Petra Lind");
    const d = a.disputes.find((x) => x.from === judge);
    expect(d?.kind).toBe("rebuttal");
    expect(a.statements[d!.answers!]?.speaker).toBe("Simon Oduya");
  });
});

describe("a concession owns its blame: no accusation of the other side", () => {
  test("'pleaded guilty to fraud' concedes; 'admitted the checks had failed' accuses no one", () => {
    const t = [
      "A ferry clerk was jailed for stealing from the harbour fund, prosecutors said.",
      "Rosa Pell, 52, pleaded guilty to wire fraud.",
      "“She betrayed the town,” said prosecutor Dan Ivers.",
      "The harbour master, Kit Moreau, admitted that the fund's checks had failed for years.",
    ].join("\n\n");
    const a = analyze(t);
    const plea = a.statements.findIndex((s) => s.speaker === "Rosa Pell");
    expect(a.statements[plea]?.stance).toBe("concession");
    const conceders = new Set([plea, a.statements.findIndex((s) => s.speaker === "Kit Moreau")]);
    expect(a.disputes.filter((d) => d.kind === "accusation" && conceders.has(d.from))).toEqual([]);
    // the prosecutor's accusation stands
    expect(a.disputes.some((d) => d.kind === "accusation" && a.statements[d.from]?.speaker === "Dan Ivers")).toBe(true);
  });
});

describe("'the union' is the union the text names, whatever its name ends in", () => {
  const sideOf = (a: ReturnType<typeof analyze>, pick: (s: Statement) => boolean): string | undefined =>
    a.parties.find((p) => p.id === a.statements.find(pick)?.party)?.name;
  test("'the union said', 'the union's president' join the Pilots Association; no dispute within it", () => {
    const t = [
      "Shares of Harbor Air fell after the airline cut flights.",
      "The Harbor Pilots Association said the shortage was the company's own fault.",
      "“Management ignored our warnings,” the union said in a statement.",
      "“We will not fly unsafe schedules,” said Mira Chen, the union's president.",
      "The airline's chief executive, Paul Grant, said the schedule was safe.",
    ].join("\n\n");
    const a = analyze(t);
    expect(sideOf(a, (s) => s.source?.text === "the union")).toBe("Harbor Pilots Association");
    expect(sideOf(a, (s) => s.speaker === "Mira Chen")).toBe("Harbor Pilots Association");
    const union = a.parties.find((p) => p.name === "Harbor Pilots Association")!.id;
    expect(a.disputes.filter((d) => d.against === union && a.statements[d.from]?.party === union)).toEqual([]);
  });
  test("a company's name is no union: 'the union' with only a company quoted stays apart", () => {
    const t = "Harbor Air said the flights would resume. “We were never asked,” the union said. Paul Grant said the schedule was safe.";
    expect(sideOf(analyze(t), (s) => s.source?.text === "the union")).not.toBe("Harbor Air");
  });
});

describe("a forecast is no demand: 'warned that …' accuses no one", () => {
  const story = (line: string): string =>
    ["The ferry board raised fares on Monday.", "Dan Ivers, the board's chairman, said the rise was needed.", line].join("\n\n");
  const aimed = (t: string, speaker: string): boolean => {
    const a = analyze(t);
    return a.disputes.some((d) => a.statements[d.from]?.speaker === speaker);
  };
  test.each([
    "Rosa Pell, a ferry skipper, warned that more fare rises were likely this year.",
    "Rosa Pell, a ferry skipper, insisted the crossings would stay busy.",
  ])("%s", (line) => {
    expect(aimed(story(line), "Rosa Pell")).toBe(false);
  });
  test.each([
    "Rosa Pell, a ferry skipper, warned the board against raising fares again.",
    "Rosa Pell, a ferry skipper, warned the board not to raise fares again.",
    // a warning of harm done is aimed at whoever does it
    "Rosa Pell, a ferry skipper, warned that the new fares would ruin the island's shops.",
  ])("%s", (line) => {
    expect(aimed(story(line), "Rosa Pell")).toBe(true);
  });
});

describe("a person whose surname is an organization's word ('Tom House', 'Maria Trust')", () => {
  const story = (...lines: string[]): string => ["The quarry board met on Monday to vote on the new pit.", ...lines].join("\n\n");
  const kindOf = (t: string, cue: string, n = 0) => analyze(t).statements.filter((s) => s.cue?.text === cue)[n];
  test("a given name before the word makes a person, and the surname alone later is that person", () => {
    const t = story("Tom House, who chairs the board, said the pit would bring jobs.", "“We have waited long enough,” House said.", "Maria Trust, a farmer, argued the dust would ruin her crops.");
    const said = analyze(t).statements.filter((s) => s.cue?.text === "said");
    expect(said.map((s) => [s.speaker, s.sourceKind])).toEqual([["Tom House", "named-person"], ["Tom House", "named-person"]]);
    expect(kindOf(t, "argued")?.sourceKind).toBe("named-person");
  });
  test("a place's body and a bare organization word stay organizations", () => {
    expect(kindOf(story("Houston Police said the road would close during blasting."), "said")?.sourceKind).toBe("named-organization");
    expect(kindOf(story("The White House said the permit was a local matter."), "said")?.sourceKind).toBe("named-organization");
    // (with no person of that surname in the text, "House" alone is the chamber)
    expect(kindOf(story("House Speaker Ann Reyes said the pit was a state matter.", "The House said it would not intervene."), "said", 1)?.sourceKind).toBe("named-organization");
  });
});

describe("a party's members as a source ('Republicans countered', 'Some Democrats said')", () => {
  const story = (...lines: string[]): string => ["The county board voted on Monday to sell the old depot.", "Board chair Lena Voss said the sale would pay for new buses.", ...lines].join("\n\n");
  const partyOf = (t: string, cue: string): string | undefined => {
    const a = analyze(t);
    const s = a.statements.find((x) => x.cue?.text === cue && x.speaker !== "Lena Voss");
    return a.parties.find((p) => p.id === s?.party)?.name;
  };
  test.each([
    ["Republicans countered that the depot was worth twice the price.", "countered", "Republican Party"],
    ["Republicans on the board said the price was too low.", "said", "Republican Party"],
    ["Some Democrats argued that the buses could wait.", "argued", "Democratic Party"],
  ])("%s", (line, cue, party) => {
    expect(partyOf(story(line), cue)).toBe(party);
  });
  test("the two parties stay two sides, and the members are no named person", () => {
    const a = analyze(story("Some Democrats argued that the buses could wait.", "Republicans countered that the depot was worth twice the price."));
    const sides = a.statements.filter((s) => s.cue?.text === "argued" || s.cue?.text === "countered").map((s) => s.party);
    expect(new Set(sides).size).toBe(2);
    expect(a.statements.find((s) => s.cue?.text === "argued")?.sourceKind).toBe("named-organization");
  });
});

describe("two names with appositions of their own ('Ana Ruiz, the …, and Sam Ortega, a …, said')", () => {
  test("the speaker is the last named, and the first one's apposition says nothing of their side", () => {
    const t = [
      "The county board voted on Monday to sell the old depot.",
      "Rosa Pell, the former envoy to Norway, and Dan Ivers, a board aide, told the hearing the depot was sound.",
      "Ivers said the buses could wait.",
    ].join("\n\n");
    const a = analyze(t);
    const told = a.statements.find((s) => s.cue?.text === "told");
    expect(told?.source?.text).toBe("Rosa Pell, the former envoy to Norway, and Dan Ivers, a board aide");
    expect(told?.speaker).toBe("Dan Ivers");
    const sides = a.statements.map((s) => a.parties.find((p) => p.id === s.party)?.name);
    expect(sides).not.toContain("Norway");
  });
});

describe("a business's name and a street are no person and no side", () => {
  test.each(["Kellport Foods", "Dunmore Airlines", "Vale Industries", "Orrin Technologies"])("'%s said' is an organization", (name) => {
    const a = analyze(`${name} said on Tuesday that it would close two plants.\n\nThe plants employ 300 people.`);
    expect(a.statements[0]?.sourceKind).toBe("named-organization");
  });
  test("'a librarian at the Elm Street branch' works for no side called 'Elm Street'", () => {
    const t = ["The city plans to close three libraries.", "“This is a loss for every family,” said Tanya Brooks, a librarian at the Elm Street branch.", "Mayor Ann Reyes said the budget left no choice."].join("\n\n");
    const a = analyze(t);
    expect(a.parties.map((p) => p.name)).not.toContain("Elm Street");
  });
});

describe("a business's executive and a union named after its description", () => {
  const story = [
    "Orrin Foods said on Monday it would close its bakery in Kell, blaming the price of flour.",
    "“We held on as long as we could,” Chief Executive Hanna Lind told analysts.",
    "The union representing the bakers, the Bakery Workers Local 12, said it had not been warned.",
  ].join("\n\n");
  const sideOf = (speaker: string): string | undefined => {
    const a = analyze(story);
    const s = a.statements.find((x) => x.speaker === speaker || x.source?.text.startsWith(speaker));
    return a.parties.find((p) => p.id === s?.party)?.name;
  };
  test("'Chief Executive Name' with no company in the title speaks for the business named before", () => {
    expect(sideOf("Hanna Lind")).toBe("Orrin Foods");
  });
  test("'the union representing …, the Bakery Workers Local 12' is that union", () => {
    expect(sideOf("The union representing")).toBe("Bakery Workers Local 12");
  });
  test("an executive of a body that is no business keeps to the body the title names", () => {
    const a = analyze("The Kell Harbour Board met on Monday.\n\nPort authority chief executive Dana Ruiz said the fees would rise.");
    expect(a.parties.find((p) => p.id === a.statements.find((s) => s.speaker === "Dana Ruiz")?.party)?.name).not.toBe("Kell Harbour Board");
  });
});

describe("a body the text calls private is no state's side, whatever country its name holds", () => {
  const partyOf = (t: string): string | undefined => {
    const a = analyze(t);
    return a.parties.find((p) => p.id === a.statements[0]?.party)?.name;
  };
  test("'the American Walking Council, an industry group' is its own side", () => {
    expect(partyOf("The American Walking Council, an industry group funded by shoe makers, said on Tuesday that the study was good news.\n\nThe study followed 2,000 adults.")).toBe("American Walking Council");
  });
  test("a state's council with no such description stays the state's", () => {
    expect(partyOf("The Russian Security Council said on Tuesday that the talks had failed.\n\nThe talks began in May.")).toBe("Russia");
  });
});

describe("a noun of people opening the sentence names no one ('Prosecutors said')", () => {
  test.each(["Prosecutors said", "Senators say", "Analysts argued", "Detectives said", "Coaches said"])("'%s …' is no named person", (opening) => {
    const a = analyze(`The county treasurer was charged on Monday.\n\n${opening} that the money was moved twice.`);
    expect(a.statements.find((s) => s.source?.text === opening.split(" ")[0])?.sourceKind).not.toBe("named-person");
  });
  // (a word known by its ending alone: the text writes it in lower case too)
  test.each(["Investigators said", "Surveyors said", "Chemists said"])("'%s …', a word the text also writes in lower case, is no named person", (opening) => {
    const noun = opening.split(" ")[0]!;
    const a = analyze(`The county treasurer was charged on Monday after ${noun.toLowerCase()} came to her office.\n\n${opening} that the money was moved twice.`);
    expect(a.statements.find((s) => s.source?.text === opening.split(" ")[0])?.sourceKind).not.toBe("named-person");
  });
  test("a surname with a people-noun ending stays the person the text named ('Walters said')", () => {
    const a = analyze("Nora Walters, the county treasurer, was charged on Monday.\n\nWalters said that the money was moved twice.");
    const st = a.statements.find((s) => s.source?.text === "Walters");
    expect(st?.sourceKind).toBe("named-person");
    expect(st?.speaker).toBe("Nora Walters");
  });
  test("a surname that is no such noun stays a name", () => {
    const a = analyze("The county treasurer was charged on Monday.\n\nRenwick said that the money was moved twice.");
    expect(a.statements.find((s) => s.source?.text === "Renwick")?.sourceKind).toBe("named-person");
  });
});
