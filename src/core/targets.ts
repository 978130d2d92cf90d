// Whom a statement accuses, criticises or makes a demand of, read from the words around its cue:
// the object of the cue ("accused China of", "urged the government to", "called on X to"), the
// subject of the clause it alleges ("prosecutors alleged that Epstein ..."), the subject of a
// passive cue ("Haley has been criticized by ..."), the target of a punitive measure ("sanctions on
// Russia"), and, in a critical statement, the sides it names. Pure string work on a bounded window
// around each statement: linear in the number of statements, never in the text length.
import type { Statement } from "./types";
import {
  ACCUSE_STEM, ALLEGE_STEM, CRITICAL_WORD, DEMAND_STEM, MONTH_NAME, PASSIVE_HEAD, PROCEEDING, SAYS_NOTHING, SIDE_HEAD, TARGET_PRONOUN, TARGET_STOP, WEEKDAY,
} from "./lexicon";

/** Texts read before (disputes ask the same content more than once); bounded, and emptied after
 *  each analysis (clearCritical: it holds the text's slices). */
const critical = new Map<string, boolean>();
export const clearCritical = (): void => {
  if (critical.size > 0) critical.clear();
};
/** Whether the text holds a word of blame (CRITICAL_WORD). */
export const isCritical = (s: string): boolean => {
  let yes = critical.get(s);
  if (yes === undefined) {
    if (critical.size >= 4096) critical.clear();
    critical.set(s, (yes = CRITICAL_WORD.test(s)));
  }
  return yes;
};

/** A proceeding named with a word of its own ("impeachment hearings"), without its determiner and
 *  the words that say nothing of it; "" for a bare one ("the investigation") or any other phrase. */
export function proceedingName(np: string): string {
  const ws = np.replace(/^(?:the|a|an|this|that|these|those)\s+/i, "").split(/\s+/).filter(Boolean);
  while (ws.length > 1 && SAYS_NOTHING.test(ws[0]!)) ws.shift();
  const head = ws[ws.length - 1]?.replace(/[’']s$/, "") ?? "";
  if (ws.length < 2 || !PROCEEDING.test(head)) return "";
  const name = ws.join(" ");
  return name[0]!.toUpperCase() + name.slice(1);
}

const WORD = /[“"‘']?[\p{L}\p{N}][\p{L}\p{N}.’'‐-]*[”"’']?/uy;

/** Up to `max` words from offset `at` (skipping white space), with their starts. */
function wordsAt(text: string, at: number, max: number, limit: number): { w: string; s: number }[] {
  const out: { w: string; s: number }[] = [];
  let i = at;
  while (out.length < max && i < limit) {
    while (i < limit && (text[i] === " " || text[i] === "\u00a0")) i++;
    if (i >= limit) break;
    if (text[i] === ",") {
      out.push({ w: ",", s: i });
      i++;
      continue;
    }
    WORD.lastIndex = i;
    const m = WORD.exec(text);
    if (!m || m.index !== i) break;
    out.push({ w: m[0], s: i });
    i += m[0].length;
  }
  return out;
}

const bare = (w: string): string => w.replace(/^[“"‘']+|[”"’'.]+$/g, "");
const cap = (w: string): boolean => /^\p{Lu}/u.test(bare(w));

/**
 * A noun phrase naming a side at the start of the words: a run of capitalized words ("President
 * Barack Obama", "Fox News host Jeanine Pirro") or a determiner and a described group whose head is
 * a side word ("the “interim” government"). Empty when the words name no side.
 */
export function sideNP(ws: { w: string }[]): string {
  let k = 0;
  const det = ws[0] && /^(?:the|a|an)$/i.test(ws[0].w) ? ws[0].w : "";
  if (det) k = 1;
  const out: string[] = [];
  let named = false;
  for (; k < ws.length && out.length < 7; k++) {
    const w = ws[k]!.w;
    const lw = bare(w).toLowerCase();
    if (w === "," || TARGET_STOP.has(lw)) {
      // "Secretary of State Pompeo", "Bureau of Prisons": "of" inside a capitalized run
      if ((lw === "of" || lw === "for") && named && ws[k + 1] && cap(ws[k + 1]!.w)) {
        out.push(w);
        continue;
      }
      break;
    }
    if (cap(w)) named = true;
    else if (named && !SIDE_HEAD.has(lw)) break; // the name is over ("Obama of supporting")
    out.push(w);
  }
  while (out.length && /^(?:of|for)$/i.test(out[out.length - 1]!)) out.pop();
  if (out.length === 0) return "";
  const last = bare(out[out.length - 1]!).replace(/[’']s$/, "").toLowerCase();
  if (!named && !SIDE_HEAD.has(last) && !proceedingName(out.join(" "))) return "";
  // "Pakistan's intelligence agency": the owner is the side
  const phrase = out.join(" ").replace(/[,]$/, "");
  return (det && !named ? `${det.toLowerCase()} ` : "") + phrase;
}

export type Target = { phrase: string; how: "object" | "subject" | "passive" | "measure" | "named" | "pronoun" };

const capRun = /((?:\p{Lu}[\p{L}.’'-]*\s+){0,3}\p{Lu}[\p{L}’'-]+)\s*$/u;

/** The measures one side takes against another; a content naming none of them is not read for one. */
const MEASURE_WORDS = ["sanctions", "tariffs", "penalties", "embargo", "duties", "charges"];
/** "sanctions on Russia", "tariffs against the Harbor Board": a measure and its target. */
const MEASURE = new RegExp(`\\b(?:${MEASURE_WORDS.join("|")})\\s+(?:on|against)\\s+((?:the\\s+)?\\p{Lu}[\\p{L}.’'-]*(?:\\s+\\p{Lu}[\\p{L}.’'-]*){0,3})`, "u");

/**
 * The phrases a statement takes aim at, most explicit first. `text` is the analysed text; only a
 * window around the cue and the first 400 characters of the content are read.
 */
export function targetsOf(st: Statement, text: string): Target[] {
  const out: Target[] = [];
  const cue = st.cue;
  const cueLw = cue ? cue.text.toLowerCase() : "";
  const passive = PASSIVE_HEAD.exec(cueLw);
  // "had called on", "appealed to": the verb before its particle
  const verb = passive ? passive[1]! : (cueLw.replace(/\s+(?:on|upon|for|to)$/, "").split(/\s+/).pop() ?? "");
  if (cue && passive && (ACCUSE_STEM.test(verb) || DEMAND_STEM.test(verb))) {
    // "Ms. Haley has been criticized by ...": the subject before the cue is the one criticised
    const before = text.slice(Math.max(0, cue.start - 60), cue.start);
    const m = capRun.exec(before);
    if (m) out.push({ phrase: m[1]!.trim(), how: "passive" });
  } else if (cue && (ACCUSE_STEM.test(verb) || DEMAND_STEM.test(verb))) {
    const stop = Math.min(text.length, cue.end + 140);
    let ws = wordsAt(text, cue.end, 10, stop);
    if (ws[0] && /^(?:on|upon|for)$/i.test(ws[0].w) && /^call|^appeal/.test(verb)) ws = ws.slice(1);
    if (ws[0] && TARGET_PRONOUN.test(ws[0].w)) out.push({ phrase: ws[0].w, how: "pronoun" });
    else if (ws[0] && !/^(?:that|the\s+need)$/i.test(ws[0].w)) {
      const np = sideNP(ws);
      if (np) out.push({ phrase: np, how: "object" });
    }
  }
  const content = st.content.text.slice(0, 400);
  if (cue && out.length === 0 && st.content.start > cue.end && st.content.start - cue.end < 120 && isCritical(content)) {
    // "called the raid by her nephew, Ivo Brandt, “an act of cowardice”": the name between the
    // cue and a critical content is what the content judges
    const gap = namesIn(text.slice(cue.end, st.content.start), 1)[0];
    if (gap) out.push({ phrase: gap, how: "named" });
  }
  if (cue && ALLEGE_STEM.test(verb) && !passive) {
    // "alleged that Mira Kolb and Dan Oyelaran ...": the subject of the alleged clause
    const ws = wordsAt(content.replace(/^(?:that\s+)?[“"‘']+|^that\s/i, " "), 0, 10, Math.min(content.length, 160));
    const np = sideNP(ws);
    if (np) for (const part of np.split(/\s+and\s+/)) if (part) out.push({ phrase: part, how: "subject" });
  }
  // "sanctions on Russia", "tariffs on Chinese imports": the measure's target
  // (most contents name none of the measures: the pattern runs only where one is written)
  const measure = MEASURE_WORDS.some((w) => content.includes(w)) ? MEASURE.exec(content) : null;
  if (measure) out.push({ phrase: measure[1]!, how: "measure" });
  return out;
}

const TIME_BEFORE = /\b(?:in|on|since|by|until|till|from|through|last|next|early|late|mid|of)\s+$/i;

/** Whether the name n at `at` of `s` is a date, no side: a weekday ("on Tuesday"), or a month
 *  after a word of time or before a number ("in March", "May 4"; not "Theresa May", nor "May said"). */
function dateName(s: string, n: string, at: number): boolean {
  if (WEEKDAY.has(n.toLowerCase())) return true;
  return MONTH_NAME.test(n) && (TIME_BEFORE.test(s.slice(Math.max(0, at - 8), at)) || /^\s*\d/.test(s.slice(at + n.length, at + n.length + 3)));
}

/** Capitalized names in a content (at most `max`), for a critical statement's named targets. */
export function namesIn(content: string, max = 8): string[] {
  const out: string[] = [];
  const re = /(?<![\p{L}\p{N}])(\p{Lu}[\p{L}.’'-]*(?:\s+(?:of\s+|for\s+)?\p{Lu}[\p{L}.’'-]*){0,4})/gu;
  const head = content.slice(0, 400);
  for (let m = re.exec(head); m && out.length < max; m = re.exec(head)) {
    const n = m[1]!.replace(/[’']s$/, "").replace(/\.$/, "");
    if (n.length < 2) continue;
    if (/^(?:I|We|He|She|They|It|The|This|That|These|Those|But|And|If|In|On|At|Our|My|His|Her|Their|Its|A|An|As|So|Not|No|Yes|Mr|Mrs|Ms|Dr)$/.test(n)) continue;
    if (dateName(head, n, m.index)) continue;
    out.push(n);
  }
  return out;
}
