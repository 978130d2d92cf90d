import { describe, expect, it } from "vitest";
import { analyze } from "./analyze";
import { withoutInvisible } from "./invisible";

const SHY = "\u00ad";

describe("invisible format characters", () => {
  it("a hyphenated name is one name, and its spans are slices of the text given", () => {
    const text = `Dr Mar${SHY}git Fen${SHY}wick, a har${SHY}bour en${SHY}gi${SHY}neer, an${SHY}nounced that the pier would hold through the win${SHY}ter.\n\n“We tested every pile,” Fen${SHY}wick said.`;
    const a = analyze(text);
    const speakers = a.statements.filter((s) => s.shown).map((s) => s.speaker);
    expect(speakers).toEqual(["Margit Fenwick", "Margit Fenwick"]);
    for (const st of a.statements) {
      for (const sp of [st.source, st.cue, st.content]) if (sp) expect(text.slice(sp.start, sp.end)).toBe(sp.text);
    }
    expect(a.statements[0]!.cue!.text).toBe(`an${SHY}nounced`);
    expect(a.statements[1]!.source!.text).toBe(`Fen${SHY}wick`);
  });

  it("reads the same statements as the text without them", () => {
    const clean = "The council voted on Monday. “It is a fair budget,” said Ines Arcos, the treasurer.";
    const shy = clean.replace("treasurer", `trea${SHY}sur${SHY}er`).replace("Arcos", `Ar\u2060cos`).replace("said", `\ufeffsaid`);
    const gist = (t: string) => analyze(t).statements.map((s) => [s.speaker, s.cue?.text.replace(/[\u00ad\u2060\ufeff]/g, ""), s.shown]);
    expect(gist(shy)).toEqual(gist(clean));
  });

  it("reads around the marks of writing direction (an embedding before a quotation)", () => {
    const clean = "”We will open the pier,” said Ines Arcos.";
    const marked = `\u202a${clean}\u202c`;
    const gist = (t: string) => analyze(t).statements.map((s) => [s.speaker, s.cue?.text, s.content.text.replace(/[\u202a\u202c]/g, "")]);
    expect(gist(marked)).toEqual(gist(clean));
    expect(gist(clean)).toHaveLength(1);
  });

  it("maps every character back, and reads a zero-width space as a space", () => {
    expect(withoutInvisible("plain text")).toBeNull();
    const c = withoutInvisible(`a${SHY}b\u200bc`)!;
    expect(c.text).toBe("ab c");
    expect(Array.from(c.at)).toEqual([0, 2, 3, 4, 5]);
  });
});
