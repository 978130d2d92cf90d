// Timing shared by scripts/bench-core.mjs and scripts/ab-core.mjs: functions timed alternately,
// run by run, so a burst of load from other processes lands on all of them alike, and their
// speed over many texts in ms per 1,000 words.

export const countWords = (t) => (t.match(/\S+/g) ?? []).length;

export const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

const per1k = (ms, words) => (ms / words) * 1000;

/**
 * Each of `fns` (no arguments) run `runs` times, one after the other in each run; with `swap`,
 * every other run in the opposite order, so no function always follows another's garbage.
 * Wall ms and this process's CPU ms (user + system) per run; `sink` sums what the calls return
 * (a number, or an Analysis's statement count) so no call can be optimised away.
 */
export function alternate(fns, runs, { swap = false } = {}) {
  const ms = fns.map(() => []);
  const cpu = fns.map(() => []);
  let sink = 0;
  for (let r = 0; r < runs; r++) {
    const order = fns.map((_, i) => i);
    if (swap && r % 2) order.reverse();
    for (const i of order) {
      const c0 = process.cpuUsage();
      const t0 = performance.now();
      const out = fns[i]();
      ms[i].push(performance.now() - t0);
      const c = process.cpuUsage(c0);
      cpu[i].push((c.user + c.system) / 1000);
      sink += typeof out === "number" ? out : (out?.statements?.length ?? 0);
    }
  }
  return { ms, cpu, sink };
}

/**
 * fns (each taking a text) over `texts`: per text the median of `runs` alternate runs, then per
 * function the median of per-text ms per 1,000 words, the pooled figure (sum of medians / sum of
 * words, which weights long texts more), the same pooled on CPU time, and the p95 of per-text rates.
 */
export function devSpeed(fns, texts, runs, { swap = false } = {}) {
  const acc = fns.map(() => ({ rates: [], ms: 0, cpuMs: 0, perText: [] }));
  let words = 0;
  let sink = 0;
  for (const t of texts) {
    const w = countWords(t);
    if (!w) continue;
    const r = alternate(fns.map((fn) => () => fn(t)), runs, { swap });
    sink += r.sink;
    fns.forEach((_, i) => {
      const m = median(r.ms[i]);
      acc[i].perText.push({ words: w, ms: m });
      acc[i].rates.push(per1k(m, w));
      acc[i].ms += m;
      acc[i].cpuMs += median(r.cpu[i]);
    });
    words += w;
  }
  // (perText: each text's words and median ms, in the order given, for a breakdown by length)
  return acc.map(({ rates, ms, cpuMs, perText }) => ({ median: median(rates), pooled: per1k(ms, words), cpuPooled: per1k(cpuMs, words), p95: [...rates].sort((a, b) => a - b)[Math.floor(rates.length * 0.95)] ?? 0, words, sink, perText }));
}
