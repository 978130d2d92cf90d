// Unit tests of html.ts on small pages of our own: the gate, the text flattening, the decoding.
import { describe, expect, it } from "vitest";
import { parseHTML } from "linkedom";
import { decodeHtml, declaredCharset, elementText, htmlToArticleText } from "./html";

const para = (s: string): string => `<p>${s} ${"The council met again on Friday to discuss the budget in detail. ".repeat(3)}</p>`;
const page = (body: string, head = '<meta charset="utf-8"><title>T</title>'): string =>
  `<!doctype html><html><head>${head}</head><body><article>${body}</article></body></html>`;

describe("elementText", () => {
  const text = (html: string): string => elementText(parseHTML(`<div id="r">${html}</div>`).document.getElementById("r") as never);
  it.each([
    ["paragraphs become blank-line separated", "<p>One.</p><p>Two.</p>", "One.\n\nTwo."],
    ["inline markup stays inside the sentence", "<p>“A <em>b</em> <a href=x>c</a>,” he said.</p>", "“A b c,” he said."],
    ["<br> is a line break", "<p>Line one<br>line two</p>", "Line one\nline two"],
    ["source whitespace collapses", "<p>  a \n\t b  </p>", "a b"],
    ["scripts and styles are dropped", "<p>x<script>bad()</script><style>p{}</style>y</p>", "xy"],
    ["entities are decoded", "<p>&ldquo;Tom &amp; Jerry&rdquo;</p>", "“Tom & Jerry”"],
    ["list items are paragraphs", "<ul><li>a</li><li>b</li></ul>", "a\n\nb"],
  ])("%s", (_name, html, expected) => {
    expect(text(html)).toBe(expected);
  });
});

describe("htmlToArticleText", () => {
  it("returns the article text and the title of an article page", () => {
    const r = htmlToArticleText(page(para("First.") + para("“Second,” she said.") + para("Third.")));
    expect(r?.text).toMatch(/^First\. /);
    expect(r?.text).toContain("\n\n“Second,” she said.");
    expect(r?.title).toBe("T");
  });

  it("returns null for pages that are not articles, unless forced", () => {
    const login = page("<form><input name=u><button>Sign in</button></form>");
    expect(htmlToArticleText(login)).toBeNull();
    expect(htmlToArticleText("")).toBeNull();
    expect(htmlToArticleText("   ")).toBeNull();
  });

  it("never runs page scripts", () => {
    const g = globalThis as { __whosaidRan?: boolean };
    htmlToArticleText(page(para("Text.") + "<script>globalThis.__whosaidRan = true</script>" + para("More.")));
    expect(g.__whosaidRan).toBeUndefined();
  });
});

describe("decoding", () => {
  it("honours a declared legacy charset", () => {
    const bytes = Buffer.concat([Buffer.from('<meta charset="windows-1252"><p>'), Buffer.from([0x93, 0x68, 0xe9, 0x94]), Buffer.from("</p>")]);
    expect(declaredCharset(bytes)).toBe("windows-1252");
    expect(decodeHtml(bytes)).toContain("“hé”");
  });

  it("a BOM wins over the declaration, and UTF-8 is the default", () => {
    const withBom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('<meta charset="iso-8859-1"><p>é</p>')]);
    expect(decodeHtml(withBom)).toContain("<p>é</p>");
    expect(decodeHtml(Buffer.from("<p>ü</p>"))).toBe("<p>ü</p>");
    expect(declaredCharset(Buffer.from("<p>no meta</p>"))).toBeNull();
  });

  it("reads http-equiv content-type declarations", () => {
    expect(declaredCharset(Buffer.from('<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1">'))).toBe("iso-8859-1");
  });
});
