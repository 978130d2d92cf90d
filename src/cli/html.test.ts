// Unit tests of html.ts on small pages of our own: the shared extraction and text walk, the page's
// own evidence for the gate, the decoding.
import { describe, expect, it } from "vitest";
import { analyze } from "../core";
import { decodeHtml, declaredCharset, htmlToArticle, htmlToArticleText } from "./html";

const para = (s: string): string => `<p>${s} ${"The council met again on Friday to discuss the budget in detail. ".repeat(3)}</p>`;
const page = (body: string, head = '<meta charset="utf-8"><title>T</title>'): string =>
  `<!doctype html><html><head>${head}</head><body><article>${body}</article></body></html>`;

describe("the article text (the content script's walk, src/shared/text-range.ts)", () => {
  const text = (html: string): string | undefined => htmlToArticleText(page(para("Lead.") + html + para("End.")))?.text;
  it.each([
    ["paragraphs become blank-line separated", "<p>One is a paragraph of its own.</p><p>Two.</p>", /own\.\n\nTwo\./],
    ["inline markup stays inside the sentence", "<p>“A <em>b</em> <a href=x>c</a>,” he said.</p>", /“A b c,” he said\./],
    ["<br> is a line break", "<p>Line one<br>line two</p>", /Line one\nline two/],
    ["source whitespace collapses", "<p>  a \n\t b  </p>", /\n\na b\n\n/],
    ["scripts and styles are dropped", "<p>x<script>bad()</script><style>p{}</style>y</p>", /\n\nxy\n\n/],
    ["entities are decoded", "<p>&ldquo;Tom &amp; Jerry&rdquo;</p>", /“Tom & Jerry”/],
    ["list items are paragraphs", "<ul><li>a</li><li>b</li></ul>", /\n\na\n\nb\n\n/],
  ])("%s", (_name, html, expected) => {
    expect(text(html)).toMatch(expected);
  });
});

describe("htmlToArticle", () => {
  it("returns the article text and the title of an article page", () => {
    const r = htmlToArticleText(page(para("First.") + para("“Second,” she said.") + para("Third.")));
    expect(r?.text).toMatch(/^First\. /);
    expect(r?.text).toContain("\n\n“Second,” she said.");
    expect(r?.title).toBe("T");
  });

  it("reads what little text a page that is not an article holds; the gate judges it", () => {
    const login = htmlToArticle(page("<form><input name=u><button>Sign in</button></form><p>Forgot your password? Write to the desk.</p>"));
    expect(login?.text).toContain("Forgot your password?");
    const a = analyze(login!.text, { page: login!.page });
    expect(a.verdict?.article).toBe(false);
    expect(a.statements).toEqual([]);
    expect(htmlToArticleText("")).toBeNull();
    expect(htmlToArticleText("   ")).toBeNull();
  });

  it("reads the page's own evidence: a schema.org news type and a dateline", () => {
    const ld = '<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"Organization"},{"@type":"NewsArticle"}]}</script>';
    const r = htmlToArticle(page(para("HARBORTOWN (Wire) — The council met.") + para("Two."), `<title>T</title>${ld}`));
    expect(r?.page.newsType).toBe(true);
    expect(r?.page.otherType).toBe(false);
    expect(r?.page.dateline).toBe(true);
    const recipe = htmlToArticle(page(para("Stir."), '<title>T</title><script type="application/ld+json">{"@type":"Recipe"}</script>'));
    expect(recipe?.page.otherType).toBe(true);
  });

  it("a page with several <html> tags (IE conditional comments) is read whole, as a browser does", () => {
    const html = `<!DOCTYPE html><!--[if IE 8]><!--><html class="ie8"><!--<![endif]--><!--[if gt IE 8]><!--><html><!--<![endif]--><head><title>T</title></head><body><article>${para("Read me.")}${para("And me.")}</article></body></html>`;
    expect(htmlToArticleText(html)?.text).toMatch(/Read me\.[\s\S]*And me\./);
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
