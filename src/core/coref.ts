// Coreference for speakers: each statement's source phrase is tied to an entity (person,
// organization, country), pronouns and short forms ("he", "the ministry", "Konashenkov", "SOHR")
// to the nearest compatible earlier one. Works on the statements only (small N); it must never
// invent an entity for a pronoun it cannot resolve.
import type { Statement } from "./types";
import { describePhrase, initials, isStateOrg, type PhraseInfo } from "./entities";

export type Entity = {
  id: number;
  kind: "person" | "org" | "country" | "desc";
  name: string;
  acronym: string;
  head: string;
  country: string;
  affiliation: string;
  role: string;
  /** every phrase that referred to it, as written */
  mentions: string[];
  first: number;
};

export type Coref = {
  entities: Entity[];
  /** entity id per statement index, or -1 */
  ofStatement: number[];
  info: (PhraseInfo | null)[];
};

/** A mention without the relative clause the extractor may keep ("X (SOHR), which is based in ..."). */
const asWritten = (s: string): string => s.replace(/,\s*(?:which|who|whose)\b[\s\S]*$/, "").trim();
const lastWord = (s: string): string => s.split(/\s+/).pop() ?? s;
const lower = (s: string): string => s.toLowerCase();

/**
 * The organization first named after offset `at`, within a short distance. Entities are created
 * in text order, so `first` is sorted: binary search, then a short walk.
 */
export function nextOrgAfter(entities: Entity[], at: number, within = 600): Entity | undefined {
  let lo = 0;
  let hi = entities.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (entities[mid]!.first <= at) lo = mid + 1;
    else hi = mid;
  }
  for (let k = lo; k < entities.length && entities[k]!.first - at < within; k++) if (entities[k]!.kind === "org") return entities[k];
  return undefined;
}

// Words that can stand before a surname without being a first name ("President Trump", "The Smith").
const NOT_FIRST = /^(?:The|A|An|And|But|Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|President|Senator|Governor|Secretary|Minister|Judge|Justice|Chief|Prime|Vice|Former|Said|Says|In|On|At|For|Of|To|By|With|From|As|When|While|If|That|This|It|He|She|They|We|Mayor|Attorney|General|Speaker|Leader|Director|Professor|Candidate|Nominee|Democrat|Republican|Democratic|Sir|Lady|Lord|Saint|St|New|North|South|East|West|Los|Las|San|Santa|United)$/;

/** "Donald Trump" for "Trump" when the text spells the full name somewhere; else "". */
export function fullNameIn(text: string, surname: string): string {
  if (surname.length < 2) return "";
  for (let at = text.indexOf(surname); at > 0; at = text.indexOf(surname, at + 1)) {
    const after = text.charCodeAt(at + surname.length);
    if (after >= 97 && after <= 122) continue; // "Trumpet"
    const m = /([A-Z][a-z]+(?: [A-Z]\.)?) $/.exec(text.slice(Math.max(0, at - 24), at));
    if (m && !NOT_FIRST.test(m[1]!.split(" ")[0]!)) return `${m[1]} ${surname}`;
  }
  return "";
}

export function resolveSpeakers(statements: Statement[], text = ""): Coref {
  const entities: Entity[] = [];
  const ofStatement = statements.map(() => -1);
  const info: (PhraseInfo | null)[] = statements.map(() => null);
  const order = statements
    .map((s, i) => ({ i, at: s.source ? s.source.start : s.content.start }))
    .sort((a, b) => a.at - b.at);
  // speakers so far, most recent last: pronouns look back along this list
  const history: number[] = [];
  const pendingIndef: { i: number; at: number }[] = [];

  // Indexes instead of scans, so a long text with many speakers stays linear.
  const bySurname = new Map<string, Entity>();
  const orgByKey = new Map<string, Entity>();
  const byWord = new Map<string, Entity[]>();
  const lastUseOf = new Map<number, number>();
  const index = (ent: Entity): void => {
    if (ent.kind === "person") {
      if (!bySurname.has(lower(lastWord(ent.name)))) bySurname.set(lower(lastWord(ent.name)), ent);
      return;
    }
    for (const k of [lower(ent.name), ent.acronym ? `#${ent.acronym}` : ""]) if (k && !orgByKey.has(k)) orgByKey.set(k, ent);
    for (const w of new Set([...lower(ent.name).split(/\s+/), ent.head])) {
      if (!w) continue;
      const l = byWord.get(w);
      if (l) l.push(ent);
      else byWord.set(w, [ent]);
    }
  };
  const add = (e: Omit<Entity, "id" | "mentions">, mention: string): Entity => {
    const ent: Entity = { ...e, id: entities.length, mentions: [asWritten(mention)] };
    entities.push(ent);
    index(ent);
    return ent;
  };
  const recent = (ok: (e: Entity) => boolean): Entity | undefined => {
    // a pronoun looks back over the last few speakers only
    for (let h = history.length - 1; h >= 0 && h >= history.length - 60; h--) {
      const e = entities[history[h]!]!;
      if (ok(e)) return e;
    }
    return undefined;
  };

  for (const { i, at } of order) {
    const st = statements[i]!;
    if (!st.source) continue;
    const d = describePhrase(st.source.text);
    info[i] = d;
    let e: Entity | undefined;
    switch (d.kind) {
      case "person":
      case "surname": {
        const sur = lower(lastWord(d.name));
        e = bySurname.get(sur);
        if (!e && d.kind === "surname") e = orgByKey.get(`#${d.name}`) ?? orgByKey.get(lower(d.name));
        if (e && d.kind === "person" && e.name.split(" ").length < d.name.split(" ").length) e.name = d.name;
        if (e && !e.affiliation && d.affiliation) e.affiliation = d.affiliation;
        // "Trump" alone: the text may spell the full name elsewhere ("Donald Trump")
        const full = d.kind === "surname" && text ? fullNameIn(text, d.name) : "";
        e ??= add({ kind: "person", name: full || d.name, acronym: "", head: "", country: d.country, affiliation: d.affiliation, role: d.role, first: at }, st.source.text);
        break;
      }
      case "org": {
        const acr = d.acronym || (d.name.split(" ").length >= 3 ? initials(d.name) : "");
        e = orgByKey.get(lower(d.name)) ?? (acr ? orgByKey.get(`#${acr}`) : undefined) ?? orgByKey.get(`#${d.name}`);
        if (e && !e.acronym && d.acronym) {
          e.acronym = d.acronym;
          if (!orgByKey.has(`#${d.acronym}`)) orgByKey.set(`#${d.acronym}`, e);
        }
        e ??= add({ kind: "org", name: d.name, acronym: d.acronym, head: d.head, country: d.country, affiliation: "", role: "", first: at }, st.source.text);
        break;
      }
      case "country":
        e = orgByKey.get(lower(d.name));
        if (e && e.kind !== "country") e = undefined;
        e ??= add({ kind: "country", name: d.name, acronym: "", head: "", country: d.name, affiliation: "", role: "", first: at }, st.source.text);
        break;
      case "pronoun":
        if (d.pronoun === "he" || d.pronoun === "she" || d.pronoun === "i") e = recent((x) => x.kind === "person");
        else if (d.pronoun === "it") e = recent((x) => x.kind === "org" || x.kind === "country");
        else if (d.pronoun === "they" || d.pronoun === "we") e = recent((x) => x.kind !== "person");
        break;
      case "def-desc": {
        // "the Observatory", "the ministry", "The Russian ministry": nearest organization with that head
        const head = d.head;
        const cands = [...(byWord.get(head) ?? []), ...(orgByKey.has(`#${d.name}`) ? [orgByKey.get(`#${d.name}`)!] : [])].filter(
          (x) => (x.kind === "org" || x.kind === "desc") && (!d.country || !x.country || x.country === d.country),
        );
        e = cands.sort((a, b) => lastUse(b) - lastUse(a))[0];
        // "the Syrian forces", "the Iranian government": a state body of a named country
        if (!e && d.country && isStateOrg(head))
          e = add({ kind: "org", name: d.name, acronym: "", head, country: d.country, affiliation: "", role: "", first: at }, st.source.text);
        break;
      }
      case "indef-desc":
        pendingIndef.push({ i, at });
        break;
      default:
        break;
    }
    if (e) {
      ofStatement[i] = e.id;
      const w = asWritten(st.source.text);
      if (!e.mentions.includes(w)) e.mentions.push(w);
      lastUseOf.set(e.id, history.length);
      history.push(e.id);
    }
  }
  // "a shadowy monitoring group ... The Observatory": an indefinite description of an
  // organization points forward to the organization named next, close by.
  for (const p of pendingIndef) {
    const d = info[p.i]!;
    const next = nextOrgAfter(entities, p.at);
    if (next && /^(?:group|organization|organisation|monitor|body|watchdog|observatory|ngo|outfit|network|charity|coalition)$/.test(d.head)) {
      ofStatement[p.i] = next.id;
      next.mentions.push(asWritten(statements[p.i]!.source!.text));
    }
  }
  function lastUse(e: Entity): number {
    return lastUseOf.get(e.id) ?? -1;
  }
  return { entities, ofStatement, info };
}
