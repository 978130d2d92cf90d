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

export function resolveSpeakers(statements: Statement[]): Coref {
  const entities: Entity[] = [];
  const ofStatement = statements.map(() => -1);
  const info: (PhraseInfo | null)[] = statements.map(() => null);
  const order = statements
    .map((s, i) => ({ i, at: s.source ? s.source.start : s.content.start }))
    .sort((a, b) => a.at - b.at);
  // speakers so far, most recent last: pronouns look back along this list
  const history: number[] = [];
  const pendingIndef: { i: number; at: number }[] = [];

  const add = (e: Omit<Entity, "id" | "mentions">, mention: string): Entity => {
    const ent: Entity = { ...e, id: entities.length, mentions: [asWritten(mention)] };
    entities.push(ent);
    return ent;
  };
  const recent = (ok: (e: Entity) => boolean): Entity | undefined => {
    for (let h = history.length - 1; h >= 0; h--) {
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
        e = entities.find((x) => x.kind === "person" && lower(lastWord(x.name)) === sur);
        if (!e && d.kind === "surname") e = entities.find((x) => x.kind === "org" && (x.acronym === d.name || x.name === d.name));
        if (e && d.kind === "person" && e.name.split(" ").length < d.name.split(" ").length) e.name = d.name;
        if (e && !e.affiliation && d.affiliation) e.affiliation = d.affiliation;
        e ??= add({ kind: "person", name: d.name, acronym: "", head: "", country: d.country, affiliation: d.affiliation, role: d.role, first: at }, st.source.text);
        break;
      }
      case "org": {
        const acr = d.acronym || (d.name.split(" ").length >= 3 ? initials(d.name) : "");
        e = entities.find(
          (x) =>
            (x.kind === "org" || x.kind === "country") &&
            (lower(x.name) === lower(d.name) || (acr !== "" && x.acronym === acr) || (x.acronym !== "" && x.acronym === d.name)),
        );
        if (e && !e.acronym && d.acronym) e.acronym = d.acronym;
        e ??= add({ kind: "org", name: d.name, acronym: d.acronym, head: d.head, country: d.country, affiliation: "", role: "", first: at }, st.source.text);
        break;
      }
      case "country":
        e = entities.find((x) => x.kind === "country" && x.name === d.name);
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
        const cands = entities.filter(
          (x) =>
            (x.kind === "org" || x.kind === "desc") &&
            (x.head === head || lower(x.name).split(/\s+/).includes(head) || x.acronym === d.name) &&
            (!d.country || !x.country || x.country === d.country),
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
      history.push(e.id);
    }
  }
  // "a shadowy monitoring group ... The Observatory": an indefinite description of an
  // organization points forward to the organization named next, close by.
  for (const p of pendingIndef) {
    const d = info[p.i]!;
    const next = entities
      .filter((x) => x.kind === "org" && x.first > p.at && x.first - p.at < 600)
      .sort((a, b) => a.first - b.first)[0];
    if (next && /^(?:group|organization|organisation|monitor|body|watchdog|observatory|ngo|outfit|network|charity|coalition)$/.test(d.head)) {
      ofStatement[p.i] = next.id;
      next.mentions.push(asWritten(statements[p.i]!.source!.text));
    }
  }
  function lastUse(e: Entity): number {
    return history.lastIndexOf(e.id);
  }
  return { entities, ofStatement, info };
}
