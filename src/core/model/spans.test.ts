import { describe, expect, test } from "vitest";
import fc from "fast-check";
import { abbreviationEndsAt, boundaryProblems, movedStart, refineSpans, taggerTokens } from "./spans";
import { extractStatements } from "../extract";
import { analyze } from "../analyze";
import { tokenize } from "../words";

describe("the span tagger's tokens", () => {
  test("read off the word tokens, they are the tokens it reads from the text", () => {
    const parts = ["Jo", "said", "10", ",", "000", "1,000.5", "3,0000", "U.S.", "O’Neil", "e-mail", "x.", "-", "’", "'", " ", "  ", "\n", "\u00a0",
      "\u2028", "“", "”", "—", "…", "é", "Ärger", "\u0301", "٣", "日本", "(", ")", "$", "%", "\t", "a\uD835\uDC00b", "\uD800"];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...parts), { maxLength: 30 }), (ps) => {
        const text = ps.join("");
        expect(taggerTokens(text, tokenize(text))).toEqual(taggerTokens(text));
      }),
      { numRuns: 3000, seed: 13 },
    );
  });

  test("a number with thousands separators is its digits and commas", () => {
    const text = "It cost 10,000 dollars.";
    const { starts, ends } = taggerTokens(text, tokenize(text));
    expect(starts.map((s, i) => text.slice(s, ends[i]))).toEqual(["It", "cost", "10", ",", "000", "dollars", "."]);
  });
});

describe("the tagger's source end", () => {
  test("is never moved over a time after the name", () => {
    const text = "Records reveal a pattern of dumping by crews, said Harbor Watch Collective on Friday, March 6.";
    const st = refineSpans(text, extractStatements(text));
    const said = st.find((s) => s.cue?.text === "said");
    expect(said?.source?.text).toBe("Harbor Watch Collective");
  });
  test("is never moved over a passive's second complement", () => {
    const text = "In 2019 he was accused of theft by a neighbour and of assault by another one after a party in May.";
    const st = refineSpans(text, extractStatements(text));
    expect(st.find((s) => s.cue?.text === "was accused")?.source?.text).toBe("a neighbour");
    const text2 = "In 2019 he was accused of theft by a neighbour and assault by another one after a party in May.";
    const st2 = refineSpans(text2, extractStatements(text2));
    expect(st2.find((s) => s.cue?.text === "was accused")?.source?.text).toBe("a neighbour");
  });
});

describe("the tagger's source end, on an adverb", () => {
  test("never ends on an adverb before the verb", () => {
    const said = analyze("My aunt always said the garden needed rain.").statements.find((s) => s.cue?.text === "said");
    expect(said?.source?.text).toBe("My aunt");
  });
});

describe("the tagger's source end, grown to the right", () => {
  // (a relative pronoun, a preposition or an article ends no noun phrase)
  test.each([
    "\u201cThis is far too large for the pier!\u201d said someone in the crowd who phoned the harbour office.",
    "\u201cWe will sail at dawn,\u201d said a skipper on the ferry who asked not to be named.",
    "\u201cThe planks are rotten,\u201d said one of the crew members that worked the night shift.",
  ])("never stops on a word no phrase ends on: %s", (text) => {
    // (the relative clause's own statement, "who phoned …", has "who" as its whole source)
    const said = analyze(text).statements.filter((s) => s.cue?.text === "said");
    expect(said).toHaveLength(1);
    expect(said[0]!.source?.text ?? "").not.toMatch(/\b(?:who|which|that|of|in|the|a)$/i);
  });
});

describe("the tagger's source start", () => {
  test("never moves left of a source that is one personal pronoun", () => {
    const text = "On the ferry plan, however, Lind made no effort to add a toll, which she says would hurt the islands.";
    const says = extractStatements(text).find((s) => s.cue?.text === "says")!;
    expect(says.source?.text).toBe("she");
    const starts = boundaryProblems(text, says, [says.cue!.start]).filter((p) => p.kind === "sourceStart").flatMap((p) => p.offsets);
    for (const st of starts) expect(st, text.slice(st)).toBeGreaterThanOrEqual(says.source!.start);
  });
});

describe("the tagger's source start, before a time phrase", () => {
  test("never takes in the time phrase opening the sentence", () => {
    const text = "Last week port official Dana Pryce revealed one of those calls to investigators, saying she recalled it “vividly.”";
    const st = refineSpans(text, extractStatements(text));
    expect(st.find((s) => s.cue?.text === "revealed")?.source?.text).toBe("port official Dana Pryce");
    expect(st.find((s) => s.cue?.text === "saying")?.source?.text).toBe("port official Dana Pryce");
  });
});

describe("a source's start moved back onto a clause", () => {
  const at = (text: string, w: string): { start: number; end: number; text: string } => {
    const start = text.indexOf(w);
    return { start, end: start + w.length, text: w };
  };
  test("the clause's subject pronoun alone is the source", () => {
    const text = "Later he went to work on the budget, saying the pier would sink.";
    const src = movedStart(text, text.indexOf("he went"), at(text, "work"), at(text, "the pier would sink"));
    expect(src.text).toBe("he");
  });
  test("a name or a coordinated pronoun is moved to as it is; a pronoun that is the content's object is no source", () => {
    const text = "Ana Ruiz and the port chief both said the pier would sink.";
    expect(movedStart(text, 0, at(text, "the port chief"), at(text, "the pier would sink")).text).toBe("Ana Ruiz and the port chief");
    const t2 = "He and his aides said the pier would sink.";
    expect(movedStart(t2, 0, at(t2, "his aides"), at(t2, "the pier would sink")).text).toBe("He and his aides");
    const t3 = "She began to receive letters accusing her of lying.";
    expect(movedStart(t3, 0, at(t3, "receive letters"), at(t3, "her of lying")).text).toBe("She began to receive letters");
  });
});

describe("refining some of the candidates", () => {
  test("each gets the spans it gets when all are refined (the others' cues are still read)", () => {
    // (invented) several cues close together, so a statement's window holds the others' cues
    const text =
      "The ferry chief said the crossing, which the council says is safe, would reopen, officials confirmed. " +
      "“We will be ready by June,” she added, though the union warned that crews had not been told.";
    const all = extractStatements(text).filter((s) => s.cue);
    expect(all.length).toBeGreaterThan(2);
    const whole = refineSpans(text, all);
    for (let k = 0; k < all.length; k++) {
      const one = refineSpans(text, [all[k]!], false, undefined, all)[0]!;
      expect([one.source, one.content]).toEqual([whole[k]!.source, whole[k]!.content]);
    }
  });
});

describe("words between a cue and its content", () => {
  // (invented) an object and a preposition after the verb: whether the tagger starts the content
  // at the object or after the preposition, no word between cue and content is left unmarked
  test.each([
    "Hours before the match, coach Ana Ruiz expressed confidence in the young keeper, saying she always recovers.",
    "The harbour master expressed worries about the timetable for the new ferry.",
    "The councillors expressed anger at the delays found in the audit of the harbour fund.",
  ])("%s", (text) => {
    const a = analyze(`${text} The mayor said the plan was sound.`);
    const s = a.statements.find((x) => x.cue && x.cue.start < text.length)!;
    expect(s).toBeDefined();
    expect(text.slice(s.cue!.end, s.content.start).trim()).toBe("");
  });
});

describe("a content start the tagger moves", () => {
  // (invented)
  test("never past an infinitive of the rules' content: what someone was warned to do stays", () => {
    const a = analyze("The safety agency warned shoppers to stay away from heaters that contained asbestos. The mayor said the plan was sound.");
    expect(a.statements[0]!.content.text).toContain("to stay away");
  });
  test("may move past an addressee ('explained to the pilots that …')", () => {
    const a = analyze("Okafor explained to the pilots that she believed the ferry was unsafe. The mayor said the plan was sound.");
    expect(a.statements[0]!.content.text.startsWith("to the pilots")).toBe(false);
  });
});

describe("the tagger's content end, in a parenthesis", () => {
  test("never falls inside a parenthesis the content opens", () => {
    for (const text of [
      "A motion by Senator Ann Vale calling on the board to adopt a ferry-fare (fares) policy within a year was defeated on Tuesday. Ruiz said it.",
      "The harbour union is calling on the board to bring a pier-safety (planks) plan within six months.",
    ]) {
      for (const s of analyze(text).statements) expect(s.content.text).not.toMatch(/\([^)]*$/);
    }
  });
});

describe("the tagger's content end", () => {
  test("never falls inside a clock time", () => {
    const text = "The harbour office said the gates were shut from 10:30 p.m. on Friday to 6:15 a.m. on Saturday, and no boat left.";
    const said = extractStatements(text).find((s) => s.cue?.text === "said")!;
    const ends = boundaryProblems(text, said, [said.cue!.start]).filter((p) => p.kind === "contentEnd").flatMap((p) => p.offsets);
    expect(ends.length).toBeGreaterThan(3);
    for (const e of ends) expect(text.slice(e - 1, e + 2), text.slice(0, e)).not.toMatch(/^\d:\d/);
  });

  test("moves only to a word a mark of punctuation follows, never into a phrase ('the Danish | and Dutch')", () => {
    const text = "The skippers told the radio the Danish and Dutch quotas are unfair to small boats — and they will sail anyway, until the courts decide; the board said nothing.";
    const told = extractStatements(text).find((s) => s.cue?.text === "told")!;
    const [p] = boundaryProblems(text, told, [told.cue!.start]).filter((q) => q.kind === "contentEnd");
    expect(p!.offsets.length).toBeGreaterThan(1);
    p!.offsets.forEach((e, i) => {
      if (i !== p!.rule) expect(text.slice(e).replace(/^["”’']+/, ""), text.slice(0, e)).toMatch(/^(?:[,;:.!?)\n—–]| [—–]| - |$)/);
    });
  });
});

describe("the tagger's source start", () => {
  test("never moves into the relative clause of the rules' source", () => {
    for (const text of [
      "Vale rebuked a nameless harbour clerk who had published a column in The Harbour Times portraying a board in disarray.",
      "The mayor thanked a skipper who gave an interview to the Dover Gazette calling the pier a danger to every crew.",
    ]) {
      for (const s of analyze(text).statements) {
        const rules = extractStatements(text).find((r) => r.cue?.start === s.cue?.start);
        if (!s.source || !rules?.source || !/\b(?:who|which)\b/.test(rules.source.text)) continue;
        expect(s.source.start).toBeLessThanOrEqual(rules.source.start + rules.source.text.search(/\b(?:who|which)\b/));
      }
    }
  });
});

describe("the tagger's content end, at an abbreviation", () => {
  test("the dot of a title, a month, a clock time or an initial is no place to end", () => {
    const t = "Gov. Reed spoke at 7:15 a.m. on Oct. 4 with J. Vale about the pier.";
    for (const w of ["Gov", "a.m", "Oct", "J"]) expect(abbreviationEndsAt(t, t.indexOf(w) + w.length)).toBe(true);
    for (const w of ["spoke", "pier"]) expect(abbreviationEndsAt(t, t.indexOf(w) + w.length)).toBe(false);
  });
  test("never stops at the dot of a title, a month or a clock time", () => {
    for (const text of [
      "Two local critics discuss Harbour Gov. Ana Reed's 2015 address on the ferries at the town hall.",
      "The inspectors alleged that no rounds were logged between 11:15 p.m. Oct. 3 and 5:45 a.m. the next day at the pier.",
    ]) {
      for (const s of analyze(text).statements) {
        const e = s.content.start + s.content.text.length;
        if (text[e] === ".") expect(text.slice(Math.max(0, e - 4), e)).not.toMatch(/(?:Gov|Oct|a\.m|p\.m)$/);
      }
    }
  });
});
