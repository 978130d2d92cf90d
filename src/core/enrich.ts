// Enrichment after extraction: final source kind, coreference (speaker), parties, disputes,
// framing labels, unnamed sources and counter-statements. Mutates nothing it was given and
// fetches nothing; the per-statement work is over statements (small N), never statements x tokens.
import type { Analysis, SourceKind, Span, Statement } from "./types";
import { tokenize } from "./words";
import { findUnnamedSources, unnamedPhraseKind, type UnnamedHit } from "./unnamed";
import { resolveSpeakers, type Coref } from "./coref";
import { buildParties } from "./parties";
import { findDisputes, clearTermCache } from "./disputes";
import { buildCounters, DEFAULT_PROVIDERS } from "./links";
import { describePhrase, descriptorsIn, DESCRIPTORS, clearPhraseCache } from "./entities";

export type LinkOptions = { providers?: string[] };

const DOCUMENT = /\b(?:report|reports|study|studies|survey|surveys|poll|polls|data|footage|video|videos|documents?|records?|filings?|letter|memo|transcript|analysis|figures|estimates|research|census|audit|review|indictment|complaint|lawsuit|ruling|findings|images|photos|statistics|tally|count)\b/i;
const OUTLET = /\b(?:newspaper|the post|the times|this paper|reuters|associated press|afp|bloomberg|cnn|bbc|tass|ria novosti|xinhua|al jazeera|state media|state television|state tv|news agency|magazine|the journal|the guardian|the outlet)\b/i;
const ROLE = /\b(?:spokesman|spokeswoman|spokesperson|official|officials|minister|ministry|secretary|ambassador|envoy|aide|adviser|advisor|director|commander|chief|officer|representative|president|governor|mayor|senator|prosecutor|prosecutors|police|military|army)\b/i;

function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}

function classify(st: Statement, i: number, co: Coref, hits: UnnamedHit[]): SourceKind {
  const src = st.source;
  if (!src) return st.sourceKind;
  // "an anonymous official who wrote": the relative pronoun is that source
  const rel = /^(?:who|whom|which|that)$/i.test(src.text) ? { start: src.start - 3, end: src.end } : src;
  const hit = hits.find((h) => overlaps(rel, h));
  if (hit) return hit.anonymous ? "anonymous" : "unnamed";
  const info = co.info[i];
  const e = co.ofStatement[i]! >= 0 ? co.entities[co.ofStatement[i]!] : undefined;
  if (e) return e.kind === "person" ? "named-person" : "named-organization";
  // Unnamed only where the finder saw a cue of communication too (guidelines: vague groups that
  // believe, fear or act are not sources); explicit anonymity always counts.
  const phraseKind = unnamedPhraseKind(src.text);
  if (phraseKind === "anonymous") return "anonymous";
  if (phraseKind === "unnamed") return "official";
  if (info?.kind === "person" || info?.kind === "surname") return "named-person";
  if (info?.kind === "org" || info?.kind === "country") return "named-organization";
  if (OUTLET.test(src.text) || st.sourceKind === "outlet") return "outlet";
  if (DOCUMENT.test(src.text)) return "document";
  if (ROLE.test(src.text)) return "official";
  if (info?.kind === "pronoun") return "none";
  // Never keep an unnamed verdict our own finder does not share: it is counted as a claim.
  if (st.sourceKind === "unnamed" || st.sourceKind === "anonymous") return "none";
  return st.sourceKind;
}

/** Descriptors written before an entity's mention ("a shadowy monitoring group"): the entity they frame. */
function framedEntities(text: string, statements: Statement[], co: Coref): Map<number, string[]> {
  const out = new Map<number, string[]>();
  const re = new RegExp(`(?<![\\p{L}-])(${DESCRIPTORS.map((d) => d.replace(/-/g, "[-‐]")).join("|")})\\s+([\\p{L}’' -]{1,60})`, "giu");
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    const at = m.index;
    if (statements.some((s) => s.source && at >= s.source.start && at < s.source.end)) continue;
    const before = text.slice(Math.max(0, at - 4), at).toLowerCase();
    const det = /\ban?\s$/.test(before) ? "a " : /the\s$/.test(before) ? "the " : "";
    const phrase = (det + m[2]!).replace(/\s+(?:that|which|who|of|by|in|on|for|with|to|from)\b.*$/i, "");
    const d = describePhrase(phrase);
    let id = -1;
    if (d.kind === "indef-desc") {
      const next = co.entities.filter((x) => x.kind === "org" && x.first > at && x.first - at < 600).sort((a, b) => a.first - b.first)[0];
      if (next && /^(?:group|organization|organisation|monitor|body|watchdog|observatory|ngo|outfit|network|charity|coalition)$/.test(d.head)) id = next.id;
    } else if (d.kind === "org" || d.kind === "person" || d.kind === "surname" || d.kind === "def-desc") {
      const name = d.name.toLowerCase();
      const e = co.entities.find((x) => x.name.toLowerCase() === name || (x.acronym !== "" && x.acronym === d.name) || (d.kind === "def-desc" && x.head === d.head));
      if (e) id = e.id;
    }
    if (id < 0) continue;
    const label = m[1]!.toLowerCase().replace(/‐/g, "-");
    const list = out.get(id) ?? [];
    if (!list.includes(label)) list.push(label);
    out.set(id, list);
  }
  return out;
}

const ORGISH = "group|organization|organisation|monitor|body|watchdog|observatory|ngo|outfit|network|charity|coalition";

/**
 * Short forms written in the text but never as a speaker ("the statements by the Observatory",
 * "a monitoring group that ..."): aliases of the organization they refer to.
 */
function addTextAliases(text: string, co: Coref, table: ReturnType<typeof buildParties>): void {
  const addAlias = (id: number, a: string): void => {
    const pid = table.ofEntity.get(id);
    const p = pid ? table.byId.get(pid) : undefined;
    if (p && a !== p.name && !p.aliases.includes(a)) p.aliases.push(a);
  };
  const heads = [...new Set(co.entities.filter((e) => e.kind === "org" && /^[a-z]+$/.test(e.head)).map((e) => e.head))];
  // one pass over the text for all head words ("the ministry", "the Observatory")
  const re = heads.length ? new RegExp(`\\bthe\\s+(?:[A-Z][\\p{L}-]*\\s+)?(${heads.join("|")})\\b`, "giu") : null;
  for (let m = re ? re.exec(text) : null; re && m !== null; m = re.exec(text)) {
    const head = m[1]!.toLowerCase();
    for (const e of co.entities) {
      if (e.kind !== "org" || e.head !== head) continue;
      const after = text.slice(m.index + m[0].length, m.index + m[0].length + 12);
      if (/^\s+(?:for|of)\s+\p{Lu}/u.test(after)) continue; // the start of a longer name
      const a = m[0];
      const d = describePhrase(a);
      if (d.country && e.country && d.country !== e.country) continue;
      // the nearest earlier organization with that head is the one meant
      const prev = co.entities.filter((x) => x.kind === "org" && x.head === e.head && x.first <= m!.index).sort((x, y) => y.first - x.first)[0];
      if (prev && prev.id === e.id) addAlias(e.id, a);
    }
  }
  const ind = new RegExp(`\\ban?\\s+(?:[\\p{Ll}-]+\\s+){0,3}(?:${ORGISH})\\b`, "gu");
  for (let m = ind.exec(text); m !== null; m = ind.exec(text)) {
    const at = m.index;
    const next = co.entities.filter((x) => x.kind === "org" && x.first > at && x.first - at < 600).sort((a, b) => a.first - b.first)[0];
    if (next && !/\bof\b/.test(m[0])) addAlias(next.id, m[0]);
  }
}

export function enrich(text: string, statements: Statement[], opts: LinkOptions = {}): Omit<Analysis, "timings"> {
  const providers = opts.providers ?? DEFAULT_PROVIDERS;
  clearTermCache();
  clearPhraseCache();
  const toks = tokenize(text);
  const hits = findUnnamedSources(text, toks);
  const co = resolveSpeakers(statements);
  const table = buildParties(co.entities, text);
  const partyOf = statements.map((_, i) => {
    const e = co.ofStatement[i]!;
    return e >= 0 ? (table.ofEntity.get(e) ?? null) : null;
  });
  const framed = framedEntities(text, statements, co);

  const out: Statement[] = statements.map((s, i) => {
    const e = co.ofStatement[i]! >= 0 ? co.entities[co.ofStatement[i]!] : undefined;
    const labels = [...s.labels];
    const add = (l: string): void => {
      if (!labels.includes(l)) labels.push(l);
    };
    if (s.source) for (const d of descriptorsIn(s.source.text)) add(`descriptor:${d}`);
    if (e) for (const d of framed.get(e.id) ?? []) add(`descriptor:${d}`);
    const sourceKind = classify(s, i, co, hits);
    return {
      ...s,
      labels,
      sourceKind,
      speaker: e ? e.name : s.source ? (s.speaker ?? s.source.text) : s.speaker,
      party: sourceKind === "unnamed" || sourceKind === "anonymous" ? null : partyOf[i]!,
      counter: [],
    };
  });
  const partyNow = out.map((s) => s.party);
  const disp = findDisputes(out, partyNow, table);
  out.forEach((s, i) => {
    s.stance = disp.stance[i]!;
    if (disp.accusation[i] && !s.labels.includes("accusation")) s.labels.push("accusation");
  });
  // "which it said had killed civilians": a same-side statement nested in an allegation carries it on
  out.forEach((s) => {
    const p = s.parent !== undefined ? out[s.parent] : undefined;
    if (p && p.party && p.party === s.party && p.stance === "allegation" && s.stance === "neutral") s.stance = "allegation";
  });
  addTextAliases(text, co, table);
  const quoted = new Set(partyNow.filter((p): p is string => p !== null));
  for (const p of table.parties) p.quoted = quoted.has(p.id);
  // Parties nobody speaks for and nobody accuses are noise (a country named in a title only).
  const accused = new Set(disp.disputes.map((d) => d.against));
  const parties = table.parties.filter((p) => p.quoted || accused.has(p.id));

  const counters = buildCounters(out, parties, disp.disputes, providers);
  out.forEach((s, i) => {
    s.counter = counters[i]!;
  });
  clearTermCache();
  clearPhraseCache();

  const unnamed: Span[] = hits.map((h) => ({ start: h.start, end: h.end, text: h.text }));
  for (const s of out) {
    if (!s.source || (s.sourceKind !== "unnamed" && s.sourceKind !== "anonymous")) continue;
    if (/^(?:who|whom|which|that)$/i.test(s.source.text)) continue; // stands for a phrase listed already
    if (!unnamed.some((u) => overlaps(u, s.source!))) unnamed.push({ ...s.source });
  }
  unnamed.sort((a, b) => a.start - b.start);
  return { statements: out, parties, disputes: disp.disputes, unnamedSources: unnamed };
}
