// Small hand-built Analyses over our own invented text, so the history tests do not depend on the
// engine's reading (tested elsewhere) and hold no copyrighted text.
import type { Analysis, Party, Stance, Statement, Span } from "../../src/core/types";
import type { TabReport } from "../../src/shared/messages";

export type StatementSpec = {
  source: string;
  cue: string;
  content: string;
  stance?: Stance;
  party: string;
  speaker?: string;
};

function span(text: string, part: string, from = 0): Span {
  const start = text.indexOf(part, from);
  if (start < 0) throw new Error(`fixture: "${part}" not in text`);
  return { start, end: start + part.length, text: part };
}

/** The occurrence of `part` closest to `near`: a cue belongs to its own source's sentence. */
function nearest(text: string, part: string, near: number): Span {
  let best: Span | null = null;
  for (let i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
    if (!best || Math.abs(i - near) < Math.abs(best.start - near)) best = { start: i, end: i + part.length, text: part };
  }
  if (!best) throw new Error(`fixture: "${part}" not in text`);
  return best;
}

/** Build an Analysis: statements located by substring, parties by id, disputes as given. */
export function analysisOf(
  text: string,
  specs: StatementSpec[],
  parties: Party[],
  disputes: Analysis["disputes"] = [],
): Analysis {
  const statements: Statement[] = specs.map((s) => {
    const content = span(text, s.content);
    const source = span(text, s.source);
    return {
      source,
      cue: nearest(text, s.cue, source.start),
      content,
      mode: "indirect",
      stance: s.stance ?? "neutral",
      sourceKind: "named-organization",
      speaker: s.speaker ?? s.source,
      party: s.party,
      labels: [],
      counter: [],
    };
  });
  return { statements, parties, disputes, unnamedSources: [], timings: { ms: 0 } };
}

export function reportOf(url: string, title: string, text: string, analysis: Analysis): TabReport {
  return { state: "done", url, title, text, analysis };
}

// Article A: the coalition's side of a river-pollution dispute (invented).
export const A_TEXT =
  "The Clean Millbrook Coalition said on Tuesday that Harlow Chemicals had dumped 40 tonnes of solvent waste into the Millbrook River over the winter.\n" +
  "\u201cThe fish kill downstream is the plant\u2019s doing,\u201d coalition chair Maria Ostrander said.\n" +
  "The group accused the company of hiding the discharges from state inspectors.";
export const A_TITLE = "Coalition says chemical plant poisoned Millbrook River";
const coalition: Party = { id: "p0", name: "Clean Millbrook Coalition", aliases: ["the coalition", "The group", "Maria Ostrander"], quoted: true };
const harlowAccused: Party = { id: "p1", name: "Harlow Chemicals", aliases: ["the company"], quoted: false };
export const A = analysisOf(
  A_TEXT,
  [
    { source: "The Clean Millbrook Coalition", cue: "said", content: "Harlow Chemicals had dumped 40 tonnes of solvent waste into the Millbrook River over the winter", stance: "allegation", party: "p0", speaker: "Clean Millbrook Coalition" },
    { source: "coalition chair Maria Ostrander", cue: "said", content: "The fish kill downstream is the plant\u2019s doing,", stance: "neutral", party: "p0", speaker: "Maria Ostrander" },
    { source: "The group", cue: "accused", content: "the company of hiding the discharges from state inspectors", stance: "allegation", party: "p0", speaker: "Clean Millbrook Coalition" },
  ],
  [coalition, harlowAccused],
  [{ kind: "accusation", from: 2, against: "p1" }],
);

// Article B: the company's side of the same dispute (invented).
export const B_TEXT =
  "Harlow Chemicals on Thursday denied that it had released any solvent waste into the Millbrook River.\n" +
  "\u201cOur discharge permits are public and every test we have filed is clean,\u201d plant manager Tom Baird said.\n" +
  "The company rejected the coalition\u2019s claims as politically motivated.";
export const B_TITLE = "Harlow Chemicals denies dumping waste in Millbrook River";
const harlow: Party = { id: "p0", name: "Harlow Chemicals", aliases: ["The company", "Tom Baird"], quoted: true };
const coalitionAccused: Party = { id: "p1", name: "Clean Millbrook Coalition", aliases: ["the coalition"], quoted: false };
export const B = analysisOf(
  B_TEXT,
  [
    { source: "Harlow Chemicals", cue: "denied", content: "it had released any solvent waste into the Millbrook River", stance: "denial", party: "p0", speaker: "Harlow Chemicals" },
    { source: "plant manager Tom Baird", cue: "said", content: "Our discharge permits are public and every test we have filed is clean,", party: "p0", speaker: "Tom Baird" },
    { source: "The company", cue: "rejected", content: "the coalition\u2019s claims as politically motivated", stance: "denial", party: "p0", speaker: "Harlow Chemicals" },
  ],
  [harlow, coalitionAccused],
  [{ kind: "rebuttal", from: 2, against: "p1" }],
);

// Article C: the coalition again, on something unrelated (invented).
export const C_TEXT =
  "The Clean Millbrook Coalition said volunteers collected 300 bags of litter along the towpath on Saturday.\n" +
  "\u201cTurnout was the best we have seen in a decade,\u201d Maria Ostrander said.";
export const C_TITLE = "Volunteers haul litter from towpath in annual cleanup";
export const C = analysisOf(
  C_TEXT,
  [
    { source: "The Clean Millbrook Coalition", cue: "said", content: "volunteers collected 300 bags of litter along the towpath on Saturday", party: "p0", speaker: "Clean Millbrook Coalition" },
    { source: "Maria Ostrander", cue: "said", content: "Turnout was the best we have seen in a decade,", party: "p0", speaker: "Maria Ostrander" },
  ],
  [{ id: "p0", name: "Clean Millbrook Coalition", aliases: ["Maria Ostrander"], quoted: true }],
);

// Article D: the company on an unrelated subject, no dispute (invented).
export const D_TEXT =
  "Harlow Chemicals said it would open a research laboratory in Brookfield next spring, hiring 120 chemists.\n" +
  "\u201cThis is a long-term bet on the region,\u201d chief executive Ana Lindqvist said.";
export const D_TITLE = "Harlow Chemicals to open Brookfield laboratory";
export const D = analysisOf(
  D_TEXT,
  [
    { source: "Harlow Chemicals", cue: "said", content: "it would open a research laboratory in Brookfield next spring, hiring 120 chemists", party: "p0", speaker: "Harlow Chemicals" },
    { source: "chief executive Ana Lindqvist", cue: "said", content: "This is a long-term bet on the region,", party: "p0", speaker: "Ana Lindqvist" },
  ],
  [{ id: "p0", name: "Harlow Chemicals", aliases: ["Ana Lindqvist"], quoted: true }],
);

export const URL_A = "https://news.example/a";
export const URL_B = "https://news.example/b";
export const URL_C = "https://news.example/c";
export const URL_D = "https://news.example/d";

// A dispute worded differently by each side (invented): the regulator's accusation and the
// company's answer share little more than the drug's name.
export const X_TEXT =
  "The national health inspectorate accused Larkspur Pharma on Wednesday of withholding reports of liver damage among patients who took its diabetes drug Glucora during clinical trials.\n" +
  "\u201cPatients were harmed and the company kept quiet,\u201d inspectorate director Hana Osei said.";
export const X_TITLE = "Inspectorate accuses Larkspur of hiding Glucora liver damage";
export const X = analysisOf(
  X_TEXT,
  [
    { source: "The national health inspectorate", cue: "accused", content: "Larkspur Pharma on Wednesday of withholding reports of liver damage among patients who took its diabetes drug Glucora during clinical trials", stance: "allegation", party: "p0", speaker: "National Health Inspectorate" },
    { source: "inspectorate director Hana Osei", cue: "said", content: "Patients were harmed and the company kept quiet,", party: "p0", speaker: "Hana Osei" },
  ],
  [
    { id: "p0", name: "National Health Inspectorate", aliases: ["Hana Osei"], quoted: true },
    { id: "p1", name: "Larkspur Pharma", aliases: [], quoted: false },
  ],
  [{ kind: "accusation", from: 0, against: "p1" }],
);
export const Y_TEXT =
  "Larkspur Pharma said on Thursday that every adverse event seen in the Glucora studies had been disclosed to regulators on time.\n" +
  "\u201cWe reject any suggestion that we concealed safety data,\u201d chief medical officer Ruth Amsel said.";
export const Y_TITLE = "Larkspur Pharma denies hiding Glucora side effects";
export const Y = analysisOf(
  Y_TEXT,
  [
    { source: "Larkspur Pharma", cue: "said", content: "every adverse event seen in the Glucora studies had been disclosed to regulators on time", party: "p0", speaker: "Larkspur Pharma" },
    { source: "chief medical officer Ruth Amsel", cue: "said", content: "We reject any suggestion that we concealed safety data,", stance: "denial", party: "p0", speaker: "Ruth Amsel" },
  ],
  [{ id: "p0", name: "Larkspur Pharma", aliases: ["Ruth Amsel"], quoted: true }],
);
export const URL_X = "https://news.example/x";
export const URL_Y = "https://news.example/y";
