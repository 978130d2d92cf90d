// Who a source phrase is: a person (with role and affiliation), an organization (with acronym,
// head word and country), a country, a pronoun or a description; and the small tables that map
// demonyms, capitals and acronyms to countries. Pure string work; it must never guess a name
// that is not written in the text.
import type { LoadedWord } from "./types";
import type { Tok } from "./words";
import { isPersonNoun } from "./lexicon";
import {
  COUNTRY_FORMS, DESCRIPTORS, DETERMINER, FEMALE_NAMES, MALE_NAMES, INSTITUTION_COUNTRY, LEX, NAME_LINK, NOT_MEMBER_BEFORE, NOUN_DESCRIPTORS, ORG_WORDS, PLACE_GIVEN_NAME, SURNAME_ORG_WORD, OUTLET_WORD, PAST_FORM, PHRASE_STOP, PLACE_HEAD, PRONOUN_OF, STATE_ORG, TITLE_WORD,
} from "./lexicon";

export type PhraseKind = "person" | "surname" | "org" | "country" | "pronoun" | "def-desc" | "indef-desc" | "other";

export type PhraseInfo = {
  kind: PhraseKind;
  /** canonical name: "Igor Konashenkov", "Syrian Observatory for Human Rights", "Russia" */
  name: string;
  /** role words before a person's name: "Defense Ministry spokesman Major General" */
  role: string;
  /** organization named in a person's role ("Defense Ministry") */
  affiliation: string;
  acronym: string;
  /** lower-case head noun of an organization or description ("ministry", "observatory") */
  head: string;
  /** country the phrase belongs to, from a demonym or country name ("Russian" -> "Russia") */
  country: string;
  pronoun: "he" | "she" | "it" | "they" | "we" | "i" | "";
  /** loaded descriptors written in the phrase ("so-called", "shadowy") */
  descriptors: string[];
};

export const institutionCountry = (name: string): string => INSTITUTION_COUNTRY.find(([n]) => n === name.toLowerCase())?.[1] ?? "";

const COUNTRY = new Map<string, string>();
for (const [name, forms] of COUNTRY_FORMS) for (const f of forms) COUNTRY.set(f, name);

/** Country for a word or short phrase ("Russian" -> "Russia"), or "". */
/** A word without its possessive "'s" / "’s" (as /[’']s$/ removes it, with no regular expression: this runs per word). */
export const unpossessed = (l: string): string => {
  const n = l.length;
  return n >= 2 && l.charCodeAt(n - 1) === 115 && (l.charCodeAt(n - 2) === 39 || l.charCodeAt(n - 2) === 0x2019) ? l.slice(0, -2) : l;
};
export const countryOf = (w: string): string => COUNTRY.get(unpossessed(w.toLowerCase())) ?? "";

const ALIASES_OF = new Map<string, string[]>();
for (const [name, forms] of COUNTRY_FORMS) if (!ALIASES_OF.has(name)) ALIASES_OF.set(name, forms);
export const COUNTRY_ALIASES = (name: string): string[] => ALIASES_OF.get(name) ?? [];

export const isOrgWord = (lw: string): boolean => ORG_WORDS.has(lw);
export const isTitleWord = (lw: string): boolean => TITLE_WORD.has(lw);

const DESCRIPTOR_RE = new RegExp(`(?<![\\p{L}-])(?:${DESCRIPTORS.map((d) => d.replace(/-/g, "[-‐]")).join("|")})(?![\\p{L}-])`, "giu");


/** Every loaded descriptor in `text` with the noun phrase it frames, in text order. It reads the
 *  word tokens enrichment has already made (src/core/words.ts): a descriptor is one of them, and
 *  the framed phrase runs over its neighbours as long as only spaces separate them. */
export function loadedWordsIn(text: string, toks: readonly Tok[]): LoadedWord[] {
  const out: LoadedWord[] = [];
  // only spaces before token j (a line break or punctuation ends the phrase)
  const spaced = (j: number): boolean => /^[ \t\u00a0]+$/.test(toks[j]!.gap);
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    if (!(t.lex & LEX.DESCRIPTOR)) continue; // (in DESCRIPTORS)
    let ps = t.s;
    let pe = t.e;
    if (NOUN_DESCRIPTORS.has(t.lw)) {
      // preceding capitalised modifiers and a determiner: "the Syrian regime", "Kremlin propaganda"
      let k = i;
      while (k > 0 && spaced(k) && toks[k - 1]!.s >= t.s - 80 && /^\p{Lu}/u.test(toks[k - 1]!.w)) k--;
      if (k > 0 && spaced(k) && toks[k - 1]!.s >= t.s - 80 && DETERMINER.test(toks[k - 1]!.w)) k--;
      ps = toks[k]!.s;
    } else {
      // a determiner right before it, one space away
      if (i > 0 && toks[i]!.gap.length === 1 && spaced(i) && DETERMINER.test(toks[i - 1]!.w)) ps = toks[i - 1]!.s;
      // following words up to a stop word, punctuation or eight words
      const seen: Tok[] = [];
      for (let k = i + 1; k < toks.length && spaced(k) && toks[k]!.e <= t.e + 120; k++) {
        const a = toks[k]!;
        if (PHRASE_STOP.has(a.lw) || (a.lw.endsWith("ed") && !/^\p{Lu}/u.test(a.w) && seen.length > 0) || PAST_FORM.has(a.lw) || seen.length >= 8) break;
        // a determiner not after "of"/"for" opens the next noun phrase: the word before it was a verb
        if (DETERMINER.test(a.w) && seen.length > 0 && !/^(?:of|for)$/i.test(seen[seen.length - 1]!.w)) {
          seen.pop();
          break;
        }
        seen.push(a);
      }
      if (seen.length) pe = seen[seen.length - 1]!.e;
      // "of"/"for" may not end the phrase
      const cut = /\s+(?:of|for)$/i.exec(text.slice(ps, pe));
      if (cut) pe = ps + cut.index;
    }
    out.push({ word: { start: t.s, end: t.e, text: text.slice(t.s, t.e) }, phrase: { start: ps, end: pe, text: text.slice(ps, pe) } });
  }
  return out;
}

export function descriptorsIn(s: string): string[] {
  const out: string[] = [];
  DESCRIPTOR_RE.lastIndex = 0;
  for (let m = DESCRIPTOR_RE.exec(s); m !== null; m = DESCRIPTOR_RE.exec(s)) {
    const d = m[0].toLowerCase().replace(/‐/g, "-");
    if (!out.includes(d)) out.push(d);
  }
  return out;
}

const WORD = /[\p{L}\p{N}]+(?:['’.\-&][\p{L}\p{N}]+)*\.?/gu;
/** The same words when the text has no letter or digit beyond ASCII (most English news): a far cheaper match. */
const WORD_ASCII = /[A-Za-z0-9]+(?:['’.\-&][A-Za-z0-9]+)*\.?/g;
const BEYOND_ASCII_LETTER = /[\u00aa-\u1fff\u2070-\uffff]/; // the General Punctuation block (quotes, dashes) holds no letter
const words = (s: string): string[] => s.match(BEYOND_ASCII_LETTER.test(s) ? WORD : WORD_ASCII) ?? [];
const UPPER = /^\p{Lu}/u;
const capital = (w: string): boolean => {
  const c = w.charCodeAt(0);
  return c < 128 ? c >= 65 && c <= 90 : UPPER.test(w);
};
const ALL_CAPS = /^[\p{Lu}]{2,6}$/u;
/** Two to six capitals ("NATO"); ASCII by character codes. */
const allCaps = (w: string): boolean => {
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c >= 128) return ALL_CAPS.test(w);
    if (c < 65 || c > 90) return false;
  }
  return w.length >= 2 && w.length <= 6;
};
/** A word without one final full stop (as /\.$/ removes it). */
const noDot = (w: string): string => (w.endsWith(".") ? w.slice(0, -1) : w);

// Phrases repeat within and across articles ("he", "officials"). Within one analysis the cache
// holds every phrase of it: coreference, parties and disputes describe the same sources in turn,
// and a cache emptied whenever it held a few thousand made every look-up on a page with tens of
// thousands of speakers a miss. Between analyses it keeps at most a few thousand (trimPhraseCache),
// so a long-lived page never grows it without bound; PHRASE_CACHE_MAX bounds one analysis.
const phraseCache = new Map<string, PhraseInfo>();
const PHRASE_CACHE_KEEP = 5000;
const PHRASE_CACHE_MAX = 250_000;
export const clearPhraseCache = (): void => phraseCache.clear();
/** After an analysis: empty the cache when that analysis left more than a few thousand phrases. */
export const trimPhraseCache = (): void => {
  if (phraseCache.size > PHRASE_CACHE_KEEP) phraseCache.clear();
};

/** Describe a source phrase as written ("The so-called Coastal Monitoring Group (CMG)"). */
/** Capitalized words that are never part of a person's name: abstract nouns of office, party labels. */
export const NOT_A_NAME = /^(?:\p{Lu}\p{Ll}+(?:tion|sion|ment|ship|ism)|Republicans?|Democrats?|Democratic)$/u;

export function describePhrase(raw: string): PhraseInfo {
  const hit = phraseCache.get(raw);
  if (hit) return copyInfo(hit);
  const info = describeUncached(raw);
  if (phraseCache.size >= PHRASE_CACHE_MAX) phraseCache.clear();
  phraseCache.set(raw, info);
  return copyInfo(info);
}

/** A copy of a description the caller may change, its fields written out in their order (as
 *  describeUncached makes them): a spread copies through a slower generic path, and this runs per
 *  phrase asked. */
const copyInfo = (x: PhraseInfo): PhraseInfo => ({
  kind: x.kind, name: x.name, role: x.role, affiliation: x.affiliation, acronym: x.acronym, head: x.head, country: x.country, pronoun: x.pronoun,
  descriptors: [...x.descriptors],
});

/** Capitals with dots, "U.S.", "U.N.": a country or body, not a person's title. */
const ABBREVIATION = /^(?:\p{Lu}\.?){2,}$/u;

const isTitleOrRole = (w: string): boolean => TITLE_WORD.has(noDot(w.toLowerCase())) || isPersonNoun(w.toLowerCase());

/** A phrase whose first "of", "from", "at" or "with" follows two capitalised words. */
const NAME_THEN_LINK = /^(.*?\p{Lu}[\p{L}’'.-]*\s+\p{Lu}[\p{L}’'.-]*)\s+(of|from|at|with)\s+(.+)$/u;

/** Whether a phrase ends in two words that can be a person's given name and surname (no title,
 *  organization or country word: "Bank of …", "Secretary of State …" are not names). */
function nameWords(phrase: string): boolean {
  const ws = phrase.split(/\s+/);
  if (ws.length < 2) return false;
  // (an organization's own name is no person's: "the Attorney’s Office for the Western District")
  if (ws.some((w) => ORG_WORDS.has(w.toLowerCase()) || /^(?:of|for|the|and|in)$/.test(w))) return false;
  return ws.slice(-2).every((w) => nameWord(w) && !PLACE_HEAD.has(w.toLowerCase()));
}

/** Where the run of name words that ends before index end starts (end when there is none). */
function nameRunStart(ws: readonly string[], end: number): number {
  let k = end;
  while (k > 0 && nameWord(ws[k - 1]!)) k--;
  return k;
}

/** A common given name (lower case), from the lexicon's short lists. */
const isGivenName = (lw: string): boolean => MALE_NAMES.has(lw) || FEMALE_NAMES.has(lw);

/** A word that can be part of a person's name: capitalised, and no title, organization word,
 *  country, acronym or abstract noun. */
function nameWord(w: string): boolean {
  return capital(w) && !TITLE_WORD.has(noDot(w.toLowerCase())) && !ORG_WORDS.has(w.toLowerCase()) && !countryOf(w) && !allCaps(w) && !NOT_A_NAME.test(w);
}

/** A US party tag after a lawmaker's name: "(R-Texas)", "(D-N.Y.)", "(I-Vt.)", "(R)". */
const PARTY_TAG = /\s*\(([RDI])(?:[-–]\s?[\p{Lu}][\p{L}. ]{0,20})?\)/u;

/** An apposition that says the name is a business or a body ("a drug maker", "the retailer",
 *  "a chipmaker based in Taipei"): the noun heads it, with at most three words before. */
const BUSINESS_APPOS = /^\s*(?:an?|the|one\s+of\s+the)\s+(?:(?!(?:for|of|at|with|to|the|an?|and|in|on|from|by)\s)[\p{L}\d’'-]+\s+){0,3}?(company|firm|maker|chipmaker|automaker|carmaker|drugmaker|steelmaker|planemaker|toymaker|manufacturer|producer|retailer|supplier|lender|bank|insurer|carrier|airline|operator|developer|startup|start-up|distributor|publisher|broadcaster|chain|conglomerate|subsidiary|nonprofit|charity|fund|utility|exporter|contractor|consultancy)(?:$|\s+(?:based|in|at|that|which|from|of|with|owned|founded|headquartered|known|whose)\b)/u;

/** "Belmont Bio, a drug maker": a name of capitalised words whose apposition says it is a
 *  business is that organization (not a person, whatever its words look like). */
function describedAsBusiness(info: PhraseInfo, body: string[], appos: string): boolean {
  const m = BUSINESS_APPOS.exec(appos);
  if (!m || !body.every((w) => capital(w)) || isGivenName(body[0]!.toLowerCase())) return false;
  info.kind = "org";
  info.name = body.join(" ");
  info.head = m[1]!;
  return true;
}

/** "a group calling itself Gulls Forever", "a coalition known as the Clean Harbor Alliance": the
 *  organization the phrase names after the naming verb. */
const NAMED_GROUP = /^(?:(?:[Aa]n?|[Tt]he)\s+)?(?:[\p{Ll}’'-]+\s+){0,3}?(group|organi[sz]ation|coalition|movement|network|association|alliance|collective|campaign|faction|militia|charity|club|outfit|body|union|society|front|committee)\s+(?:calling\s+(?:itself|themselves)|that\s+calls\s+itself|called|named|known\s+as)\s+(?:the\s+)?(\p{Lu}[\p{L}\p{N}’'&.-]*(?:\s+(?:of|for|and|the|\p{Lu}[\p{L}\p{N}’'&.-]*))*)$/u;

function namedGroup(info: PhraseInfo, phrase: string): boolean {
  const m = NAMED_GROUP.exec(phrase);
  if (!m) return false;
  info.kind = "org";
  info.head = m[1]!.toLowerCase();
  info.name = m[2]!;
  return true;
}

function describeUncached(raw: string): PhraseInfo {
  const info: PhraseInfo = {
    kind: "other", name: "", role: "", affiliation: "", acronym: "", head: "", country: "", pronoun: "",
    descriptors: descriptorsIn(raw),
  };
  const { phrase, appos, tag } = bareName(raw, info);
  if (namedGroup(info, phrase)) return info;
  const ws = words(phrase);
  if (ws.length === 0) return info;
  const lw0 = ws[0]!.toLowerCase();
  if (ws.length === 1 && PRONOUN_OF[lw0]) {
    info.kind = "pronoun";
    info.pronoun = PRONOUN_OF[lw0]!;
    return info;
  }
  // ("Some Democrats", "Many residents": a quantifier opens a description, as an article does)
  const det = /^(?:the|a|an|this|that|these|those|some|many|several|two|three|four|five|six|seven|eight|nine|ten|\d+)$/i.test(ws[0]!) && ws.length > 1 ? ws[0]!.toLowerCase() : "";
  const body = det ? ws.slice(1) : ws;
  if (body.length === 0) return info;
  const joined = body.join(" ");
  const c = countryOf(joined);
  if (c && !det) {
    info.kind = "country";
    info.name = c;
    info.country = c;
    return info;
  }
  info.country = countryWithin(body, joined);
  const hasOrgWord = body.some((w) => ORG_WORDS.has(w.toLowerCase()));
  if (describedAsBusiness(info, body, appos) || givenNameThenOrgWord(info, body, det, appos) || asPartyMembers(info, body) || asGroupOfPeople(info, body, det) || asPerson(info, body, det, appos, tag, hasOrgWord) || asOrganization(info, body, det, joined, hasOrgWord)) return info;
  const lastLw = noDot(body[body.length - 1]!.toLowerCase());
  info.kind = det === "the" && capital(body[0]!) && body.length === 1 ? "def-desc" : det === "a" || det === "an" ? "indef-desc" : det ? "def-desc" : "other";
  info.head = lastLw;
  info.name = joined;
  return info;
}

/** The phrase as a name: without the apposition or relative clause after it, a party tag, an
 *  acronym in parentheses (kept in info) and loaded descriptors; the apposition and the tag
 *  separately, for the affiliation. */
function bareName(raw: string, info: PhraseInfo): { phrase: string; appos: string; tag: RegExpExecArray | null } {
  let p = raw.trim();
  // A relative clause or apposition after the name is about it, not part of it.
  // "Ines Farouk, a senior analyst at Meridian Risk": the apposition says who the name works for
  const comma = p.indexOf(",");
  let appos = comma > 0 ? p.slice(comma + 1) : "";
  if (comma > 0) p = p.slice(0, comma);
  // "Chief inspector Dana Morrow of the county police", "Tom Reyes at Halcyon Capital": a name
  // then where the person works reads like the name with an apposition
  const linked = NAME_THEN_LINK.exec(p);
  if (linked && nameWords(linked[1]!)) {
    // (where they work says their side; where they come from, "of Ohio", does not)
    const rest = linked[3]!;
    if (/^the\s/i.test(rest) || words(rest).some((w) => ORG_WORDS.has(w.toLowerCase()))) appos = ` ${linked[2]!} ${rest}${appos ? `, ${appos}` : ""}`;
    p = linked[1]!;
  }
  p = p.replace(/\s+(?:which|who)\s.*$/is, "");
  // "Sen. Jo Hart (R-Ohio)", "Rep. Al Ruiz (D-N.Y.)": the party tag is no part of the name, and says
  // the party as "Republican Sen. Jo Hart" would
  const tag = PARTY_TAG.exec(p);
  if (tag) p = (p.slice(0, tag.index) + p.slice(tag.index + tag[0].length)).trim();
  const acr = /\(([\p{Lu}][\p{Lu}\p{N}&-]{1,9})\)/u.exec(p);
  if (acr) {
    info.acronym = acr[1]!;
    p = (p.slice(0, acr.index) + p.slice(acr.index + acr[0].length)).trim();
  }
  // (a descriptor in the phrase left here is one in the phrase as written, unless cutting out the
  // acronym joined two parts: most phrases hold none, and the scan is spared)
  if (acr || info.descriptors.length > 0) p = p.replace(DESCRIPTOR_RE, " ");
  return { phrase: p.replace(/\s+/g, " ").trim(), appos, tag };
}

/** The country a phrase names inside it ("the Russian ministry"), or "". */
function countryWithin(body: string[], joined: string): string {
  for (const w of body) {
    const cc = countryOf(noDot(w));
    if (cc) return cc;
  }
  const m = /\b(united states|united kingdom|north korea|south korea|saudi arabia|european union)\b/i.exec(joined);
  return m ? countryOf(m[1]!) : "";
}

/** "Tom House", "Ana Trust": a common given name, then an organization's word that is a surname
 *  too (SURNAME_ORG_WORD), is a person; not a place's body ("Victoria Court"). */
function givenNameThenOrgWord(info: PhraseInfo, body: string[], det: string, appos: string): boolean {
  if (det || body.length !== 2 || !capital(body[1]!) || !SURNAME_ORG_WORD.has(body[1]!.toLowerCase())) return false;
  const lw = body[0]!.toLowerCase();
  if (!isGivenName(lw) || PLACE_GIVEN_NAME.has(lw) || countryOf(body[0]!)) return false;
  info.kind = "person";
  info.name = body.join(" ");
  info.affiliation = apposAffiliation(appos);
  info.country = countryIn(appos);
  return true;
}

/** "Republicans on the council", "Democrats": a party's members, a group headed by that word
 *  (not the body they sit on). */
function asPartyMembers(info: PhraseInfo, body: string[]): boolean {
  if (!/^(?:Democrats|Republicans)$/.test(body[0]!)) return false;
  info.head = body[0]!.toLowerCase();
  info.name = body.join(" ");
  return true;
}

/** "People close to Ms. Haley", "aides to Senator Ruiz": a group described by a person, not the
 *  person. (Not a title before a name: "Chief inspector Dana Morrow", "Senior analyst Tom Reyes".) */
function asGroupOfPeople(info: PhraseInfo, body: string[], det: string): boolean {
  if (!(body.length >= 3 && isPersonNoun(body[0]!.toLowerCase()) && /^\p{Ll}/u.test(body[1]!) && !ORG_WORDS.has(body[0]!.toLowerCase()) && !(isTitleOrRole(body[1]!) && capital(body[2]!)))) return false;
  info.kind = det === "a" || det === "an" ? "indef-desc" : det ? "def-desc" : "other";
  info.head = body[0]!.toLowerCase();
  info.name = body.join(" ");
  return true;
}

/** A person: the phrase ends in a run of capitalized words that are neither titles nor org words,
 *  with role words before it or alone; or a bare surname. */
function asPerson(info: PhraseInfo, whole: string[], det: string, appos: string, tag: RegExpExecArray | null, hasOrgWord: boolean): boolean {
  let body = whole;
  // (an office's or a party's word ends the name: "Director of Public Prosecution Jo Hart", "Ohio Republican Jo Hart")
  let k = nameRunStart(body, body.length);
  // "Department of Harbor Works", "Institute for Coastal Studies": a run after an
  // organization's word and "of"/"for" ends the organization's name; it is no person's.
  if (k > 0 && hasOrgWord && /^(?:of|for|a|an|the|and|on)$/.test(body[k - 1]!)) return false;
  // "Tomas Lind in Narvik", "our reporter Ana Ruiz at Kessel Wharf": the place after a full name
  // is where the person is, not who.
  if (k > 1 && /^(?:in|at|from)$/.test(body[k - 1]!)) {
    const k2 = nameRunStart(body, k - 1);
    if (k - 1 - k2 >= 2) {
      body = body.slice(0, k - 1);
      k = k2;
    }
  }
  // (a capitalised run right after an article is the object of the words before it, not a name
  // after a role: "soldiers stationed there during the Winter War", "fans at the Harbor Cup"; a known
  // given name and a surname at its end are a person's, "Counsel for the Harbor District Mia Lund")
  const afterArticle = k > 0 && /^(?:the|a|an)$/i.test(body[k - 1]!);
  if (afterArticle && body.length - k >= 3 && isGivenName(body[body.length - 2]!.toLowerCase())) k = body.length - 2;
  const nameRun = body.slice(k);
  // (after an article, a full name right after a person's role: "the agency’s director Dana Ruiz";
  // not an outlet's name, "the newspaper Harbor Daily News", a body's, "The U.S. Harbor Survey", nor
  // the name in a phrase about something else, "a panel appointed by Governor Dana Ruiz")
  const roleThenName =
    det !== "" && k > 0 && nameRun.length >= 2 && isTitleOrRole(body[k - 1]!) && !OUTLET_WORD.test(body[k - 1]!) && !ABBREVIATION.test(body[k - 1]!) &&
    !body.slice(0, k).some((w) => NAME_LINK.test(w)) && !/^the$/i.test(nameRun[0]!) && !nameRun.some((w) => ORG_WORDS.has(w.toLowerCase()));
  if (nameRun.length >= 1 && k > 0 && (!det || roleThenName) && !/^(?:the|a|an)$/i.test(body[k - 1]!)) {
    // "Defense Ministry spokesman Igor Konashenkov": role words, then the name
    info.kind = nameRun.length >= 2 ? "person" : "surname";
    info.name = nameRun.join(" ");
    info.role = body.slice(0, k).join(" ");
    info.affiliation = affiliationOf(body.slice(0, k)) || politicalParty(info.role) || apposAffiliation(appos) || politicalParty(appos.split(/\s(?:for|of|at|with|in|under|since|from)\s/)[0]!);
    if (!info.affiliation && tag) info.affiliation = tag[1] === "R" ? "Republican Party" : tag[1] === "D" ? "Democratic Party" : "";
    if (!info.country && appos) info.country = countryIn(appos);
    if (nameRun.length === 1 && !body.slice(0, k).some((w) => TITLE_WORD.has(noDot(w.toLowerCase())))) info.kind = "other";
    else return true;
  }
  if (nameRun.length >= 2 && k === 0 && !det && !hasOrgWord) {
    info.kind = "person";
    info.name = nameRun.join(" ");
    info.affiliation = apposAffiliation(appos);
    info.country = countryIn(appos);
    return true;
  }
  const last = body[body.length - 1]!;
  if (nameRun.length === 1 && body.length === 1 && !det && !allCaps(last)) {
    info.kind = "surname";
    info.name = last;
    return true;
  }
  return false;
}

/** An organization: a state body, an acronym, a phrase with an organization's word or a run of
 *  capitalised words, named ("Freedonia's foreign ministry") or a description to resolve. */
function asOrganization(info: PhraseInfo, body: string[], det: string, joined: string, hasOrgWord: boolean): boolean {
  const last = body[body.length - 1]!;
  const inst = institutionCountry(joined);
  if (inst) {
    info.kind = "org";
    info.name = joined;
    info.country = inst;
    info.head = "office"; // a state body: it speaks for its country
    return true;
  }
  if (allCaps(last) && body.length === 1) {
    info.kind = "org";
    info.name = last;
    info.acronym = last;
    return true;
  }
  const capsRun = body.every((w, i) => capital(w) || (i > 0 && /^(?:for|of|and|the|on|in|de|al|el)$/i.test(w)) || /^al-/i.test(w));
  if (!hasOrgWord && !(capsRun && body.length >= 2)) return false;
  const headW = [...body].reverse().find((w) => ORG_WORDS.has(w.toLowerCase()));
  info.head = (headW ?? last).toLowerCase();
  // "Freedonia's foreign ministry": a named owner makes it a named body; a state body speaks for it
  const owner = /^(\p{Lu}[\p{L}.-]*(?:\s\p{Lu}[\p{L}.-]*){0,2})['’]s?$/u.exec(body[0] ?? "") ?? (body.length > 1 ? /^(\p{Lu}[\p{L}.-]*)['’]s?$/u.exec(body[0]!) : null);
  if (owner && !det) {
    const o = owner[1]!;
    info.kind = "org";
    info.name = [o, ...body.slice(1)].join(" ");
    info.country = countryOf(o) || (STATE_ORG.has(info.head) ? o : info.country);
    return true;
  }
  if (capsRun && body.some((w) => capital(w) && !countryOf(w))) {
    info.kind = "org";
    info.name = body.join(" ");
    return true;
  }
  // "the ministry", "the Russian ministry", "the Observatory": a description to resolve
  info.kind = det === "a" || det === "an" ? "indef-desc" : "def-desc";
  info.name = body.join(" ");
  return true;
}

/** US party labels in a role ("Democratic presidential nominee", "GOP Sen.", "a Republican strategist"). */
export function politicalParty(s: string): string {
  if (/\b(?:Democrat|Democratic|Democrats)\b/.test(s)) return "Democratic Party";
  if (/\b(?:Republican|Republicans|GOP)\b/.test(s)) return "Republican Party";
  return "";
}

/** A country named in a phrase by name or demonym ("the U.S. commander" -> United States), or "". */
function countryIn(s: string): string {
  for (const w of words(s)) {
    const c = countryOf(noDot(w));
    if (c) return c;
  }
  const m = /\b(united states|united kingdom|north korea|south korea|saudi arabia|european union|united nations)\b/i.exec(s);
  return m ? countryOf(m[1]!) : "";
}

/** The organization after "for", "of" or "at" in an apposition ("a spokesperson for Inherent Resolve"). */
function apposAffiliation(appos: string): string {
  // A time clause after the role speaks of something else ("the first envoy for a Republican
  // administration since the end of the Cold War" holds no affiliation), and so does a role whose
  // first link names no one ("for a …").
  const role = appos.replace(/\s+(?:since|after|before|until|during|when|while)\b[\s\S]*$/i, "");
  const m = /\b(?:for|of|at|with)\s+(?:(?:the\s+)?((?:\p{Lu}[\p{L}.&’'-]*)(?:\s+(?:of|for|and|in|on|\p{Lu}[\p{L}.&’'-]*))*)|an?\s)/u.exec(role);
  if (m && notMember(role, m.index)) return "";
  const named = m?.[1]?.replace(/(?:\s+(?:of|for|and|in|on))+$/, "");
  // ("a librarian at the Elm Street branch": a street is where, not whom, one works for)
  if (named) return STREET_END.test(named) ? "" : named;
  if (m) return "";
  // "who chairs the cooperative", "a spokeswoman for the authority": a definite description of an
  // organization the text names elsewhere; its head word is returned, lower case, for the caller
  // to match against the organizations it knows (never made into a party of its own)
  return orgHeadAfterRole(appos);
}

/** A street's name ("Elm Street", "Harbor Road"). */
const STREET_END = /\s(?:Street|St\.?|Avenue|Ave\.?|Road|Rd\.?|Boulevard|Lane|Drive|Way)$/;

const ROLE_LINK = /\b(?:for|of|at|with|from|chairs|leads|heads|runs|directs|represents)\s+the\s+((?:[\p{Ll}-]+\s+){0,2}([\p{Ll}-]+))\b/u;

/** "cooperative" for "who chairs the cooperative"; "" unless the head is an organization word. */
export function orgHeadAfterRole(phrase: string): string {
  const d = ROLE_LINK.exec(phrase);
  return d && ORG_WORDS.has(d[2]!) && !notMember(phrase, d.index) ? d[2]! : "";
}

/** Whether the word before the link at `at` of a role ("… critic of the board") makes the body
 *  after it no side of the person's (NOT_MEMBER_BEFORE). */
function notMember(role: string, at: number): boolean {
  const before = /([\p{L}]+)\s*$/u.exec(role.slice(Math.max(0, at - 30), at));
  return !!before && NOT_MEMBER_BEFORE.has(before[1]!.toLowerCase());
}

/** The organization named inside a role ("Defense Ministry spokesman Major General" -> "Defense Ministry"). */
function affiliationOf(role: string[]): string {
  const out: string[] = [];
  for (const w of role) {
    const lw = noDot(w.toLowerCase());
    if (capital(w) && (ORG_WORDS.has(lw) || !TITLE_WORD.has(lw) || /^(?:defense|defence|foreign|interior|finance|state|justice)$/.test(lw))) {
      out.push(w);
      if (ORG_WORDS.has(lw)) return out.join(" ");
    } else if (out.length && /^(?:of|for|and)$/.test(lw)) out.push(w);
    else if (out.length) break;
  }
  return out.length && out.some((w) => ORG_WORDS.has(w.toLowerCase()) || countryOf(w)) ? out.join(" ") : "";
}

export const isStateOrg = (head: string): boolean => STATE_ORG.has(head);

/** Initials of a multi-word name ("Syrian Observatory for Human Rights" -> "SOHR"). */
export function initials(name: string): string {
  return words(name)
    .filter((w) => capital(w))
    .map((w) => w[0])
    .join("");
}
