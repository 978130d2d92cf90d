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

describe("combining marks and stray control characters", () => {
  const nfd = (s: string) => s.normalize("NFD");
  it("a name written in decomposed form (NFD) is one name, and its spans are slices of the text given", () => {
    const clean = "The orchard flooded in April. Zoë Núñez, who runs the co-op, said the pears were lost. “We start again,” Núñez said.";
    const text = nfd(clean);
    expect(text.length).toBeGreaterThan(clean.length);
    const a = analyze(text);
    const shown = a.statements.filter((s) => s.shown);
    // (the speaker's name is read off the composed text: the same person as in a text in NFC)
    expect(shown.map((s) => s.speaker)).toEqual(["Zoë Núñez", "Zoë Núñez"]);
    for (const st of a.statements) {
      for (const sp of [st.source, st.cue, st.content]) if (sp) expect(text.slice(sp.start, sp.end)).toBe(sp.text);
    }
    // a span ending on a letter with a mark ends after the mark
    expect(shown[1]!.source!.text).toBe(nfd("Núñez"));
    const gist = (t: string) => analyze(t).statements.map((s) => [s.source?.text.normalize("NFC"), s.cue?.text, s.content.text.normalize("NFC"), s.shown]);
    expect(gist(text)).toEqual(gist(clean));
  });

  it("a C1 control character inside a name (a misread encoding) does not cost the statement", () => {
    const clean = "The orchard flooded in April. Ida Marsh, who runs the co-op, said the pears were lost.";
    const text = clean.replace("Marsh", "Mar\u0083sh");
    const gist = (t: string) => analyze(t).statements.map((s) => [s.source?.text.replace("\u0083", ""), s.cue?.text, s.shown]);
    expect(gist(text)).toEqual(gist(clean));
    expect(gist(clean)).toHaveLength(1);
  });

  it("composes marks onto their letter and maps each character to where it starts and ends", () => {
    const c = withoutInvisible("Jose\u0301 a\u0083b")!;
    expect(c.text).toBe("José ab");
    expect(Array.from(c.at)).toEqual([0, 1, 2, 3, 5, 6, 8, 9]);
    expect(Array.from(c.to)).toEqual([1, 2, 3, 5, 6, 7, 9, 9]);
    // a mark with no letter before it, or none to compose with, is read as nothing
    expect(withoutInvisible("\u0301a b\u20dd")!.text).toBe("a b");
  });
});
