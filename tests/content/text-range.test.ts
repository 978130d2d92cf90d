// @vitest-environment jsdom
// Offsets <-> DOM Ranges: the text the engine sees must map back to exactly the page text it came
// from, across inline markup, links, <br>, hidden elements and text split over several nodes.
import { describe, expect, test } from "vitest";
import fc from "fast-check";
import { buildTextMap, classifyByTag } from "../../src/shared/text-range";

function dom(html: string): HTMLElement {
  document.body.innerHTML = html;
  return document.body;
}

const squash = (s: string): string => s.replace(/\s+/g, "");

function rangeText(root: HTMLElement, needle: string): { text: string; range: string } {
  const map = buildTextMap(root);
  const start = map.text.indexOf(needle);
  expect(start, `"${needle}" in ${JSON.stringify(map.text)}`).toBeGreaterThanOrEqual(0);
  const r = map.toRange(start, start + needle.length);
  return { text: map.text, range: r ? r.toString() : "" };
}

describe("buildTextMap: the text", () => {
  test.each([
    ["inline markup and links", `<p>The <b>minister</b> said <a href="#">“no <i>way</i>”</a>.</p>`, "The minister said “no way”."],
    ["blocks become paragraphs", `<div><p>One.</p>\n  <p>Two.</p><ul><li>Three</li></ul></div>`, "One.\n\nTwo.\n\nThree"],
    ["br is a line break", `<p>Line one<br>Line two<br><br>Line four</p>`, "Line one\nLine two\n\nLine four"],
    ["hidden content is skipped", `<p>Visible <span style="display:none">hidden</span>text<script>var x = 1;</script></p><div hidden>gone</div><style>p{}</style><noscript>ns</noscript><template>t</template>`, "Visible text"],
    ["whitespace collapses", `<p>\n   Foo \t  \n bar  </p>\n\n<p>  baz</p>`, "Foo bar\n\nbaz"],
    ["aria-hidden stays (it is on screen)", `<p>Seen <span aria-hidden="true">icon</span> here</p>`, "Seen icon here"],
    ["nbsp is kept as a character", `<p>a&nbsp;b</p>`, "a\u00a0b"],
  ])("%s", (_name, html, expected) => {
    expect(buildTextMap(dom(html)).text).toBe(expected);
  });

  test("text split over several nodes reads as one", () => {
    const root = dom("<p></p>");
    const p = root.querySelector("p")!;
    for (const part of ["Hel", "lo wor", "ld, she ", "said."]) p.appendChild(document.createTextNode(part));
    const { text, range } = rangeText(root, "lo world, she");
    expect(text).toBe("Hello world, she said.");
    expect(range).toBe("lo world, she");
  });

  test("includeText filters text nodes without breaking offsets", () => {
    const root = dom(`<p class="keep">Kept one.</p><p class="drop">Dropped.</p><p class="keep">Kept two.</p>`);
    const map = buildTextMap(root, { includeText: (t) => t.parentElement?.className === "keep" });
    expect(map.text).toBe("Kept one.\n\nKept two.");
    const r = map.toRange(map.text.indexOf("two"), map.text.length);
    expect(r?.toString()).toBe("two.");
  });
});

describe("TextMap: offsets to ranges and back", () => {
  test("a span across inline markup and a link maps to the exact page text", () => {
    const { range } = rangeText(dom(`<p>The <b>minister</b> said <a href="#">“no <i>way</i>”</a>.</p>`), "minister said “no way");
    expect(range).toBe("minister said “no way");
  });

  test("a span across a <br> maps to both lines", () => {
    const { range } = rangeText(dom(`<p>Line one<br>Line two</p>`), "one\nLine");
    expect(range).toBe("oneLine");
  });

  test("a span across a hidden element does not start or end inside it", () => {
    const root = dom(`<p>Alpha <span style="display:none">secret</span>beta gamma</p>`);
    const map = buildTextMap(root);
    const r = map.toRange(0, map.text.indexOf("gamma"))!;
    expect(map.text).toBe("Alpha beta gamma");
    expect(r.startContainer.textContent).toBe("Alpha ");
    expect(r.endContainer.textContent).toBe("beta gamma");
  });

  test("offsets on generated newlines snap inward to real text", () => {
    const root = dom(`<p>First.</p><p>Second.</p>`);
    const map = buildTextMap(root);
    const nl = map.text.indexOf("\n");
    expect(map.toRange(nl, map.text.length)?.toString()).toBe("Second.");
    expect(map.toRange(0, nl + 2)?.toString()).toBe("First.");
    expect(map.toRange(nl, nl + 2)).toBeNull();
  });

  test("a collapsed whitespace run maps to the whole run", () => {
    const root = dom(`<p>Foo \n\t  bar</p>`);
    const map = buildTextMap(root);
    expect(map.text).toBe("Foo bar");
    expect(map.toRange(0, 7)?.toString()).toBe("Foo \n\t  bar");
  });

  test("fromPoint inverts the map for every character of real text", () => {
    const root = dom(`<h1>Head <em>line</em></h1><p>Some <a href="#">linked</a>  text<br>and more.</p><p>Last</p>`);
    const map = buildTextMap(root);
    for (const c of map.chunks) {
      for (let k = 0; k < c.length; k++) {
        expect(map.fromPoint(c.node, c.nodeStart + (c.collapsed ? 0 : k))).toBe(c.start + k);
      }
    }
    expect(map.fromPoint(root, 0)).toBeNull();
  });

  test("classifyByTag works without computed style", () => {
    const root = dom(`<p>a<b>b</b></p><div hidden>x</div><p>c</p>`);
    expect(buildTextMap(root, { classify: classifyByTag }).text).toBe("ab\n\nc");
  });

  test("classifyByTag reads the hidden and style attributes where there are attributes, and only the tag elsewhere", () => {
    const root = dom(`<div><p>a</p><p class="x" hidden>b</p><span style="color:red; display: none">c</span><span id="d" style="color:red">d</span><em>e</em></div>`);
    const kinds = Array.from(root.querySelectorAll("p, span, em"), (el) => classifyByTag(el));
    expect(kinds).toEqual(["block", "skip", "skip", "inline", "inline"]);
    expect(buildTextMap(root, { classify: classifyByTag }).text).toBe("a\n\nde");
  });
});

// Random trees of blocks, inline elements, <br>s and text (split across nodes): every span of the
// built text maps to a Range holding the same non-space characters.
const word = fc.stringMatching(/^[A-Za-z“”'.,]{1,6}$/);
const textPiece = fc.tuple(fc.constantFrom("", " ", "  \n"), word, fc.constantFrom("", " ", "\n ")).map((p) => p.join(""));
type Tree = { tag: string; kids: (Tree | string)[] } | string;
const tree: fc.Arbitrary<Tree> = fc.letrec<{ node: Tree }>((tie) => ({
  node: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    textPiece,
    fc.record({ tag: fc.constantFrom("p", "div", "b", "a", "i", "span", "br", "li"), kids: fc.array(tie("node"), { maxLength: 4 }) }),
  ),
})).node;

function render(t: Tree, parent: Node): void {
  if (typeof t === "string") {
    parent.appendChild(document.createTextNode(t));
    return;
  }
  const el = document.createElement(t.tag);
  if (t.tag !== "br") for (const k of t.kids) render(k, el);
  parent.appendChild(el);
}

test("property: any span maps to a Range with the same characters", () => {
  fc.assert(
    fc.property(fc.array(tree, { minLength: 1, maxLength: 6 }), fc.nat(), fc.nat(), (trees, a, b) => {
      document.body.replaceChildren();
      for (const t of trees) render(t, document.body);
      const map = buildTextMap(document.body);
      if (map.text.length === 0) return;
      const s = a % map.text.length;
      const e = s + 1 + (b % (map.text.length - s));
      const r = map.toRange(s, e);
      const want = squash(map.text.slice(s, e));
      if (want === "") return;
      expect(r).not.toBeNull();
      expect(squash(r!.toString())).toBe(want);
    }),
    { numRuns: 300 },
  );
});
