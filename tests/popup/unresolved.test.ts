// An unresolved speaker is shown as such ("unresolved: he"), in the popup and in the card.
import { describe, expect, test } from "vitest";
import { analyze } from "../../src/core/analyze";
import { speakerOf } from "../../src/shared/view-model";
import { speakerName } from "../../src/content/card";

describe("unresolved speakers", () => {
  const a = analyze("Officials said the council voted on Monday. He said the vote was rushed.");
  test("the source nobody could resolve reads 'unresolved: he'", () => {
    const s = a.statements.find((x) => x.labels.includes("unresolved"));
    expect(s).toBeTruthy();
    expect(speakerOf(s!)).toMatch(/^unresolved: he$/i);
    expect(speakerName(s!)).toMatch(/^unresolved: he$/i);
  });
  test("a resolved speaker reads as its name", () => {
    const s = a.statements.find((x) => x.speaker !== null && x.source?.text === "Officials");
    if (s) expect(speakerOf(s)).toBe(s.speaker);
  });
});
