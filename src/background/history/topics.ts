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
  /** an opening quote or colon just before a word: it starts a sentence of its own */
  quoteOpen: /[“"‘:]\s*$/,
  compound: /[-–]/,
  oneSpace: /^ ?$/,
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

const NAME_WORD = /[\p{L}\p{N}]+/gu;

/**
 * The words of nameKey(name) (its lower-case letter and digit runs, a leading "the" dropped), read
 * in one pass: a page can name tens of thousands of speakers and sides.
 */
function nameWords(name: string): string[] {
  const words = name.toLowerCase().match(NAME_WORD) ?? [];
  if (words.length > 1 && words[0] === "the") words.shift();
  return words;
}

/** Words of names, stemmed, to drop from topic keys: parties say who, topics say what. */
export function excludedWords(names: Iterable<string>): Set<string> {
  const out = new Set<string>();
  // names share most of their words ("Party", a surname): each word stemmed once
  const seen = new Set<string>();
  for (const n of names) {
    for (const w of nameWords(n)) {
      if (seen.has(w)) continue;
      seen.add(w);
      out.add(stem(w));
    }
  }
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
// `b` of overlap() is often the same statement's keys against thousands of records: its set and
// total weight are kept per object (keys are never changed once made, see profile.ts).
const setOf = new WeakMap<object, Set<TopicKey>>();
const totalOf = new WeakMap<object, { weight: (k: TopicKey) => number; total: number }>();

export function overlap(a: Iterable<TopicKey>, b: Iterable<TopicKey>, weight: (k: TopicKey) => number = keyWeight): Overlap {
  let setB = b instanceof Set ? (b as Set<TopicKey>) : setOf.get(b);
  if (!setB) setOf.set(b, (setB = new Set(b)));
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
  const cached = totalOf.get(b);
  let wb = cached?.weight === weight ? cached.total : 0;
  if (cached?.weight !== weight) {
    for (const k of setB) wb += weight(k);
    totalOf.set(b, { weight, total: wb });
  }
  const score = wa === 0 || wb === 0 ? 0 : shared / Math.sqrt(wa * wb);
  return { score, shared: sharedKeys };
}

// ---- story keys: what an article as a whole is about ------------------------------------------

// Titles and roles in front of names ("Deputy minister Paul Arnaud"), newsroom furniture and month
// abbreviations: capitalised, but not what a story is about.
const NOT_STORY = new Set(
  `president vice ambassador secretary minister prime senator sen rep gov governor chairman chairwoman
  chair chief executive officer director spokesman spokeswoman spokesperson general attorney judge
  deputy former acting councillor councilman councilwoman mayor lawmaker king queen prince princess
  pope sir lord lady professor prof dr mr mrs ms miss jan feb mar apr jun jul aug sep sept oct nov dec
  photo image images video getty copyright reporting editing writing read watch subscribe advertisement
  related share email print live update updated breaking exclusive opinion analysis
  ceo cfo coo cto inc corp co ltd llc plc`.split(/\s+/).filter(Boolean),
);

/** Small words inside a name, between two capitalised words. */
const NAME_JOINERS = new Set(["of", "for", "de", "del", "da", "van", "von", "al", "bin"]);

/** Story keys are prefixed s: and hold one name word, lower case, not stemmed ("s:sondland", "s:corran"). */
const storyKey = (w: string): TopicKey => "s:" + w;

/** Most story keys kept per article: its main names, not every name it mentions once. */
export const STORY_KEYS = 30;

/** An article's story keys, and for each the key standing for the whole name it is part of. */
export type StoryNames = { keys: TopicKey[]; head: ReadonlyMap<TopicKey, TopicKey> };

/**
 * The names an article is about (people, organisations, places, named events), one key per name
 * word so "Vera Lindqvist", "Lindqvist" and "Ambassador Lindqvist" meet, most mentioned first.
 * A capitalised word counts as a name when the article never writes it in lower case and shows it
 * capitalised somewhere other than a sentence start (or in the headline); a name that opens a
 * sentence still counts then. Headline words weigh extra. Party and speaker names are kept: who
 * is in a story is part of what it is. `head` joins the words of one name: a word the article
 * never writes without another ("Pharma" of "Larkspur Pharma") has that one as its head, so two
 * articles sharing one two-word name share one name, not two.
 */
export function storyNames(title: string, text: string): StoryNames {
  // A look-up profiles the article (its story keys) and then matches stories on the same text.
  if (last && last.title === title && last.text === text) return last.names;
  const names = computeStoryNames(title, text);
  last = { title, text, names };
  return names;
}

let last: { title: string; text: string; names: StoryNames } | null = null;

/** Longest run of capitalised words whose words are told apart as partners (see computeStoryNames). */
const MAX_NAME_RUN = 8;

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/uy;
/** The length in code units (1 or 2) of the letter or digit at `i` ([\p{L}\p{N}]), or 0 for none. */
export function letterOrDigitAt(s: string, i: number): number {
  const c = s.charCodeAt(i);
  if (c < 128) return (c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122) ? 1 : 0;
  LETTER_OR_DIGIT.lastIndex = i;
  return LETTER_OR_DIGIT.test(s) ? LETTER_OR_DIGIT.lastIndex - i : 0;
}
/** The length in code units of the code point at `i` (a surrogate pair is one, as the u flag reads it). */
export function codeUnitsAt(s: string, i: number): number {
  const c = s.charCodeAt(i);
  if (c < 0xd800 || c > 0xdbff) return 1;
  const d = s.charCodeAt(i + 1);
  return d >= 0xdc00 && d <= 0xdfff ? 2 : 1;
}

/**
 * The end of RE.token's match at `p`, where a letter or digit `w` code units long starts: the
 * longest run of letters, digits and ' ’ . - that ends with a letter or digit.
 */
export function tokenEnd(s: string, p: number, w: number): number {
  let end = p + w;
  for (let q = end; q < s.length; ) {
    const c = s.charCodeAt(q);
    if (c === 39 || c === 0x2019 || c === 46 || c === 45) {
      q++;
      continue;
    }
    const w2 = letterOrDigitAt(s, q);
    if (w2 === 0) break;
    q += w2;
    end = q;
  }
  return end;
}

function computeStoryNames(title: string, text: string): StoryNames {
  const all = title + "\n" + text;
  const titleEnd = title.length;
  const count = new Map<string, number>();
  const mid = new Set<string>();
  const lower = new Set<string>();
  const inTitle = new Set<string>();
  // The words each name word was always written with ("Calloway" in "Calloway Textiles" and alone).
  const partners = new Map<string, Set<string>>();
  let run: string[] = [];
  const flush = (): void => {
    // A run longer than any name ("Name Name Name …" over a whole page) partners nothing: this
    // keeps the pass linear on adversarial text (each word of a run would scan the whole run).
    const long = run.length > MAX_NAME_RUN;
    for (const w of run) {
      const p = partners.get(w);
      // (a word is never its own partner: its partners are kept while the run holds them too)
      if (!p) partners.set(w, long ? new Set() : new Set(run.filter((x) => x !== w)));
      else if (long) p.clear();
      else for (const x of p) if (!run.includes(x)) p.delete(x);
    }
    run = [];
  };
  let prevEnd = 0;
  let i = 0;
  // RE.token's matches, read by hand: a match object per word of a 2 MB page was most of this pass
  const n = all.length;
  for (let p = 0; p < n; ) {
    const w = letterOrDigitAt(all, p);
    if (w === 0) {
      p += codeUnitsAt(all, p);
      continue;
    }
    const at = p;
    const end = tokenEnd(all, p, w);
    p = end;
    const tok = all.slice(at, end);
    // (most words follow one plain space: no sentence break, no quote, the run goes on)
    const oneSpace = at === prevEnd + 1 && all.charCodeAt(prevEnd) === 32;
    const between = oneSpace ? " " : all.slice(prevEnd, at);
    const sentenceStart = i++ === 0 || (!oneSpace && (RE.sentenceBreak.test(between) || RE.quoteOpen.test(between)));
    if (!oneSpace && !RE.oneSpace.test(between)) flush();
    prevEnd = at + tok.length;
    // "U.S.-China" and "Lindqvist’s": the parts of a compound, without the possessive (a token
    // starts and ends with a letter or digit: only a part of a compound has punctuation at its edges)
    const compound = RE.compound.test(tok);
    for (const part of compound ? tok.split(RE.compound) : [tok]) {
      const bare = compound ? part.replace(RE.punctEdges, "") : part;
      const clean = bare.includes("'") || bare.includes("’") ? bare.replace(RE.possessive, "") : bare;
      if (clean.length < 2 || RE.number.test(clean)) continue;
      const key = clean.toLowerCase();
      if (!RE.capital.test(clean)) {
        // "Ministry of Water Resources", "Bank for International Settlements": one name
        if (NAME_JOINERS.has(key) && run.length > 0) continue;
        flush();
        if (!STOP.has(key)) lower.add(key);
        continue;
      }
      if (STOP.has(key) || NOT_STORY.has(key)) {
        flush();
        continue;
      }
      if (at < titleEnd) {
        inTitle.add(key);
        continue;
      }
      run.push(key);
      count.set(key, (count.get(key) ?? 0) + 1);
      if (!sentenceStart) mid.add(key);
    }
  }
  flush();
  const isName = (w: string): boolean => !lower.has(w) && (mid.has(w) || inTitle.has(w));
  const scored: [string, number][] = [];
  for (const [w, n] of count) if (isName(w)) scored.push([w, n + (inTitle.has(w) ? 2 : 0)]);
  scored.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const kept = scored.slice(0, STORY_KEYS).map(([w]) => w);
  const keptSet = new Set(kept);
  // head: the most mentioned kept word this one was always written with (itself if none)
  const head = new Map<TopicKey, TopicKey>();
  for (const w of kept) {
    let h = w;
    for (const v of partners.get(w) ?? []) {
      if (!keptSet.has(v)) continue;
      const cv = count.get(v) ?? 0;
      const ch = count.get(h) ?? 0;
      if (cv > ch || (cv === ch && v < h)) h = v;
    }
    head.set(storyKey(w), storyKey(h));
  }
  return { keys: kept.map(storyKey), head };
}

/** The story keys of an article (see storyNames). */
export function storyKeys(title: string, text: string): TopicKey[] {
  return storyNames(title, text).keys;
}
