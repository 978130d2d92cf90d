// Language features every target of ours (Chrome 120, Firefox 128, Node 20) has natively, which
// esbuild would otherwise rewrite. esbuild 0.28 turns every regex literal with a Unicode property
// escape (\p{L}, \p{Lu}, …) into a `new RegExp("…", "u")` call for any browser or Node target,
// so a literal inside a function was rebuilt from its source string on every call (once per
// token in core's loops). Shared by the build and the benchmarks that bundle core, so they
// measure the code that ships.
export const supported = { "regexp-unicode-property-escapes": true };
