// @vitest-environment jsdom
// The card's correction part: the statement's key and the choices come from this page's own
// analysis; page text enters only as text; the page's synthetic events do nothing.
import { describe, expect, test, vi } from "vitest";
import { cardFrom, correctionBox } from "../../src/content/card";
import { statementKey } from "../../src/shared/corrections";
import { ferryAnalysis } from "../corrections/fixtures";

describe("correcting a mark in the card", () => {
  test("offers the other speakers (with their side), the other sides and no side; keyed by the statement", () => {
    const a = ferryAnalysis();
    const card = cardFrom(a, 4)!;
    expect(card.key).toBe(statementKey(a.statements[4]!));
    expect(card.corrected).toBeNull();
    expect(card.choices.map((c) => c.label)).toEqual([
      "Tolvik Ferry Company (Tolvik Ferry Company)", "Ines Marrow (Tolvik Ferry Company)", "Islanders' Council (Islanders' Council)", "Bram Oduya (Islanders' Council)",
      "The same speaker, for Tolvik Ferry Company", "The same speaker, for no side",
    ]);
    expect(card.choices[1]).toEqual({ label: "Ines Marrow (Tolvik Ferry Company)", speaker: "Ines Marrow" });
    expect(card.choices[4]).toEqual({ label: "The same speaker, for Tolvik Ferry Company", side: "p0" });
    expect(card.choices[5]).toEqual({ label: "The same speaker, for no side", side: null });
  });

  test("a corrected statement says so, and keeps its first key", () => {
    const a = ferryAnalysis();
    const first = statementKey(a.statements[4]!);
    a.statements[4]!.speaker = "Ines Marrow";
    a.corrections = [{ id: "x", kind: "speaker", statement: 4, key: first, was: { speaker: "Officials", side: "Islanders' Council" }, engine: { speaker: null, party: "p1" }, content: "" }];
    const card = cardFrom(a, 4)!;
    expect(card.key).toBe(first);
    expect(card.corrected).toBe("Corrected by you. Whosaid read: Officials (Islanders' Council).");
  });

  test("page text is text, and the page's synthetic clicks do nothing", () => {
    const a = ferryAnalysis();
    a.statements[1]!.speaker = "<img src=x onerror=alert(1)>";
    const correct = vi.fn(async () => "Saved.");
    const box = correctionBox(document, cardFrom(a, 4)!, correct);
    document.body.append(box);
    expect(box.querySelector("img")).toBeNull();
    expect([...box.querySelectorAll("option")].some((o) => o.textContent?.startsWith("<img src=x"))).toBe(true);
    for (const b of box.querySelectorAll("button")) {
      b.click();
      b.dispatchEvent(new MouseEvent("click", { bubbles: true }));
    }
    expect(correct).not.toHaveBeenCalled();
    expect(box.querySelector<HTMLElement>(".pick")!.hidden).toBe(true);
    box.remove();
  });
});
