// The reading report: what the reader's own history says about the news they read over the last
// day, week or month. Pure and linear in the number of statements; computed in the background from
// the local history and drawn by the reading report page (src/readingreport). Nothing leaves the browser.

export type ReadingWindow = "day" | "week" | "month";
export const WINDOW_DAYS: Record<ReadingWindow, number> = { day: 1, week: 7, month: 30 };

/** What the report reads of one stored statement. */
export type ReadingStatement = {
  url: string;
  title: string;
  readAt: number;
  /** the speaking side's display name ("" when the statement has no named side) */
  side: string;
  /** its normalised keys (name and aliases); empty for an unnamed source */
  sideKeys: string[];
  speaker: string | null;
  sourceKind: string;
  /** words of the statement's content (0 when unknown: stored before they were counted) */
  words: number;
  /** sides this statement accuses or rebuts, by display name */
  against: string[];
};

export type Count = { label: string; statements: number; words: number; articles: number };

export type ReadingFigures = {
  window: ReadingWindow;
  /** the window's bounds, ms since epoch */
  from: number;
  to: number;
  articles: number;
  statements: number;
  /** statements from unnamed or anonymous sources */
  unnamed: number;
  /** unnamed / statements (0 when there are none) */
  unnamedShare: number;
  /** voices by side, most statements first (statements without a named side are left out) */
  bySide: Count[];
  /** statements by outlet (the site's host), most first */
  byOutlet: (Count & { unnamed: number })[];
  /** named speakers, most quoted first */
  speakers: Count[];
  /** sides accused or rebutted in the window that never spoke in it */
  accusedNeverHeard: { side: string; accusations: number; articles: number }[];
  /** articles where every statement with a named side came from one side (at least MIN_ONE_SIDED of them) */
  oneSided: { url: string; title: string; outlet: string; side: string; statements: number }[];
};

/** Rows kept per list: the report is read, not searched. */
export const TOP = 10;
/** Statements with a side an article needs before "one side had all the words" means anything. */
export const MIN_ONE_SIDED = 3;

const UNNAMED_KINDS: ReadonlySet<string> = new Set(["unnamed", "anonymous"]);

/** The outlet of a page: its host without "www." (the URL itself when it does not parse). */
export function outletOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, "");
  } catch {
    return url;
  }
}

/** A side's comparison key, as the history makes them ("The Upland Growers" -> "upland growers"). */
export function sideKey(name: string): string {
  return name
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s]/gu, " ")
    .replace(/\s+/g, " ")
    .trim()
    .replace(/^the /, "");
}

type Tally = { statements: number; words: number; urls: Set<string> };
const bump = (m: Map<string, Tally>, key: string, words: number, url: string): Tally => {
  let t = m.get(key);
  if (!t) m.set(key, (t = { statements: 0, words: 0, urls: new Set() }));
  t.statements++;
  t.words += words;
  t.urls.add(url);
  return t;
};
const top = (m: Map<string, Tally>): Count[] =>
  [...m]
    .map(([label, t]) => ({ label, statements: t.statements, words: t.words, articles: t.urls.size }))
    .sort((a, b) => b.statements - a.statements || b.words - a.words || (a.label < b.label ? -1 : 1))
    .slice(0, TOP);

/** The figures for the statements read in the `window` before `now`. */
export function readingFigures(all: readonly ReadingStatement[], window: ReadingWindow, now: number): ReadingFigures {
  const from = now - WINDOW_DAYS[window] * 86_400_000;
  const bySide = new Map<string, Tally>();
  const byOutlet = new Map<string, Tally>();
  const unnamedByOutlet = new Map<string, number>();
  const speakers = new Map<string, Tally>();
  const heard = new Set<string>();
  const accused = new Map<string, { side: string; accusations: number; urls: Set<string> }>();
  const pages = new Map<string, { title: string; sides: Set<string>; sided: number; side: string }>();
  // one URL parse per page and one key per side name, not one per statement
  const outletOfUrl = new Map<string, string>();
  const keyOfSide = new Map<string, string>();
  const keyOf = (name: string): string => {
    let k = keyOfSide.get(name);
    if (k === undefined) keyOfSide.set(name, (k = sideKey(name)));
    return k;
  };
  let statements = 0;
  let unnamed = 0;
  for (const s of all) {
    if (s.readAt < from || s.readAt > now) continue;
    statements++;
    let outlet = outletOfUrl.get(s.url);
    if (outlet === undefined) outletOfUrl.set(s.url, (outlet = outletOf(s.url)));
    bump(byOutlet, outlet, s.words, s.url);
    let page = pages.get(s.url);
    if (!page) pages.set(s.url, (page = { title: s.title, sides: new Set(), sided: 0, side: "" }));
    if (UNNAMED_KINDS.has(s.sourceKind)) {
      unnamed++;
      unnamedByOutlet.set(outlet, (unnamedByOutlet.get(outlet) ?? 0) + 1);
    }
    if (s.side && s.sideKeys.length > 0) {
      bump(bySide, s.side, s.words, s.url);
      for (const k of s.sideKeys) heard.add(k);
      heard.add(keyOf(s.side));
      page.sides.add(s.side);
      page.sided++;
      page.side = s.side;
    }
    if (s.speaker && !UNNAMED_KINDS.has(s.sourceKind)) bump(speakers, s.speaker, s.words, s.url);
    for (const a of s.against) {
      const k = keyOf(a);
      let t = accused.get(k);
      if (!t) accused.set(k, (t = { side: a, accusations: 0, urls: new Set() }));
      t.accusations++;
      t.urls.add(s.url);
    }
  }
  const outlets = top(byOutlet).map((c) => ({ ...c, unnamed: unnamedByOutlet.get(c.label) ?? 0 }));
  return {
    window,
    from,
    to: now,
    articles: pages.size,
    statements,
    unnamed,
    unnamedShare: statements === 0 ? 0 : unnamed / statements,
    bySide: top(bySide),
    byOutlet: outlets,
    speakers: top(speakers),
    accusedNeverHeard: [...accused]
      .filter(([k]) => !heard.has(k))
      .map(([, t]) => ({ side: t.side, accusations: t.accusations, articles: t.urls.size }))
      .sort((a, b) => b.accusations - a.accusations || (a.side < b.side ? -1 : 1))
      .slice(0, TOP),
    oneSided: [...pages]
      .filter(([, p]) => p.sides.size === 1 && p.sided >= MIN_ONE_SIDED)
      .map(([url, p]) => ({ url, title: p.title, outlet: outletOf(url), side: p.side, statements: p.sided }))
      .sort((a, b) => b.statements - a.statements || (a.url < b.url ? -1 : 1))
      .slice(0, TOP),
  };
}

const csvCell = (v: string | number): string => {
  const s = String(v);
  // a cell starting with = + - @ is a formula to a spreadsheet: quote it as text
  const safe = /^[=+\-@\t\r]/.test(s) ? "'" + s : s;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
};

/** The figures as CSV: one row per figure, section first. */
export function figuresCsv(f: ReadingFigures): string {
  const rows: (string | number)[][] = [["section", "label", "statements", "words", "articles", "extra"]];
  rows.push(["window", f.window, f.statements, "", f.articles, `${new Date(f.from).toISOString()}..${new Date(f.to).toISOString()}`]);
  rows.push(["unnamed sources", "share", f.unnamed, "", "", f.unnamedShare.toFixed(4)]);
  for (const c of f.bySide) rows.push(["side", c.label, c.statements, c.words, c.articles, ""]);
  for (const c of f.byOutlet) rows.push(["outlet", c.label, c.statements, c.words, c.articles, `unnamed ${c.unnamed}`]);
  for (const c of f.speakers) rows.push(["speaker", c.label, c.statements, c.words, c.articles, ""]);
  for (const a of f.accusedNeverHeard) rows.push(["accused, never heard", a.side, "", "", a.articles, `accusations ${a.accusations}`]);
  for (const o of f.oneSided) rows.push(["one side only", o.title || o.url, o.statements, "", 1, `${o.side} (${o.outlet})`]);
  return rows.map((r) => r.map(csvCell).join(",")).join("\n") + "\n";
}

export type ReadingResponse = { enabled: false } | { enabled: true; figures: ReadingFigures };
