import { build } from "esbuild";
const root = "/work/wt-accuracy";
await build({ absWorkingDir: root, stdin: { contents: 'export { tokenize, sentences } from "./src/core/tokens";', resolveDir: root, loader: "ts" }, outfile: "/tmp/acc/tok-b.mjs", bundle: true, platform: "neutral", format: "esm", logLevel: "warning" });
const t = await import("/tmp/acc/tok-b.mjs?" + Date.now());
const text = process.argv[2];
const U = t.tokenize(text);
console.log(U.map((u) => `${u.k}:${text.slice(u.s, u.e)}${u.k===2?"[last="+u.last+"]":""}`).join("  "));
console.log(t.sentences(U));
