// Article detection measured against the reference texts of ../shared/data/pages (expected.json
// articleBody, expected.txt, Readability's expected.html; trafilatura's with/without snippets):
// the live-DOM scoring path must be as good as Readability on a clone, which it replaces on the
// hot path because it costs a few milliseconds instead of a clone and a parse. Prints the figures.
// Reads the pages at run time; skips without ../shared, except in CI.
import { existsSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, test } from "vitest";
import { parseHTML } from "linkedom";
import { articleText, scoreArticle, type Article } from "../../src/shared/article";
import { findArticle } from "../../src/content/article-readability";
import { buildTextMap, classifyByTag } from "../../src/shared/text-range";

const pagesDir = resolve(__dirname, "..", "..", "..", "shared", "data", "pages");
const present = existsSync(join(pagesDir, "index.json"));
if (!present && process.env.CI === "true") throw new Error(`${pagesDir} missing: CI must run the article-quality test`);

type Ref = { text?: string; with?: string[]; without?: string[] };

function reference(id: string): Ref | null {
  const dir = join(pagesDir, id);
  const j = join(dir, "expected.json");
  if (existsSync(j)) {
    const d = JSON.parse(readFileSync(j, "utf8")) as { articleBody?: string; with?: string[]; without?: string[] };
    if (d.articleBody) return { text: d.articleBody };
    if (d.with) return { with: d.with, without: d.without ?? [] };
  }
  if (existsSync(join(dir, "expected.txt"))) return { text: readFileSync(join(dir, "expected.txt"), "utf8") };
  if (existsSync(join(dir, "expected.html"))) {
    const { document } = parseHTML(`<html><body>${readFileSync(join(dir, "expected.html"), "utf8")}</body></html>`);
    return { text: document.body.textContent ?? "" };
  }
  return null;
}

const tokens = (s: string): string[] => s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

function f1(got: string, want: string): { p: number; r: number; f: number } {
  const bag = new Map<string, number>();
  for (const t of tokens(want)) bag.set(t, (bag.get(t) ?? 0) + 1);
  const g = tokens(got);
  const w = tokens(want).length;
  let hit = 0;
  for (const t of g) {
    const n = bag.get(t) ?? 0;
    if (n > 0) {
      hit++;
      bag.set(t, n - 1);
    }
  }
  const p = g.length ? hit / g.length : 0;
  const r = w ? hit / w : 0;
  return { p, r, f: p + r ? (2 * p * r) / (p + r) : 0 };
}

function snippets(got: string, ref: Ref): number {
  const norm = (s: string) => s.replace(/\s+/g, " ").toLowerCase();
  const g = norm(got);
  const checks = [...(ref.with ?? []).map((s) => g.includes(norm(s))), ...(ref.without ?? []).map((s) => !g.includes(norm(s)))];
  return checks.length ? checks.filter(Boolean).length / checks.length : 1;
}

function textOf(article: Article | null): string {
  if (!article) return "";
  const opts = articleText(article);
  // No layout in linkedom: classify by tag, keeping the article's own furniture filter.
  const furniture = article.boilerplate;
  return buildTextMap(article.root, {
    ...opts,
    classify: (el) => (furniture && furniture(el) ? "skip" : classifyByTag(el)),
  }).text;
}

describe.skipIf(!present)("article detection on the real pages", () => {
  test("the live scoring path is as good as Readability on a clone", () => {
    const index = JSON.parse(readFileSync(join(pagesDir, "index.json"), "utf8")) as { id: string }[];
    const rows: { id: string; kind: string; read: number; fast: number }[] = [];
    for (const { id } of index) {
      const ref = reference(id);
      if (!ref) continue;
      const html = readFileSync(join(pagesDir, id, "source.html"), "utf8");
      const a = parseHTML(html).document as unknown as Document;
      const b = parseHTML(html).document as unknown as Document;
      const viaReadability = findArticle(a, { force: true });
      const read = textOf(viaReadability.ok ? viaReadability.article : null);
      const fast = textOf(scoreArticle(b));
      if (ref.text) rows.push({ id, kind: "f1", read: f1(read, ref.text).f, fast: f1(fast, ref.text).f });
      else rows.push({ id, kind: "snippets", read: snippets(read, ref), fast: snippets(fast, ref) });
    }
    const mean = (k: "read" | "fast", kind: string) => {
      const r = rows.filter((x) => x.kind === kind);
      return r.reduce((s, x) => s + x[k], 0) / Math.max(1, r.length);
    };
    for (const r of rows) console.log(`${r.id.padEnd(40)} ${r.kind.padEnd(9)} readability ${r.read.toFixed(3)}  scoring ${r.fast.toFixed(3)}`);
    const summary = {
      pages: rows.length,
      f1: { readability: mean("read", "f1"), scoring: mean("fast", "f1") },
      snippets: { readability: mean("read", "snippets"), scoring: mean("fast", "snippets") },
    };
    console.log(JSON.stringify(summary));
    expect(summary.f1.scoring).toBeGreaterThanOrEqual(summary.f1.readability - 0.02);
    expect(summary.snippets.scoring).toBeGreaterThanOrEqual(summary.snippets.readability - 0.02);
  }, 300_000);
});
