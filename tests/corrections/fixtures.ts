// A small hand-built Analysis over invented text (a dispute over a ferry timetable), so the
// corrections tests depend neither on the engine's reading nor on anyone's copyrighted text.
import type { Analysis, Party } from "../../src/core/types";
import { analysisOf } from "../history/fixtures";

export const FERRY_URL = "https://www.harbour-news.example/2026/ferry-timetable/?utm_source=feed#top";
/** what articleUrl makes of FERRY_URL */
export const FERRY_ARTICLE = "https://harbour-news.example/2026/ferry-timetable";
export const FERRY_TITLE = "Ferry company cuts the night crossings";
export const FERRY_TEXT =
  "The Tolvik Ferry Company said on Monday that the night crossings would end in March.\n" +
  "\u201cNobody rides the last boat,\u201d operations chief Ines Marrow said.\n" +
  "The islanders' council said the company had broken its licence terms.\n" +
  "Council leader Bram Oduya said the cut would strand nurses on the late shift.\n" +
  "Officials said the harbour lights would stay on all night.";

const ferry: Party = { id: "p0", name: "Tolvik Ferry Company", aliases: ["the company", "Ines Marrow"], quoted: true };
const council: Party = { id: "p1", name: "Islanders' Council", aliases: ["the islanders' council", "Bram Oduya"], quoted: true };

export function ferryAnalysis(): Analysis {
  const a = analysisOf(
    FERRY_TEXT,
    [
      { source: "The Tolvik Ferry Company", cue: "said", content: "the night crossings would end in March", party: "p0", speaker: "Tolvik Ferry Company" },
      { source: "operations chief Ines Marrow", cue: "said", content: "Nobody rides the last boat,", party: "p0", speaker: "Ines Marrow" },
      { source: "The islanders' council", cue: "said", content: "the company had broken its licence terms", stance: "allegation", party: "p1", speaker: "Islanders' Council" },
      { source: "Council leader Bram Oduya", cue: "said", content: "the cut would strand nurses on the late shift", party: "p1", speaker: "Bram Oduya" },
      { source: "Officials", cue: "said", content: "the harbour lights would stay on all night", party: "p1" },
    ],
    [ferry, council],
    [
      { kind: "accusation", from: 2, against: "p0" },
      { kind: "rebuttal", from: 3, against: "p0", answers: 0 },
    ],
  );
  // the unnamed officials: no speaker resolved, no side in truth (the test corrects it)
  const officials = a.statements[4]!;
  officials.speaker = null;
  officials.sourceKind = "unnamed";
  a.statements[0]!.counter = [{ kind: "in-article", label: "Islanders' Council: the cut would strand nurses", statement: 3 }, { kind: "search", label: "Islanders' Council: News search", url: "https://news.example/search?q=ferry" }];
  a.statements[3]!.counter = [{ kind: "in-article", label: "Tolvik Ferry Company: the night crossings would end", statement: 0 }];
  a.statements[4]!.parent = 3;
  return a;
}
