// Parties: speakers grouped by the side they speak for. A person joins the organization in their
// title, a state organization joins its country ("the Russian Defense Ministry" -> Russia), other
// organizations stand for themselves. It must never merge two sides on a shared word alone.
import type { Party } from "./types";
import type { Entity } from "./coref";
import { COUNTRY_ALIASES, describePhrase, isStateOrg, countryOf } from "./entities";

export type PartyTable = {
  parties: Party[];
  /** party id per entity id */
  ofEntity: Map<number, string>;
  byId: Map<string, Party>;
};

export const slug = (s: string): string =>
  s
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "") || "party";

export function buildParties(entities: Entity[], text: string): PartyTable {
  const parties: Party[] = [];
  const byId = new Map<string, Party>();
  const ofEntity = new Map<number, string>();
  const party = (name: string, alias: string[] = []): Party => {
    const id = slug(name);
    let p = byId.get(id);
    if (!p) {
      p = { id, name, aliases: [], quoted: true };
      byId.set(id, p);
      parties.push(p);
    }
    for (const a of alias) if (a && a !== p.name && !p.aliases.includes(a)) p.aliases.push(a);
    return p;
  };
  const orgParty = (e: Entity): Party => {
    if (e.kind === "country") return party(e.name, e.mentions);
    if (e.country && isStateOrg(e.head)) return party(e.country, [e.name, ...e.mentions]);
    return party(e.name, [e.acronym, ...e.mentions]);
  };

  for (const e of entities.filter((x) => x.kind !== "person")) ofEntity.set(e.id, orgParty(e).id);
  for (const e of entities.filter((x) => x.kind === "person")) {
    let p: Party | undefined;
    if (e.affiliation) {
      const aff = e.affiliation.toLowerCase();
      // "Defense Ministry" in the title joins "the Russian Defense Ministry" quoted in the article
      const org = entities.find((x) => x.kind === "org" && (x.name.toLowerCase().includes(aff) || aff.includes(x.name.toLowerCase())));
      if (org) p = byId.get(ofEntity.get(org.id)!);
      // an organization the article never quotes: the person's country, where the text gives one
      else if (e.country) p = party(e.country);
      // a description ("the cooperative") that no organization of the text answers to: no party from it
      else if (/^\p{Ll}/u.test(e.affiliation)) p = undefined;
      else {
        const d = describePhrase(e.affiliation);
        const c = d.country || countryOf(e.affiliation.split(" ")[0] ?? "");
        p = c && isStateOrg(d.head) ? party(c) : party(e.affiliation);
      }
    } else if (e.country) p = party(e.country);
    else {
      // "Sen. Jo Hart (R-Ohio)", "Hart, D-Calif.": the party label news style puts after a name
      const m = partyTag(text, e.name);
      if (m) p = party(m);
    }
    p ??= party(e.name);
    for (const m of [e.name, ...e.mentions]) if (m !== p.name && !p.aliases.includes(m)) p.aliases.push(m);
    ofEntity.set(e.id, p.id);
  }
  // A country party also answers to its capital and demonym where the text uses them ("Moscow").
  const lower = text.toLowerCase();
  for (const p of parties) {
    for (const f of COUNTRY_ALIASES(p.name)) {
      if (f.length < 3) continue;
      const at = lower.indexOf(f);
      if (at >= 0 && !/[a-z]/.test(lower[at + f.length] ?? "") && !/[a-z]/.test(lower[at - 1] ?? "")) {
        const written = text.slice(at, at + f.length);
        if (written !== p.name && !p.aliases.includes(written)) p.aliases.push(written);
      }
    }
  }
  return { parties, ofEntity, byId };
}

/** "Republican Party" for "Hart (R-Ohio)" or "Hart, D-Calif." written after the name in the text. */
export function partyTag(text: string, name: string): string {
  const sur = name.split(" ").pop() ?? "";
  if (sur.length < 2) return "";
  for (let at = text.indexOf(sur); at >= 0; at = text.indexOf(sur, at + 1)) {
    const m = /^\s*(?:\(|,\s*)([DRI])-[A-Z]/.exec(text.slice(at + sur.length, at + sur.length + 8));
    if (m) return m[1] === "D" ? "Democratic Party" : m[1] === "R" ? "Republican Party" : "";
  }
  // "Republican nominee Donald Trump": a party word at most three words before the full name
  if (name.includes(" ")) {
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
      const m = /\b(Democratic|Democrat|Republican|GOP)(?:\s+[\p{L}.-]+){0,3}\s+$/u.exec(text.slice(Math.max(0, at - 48), at));
      if (m) return m[1] === "Democratic" || m[1] === "Democrat" ? "Democratic Party" : "Republican Party";
    }
  }
  return "";
}

/** Party for an accused entity named in a content ("the US security services" -> United States). */
export function accusedParty(table: PartyTable, phrase: string, make: boolean): Party | null {
  const d = describePhrase(phrase);
  const name = d.country || (d.kind === "org" || d.kind === "person" || d.kind === "surname" ? d.name : "");
  if (!name) return null;
  const id = slug(name);
  const found = table.byId.get(id) ?? table.parties.find((p) => p.aliases.some((a) => a.toLowerCase() === phrase.toLowerCase() || a === d.acronym));
  if (found) {
    if (!found.aliases.includes(phrase)) found.aliases.push(phrase);
    return found;
  }
  if (!make) return null;
  const p: Party = { id, name, aliases: [phrase], quoted: false };
  table.byId.set(id, p);
  table.parties.push(p);
  return p;
}
