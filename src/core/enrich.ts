// Enrichment after extraction: final source kind, coreference (speaker), parties, disputes,
// framing labels, unnamed sources and counter-statements. Mutates nothing it was given and
// fetches nothing; the per-statement work is over statements (small N), never statements x tokens.
import type { Analysis, Dispute, NonAnswer, Party, SourceKind, Span, Statement } from "./types";
import { tokenize, type Tok } from "./words";
import { findUnnamedSources, unnamedPhraseKind, type UnnamedHit } from "./unnamed";
import { resolveSpeakers, nextOrgAfter, speakerPart, type Coref } from "./coref";
import { buildParties, describedParty, groupParty, quotedSide, type PartyTable, type SourceAt } from "./parties";
import { isShown } from "./display";
import { accuserParty, defenseParty, documentParty, jointParty, joinMembers, joinOffices, joinStaff, staffParty, unnamedParty } from "./owners";
import { findDisputes, clearTermCache, type DisputeResult } from "./disputes";
import { buildCounters, DEFAULT_PROVIDERS } from "./links";
import { findNonAnswers, overlapsNonAnswer } from "./nonanswer";
import { DESCRIPTORS, DOCUMENT_WORD, isPersonNoun, LEX, ONE_OF, ORG_WORDS, ORGISH_HEAD, OUTLET_WORD, ROLE_WORD, SIDE_BODY, SOURCE_PERSON } from "./lexicon";
import { describePhrase, descriptorsIn, countryOf, loadedWordsIn, orgHeadAfterRole, trimPhraseCache } from "./entities";
import { partitionPoint } from "./search";
import { forgetText, matchesAt } from "./anchors";

export type LinkOptions = { providers?: string[] };

/** A span of a sorted, non-overlapping list that overlaps the range (binary search). */
function findOverlap<T extends { start: number; end: number }>(sorted: T[], r: { start: number; end: number }): T | undefined {
  const lo = partitionPoint(sorted.length, (mid) => sorted[mid]!.end <= r.start);
  const c = sorted[lo];
  return c && overlaps(c, r) ? c : undefined;
}

function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}

function classify(st: Statement, i: number, co: Coref, hits: UnnamedHit[]): SourceKind {
  const src = st.source;
  if (!src) return st.sourceKind;
  // "an anonymous official who wrote": the relative pronoun is that source
  const rel = /^(?:who|whom|which|that)$/i.test(src.text) ? { start: src.start - 3, end: src.end } : src;
  const hit = findOverlap(hits, rel);
  if (hit) return hit.anonymous ? "anonymous" : "unnamed";
  const info = co.info[i];
  const e = co.ofStatement[i]! >= 0 ? co.entities[co.ofStatement[i]!] : undefined;
  if (e) return e.kind === "person" ? "named-person" : "named-organization";
  // Unnamed only where the finder saw a cue of communication too (guidelines: vague groups that
  // believe, fear or act are not sources); explicit anonymity always counts.
  const phraseKind = unnamedPhraseKind(src.text);
  if (phraseKind === "anonymous") return "anonymous";
  if (phraseKind === "unnamed") return "official";
  // ("Republicans", "Some Democrats": a party named by its members)
  if (info?.kind !== "person" && PARTY_MEMBERS.test(src.text)) return "named-organization";
  // ("Prosecutors said", "Senators say": a noun of people opening the sentence names no one)
  // (a word of the lexicon's or a role; by its ending, "Investigators", only where the text also
  // writes it in lower case and no person of the text bears it as a surname: "Sanders said")
  const lw = src.text.toLowerCase();
  const commonNoun = info?.kind !== "person" && !/\s/.test(src.text) && (SOURCE_PERSON.has(lw) || ROLE_WORD.test(src.text) || (isPersonNoun(lw) && co.common(lw) && !isSurnameOf(co.entities, src.text)));
  if (commonNoun) return ROLE_WORD.test(src.text) ? "official" : "none";
  if (info?.kind === "person" || info?.kind === "surname") return "named-person";
  if (info?.kind === "org" || info?.kind === "country") return "named-organization";
  if (OUTLET_WORD.test(src.text) || st.sourceKind === "outlet") return "outlet";
  if (DOCUMENT_WORD.test(src.text)) return "document";
  if (ROLE_WORD.test(src.text)) return "official";
  if (info?.kind === "pronoun") return "none";
  // Never keep an unnamed verdict our own finder does not share: it is counted as a claim.
  if (st.sourceKind === "unnamed" || st.sourceKind === "anonymous") return "none";
  return st.sourceKind;
}

/** Is `word` the last word of a person's name among the entities? */
function isSurnameOf(entities: Coref["entities"], word: string): boolean {
  return entities.some((e) => e.kind === "person" && (e.name === word || e.name.endsWith(` ${word}`)));
}

/** Members of a party, named as a group. */
const PARTY_MEMBERS = /\b(?:Democrats|Republicans)\b/;

/** The starts of the tokens that pass `keep`, in order. */
function startsOf(toks: readonly Tok[], keep: (t: Tok) => boolean): number[] {
  const out: number[] = [];
  for (const t of toks) if (keep(t)) out.push(t.s);
  return out;
}

const FRAMED_RE = new RegExp(`(?<![\\p{L}-])(${DESCRIPTORS.map((d) => d.replace(/-/g, "[-‐]")).join("|")})\\s+([\\p{L}’' -]{1,60})`, "yiu");

const REGIME_RE = /\b(\p{Lu}[\p{L}’'-]+)\s+regime\b/yu;

/** Descriptors written before an entity's mention ("a shadowy monitoring group"): the entity they frame. */
function framedEntities(text: string, statements: Statement[], co: Coref, toks: readonly Tok[]): Map<number, string[]> {
  const out = new Map<number, string[]>();
  // most texts hold none of the descriptors: one look at the word tokens spares the rest. A match
  // below starts at a descriptor token (or anywhere, with the hyphen U+2010), or is a "regime".
  // (with the hyphen U+2010, which the tokenizer splits, the descriptors are looked for as written)
  const hyphen = text.includes("‐");
  if (hyphen) {
    const lower = text.toLowerCase();
    if (!DESCRIPTORS.some((d) => lower.includes(d))) return out;
  }
  const starts = hyphen ? Array.from({ length: text.length }, (_, i) => i) : startsOf(toks, (t) => (t.lex & LEX.DESCRIPTOR) !== 0);
  if (starts.length === 0 && !text.includes("regime")) return out;
  const entityByKey = new Map<string, Coref["entities"][number]>();
  for (const x of co.entities) {
    for (const k of [x.name.toLowerCase(), x.acronym ? `#${x.acronym}` : "", x.head ? `@${x.head}` : ""]) if (k && !entityByKey.has(k)) entityByKey.set(k, x);
  }
  const sources = statements.filter((s) => s.source).map((s) => s.source!).sort((a, b) => a.start - b.start);
  const insideSource = (at: number): boolean => {
    const lo = partitionPoint(sources.length, (mid) => sources[mid]!.start <= at);
    // sources barely overlap: the few starting just before `at` are enough to check
    for (let k = lo - 1; k >= 0 && k >= lo - 4; k--) if (at < sources[k]!.end) return true;
    return false;
  };
  // A descriptor starts a word token, except one written with the hyphen "‐" (U+2010), which the
  // tokenizer splits: then every offset is tried.
  for (const m of matchesAt(FRAMED_RE, text, starts)) {
    const at = m.index;
    if (insideSource(at)) continue;
    const before = text.slice(Math.max(0, at - 4), at).toLowerCase();
    const det = /\ban?\s$/.test(before) ? "a " : /the\s$/.test(before) ? "the " : "";
    const phrase = (det + m[2]!).replace(/\s+(?:that|which|who|of|by|in|on|for|with|to|from)\b.*$/i, "");
    const d = describePhrase(phrase);
    let id = -1;
    if (d.kind === "indef-desc") {
      const next = nextOrgAfter(co.entities, at);
      if (next && ORGISH_HEAD.test(d.head)) id = next.id;
    } else if (d.kind === "org" || d.kind === "person" || d.kind === "surname" || d.kind === "def-desc") {
      const name = d.name.toLowerCase();
      const e = entityByKey.get(name) ?? entityByKey.get(`#${d.name}`) ?? (d.kind === "def-desc" ? entityByKey.get(`@${d.head}`) : undefined);
      if (e) id = e.id;
    }
    if (id < 0) continue;
    const label = m[1]!.toLowerCase().replace(/‐/g, "-");
    const list = out.get(id) ?? [];
    if (!list.includes(label)) list.push(label);
    out.set(id, list);
  }
  // "the Syrian regime", "the Assad regime": the word follows what it frames; it frames the
  // government side of that country
  // (a match starts inside the word token right before a "regime" token, after white space only)
  const regStarts: number[] = [];
  for (let i = 1; i < toks.length; i++) {
    const t = toks[i]!;
    if (!text.startsWith("regime", t.s) || /\w/.test(text[t.s + 6] ?? "") || !/^\s+$/.test(t.gap)) continue;
    for (let k = toks[i - 1]!.s; k < toks[i - 1]!.e; k++) regStarts.push(k);
  }
  for (const m of matchesAt(REGIME_RE, text, regStarts)) {
    if (insideSource(m.index)) continue;
    const c = countryOf(m[1]!);
    for (const e of co.entities) {
      if (!(c ? e.country === c && e.kind !== "person" : e.name.split(" ").includes(m[1]!))) continue;
      const list = out.get(e.id) ?? [];
      if (!list.includes("regime")) list.push("regime");
      out.set(e.id, list);
    }
  }
  return out;
}

const ORGISH = "group|organization|organisation|monitor|body|watchdog|observatory|ngo|outfit|network|charity|coalition";
/** "a monitoring group", "an umbrella organization": an indefinite description of an organization. */
const INDEFINITE_ORG = new RegExp(`\\ban?\\s+(?:[\\p{Ll}-]+\\s+){0,3}(?:${ORGISH})\\b`, "yu");

/**
 * Short forms written in the text but never as a speaker ("the statements by the Observatory",
 * "a monitoring group that ..."): aliases of the organization they refer to.
 */
function addTextAliases(text: string, co: Coref, table: ReturnType<typeof buildParties>, toks: readonly Tok[]): void {
  const addAlias = (id: number, a: string): void => {
    const pid = table.ofEntity.get(id);
    const p = pid ? table.byId.get(pid) : undefined;
    if (p && a !== p.name && !p.aliases.includes(a)) p.aliases.push(a);
  };
  const byHead = new Map<string, Coref["entities"]>();
  for (const e of co.entities) if (e.kind === "org" && /^[a-z]+$/.test(e.head)) byHead.set(e.head, [...(byHead.get(e.head) ?? []), e]);
  const heads = [...byHead.keys()];
  // one pass over the text for all head words ("the ministry", "the Observatory")
  const re = heads.length ? new RegExp(`\\bthe\\s+(?:[A-Z][\\p{L}-]*\\s+)?(${heads.join("|")})\\b`, "yiu") : null;
  for (const m of re ? matchesAt(re, text, startsOf(toks, (t) => t.lw === "the")) : []) {
    const head = m[1]!.toLowerCase();
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 12);
    if (/^\s+(?:for|of)\s+\p{Lu}/u.test(after)) continue; // the start of a longer name
    // the nearest earlier organization with that head is the one meant
    const list = byHead.get(head) ?? [];
    let e: Coref["entities"][number] | undefined;
    for (let k = list.length - 1; k >= 0; k--) if (list[k]!.first <= m.index) { e = list[k]; break; }
    if (!e) continue;
    const d = describePhrase(m[0]);
    if (d.country && e.country && d.country !== e.country) continue;
    addAlias(e.id, m[0]);
  }
  // (a match counts only with an organization named after it: past the last one, none is tried;
  // the starts left out all come after the ones tried, so the matches tried are the same)
  let lastOrg = -1;
  for (const e of co.entities) if (e.kind === "org" && e.first > lastOrg) lastOrg = e.first;
  for (const m of matchesAt(INDEFINITE_ORG, text, startsOf(toks, (t) => t.s < lastOrg && (t.w === "a" || t.w === "an")))) {
    const at = m.index;
    const next = nextOrgAfter(co.entities, at);
    if (next && !/\bof\b/.test(m[0])) addAlias(next.id, m[0]);
  }
}

/** Enrichment of the statements of a text; `words`: its word tokens (./words tokenize), when the
 *  caller has them. `inPlace`: the statements are the caller's own (analyze()'s), which then get
 *  the fields of the result themselves instead of copies. */
export function enrich(text: string, statements: Statement[], opts: LinkOptions = {}, words?: readonly Tok[], inPlace = false): Omit<Analysis, "timings"> {
  try {
    return enrichStatements(text, statements, opts, words ?? tokenize(text), inPlace);
  } finally {
    trimPhraseCache();
    forgetText();
  }
}

/**
 * The enrichment pipeline, in order: word tokens; unnamed-source phrases; speakers (coreference);
 * sides (parties); each statement's labels, source kind, speaker and side; disputes and stances;
 * counter-statements and search links; the unnamed sources listed.
 */
function enrichStatements(text: string, statements: Statement[], opts: LinkOptions, toks: readonly Tok[], inPlace: boolean): Omit<Analysis, "timings"> {
  const providers = opts.providers ?? DEFAULT_PROVIDERS;
  clearTermCache();
  const hits = findUnnamedSources(text, toks);
  const co = resolveSpeakers(statements, text, toks);
  const table = buildParties(co.entities, text, sourcesOf(statements, co), toks);
  const out = readStatements(text, statements, co, hits, table, toks, inPlace);
  assignParties(text, out, co, table);
  const partyNow = out.map((s) => s.party);
  const disp = findDisputes(out, partyNow, table, text);
  setStances(out, disp);
  addTextAliases(text, co, table, toks);
  const parties = sidesShown(table, partyNow, disp.disputes);
  const nonAnswers = findNonAnswers(text, table);
  setCounters(out, parties, disp.disputes, providers, nonAnswers);
  clearTermCache();
  const unnamed = unnamedSpans(out, hits);
  return { statements: out, parties, disputes: disp.disputes, unnamedSources: unnamed, loadedWords: loadedWordsIn(text, toks), nonAnswers };
}

/** Where each speaker with an entity is named as a source (the text around may hold its apposition). */
function sourcesOf(statements: Statement[], co: Coref): SourceAt[] {
  const sourcesAt: SourceAt[] = [];
  statements.forEach((s, i) => {
    if (co.ofStatement[i]! < 0 || !s.source) return;
    const part = speakerPart(s.source);
    sourcesAt.push({ entity: co.ofStatement[i]!, start: part.start, end: part.end });
  });
  return sourcesAt;
}

/** Each statement as the reader gets it: its labels (framing descriptors, "unresolved"), final source
 *  kind, speaker, and the side of its speaker's entity (none for an unnamed source yet); a copy, or
 *  with `inPlace` the statement itself. */
function readStatements(text: string, statements: Statement[], co: Coref, hits: UnnamedHit[], table: PartyTable, toks: readonly Tok[], inPlace: boolean): Statement[] {
  const partyOf = statements.map((_, i) => {
    const e = co.ofStatement[i]!;
    return e >= 0 ? (table.ofEntity.get(e) ?? null) : null;
  });
  const framed = framedEntities(text, statements, co, toks);
  return statements.map((s, i) => {
    const e = co.ofStatement[i]! >= 0 ? co.entities[co.ofStatement[i]!] : undefined;
    const labels = [...s.labels];
    const add = (l: string): void => {
      if (!labels.includes(l)) labels.push(l);
    };
    if (s.source) for (const d of descriptorsIn(s.source.text)) add(`descriptor:${d}`);
    if (e) for (const d of framed.get(e.id) ?? []) add(`descriptor:${d}`);
    const sourceKind = classify(s, i, co, hits);
    const speaker = e ? e.name : s.source ? co.speakerOf[i]! : s.speaker;
    // a source nobody could resolve ("he" with no one before it, "which"): said so, not guessed
    if (s.source && speaker === null) add("unresolved");
    const party = sourceKind === "unnamed" || sourceKind === "anonymous" ? null : partyOf[i]!;
    if (!inPlace) return { ...s, labels, sourceKind, speaker, party, counter: [] };
    // (the same fields, in the same order, as the copy: cloning each statement cost more than the rest)
    s.labels = labels;
    s.sourceKind = sourceKind;
    s.speaker = speaker;
    s.party = party;
    s.counter = [];
    return s;
  });
}

/** The side of each statement whose speaker's entity gave none, from what its source says, in turn
 *  (each pass only fills what the ones before left empty). */
function assignParties(text: string, out: Statement[], co: Coref, table: PartyTable): void {
  partiesByDescription(text, out, co, table);
  const withParty = partiesOfDocuments(text, out, co, table);
  // "Defense attorneys": the side of the clients the text names for its lawyers
  out.forEach((s) => {
    if (!s.party && s.source) s.party = defenseParty(table, s.source.text, text)?.id ?? null;
  });
  // people described, not named, who accuse someone ("two former employees", "by a woman"): the accusers
  out.forEach((s) => {
    if (!s.party) s.party = accuserParty(table, s, isPersonNoun)?.id ?? null;
  });
  const persons = new Set(co.entities.filter((e) => e.kind === "person").map((e) => e.name));
  oneOfBodyQuoted(out, withParty, table, persons);
  // a member of a group that is a side joins it ("High school teacher Jo Hart" and the teachers' union)
  joinMembers(table, out, persons);
  // a person's spokesperson, aide or lawyer joins that person's side
  joinStaff(table, out, persons);
  // a prosecutor joins the prosecuting office, a president the government whose seat speaks
  joinOffices(table, out, persons, text);
}

/** Sides from how a source is described: an unnamed role of a named side, a group, a named person
 *  with a group, an owner named in an unnamed source. */
function partiesByDescription(text: string, out: Statement[], co: Coref, table: PartyTable): void {
  // "a spokeswoman for the authority", "officials at the ministry": unnamed, but speaking for a
  // side the text names; they join it when exactly one party answers to the description
  out.forEach((s) => {
    // ("Republicans on the board" are their party's side, below, not the board's)
    if (s.party || !s.source || PARTY_MEMBERS.test(s.source.text)) return;
    const head = orgHeadAfterRole(s.source.text);
    if (!head) return;
    const hasHead = (a: string): boolean => a.toLowerCase().split(/[^\p{L}-]+/u).includes(head);
    const cands = table.parties.filter((p) => p.quoted && [p.name, ...p.aliases].some(hasHead));
    if (cands.length === 1) s.party = cands[0]!.id;
  });
  // "the regional harbour authority" in the lead, before the text names the Kell Harbour Authority:
  // a description of an organization no name resolved is the one side whose name ends in its head;
  // when the text names no such side, the described body is a side of its own ("the health
  // ministry", then "the ministry")
  out.forEach((s, i) => {
    if (s.party || !s.source) return;
    const head = describedOrgHead(co, i, s);
    if (!head) return;
    const cands = table.parties.filter((p) => p.quoted && lastWordOf(p.name) === head);
    if (cands.length === 1) s.party = cands[0]!.id;
    else if (cands.length === 0 && SIDE_BODY.has(head) && LOWER_DESC.test(s.source.text)) s.party = bodySide(table, text, s.source.text, head)?.id ?? null;
  });
  // "Federal prosecutors", "Prison union representatives": a group that speaks for a side
  out.forEach((s, i) => {
    if (s.party || !s.source || !describedOnly(co, i, s)) return;
    s.party = groupParty(table, s.source.text)?.id ?? null;
  });
  // "Hart and GOP legislative leaders": a named person with a group on their side
  out.forEach((s) => {
    if (!s.party && s.source) s.party = (jointParty(table, s.source.text) ?? (s.speaker ? jointParty(table, s.speaker) : null))?.id ?? null;
  });
  // an unnamed source that names its owner ("White House officials", "people close to Ms. Hart")
  out.forEach((s) => {
    if (s.party || !s.source || s.sourceKind === "document") return;
    s.party = unnamedParty(table, s.source.text)?.id ?? (s.speaker ? staffParty(table, s.speaker)?.id : null) ?? null;
  });
}

/** Whether statement i's source only describes its speaker: no name resolved it, and it is no
 *  unnamed or anonymous source and no document. */
function describedOnly(co: Coref, i: number, s: Statement): boolean {
  return co.ofStatement[i]! < 0 && s.sourceKind !== "unnamed" && s.sourceKind !== "anonymous" && s.sourceKind !== "document";
}

/** The head of a source that describes an organization with "the" and no name ("the regional
 *  harbour authority", "the local fishing cooperative"), when no name resolved it; "" otherwise. */
function describedOrgHead(co: Coref, i: number, s: Statement): string {
  if (!describedOnly(co, i, s) || !THE_LOWER.test(s.source!.text)) return "";
  const d = co.info[i];
  return d?.kind === "def-desc" && (ORG_WORDS.has(d.head) || SIDE_BODY.has(d.head)) ? d.head : "";
}
/**
 * The side of a body described by its head only ("the hospital"): the one body of that kind the
 * text names ("Westfield Hospital", "the Ministry of Health"), else the description itself; none
 * when the text names two.
 */
function bodySide(table: PartyTable, text: string, phrase: string, head: string): Party | null {
  const Head = head[0]!.toUpperCase() + head.slice(1);
  const names = new Set<string>();
  for (const m of text.matchAll(new RegExp(`((?:\\p{Lu}[\\p{L}&'’-]* +){1,4})${Head}\\b`, "gu"))) {
    const before = m[1]!.replace(/^(?:The|A|An)\s+/, "");
    if (before) names.add(before + Head);
  }
  // ("the Ministry of Health")
  for (const m of text.matchAll(new RegExp(`\\b${Head}\\s+(?:of|for)\\s+(?:the\\s+)?\\p{Lu}[\\p{L}'’-]*(?:\\s+(?:and\\s+)?\\p{Lu}[\\p{L}'’-]*){0,3}`, "gu"))) names.add(m[0]);
  if (names.size > 1) return null;
  if (names.size === 1) return quotedSide(table, [...names][0]!, [phrase]);
  return describedParty(table, phrase, head);
}

/** "the" and lower-case words only: a description, no name. */
const THE_LOWER = /^the(?:\s+\p{Ll}[\p{Ll}-]*)+$/iu;
/** (the same, where the words after "the" are written in lower case) */
const LOWER_DESC = /^[Tt]he(?:\s+\p{Ll}[\p{Ll}\u00ad-]*)+$/u;
/** The last word of a name, lower case, without a possessive ending. */
const lastWordOf = (name: string): string => (name.split(/\s+/).pop() ?? "").toLowerCase().replace(/['’]s$/, "");

/** A statement with a side, at its cue (or content) start. */
type SideAt = { at: number; i: number };

/** A document belongs to the side that issued it ("the statement", "in a letter", "court records").
 *  Returns the statements with a side before this pass, in text order. */
function partiesOfDocuments(text: string, out: Statement[], co: Coref, table: PartyTable): SideAt[] {
  const withParty = out
    .map((s, i) => ({ at: (s.cue ?? s.content).start, i }))
    .filter(({ i }) => out[i]!.party)
    .sort((a, b) => a.at - b.at);
  const partyAt = (a: number, b: number): string | null => {
    const lo = partitionPoint(withParty.length, (mid) => withParty[mid]!.at < a);
    const hit = withParty[lo];
    return hit && hit.at < b + 40 ? out[hit.i]!.party : null;
  };
  const personParty = new Set(co.entities.filter((e) => e.kind === "person").map((e) => table.ofEntity.get(e.id)));
  /** The party of the last side quoted before `at`, when that side is an organization. */
  const orgBefore = (at: number): string | null => {
    const k = partitionPoint(withParty.length, (mid) => withParty[mid]!.at < at) - 1;
    const p = k >= 0 && at - withParty[k]!.at < 1500 ? out[withParty[k]!.i]!.party! : null;
    return p && !personParty.has(p) ? p : null;
  };
  out.forEach((s) => {
    if (s.party || s.sourceKind !== "document") return;
    s.party = documentParty(table, text, s, partyAt, orgBefore);
  });
  return withParty;
}

/** "The board said ... and one official added": one of the body just quoted speaks for it. */
function oneOfBodyQuoted(out: Statement[], withParty: SideAt[], table: PartyTable, persons: Set<string>): void {
  out.forEach((s) => {
    if (s.party || !s.source || !ONE_OF.test(s.source.text.trim())) return;
    const at = (s.cue ?? s.source).start;
    const prev = withParty[partitionPoint(withParty.length, (mid) => withParty[mid]!.at < at) - 1];
    const p = prev && at - prev.at < 300 ? table.byId.get(out[prev.i]!.party!) : undefined;
    if (p && !persons.has(p.name)) s.party = p.id;
  });
}

/** Each statement's stance and accusation label from the disputes; a same-side statement nested in
 *  an allegation carries it on ("which it said had killed civilians"). */
function setStances(out: Statement[], disp: DisputeResult): void {
  out.forEach((s, i) => {
    s.stance = disp.stance[i]!;
    if (disp.accusation[i] && !s.labels.includes("accusation")) s.labels.push("accusation");
  });
  out.forEach((s) => {
    const p = s.parent !== undefined ? out[s.parent] : undefined;
    if (p && p.party && p.party === s.party && p.stance === "allegation" && s.stance === "neutral") s.stance = "allegation";
  });
}

/** The sides shown: each marked quoted or not; parties nobody speaks for and nobody accuses are
 *  noise (a country named in a title only). */
function sidesShown(table: PartyTable, partyNow: (string | null)[], disputes: Dispute[]): Party[] {
  const quoted = new Set(partyNow.filter((p): p is string => p !== null));
  for (const p of table.parties) p.quoted = quoted.has(p.id);
  const accused = new Set(disputes.map((d) => d.against));
  return table.parties.filter((p) => p.quoted || accused.has(p.id));
}

/** Each statement's counters; a non-answer, or a statement the reader does not see marked, is
 *  never offered as a counter. */
function setCounters(out: Statement[], parties: Party[], disputes: Dispute[], providers: string[], nonAnswers: NonAnswer[]): void {
  const silent = (i: number): boolean => {
    const s = out[i]!;
    return !isShown(s) || overlapsNonAnswer(nonAnswers, s.cue ?? s.content) || overlapsNonAnswer(nonAnswers, s.content);
  };
  const counters = buildCounters(out, parties, disputes, providers, silent);
  out.forEach((s, i) => {
    s.counter = counters[i]!;
  });
}

/** The unnamed sources listed: the finder's phrases, and unnamed or anonymous sources of statements
 *  it did not find, in text order. */
function unnamedSpans(out: Statement[], hits: UnnamedHit[]): Span[] {
  const unnamed: Span[] = hits.map((h) => ({ start: h.start, end: h.end, text: h.text }));
  const pushed = new Set<number>();
  for (const s of out) {
    if (!s.source || (s.sourceKind !== "unnamed" && s.sourceKind !== "anonymous")) continue;
    if (/^(?:who|whom|which|that)$/i.test(s.source.text)) continue; // stands for a phrase listed already
    if (!findOverlap(hits, s.source) && !pushed.has(s.source.start)) {
      pushed.add(s.source.start);
      unnamed.push({ ...s.source });
    }
  }
  unnamed.sort((a, b) => a.start - b.start);
  return unnamed;
}
