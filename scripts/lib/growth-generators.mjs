// The growth benchmark's adversarial generators (scripts/bench-growth.mjs), shared with
// scripts/snapshot.mjs: deterministic, invented text; nothing read from ../shared.
// The PRNG is the training scripts' own (mulberry32), so every run measures the same text.
import { rng } from "./fold-engine.mjs";

export const BASE_CHARS = 20_000;

const WORDS = (
  "plan budget canal harbour council tariff levy school bridge river permit vote ferry market grain wage " +
  "pension clinic road rail tower license fund water power lease report audit court treaty border farm"
).split(" ");
const VERBS = "is fine|will pass|was a mistake|costs too much|helps nobody|is long overdue|will be reviewed|was never approved".split("|");
const SURNAMES = ["Brandt", "Okafor", "Lindqvist", "Moreau", "Tamura"];
const TITLES = ["President", "Mr.", "Senator", "Minister", "Mayor"];
const DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"];
const SYL = ["ka", "lo", "mi", "ren", "to", "va", "shi", "dor", "el", "un", "bra", "qui"];
const pick = (r, xs) => xs[Math.floor(r() * xs.length)];
const clause = (r) => `The ${pick(r, WORDS)} ${pick(r, VERBS)}`;
/** An invented capitalised name, distinct for each i. */
function nameOf(i) {
  let s = "";
  let n = i + SYL.length;
  while (n > 0) {
    s += SYL[n % SYL.length];
    n = Math.floor(n / SYL.length);
  }
  return s[0].toUpperCase() + s.slice(1);
}
/** Repeat `piece(i)` until the text reaches `chars` characters. */
function fill(chars, piece) {
  const parts = [];
  let n = 0;
  for (let i = 0; n < chars; i++) {
    const p = piece(i);
    parts.push(p);
    n += p.length;
  }
  return parts.join("");
}

export const GENERATORS = {
  // ordinary news phrasing, one surname over and over (the review's 466 s case at 2 MB)
  "surname statements": (chars) => {
    const r = rng(1);
    return { title: "", text: fill(chars, (i) => `“${clause(r)},” ${pick(r, TITLES)} ${pick(r, SURNAMES)} said on ${pick(r, DAYS)}.${i % 4 === 3 ? "\n\n" : " "}`) };
  },
  // thousands of distinct speakers and parties (party tagging, coreference)
  "distinct speakers": (chars) => {
    const r = rng(2);
    return {
      title: "",
      text: fill(chars, (i) => `“${clause(r)},” said ${nameOf(i)} ${nameOf(i * 7 + 3)} (${pick(r, ["R", "D", "I"])}-${nameOf(i + 11)}), of the ${nameOf(i + 5)} Party.\n\n`),
    };
  },
  // no full stop, no line break: one sentence as long as the page
  "run-on text": (chars) => {
    const r = rng(3);
    return { title: "", text: fill(chars, () => `${pick(r, TITLES)} ${pick(r, SURNAMES)} said the ${pick(r, WORDS)} ${pick(r, VERBS)} and `) };
  },
  // quotations with the speaker after the verb ("“…,” said Mayor Tamura."), no line break at all: a
  // search for the next line break from each speaker ran to the end of the page
  "inverted, one line": (chars) => {
    const r = rng(8);
    return { title: "", text: fill(chars, () => `“${clause(r)},” said ${pick(r, TITLES)} ${pick(r, SURNAMES)}. `) };
  },
  // a defense team quoted over and over, its client named once: each of its statements read the
  // whole page again for the lawyers' clients
  "defense team": (chars) => {
    const r = rng(9);
    const head = `“${clause(r)},” said Mara Quist, who represents ${pick(r, SURNAMES)}.\n\n`;
    return { title: "", text: head + fill(chars - head.length, (i) => `Defense attorneys said the ${pick(r, WORDS)} ${pick(r, VERBS)}.${i % 4 === 3 ? "\n\n" : " "}`) };
  },
  // quotation marks everywhere, balanced and not
  "quotation marks": (chars) => {
    const r = rng(4);
    const q = [
      () => `“${pick(r, WORDS)}” `,
      () => `"${pick(r, WORDS)} `,
      () => `‘${pick(r, WORDS)}’ said ${pick(r, SURNAMES)}, `,
      () => `” ${pick(r, WORDS)} “`,
      () => `'' `,
    ];
    return { title: "", text: fill(chars, (i) => pick(r, q)() + (i % 50 === 49 ? ".\n" : "")) };
  },
  // deeply nested brackets, and one bracket left open over the whole page
  "deep nesting": (chars) => {
    const r = rng(5);
    return {
      title: "",
      text: "[" + fill(chars, (i) => `${"(".repeat(30)}${clause(r)}, ${pick(r, SURNAMES)} said ${"[".repeat(i % 7)}${")".repeat(i % 30)} `),
    };
  },
  // capitalised words without end (a name as long as the page), with a statement now and then
  "capitalised run": (chars) => {
    const r = rng(7);
    return { title: "", text: fill(chars, (i) => (i % 200 === 199 ? `“${clause(r)},” ${pick(r, SURNAMES)} said. ` : `${nameOf(i)} `)) };
  },
  // a huge <title> next to a page of statements (history profiling reads the title)
  "huge title": (chars) => {
    const r = rng(6);
    const title = fill(chars / 2, () => `${pick(r, WORDS)} ${pick(r, SURNAMES)} `);
    const text = fill(chars / 2, () => `“${clause(r)},” ${pick(r, SURNAMES)} said. `);
    return { title, text };
  },
};

