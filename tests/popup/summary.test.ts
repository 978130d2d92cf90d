// The first screen's summary that the toolbar popup's address carries: what it holds (and does
// not), its encoding, its size cap, and how a malformed or hostile one is refused.
import { describe, expect, it } from "vitest";
import type { Analysis } from "../../src/core/types";
import { MAX_SUMMARY_CHARS, decodeSummary, encodeSummary, popupPath, summarize, type Summary } from "../../src/shared/summary";
import { analysis, doneReport } from "./fixtures";

/** base64url of a string's UTF-8, the way encodeSummary writes (Node's own encoder as the reference). */
const b64 = (text: string) => Buffer.from(text, "utf8").toString("base64url");
const valid = (): Summary => summarize(analysis(), doneReport());

describe("summarize", () => {
  it("is the first screen: voices per side, the accused not heard, the exchanges, counts", () => {
    const s = valid();
    expect(s).toMatchObject({ title: "Pier safety disputed", url: "https://news.example/pier", statements: 6, sides: 3, unheard: 1, unnamed: 2, corrections: 0, removed: 0 });
    expect(s.groups.map((g) => [g.kind, g.party, g.statements])).toEqual([
      ["side", "harbour", 4],
      ["side", "shore", 1],
      ["unnamed", null, 1],
    ]);
    expect(s.groups[0]).toMatchObject({ name: "Harbour Authority", members: ["Harbour Authority", "Dana Pike"], more: 0, quotedWords: 5 });
    expect(s.accused).toEqual([
      {
        party: "beamco", name: "Beamco", times: 1, accusers: ["Harbour Authority"],
        links: [{ kind: "search", label: "Beamco on fact-check search", url: "https://toolbox.google.com/factcheck/explorer/search/Beamco%20defects" }],
      },
    ]);
    expect(s.exchanges).toEqual([
      { from: 4, line: "Harbour Authority denies what Shore Watch said" },
      { from: 5, line: "Harbour Authority accuses Beamco" },
    ]);
  });

  it("holds no statement text and no link to an article read earlier (the reader's history)", () => {
    const json = JSON.stringify(valid());
    expect(json).not.toContain("example.org/beamco");
    expect(json).not.toContain("inspected every beam");
    expect(json).not.toContain("javascript:");
  });

  it("counts the reader's corrections of the article", () => {
    const a: Analysis = { ...analysis(), corrections: [
      { statement: 0, kind: "not-statement", was: { speaker: "Harbour Authority", side: null } },
      { statement: 1, kind: "speaker", was: { speaker: "Dana Pike", side: null } },
    ] } as unknown as Analysis;
    expect(summarize(a)).toMatchObject({ corrections: 2, removed: 1 });
  });

  it("lists at most three speakers of a side, and how many more", () => {
    const a = analysis();
    ["Ann Lee", "Bo Chan", "Cy Ode"].forEach((who, i) => (a.statements[i] = { ...a.statements[i]!, speaker: who, party: "harbour" }));
    const g = summarize(a).groups[0]!;
    expect(g.members.length).toBe(3);
    expect(g.more).toBe(1);
  });
});

describe("encodeSummary / decodeSummary", () => {
  it("round-trips, URL-safe, non-ASCII names included", () => {
    const s = { ...valid(), title: "Pier «safety» disputed — 北港 ✓" };
    const enc = encodeSummary(s)!;
    expect(enc).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(enc).toBe(b64(JSON.stringify({ v: 1, ...s })));
    expect(decodeSummary(enc)).toEqual(s);
  });

  it("refuses a summary over the size cap (the popup then reads the stored report)", () => {
    const big = { ...valid(), exchanges: Array.from({ length: 2000 }, (_, i) => ({ from: i, line: `Speaker number ${i} answers someone` })) };
    expect(encodeSummary(big)).toBeNull();
    expect(encodeSummary(valid(), 100)).toBeNull();
    expect(decodeSummary("A".repeat(MAX_SUMMARY_CHARS + 4))).toBeNull();
  });

  it.each<[string, string]>([
    ["empty", ""],
    ["not base64url", "e30=+/"],
    ["impossible length", "e30Ae"],
    ["not UTF-8", b64("x").replace(/./, "_") + "__"],
    ["not JSON", b64("{v:1")],
    ["an array", b64("[1]")],
    ["another version", b64(JSON.stringify({ ...valid(), v: 2 }))],
    ["no version", b64(JSON.stringify(valid()))],
    ["a missing field", b64(JSON.stringify({ v: 1, ...valid(), groups: undefined }))],
    ["no statements", b64(JSON.stringify({ v: 1, ...valid(), statements: 0 }))],
    ["a negative count", b64(JSON.stringify({ v: 1, ...valid(), unnamed: -1 }))],
    ["a name that is not text", b64(JSON.stringify({ v: 1, ...valid(), groups: [{ ...valid().groups[0], name: { html: "<b>x</b>" } }] }))],
    ["an unknown group kind", b64(JSON.stringify({ v: 1, ...valid(), groups: [{ ...valid().groups[0], kind: "evil" }] }))],
    ["too many speakers", b64(JSON.stringify({ v: 1, ...valid(), groups: [{ ...valid().groups[0], members: ["a", "b", "c", "d"] }] }))],
    ["a javascript: link", b64(JSON.stringify({ v: 1, ...valid(), accused: [{ ...valid().accused[0], links: [{ kind: "search", label: "x", url: "javascript:alert(1)" }] }] }))],
    ["a link kind that is no class name", b64(JSON.stringify({ v: 1, ...valid(), accused: [{ ...valid().accused[0], links: [{ kind: 'a" onclick="x', label: "x", url: "https://a.example/" }] }] }))],
    ["an exchange without its statement", b64(JSON.stringify({ v: 1, ...valid(), exchanges: [{ line: "x" }] }))],
  ])("refuses %s", (_name, text) => {
    expect(decodeSummary(text)).toBeNull();
  });

  it("takes a page's markup in names as text, as it is (the view renders it as text)", () => {
    const s = { ...valid(), groups: [{ ...valid().groups[0]!, name: '<img src=x onerror="alert(1)">' }] };
    expect(decodeSummary(encodeSummary(s)!)?.groups[0]?.name).toBe('<img src=x onerror="alert(1)">');
  });
});

describe("popupPath", () => {
  it("names the tab, and adds the summary only to a done report with statements", () => {
    expect(popupPath(4, null)).toBe("popup.html?tab=4");
    expect(popupPath(4, { state: "analysing", url: "https://news.example/pier", title: "Pier", progress: 0.5 })).toBe("popup.html?tab=4");
    expect(popupPath(4, { ...doneReport(), analysis: { ...analysis(), statements: [] } })).toBe("popup.html?tab=4");
    const path = popupPath(4, doneReport());
    expect(path.startsWith("popup.html?tab=4#")).toBe(true);
    expect(decodeSummary(path.slice(path.indexOf("#") + 1))).toEqual(valid());
  });

  it("leaves the summary out when it would be too large", () => {
    const a = analysis();
    a.parties[0] = { ...a.parties[0]!, name: "H".repeat(MAX_SUMMARY_CHARS) };
    expect(popupPath(4, doneReport(a))).toBe("popup.html?tab=4");
  });
});
