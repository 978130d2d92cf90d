// @vitest-environment jsdom
// The passage of a text directive found in the rendered text, as browsers match it (whitespace
// collapsed, case ignored, across inline markup), for the tab the background opened on one.
import { describe, expect, test } from "vitest";
import { findTextDirective, parseTextDirective } from "../../src/content/text-directive";

describe("parseTextDirective", () => {
  test.each([
    ["start only", "the%20pier", { start: "the pier", end: null }],
    ["start and end", "the%20pier,was%20closed", { start: "the pier", end: "was closed" }],
    ["prefix and suffix are context, not the passage", "on-,the%20pier,was%20closed,-today", { start: "the pier", end: "was closed" }],
    ["a second directive is ignored", "one&text=two", { start: "one", end: null }],
  ])("%s", (_n, value, want) => {
    expect(parseTextDirective(value)).toEqual(want);
  });
  test.each([[""], ["%E0%A4%A"], [","], ["x".repeat(5000)]])("nothing usable in %j", (value) => {
    expect(parseTextDirective(value)).toBeNull();
  });
});

describe("findTextDirective", () => {
  const page = (html: string) => {
    document.body.innerHTML = html;
    return document;
  };
  test("across inline markup and collapsed whitespace, ignoring case and scripts", () => {
    const doc = page(`<script>var thePier = 1;</script><p>Intro.</p><p>The  <b>harbour</b>
      master said the <a href="#">pier</a> was closed on Monday.</p>`);
    const r = findTextDirective(doc, { start: "THE HARBOUR MASTER", end: "was closed" });
    expect(r?.toString().replace(/\s+/g, " ")).toBe("The harbour master said the pier was closed");
  });
  test("a passage that is not on the page gives null", () => {
    const doc = page("<p>Nothing here.</p>");
    expect(findTextDirective(doc, { start: "the pier", end: null })).toBeNull();
  });
  test("the page is left exactly as it was", () => {
    const doc = page("<p>The <i>pier</i> was closed.</p>");
    const before = doc.body.innerHTML;
    findTextDirective(doc, { start: "pier was", end: null });
    expect(doc.body.innerHTML).toBe(before);
  });
});
