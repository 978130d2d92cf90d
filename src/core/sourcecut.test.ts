// beforeFiniteVerb and withoutTrailingAux on sources written for the test.
import { describe, expect, test } from "vitest";
import { beforeFiniteVerb, withoutTrailingAux } from "./sourcecut";

const whole = (text: string) => ({ start: 0, end: text.length, text });

describe("a source that runs on into its clause's verb", () => {
  test("ends before the verb", () => {
    expect(beforeFiniteVerb("The harbor board has twice", whole("The harbor board has twice")).text).toBe("The harbor board");
    expect(beforeFiniteVerb("more councillors have begun", whole("more councillors have begun")).text).toBe("more councillors");
  });
  test("a verb inside a relative clause, an apposition or a contact clause stays", () => {
    for (const s of ["Officials who have seen the plans", "Ana Ruiz, whose firm has bid", "The clerk I was talking to, Tom Hale", "a caller why the pier is", "The port, which has lost money"]) {
      expect(beforeFiniteVerb(s, whole(s)).text).toBe(s);
    }
  });
  test("never empties a source, and keeps its offsets in the text", () => {
    expect(beforeFiniteVerb("has", whole("has")).text).toBe("has");
    const text = "Later, the harbor board has twice said no.";
    const start = text.indexOf("the harbor");
    const cut = beforeFiniteVerb(text, { start, end: text.indexOf(" said"), text: text.slice(start, text.indexOf(" said")) });
    expect(text.slice(cut.start, cut.end)).toBe(cut.text);
    expect(cut.text).toBe("the harbor board");
  });
});

describe("a source that ends on a word standing before its verb", () => {
  test.each([
    ["My aunt always", "My aunt"],
    ["the ferry skipper has never", "the ferry skipper"],
    ["The port authority later", "The port authority"],
  ])("%s ends before it", (src, want) => {
    expect(withoutTrailingAux(src, whole(src)).text).toBe(want);
  });
  test.each(["Ana Ruiz", "the head of the Harbor Trust", "Always", "Mayor Tom Later", "the harbor board, a tally"])("%s stays", (src) => {
    expect(withoutTrailingAux(src, whole(src)).text).toBe(src);
  });
});
