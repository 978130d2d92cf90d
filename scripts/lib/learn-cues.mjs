// The cue-word table of the extractor, learned from PolNeAR documents: for each word, how often it
// heads a gold cue versus how often it occurs, by the word before it, and how often its content
// runs to the sentence end. Deterministic (sorted keys); counts only, never article text.
// Used by scripts/train-cues.mjs (the whole train split) and scripts/train.mjs (per fold).

/** docs: parsed PolNeAR lines ({text, attributions}). Returns the cues.json object. */
export function learnCues(docs) {
  const WORD = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;
  // Auxiliaries and adverbs that precede the cue verb inside gold cue spans ("has also said").
  const SKIP = new Set(["has", "have", "had", "also", "is", "was", "are", "were", "be", "been", "being", "would", "will",
    "could", "can", "may", "might", "should", "must", "did", "does", "do", "not", "never", "later", "then", "again",
    "previously", "recently", "once", "often", "repeatedly", "publicly", "privately", "still", "just", "further",
    "even", "already", "always", "first", "long", "n't", "don’t", "didn’t", "doesn’t", "don't", "didn't", "doesn't"]);

  const PRON = new Set(["he", "she", "they", "we", "i", "you", "it", "who"]);
  // Adverbs inside a gold cue span ("quickly made clear", "sharply criticized") are not its head:
  // the verb after them is. (Verbs that end in -ly are kept.)
  const LY_VERBS = new Set(["reply", "apply", "supply", "rely", "comply", "ally", "multiply", "imply"]);
  const skip = (w) => SKIP.has(w) || (w.length > 4 && w.endsWith("ly") && !LY_VERBS.has(w));
  const inc = (m, k, i, n) => { let a = m.get(k); if (!a) { a = new Array(n).fill(0); m.set(k, a); } a[i]++; };
  const occ = new Map();
  const cue = new Map();
  // Counts by the word before the verb (auxiliaries skipped): 0 pronoun, 1 capitalised word,
  // 2 punctuation or quote (inverted "…,” said X"), 3 any other word. Index 2c = cue, 2c+1 = all.
  const ctx = new Map();
  const after = new Map(); // gold contents that follow their cue
  const toEnd = new Map(); // ... and run to the end of the sentence
  // Content reaching the sentence end: only closing marks and spaces before . ! ? or a line break.
  const END = /^[\s"”’')\]]*([.!?]|\n|$)/;
  for (const doc of docs) {
    const heads = new Set();
    for (const a of doc.attributions) {
      if (!a.cue) continue;
      for (const m of a.cue.text.matchAll(WORD)) {
        if (!skip(m[0].toLowerCase())) { heads.add(a.cue.start + m.index); break; }
      }
    }
    let prev = null; // previous token that is not an auxiliary
    let prevEnd = 0;
    let inQuote = false; // words inside quotations are never cues at runtime (quotes are opaque)
    for (const m of doc.text.matchAll(WORD)) {
      const w = m[0].toLowerCase();
      occ.set(w, (occ.get(w) ?? 0) + 1);
      const gap = doc.text.slice(prevEnd, m.index);
      for (const ch of gap) {
        if (ch === "\n") inQuote = false;
        else if (ch === "“") inQuote = true;
        else if (ch === "”") inQuote = false;
        else if (ch === '"') inQuote = !inQuote;
      }
      if (inQuote) { prevEnd = m.index + m[0].length; prev = null; continue; }
      let cls = 3;
      if (!prev || /[^\s\p{L}\p{N}]/u.test(gap)) cls = 2;
      else if (PRON.has(prev.toLowerCase())) cls = 0;
      else if (/^\p{Lu}/u.test(prev)) cls = 1;
      const isCue = heads.has(m.index);
      if (isCue) inc(ctx, w, 2 * cls, 8);
      inc(ctx, w, 2 * cls + 1, 8);
      if (!SKIP.has(w) || /[^\s\p{L}\p{N}]/u.test(gap)) prev = m[0];
      prevEnd = m.index + m[0].length;
    }
    for (const a of doc.attributions) {
      if (!a.cue) continue;
      const words = [...a.cue.text.matchAll(WORD)].map((m) => m[0].toLowerCase());
      const head = words.find((w) => !skip(w));
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
    if (c >= 3 && c / o >= 0.04) out[w] = [c, o, after.get(w) ?? 0, toEnd.get(w) ?? 0, ...(ctx.get(w) ?? new Array(8).fill(0))];
  }
  return { note: "cue word -> [times it heads a gold cue, occurrences, cues with content after them, of which the content runs to the sentence end, then cue/all counts after a pronoun, a capitalised word, punctuation, another word] in PolNeAR train", cues: out };
}
