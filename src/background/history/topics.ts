// Topic keys of a statement: what it is about (named entities, numbers with units, content words),
// normalised so two articles on one dispute share keys. Pure string work: no IndexedDB, no browser
// API; never keys on who speaks (party names are removed by the caller's `exclude`).

/** Keys are prefixed by kind: e: named entity, n: number (with unit), w: stemmed content word. */
export type TopicKey = string;

// Defined once (Readability's rule): these run for every statement of every article.
const RE = {
  token: /[\p{L}\p{N}][\p{L}\p{N}'’.-]*[\p{L}\p{N}]|[\p{L}\p{N}]/gu,
  capital: /^\p{Lu}/u,
  number: /^\d[\d,.]*$/,
  sentenceBreak: /[.!?]["'”’)\]]*\s|\n/,
  possessive: /['’]s?$/,
  punctEdges: /^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu,
  space: /\s+/g,
};

// Function words, reporting verbs and newsroom boilerplate: shared by every article, so they
// would make unrelated articles look alike.
const STOP = new Set(
  `a about above after again against all almost also although always am among an and another any
  are around as at away back be became because been before being below between both but by can
  cannot could did do does doing done down during each either else even ever every few for from
  further had has have having he her here hers herself him himself his how however i if in into is
  it its itself just last least less like made make many may me might more most much must my
  myself near neither never next no nor not now of off often on once one only onto or other our
  ours ourselves out over own per perhaps rather same several shall she should since so some
  still such than that the their theirs them themselves then there these they this those though
  through thus to too toward towards under until up upon us very via was we were what whatever
  when where whether which while who whom whose why will with within without would yet you your
  yours yourself yourselves
  said say says saying told tell tells telling added adds according stated statement statements
  claim claimed claims claiming allege alleged alleges allegation allegations accuse accused
  accuses accusation accusations deny denied denies denial denials reject rejected rejects
  insisted insists stressed admitted acknowledged reportedly believed noted explained argued
  asked announced responded reply replied comment comments commented
  spokesman spokeswoman spokesperson official officials source sources report reports reported
  mr mrs ms dr monday tuesday wednesday thursday friday saturday sunday today yesterday tomorrow
  week weeks month months year years time times day days people thing things way ways new
  percent per cent january february march april may june july august september october november
  december include includes including included want wants wanted make makes made take takes took
  get gets got go goes went come comes came know knows knew think thinks thought see sees saw look
  looks use used find found give gave work works call calls called need needs needed help helps
  keep kept put show shows showed try tried move good great big top lot lots really well first
  second third last long high low part number group issue issues`.split(/\s+/).filter(Boolean),
);

// Units that make a number a measurement worth matching ("40 tonnes", "3 km"), not a count of
// whatever noun follows.
const UNITS = new Set(
  `% percent tonne tonnes ton tons kg kilogram kilograms g gram grams km kilometre kilometres
  kilometer kilometers mile miles m metre metres meter meters litre litres liter liters gallon
  gallons hectare hectares acre acres dollar dollars euro euros pound pounds million millions
  billion billions trillion thousand hundred people civilians deaths dead killed wounded
  injured jobs workers homes houses children votes seats degrees hours minutes days weeks months years`.split(/\s+/).filter(Boolean),
);

/** Light stemming: plural, -ing, -ed, possessive. Enough to join "dumping", "dumped", "dumps". */
export function stem(word: string): string {
  let w = word.toLowerCase().replace(RE.possessive, "");
  if (w.length <= 3) return w;
  if (w.endsWith("ies") && w.length > 4) w = w.slice(0, -3) + "y";
  else if (w.endsWith("sses")) w = w.slice(0, -2);
  else if (w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")) w = w.slice(0, -1);
  if (w.endsWith("ing") && w.length > 5) w = undouble(w.slice(0, -3));
  else if (w.endsWith("ed") && w.length > 4) w = undouble(w.slice(0, -2));
  else if (w.endsWith("e") && w.length > 4) w = w.slice(0, -1); // "release" ~ "released" -> "releas"
  return w;
}

function undouble(w: string): string {
  const n = w.length;
  return n > 3 && w[n - 1] === w[n - 2] && !/[aeiouls]/.test(w[n - 1] ?? "") ? w.slice(0, -1) : w;
}

/** Normalise a party, speaker or alias name to a comparison key ("The Russian Ministry" -> "russian ministry"). */
export function nameKey(name: string): string {
  return name
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s]/gu, " ")
    .replace(RE.space, " ")
    .trim()
    .replace(/^the /, "");
}

/** Words of names, stemmed, to drop from topic keys: parties say who, topics say what. */
export function excludedWords(names: Iterable<string>): Set<string> {
  const out = new Set<string>();
  for (const n of names) for (const w of nameKey(n).split(" ")) if (w) out.add(stem(w));
  return out;
}

/**
 * Topic keys of a piece of text. `exclude` holds stemmed words (see excludedWords) that must not
 * become keys, typically the names of the parties involved.
 */
export function topicKeys(text: string, exclude: ReadonlySet<string> = new Set()): Set<TopicKey> {
  const keys = new Set<TopicKey>();
  const tokens = [...text.matchAll(RE.token)];
  let run: string[] = [];
  let runAtSentenceStart = false;
  const flush = (): void => {
    // A capital at a sentence start may be an ordinary word ("Later Ana Lindqvist spoke"): keep
    // the run both with and without it.
    const runs = runAtSentenceStart ? [run.slice(1), run.length > 1 ? run : []] : [run];
    for (const r of runs) {
      const words = r.map((w) => stem(w)).filter((w) => !STOP.has(w));
      // A party's own name is who speaks, not the topic; "Millbrook River" stays a topic even
      // when the "Clean Millbrook Coalition" speaks.
      if (words.length > 0 && words.some((w) => !exclude.has(w))) keys.add("e:" + words.join(" "));
    }
    run = [];
  };
  let prevEnd = 0;
  for (let i = 0; i < tokens.length; i++) {
    const m = tokens[i]!;
    const tok = m[0];
    const at = m.index ?? 0;
    // What lies between two tokens says whether a name can run on (one space only) and whether a
    // sentence starts here (its first capital is not evidence of a name).
    const between = text.slice(prevEnd, at);
    const sentenceStart = i === 0 || RE.sentenceBreak.test(between);
    if (!/^ ?$/.test(between)) flush();
    prevEnd = at + tok.length;
    const clean = tok.replace(RE.punctEdges, "");
    if (RE.number.test(clean)) {
      flush();
      const num = clean.replace(/,/g, "").replace(/\.$/, "");
      const next = (tokens[i + 1]?.[0] ?? "").toLowerCase();
      const unit = text.startsWith("%", prevEnd) ? "%" : UNITS.has(next) ? stem(next) : "";
      keys.add("n:" + num + (unit ? " " + unit : ""));
    } else if (RE.capital.test(clean)) {
      if (run.length === 0) runAtSentenceStart = sentenceStart;
      run.push(clean);
    } else {
      // "Department of Justice", "Office for National Statistics": keep the run across "of"/"for".
      const lower = clean.toLowerCase();
      const joiner = (lower === "of" || lower === "for") && run.length > 0 && RE.capital.test(tokens[i + 1]?.[0] ?? "");
      if (joiner) run.push(lower);
      else flush();
    }
    const s = stem(clean);
    if (s.length > 2 && !STOP.has(s) && !STOP.has(clean.toLowerCase()) && !exclude.has(s) && !RE.number.test(clean)) {
      keys.add("w:" + s);
    }
  }
  flush();
  return keys;
}

/** Entities and numbers say more about a topic than a single common word. */
export function keyWeight(key: TopicKey): number {
  return key.startsWith("w:") ? 1 : 2;
}

export type Overlap = { score: number; shared: TopicKey[] };

/**
 * Weighted cosine overlap of two key sets (0..1), with the shared keys. `weight` defaults to the
 * kind of key; the history passes one that also discounts keys found in many stored statements.
 */
export function overlap(a: Iterable<TopicKey>, b: Iterable<TopicKey>, weight: (k: TopicKey) => number = keyWeight): Overlap {
  const setB = b instanceof Set ? (b as Set<TopicKey>) : new Set(b);
  let wa = 0;
  let shared = 0;
  const sharedKeys: TopicKey[] = [];
  for (const k of a) {
    const w = weight(k);
    wa += w;
    if (setB.has(k)) {
      shared += w;
      sharedKeys.push(k);
    }
  }
  let wb = 0;
  for (const k of setB) wb += weight(k);
  const score = wa === 0 || wb === 0 ? 0 : shared / Math.sqrt(wa * wb);
  return { score, shared: sharedKeys };
}
