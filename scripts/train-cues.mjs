// Learns the cue-word table of the extractor from PolNeAR train: for each word, how often it heads
// a gold cue versus how often it occurs at all. Deterministic (sorted keys); stores counts only,
// never article text. Usage: node scripts/train-cues.mjs [train.jsonl] > src/core/model/cues.json
import { readFileSync } from "node:fs";
import { resolve } from "node:path";

const file = process.argv[2] ?? resolve(import.meta.dirname, "../../shared/data/polnear/train.jsonl");
const WORD = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;
// Auxiliaries and adverbs that precede the cue verb inside gold cue spans ("has also said").
const SKIP = new Set(["has", "have", "had", "also", "is", "was", "are", "were", "be", "been", "being", "would", "will",
  "could", "can", "may", "might", "should", "must", "did", "does", "do", "not", "never", "later", "then", "again",
  "previously", "recently", "once", "often", "repeatedly", "publicly", "privately", "still", "just", "further",
  "even", "already", "always", "first", "long", "n't", "don’t", "didn’t", "doesn’t", "don't", "didn't", "doesn't"]);

const occ = new Map();
const cue = new Map();
const after = new Map(); // gold contents that follow their cue
const toEnd = new Map(); // ... and run to the end of the sentence
// Content reaching the sentence end: only closing marks and spaces before . ! ? or a line break.
const END = /^[\s"”’')\]]*([.!?]|\n|$)/;
for (const line of readFileSync(file, "utf8").split("\n")) {
  if (!line.trim()) continue;
  const doc = JSON.parse(line);
  for (const m of doc.text.matchAll(WORD)) {
    const w = m[0].toLowerCase();
    occ.set(w, (occ.get(w) ?? 0) + 1);
  }
  for (const a of doc.attributions) {
    if (!a.cue) continue;
    const words = [...a.cue.text.matchAll(WORD)].map((m) => m[0].toLowerCase());
    const head = words.find((w) => !SKIP.has(w));
    if (!head) continue;
    cue.set(head, (cue.get(head) ?? 0) + 1);
    if (a.content && a.content.start >= a.cue.end && !a.content_parts) {
      after.set(head, (after.get(head) ?? 0) + 1);
      if (END.test(doc.text.slice(a.content.end, a.content.end + 6))) toEnd.set(head, (toEnd.get(head) ?? 0) + 1);
    }
  }
}
// Keep words that head a cue at least 3 times; the runtime decides the probability threshold.
const out = {};
for (const w of [...cue.keys()].sort()) {
  const c = cue.get(w) ?? 0;
  const o = Math.max(occ.get(w) ?? 0, c);
  if (c >= 3 && c / o >= 0.04) out[w] = [c, o, after.get(w) ?? 0, toEnd.get(w) ?? 0];
}
process.stdout.write(JSON.stringify({ note: "cue word -> [times it heads a gold cue, occurrences, cues with content after them, of which the content runs to the sentence end] in PolNeAR train", cues: out }) + "\n");
