// Whose side a source speaks for when it is not a named speaker: an unnamed source that names its
// owner ("White House officials", "an official in the Ostland interior ministry", "people close to
// Ms. Hart") and a document ("the statement", "in a letter", "court records"), which belongs to the
// side that issued it. Each lookup reads the source phrase and at most one sentence before it:
// linear in the number of statements.
import type { Party, Statement } from "./types";
import { accusedParty, CLIENT_OF, CLIENT_POSS, groupParty, roleOwner, slug, type PartyTable } from "./parties";
import {
  ACCUSER_NOUN, ISSUED_NOUN, MEMBER_NOUN, NEUTRAL_WORD, NOT_FOR_THE_STATE, OWNER_AGENT, OWNER_MODIFIER, OWNER_PRONOUN, PASSIVE_CUE, PROSECUTING,
} from "./lexicon";
import { namesIn } from "./targets";
import { countryOf, describePhrase } from "./entities";

/** "an official in the ministry", "people close to Ms. Hart", "a spokeswoman for the board". */
const OWNER_AFTER = new RegExp(`\\b(?:${OWNER_AGENT})\\s+(?:in|at|of|for|from|with|within|inside|close\\s+to|familiar\\s+with|near|to)\\s+(.+)$`, "iu");
/** "White House officials", "senior administration officials", "the Board's lawyers". */
const OWNER_BEFORE = new RegExp(`^(.+?)\\s+(?:${OWNER_AGENT})$`, "iu");

/** The owner written in an unnamed source's phrase, or "". */
export function ownerPhrase(phrase: string): string {
  const p = phrase.replace(/\s+/g, " ").trim().replace(/[,;:].*$/, "");
  const after = OWNER_AFTER.exec(p);
  let owner = after ? after[1]! : "";
  if (!owner) {
    const before = OWNER_BEFORE.exec(p);
    if (!before) return "";
    const ws = before[1]!.split(" ");
    while (ws.length && OWNER_MODIFIER.test(ws[0]!)) ws.shift();
    owner = ws.join(" ");
  }
  // "her thinking", "Ms. Hart's thinking": the owner, not what they think
  owner = owner
    .replace(/\s+(?:who|which|that|and|but|as|when|while|since|because|on|about|over|said|says)\b.*$/i, "")
    .replace(/[’']s\s+\p{Ll}[\p{L}-]*$/u, "")
    .trim();
  const first = owner.split(" ")[0] ?? "";
  if (!owner || OWNER_PRONOUN.test(first) || OWNER_PRONOUN.test(owner)) return "";
  return owner;
}

/**
 * The side an unnamed source speaks for when its phrase names it: a group of a side ("Prison union
 * representatives"), or the owner the phrase names, when that owner is a side of the text already.
 * Independent experts and other neutral roles stay without a side.
 */
export function unnamedParty(table: PartyTable, phrase: string): Party | null {
  const owner = ownerPhrase(phrase);
  if (NEUTRAL_WORD.test(phrase.replace(owner, ""))) return null;
  const group = groupParty(table, phrase);
  if (group) return group;
  // "the Kessel founder": the organization written before a role noun
  const byRole = owner || roleOwner(phrase.replace(/^(?:the|a|an)\s+/i, ""));
  if (!byRole) return null;
  return accusedParty(table, byRole, owner !== "" && namedOwner(owner));
}

/** "the Harbor Authority", "Senator Ana Ruiz": an owner named in full, an organization or a person
 *  (not "the agency", "European", "Westchester"), is a side of its own when no statement made it one. */
function namedOwner(owner: string): boolean {
  const d = describePhrase(owner);
  return (d.kind === "org" || d.kind === "person") && d.name.includes(" ") && /^\p{Lu}/u.test(d.name);
}

/** "Hart’s office", "Hart’s campaign": a resolved speaker that is a person's staff speaks for that person's side. */
const STAFF_OF = /^(.+?)[’']s\s+(?:office|campaign|staff|spokes(?:man|woman|person)|aides?|lawyers?|attorneys?|representatives?|team|administration|government|supporters|allies|followers)$/u;
export function staffParty(table: PartyTable, speaker: string): Party | null {
  const m = STAFF_OF.exec(speaker.trim());
  return m ? accusedParty(table, m[1]!, false) : null;
}

// The nouns of a court's record of a prosecution (those of a document one side issues: ISSUED_NOUN).
const COURT = /\bcourt\s+(?:records?|documents?|papers|filings?)\b|\bcharging\s+documents?\b|\b(?:the\s+)?indictment\b|\bcriminal\s+complaint\b/i;
const PROSECUTION = PROSECUTING;

/** The start of the sentence holding offset `at` (a bounded look back). */
export function sentenceStart(text: string, at: number): number {
  const from = Math.max(0, at - 400);
  let k = at - 1;
  for (; k > from; k--) {
    const c = text[k]!;
    if (c === "\n" || ((c === "." || c === "?" || c === "!") && /\s/.test(text[k + 1] ?? "") && /\p{Lu}|[“"]/u.test(text[k + 2] ?? ""))) return k + 1;
  }
  return k <= 0 ? 0 : from;
}

/** "the group", "the watchdog": a generic noun for an organization, as a sentence's subject. */
const GENERIC_ORG_NP = /(?:^|[\s,])the\s+(?:group|organization|organisation|watchdog|nonprofit|coalition|charity)\s+(?!of\b|for\b)/i;

/** The first side of the text named in text[a, b) (capitalized names only). */
function firstSideIn(table: PartyTable, text: string, a: number, b: number): Party | null {
  for (const n of namesIn(text.slice(a, b), 6)) {
    const p = accusedParty(table, n, false);
    if (p) return p;
  }
  return null;
}

/**
 * The side that issued a document source. `partyAt(a, b)` gives the side of a statement whose cue
 * lies in text[a, b), if any. In order: a prosecution's court records; an owner inside the phrase
 * ("the board's statement", "a letter from the board"); for "the statement" the sentence that
 * introduced it ("the board said in a statement"); for "in a letter" the sentence's own subject.
 */
export function documentParty(
  table: PartyTable,
  text: string,
  st: Statement,
  partyAt: (a: number, b: number) => string | null,
  orgBefore?: (at: number) => string | null,
): string | null {
  const src = st.source;
  if (!src) return null;
  const phrase = src.text.replace(/\s+/g, " ").trim();
  if (COURT.test(phrase)) {
    const pros = table.parties.filter((p) => p.quoted && [p.name, ...p.aliases].some((a) => PROSECUTION.test(a)));
    return pros.length === 1 ? pros[0]!.id : null;
  }
  const m = ISSUED_NOUN.exec(phrase);
  if (!m) return null;
  // "the board's statement", "a statement from the board"
  const own = /^(?:the\s+)?(.+?)[’']s?\s+\S+$/.exec(phrase) ?? /\b(?:from|by|of)\s+(.+)$/i.exec(phrase);
  if (own && !/^(?:the|a|an|this|that)$/i.test(own[1]!)) {
    const p = accusedParty(table, own[1]!, false);
    if (p) return p.id;
  }
  const noun = m[1]!.toLowerCase();
  if (/^(?:the|that|this|its)\s/i.test(phrase)) {
    // the last earlier mention of the same document, and the sentence that introduced it
    const lower = text.slice(Math.max(0, src.start - 1500), src.start).toLowerCase();
    const k = lower.lastIndexOf(noun);
    if (k < 0) return null;
    const at = Math.max(0, src.start - 1500) + k;
    const s0 = sentenceStart(text, at);
    // "the group sent a letter": the organization quoted last before that sentence
    const generic = GENERIC_ORG_NP.test(text.slice(s0, at)) ? (orgBefore?.(s0) ?? null) : null;
    return partyAt(s0, at) ?? firstSideIn(table, text, s0, at)?.id ?? generic;
  }
  // "Hart asked for leniency in a letter posted on Tuesday, saying ...": the writer is the subject
  if (/\bin\s+$/i.test(text.slice(Math.max(0, src.start - 4), src.start))) {
    const s0 = sentenceStart(text, src.start);
    return firstSideIn(table, text, s0, src.start)?.id ?? null;
  }
  return null;
}

const stem6 = (w: string): string => w.toLowerCase().replace(/[’']s?$/, "").replace(/s$/, "").slice(0, 6);

/**
 * A person who speaks only for themself but is described as a member of a group that is a side of
 * the text ("High school teacher Jo Hart" and the "Ostland Teachers Association"; "Jo Hart, local
 * president of the miners' union" and "Miners' union representatives") joins that side, when exactly
 * one side answers to the noun. `persons` are the names of the text's people. Rewrites `party` of
 * the statements in place; linear in statements and parties (an index of the sides' words).
 */
export function joinMembers(table: PartyTable, statements: Statement[], persons: Set<string>): void {
  const speaking = new Set<string>();
  for (const s of statements) if (s.party) speaking.add(s.party);
  const byStem = new Map<string, Set<Party>>();
  for (const p of table.parties) {
    if (persons.has(p.name) || !speaking.has(p.id)) continue;
    for (const w of p.name.split(/\s+/)) {
      MEMBER_NOUN.lastIndex = 0;
      if (!MEMBER_NOUN.test(w)) continue;
      const k = stem6(w);
      (byStem.get(k) ?? byStem.set(k, new Set()).get(k)!).add(p);
    }
  }
  if (byStem.size === 0) return;
  const moved = new Map<string, Party>();
  for (const p of table.parties) {
    if (!persons.has(p.name) || !speaking.has(p.id)) continue;
    const names = new Set(p.name.split(/\s+/));
    const desc = p.aliases.join(" ; ");
    const hits = new Set<Party>();
    MEMBER_NOUN.lastIndex = 0;
    for (let m = MEMBER_NOUN.exec(desc); m; m = MEMBER_NOUN.exec(desc)) {
      if (names.has(m[1]!)) continue;
      for (const g of byStem.get(stem6(m[1]!)) ?? []) hits.add(g);
    }
    if (hits.size !== 1) continue;
    const g = [...hits][0]!;
    moved.set(p.id, g);
    for (const a of [p.name, ...p.aliases]) if (a !== g.name && !g.aliases.includes(a)) g.aliases.push(a);
  }
  mergeInto(table, statements, moved);
}

/** A role that speaks for one person: their spokesperson, aide, lawyer, deputy. */
const STAFF_ROLE = String.raw`(?:(?:longtime|former|senior|top|chief|political)\s+)?(?:spokes(?:man|woman|person)|press\s+secretary|aide|adviser|advisor|deputy|lawyer|attorney|chief\s+of\s+staff|campaign\s+manager|communications\s+director)`;
/** "Okoro's spokeswoman, Dana Reyes" (the owner by name) and "his lawyer, Tom Hale" (by pronoun). */
const STAFF_OF_NAMED = new RegExp(String.raw`^(?:the\s+)?(\p{Lu}[\p{L}.’' -]*?)[’']s?\s+${STAFF_ROLE}\s*,`, "u");
const STAFF_OF_PRONOUN = new RegExp(String.raw`^(?:[Hh]is|[Hh]er)\s+${STAFF_ROLE}\s*,`);
/** How far back (characters) the person a "his" or "her" of a staff role points to may have spoken. */
const OWNER_REACH = 500;

/**
 * A named person introduced as another person's staff ("Okoro's spokeswoman, Dana Reyes, said",
 * "His lawyer, Tom Hale, said" after Okoro spoke) speaks for that person: their side is the
 * owner's. "His" and "her" point to the speaker just before, when that is a named person.
 */
export function joinStaff(table: PartyTable, statements: Statement[], persons: Set<string>): void {
  const moved = new Map<string, Party>();
  const isPerson = (id: string | null): Party | null => {
    const p = id ? table.byId.get(id) : undefined;
    return p && persons.has(p.name) ? p : null;
  };
  statements.forEach((s, i) => {
    const p = isPerson(s.party);
    if (!p || !s.source || moved.has(p.id)) return;
    const src = s.source.text;
    const named = STAFF_OF_NAMED.exec(src);
    let owner: Party | null = named ? accusedParty(table, named[1]!, false) : null;
    if (!named && STAFF_OF_PRONOUN.test(src)) {
      // (the speaker just before, when that is a named person of another side)
      for (let k = i - 1; k >= 0; k--) {
        const t = statements[k]!;
        if (!t.source || t.source.start < s.source.start - OWNER_REACH) break;
        if (!t.party || t.party === p.id) continue;
        if (t.sourceKind === "named-person") owner = table.byId.get(t.party) ?? null;
        break;
      }
    }
    if (owner && owner !== p) moved.set(p.id, owner);
  });
  mergeInto(table, statements, moved);
}

/**
 * Moves every statement of each party in `moved` to the party it joins, and drops the emptied
 * party from the table (its names become the other's aliases), so that an accusation naming the
 * person later finds the side they joined, not an empty side of their own. Linear in statements.
 */
export function mergeInto(table: PartyTable, statements: Statement[], moved: Map<string, Party>): void {
  if (moved.size === 0) return;
  const final = (p: Party): Party => {
    for (let k = 0; k < 8 && moved.has(p.id); k++) p = moved.get(p.id)!;
    return p;
  };
  for (const s of statements) {
    const g = s.party ? moved.get(s.party) : undefined;
    if (g) s.party = final(g).id;
  }
  for (const [id, g] of moved) {
    const from = table.byId.get(id);
    const to = final(g);
    if (!from || from === to) continue;
    for (const a of [from.name, ...from.aliases]) if (a !== to.name && !to.aliases.includes(a)) to.aliases.push(a);
    table.byId.delete(id);
    const k = table.parties.indexOf(from);
    if (k >= 0) table.parties.splice(k, 1);
    for (const [e, pid] of table.ofEntity) if (pid === id) table.ofEntity.set(e, to.id);
  }
  table.index = undefined;
}

// A prosecutor's office, and a person's title or description that names a public prosecutor.
const PROSECUTION_OFFICE = PROSECUTING;
const PROSECUTOR_ROLE = /\bprosecut|\b(?:u\.\s?s\.|us|district|state[’']?s?|county|federal)\s+attorney\b/i;
// The seat of a government that speaks for its head ("the White House" for the president).
const SEAT_OF: { seat: RegExp; title: RegExp }[] = [
  { seat: /^(?:the\s+)?(?:White House|Kremlin|Elysee|Élysée|Blue House)$/i, title: /^President\s+\p{Lu}/u },
  { seat: /^(?:the\s+)?Downing Street$/i, title: /^Prime Minister\s+\p{Lu}/u },
];

/** Does the text write the full name right after a title of that kind ("President Jo Hart")? */
function titledIn(text: string, name: string, title: RegExp): boolean {
  if (!name.includes(" ")) return false;
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
    const before = /(\p{Lu}[\p{L}]*(?:\s+\p{Lu}[\p{L}]*)?)\s+$/u.exec(text.slice(Math.max(0, at - 20), at));
    if (before && title.test(`${before[1]} ${name}`)) return true;
  }
  return false;
}

/**
 * People who speak for an office the article quotes as a side, though their own words name it
 * only by title: a prosecutor joins the one prosecuting office of the text ("Deputy Director of
 * Public Prosecution Jo Hart" and "the Ostland Prosecution Authority"; "U.S. Attorney Jo Hart" and
 * "the U.S. Attorney's Office"); a president joins the government whose seat speaks for them
 * ("President Hart" and "the White House") when nothing in their mentions names another country.
 * Only a side with a single speaker moves, and only when exactly one side answers.
 */
export function joinOffices(table: PartyTable, statements: Statement[], persons: Set<string>, text = ""): void {
  const speakers = new Map<string, Set<string>>();
  for (const s of statements) {
    if (!s.party) continue;
    (speakers.get(s.party) ?? speakers.set(s.party, new Set()).get(s.party)!).add(s.speaker ?? "");
  }
  const speaking = table.parties.filter((p) => speakers.has(p.id));
  const single = speaking.filter((p) => {
    const who = [...speakers.get(p.id)!];
    return who.length === 1 && persons.has(who[0]!);
  });
  const forms = (p: Party): string[] => [p.name, ...p.aliases];
  const offices = speaking.filter((p) => forms(p).some((a) => PROSECUTION_OFFICE.test(a)));
  const seats = speaking.flatMap((p) => SEAT_OF.filter((x) => forms(p).some((a) => x.seat.test(a))).map((x) => ({ p, title: x.title })));
  const moved = new Map<string, Party>();
  const toSeat = new Map<string, Party>();
  for (const p of single) {
    const desc = forms(p);
    if (desc.some((a) => PROSECUTOR_ROLE.test(a)) && !desc.some((a) => NOT_FOR_THE_STATE.test(a))) {
      const to = offices.filter((o) => o !== p);
      if (to.length === 1) {
        moved.set(p.id, to[0]!);
        continue;
      }
    }
    if (!persons.has(p.name)) continue;
    // the title may be written only where the person is named, not where they speak ("President Jo Hart")
    const titled = (x: { title: RegExp }): boolean => desc.some((a) => x.title.test(a)) || titledIn(text, p.name, x.title);
    const to = seats.filter((x) => x.p !== p && titled(x));
    if (to.length !== 1) continue;
    const gov = to[0]!.p;
    const other = desc.some((a) => a.split(/\s+/).some((w) => {
      const c = countryOf(w.replace(/[.,’']+$/, ""));
      return c !== "" && c !== gov.name;
    }));
    if (!other) toSeat.set(p.id, gov);
  }
  // two presidents without a country: neither is known to be the one the seat speaks for
  const perSeat = new Map<string, number>();
  for (const g of toSeat.values()) perSeat.set(g.id, (perSeat.get(g.id) ?? 0) + 1);
  for (const [id, g] of toSeat) if (perSeat.get(g.id) === 1) moved.set(id, g);
  mergeInto(table, statements, moved);
  joinPrincipals(table, statements, persons, text);
}

// "the President's physician", "the governor's spokeswoman": staff named by their principal's title.
const TITLE_STAFF = /\bthe\s+(President|Prime\s+Minister|Governor|Mayor|Chancellor|Premier)[’']s\s+(?:personal\s+|chief\s+|own\s+)?(?:physician|doctor|attorney|lawyer|counsel|spokes(?:man|woman|person)|press\s+secretary|chief\s+of\s+staff|aide|adviser|advisor)\b/iu;
/** How the text writes each title right before a name ("Gov. Jo Hart"). */
const TITLE_BEFORE: Record<string, RegExp> = {
  president: /(?<!\p{L})President\s+$/u,
  "prime minister": /(?<!\p{L})Prime\s+Minister\s+$/u,
  governor: /(?<!\p{L})(?:Gov\.|Governor)\s+$/u,
  mayor: /(?<!\p{L})Mayor\s+$/u,
  chancellor: /(?<!\p{L})Chancellor\s+$/u,
  premier: /(?<!\p{L})Premier\s+$/u,
};
/** Does the text write the title right before the full name? */
const titleBefore = (text: string, name: string, title: RegExp): boolean => {
  if (!name.includes(" ")) return false;
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) if (title.test(text.slice(Math.max(0, at - 20), at))) return true;
  return false;
};

/**
 * A person who speaks as the staff of someone named only by title ("Dr. Jo Hart, the President's
 * physician") joins the side of the one person the text names with that title ("President Lena
 * Marsh"). Only a side with that single speaker moves, only when exactly one person holds the title.
 */
function joinPrincipals(table: PartyTable, statements: Statement[], persons: Set<string>, text: string): void {
  const speakers = new Map<string, Set<string>>();
  const said = new Map<string, string>(); // a person's name -> the party of their statements
  for (const s of statements) {
    if (!s.party) continue;
    (speakers.get(s.party) ?? speakers.set(s.party, new Set()).get(s.party)!).add(s.speaker ?? "");
    if (s.speaker && !said.has(s.speaker)) said.set(s.speaker, s.party);
  }
  const moved = new Map<string, Party>();
  for (const s of statements) {
    const p = s.party ? table.byId.get(s.party) : undefined;
    if (!p || !s.source || moved.has(p.id) || speakers.get(p.id)!.size !== 1 || !persons.has(s.speaker ?? "")) continue;
    const m = TITLE_STAFF.exec(s.source.text);
    if (!m) continue;
    const title = TITLE_BEFORE[m[1]!.toLowerCase().replace(/\s+/g, " ")]!;
    const holders = [...persons].filter((n) => n !== s.speaker && titleBefore(text, n, title));
    if (holders.length !== 1) continue;
    const to = table.byId.get(said.get(holders[0]!) ?? "") ?? table.byId.get(slug(holders[0]!));
    if (to && to !== p) moved.set(p.id, to);
  }
  mergeInto(table, statements, moved);
}

// A cue of accusation, active ("accused", "alleged") or passive ("was accused"), by its last word.
const ACCUSING_CUE = /(?:^|\s)(?:accus\w*|alleg\w*)$/i;
/** "a woman", "two former employees", "the three interns": people described, not named. */
const DESCRIBED_PEOPLE = /^(?:(?:the|a|an|two|three|four|five|six|seven|eight|nine|ten|several|some|many|dozens\s+of|\d+)\s+)(?:[\p{L}’'-]+\s+){0,5}?([\p{Ll}-]+)$/u;
/** What follows the head of an agent's phrase: a comma, a relative clause or a modifier ("a woman
 *  who worked …", "a deckhand on the ferry"). */
const AFTER_HEAD = /\s*,[\s\S]*$|\s+(?:who|whom|that|of|from|at|in|on|with)\b[\s\S]*$/i;
/** The agent of a passive accusation, opening its content: "rape by a woman who ...". */
const BY_AGENT = /\bby\s+((?:the|a|an|two|three|four|five|six|seven|eight|nine|ten|several|\d+)\s+(?:[\p{L}’'-]+\s+){0,5}?[\p{Ll}-]+)(?=[\s,.;:]|$)/u;

/**
 * The side of people described, not named, who accuse someone ("two former employees accused
 * him of ..."; "he was accused of assault by a woman"): the accusers are a side of the story, named
 * by their description. Only for a cue of accusation, and only for a description of people (a
 * person noun at its head), never an official, an expert or a group the text names as a side.
 */
export function accuserParty(table: PartyTable, st: Statement, isPersonNoun: (lw: string) => boolean): Party | null {
  const cue = st.cue?.text.trim() ?? "";
  if (!ACCUSING_CUE.test(cue)) return null;
  // (a passive's agent is its source when the rules found it, "accused of theft by a neighbour";
  // else it is read from the content)
  const passive = PASSIVE_CUE.test(cue) && !st.source;
  const agent = PASSIVE_CUE.test(cue) && st.source ? st.source.text.replace(AFTER_HEAD, "") : null;
  const phrase = passive ? (BY_AGENT.exec(st.content.text.slice(0, 160))?.[1] ?? "") : (agent ?? st.speaker ?? st.source?.text ?? "").replace(/\s+/g, " ").trim();
  const m = DESCRIBED_PEOPLE.exec(phrase);
  if (!m || !(isPersonNoun(m[1]!.toLowerCase()) || ACCUSER_NOUN.test(m[1]!.toLowerCase())) || NEUTRAL_WORD.test(phrase) || /\bofficials?\b|\bsources?\b/i.test(phrase)) return null;
  const name = phrase.replace(/^the\s+/i, "");
  const id = slug(name);
  let p = table.byId.get(id);
  if (!p) {
    p = { id, name: name[0]!.toUpperCase() + name.slice(1), aliases: [], quoted: true };
    table.byId.set(id, p);
    table.parties.push(p);
    table.index = undefined;
  }
  return p;
}

const DEFENSE = /^(?:the\s+|his\s+|her\s+|their\s+)?(?:defen[cs]e\s+(?:attorneys?|lawyers?|counsel|team))$/i;
/**
 * "Defense attorneys said": the lawyers of the defendants, who are the side the text names as their
 * clients ("Jo Hart, who represents Kolb"; "Kolb's attorney"), when all such clients are on one side.
 * The text's clients are read once per analysis (clientSides); called only for a source that is a defense team.
 */
export function defenseParty(table: PartyTable, phrase: string, text: string): Party | null {
  if (!DEFENSE.test(phrase.replace(/\s+/g, " ").trim())) return null;
  const sides = clientSides(table, text);
  return sides.size === 1 ? [...sides][0]! : null;
}

/** At most this many distinct client names are looked up per call (a page naming more is no news story). */
const MAX_CLIENT_NAMES = 64;
/** The text's client names, read once per text and party table (a page may repeat "defense attorneys said" thousands of times). */
const clientNamesOf = new WeakMap<PartyTable, { text: string; names: string[] }>();

/** The names the text gives as a lawyer's clients, distinct, in the order the two patterns find them. */
function clientNames(table: PartyTable, text: string): string[] {
  const had = clientNamesOf.get(table);
  if (had && had.text === text) return had.names;
  const seen = new Set<string>();
  for (const re of [CLIENT_OF, CLIENT_POSS]) {
    const g = new RegExp(re.source, "gu");
    for (let m = g.exec(text); m && seen.size < MAX_CLIENT_NAMES; m = g.exec(text)) seen.add(m[1]!);
  }
  const names = [...seen];
  clientNamesOf.set(table, { text, names });
  return names;
}

/**
 * The sides the text names as a lawyer's clients ("who represents Kolb", "Kolb's attorney"), up to
 * three. The text is scanned once per analysis; each call looks its (capped) names up in the table
 * as it is now, since the table grows between calls.
 */
export function clientSides(table: PartyTable, text: string): Set<Party> {
  const sides = new Set<Party>();
  // a client may be one of two people who are one side ("Kroll" of "Kroll and Vasko")
  const joint = (n: string): Party | undefined => {
    const last = n.split(/\s+/).pop()!;
    return table.parties.find((p) => / and /.test(p.name) && p.name.split(/\s+and\s+/).some((x) => x.split(/\s+/).pop() === last));
  };
  for (const n of clientNames(table, text)) {
    if (sides.size >= 3) break;
    const p = accusedParty(table, n, false) ?? joint(n);
    if (p) sides.add(p);
  }
  return sides;
}

/** "Hart and GOP legislative leaders", "the governor and his aides": a named person and a group with them. */
const PERSON_AND_GROUP = /^(\p{Lu}[\p{L}.’'-]*(?:\s+\p{Lu}[\p{L}.’'-]*){0,3})\s+and\s+(?:(?:his|her|their|other|fellow|the|[\p{Lu}\p{Ll}][\p{L}-]*)\s+){0,3}(?:leaders|officials|lawmakers|legislators|allies|aides|advisers|advisors|colleagues|supporters|lawyers|attorneys)(?:\s+(?:of|in|from)\s+(?:the\s+)?[\p{L}-]+(?:\s+[\p{L}-]+){0,3})?$/u;
const SPACED_AND = /\sand\s/;
/**
 * A person named together with a group on their side speaks for the person's side ("Hart and GOP
 * legislative leaders touted the plan"), when the person is a side of the text already.
 */
export function jointParty(table: PartyTable, phrase: string): Party | null {
  // (the pattern needs "and" between white space: most phrases have none and skip the pattern)
  if (!SPACED_AND.test(phrase)) return null;
  const m = PERSON_AND_GROUP.exec(phrase.replace(/\s+/g, " ").trim());
  return m ? accusedParty(table, m[1]!, false) : null;
}
