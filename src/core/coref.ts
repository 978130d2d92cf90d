// Coreference for speakers: each statement's source phrase is tied to an entity (person,
// organization, country), pronouns and short forms ("he", "the ministry", "Konashenkov", "SOHR")
// to the nearest compatible earlier one. Works on the statements only (small N); it must never
// invent an entity for a pronoun it cannot resolve.
import type { Span, Statement } from "./types";
import { describePhrase, initials, isOrgWord, isStateOrg, type PhraseInfo } from "./entities";
import { findPeople, roleWordGender, type Gender, type Person, type People } from "./people";
import { tokenize, type Tok } from "./words";
import { usableSpeaker, antecedentAt, pluralSource } from "./speakers";
import { isPersonNoun } from "./lexicon";
import { partitionPoint } from "./search";
import { AGE_NOUN, OUTLET, BOTH_PHRASE, COMPANY_HEAD, CORPORATE_NAME, GENERIC_ORG, INSTITUTION_WORD, NOT_FIRST_NAME, NOT_OWN_NAME, ORGISH_HEAD, SURNAME_ORG_WORD, TITLE_OF, UNION_HEAD, UNION_NAME } from "./lexicon";

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
  /** the speaker a reader sees: the entity's name, else the source as written when it is usable
   *  ("a senior official"), else null (a pronoun or word nobody could resolve: "he", "which") */
  speakerOf: (string | null)[];
  /** the word is written in lower case somewhere in the text (a common noun: "teachers") */
  common: (w: string) => boolean;
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
  const lo = partitionPoint(entities.length, (mid) => entities[mid]!.first <= at);
  for (let k = lo; k < entities.length && entities[k]!.first - at < within; k++) if (entities[k]!.kind === "org") return entities[k];
  return undefined;
}

/** "Donald Trump" for "Trump" when the text spells the full name somewhere; else "". One scan of
 *  the text: for one name only (coreference uses the people index of ./people instead). */
export function fullNameIn(text: string, surname: string): string {
  if (surname.length < 2) return "";
  for (let at = text.indexOf(surname); at > 0; at = text.indexOf(surname, at + 1)) {
    const after = text.charCodeAt(at + surname.length);
    if (after >= 97 && after <= 122) continue; // "Trumpet"
    const m = /([A-Z][a-z]+(?: [A-Z]\.)?) $/.exec(text.slice(Math.max(0, at - 24), at));
    if (m && !NOT_FIRST_NAME.test(m[1]!.split(" ")[0]!)) return `${m[1]} ${surname}`;
  }
  return "";
}

/** A group named right after a person as one subject with them: "and GOP legislative leaders",
 *  "and leaders of the state Senate", "and his aides" (then a verb). */
const WITH_GROUP = /^\s+and\s+((?:(?:his|her|their|other|fellow|top|senior|the|[\p{Lu}\p{Ll}][\p{L}-]*)\s+){0,3}(?:leaders|officials|lawmakers|legislators|allies|aides|advisers|advisors|colleagues|lawyers|attorneys)(?:\s+(?:of|in|from)\s+(?:the\s+)?[\p{L}-]+(?:\s+[\p{L}-]+){0,3}?)?)\s+(?:have|has|had|are|were|will|would|\p{Ll}+ed)\b/u;

/** The rest of an organization's name ("for Fair Courts in Ostland"), ended by punctuation. */
const NAME_REST = /^ ((?:for|of)\s+\p{Lu}[\p{L}’'-]*(?:\s+(?:(?:and|in|of|for|on|the)\s+)?\p{Lu}[\p{L}’'-]*)+)(?=[,.;:]|$)/u;

/** Between a possessive name and a pronoun: the thing owned, then a clause about it ("’s July 25 call when "). */
const OWNER_CLAUSE = /^[’']s\s+(?:[\p{L}\p{N}-]+\s+){1,4}?,?\s*(?:when|as|after|before|while|in which|during which|where)\s+$/u;

type Cand = { s: number; si: number; person: number; oblique: boolean; speaker: boolean };
/** What a source phrase resolves to: an entity, or only the speaker text a reader sees (null: none). */
type Resolved = { e?: Entity; name: string | null };

/**
 * Ties each statement's source to an entity. The statements are read in text order (resolve), each
 * source first against the phrase it stands for, then as written (resolvePhrase, by the kind of
 * phrase); indefinite descriptions wait for the organization named next (resolveIndefinites).
 */
export function resolveSpeakers(statements: Statement[], text = "", toksIn?: readonly Tok[]): Coref {
  const r = new SpeakerResolver(statements, text, toksIn ?? tokenize(text));
  r.resolve();
  r.resolveIndefinites();
  return { entities: r.entities, ofStatement: r.ofStatement, info: r.info, speakerOf: r.speakerOf, common: r.people.common };
}

/** The state of one resolveSpeakers run: the entities so far, their indexes, and who spoke last. */
class SpeakerResolver {
  readonly people: People;
  readonly entities: Entity[] = [];
  readonly ofStatement: number[];
  readonly info: (PhraseInfo | null)[];
  readonly speakerOf: (string | null)[];
  /** speakers so far, most recent last: "it", "they" and "we" look back along this list */
  private readonly history: { id: number; at: number; nested?: boolean }[] = [];
  private readonly plural: { at: number; name: string; id: number }[] = [];
  private readonly pendingIndef: { i: number; at: number }[] = [];
  /** statements resolved to a person, in text order: pronouns look back over them and the mentions */
  private readonly said: Cand[] = [];
  private readonly speakerMention = new Set<number>();
  // Indexes instead of scans, so a long text with many speakers stays linear.
  private readonly bySurname = new Map<string, Entity>();
  private readonly byPerson = new Map<number, Entity>();
  private readonly personOf = new Map<number, number>();
  private readonly orgByKey = new Map<string, Entity>();
  private readonly byWord = new Map<string, Entity[]>();
  private readonly lastUseOf = new Map<number, number>();
  /** the last speaker known only by a gendered description (see noteDescribed) */
  private described1: { at: number; g: Gender; name: string } | undefined;
  /** describedBefore's finds, by describing word (made on first use) */
  private described: Map<string, { s: number; p: Person }[]> | undefined;

  constructor(
    private readonly statements: Statement[],
    private readonly text: string,
    private readonly toks: readonly Tok[],
  ) {
    this.people = findPeople(text, toks);
    this.ofStatement = statements.map(() => -1);
    this.info = statements.map(() => null);
    this.speakerOf = statements.map(() => null);
  }

  /** Every statement with a source, in text order (the order pronouns and short forms look back in). */
  resolve(): void {
    const order = this.statements
      .map((s, i) => ({ i, at: s.source ? s.source.start : s.content.start }))
      .sort((a, b) => a.at - b.at);
    for (const { i, at } of order) {
      const st = this.statements[i]!;
      if (!st.source) continue;
      const r = this.resolveAntecedent(st.source, i) ?? this.resolveWritten(st.source, at, i);
      this.speakerOf[i] = r.name;
      if (r.e) this.record(r.e, i, at);
      else if (r.name && pluralSource(r.name)) this.plural.push({ at, name: r.name, id: -1 });
      else if (r.name) this.noteDescribed(r.name, at);
    }
  }

  /** A speaker known only by a description that gives a gender ("A woman who …", "the boy's
   *  father"): "she" or "he" soon after may stand for it. */
  private noteDescribed(name: string, at: number): void {
    // the gendered noun among the description's first words ("A woman who …", "the mother of …")
    for (const w of name.toLowerCase().split(/\s+/, 4)) {
      const g = roleWordGender(w);
      if (g) {
        this.described1 = { at, g, name };
        return;
      }
    }
  }

  /** "who", "which", or a description set off after a name ("Vietnam, one of the critics, said"):
   *  the phrase it stands for, resolved (undefined: the source is read as written). */
  private resolveAntecedent(src: Span, i: number): Resolved | undefined {
    const ante = antecedentAt(this.text, this.toks, src, this.people);
    if (!ante) return undefined;
    let r: Resolved | undefined;
    if (ante.person) r = { e: this.personEntity(ante.person, ante.start, ante.text), name: ante.person.name };
    else {
      const kind = describePhrase(ante.text).kind;
      r = ante.needEntity && kind !== "org" && kind !== "country" ? undefined : this.resolvePhrase(ante.text, ante.start, ante.end, i, 1);
      if (r && ante.needEntity && !r.e) r = undefined;
    }
    if (r) this.info[i] = describePhrase(src.text);
    return r;
  }

  /** The source as written; "criticized by Citizens" + "for Fair Courts in Ostland, a watchdog": a
   *  name the source cut short, its rest opening the content, is read whole. */
  private resolveWritten(src0: Span, at: number, i: number): Resolved {
    const { text, people } = this;
    // "Obama at the time called …": a time adjunct ending the source is no part of the name
    const tail = TIME_TAIL.exec(src0.text);
    const cut = tail && tail.index > 0 ? { start: src0.start, end: src0.start + tail.index, text: src0.text.slice(0, tail.index) } : src0;
    const src = speakerPart(cut);
    const rest = /^\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*)*$/u.test(src.text) ? NAME_REST.exec(text.slice(src.end, src.end + 160)) : null;
    const whole = rest && describePhrase(src.text).kind !== "person" && !people.personIn(src.start, src.end) ? `${src.text} ${rest[1]}` : "";
    return whole && describePhrase(whole).kind === "org" ? this.resolvePhrase(whole, at, src.end + rest![0].length, i, 0) : this.resolvePhrase(src.text, at, src.end, i, 0);
  }

  /** A statement's speaker found: its mention, the history pronouns read, and who said it. */
  private record(e: Entity, i: number, at: number): void {
    const st = this.statements[i]!;
    const src = st.source!;
    this.ofStatement[i] = e.id;
    const w = asWritten(speakerPart(src).text);
    if (!e.mentions.includes(w)) e.mentions.push(w);
    this.lastUseOf.set(e.id, this.history.length);
    this.history.push({ id: e.id, at, nested: st.parent !== undefined });
    const p = this.personOf.get(e.id);
    if (p !== undefined) {
      // (a speaker inside another's words, "Moss said Dale was not attacking the union", is a
      // subject a pronoun may mean, not a speaker it means first)
      const speaker = st.parent === undefined;
      const mentions = this.people.mentions;
      this.said.push({ s: at, si: this.sentenceAt(at), person: p, oblique: false, speaker });
      for (let m = lastBefore(mentions, src.end); speaker && m >= 0 && mentions[m]!.s >= at; m--) {
        if (mentions[m]!.person === p) this.speakerMention.add(mentions[m]!.s);
      }
    }
    if (e.kind !== "person") this.plural.push({ at, name: e.name, id: e.id });
  }

  /** "a shadowy monitoring group ... The Observatory": an indefinite description of an
   *  organization points forward to the organization named next, close by. */
  resolveIndefinites(): void {
    for (const p of this.pendingIndef) {
      const d = this.info[p.i]!;
      const next = nextOrgAfter(this.entities, p.at);
      if (next && ORGISH_HEAD.test(d.head)) {
        this.ofStatement[p.i] = next.id;
        this.speakerOf[p.i] = next.name;
        next.mentions.push(asWritten(this.statements[p.i]!.source!.text));
      }
    }
  }

  private sentenceAt(at: number): number {
    const toks = this.toks;
    const lo = partitionPoint(toks.length, (mid) => toks[mid]!.s <= at);
    return toks[Math.max(0, lo - 1)]?.si ?? 0;
  }

  /** "he"/"she" at offset `at`: the salient person of that gender in this or the few sentences before. */
  private resolvePronoun(at: number, g: Gender): Person | undefined {
    const { people, said, text } = this;
    const si0 = this.sentenceAt(at);
    const ok = (c: Cand): boolean => {
      const pg = people.persons[c.person]!.gender;
      return !pg || !g || pg === g;
    };
    let a = lastBefore(people.mentions, at);
    let b = lastBefore(said, at);
    // "Hart’s July call, when he asked …": the owner of the thing the clause is about
    const own = a >= 0 ? people.mentions[a]! : undefined;
    if (own && own.si === si0 && OWNER_CLAUSE.test((/[’']s$/.test(text.slice(own.s, own.e)) ? "’s" : "") + text.slice(own.e, at)) && ok({ s: own.s, si: own.si, person: own.person, oblique: true, speaker: false })) return people.persons[own.person];
    let seen = 0;
    let si = si0;
    let group: Cand[] = [];
    while (seen < 80) {
      const m = a >= 0 ? people.mentions[a] : undefined;
      const v = b >= 0 ? said[b] : undefined;
      if (!m && !v) break;
      const takeM = m !== undefined && (v === undefined || m.s >= v.s);
      const c: Cand = takeM ? { s: m!.s, si: m!.si, person: m!.person, oblique: m!.oblique, speaker: this.speakerMention.has(m!.s) } : v!;
      if (takeM) a--;
      else b--;
      seen++;
      if (c.si !== si) {
        const pick = group.length ? choosePronounCand(group, si === si0, ok) : undefined;
        if (pick) return people.persons[pick.person];
        group = [];
        si = c.si;
        if (si0 - si > 8) return undefined;
      }
      group.push(c);
    }
    const pick = group.length ? choosePronounCand(group, si === si0, ok) : undefined;
    return pick ? people.persons[pick.person] : undefined;
  }

  private index(ent: Entity): void {
    if (ent.kind === "person") {
      if (!this.bySurname.has(lower(lastWord(ent.name)))) this.bySurname.set(lower(lastWord(ent.name)), ent);
      return;
    }
    for (const k of [lower(ent.name), ent.acronym ? `#${ent.acronym}` : ""]) if (k && !this.orgByKey.has(k)) this.orgByKey.set(k, ent);
    for (const w of new Set([...lower(ent.name).split(/\s+/), ent.head])) {
      if (!w) continue;
      const l = this.byWord.get(w);
      if (l) l.push(ent);
      else this.byWord.set(w, [ent]);
    }
  }

  private add(e: Omit<Entity, "id" | "mentions">, mention: string): Entity {
    // (written out, in the fields' order every caller gives: a spread copies through a slower generic path)
    const ent: Entity = {
      kind: e.kind, name: e.name, acronym: e.acronym, head: e.head, country: e.country, affiliation: e.affiliation, role: e.role, first: e.first,
      id: this.entities.length, mentions: [asWritten(mention)],
    };
    this.entities.push(ent);
    this.index(ent);
    return ent;
  }

  private personEntity(p: Person, at: number, mention: string, d?: PhraseInfo): Entity {
    let e = this.byPerson.get(p.id);
    if (!e) {
      e = this.add({ kind: "person", name: p.name, acronym: "", head: "", country: d?.country ?? "", affiliation: d?.affiliation ?? "", role: d?.role ?? "", first: at }, mention);
      this.byPerson.set(p.id, e);
      this.personOf.set(e.id, p.id);
    }
    if (d) {
      if (!e.affiliation && d.affiliation) e.affiliation = d.affiliation;
      if (!e.country && d.country) e.country = d.country;
      if (!e.role && d.role) e.role = d.role;
    }
    return e;
  }

  private recent(ok: (e: Entity) => boolean, at: number): Entity | undefined {
    const history = this.history;
    // a pronoun looks back over the last few speakers only, within a few paragraphs
    for (let h = history.length - 1; h >= 0 && h >= history.length - 60; h--) {
      if (at - history[h]!.at > 3000) break;
      const e = this.entities[history[h]!.id]!;
      if (ok(e)) return e;
    }
    return undefined;
  }

  /**
   * "Varnex has denied it. It has acknowledged …": when the speaker just before "it" is a single
   * capitalised name nothing marks as a person (no given name, title or gender anywhere in the
   * text), "it" tells that the name is an organization's.
   */
  private bareNameBefore(at: number): Entity | undefined {
    const last = this.lastSpeaker();
    if (!last || at - last.at > 600) return undefined;
    const e = this.entities[last.id]!;
    return this.bareName(e) ? e : undefined;
  }

  /** A single capitalised name nothing marks as a person's (no given name, title or gender anywhere
   *  in the text): "Varnex", which may be an organization's. */
  private bareName(e: Entity): boolean {
    if (e.kind !== "person" || /\s/.test(e.name)) return false;
    const p = this.people.persons[this.personOf.get(e.id) ?? -1];
    return !!p && p.surnameOnly && !p.gender && !p.relative;
  }

  /** The organization quoted last, within 1,500 characters before `at`, whose name says it is a
   *  union (UNION_NAME). */
  private lastUnion(at: number): Entity | undefined {
    for (let h = this.history.length - 1; h >= 0 && at - this.history[h]!.at < 1500; h--) {
      const x = this.entities[this.history[h]!.id]!;
      if (x.kind === "org" && UNION_NAME.test(x.name)) return x;
    }
    return undefined;
  }

  /** The last speaker recorded so far, leaving out speakers inside another's words. */
  private lastSpeaker(): { id: number; at: number } | undefined {
    const history = this.history;
    let h = history.length - 1;
    while (h >= 0 && history[h]!.nested) h--;
    return history[h];
  }

  /** "they", "both": the last plural speaker, or two people named together ("Noel and Thomas"),
   *  whichever is nearer, within a few paragraphs. */
  private resolvePlural(at: number): Resolved | undefined {
    const { people, text } = this;
    const pl = this.plural[this.plural.length - 1];
    let pair: { s: number; name: string } | undefined;
    const ms = people.mentions;
    for (let m = lastBefore(ms, at), n = 0; m >= 0 && n < 40 && at - ms[m]!.s < 2500; m--, n++) {
      const b = ms[m]!;
      // "Gov. Jo Hart and leaders of the Legislature have …": a person and a group with them
      const group = WITH_GROUP.exec(text.slice(b.e, Math.min(at, b.e + 90)));
      if (group) {
        pair = { s: b.s, name: `${people.persons[b.person]!.name} and ${group[1]!}` };
        break;
      }
      const a = ms[m - 1];
      if (a && a.person !== b.person && /^\s+and\s+$/.test(text.slice(a.e, b.s))) {
        pair = { s: a.s, name: `${people.persons[a.person]!.name} and ${people.persons[b.person]!.name}` };
        break;
      }
    }
    if (pair && (!pl || pl.at < pair.s || at - pl.at >= 2500)) return { name: pair.name };
    if (pl && at - pl.at < 2500) return pl.id >= 0 ? { e: this.entities[pl.id]!, name: this.entities[pl.id]!.name } : { name: pl.name };
    return undefined;
  }

  /** The person last named with the title a description's head stands for ("Gov. Jo Hart" for "the
   *  governor"), in a bounded look back over the text before `at`. */
  private titledBefore(head: string, at: number): Person | undefined {
    const re = titleRe(head);
    if (!re) return undefined;
    const from = Math.max(0, at - 4000);
    // of several holders ("Gov. Hart ... as Ostland's Gov. Lind did"), the one the text names most
    let found: Person | undefined;
    for (const m of this.text.slice(from, at).matchAll(re)) {
      const end = from + m.index + m[0].length;
      const p = this.people.personIn(end - m[1]!.length, end);
      if (p && (!found || p.mentions >= found.mentions)) found = p;
    }
    return found;
  }

  /** The person named last before `at` with a description's head word right before the name
   *  ("billionaire Jo Hart", "former Mayor Jo Hart") or heading an apposition after it ("Jo Hart, a
   *  retired actress,"; not "Jo Hart, the president of the club": the president of something else). */
  private describedBefore(head: string, at: number): Person | undefined {
    const found = (this.described ??= this.describedWords()).get(head);
    const k = found ? lastBefore(found, at) : -1;
    return k >= 0 ? found![k]!.p : undefined;
  }

  /** Every person mention's describing words, by word, in text order (one pass over the mentions). */
  private describedWords(): Map<string, { s: number; p: Person }[]> {
    const { text, people } = this;
    const out = new Map<string, { s: number; p: Person }[]>();
    const add = (w: string | undefined, s: number, p: Person): void => {
      if (!w) return;
      const l = lower(w);
      const list = out.get(l);
      if (list) list.push({ s, p });
      else out.set(l, [{ s, p }]);
    };
    for (const m of people.mentions) {
      const p = people.persons[m.person]!;
      if (p.surnameOnly) continue;
      add(wordBefore(text, m.s), m.s, p);
      const app = text.charCodeAt(m.e) === 44 ? APPOSITION.exec(text.slice(m.e, m.e + 80)) : null;
      if (app && !OTHER_OFFICE.test(app[1]!)) add(lastWord(app[1]!.trim()), m.s, p);
    }
    return out;
  }

  /** Resolve one source phrase written at `at`; returns the entity, or a speaker text without one. */
  private resolvePhrase(srcText: string, at: number, end: number, i: number, depth: number): Resolved {
    const d = describePhrase(srcText);
    if (depth === 0) this.info[i] = d;
    const special = this.resolveSpecial(srcText, at);
    if (special) return special;
    let e: Entity | undefined;
    switch (d.kind) {
      case "person":
      case "surname": {
        const r = this.resolveName(d, srcText, at, end);
        if (!r.e) return r;
        e = r.e;
        break;
      }
      case "org":
        e = this.orgSurnameOf(d, srcText, at) ?? this.resolveOrg(d, srcText, at);
        break;
      case "country":
        e = this.orgByKey.get(lower(d.name));
        if (e && e.kind !== "country") e = undefined;
        e ??= this.add({ kind: "country", name: d.name, acronym: "", head: "", country: d.name, affiliation: "", role: "", first: at }, srcText);
        break;
      case "pronoun": {
        const r = this.resolvePronounPhrase(d, srcText, at);
        if (r && !r.e) return r;
        e = r?.e;
        break;
      }
      case "def-desc":
        e = this.resolveDefinite(d, srcText, at);
        break;
      case "indef-desc":
        if (depth === 0) this.pendingIndef.push({ i, at });
        break;
      default:
        break;
    }
    if (!e && d.kind !== "pronoun") e = this.endingInName(d, srcText, at, end) ?? this.appositeName(srcText, at) ?? this.appositeOrg(srcText, at);
    if (e) return { e, name: e.name };
    if (d.kind === "pronoun") return { name: null };
    return { name: usableSpeaker(srcText) ? asWritten(srcText) : null };
  }

  /** "both", "the pair"; "his office", "her spokeswoman"; "the California Republican": phrases read
   *  before their kind (undefined: none of these). */
  private resolveSpecial(srcText: string, at: number): Resolved | undefined {
    const trimmed = srcText.trim();
    if (BOTH_PHRASE.test(trimmed)) return this.resolvePlural(at) ?? { name: null };
    // "his office", "her spokeswoman": the owner is resolved like the pronoun, the role stays
    const own = OWNED_ROLE.exec(trimmed);
    if (own) {
      const owner = own[1]!.toLowerCase() === "its" ? this.recent((x) => x.kind === "org" || x.kind === "country", at)?.name : this.resolvePronoun(at, own[1]!.toLowerCase() === "his" ? "m" : "f")?.surname;
      return { name: owner ? `${owner}’s ${own[2]}` : trimmed };
    }
    // "the California Republican": a lawmaker named earlier by title and described by state and party
    const partisan = PARTISAN.exec(trimmed);
    if (partisan) {
      const p = this.titledBefore(lower(partisan[1]!), at);
      if (p) return { e: this.personEntity(p, at, srcText), name: p.name };
    }
    return undefined;
  }

  /** "House said" after "Tom House": an organization's word alone that the text gave a person as
   *  a surname (SURNAME_ORG_WORD) is that person. */
  private orgSurnameOf(d: PhraseInfo, srcText: string, at: number): Entity | undefined {
    if (!SURNAME_ORG_WORD.has(lower(d.name)) || /\s/.test(srcText.trim())) return undefined;
    const p = this.people.bySurname(d.name);
    return p && !p.surnameOnly && p.surname === d.name ? this.personEntity(p, at, srcText, d) : undefined;
  }

  /** A person's name or a surname: the person the people scan found there, an organization of that
   *  short name, the person of that surname, or a new one (a result without an entity is final). */
  private resolveName(d: PhraseInfo, srcText: string, at: number, end: number): Resolved {
    const people = this.people;
    const p = people.personIn(at, end);
    if (p && p.surname.length > 1 && (d.kind === "person" ? d.name.endsWith(p.surname) : p.surname === d.name)) return { e: this.personEntity(p, at, srcText, d), name: null };
    // a capitalised common noun opening a sentence ("Teachers said"): a description
    if (d.kind === "surname" && !/\s/.test(srcText.trim()) && (people.common(d.name) || isPersonNoun(lower(d.name)))) return { name: usableSpeaker(srcText) ? asWritten(srcText) : null };
    const sur = lastWord(d.name);
    if (d.kind === "surname") {
      const org = this.orgByKey.get(`#${d.name}`) ?? this.orgByKey.get(lower(d.name));
      if (org) return { e: org, name: null };
    }
    // a name the people scan did not take for one: the person with that surname, or a new one
    const known = this.bySurname.get(lower(sur));
    if (known && (d.kind === "surname" || known.name === d.name || known.name.endsWith(` ${d.name}`))) {
      if (!known.affiliation && d.affiliation) known.affiliation = d.affiliation;
      return { e: known, name: null };
    }
    const q = (d.kind === "surname" ? people.bySurname(sur) : undefined) ?? people.register(d.name, at);
    const e = this.personEntity(q, at, srcText, d);
    if (d.kind === "person" && e.name.split(" ").length < d.name.split(" ").length) e.name = d.name;
    return { e, name: null };
  }

  /** An organization's name: the one known by that name or acronym, else a new one. */
  private resolveOrg(d: PhraseInfo, srcText: string, at: number): Entity {
    const orgByKey = this.orgByKey;
    const acr = d.acronym || (d.name.split(" ").length >= 3 ? initials(d.name) : "");
    const e = orgByKey.get(lower(d.name)) ?? (acr ? orgByKey.get(`#${acr}`) : undefined) ?? orgByKey.get(`#${d.name}`);
    if (e && !e.acronym && d.acronym) {
      e.acronym = d.acronym;
      if (!orgByKey.has(`#${d.acronym}`)) orgByKey.set(`#${d.acronym}`, e);
    }
    return e ?? this.add({ kind: "org", name: d.name, acronym: d.acronym, head: d.head, country: d.country, affiliation: "", role: "", first: at }, srcText);
  }

  /** Whether person p is named, or speaks, after `from` and before `at`. */
  private namedSince(p: Person, from: number, at: number): boolean {
    const ms = this.people.mentions;
    for (let m = lastBefore(ms, at); m >= 0 && ms[m]!.s > from; m--) if (ms[m]!.person === p.id) return true;
    const said = this.said;
    for (let k = lastBefore(said, at); k >= 0 && said[k]!.s > from; k--) if (said[k]!.person === p.id) return true;
    return false;
  }

  /** "he", "she", "it", "they", "we" (undefined: nobody; a result without an entity is final). */
  private resolvePronounPhrase(d: PhraseInfo, srcText: string, at: number): Resolved | undefined {
    if (d.pronoun === "he" || d.pronoun === "she") {
      const g = d.pronoun === "he" ? "m" : "f";
      const p = this.resolvePronoun(at, g);
      const desc = this.described1;
      // the described speaker, when no person who could be meant is named between it and here
      if (desc && desc.g === g && at - desc.at < 1500 && !(p && this.namedSince(p, desc.at, at))) return { name: desc.name };
      return p ? { e: this.personEntity(p, at, srcText), name: null } : undefined;
    }
    if (d.pronoun === "it") {
      const e = this.bareNameBefore(at) ?? this.recent((x) => x.kind === "org" || x.kind === "country", at);
      return e ? { e, name: null } : undefined;
    }
    if (d.pronoun === "they" || d.pronoun === "we") return this.resolvePlural(at);
    return undefined;
  }

  /** "the Observatory", "the ministry", "The Russian ministry": the nearest organization with that
   *  head; "the group" for the one quoted last; a state body of a named country; a titled person. */
  private resolveDefinite(d: PhraseInfo, srcText: string, at: number): Entity | undefined {
    const { orgByKey } = this;
    const head = d.head;
    const cands = [...(this.byWord.get(head) ?? []), ...(orgByKey.has(`#${d.name}`) ? [orgByKey.get(`#${d.name}`)!] : [])].filter(
      (x) => (x.kind === "org" || x.kind === "desc") && (!d.country || !x.country || x.country === d.country),
    );
    const lastUse = (e: Entity): number => this.lastUseOf.get(e.id) ?? -1;
    let e = cands.sort((a, b) => lastUse(b) - lastUse(a))[0];
    // "the group", "the organization": a generic noun for an organization stands for the
    // organization quoted last, when no speaker came between and none carries that word itself
    if (!e && !d.country && GENERIC_ORG.test(head)) {
      const last = this.lastSpeaker();
      const x = last && at - last.at < 1500 ? this.entities[last.id] : undefined;
      if (x?.kind === "org") e = x;
    }
    // ("the union": the union quoted last, close by, whoever spoke since)
    if (!e && !d.country && UNION_HEAD.test(head)) e = this.lastUnion(at);
    // "the Syrian forces", "the Iranian government": a state body of a named country
    if (!e && d.country && isStateOrg(head))
      e = this.add({ kind: "org", name: d.name, acronym: "", head, country: d.country, affiliation: "", role: "", first: at }, srcText);
    // "the company", "the cable company": the business quoted or named last, close by
    if (!e && !d.country && COMPANY_HEAD.test(head)) e = this.lastCompany(at);
    // "the governor", "the future President": the person last named with that title
    if (!e && !d.country) {
      const p = this.titledBefore(head, at);
      if (p) e = this.personEntity(p, at, srcText);
    }
    // "The 56-year-old said": an age stands for the person in view, as "he" or "she" would
    if (!e && AGE_NOUN.test(head)) {
      const p = this.resolvePronoun(at, "");
      if (p) e = this.personEntity(p, at, srcText);
    }
    // "the billionaire", "the actress": the person last named with that word before the name
    // ("billionaire Jo Hart") or set off after it ("Hart, an actress,")
    if (!e && head.length > 2) {
      const p = this.describedBefore(head, at);
      if (p) e = this.personEntity(p, at, srcText);
    }
    return e;
  }

  /** The business a description of one stands for, within a few paragraphs before `at`: the
   *  nearest of the last organization quoted (no institution: no "union", "ministry", "board" in its
   *  name; no news outlet), the last name written with a legal form ("Ferrylink Inc."), and a name
   *  the text repeats that opens a sentence as its subject ("Ferrylink is …"). */
  private lastCompany(at: number): Entity | undefined {
    const from = Math.max(0, at - 3000);
    const q = this.recent((x) => (x.kind === "org" && !INSTITUTION_WORD.test(x.name) || this.bareName(x)) && !OUTLET.test(x.name), at);
    const quoted = q && { e: q, at: this.history[this.lastUseOf.get(q.id)!]!.at };
    const before = this.text.slice(from, at);
    let named: { name: string; at: number; legal: boolean } | undefined;
    const take = (re: RegExp, ok: (name: string, s: number) => boolean): void => {
      re.lastIndex = 0;
      for (let m = re.exec(before); m !== null; m = re.exec(before)) {
        const s = from + m.index + m[0].indexOf(m[1]!);
        if (ok(m[1]!, s) && (!named || s > named.at)) named = { name: m[1]!, at: s, legal: re === CORPORATE_NAME };
      }
    };
    take(CORPORATE_NAME, () => true);
    const text = this.text;
    take(SUBJECT_NAME, (name, s) => !NOT_COMPANY_SUBJECT.test(name) && !this.people.personIn(s, s + name.length) && text.indexOf(name) !== text.lastIndexOf(name));
    if (!named || (quoted && quoted.at > named.at)) return quoted?.e;
    const d = describePhrase(named.name);
    return named.legal || d.kind === "org" || d.kind === "surname" ? this.resolveOrg({ ...d, kind: "org", name: named.name }, named.name, named.at) : quoted?.e;
  }

  /** "Another witness, Polly Marsh", "The leader of the dockers, Rachid Amrani": a description, a
   *  comma and a name of two to four capitalised words (no title, no place) ending the source: the
   *  person of that name, found or new. */
  private appositeName(srcText: string, at: number): Entity | undefined {
    const m = APPOSITE_NAME.exec(srcText.trim());
    if (!m || !/^\p{Lu}?\p{Ll}/u.test(m[1]!) || !/\p{Ll}/u.test(m[1]!.slice(1))) return undefined;
    const name = m[2]!;
    const d = describePhrase(name);
    if (d.kind !== "person") return undefined;
    return this.personEntity(this.people.register(d.name, at), at, srcText, d);
  }

  /** "The union representing the bakers, the Bakery Workers Local 55": a description, a comma and
   *  an organization's name ending the source: that organization, found or new. */
  private appositeOrg(srcText: string, at: number): Entity | undefined {
    const m = APPOSITE_ORG.exec(srcText.trim());
    if (!m || !/^\p{Lu}?\p{Ll}/u.test(m[1]!)) return undefined;
    // (the description is an organization's: "the union …", "a group …"; the name no person's)
    const desc = describePhrase(m[1]!);
    const d = describePhrase(m[2]!);
    if (!isOrgWord(desc.head) || d.kind === "person" || d.kind === "pronoun") return undefined;
    return this.resolveOrg({ ...d, kind: "org", name: m[2]! }, m[2]!, at + srcText.indexOf(m[2]!));
  }

  /** "a prospect Vindman": a source ending in a known name, with no "close to"/"of" before it
   *  ("another witness in the probe, former adviser Jo Hart": only the words after the last comma). */
  private endingInName(d: PhraseInfo, srcText: string, at: number, end: number): Entity | undefined {
    const p = this.people.personIn(at, end);
    const lead = p ? srcText.slice(0, Math.max(0, srcText.lastIndexOf(p.surname))).replace(/^[\s\S]*,/, "") : "";
    if (p && srcText.trimEnd().replace(/[’']s$/, "").endsWith(p.surname) && !NOT_OWN_NAME.test(lead)) return this.personEntity(p, at, srcText, d);
    return undefined;
  }
}

/** A time adjunct ending a source ("at the time", "on Tuesday", "last week"). */
const TIME_TAIL = /,?\s+(?:at\s+the\s+time|on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|(?:last|this|next)\s+(?:week|month|year)|earlier\s+this\s+(?:week|month|year)|at\s+the\s+(?:hearing|meeting|rally|briefing|event)|yesterday|today)$/;
/** A name and its apposition, then ", and" and a second name (with its own): the second. */
const PAIRED_LIST = /^\p{Lu}[^,]*,[^,]+,\s+and\s+(\p{Lu}[\s\S]*)$/u;

/** The part of a source that names its speaker: "Ana Ruiz, the mayor, and Sam Ortega, her deputy"
 *  names each with an apposition of their own, and the speaker is the last named (as for "Ana Ruiz
 *  and Sam Ortega"); any other source whole. */
export function speakerPart(src: Span): Span {
  const list = PAIRED_LIST.exec(src.text);
  return list ? { start: src.end - list[1]!.length, end: src.end, text: list[1]! } : src;
}
/** A description, a comma and a name ending a source ("Another witness, Polly Marsh"). */
const APPOSITE_NAME = /^([^,]{3,80}),\s+(\p{Lu}[\p{Ll}’'-]+(?:\s+\p{Lu}\.)?(?:\s+\p{Lu}[\p{Ll}’'-]+){1,2})$/u;
/** A description, a comma and an organization's name (capitalised words, numbers and links). */
const APPOSITE_ORG = /^([^,]{3,80}),\s+(?:the\s+)?(\p{Lu}[\p{L}’'&-]*(?:\s+(?:\p{Lu}[\p{L}’'&-]*|\d+|of|for|and)){1,5})$/u;
/** A capitalised name opening a sentence, before its verb ("Ferrylink is …", "Ferrylink Group has …"). */
const SUBJECT_NAME = /(?:^|[.!?]["”’]?\s+|\n\s*)(\p{Lu}[\p{L}&'’-]+(?:\s+\p{Lu}[\p{L}&'’-]+){0,2})\s+(?:is|was|has|had|are|were|will|would|\p{Ll}+s|\p{Ll}+ed)\b/gu;
/** Sentence openers that are no business's name. */
const NOT_COMPANY_SUBJECT = /^(?:The|This|That|These|Those|It|He|She|They|We|I|You|His|Her|Its|Their|Our|A|An|But|And|Yet|So|Still|Some|Many|Most|Other|Such|No|In|On|At|For|After|Before|When|While|If|As|There|Here|What|Who|Mr|Mrs|Ms|Dr)\b/;
const OWNED_ROLE = /^([Hh]is|[Hh]er|[Ii]ts)\s+(\p{Ll}[\p{L}-]*(?:\s+\p{Ll}[\p{L}-]*){0,2})$/u;
const PARTISAN = /^the\s+(?:\p{Lu}[\p{L}.-]*\s+){1,2}(Republican|Democrat)$/u;

/** The title look-back's pattern for a description's head ("Gov\\.|Governor" before a name), made once per head. */
const TITLE_RES = new Map<string, RegExp>();
function titleRe(head: string): RegExp | undefined {
  const forms = TITLE_OF.get(head);
  if (!forms) return undefined;
  let re = TITLE_RES.get(head);
  if (!re) TITLE_RES.set(head, (re = new RegExp(`(?<![\\p{L}.])(?:${forms})(?:-elect)?\\s+((?:\\p{Lu}[\\p{L}.’'-]*\\s+){0,3}\\p{Lu}[\\p{L}’'-]+)`, "gu")));
  return re;
}

const LETTER = /\p{L}/u;
const isWordChar = (c: string): boolean => c === "-" || (c >= "a" && c <= "z") || (c >= "A" && c <= "Z") || (c > "\x7f" && LETTER.test(c));
/** The word right before offset `at`, past spaces ("Mayor", "billionaire"); undefined after a mark. */
function wordBefore(text: string, at: number): string | undefined {
  let e = at;
  while (e > 0 && (text[e - 1] === " " || text[e - 1] === "\u00a0")) e--;
  if (e === at) return undefined;
  let b = e;
  while (b > 0 && e - b < 30 && isWordChar(text[b - 1]!)) b--;
  return b < e ? text.slice(b, e) : undefined;
}
/** An apposition after a name: ", a retired stage actress," (its words, to the next mark). */
const APPOSITION = /^,\s+(?:a|an|the)\s+([^,.;:()\n]{1,60}?)\s*(?=[,.;:)]|$)/u;
/** An apposition naming an office of something else ("the president of the club"). */
const OTHER_OFFICE = /\s(?:of|for|at|to)\s/;

/** index of the last element of a list sorted by s whose s is below `at` */
function lastBefore(list: readonly { s: number }[], at: number): number {
  return partitionPoint(list.length, (mid) => list[mid]!.s < at) - 1;
}

/** Of the candidates of one sentence (most recent first), the person a pronoun means: the last
 *  speaker, else the sentence's subject (its first mention not after a preposition), else (in an
 *  earlier sentence) the nearest mention. */
function choosePronounCand(list: Cand[], current: boolean, ok: (c: Cand) => boolean): Cand | undefined {
  const comp = list.filter(ok);
  if (!comp.length) return undefined;
  const spk = comp.find((c) => c.speaker);
  if (spk) return spk;
  const subj = [...comp].reverse().find((c) => !c.oblique);
  if (subj) return subj;
  return current ? undefined : comp[0];
}
