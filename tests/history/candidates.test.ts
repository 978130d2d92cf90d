// The in-memory index only narrows the search: every stored statement that matchRecord would
// accept must be among its candidates (property test over random histories and statements).
import { expect, test } from "vitest";
import fc from "fast-check";
import { MemoryIndex } from "../../src/background/history/memory";
import { matchRecord } from "../../src/background/history/match";
import type { HistoryRecord } from "../../src/background/history/schema";
import type { StatementProfile } from "../../src/background/history/profile";
import type { Stance } from "../../src/core/types";

const PARTIES = ["alpha", "beta", "gamma", "delta"];
const KEYS = ["w:canal", "w:flow", "w:farm", "w:cut", "e:sallow canal", "e:glucora", "n:30 %", "e:u.s", "w:river", "w:trial"];
const STANCES: Stance[] = ["neutral", "allegation", "denial", "concession", "assertive", "hedged"];

const side = fc.record({
  party: fc.constantFrom(...PARTIES),
  opponents: fc.subarray(PARTIES),
  against: fc.subarray(PARTIES),
  topics: fc.subarray(KEYS, { minLength: 1 }),
  context: fc.subarray(KEYS),
  stance: fc.constantFrom(...STANCES),
  url: fc.constantFrom("https://n.example/1", "https://n.example/2", "https://n.example/3"),
});

test("candidates() never drops a statement matchRecord accepts", () => {
  fc.assert(
    fc.property(fc.array(side, { minLength: 1, maxLength: 40 }), fc.array(side, { minLength: 1, maxLength: 5 }), (stored, fresh) => {
      const m = new MemoryIndex();
      stored.forEach((x, i) => {
        const r: HistoryRecord = {
          id: `${x.url}\u0000${i}`, url: x.url, title: "", readAt: i, partyId: null, partyName: x.party, partyKeys: [x.party],
          speaker: null, stance: x.stance, sentence: "s", fragment: "s", prefix: "", suffix: "", excerpt: "", topics: x.topics,
          context: x.context, opponents: x.opponents, againstKeys: x.against, dispute: { against: [], kinds: [] },
        };
        m.add(r);
      });
      for (const [j, y] of fresh.entries()) {
        const s: StatementProfile = {
          index: j, partyName: y.party, partyId: null, partyKeys: [y.party], opponents: y.opponents, against: [], againstKeys: y.against,
          disputes: [], speaker: null, stance: y.stance, topics: y.topics, context: y.context, sentence: "", sentenceStart: 0,
          fragment: "", prefix: "", suffix: "", excerpt: "", story: [], sourceKind: "named-person", words: 0,
        };
        const got = new Set(m.candidates(s, "https://n.example/self").map((e) => e.id));
        stored.forEach((x, i) => {
          const id = `${x.url}\u0000${i}`;
          const slim = { id, url: x.url, readAt: i, stance: x.stance, partyKeys: [x.party], opponents: x.opponents, againstKeys: x.against, topics: x.topics, context: x.context };
          if (matchRecord(s, slim, { weight: m.weight, common: m.common })) expect(got.has(id), `missed ${id}`).toBe(true);
        });
      }
    }),
    { numRuns: 300, seed: 7 },
  );
});
