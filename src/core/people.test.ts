import { describe, expect, it } from "vitest";
import { analyze } from "./analyze";
import { findPeople } from "./people";
import { tokenize } from "./words";

const people = (text: string) => findPeople(text, tokenize(text)).persons.map((p) => [p.name, p.gender]);

describe("people: places named after someone, and gender cues", () => {
  it("a church, a radio station or a hospital named after someone is not a person", () => {
    const text = "Mourners gathered at Maria Goretti Catholic Church on Friday. Helena Marsh of Alicia Falls Community Radio reported from the Kevin Doyle Memorial Hospital.";
    const names = people(text).map(([n]) => n);
    expect(names).toContain("Helena Marsh");
    expect(names.some((n) => /Church|Radio|Hospital/.test(n!))).toBe(false);
  });

  it("“told her” gives no gender to the one who told", () => {
    const text = "Tobias Grell walked to the door. When the clerk refused, Grell told her: “I will wait.” Later Grell said he had not slept.";
    expect(people(text)).toContainEqual(["Tobias Grell", "m"]);
  });

  it("“he” after a caption naming a church is the man quoted, not the church", () => {
    const text = [
      "Arno Vesk went on trial on Monday for the fire at Maria Goretti Catholic Church in the old town.",
      "A congregant stands outside Maria Goretti Catholic Church. Photo by Lina Moor",
      "When a reporter asked, Vesk told her: “I did not light it.”",
      "He said the building was empty when he left.",
    ].join("\n\n");
    const a = analyze(text);
    const he = a.statements.find((s) => s.source?.text === "He");
    expect(he?.speaker).toBe("Arno Vesk");
  });
});
