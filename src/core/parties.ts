// Parties: speakers grouped by the side they speak for. A person joins the organization in their
// title, a state organization joins its country ("the Russian Defense Ministry" -> Russia), other
// organizations stand for themselves. It must never merge two sides on a shared word alone.
import type { Party } from "./types";
import type { Entity } from "./coref";
import { COUNTRY_ALIASES, describePhrase, isStateOrg, countryOf, politicalParty } from "./entities";
import { proceedingName } from "./targets";
import { matchesAt, uppersBefore } from "./anchors";
import { tokenize, type Tok } from "./words";
import {
  AGENT_NOUN, BUSINESS_ROLE, PRIVATE_BODY, COLLECTIVE_HEAD, INSTITUTION_WORD, OUTLET, EXECUTIVE_IN_ROLE, EXECUTIVE_TITLE, LEX, MILITARY_HEAD, NEUTRAL_ROLE, NOT_OWNER_TITLE,
  TITLE_PART,
  POLITICAL_NAME, PRONOUN_NP, PROSECUTING, ROLE_NOUN, STATE_ROLE, UNION_HEAD, UNION_NAME, VAGUE_GROUP,
} from "./lexicon";

export type PartyTable = {
  parties: Party[];
  /** party id per entity id */
  ofEntity: Map<number, string>;
  byId: Map<string, Party>;
  /** lower-case names and aliases, and capitalized last words, to parties (built on first use) */
  index?: { forms: Map<string, Party>; last: Map<string, Set<Party>>; size: number };
};

const slugUncached = (s: string): string =>
  s
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "") || "party";
/** Slugs made before (a side's name is slugged again for every phrase that may name it); bounded. */
const slugs = new Map<string, string>();
const SLUGS_MAX = 4096;
/** A party's id from its name: the name's letters and digits, lower-cased, joined by hyphens. */
export const slug = (s: string): string => {
  let id = slugs.get(s);
  if (id === undefined) {
    if (slugs.size >= SLUGS_MAX) slugs.clear();
    slugs.set(s, (id = slugUncached(s)));
  }
  return id;
};

/** Where an entity is named as a source: the text around it may hold its apposition. */
export type SourceAt = { entity: number; start: number; end: number };

// Working at a university: an independent voice unless the person holds an office.
const ACADEMIC = /\b(?:at|of|with)\s+(?:the\s+)?(?:\p{Lu}[\p{L}’'-]*\s+){0,4}(?:University|College)\b|\bUniversity\s+of\s+\p{Lu}/u;
// An apposition right after a name: "Jo Hart, a spokeswoman for the Water Board," or "Jo Hart, the Board's chair".
const APPOS = /^,\s+((?:a|an|the|who\s+is|its|his|her|their)\s+[^,.;:“”"()]{2,90})/;

/** The capitalized owner written before a role noun ("Taliban" in "Taliban spokesman"), or "". */
export function roleOwner(role: string): string {
  const ws = role.split(/\s+/).filter(Boolean);
  const k = ws.findIndex((w) => ROLE_NOUN.test(w.replace(/[.,]$/, "")));
  if (k <= 0) return "";
  const own: string[] = [];
  for (let i = k - 1; i >= 0 && /^\p{Lu}/u.test(ws[i]!); i--) own.unshift(ws[i]!);
  // Words of the title itself are no owner: "Former National Security Adviser", "Supreme Leader",
  // "Senate Majority Leader" (the Senate).
  while (own.length && NOT_OWNER_TITLE.test(own[0]!)) own.shift();
  while (own.length && TITLE_PART.test(own[own.length - 1]!)) own.pop();
  const name = own.join(" ").replace(/[’']s$/, "");
  // a demonym or title alone ("U.S.", "Former") is not an organization
  if (!name || countryOf(name.replace(/\.$/, "")) || NOT_OWNER_TITLE.test(name)) return "";
  return name;
}

/** A role owned through "its" or an organization's head noun: "Its president", "the association's
 *  chief executive" (groups: "its", the head noun, the role's last word). */
const OWNED_ROLE = /^(?:(its)|(?:the|this)\s+(\p{Ll}[\p{L}-]+)['’]s)\s+(?:[\p{Ll}-]+\s+){0,2}?([\p{Ll}-]+)(?=[\s,]|$)/iu;

/** An organization's name right before a staff role ("White House press secretary", "Water Board spokesman"). */
const ORG_BEFORE_ROLE = /(\p{Lu}[\p{L}’'-]+(?:\s+(?:of\s+)?\p{Lu}[\p{L}’'-]+)+)\s+(?:press\s+secretary|spokes(?:man|woman|person)|official|adviser|advisor|aide|counsel|chief\s+of\s+staff|physician|staffer|director|chairman|chairwoman)\b/gu;

const COUNSEL = "(?:attorney|lawyer|counsel|solicitor|barrister|spokes(?:man|woman|person)|representative|publicist|agent|physician|doctor)";
/** "who represents Noel", "the lawyer for Carlineo", "a spokeswoman for Hart". */
export const CLIENT_OF = new RegExp(`\\b(?:represents|representing|${COUNSEL}\\s+(?:for|of))\\s+(\\p{Lu}[\\p{L}’'-]+(?:\\s+\\p{Lu}[\\p{L}’'-]+)*)`, "u");
/** "Carlineo’s attorney", "Trump's physician". */
export const CLIENT_POSS = new RegExp(`(\\p{Lu}[\\p{L}’'-]+)[’']s\\s+(?:personal\\s+|longtime\\s+|former\\s+|defense\\s+)?${COUNSEL}\\b`, "u");

const sameWords = (a: string, b: string): boolean => {
  const A = a.toLowerCase().replace(/^the\s+/, "").split(/\s+/);
  const B = new Set(b.toLowerCase().replace(/^the\s+/, "").split(/\s+/));
  return A.length > 0 && A.every((w) => B.has(w));
};

/**
 * The sides of a text: organizations and countries first, then each person (with the side their
 * title, apposition, client or party label gives, else their own), then one side per person
 * however the text names them, people joining the organization they hold a role for, and the
 * aliases a country goes by.
 */
export function buildParties(entities: Entity[], text: string, sources: SourceAt[] = [], toks?: readonly Tok[]): PartyTable {
  const b = new PartyBuilder(entities, text, sources, toks);
  for (const e of b.persons) b.addPerson(e);
  const fullBySurname = b.mergeSurnames();
  const joined = b.joinRoleOwners();
  b.dropEmpty(fullBySurname, joined);
  b.addCountryAliases();
  return { parties: b.parties, ofEntity: b.ofEntity, byId: b.byId };
}

/** What the text says about one person: the roles they are described by, and the organization and
 *  country those give. */
type PersonFacts = { role: string; affiliation: string; country: string };

/** The state of one buildParties run: the parties so far and the indexes over the entities. */
class PartyBuilder {
  readonly parties: Party[] = [];
  readonly byId = new Map<string, Party>();
  readonly ofEntity = new Map<number, string>();
  readonly persons: Entity[];
  private readonly orgs: Entity[];
  /** the words written next to each person's mentions: role, apposition, country, organization */
  private readonly apposOf = new Map<number, string[]>();
  private readonly tags: Map<string, string>;
  private readonly orgsByWord = new Map<string, Entity[]>();
  private readonly orgByAcronym = new Map<string, Entity>();
  /** a person's surname or full name, for a client named in a lawyer's apposition */
  private readonly personBySurname = new Map<string, Entity>();
  /** "Noel and Thomas" speak together: each of them is on that joint side */
  private readonly jointOf = new Map<string, Entity>();
  /** The country party of the one military body among the text's organizations, or null. */
  private mil: Party | null | undefined;

  constructor(
    entities: Entity[],
    private readonly text: string,
    sources: SourceAt[],
    /** the text's word tokens, when the caller has them */
    private readonly toks?: readonly Tok[],
  ) {
    this.noteAppositions(sources);
    this.tags = partyTags(text);
    this.orgs = entities.filter((x) => x.kind !== "person");
    for (const e of this.orgs) this.ofEntity.set(e.id, this.orgParty(e).id);
    for (const x of this.orgs) for (const w of new Set(x.name.toLowerCase().split(/\s+/))) (this.orgsByWord.get(w) ?? this.orgsByWord.set(w, []).get(w)!).push(x);
    for (const x of this.orgs) if (x.acronym && !this.orgByAcronym.has(x.acronym)) this.orgByAcronym.set(x.acronym, x);
    this.persons = entities.filter((x) => x.kind === "person");
    const bySurname = this.personBySurname;
    for (const x of entities) if (x.kind === "person" || x.kind === "org") bySurname.set(x.name.split(" ").pop()!, x);
    const joints = entities.filter((x) => x.kind !== "country" && JOINT_NAME.test(x.name));
    for (const x of joints) for (const part of x.name.split(/\s+and\s+/)) this.jointOf.set(part.split(" ").pop()!, x);
    for (const x of joints) for (const part of x.name.split(/\s+and\s+/)) if (!bySurname.has(part.split(" ").pop()!)) bySurname.set(part.split(" ").pop()!, x);
  }

  private noteAppositions(sources: SourceAt[]): void {
    const text = this.text;
    const note = (id: number, a: string): void => void (this.apposOf.get(id) ?? this.apposOf.set(id, []).get(id)!).push(a);
    for (const s of sources) {
      const m = APPOS.exec(text.slice(s.end, s.end + 110));
      if (m) note(s.entity, m[1]!);
      // "Ravi Osei, who represents Kolb": the source itself may carry it
      const src = text.slice(s.start, Math.min(s.end, s.start + 200));
      const comma = src.indexOf(",");
      if (comma > 0) note(s.entity, src.slice(comma + 1));
    }
  }

  private party(name: string, alias: string[] = []): Party {
    const id = slug(name);
    let p = this.byId.get(id);
    if (!p) {
      p = { id, name, aliases: [], quoted: true };
      this.byId.set(id, p);
      this.parties.push(p);
    }
    for (const a of alias) if (a && a !== p.name && !p.aliases.includes(a)) p.aliases.push(a);
    return p;
  }

  private orgParty(e: Entity): Party {
    // "US", "the U.S." and "the United States": one side, under the country's own name
    const c = countryOf(e.name.replace(/^the\s+/i, "").replace(/\.$/, ""));
    if (c && c !== e.name) return this.party(c, [e.name, ...e.mentions]);
    if (e.kind === "country") return this.party(e.name, e.mentions);
    // "Republicans", "the GOP", "Democrats": the political party
    const pol = POLITICAL_NAME.test(e.name) ? politicalParty(e.name) : "";
    if (pol) return this.party(pol, e.mentions);
    // ("the American Walking Council, an industry group": a body the text calls private is no state's)
    const privateBody = [...e.mentions, ...(this.apposOf.get(e.id) ?? [])].some((m) => PRIVATE_BODY.test(m));
    if (e.country && isStateOrg(e.head) && !privateBody) return this.party(e.country, [e.name, ...e.mentions]);
    return this.party(e.name, [e.acronym, ...e.mentions]);
  }

  /** The organization of the text an affiliation names ("Taliban" for "the Afghan Taliban"). */
  private orgNamed(aff: string): Entity | undefined {
    const al = aff.toLowerCase().replace(/^the\s+/, "");
    // only organizations sharing a word with the affiliation can be it (an index, not a scan)
    const cands = new Set<Entity>();
    for (const w of al.split(/\s+/)) for (const x of this.orgsByWord.get(w) ?? []) cands.add(x);
    const byAcr = this.orgByAcronym.get(aff);
    if (byAcr) cands.add(byAcr);
    return [...cands].find((x) => x.kind !== "country" && (x.name.toLowerCase().includes(al) || al.includes(x.name.toLowerCase()) || sameWords(al, x.name) || (x.acronym !== "" && x.acronym === aff)));
  }

  private partyOfName(n: string): Party | undefined {
    const e = this.personBySurname.get(n.replace(/[’']s$/, "").split(" ").pop()!);
    if (!e) return undefined;
    const id = this.ofEntity.get(e.id);
    if (id) return this.byId.get(id);
    return e.kind === "person" ? this.party(e.name) : undefined;
  }

  private quotedMilitary(): Party | null {
    const found = new Set<string>();
    for (const x of this.orgs) if (x.country && MILITARY_HEAD.test(x.head)) found.add(this.ofEntity.get(x.id) ?? "");
    const id = found.size === 1 ? [...found][0]! : "";
    const hit = id ? this.byId.get(id) : undefined;
    return hit && countryOf(hit.name) === hit.name ? hit : null;
  }

  /** A person's side (none for a neutral voice: an analyst, an academic), their names its aliases. */
  addPerson(e: Entity): void {
    const facts = this.factsOf(e);
    let p = this.sideOf(e, facts);
    if (p === undefined) {
      // "Sen. Jo Hart (R-Ohio)", "Hart, D-Calif.", "Republican nominee Jo Hart"
      const t = this.tags.get(e.name) ?? this.tags.get(e.name.split(" ").pop() ?? "");
      if (t) p = this.party(t);
    }
    if (p === null) {
      this.ofEntity.delete(e.id);
      return;
    }
    p ??= this.party(e.name);
    for (const m of [e.name, ...e.mentions]) if (m !== p.name && !p.aliases.includes(m)) p.aliases.push(m);
    this.ofEntity.set(e.id, p.id);
  }

  /** Every phrase the person went by and the appositions after them: their roles, organization, country. */
  private factsOf(e: Entity): PersonFacts {
    const roles: string[] = [e.role];
    let affiliation = e.affiliation;
    let country = e.country;
    for (const m of e.mentions) {
      const d = describePhrase(m);
      if (d.role) roles.push(d.role);
      const comma = m.indexOf(",");
      if (comma > 0) roles.push(m.slice(comma + 1));
      // (the role may follow the name: "Mira Chen, the union's president")
      if (!affiliation) affiliation = d.affiliation || roleOwner(d.role) || this.ownerOfRole(m, e) || (comma > 0 ? this.ownerOfRole(m.slice(comma + 1).trim(), e) : "");
      if (!country && d.country && d.kind !== "org") country = d.country;
    }
    for (const a of this.apposOf.get(e.id) ?? []) {
      roles.push(a);
      if (!affiliation) {
        const d = describePhrase(`${e.name}, ${a}`);
        if (d.affiliation) affiliation = d.affiliation;
      }
    }
    const role = roles.filter(Boolean).join(" ; ");
    // "the principal deputy White House press secretary": an organization of the text before the role
    if (!affiliation) {
      ORG_BEFORE_ROLE.lastIndex = 0;
      for (let m = ORG_BEFORE_ROLE.exec(role); m && !affiliation; m = ORG_BEFORE_ROLE.exec(role)) if (this.orgNamed(m[1]!)) affiliation = m[1]!;
    }
    // "Chief Executive Hanna Lind" with no company named in the role: the business named last before
    if (!affiliation && BUSINESS_ROLE.test(role)) affiliation = this.businessBefore(e);
    // "Republican Gov. Jo Hart", "Republican state schools Superintendent Jo Hart": the holder of an
    // executive office speaks for the office, not for the party its label names
    if (affiliation && politicalParty(affiliation) === affiliation && EXECUTIVE_IN_ROLE.test(`${role} ${e.name}`)) affiliation = "";
    return { role, affiliation, country };
  }

  /** The organization of the text a role phrase names by "its" or by the organization's head noun:
   *  "Its president, Rita Gomez" (the organization named last before the person), "The association's
   *  president, …" (the one organization of the text whose name ends in "Association"); else "". */
  private ownerOfRole(mention: string, e: Entity): string {
    const m = OWNED_ROLE.exec(mention);
    if (!m || !ROLE_NOUN.test(m[3]!)) return "";
    if (m[1]) {
      let last: Entity | undefined;
      for (const x of this.orgs) if (x.kind === "org" && x.first < e.first && (!last || x.first > last.first)) last = x;
      return last?.name ?? "";
    }
    const head = m[2]!.toLowerCase();
    // ("the union's president": a union of the text, whatever its name ends in)
    const union = UNION_HEAD.test(head);
    const named = this.orgs.filter((x) => x.kind === "org" && (x.name.toLowerCase().split(/\s+/).pop() === head || union && UNION_NAME.test(x.name)));
    return named.length === 1 ? named[0]!.name : "";
  }

  /** The business (an organization with no institution's word, no outlet) the text names last
   *  before the person first speaks; "" when none. */
  private businessBefore(e: Entity): string {
    let last: Entity | undefined;
    for (const x of this.orgs) if (x.kind === "org" && x.first < e.first && !INSTITUTION_WORD.test(x.name) && !OUTLET.test(x.name) && (!last || x.first > last.first)) last = x;
    return last?.name ?? "";
  }

  /** The side a person speaks for: null for none (a neutral voice), undefined when nothing says. */
  private sideOf(e: Entity, { role, affiliation, country }: PersonFacts): Party | null | undefined {
    // a lawyer or spokesperson speaks for the client ("Carlineo's attorney", "who represents Noel")
    const client = CLIENT_OF.exec(role) ?? CLIENT_POSS.exec(role);
    const clientParty = client ? this.partyOfName(client[1]!) : undefined;
    const joint = !/\s+and\s+/.test(e.name) ? this.jointOf.get(e.name.split(" ").pop()!) : undefined;
    if (/^(?:Republicans|Democrats|GOP)$/.test(e.name)) return this.party(politicalParty(e.name) || "Republican Party");
    if (joint) return this.byId.get(this.ofEntity.get(joint.id) ?? "") ?? this.party(joint.name);
    if (clientParty) return clientParty;
    if ((NEUTRAL_ROLE.test(role) || ACADEMIC.test(role)) && !STATE_ROLE.test(role)) return null;
    if (affiliation) return this.sideOfAffiliation(e, affiliation, role, country);
    if (country && STATE_ROLE.test(role)) return this.party(country);
    return undefined;
  }

  private sideOfAffiliation(e: Entity, affiliation: string, role: string, country: string): Party | undefined {
    const org = this.orgNamed(affiliation);
    if (org) return this.byId.get(this.ofEntity.get(org.id)!);
    // an organization the article never quotes: the person's country, where the text gives one
    if (country && STATE_ROLE.test(role)) return this.party(country);
    // a description ("the cooperative") that no organization of the text answers to: no party from it
    if (/^\p{Ll}/u.test(affiliation)) return undefined;
    // "General Jo Hart, chairman of the Joint Staff": an officer of a body the text does not quote
    // speaks for the one country whose military the text quotes ("the Ostland military said")
    if (e.mentions.some((m) => MILITARY_RANK.test(m)) && (this.mil ??= this.quotedMilitary()) !== null) return this.mil;
    const d = describePhrase(affiliation);
    const c = d.country || countryOf(affiliation.split(" ")[0] ?? "");
    return c && isStateOrg(d.head) ? this.party(c) : this.party(affiliation);
  }

  /** "Trump" alone and "Donald Trump": one person, one side (when only one full name ends so).
   *  Returns the full names' sides by surname. */
  mergeSurnames(): Map<string, Party[]> {
    const fullBySurname = new Map<string, Party[]>();
    for (const p of this.parties) {
      const ws = p.name.split(" ");
      if (ws.length >= 2 && /^\p{Lu}/u.test(p.name)) (fullBySurname.get(ws[ws.length - 1]!) ?? fullBySurname.set(ws[ws.length - 1]!, []).get(ws[ws.length - 1]!)!).push(p);
    }
    for (const [eid, pid] of this.ofEntity) {
      const p = this.byId.get(pid)!;
      if (p.name.includes(" ")) continue;
      const full = fullBySurname.get(p.name);
      if (full?.length === 1) {
        this.ofEntity.set(eid, full[0]!.id);
        for (const a of [p.name, ...p.aliases]) if (a !== full[0]!.name && !full[0]!.aliases.includes(a)) full[0]!.aliases.push(a);
      }
    }
    return fullBySurname;
  }

  /** "Kessel co-founder Jo Hart" written anywhere in the text: a person standing alone joins the
   *  organization of the text they hold a role for (one pass over the text). Returns the sides left. */
  joinRoleOwners(): Set<string> {
    const { byId, ofEntity } = this;
    const roleFor = rolesInText(this.text, this.toks);
    const joined = new Set<string>();
    for (const e of this.persons) {
      const pid = ofEntity.get(e.id);
      const own = pid ? byId.get(pid) : undefined;
      if (!own || own.name !== e.name) continue;
      const owner = roleFor.get(e.name)?.replace(/^The\s+/, "");
      if (!owner || owner === e.name) continue;
      const org = byId.get(slug(owner)) ?? this.orgNamed(owner);
      const target = org && "kind" in org ? byId.get(ofEntity.get(org.id) ?? "") : (org as Party | undefined);
      if (!target || target === own) continue;
      ofEntity.set(e.id, target.id);
      for (const a of [own.name, ...own.aliases]) if (a !== target.name && !target.aliases.includes(a)) target.aliases.push(a);
      joined.add(own.id);
    }
    return joined;
  }

  /** A person's own side, left empty when they joined another (their names are its aliases now). */
  dropEmpty(fullBySurname: Map<string, Party[]>, joined: Set<string>): void {
    const used = new Set(this.ofEntity.values());
    const parties = this.parties;
    for (let k = parties.length - 1; k >= 0; k--) {
      const p = parties[k]!;
      if (!used.has(p.id) && ((!p.name.includes(" ") && fullBySurname.get(p.name)?.length === 1) || joined.has(p.id))) {
        parties.splice(k, 1);
        this.byId.delete(p.id);
      }
    }
  }

  /** A country party also answers to its capital and demonym where the text uses them ("Moscow").
   *  (the lower-cased text only when some side is a country: it is a copy of the whole text) */
  addCountryAliases(): void {
    const text = this.text;
    let lower: string | undefined;
    for (const p of this.parties) {
      for (const f of COUNTRY_ALIASES(p.name)) {
        if (f.length < 3) continue;
        lower ??= text.toLowerCase();
        const at = lower.indexOf(f);
        if (at >= 0 && !/[a-z]/.test(lower[at + f.length] ?? "") && !/[a-z]/.test(lower[at - 1] ?? "")) {
          const written = text.slice(at, at + f.length);
          if (written !== p.name && !p.aliases.includes(written)) p.aliases.push(written);
        }
      }
    }
  }
}

const JOINT_NAME = /^\p{Lu}[\p{L}.’'-]*(?:\s+\p{Lu}[\p{L}.’'-]*)*\s+and\s+\p{Lu}[\p{L}.’'-]*(?:\s+\p{Lu}[\p{L}.’'-]*)*$/u;

// (sticky: tried only at the capitals of the words right before a role noun, see rolesInText; its
// role nouns are lexicon TEXT_ROLE_NOUN)
export const TEXT_ROLE = /(\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'-]+){0,3})\s+(?:co-?)?(?:founder|spokes(?:man|woman|person)|editor-in-chief|chairman|chairwoman|chief executive|ceo|director|leader|president)\s+(\p{Lu}\p{Ll}+(?:\s+\p{Lu}\.)?\s+\p{Lu}[\p{L}’'-]+)/uy;
/** Full names written after an organization's role noun ("Kessel founder Jo Hart"), to that organization. */
export function rolesInText(text: string, toks: readonly Tok[] = tokenize(text)): Map<string, string> {
  const out = new Map<string, string>();
  // The role noun of a match follows white space and white space follows it: a word token of its
  // own (with its "co-"). The pattern can only match from the capitals of the words before one.
  const nouns: number[] = [];
  for (const t of toks) if (t.lex & LEX.TEXT_ROLE_NOUN) nouns.push(t.s);
  for (const m of matchesAt(TEXT_ROLE, text, uppersBefore(text, nouns))) {
    const owner = roleOwner(`${m[1]} founder`);
    if (owner && !out.has(m[2]!)) out.set(m[2]!, owner);
  }
  return out;
}

/** A military rank before a name ("General Jo Hart", "Lt. Gen. Hart", "Admiral Hart"). */
const MILITARY_RANK = /(?:^|[\s;,])(?:General|Gen\.|Lt\.?\s+Gen\.|Maj\.?\s+Gen\.|Brig\.?\s+Gen\.|Admiral|Adm\.|Vice\s+Admiral|Air\s+Marshal|Field\s+Marshal)\s+\p{Lu}/u;

/**
 * The US party labels news style writes next to names, found in one pass over the text: "Hart
 * (R-Ohio)" and "Hart, D-Calif." by surname, "Republican nominee Jo Hart" by the name that follows.
 */
export function partyTags(text: string): Map<string, string> {
  const out = new Map<string, string>();
  const label = (w: string): string => (/^D|^Democrat/.test(w) ? "Democratic Party" : w === "I" ? "" : "Republican Party");
  // (opens with a capital: tried at the capitals of the words right before a label, see ./anchors)
  const labels: number[] = [];
  PARTY_LABEL.lastIndex = 0;
  for (let m = PARTY_LABEL.exec(text); m; m = PARTY_LABEL.exec(text)) labels.push(m.index);
  for (const m of matchesAt(PARTY_AFTER, text, uppersBefore(text, labels, "(,"))) {
    const l = label(m[2]!);
    if (l && !out.has(m[1]!)) out.set(m[1]!, l);
  }
  // (a literal-led pattern: a global scan finds it fast)
  const before = /\b(Democratic|Democrat|Republican|GOP)((?:\s+[\p{L}.-]+){1,5})/gu;
  for (let m = before.exec(text); m; m = before.exec(text)) {
    // the next label may sit inside these words: the scan goes on right after the party word
    before.lastIndex = m.index + m[1]!.length;
    const ws = m[2]!.trim().split(/\s+/);
    const l = label(m[1]!);
    // "Republican Gov. Jo Hart": the holder of an executive office speaks for that office, not the party
    const title = ws.findIndex((w) => EXECUTIVE_TITLE.test(w));
    if (title >= 0 && title <= 3) continue;
    // the name may start up to three words after the party word and run two or three words
    for (let i = 0; i < ws.length && i <= 3; i++) {
      for (const n of [2, 3]) {
        const name = ws.slice(i, i + n);
        if (name.length === n && name.every((w) => /^\p{Lu}/u.test(w))) {
          const k = name.join(" ");
          if (!out.has(k)) out.set(k, l);
        }
      }
    }
  }
  return out;
}
const PARTY_AFTER = /(\p{Lu}[\p{L}’'-]+)(?:\s*\(|,\s*)([DRI])-[A-Z]/uy;
/** The label PARTY_AFTER ends with ("R-Ohio"). */
const PARTY_LABEL = /[DRI]-[A-Z]/g;

const bareForm = (a: string): string => a.toLowerCase().replace(/^the\s+/, "");

/** Index a party's forms (kept up to date as aliases are added through `addForm`). */
function indexOf(table: PartyTable): NonNullable<PartyTable["index"]> {
  let ix = table.index;
  if (ix && ix.size === table.parties.length) return ix;
  ix = { forms: new Map(), last: new Map(), size: table.parties.length };
  table.index = ix;
  for (const p of table.parties) for (const a of [p.name, ...p.aliases]) noteForm(ix, p, a);
  return ix;
}
function noteForm(ix: NonNullable<PartyTable["index"]>, p: Party, a: string): void {
  const f = bareForm(a);
  if (!ix.forms.has(f)) ix.forms.set(f, p);
  const ws = a.split(/\s+/);
  if (/^\p{Lu}/u.test(a) && ws.length <= 4) {
    const l = ws[ws.length - 1]!;
    (ix.last.get(l) ?? ix.last.set(l, new Set()).get(l)!).add(p);
  }
}
function addForm(table: PartyTable, p: Party, a: string): void {
  if (a === p.name || p.aliases.includes(a)) return;
  p.aliases.push(a);
  if (table.index) noteForm(table.index, p, a);
}

/** The side a phrase names, by its own forms: "US", "Washington" and "the United States" are one. */
function known(table: PartyTable, phrase: string): Party | undefined {
  const lw = bareForm(phrase);
  const byName = table.byId.get(slug(phrase)) ?? table.byId.get(slug(lw));
  if (byName) return byName;
  const c = countryOf(lw);
  if (c) {
    const p = table.byId.get(slug(c));
    if (p) return p;
  }
  const ix = indexOf(table);
  const hit = ix.forms.get(lw);
  if (hit) return hit;
  // a surname or title + surname for a person side ("Obama" for "Barack Obama")
  const last = phrase.split(/\s+/).pop()!.replace(/[’']s$/, "");
  // (a political party is only itself: "Democratic Party" is not "Republican Party")
  if (/^\p{Lu}[\p{Ll}’'-]+$/u.test(last) && !countryOf(last) && politicalParty(phrase) !== phrase) {
    const hits = ix.last.get(last);
    if (hits && hits.size === 1) {
      const p = [...hits][0]!;
      // "Omar Hart" is not "Jo Hart": a full name must share its first name with the side
      const d = describePhrase(phrase);
      const first = d.kind === "person" ? d.name.split(/\s+/)[0]! : "";
      if (first && d.name.includes(" ") && ![p.name, ...p.aliases].some((a) => a.split(/\s+/).includes(first))) return undefined;
      return p;
    }
  }
  return undefined;
}

/** Nouns of a group that speaks for someone else: "Prison union representatives", "members of the board". */
/** A plural noun phrase of up to three words, then a preposition of place and what it names. */
const GROUP_THEN_PLACE = /^((?:\S+\s+){0,2}\S+s)\s+(?:on|in|at|from|across|inside|within)\s+\S.*$/;
const PEOPLE_NOUN = /(?:ers|ors|ists|ants|ents|ians|ives|ees|men|ics|ites|ards|ats|family|union|campaign|team|board|crew|staff|police|troops|military|forces)$/i;

/**
 * The side a plural group speaking without a name stands for ("Federal prosecutors", "Prison
 * union representatives", "representatives of the family", "Teachers"); null for vague or neutral
 * groups ("officials", "experts", "people"). An organization of the text with that group's word
 * ("the Teachers Association" for "teachers") is that side.
 */
export function groupParty(table: PartyTable, phrase: string): Party | null {
  let p = phrase.replace(/\s+/g, " ").trim().replace(/[,;:].*$/, "");
  // "Two federal prison officers" and "Noel and Thomas": as many people as the one pair the text names
  const count = /^(?:[Tt]he\s+)?([Tt]wo|[Tt]hree)\s+(?:[\p{Ll}-]+\s+){0,3}[\p{Ll}-]+s$/u.exec(p);
  if (count) {
    const n = count[1]!.toLowerCase() === "two" ? 2 : 3;
    const named = table.parties.filter((x) => x.quoted && / and /.test(x.name) && x.name.split(/\s*,\s*|\s+and\s+/).length === n && x.name.split(/\s*,\s*|\s+and\s+/).every((w) => /^\p{Lu}/u.test(w)));
    if (named.length === 1) return named[0]!;
  }
  const of = /^(?:the\s+)?(?:\w+\s+)?(?:representatives|members|lawyers|attorneys|leaders)\s+(?:of|for)\s+(.+)$/i.exec(p);
  if (of) p = of[1]!;
  // "Republicans on the council", "teachers at the school": a group and where it sits
  const where = GROUP_THEN_PLACE.exec(p);
  if (where) p = where[1]!;
  const ws = p.split(" ").filter((w) => !/^(?:the|a|an|two|three|four|five|several|some|many|both|all|\d+)$/i.test(w));
  if (ws.length === 0 || ws.length > 4) return null;
  let head = ws[ws.length - 1]!;
  if (AGENT_NOUN.test(head) && ws.length > 1 && !/^(?:defen[cs]e)$/i.test(ws[0]!)) {
    ws.pop();
    head = ws[ws.length - 1]!;
  } else if (!/^\p{L}+s$/u.test(head) || /ss$/.test(head)) {
    // a singular head: only an owner's group ("Epstein's family") or a collective noun
    if (!COLLECTIVE_HEAD.test(head)) return null;
  }
  // "Epstein's family", "the Hart family": a named owner's family is a side, a family alone is not
  const ownFamily = /^famil(?:y|ies)$/i.test(head) && ws.length > 1 && /^\p{Lu}/u.test(ws[ws.length - 2]!);
  if ((VAGUE_GROUP.test(head) && !ownFamily) || NEUTRAL_ROLE.test(head) || ws.some((w) => /^[a-z]+$/.test(w) && PRONOUN_NP.test(w))) return null;
  // a party's members ("Republicans", "Democrats") are its side
  const pol = politicalParty(head) || (/^(?:GOP)$/.test(head) ? "Republican Party" : "");
  if (pol) return accusedParty(table, pol, true);
  // only nouns of people ("prosecutors", "protesters", "activists") or collectives make a side
  if (!PEOPLE_NOUN.test(head) || /ments$/i.test(head)) return null;
  // an organization of the text with that group's word ("Teachers Association" for "teachers")
  const stem = head.toLowerCase().slice(0, 7);
  // (and "the union" for a union the text names otherwise: "Nurses' Federation", "Pilots Association")
  const union = UNION_HEAD.test(head.toLowerCase());
  const orgs = table.parties.filter((x) => x.quoted && x.name.split(" ").length >= 2 && (x.name.toLowerCase().split(" ").some((w) => w.length >= 5 && w.slice(0, 7) === stem) || union && UNION_NAME.test(x.name)));
  if (orgs.length === 1) return orgs[0]!;
  const name = ws.length > 1 && AGENT_NOUN.test(ws[ws.length - 1]!) ? ws.join(" ") : head === ws[ws.length - 1] && ws.length === 1 ? head : ws.slice(-2).join(" ");
  const key = (head[0]!.toUpperCase() + head.slice(1)).replace(/’s$|'s$/, "");
  const finalName = /^\p{Ll}/u.test(name) || name === head ? key : name;
  const id = slug(/family|union|campaign|team|board|crew|staff/i.test(head) ? finalName : key);
  let party = table.byId.get(id);
  if (!party) {
    party = { id, name: finalName, aliases: [], quoted: true };
    table.byId.set(id, party);
    table.parties.push(party);
  }
  if (phrase !== party.name && !party.aliases.includes(phrase)) party.aliases.push(phrase);
  return party;
}

/**
 * The side of a body the text only describes ("The health ministry", "the utility"): its
 * description without the article; a later "the ministry" joins it by its last word, and names it.
 */
export function describedParty(table: PartyTable, phrase: string, head: string): Party {
  const name = phrase.replace(/\u00ad/g, "").replace(/\s+/g, " ").trim().replace(/^the\s+/i, "");
  return quotedSide(table, name[0]!.toUpperCase() + name.slice(1), name.toLowerCase() === head ? [phrase] : [phrase, `the ${head}`]);
}

/** The quoted side called `name`, made with `aliases` when the table has none of that name. */
export function quotedSide(table: PartyTable, name: string, aliases: string[]): Party {
  const id = slug(name);
  const have = table.byId.get(id);
  if (have) {
    have.quoted = true;
    return have;
  }
  return addParty(table, { id, name, aliases, quoted: true });
}

/** `p` added to the table (and to its index of forms, once that is built). */
function addParty(table: PartyTable, p: Party): Party {
  table.byId.set(p.id, p);
  table.parties.push(p);
  if (table.index) {
    table.index.size++;
    for (const a of [p.name, ...p.aliases]) noteForm(table.index, p, a);
  }
  return p;
}

/** The one quoted side of the text that prosecutes (by its name or aliases), if exactly one does. */
export function prosecution(table: PartyTable): Party | undefined {
  const pros = table.parties.filter((p) => p.quoted && [p.name, ...p.aliases].some((a) => PROSECUTING.test(a)));
  return pros.length === 1 ? pros[0] : undefined;
}

/**
 * Party for an accused side named in a statement ("the US security services" -> United States,
 * "President Barack Obama", "the “interim” government"). `make` creates it, not quoted, when the
 * text has no such side yet.
 */
export function accusedParty(table: PartyTable, phrase: string, make: boolean): Party | null {
  const np = phrase.replace(/[“”"‘]/g, "").replace(/\s+/g, " ").trim();
  if (!np || PRONOUN_NP.test(np)) return null;
  // "the U.S. Attorney's Office", "the Justice Department": the one prosecuting side that speaks
  if (PROSECUTING.test(np)) {
    const pros = prosecution(table);
    if (pros) return pros;
  }
  const d = describePhrase(np);
  // a state body ("the Russian Defense Ministry", "US forces") speaks for its country
  const stateOf = d.country && (d.kind === "country" || isStateOrg(d.head) || (d.kind !== "person" && d.kind !== "org")) ? d.country : "";
  const found = known(table, np) ?? (stateOf ? known(table, stateOf) : undefined) ?? (d.name && d.kind !== "other" ? known(table, d.name) : undefined);
  if (found) {
    addForm(table, found, np);
    return found;
  }
  if (!make) return null;
  const name =
    stateOf ||
    (d.kind === "org" || d.kind === "person" || d.kind === "surname" ? d.name : "") ||
    // "the interim government", "prosecutors": a described side keeps its description
    ((d.kind === "def-desc" || d.kind === "other") && isStateOrg(d.head) ? np.replace(/^the\s+/i, "") : "") ||
    // "the impeachment hearings": a proceeding named by what it is stands for whoever runs it
    (d.kind === "def-desc" || d.kind === "other" ? proceedingName(np) : "");
  if (!name) return null;
  const id = slug(name);
  const have = table.byId.get(id);
  if (have) return have;
  return addParty(table, { id, name: name[0]!.toUpperCase() + name.slice(1), aliases: name === np ? [] : [np], quoted: false });
}
