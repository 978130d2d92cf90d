// The history against fake-indexeddb: recording, cross-article matching, caps, privacy, exports.
import "fake-indexeddb/auto";
import { afterEach, describe, expect, test } from "vitest";
import { History, mergeCounters, type HistorySettings } from "../../src/background/history";
import { profileAnalysis } from "../../src/background/history/profile";
import { matchRecord } from "../../src/background/history/match";
import {
  A, A_TEXT, A_TITLE, B, B_TEXT, B_TITLE, C, C_TEXT, C_TITLE, D, D_TEXT, D_TITLE, URL_A, URL_B, URL_C, URL_D,
  X, X_TEXT, X_TITLE, Y, Y_TEXT, Y_TITLE, URL_X, URL_Y, reportOf,
} from "./fixtures";

let n = 0;
const open: History[] = [];
function makeHistory(settings: Partial<HistorySettings> = {}, now: () => number = () => Date.UTC(2026, 10, 25)): History {
  const cfg: HistorySettings = { enabled: true, maxStatements: 1000, maxAgeDays: 365, ...settings };
  const h = new History({ dbName: `history-test-${++n}`, now, settings: () => cfg });
  open.push(h);
  return h;
}
afterEach(async () => {
  for (const h of open.splice(0)) await h.close();
});

const repA = reportOf(URL_A, A_TITLE, A_TEXT, A);
const repB = reportOf(URL_B, B_TITLE, B_TEXT, B);
const repC = reportOf(URL_C, C_TITLE, C_TEXT, C);
const repD = reportOf(URL_D, D_TITLE, D_TEXT, D);

describe("topic matching across articles", () => {
  test("the other side of the same dispute is offered, with a text-fragment link to the sentence", async () => {
    const h = makeHistory();
    expect(await h.record(repA)).toBe(3);
    const found = await h.lookup(B, URL_B, B_TEXT, B_TITLE);
    // The company's denial is answered by the coalition's allegation from article A.
    const denial = found[0] ?? [];
    expect(denial.length).toBeGreaterThan(0);
    expect(denial.every((c) => c.kind === "history" && c.url?.startsWith(URL_A + "#:~:text="))).toBe(true);
    expect(denial[0]?.label).toContain("Clean Millbrook Coalition");
    expect(denial[0]?.url).toBe(
      URL_A + "#:~:text=The%20Clean%20Millbrook%20Coalition%20said,Millbrook%20River%20over%20the%20winter",
    );
  });

  test("works both ways: reading the allegation after the denial offers the denial", async () => {
    const h = makeHistory();
    await h.record(repB);
    const found = await h.lookup(A, URL_A, A_TEXT, A_TITLE);
    expect((found[0] ?? []).some((c) => c.url?.startsWith(URL_B) && c.label.includes("Harlow Chemicals"))).toBe(true);
  });

  test("unrelated articles on the opposing party are not offered", async () => {
    const h = makeHistory();
    await h.record(repC); // the coalition, about a litter clean-up
    const found = await h.lookup(B, URL_B, B_TEXT, B_TITLE);
    expect(found.flat()).toEqual([]);
    await h.record(repA);
    const again = await h.lookup(B, URL_B, B_TEXT, B_TITLE);
    expect(again.flat().length).toBeGreaterThan(0);
    expect(again.flat().every((c) => c.url?.startsWith(URL_A))).toBe(true);
  });

  test("the same side is never its own counter-statement", async () => {
    const h = makeHistory();
    await h.record(repD); // the company on a laboratory
    await h.record(repB); // the company on the river
    const found = await h.lookup(B, "https://news.example/b-copy", B_TEXT, B_TITLE);
    expect(found.flat()).toEqual([]);
  });

  test("the page itself is not offered to itself", async () => {
    const h = makeHistory();
    await h.record(repA);
    expect((await h.lookup(A, URL_A + "#comments", A_TEXT, A_TITLE)).flat()).toEqual([]);
  });

  test("an allegation and a denial on the same topic match even when neither article names the other side", () => {
    // Strip the disputes: only the stances and the topic tie the two together.
    const a = profileAnalysis({ ...A, disputes: [] }, A_TEXT, A_TITLE)[0];
    const b = profileAnalysis({ ...B, disputes: [] }, B_TEXT, B_TITLE)[0];
    expect(a && b).toBeTruthy();
    const rec = { ...a!, id: "x", url: URL_A, title: A_TITLE, readAt: 0, dispute: { against: [], kinds: [] } };
    expect(matchRecord(b!, rec)?.why).toBe("stance");
    // …but two neutral statements of different sides on the topic are not a dispute.
    const neutral = { ...b!, stance: "neutral" as const };
    expect(matchRecord(neutral, rec)).toBeNull();
  });

  test("re-reading a page replaces its records", async () => {
    const h = makeHistory();
    await h.record(repA);
    await h.record(repA);
    expect(await h.count()).toBe(3);
  });

  test("counters merge after in-article and before search entries", () => {
    const base = structuredClone(B);
    base.statements[0]!.counter = [
      { kind: "in-article", label: "x", statement: 2 },
      { kind: "search", label: "s", url: "https://search.example/" },
    ];
    const merged = mergeCounters(base, [[{ kind: "history", label: "h", url: URL_A }]]);
    expect(merged.statements[0]!.counter.map((c) => c.kind)).toEqual(["in-article", "history", "search"]);
    // idempotent: merging again replaces, never duplicates
    expect(mergeCounters(merged, [[{ kind: "history", label: "h", url: URL_A }]]).statements[0]!.counter).toHaveLength(3);
  });
});

describe("cap, privacy, off switch", () => {
  test("capped by count: the oldest statements go first", async () => {
    let t = Date.UTC(2026, 0, 1);
    const h = makeHistory({ maxStatements: 5 }, () => t);
    await h.record(repA); // 3, oldest
    t += 1000;
    await h.record(repC); // 2 -> 5
    t += 1000;
    await h.record(repD); // 2 -> 7, cap 5: two of A's go
    const urls = (await h.exportJson()).records.map((r) => r.url);
    expect(urls).toHaveLength(5);
    expect(urls.filter((u) => u === URL_A)).toHaveLength(1);
    expect(urls.filter((u) => u === URL_D)).toHaveLength(2);
  });

  test("capped by age: statements older than maxAgeDays are dropped and never offered", async () => {
    let t = Date.UTC(2026, 0, 1);
    const h = makeHistory({ maxAgeDays: 30 }, () => t);
    await h.record(repA);
    t += 31 * 86_400_000;
    // not yet pruned (no write since), but too old to offer
    expect((await h.lookup(B, URL_B, B_TEXT, B_TITLE)).flat()).toEqual([]);
    await h.record(repC);
    const urls = (await h.exportJson()).records.map((r) => r.url);
    expect(urls).not.toContain(URL_A);
    expect(urls).toContain(URL_C);
  });

  test("history off: nothing stored, nothing offered", async () => {
    const cfg: HistorySettings = { enabled: true, maxStatements: 100, maxAgeDays: 365 };
    const h = new History({ dbName: `history-test-${++n}`, settings: () => cfg });
    open.push(h);
    await h.record(repA);
    cfg.enabled = false;
    expect(await h.record(repC)).toBe(0);
    expect((await h.lookup(B, URL_B, B_TEXT, B_TITLE)).flat()).toEqual([]);
    cfg.enabled = true;
    expect((await h.exportJson()).records.map((r) => r.url)).not.toContain(URL_C);
  });

  test("private (incognito) tabs are never recorded", async () => {
    const h = makeHistory();
    expect(await h.record(repA, { incognito: true })).toBe(0);
    expect(await h.count()).toBe(0);
    expect(await h.record(repA, { incognito: false })).toBe(3);
  });

  test("pages still analysing, without text, or not http(s) are not recorded", async () => {
    const h = makeHistory();
    expect(await h.record({ ...repA, state: "analysing" })).toBe(0);
    expect(await h.record({ ...repA, text: undefined })).toBe(0);
    expect(await h.record({ ...repA, url: "file:///tmp/a.html" })).toBe(0);
    expect(await h.count()).toBe(0);
  });

  test("clear empties it", async () => {
    const h = makeHistory();
    await h.record(repA);
    await h.clear();
    expect(await h.count()).toBe(0);
    expect((await h.lookup(B, URL_B, B_TEXT, B_TITLE)).flat()).toEqual([]);
  });
});

describe("exports", () => {
  test("JSON: versioned, one record per statement with party, speaker, stance, sentence and topics", async () => {
    const h = makeHistory();
    await h.record(repA);
    const out = await h.exportJson();
    expect(out.format).toBe("whosaid-history");
    expect(out.schemaVersion).toBe(2);
    expect(out.records).toHaveLength(3);
    const r = out.records.find((x) => x.speaker === "Maria Ostrander");
    expect(r).toMatchObject({ url: URL_A, title: A_TITLE, partyName: "Clean Millbrook Coalition", stance: "neutral" });
    expect(r?.sentence).toBe("\u201cThe fish kill downstream is the plant\u2019s doing,\u201d coalition chair Maria Ostrander said.");
    expect(r?.topics.length).toBeGreaterThan(0);
    expect(JSON.parse(JSON.stringify(out))).toEqual(out);
  });

  test("W3C Web Annotations: Annotation with a TextQuoteSelector target and TextualBody bodies", async () => {
    const h = makeHistory();
    await h.record(repA);
    const col = await h.exportAnnotations();
    expect(col["@context"]).toBe("http://www.w3.org/ns/anno.jsonld");
    expect(col.type).toBe("AnnotationCollection");
    expect(col.total).toBe(3);
    for (const a of col.first.items) {
      expect(a.type).toBe("Annotation");
      expect(a.target.source).toBe(URL_A);
      const sel = a.target.selector;
      expect(sel.type).toBe("TextQuoteSelector");
      // prefix + exact + suffix is a real stretch of the article
      expect(A_TEXT).toContain(sel.prefix + sel.exact + sel.suffix);
      expect(a.body.every((b) => b.type === "TextualBody" && typeof b.value === "string")).toBe(true);
      expect(new Date(a.created).toISOString()).toBe(a.created);
    }
    const allegation = col.first.items.find((a) => a.target.selector.exact.startsWith("The group accused"));
    expect(allegation?.body.map((b) => b.value)).toEqual(
      expect.arrayContaining(["party:Clean Millbrook Coalition", "stance:allegation", "speaker:Clean Millbrook Coalition"]),
    );
  });
});

describe("in-memory index", () => {
  test("stays in step with the store through re-reads, pruning and clearing", async () => {
    let t = Date.UTC(2026, 0, 1);
    const h = makeHistory({ maxStatements: 4 }, () => t);
    await h.record(repA);
    t += 1000;
    await h.record(repA); // replaced, not added
    t += 1000;
    await h.record(repC); // 3 + 2 > 4: one of A's goes
    const mem = (h as unknown as { index: Promise<{ size: number }> }).index;
    expect((await mem).size).toBe(await h.count());
    expect(await h.count()).toBe(4);
    // a fresh History (a restarted background) builds the same index from the database
    const again = new History({ dbName: `history-test-${n}`, now: () => t });
    open.push(again);
    expect(await again.lookup(B, URL_B, B_TEXT, B_TITLE)).toEqual(await h.lookup(B, URL_B, B_TEXT, B_TITLE));
    await h.clear();
    expect((await mem).size).toBe(0);
  });
});

describe("what is not a dispute", () => {
  test("opposing sides whose articles share only headline words are not offered", async () => {
    const h = makeHistory();
    // The coalition on litter, under a headline that shares words with B's headline.
    await h.record({ ...repC, title: "Harlow Chemicals dumping waste in Millbrook River: volunteers respond" });
    expect((await h.lookup(B, URL_B, B_TEXT, B_TITLE)).flat()).toEqual([]);
  });

  test("pronoun and description aliases never tie two sides together", async () => {
    const h = makeHistory();
    // A party whose only other alias is "she" must not count as the opponent of every "she".
    const withPronoun = structuredClone(A);
    withPronoun.parties[0]!.aliases.push("she", "it");
    await h.record({ ...repA, analysis: withPronoun });
    const recs = (await h.exportJson()).records;
    expect(recs.flatMap((r) => [...r.partyKeys, ...r.opponents])).not.toContain("she");
    expect(recs.flatMap((r) => r.partyKeys)).not.toContain("coalition");
  });

  test("keys found in many stored statements weigh less than rare ones", async () => {
    const { MemoryIndex } = await import("../../src/background/history/memory");
    const m = new MemoryIndex();
    const base = (await (async () => {
      const h = makeHistory();
      await h.record(repA);
      await h.record(repC);
      await h.record(repD);
      return (await h.exportJson()).records;
    })());
    for (const r of base) m.add(r);
    // "w:dump" is in A's statements only; a key in none weighs most; entities twice words.
    expect(m.weight("w:nowhere")).toBeGreaterThan(m.weight("w:dump"));
    expect(m.weight("e:nowhere")).toBeCloseTo(2 * m.weight("w:nowhere"));
  });
});

describe("disputes worded differently by each side", () => {
  test("an accusation naming the company finds the company's answer through the one thing both name", async () => {
    const h = makeHistory();
    await h.record(reportOf(URL_X, X_TITLE, X_TEXT, X));
    const found = await h.lookup(Y, URL_Y, Y_TEXT, Y_TITLE);
    expect(found[0]?.map((c) => c.url)).toEqual([expect.stringMatching(new RegExp("^" + URL_X + "#:~:text=The%20national%20health"))]);
    // Amsel's sentence names nothing the accusation names: no answer is made up for it.
    expect(found[1]).toEqual([]);
  });

  test("a place every article mentions is not enough", async () => {
    const h = makeHistory();
    const text = X_TEXT.replace("its diabetes drug Glucora", "its diabetes drug in the U.S.");
    const content = X.statements[0]!.content.text.replace("its diabetes drug Glucora", "its diabetes drug in the U.S.");
    const x2 = structuredClone(X);
    x2.statements[0]!.content = { start: X.statements[0]!.content.start, end: X.statements[0]!.content.start + content.length, text: content };
    await h.record(reportOf(URL_X, "Inspectorate accuses Larkspur", text, x2));
    const y2 = Y_TEXT.replace("the Glucora studies", "the U.S. studies");
    const yc = Y.statements[0]!.content.text.replace("the Glucora studies", "the U.S. studies");
    const yy = structuredClone(Y);
    yy.statements[0]!.content = { start: Y.statements[0]!.content.start, end: Y.statements[0]!.content.start + yc.length, text: yc };
    expect((await h.lookup(yy, URL_Y, y2, "Larkspur answers")).flat()).toEqual([]);
  });
});
