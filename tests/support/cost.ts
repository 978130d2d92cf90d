// The cost of one run, for the tests that check how work grows with input size ("16x the text
// must not take 256x the time"). They compare two sizes run one after the other, so what must not
// differ between the two is the machine's load: this is the CPU time of the test's own process
// (process.cpuUsage; vitest runs each test file in a process of its own, pool "forks"), which
// other processes on a busy machine do not stretch as they stretch wall time. Seconds are never
// asserted: npm run bench:growth prints them.

/** CPU milliseconds of this process so far (user + system). */
export const cpuMs = (): number => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

/** The least CPU time of `runs` calls of f, in ms. */
export function bestCpuMs(f: () => void, runs = 3): number {
  let best = Infinity;
  for (let i = 0; i < runs; i++) {
    const t0 = cpuMs();
    f();
    best = Math.min(best, cpuMs() - t0);
  }
  return best;
}
