// The moment the content script bundle started evaluating. Imported first by index.ts, so (as
// esbuild evaluates modules in import order) it runs before the other modules' set-up, and
// that set-up is counted in the main-thread time the benchmark reports. Reads a clock, nothing else.
export const T0: number = typeof performance !== "undefined" ? performance.now() : 0;
