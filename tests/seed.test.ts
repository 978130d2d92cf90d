// The worked example of DESIGN.md, read end to end: analyze() on ../shared/examples/seed-article
// checked against its hand-made expected.json. The article is copyrighted: it is read at run time
// and never copied here. Skips when ../shared is absent, except under CI=true where it must run.
import { existsSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, test } from "vitest";
import { analyze } from "../src/core/analyze";
import { enrich } from "../src/core/enrich";
import type { Analysis, Party, Statement } from "../src/core/types";

const dir = resolve(__dirname, "..", "..", "shared", "examples", "seed-article");
const present = existsSync(resolve(dir, "article.txt")) && existsSync(resolve(dir, "expected.json"));
if (!present && process.env.CI === "true") throw new Error(`seed article missing at ${dir} (CI=true: this test must run)`);
if (!present) console.warn(`[seed.test] skipped: ${dir} not found (the shared data folder sits next to the repo)`);

type Exp = {
  parties: Record<string, string[]>;
  statements: { p: number; source: string; resolved: string; party: string; cue: string; kind: string; stance: string; content: string; answers?: string; accuses?: string; descriptor?: string }[];
  unnamed_sources: { p: number; text: string }[];
  loaded_descriptors: { p: number; text: string; of: string }[];
};

const text = present ? readFileSync(resolve(dir, "article.txt"), "utf8") : "";
const exp: Exp = present ? JSON.parse(readFileSync(resolve(dir, "expected.json"), "utf8")) : ({} as Exp);
// Paragraph p starts at paraStart[p] (one paragraph a line).
const paraStart: number[] = [];
if (present) {
  let at = 0;
  for (const line of text.split("\n")) {
    paraStart.push(at);
    at += line.length + 1;
  }
}
const paraOf = (offset: number): number => {
  let p = 0;
  while (p + 1 < paraStart.length && paraStart[p + 1]! <= offset) p++;
  return p;
};

const words = (s: string) => new Set(s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);
const similar = (a: string, b: string): boolean => {
  const A = words(a);
  const B = words(b);
  let n = 0;
  for (const w of A) if (B.has(w)) n++;
  return (2 * n) / (A.size + B.size || 1) >= 0.5 || a.includes(b) || b.includes(a);
};

/** Our party standing for an expected party key ("Russia", "SOHR", "United States"). */
const partyFor = (a: Analysis, key: string): Party | undefined =>
  a.parties.find((p) => p.name === key || p.aliases.includes(key) || p.id === key.toLowerCase());

/** Our statement for an expected one: same paragraph, its source phrase as written. */
const find = (a: Analysis, e: Exp["statements"][number]): Statement | undefined =>
  a.statements.find((s) => s.source !== null && paraOf(s.source.start) === e.p && (s.source.text === e.source || s.source.text.startsWith(e.source)) && similar(s.content.text, e.content.replace("...", "")));

describe.skipIf(!present)("seed article: the full reading of analyze()", () => {
  const a = present ? analyze(text) : ({} as Analysis);

  test("every span is an exact slice of the text", () => {
    for (const s of a.statements) for (const sp of [s.source, s.cue, s.content]) if (sp) expect(text.slice(sp.start, sp.end)).toBe(sp.text);
    for (const u of a.unnamedSources) expect(text.slice(u.start, u.end)).toBe(u.text);
  });

  test("speakers are resolved: pronouns and short forms to the full name", () => {
    const he = exp.statements.filter((e) => e.source === "he");
    expect(he.length).toBeGreaterThan(0);
    for (const e of exp.statements) {
      const s = find(a, e);
      if (!s) continue; // extraction coverage is reported by the next test
      expect.soft(s.speaker, `p${e.p} "${e.source}"`).toBe(e.resolved);
    }
    const resolvedHe = he.map((e) => find(a, e)).filter((s): s is Statement => s !== undefined);
    expect(resolvedHe.length).toBeGreaterThanOrEqual(2);
    for (const s of resolvedHe) expect(s.speaker).toBe("Igor Konashenkov");
  });

  test("extraction finds the expected statements (reported per paragraph)", () => {
    const missing = exp.statements.filter((e) => !find(a, e)).map((e) => `p${e.p} ${e.source} ${e.cue}`);
    if (missing.length) console.warn(`[seed.test] statements not extracted: ${missing.join("; ")}`);
    // the nominal allegation nested in the first sentence ("an allegation by X that ...") is the one
    // the extractor is known to miss; everything else must be there
    expect(missing.length).toBeLessThanOrEqual(1);
  });

  test("parties: speakers grouped by affiliation, short forms and pronouns included", () => {
    const russia = partyFor(a, "Russia");
    const sohr = partyFor(a, "SOHR");
    expect(russia).toBeDefined();
    expect(sohr).toBeDefined();
    expect(sohr!.name).toBe("Syrian Observatory for Human Rights");
    for (const e of exp.statements) {
      const s = find(a, e);
      if (!s) continue;
      expect.soft(s.party, `p${e.p} "${e.source}" -> ${e.party}`).toBe(partyFor(a, e.party)?.id);
    }
    // "the Observatory" and "it" land in SOHR's party; "he", "the ministry" forms in Russia's
    expect(sohr!.aliases).toEqual(expect.arrayContaining(["the Observatory", "it"]));
    expect(russia!.aliases).toEqual(expect.arrayContaining(["Konashenkov", "The Russian ministry", "Moscow"]));
    expect(russia!.quoted && sohr!.quoted).toBe(true);
  });

  test("stances of the cues", () => {
    const want = (st: string) => (st === "accusation" ? "allegation" : st);
    let agree = 0;
    let seen = 0;
    for (const e of exp.statements) {
      const s = find(a, e);
      if (!s) continue;
      seen++;
      if (s.stance === want(e.stance)) agree++;
      else console.warn(`[seed.test] stance p${e.p} ${e.source}: ${s.stance}, expected ${e.stance}`);
    }
    // the denials and allegations that carry the dispute must be right
    for (const e of exp.statements.filter((x) => x.p <= 3)) {
      const s = find(a, e);
      if (s) expect(s.stance, `p${e.p} ${e.source}`).toBe(want(e.stance));
    }
    expect(agree / seen).toBeGreaterThanOrEqual(0.6);
  });

  test("the anonymous sources, including those only mentioned inside a quote", () => {
    for (const u of exp.unnamed_sources) expect(a.unnamedSources.some((x) => similar(x.text, u.text) && paraOf(x.start) === u.p), u.text).toBe(true);
    // nothing else in this article is an unnamed source
    expect(a.unnamedSources.length).toBe(exp.unnamed_sources.length);
  });

  test("every loaded descriptor is listed with the phrase it frames, also one framing a group that never speaks", () => {
    const loaded = a.loadedWords ?? [];
    for (const d of exp.loaded_descriptors) {
      const hit = loaded.find((l) => l.word.text.toLowerCase() === d.text && paraOf(l.word.start) === d.p);
      expect(hit, d.text).toBeDefined();
      expect(similar(hit!.phrase.text, d.of), `${d.text}: ${hit!.phrase.text}`).toBe(true);
    }
  });

  test("loaded descriptors on the sources they frame", () => {
    const labelled = (d: string) => a.statements.filter((s) => s.labels.includes(`descriptor:${d}`));
    for (const d of exp.loaded_descriptors) {
      const party = exp.statements.find((e) => e.descriptor === d.text)?.party;
      if (!party) continue; // "ragtag" frames a group that never speaks: no statement to label
      const withIt = labelled(d.text);
      expect(withIt.length, d.text).toBeGreaterThan(0);
      for (const s of withIt) expect(s.party).toBe(partyFor(a, party)?.id);
    }
  });

  test("Russia's denials answer SOHR's allegation, and the allegation links back to them", () => {
    const russia = partyFor(a, "Russia")!;
    const sohr = partyFor(a, "SOHR")!;
    const rebuttals = a.disputes.filter((d) => d.kind === "rebuttal");
    expect(rebuttals.length).toBeGreaterThanOrEqual(3);
    for (const d of rebuttals) {
      expect(a.statements[d.from]!.party).toBe(russia.id);
      expect(d.against).toBe(sohr.id);
      const answered = a.statements[d.answers!]!;
      expect(answered.party).toBe(sohr.id);
      expect(answered.stance).toBe("allegation");
      // best answer first, both ways
      expect(a.statements[d.from]!.counter[0]).toMatchObject({ kind: "in-article", statement: d.answers });
      expect(answered.counter.filter((c) => c.kind === "in-article").map((c) => c.statement)).toContain(d.from);
    }
    // p2 "rejected that allegation" answers the allegation of p1
    const p2 = find(a, exp.statements.find((e) => e.p === 2)!)!;
    const p1 = find(a, exp.statements.find((e) => e.p === 1 && e.source !== "it")!)!;
    expect(rebuttals.find((d) => d.from === a.statements.indexOf(p2))?.answers).toBe(a.statements.indexOf(p1));
  });

  test("the United States is accused and never quoted: a one-sided accusation with links out", () => {
    const us = partyFor(a, "United States");
    expect(us).toBeDefined();
    expect(us!.quoted).toBe(false);
    const acc = a.disputes.filter((d) => d.kind === "accusation" && d.against === us!.id);
    expect(acc.length).toBeGreaterThan(0);
    const from = a.statements[acc[0]!.from]!;
    expect(from.speaker).toBe("Igor Konashenkov");
    const links = from.counter.filter((c) => c.kind === "search");
    expect(links[0]!.label).toContain("United States");
    for (const l of links) {
      const u = new URL(l.url!);
      expect(u.protocol).toBe("https:");
    }
    expect(links.some((l) => new URL(l.url!).hostname === "toolbox.google.com")).toBe(true);
    expect(links.some((l) => decodeURIComponent(l.url!).includes('"United States"'))).toBe(true);
  });
});

describe.skipIf(!present)("seed article: enrichment alone, on the expected statements located at run time", () => {
  // Statements built from expected.json's phrases, found in the article text: tests this layer
  // without depending on the extractor.
  const statements: Statement[] = [];
  if (present) {
    for (const e of exp.statements) {
      const lineStart = paraStart[e.p]!;
      const line = text.slice(lineStart, text.indexOf("\n", lineStart) >>> 0 || undefined);
      const sAt = e.source === "he" || e.source === "it" ? line.search(new RegExp(`\\b${e.source}\\b`)) : line.indexOf(e.source);
      // "A ... B" in expected.json: the content runs from A to the end of B
      const pieces = e.content.split("...").map((x) => x.trim());
      const cAt = line.indexOf(pieces[0]!);
      const last = pieces[pieces.length - 1]!;
      const lastAt = line.indexOf(last, cAt);
      if (sAt < 0 || cAt < 0 || lastAt < 0) continue;
      const head = line.slice(cAt, lastAt + last.length);
      const span = (at: number, t: string) => ({ start: lineStart + at, end: lineStart + at + t.length, text: t });
      statements.push({
        source: span(sAt, e.source),
        cue: null,
        content: span(cAt, head),
        mode: e.kind as Statement["mode"],
        stance: (e.stance === "accusation" ? "neutral" : e.stance) as Statement["stance"],
        sourceKind: "none",
        speaker: e.source,
        party: null,
        labels: [],
        counter: [],
      });
    }
  }
  const r = present ? enrich(text, statements) : ({} as ReturnType<typeof enrich>);

  test("all expected statements were located", () => {
    expect(statements.length).toBe(exp.statements.length);
  });

  test("speakers and parties match the hand-checked reading", () => {
    statements.forEach((_, i) => {
      const e = exp.statements[i]!;
      const s = r.statements[i]!;
      expect.soft(s.speaker, `p${e.p} ${e.source}`).toBe(e.resolved);
      const p = r.parties.find((x) => x.id === s.party);
      expect.soft(p && (p.name === e.party || p.aliases.includes(e.party)), `p${e.p} ${e.source} -> ${e.party}`).toBe(true);
    });
  });

  test("the accusation of the United States is one-sided", () => {
    const us = r.parties.find((p) => p.name === "United States");
    expect(us?.quoted).toBe(false);
    expect(r.disputes.some((d) => d.kind === "accusation" && d.against === us!.id)).toBe(true);
  });
});
