// Benchmark of the local history look-up: fills a history with 10,000 statements (1,000 synthetic
// articles, 10 statements each, parties drawn with a skewed distribution so some sides are very
// common) and times the look-up of counter-statements for new articles. The code is the real
// src/background/history on fake-indexeddb in Node: candidates are found and ranked on the
// in-memory index (memory.ts), the winners' records are read from IndexedDB. Also prints the cold
// start (a woken background loading the index from IndexedDB). Prints numbers; asserts nothing. Usage: npm run bench:history [-- --statements=N --runs=N]
import "fake-indexeddb/auto";
import { build } from "esbuild";
import { mkdtempSync, rmSync } from "node:fs";
import { cpus, loadavg, tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { performance } from "node:perf_hooks";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const arg = (name, d) => Number(process.argv.find((a) => a.startsWith(`--${name}=`))?.split("=")[1] ?? d);
const STATEMENTS = arg("statements", 10_000);
const RUNS = arg("runs", 31);
const REPEAT = arg("repeat", 5);
const PER_ARTICLE = 10;

const dir = mkdtempSync(join(tmpdir(), "whosaid-bench-history-"));
const out = join(dir, "history.mjs");
await build({
  absWorkingDir: root,
  stdin: {
    // the history, and the reading report page's view (drawn into a linkedom document below)
    contents: `export { History } from "./src/background/history/index";
export { ReadingView } from "./src/readingreport/ReadingView";
export { render, h } from "preact";`,
    resolveDir: root,
    loader: "tsx",
  },
  bundle: true,
  platform: "node",
  format: "esm",
  outfile: out,
  jsx: "automatic",
  jsxImportSource: "preact",
  logLevel: "warning",
});
const { History, ReadingView, render, h } = await import(pathToFileURL(out).href);
rmSync(dir, { recursive: true, force: true });

// Deterministic pseudo-random text: no real article text anywhere.
let seed = 12345;
const rnd = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
const pick = (xs) => xs[Math.floor(rnd() * xs.length)];
const syll = ["ka", "lo", "mi", "ser", "dun", "vel", "tor", "bra", "pen", "qui", "zor", "fal", "rin", "sto", "gem", "hal"];
const word = () => Array.from({ length: 2 + Math.floor(rnd() * 2) }, () => pick(syll)).join("");
const cap = (w) => w[0].toUpperCase() + w.slice(1);
const common = Array.from({ length: 2000 }, word);
const topics = Array.from({ length: 300 }, () => ({
  entities: [cap(word()) + " " + cap(word()), cap(word())],
  number: `${1 + Math.floor(rnd() * 900)} tonnes`,
  words: Array.from({ length: 15 }, word),
}));
const parties = Array.from({ length: 150 }, (_, i) => ({ id: `p${i}`, name: `${cap(word())} ${cap(word())} Council`, speaker: `${cap(word())} ${cap(word())}` }));
// Zipf-like: the first parties speak in many articles (think "the White House").
const partyPick = () => parties[Math.min(parties.length - 1, Math.floor(parties.length * rnd() ** 3))];

function article(t, p, q) {
  const topic = topics[t];
  let text = "";
  const statements = [];
  for (let i = 0; i < PER_ARTICLE; i++) {
    const side = i % 2 === 0 ? p : q;
    const source = i < 2 ? side.name : side.speaker;
    const content = [
      ...Array.from({ length: 5 }, () => pick(topic.words)),
      pick(topic.entities),
      ...Array.from({ length: 4 }, () => pick(common)),
      i === 0 ? topic.number : pick(common),
    ].join(" ");
    const start = text.length;
    const sentence = `${source} said that ${content}.`;
    text += sentence + "\n";
    const span = (s, off) => ({ start: start + off, end: start + off + s.length, text: s });
    statements.push({
      source: span(source, 0),
      cue: span("said", source.length + 1),
      content: span(content, source.length + 11),
      mode: "indirect",
      stance: i === 0 ? "allegation" : i === 1 ? "denial" : "neutral",
      sourceKind: "named-organization",
      speaker: source,
      party: side.id,
      labels: [],
      counter: [],
    });
  }
  const analysis = {
    statements,
    parties: [p, q].map((x) => ({ id: x.id, name: x.name, aliases: [x.speaker], quoted: true })),
    disputes: [
      { kind: "accusation", from: 0, against: q.id },
      { kind: "rebuttal", from: 1, against: p.id, answers: 0 },
    ],
    unnamedSources: [],
    timings: { ms: 0 },
  };
  return { text, analysis, title: `${cap(pick(topic.words))} ${pick(topic.words)} ${topic.entities[0]}` };
}

function pair() {
  const p = partyPick();
  let q = partyPick();
  while (q === p) q = partyPick();
  return [p, q];
}

let now = Date.UTC(2026, 0, 1);
const history = new History({
  dbName: "bench-history",
  now: () => now,
  settings: () => ({ enabled: true, maxStatements: STATEMENTS, maxAgeDays: 3650 }),
});

const t0 = performance.now();
const articles = Math.ceil(STATEMENTS / PER_ARTICLE);
for (let i = 0; i < articles; i++) {
  now += 60_000;
  const [p, q] = pair();
  const a = article(Math.floor(rnd() * topics.length), p, q);
  // a hundred outlets: the history keeps at most a share of its statements per site
  await history.record({ state: "done", url: `https://news${i % 100}.example/${i}`, title: a.title, text: a.text, analysis: a.analysis });
}
const fillMs = performance.now() - t0;
const stored = await history.count();

// New articles: half on a topic and pair of sides already in the history (should find answers),
// half with the sides swapped on a random topic.
const samples = [];
// CPU time of this process: what the look-up itself costs, whatever else the machine runs.
const cpuSamples = [];
const firstSamples = [];
let offered = 0;
let withAnswer = 0;
for (let r = 0; r < RUNS; r++) {
  const [p, q] = pair();
  const a = article(Math.floor(rnd() * topics.length), r % 2 ? q : p, r % 2 ? p : q);
  // Each article is looked up REPEAT times and its fastest run kept: on a shared machine the
  // slower runs measure the other processes. The median is then taken across articles.
  let found = [];
  let best = Infinity;
  let bestCpu = Infinity;
  for (let k = 0; k < REPEAT; k++) {
    const s = performance.now();
    const c = process.cpuUsage();
    found = await history.lookup(a.analysis, `https://news.example/new-${r}`, a.text, a.title);
    const cpu = process.cpuUsage(c);
    const wall = performance.now() - s;
    if (k === 0) firstSamples.push(wall);
    best = Math.min(best, wall);
    bestCpu = Math.min(bestCpu, (cpu.user + cpu.system) / 1000);
  }
  samples.push(best);
  cpuSamples.push(bestCpu);
  offered += found.flat().length;
  withAnswer += found.filter((c) => c.length > 0).length;
}
samples.sort((x, y) => x - y);
cpuSamples.sort((x, y) => x - y);
firstSamples.sort((x, y) => x - y);
const q = (f, xs = samples) => xs[Math.min(xs.length - 1, Math.floor(f * xs.length))];
const median = q(0.5);
const cpuMedian = q(0.5, cpuSamples);
const fmt = (x) => x.toFixed(2);

// The reading report over the whole history (all of it read within the month): the background
// reads the month's records from IndexedDB and computes the figures, the page draws them (here
// into a linkedom document: the same Preact render, no layout). Fastest of REPEAT, median of 5.
const { parseHTML } = await import("linkedom");
const reportSamples = [];
const parts = { read: [], draw: [] };
let reportStatements = 0;
for (let r = 0; r < 5; r++) {
  let best = { total: Infinity, read: 0, draw: 0 };
  for (let k = 0; k < REPEAT; k++) {
    const { document } = parseHTML("<!doctype html><html><body><div id=app></div></body></html>");
    globalThis.document = document;
    const s0 = performance.now();
    const answer = await history.reading("month");
    const s1 = performance.now();
    render(h(ReadingView, { f: answer.figures }), document.getElementById("app"));
    const s2 = performance.now();
    if (!document.querySelector("[data-section=sides] tbody tr")) throw new Error("the reading report drew no sides");
    reportStatements = answer.figures.statements;
    if (s2 - s0 < best.total) best = { total: s2 - s0, read: s1 - s0, draw: s2 - s1 };
  }
  reportSamples.push(best.total);
  parts.read.push(best.read);
  parts.draw.push(best.draw);
}
const med = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const reportMs = med(reportSamples);

// Cold start: a fresh History (a background that just woke) loads its index on the first look-up.
await history.close();
const cold = new History({ dbName: "bench-history", now: () => now, settings: () => ({ enabled: true, maxStatements: STATEMENTS, maxAgeDays: 3650 }) });
const [cp, cq] = pair();
const ca = article(0, cp, cq);
const c0 = performance.now();
await cold.lookup(ca.analysis, "https://news.example/cold", ca.text, ca.title);
const coldMs = performance.now() - c0;
await cold.close();

console.log(`history look-up benchmark (Node ${process.version}, fake-indexeddb; ranking on the in-memory index, winners read from IndexedDB)`);
console.log(`stored statements            ${stored} (${articles} synthetic articles, filled in ${(fillMs / 1000).toFixed(1)} s)`);
console.log(`look-ups                     ${RUNS} new articles x ${PER_ARTICLE} statements, each looked up ${REPEAT} times (fastest kept)`);
console.log(`look-up per article  median  ${fmt(median)} ms   p90 ${fmt(q(0.9))} ms   max ${fmt(samples[samples.length - 1])} ms   (wall)`);
console.log(`look-up per article CPU     median  ${fmt(cpuMedian)} ms   p90 ${fmt(q(0.9, cpuSamples))} ms   (this process's CPU time)`);
console.log(`first look-up only   median  ${fmt(q(0.5, firstSamples))} ms   p90 ${fmt(q(0.9, firstSamples))} ms   (wall, no repeat: includes load from other processes)`);
console.log(`look-up per statement median ${fmt(median / PER_ARTICLE)} ms wall, ${fmt(cpuMedian / PER_ARTICLE)} ms CPU`);
console.log(`machine load average         ${loadavg().map((x) => x.toFixed(1)).join(" ")} on ${cpus().length} cores`);
console.log(`counter-statements offered   ${offered} (${withAnswer} of ${RUNS * PER_ARTICLE} statements got one)`);
console.log(`cold first look-up            ${fmt(coldMs)} ms (loads the index of ${stored} statements from IndexedDB once per background start)`);
console.log(`reading report (month)       ${fmt(reportMs)} ms median from ${reportStatements} stored statements (read + figures ${fmt(med(parts.read))} ms, draw ${fmt(med(parts.draw))} ms)  floor 200 ms -> ${reportMs <= 200 ? "ok" : "ABOVE FLOOR"}`);
console.log(`floor: median per article <= 10 ms -> wall ${median <= 10 ? "ok" : "ABOVE FLOOR"}, CPU ${cpuMedian <= 10 ? "ok" : "ABOVE FLOOR"}`);
