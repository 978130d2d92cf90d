// People named in the text: every run of capitalised words that is a person's name, grouped into
// one person per individual ("Nikki R. Haley", "Ms. Haley", "Haley"), with a gender where the text
// or a title gives one. Coreference resolves speakers' surnames and pronouns against it. One pass
// over the word tokens plus passes over the (fewer) mentions: linear in the text, no rescans.
import type { Tok } from "./words";
import { countryOf, isOrgWord, isTitleWord, NOT_A_NAME, unpossessed } from "./entities";
import { partitionPoint } from "./search";
import {
  FEMALE_KIN, FEMALE_NAMES, PLACE_GIVEN_NAME, SURNAME_ORG_WORD, FEMALE_ROLE, FEMALE_TITLE, KIN, MALE_A, MALE_KIN, MALE_NAMES, MALE_ROLE, MALE_TITLE,
  MONTH_NAME, NAME_PARTICLE, NAME_SUFFIX, NOT_NAME_WORD, OBLIQUE_PREP, PLACE_HEAD, SAID_VERB, SOURCE_PERSON, TELL,
} from "./lexicon";

export type Gender = "m" | "f" | "";

export type Person = {
  id: number;
  /** fullest name the text gives ("Nikki R. Haley"), else title + surname or the surname */
  name: string;
  surname: string;
  given: string;
  gender: Gender;
  /** introduced as someone's relative ("his daughter Ivanka Trump"): a bare surname is not theirs */
  relative: boolean;
  /** only surname mentions, no full name in the text */
  surnameOnly: boolean;
  mentions: number;
  first: number;
};

export type Mention = {
  s: number;
  e: number;
  /** sentence index (Tok.si) */
  si: number;
  person: number;
  /** after a preposition or a possessive: less salient than a subject */
  oblique: boolean;
  quoted: boolean;
};

export type People = {
  persons: Person[];
  /** person mentions outside quotations, in text order */
  mentions: Mention[];
  /** the person whose name ends inside [start, end), the last such mention */
  personIn: (start: number, end: number) => Person | undefined;
  /** the word is written in lower case somewhere in the text (a common noun: "teachers") */
  common: (w: string) => boolean;
  /** the person a surname alone most likely means, if the text names one */
  bySurname: (surname: string) => Person | undefined;
  /** a person only a speaker phrase names (the people scan did not see them as a name) */
  register: (name: string, at: number) => Person;
};

/** The gender a role or kinship word gives ("spokeswoman", "father"), or "". */
export function roleWordGender(lw: string): Gender {
  if (MALE_ROLE.has(lw) || MALE_KIN.has(lw)) return "m";
  if (FEMALE_ROLE.has(lw) || FEMALE_KIN.has(lw)) return "f";
  return "";
}

export function givenNameGender(given: string): Gender {
  const g = given.toLowerCase().replace(/\.$/, "");
  if (g.length < 2) return "";
  if (MALE_NAMES.has(g) && !FEMALE_NAMES.has(g)) return "m";
  if (FEMALE_NAMES.has(g) && !MALE_NAMES.has(g)) return "f";
  if (MALE_NAMES.has(g)) return "";
  if (g.length >= 3 && g.endsWith("a") && !MALE_A.has(g)) return "f";
  return "";
}

const UPPER = /^\p{Lu}/u;
const ALL_CAPS = /^\p{Lu}{2,}$/u;
/** A capitalised word that is not all capitals ("Haley", not "NATO"); ASCII by character codes. */
const capWord = (w: string): boolean => {
  const c = w.charCodeAt(0);
  if (c < 128) {
    if (c < 65 || c > 90) return false;
    const d = w.charCodeAt(1);
    return !(d >= 65 && d <= 90) || !ALL_CAPS.test(w.replace(/[’']s$/, ""));
  }
  return UPPER.test(w) && !ALL_CAPS.test(w.replace(/[’']s$/, ""));
};
const ONE_UPPER = /^\p{Lu}$/u;
/** One upper-case letter ("R" of "Nikki R. Haley"); ASCII by character codes (tried on every token). */
const oneUpper = (w: string): boolean => {
  const c = w.charCodeAt(0);
  return c < 128 ? w.length === 1 && c >= 65 && c <= 90 : ONE_UPPER.test(w);
};
const initial = (t: Tok, next: Tok | undefined): boolean => oneUpper(t.w) && next !== undefined && /^\.\s$/.test(next.gap);
const bare = unpossessed;

/** A word of a capitalised run that makes it no person's name: an organization's or a country's word,
 *  a word names never hold, a month. (countryOf of the lower-cased word: the same look-up.) */
const notInName = (w: string): boolean => {
  const lb = bare(w).toLowerCase();
  return isOrgWord(lb) || NOT_NAME_WORD.has(lb) || countryOf(lb) !== "" || MONTH_NAME.test(w);
};

type Run = { a: number; b: number; title: string; gender: Gender; kin: boolean; oblique: boolean; role: boolean; words: string[]; s: number; e: number };

/** Title words that only modify the title after them ("former mayor", "press secretary"). */
const TITLE_MODIFIER = new Set(["former", "first", "acting", "senior", "state", "u.s", "us", "foreign", "defense", "defence", "interior", "finance", "press", "deputy", "vice", "prime", "head", "chief", "chair"]);
/** People nouns that say nothing of who a name is ("people Ann Lee", "staff …"). */
const NO_ROLE = new Set(["people", "staff", "personnel", "someone", "somebody", "ones", "man", "woman", "person", "elites", "groups"]);

/** "former mayor Rui Santos", "lawyer Ines Duarte": a lower-case title or singular people noun
 *  right before a name says a person bears it. */
const roleBeforeName = (lw: string): boolean =>
  (isTitleWord(lw) && !TITLE_MODIFIER.has(lw)) || (SOURCE_PERSON.has(lw) && !lw.endsWith("s") && !NO_ROLE.has(lw));

/** The words of a text by case, read in one pass: which tokens are capitalised words (capWord), the
 *  words written in lower case somewhere, and the capitalised words seen inside a sentence. */
type Cases = { cap: Uint8Array; lowerSeen: Set<string>; capMid: Set<string> };
function casesOf(toks: readonly Tok[]): Cases {
  const cap = new Uint8Array(toks.length);
  const lowerSeen = new Set<string>();
  const capMid = new Set<string>();
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    if (!capWord(t.w)) lowerSeen.add(t.w);
    else {
      cap[i] = 1;
      if (!t.sent) capMid.add(t.w);
    }
  }
  return { cap, lowerSeen, capMid };
}

/** Runs of capitalised tokens joined by single spaces (and initials "R."), split into title and name. */
function nameRuns(toks: readonly Tok[], { cap, lowerSeen, capMid }: Cases): Run[] {
  const out: Run[] = [];
  // (capMid: capitalised words seen inside a sentence: a sentence's first word is a name only if it
  // is not a common word the text also writes in lower case, "Teachers", "Yet")
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    if (!cap[i] && !oneUpper(t.w)) continue;
    // extend the run
    let j = i;
    while (j + 1 < toks.length) {
      const n = toks[j + 1]!;
      const cur = toks[j]!;
      const gapOk = n.gap === " " || n.gap === "\u00a0" || (initial(cur, n) && !n.sent) || (/^\p{Lu}[\p{Ll}]{0,2}$/u.test(cur.w) && /^\.\s$/.test(n.gap) && isTitleWord(cur.lw) && !n.sent);
      if (!gapOk || n.sent && j + 1 !== i) break;
      if (cur.w.endsWith("’s") || cur.w.endsWith("'s")) break;
      if (cap[j + 1] || oneUpper(n.w) || NAME_SUFFIX.test(n.w)) { j++; continue; }
      if (NAME_PARTICLE.has(n.lw) && j + 2 < toks.length && cap[j + 2] && toks[j + 2]!.gap === " ") { j++; continue; }
      break;
    }
    // split off leading non-name words and titles
    // (a word token never ends in a dot: "Gov." is "gov" here, its dot in the next gap)
    let a = i;
    let title = "";
    let gender: Gender = "";
    while (a <= j) {
      const lw = toks[a]!.lw;
      if (MALE_TITLE.has(lw) && a < j) { gender = "m"; title = toks[a]!.w; a++; continue; }
      if (FEMALE_TITLE.has(lw) && a < j) { gender = "f"; title = toks[a]!.w; a++; continue; }
      if (NOT_NAME_WORD.has(lw) || MONTH_NAME.test(toks[a]!.w)) { a++; title = ""; continue; }
      if (toks[a]!.sent && ((lowerSeen.has(lw) && !capMid.has(toks[a]!.w)) || (lw.endsWith("ly") && lw.length > 4 && !capMid.has(toks[a]!.w)))) { a++; title = ""; continue; }
      break;
    }
    // the last title, org or country word before the name ends the role ("Transport Secretary Lena Voss")
    // ("Tom House", "Ana Trust": a given name, then an organization's word that is a surname too)
    const orgSurname = j === a + 1 && SURNAME_ORG_WORD.has(toks[j]!.lw) && (MALE_NAMES.has(toks[a]!.lw) || FEMALE_NAMES.has(toks[a]!.lw)) && !PLACE_GIVEN_NAME.has(toks[a]!.lw);
    for (let k = orgSurname ? a - 1 : j - 1; k >= a; k--) {
      const lw = toks[k]!.lw;
      if (isTitleWord(lw) || isOrgWord(lw) || countryOf(lw) || NOT_A_NAME.test(toks[k]!.w)) {
        if (!title || !gender) title = toks.slice(a, k + 1).map((x) => x.w).join(" ");
        a = k + 1;
        break;
      }
    }
    const words: string[] = [];
    for (let k = a; k <= j; k++) words.push(toks[k]!.w);
    // a building, a place or an outlet named after someone is not that person ("… Church")
    const place = a <= j && j > i && PLACE_HEAD.has(bare(words[words.length - 1]!).toLowerCase());
    if (a <= j && !place && (orgSurname ? !notInName(words[0]!) : !words.some(notInName))) {
      const prev = toks[i - 1];
      const blw = prev && !t.hard ? prev.lw : "";
      // the word right before the name: a stripped lead word ("In Washington") or the text's
      const plw = a > i ? toks[a - 1]!.lw : blw;
      if (!gender) gender = roleWordGender(blw);
      // "his daughter Ivanka Trump", "her husband, Jon Doe,", "Doe's son Max Doe"
      const kin = i >= 2 && KIN.has(toks[i - 1]!.lw) && !toks[i - 1]!.hard && (/^(?:his|her|their|whose|the)$/.test(toks[i - 2]!.lw) || /[’']s$/.test(toks[i - 2]!.w));
      const oblique = OBLIQUE_PREP.has(plw);
      const role = a === i && blw !== "" && !cap[i - 1] && roleBeforeName(blw);
      out.push({ a, b: j, title, gender, kin, oblique, role, words, s: toks[a]!.s, e: toks[j]!.e });
    }
    i = j;
  }
  return out;
}

/**
 * The people of a text: its runs of capitalised words (nameRuns), read as full names first, then as
 * surnames of those (or of new people), then genders from pronouns, then their mentions in order.
 */
export function findPeople(text: string, toks: readonly Tok[]): People {
  void text;
  const cases = casesOf(toks);
  const lowerSeen = cases.lowerSeen;
  const runs = nameRuns(toks, cases);
  const ix = new PeopleIndex();
  const ofRun: (Person | undefined)[] = runs.map(() => undefined);
  readFullNames(ix, runs, ofRun, toks, lowerSeen);
  readSurnames(ix, runs, ofRun);
  gendersFromPronouns(runs, ofRun, toks);
  const mentions: Mention[] = [];
  const allEnds: { e: number; p: number }[] = [];
  runs.forEach((r, k) => {
    const p = ofRun[k];
    if (!p) return;
    allEnds.push({ e: r.e, p: p.id });
    if (toks[r.a]!.quoted) return;
    mentions.push({ s: r.s, e: r.e, si: toks[r.a]!.si, person: p.id, oblique: r.oblique, quoted: false });
  });
  const personIn = (start: number, end: number): Person | undefined => {
    // last mention ending inside [start, end]
    const lo = partitionPoint(allEnds.length, (mid) => allEnds[mid]!.e <= end);
    const m = allEnds[lo - 1];
    return m && m.e > start ? ix.persons[m.p] : undefined;
  };
  return {
    persons: ix.persons,
    mentions,
    personIn,
    common: (w: string) => lowerSeen.has(w.toLowerCase()),
    bySurname: (sur: string) => ix.surnameOf(sur),
    register: (name: string, at: number) => ix.register(name, at),
  };
}

/** The people found so far, by surname. */
class PeopleIndex {
  readonly persons: Person[] = [];
  readonly bySurname = new Map<string, Person[]>();

  add(p: Omit<Person, "id">): Person {
    // (written out, in the fields' order: a spread copies through a slower generic path)
    const x: Person = { name: p.name, surname: p.surname, given: p.given, gender: p.gender, relative: p.relative, surnameOnly: p.surnameOnly, mentions: p.mentions, first: p.first, id: this.persons.length };
    this.persons.push(x);
    const l = this.bySurname.get(x.surname.toLowerCase());
    if (l) l.push(x);
    else this.bySurname.set(x.surname.toLowerCase(), [x]);
    return x;
  }

  /** The people bearing a surname (lower-cased look-up). */
  named(sur: string): Person[] {
    return this.bySurname.get(sur.toLowerCase()) ?? [];
  }

  /** The person a surname alone most likely means, if the text names one. */
  surnameOf(sur: string): Person | undefined {
    const l = this.named(sur);
    return l.find((p) => !p.relative && !p.surnameOnly) ?? l.find((p) => !p.relative) ?? l[0];
  }

  /** A person only a speaker phrase names (the people scan did not see them as a name). */
  register(name: string, at: number): Person {
    const ws = name.split(/\s+/);
    const sur = bare(ws[ws.length - 1]!);
    const given = ws.length > 1 ? ws[0]! : "";
    const same = this.named(sur).find((p) => p.name.toLowerCase() === name.toLowerCase() || p.name.toLowerCase().endsWith(` ${name.toLowerCase()}`));
    if (same) return same;
    return this.add({ name, surname: sur, given, gender: given ? givenNameGender(given) : "", relative: false, surnameOnly: !given, mentions: 1, first: at });
  }
}

const vote = (p: Person, g: Gender): void => {
  if (g && !p.gender) p.gender = g;
};

const surOf = (words: string[]): { sur: string; given: string; suffix: string } => {
  const ws = words.map(bare);
  const suffix = ws.length > 2 && NAME_SUFFIX.test(ws[ws.length - 1]!) ? ws.pop()! : "";
  return { sur: ws[ws.length - 1]!, given: ws.length > 1 ? ws[0]! : "", suffix };
};

/** 1. Full names: two or more name words, confirmed by a title, a known given name, a gendered word
 *  before it, or the surname used alone elsewhere; longest first. A run whose given name is a common
 *  word of the text becomes a surname mention. */
function readFullNames(ix: PeopleIndex, runs: Run[], ofRun: (Person | undefined)[], toks: readonly Tok[], lowerSeen: Set<string>): void {
  const byKey = new Map<string, Person>();
  // how often each capitalised word stands alone (a surname reused: "Lindqvist said")
  const alone = new Map<string, number>();
  for (const r of runs) {
    if (r.words.length !== 1) continue;
    const w = bare(r.words[0]!);
    alone.set(w, (alone.get(w) ?? 0) + 1);
  }
  const multi = runs.map((_, k) => k).filter((k) => runs[k]!.words.length >= 2);
  multi.sort((x, y) => runs[y]!.words.length - runs[x]!.words.length || x - y);
  for (const k of multi) {
    const r = runs[k]!;
    const { sur, given, suffix } = surOf(r.words);
    if (!given || sur.length < 2) continue;
    // "Questioning Vindman", "Will Smith": a given name the text also writes in lower case is a
    // common word unless it is a known given name; the run is then a surname mention
    const gl = given.toLowerCase();
    if ((lowerSeen.has(gl) || /(?:ing|ed|ly)$/.test(gl)) && !MALE_NAMES.has(gl) && !FEMALE_NAMES.has(gl)) {
      r.words = [r.words[r.words.length - 1]!];
      r.s = toks[r.b]!.s;
      r.a = r.b;
      continue;
    }
    const full = r.words.map((w, i) => (i === r.words.length - 1 ? bare(w) : w)).join(" ");
    // "Ruiz Calder" after "Maria Ruiz Calder": the tail of a longer name is that person
    const longer = ix.named(sur).find((p) => !p.surnameOnly && p.name.endsWith(` ${full}`));
    const gg = givenNameGender(given);
    const confirmed = longer !== undefined || r.title !== "" || r.gender !== "" || gg !== "" || (alone.get(sur) ?? 0) > 0 || r.kin || r.role || /^\p{Lu}\.?$/u.test(r.words[1] ?? "");
    if (!confirmed) continue;
    const key = `${gl}|${sur.toLowerCase()}|${suffix}`;
    let p = longer ?? byKey.get(key);
    if (!p) {
      p = ix.add({ name: full, surname: sur, given, gender: "", relative: r.kin, surnameOnly: false, mentions: 0, first: r.s });
      byKey.set(key, p);
    } else if (full.split(" ").length > p.name.split(" ").length) p.name = full;
    if (!r.kin) p.relative = false;
    if (r.s < p.first) p.first = r.s;
    vote(p, r.gender || (longer ? "" : gg));
    p.mentions++;
    ofRun[k] = p;
  }
}

/** 2. Surname mentions: gendered titles first ("Ms. Haley"), then role titles, then bare surnames;
 *  each the person of that surname the text named last before it, or a new surname-only person. */
function readSurnames(ix: PeopleIndex, runs: Run[], ofRun: (Person | undefined)[]): void {
  const single = runs.map((r, k) => k).filter((k) => runs[k]!.words.length === 1);
  const rank = (k: number): number => (runs[k]!.gender ? 0 : runs[k]!.title ? 1 : 2);
  single.sort((x, y) => rank(x) - rank(y) || x - y);
  for (const k of single) {
    const r = runs[k]!;
    const sur = bare(r.words[0]!);
    if (sur.length < 2) continue;
    const cands = ix.named(sur).filter((p) => !r.gender || !p.gender || p.gender === r.gender);
    if (cands.length === 0 && !r.title && !r.gender) continue; // a capitalised word, not known as a name
    let p = surnameCandidate(r, cands);
    if (!p) {
      const roleTitle = r.title && !MALE_TITLE.has(r.title.toLowerCase().replace(/\.$/, "")) && !FEMALE_TITLE.has(r.title.toLowerCase().replace(/\.$/, ""));
      p = ix.add({ name: roleTitle ? `${r.title} ${sur}` : sur, surname: sur, given: "", gender: r.gender, relative: false, surnameOnly: true, mentions: 0, first: r.s });
    }
    vote(p, r.gender);
    p.mentions++;
    ofRun[k] = p;
  }
}

/** Of the people bearing a surname, the one a mention means (undefined: none of them). */
function surnameCandidate(r: Run, cands: Person[]): Person | undefined {
  const pick = (list: Person[]): Person | undefined => {
    if (list.length <= 1) return list[0];
    // the full name mentioned last before this mention, else the most mentioned
    const before = list.filter((p) => p.first <= r.s).sort((x, y) => y.first - x.first);
    return before[0] ?? [...list].sort((x, y) => y.mentions - x.mentions)[0];
  };
  const known = cands.filter((p) => !p.relative && !p.surnameOnly);
  const matchG = r.gender ? known.filter((p) => p.gender === r.gender) : known;
  let p = pick(matchG.length ? matchG : known);
  if (!p) p = pick(cands.filter((p) => p.surnameOnly));
  // a relative only by a title of their gender, or when no one else bears the name
  if (!p && r.gender) p = pick(cands.filter((p) => p.relative && p.gender === r.gender));
  if (!p && cands.length && cands.every((c) => c.relative) && !r.gender && !r.title && !cands.some((c) => c.gender)) p = pick(cands);
  return p;
}

/** 3. "Haley said she": the pronoun right after a saying verb that follows a name. */
function gendersFromPronouns(runs: Run[], ofRun: (Person | undefined)[], toks: readonly Tok[]): void {
  runs.forEach((r, k) => {
    const p = ofRun[k];
    if (!p || p.gender) return;
    const v = toks[r.b + 1];
    const pr = toks[r.b + 2];
    if (v && pr && SAID_VERB.has(v.lw) && !pr.hard && !v.hard) {
      // (after "told", "her" is whom they told: "Roof told her: …")
      if (pr.lw === "he" || pr.lw === "his") p.gender = "m";
      else if (pr.lw === "she" || (pr.lw === "her" && !TELL.has(v.lw))) p.gender = "f";
    }
  });
}
