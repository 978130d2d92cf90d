// Applying the reader's corrections to an Analysis: "not a statement" takes it out and renumbers
// every index, "wrong speaker" gives it the chosen speaker and side, and the Analysis says so.
import { describe, expect, test } from "vitest";
import { applyCorrections } from "../../src/background/corrections/apply";
import { articleUrl, statementKey, normaliseText, type CorrectionRecord } from "../../src/shared/corrections";
import { isAnalysis } from "../../src/shared/messages";
import { FERRY_ARTICLE, FERRY_URL, ferryAnalysis } from "./fixtures";

const rec = (key: string, kind: CorrectionRecord["kind"], to?: CorrectionRecord["to"]): CorrectionRecord => ({
  v: 1, id: `${FERRY_ARTICLE}\u0000${key}`, article: FERRY_ARTICLE, key, kind, ...(to ? { to } : {}),
  was: { speaker: null, side: null }, content: "", title: "", at: 1,
});

describe("statement and article keys", () => {
  test("the article is its URL without fragment, tracking, www. or trailing slash", () => {
    expect(articleUrl(FERRY_URL)).toBe(FERRY_ARTICLE);
    expect(articleUrl("https://harbour-news.example/2026/ferry-timetable")).toBe(FERRY_ARTICLE);
    expect(articleUrl("https://harbour-news.example/a?b=2&a=1")).toBe("https://harbour-news.example/a?a=1&b=2");
    expect(articleUrl("about:blank")).toBeNull();
    expect(articleUrl("javascript:alert(1)")).toBeNull();
    expect(articleUrl("not a url")).toBeNull();
  });

  test("a statement keeps its key through reflowed spacing, quote styles, soft hyphens and other offsets", () => {
    const a = ferryAnalysis();
    const s = a.statements[1]!;
    const moved = { ...s, content: { start: s.content.start + 40, end: s.content.end + 47, text: "Nobody  rides the\u00ad last\nboat ,\u201d" } };
    expect(statementKey(moved)).toBe(statementKey(s));
    expect(statementKey({ ...s, speaker: "Somebody Else" })).not.toBe(statementKey(s));
    expect(statementKey({ ...s, content: { ...s.content, text: "Everybody rides the last boat" } })).not.toBe(statementKey(s));
    expect(normaliseText("“Quoted” — text’s")).toBe("quoted text s");
  });
});

describe("applyCorrections", () => {
  test("no corrections: the same Analysis", () => {
    const a = ferryAnalysis();
    expect(applyCorrections(a, [])).toBe(a);
    expect(applyCorrections(a, [rec("nothing|here", "not-statement")])).toBe(a);
  });

  test("not a statement: it is gone, every index after it renumbered, and the Analysis says so", () => {
    const a = ferryAnalysis();
    const key = statementKey(a.statements[2]!);
    const out = applyCorrections(a, [rec(key, "not-statement")]);
    expect(out.statements.map((s) => s.content.text)).toEqual([0, 1, 3, 4].map((i) => a.statements[i]!.content.text));
    // statement 0's answer (3) is now 2, and 3's answer (0) stays 0; the child of 3 points at 2
    expect(out.statements[0]!.counter.find((c) => c.kind === "in-article")?.statement).toBe(2);
    expect(out.statements[2]!.counter[0]!.statement).toBe(0);
    expect(out.statements[3]!.parent).toBe(2);
    // the accusation made by the removed statement is gone; the rebuttal by 3 is now by 2
    expect(out.disputes).toEqual([{ kind: "rebuttal", from: 2, against: "p0", answers: 0 }]);
    expect(out.corrections).toEqual([
      { id: `${FERRY_ARTICLE}\u0000${key}`, kind: "not-statement", statement: null, key, was: { speaker: "Islanders' Council", side: "Islanders' Council" }, engine: { speaker: "Islanders' Council", party: "p1" }, content: "the company had broken its licence terms" },
    ]);
    expect(isAnalysis(out)).toBe(true);
    // the input is left as it was
    expect(a.statements).toHaveLength(5);
    // applying it again changes nothing more
    expect(applyCorrections(out, [rec(key, "not-statement")])).toEqual(out);
  });

  test("wrong speaker: another speaker of the article, with that speaker's side", () => {
    const a = ferryAnalysis();
    const key = statementKey(a.statements[4]!);
    const out = applyCorrections(a, [rec(key, "speaker", { speaker: "Ines Marrow", side: "Tolvik Ferry Company" })]);
    const s = out.statements[4]!;
    expect(s.speaker).toBe("Ines Marrow");
    expect(s.party).toBe("p0");
    // the words on the page stay what they are
    expect(s.source?.text).toBe("Officials");
    expect(out.corrections).toEqual([expect.objectContaining({ kind: "speaker", statement: 4, key, was: { speaker: "Officials", side: "Islanders' Council" } })]);
    // a second correction of the same statement, on the corrected Analysis, is found by its first key
    const again = applyCorrections(out, [rec(key, "not-statement")]);
    expect(again.statements).toHaveLength(4);
    expect(again.corrections).toEqual([expect.objectContaining({ kind: "not-statement", statement: null, key, was: { speaker: "Officials", side: "Islanders' Council" } })]);
  });

  test("wrong side: no side, or a side this reading does not know; sides no longer quoted say so", () => {
    const a = ferryAnalysis();
    const none = applyCorrections(a, [rec(statementKey(a.statements[4]!), "speaker", { side: null })]);
    expect(none.statements[4]!.party).toBeNull();
    expect(none.statements[4]!.speaker).toBeNull();

    // both company statements moved to a side the engine did not find: the company is only accused now
    const keys = [0, 1].map((i) => statementKey(a.statements[i]!));
    const out = applyCorrections(a, keys.map((k) => rec(k, "speaker", { side: "Harbour Board" })));
    const board = out.parties.find((p) => p.name === "Harbour Board");
    expect(board).toMatchObject({ quoted: true });
    expect(out.statements[0]!.party).toBe(board!.id);
    expect(out.parties.find((p) => p.id === "p0")).toMatchObject({ quoted: false });
    // the side is matched by name or alias, whatever its case and punctuation
    const alias = applyCorrections(a, [rec(statementKey(a.statements[4]!), "speaker", { side: "the Islanders Council" })]);
    expect(alias.statements[4]!.party).toBe("p1");
  });

  test("a statement moved to the side it disputed no longer disputes it, nor answers its own side", () => {
    const a = ferryAnalysis();
    const out = applyCorrections(a, [rec(statementKey(a.statements[3]!), "speaker", { side: "Tolvik Ferry Company" })]);
    expect(out.disputes.some((d) => d.from === 3)).toBe(false);
    expect(out.statements[3]!.counter.filter((c) => c.kind === "in-article")).toEqual([]);
    expect(out.statements[0]!.counter.filter((c) => c.kind === "in-article")).toEqual([]);
    expect(out.statements[0]!.counter.filter((c) => c.kind === "search")).toHaveLength(1);
  });
});
