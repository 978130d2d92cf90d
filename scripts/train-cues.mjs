// Learns the cue-word table of the extractor from PolNeAR train: for each word, how often it heads
// a gold cue versus how often it occurs, by the word before it, and how often its content runs to
// the sentence end. Deterministic (sorted keys); stores counts only, never article text.
// Usage: npm run train:cues   (node scripts/train-cues.mjs [train.jsonl] > src/core/model/cues.json)
import { readFileSync } from "node:fs";
import { learnCues } from "./lib/learn-cues.mjs";
import { resolve } from "node:path";

const file = process.argv[2] ?? resolve(import.meta.dirname, "../../shared/data/polnear/train.jsonl");
const docs = readFileSync(file, "utf8").split("\n").filter((l) => l.trim()).map((l) => JSON.parse(l));
process.stdout.write(JSON.stringify(learnCues(docs)) + "\n");
