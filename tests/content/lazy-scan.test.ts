// @vitest-environment jsdom
// The content script finds the article without walking the whole page (lazyScanSteps: XPath for
// the paragraphs that vote, every other sum measured on demand). It must give exactly what the
// pass over every element gives (scanSteps, which the CLI uses where there is no XPath): the same
// voters with the same lengths, the same sums for every element, the same article and text.
// Invented pages here; the real pages of ../shared/data (read at run time) when present.
import { existsSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, test } from "vitest";
import { drain, findArticle, lazyScanSteps, readArticleText, scanSteps, type Scan } from "../../src/shared/article";

function doc(html: string): Document {
  return new DOMParser().parseFromString(html, "text/html");
}

/** Voters as comparable rows (the element's place in document order, its length). */
function voters(d: Document, s: Scan): string[] {
  const all = Array.from(d.body.querySelectorAll("*"));
  return s.voters.map((v) => `${all.indexOf(v.el)}:${v.el.tagName}:${v.len}`);
}

/** `every`: also compare the sums of every element (else of the body and the voters). */
function same(d: Document, every = true): void {
  const full = drain(scanSteps(d.body));
  const lazy = drain(lazyScanSteps(d.body));
  expect(voters(d, lazy)).toEqual(voters(d, full));
  // Asking the lazy table for any element gives the full pass's numbers.
  const els = every ? [d.body, ...Array.from(d.body.querySelectorAll("*"))] : [d.body, ...lazy.voters.map((v) => v.el)];
  for (const el of els) expect(lazy.sums.get(el), el.outerHTML.slice(0, 60)).toEqual(full.sums.get(el));
  const a = findArticle(d, full);
  const b = findArticle(d, lazy);
  expect(b?.root).toBe(a?.root);
  expect(b?.via).toBe(a?.via);
  if (a && b) expect(readArticleText(b).text).toBe(readArticleText(a).text);
}

const para = (n: number, words = "The committee met on Tuesday, and its chair, a lawyer, said the plan would wait") =>
  Array.from({ length: n }, (_, i) => `<p>${words} ${i}.</p>`).join("\n");

describe("lazy scan = full scan", () => {
  test("an article among navigation, footer, comments and scripts", () => {
    same(doc(`<!doctype html><body>
      <nav class="menu"><ul>${Array.from({ length: 30 }, (_, i) => `<li><a href="/s${i}">Section number ${i} of the site</a></li>`).join("")}</ul></nav>
      <div id="page" class="content"><header><h1>Harbor plan delayed</h1><span class="byline">By A. Writer</span></header>
        <article><div class="story-body">${para(12)}<div>A div with enough text of its own to vote, <a href="/x">and a link</a> in it.</div>
        <pre>code block with more than twenty-five characters</pre><p>  </p><p>short</p>
        <script>var x = "a script's text is not the article's, however long it is";</script><style>p{color:red}</style>
        <noscript>Enable scripts to see the gallery, which is long enough to count</noscript></div></article>
        <aside class="related"><p>Related: another story with a long enough title to vote here</p></aside>
      </div>
      <div class="comments">${Array.from({ length: 8 }, (_, i) => `<div class="comment">\n  Reader ${i} wrote a comment that is long enough to vote as a div.\n</div>`).join("")}</div>
      <footer><p>Copyright and terms of use, a paragraph long enough to vote.</p></footer></body>`));
  });

  test("divs with blank or non-breaking-space text, nested links, deep nesting", () => {
    let deep = "<p>deep paragraph with enough characters to vote, at the bottom</p>";
    for (let i = 0; i < 400; i++) deep = `<div>${deep}</div>`;
    same(doc(`<body><div>\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0<span>x</span></div>
      <div>   \n\n   <div>  twelve chars <b>bold</b> and thirteen more chars</div></div>
      <div><a href="/a">outer <a href="/b">inner link text long enough</a> tail</a></div>
      ${deep}${para(3)}</body>`));
  });

  test("a page with no paragraph: the fallbacks", () => {
    same(doc(`<body><div class="wrap"><div>${"word ".repeat(80)}</div><span>${"other ".repeat(20)}</span></div><ul><li><a href="/">home</a></li></ul></body>`));
    same(doc(`<body><article><span>${"text of an article element without paragraphs ".repeat(10)}</span></article></body>`));
    same(doc(`<body></body>`));
  });
});

const dataDir = resolve(__dirname, "..", "..", "..", "shared", "data");
const sets = ["pages", "pages-2"].filter((s) => existsSync(join(dataDir, s, "index.json")));

const real = sets.flatMap((set) => (JSON.parse(readFileSync(join(dataDir, set, "index.json"), "utf8")) as { id: string }[]).map((p) => `${set}/${p.id}`));

describe.skipIf(real.length === 0)("lazy scan = full scan on the real pages", () => {
  test.each(real)("%s", async (page) => {
    // let the test runner's messages through between pages (jsdom parsing is long and synchronous)
    await new Promise((r) => setTimeout(r, 0));
    same(doc(readFileSync(join(dataDir, page, "source.html"), "utf8")), false);
  });
});
