// Unnamed and anonymous sources: source phrases whose identity the article withholds ("officials
// said", "a person familiar with the matter", "speaking on condition of anonymity"), also when only
// mentioned ("sourced to anonymous eyewitnesses"). A phrase counts only with a cue of communication;
// it must never flag institutions, documents, listeners or an outlet's notes on its sourcing policy.
import type { Span } from "./types";
import { tokenize, isCap, hardBefore, commaBefore, type Tok } from "./words";
import { matchesAt } from "./anchors";
import {
  ADJ_ED, AFTER_SOURCE_COMMA, ANON_ADJ, ANON_POLICY_BEFORE, ANON_START, APPOSITION_CAP_OPENER, AUX_BETWEEN,
  COMMUNICATION_CUE, DEF_DET, GROUP_AMOUNT, INDEF_DET, INVERTED_CUE, LEAD_CUES, LEX, NEGATOR, personSuffix, NOT_UNNAMED_SOURCE,
  NP_STOP_LEFT, PARTITIVE, POSSESSIVE_3RD, POSTMODIFIER_OPENER, PREP_BEFORE, ROLE_OWNED, SING_DET, SOURCE_PERSON,
} from "./lexicon";

export type UnnamedHit = Span & { anonymous: boolean };

const ANON_CLAUSE =
  /^(?:,\s*)?(?:who\s+|and\s+)?(?:spoke|speaking|spoken|talking|talked)\b[^.;]{0,40}?\bcondition\s+of\s+anonymity|^(?:,\s*)?(?:who|and)\s+(?:asked|requested|declined|refused|did\s+not\s+(?:want|wish)|didn['’]t\s+(?:want|wish)|does\s+not\s+(?:want|wish)|doesn['’]t\s+(?:want|wish)|wished|wanted|preferred|agreed)\s+(?:not\s+)?to\s+be\s+(?:named|identified|quoted\s+by\s+name)|^(?:,\s*)?who\s+requested\s+anonymity|^\s*\((?:not\s+(?:his|her|their)\s+real\s+name)/i;
const ANON_ANY = /condition\s+of\s+anonymity|not\s+to\s+be\s+(?:named|identified)|not\s+(?:want|wish)\s+to\s+be\s+(?:named|identified)|n['’]t\s+(?:want|wish)\s+to\s+be\s+(?:named|identified)|speaking\s+anonymously|declined\s+to\s+be\s+(?:named|identified)|requested\s+anonymity|not\s+(?:his|her|their)\s+real\s+name|not\s+authori[sz]ed\s+to\s+(?:speak|talk|discuss|comment)/i;
const WE_TOLD = /\b[Ww]e(?:['’]re| are| were|['’]ve been| have been) told\b/g;

const lemma = (w: string): string =>
  w === "people" ? "person" : w === "men" ? "man" : w === "women" ? "woman" : w.endsWith("es") ? w.slice(0, -2) : w.endsWith("s") ? w.slice(0, -1) : w;


/** Is token i a possible head of an unnamed-source noun phrase? `names`: the text's names (see
 *  namesOf), read when a capitalized word opens a sentence. */
function headKind(t: Tok, names: () => Set<string>): "lex" | "suffix" | "pronoun" | null {
  const lw = t.lw;
  // (NOT_UNNAMED_SOURCE, PRONOUN_HEAD, SOURCE_PERSON: the token's lexicon bits)
  if (t.lex & LEX.NOT_UNNAMED_SOURCE) return null;
  if (t.lex & LEX.PRONOUN_HEAD) return "pronoun";
  if (t.lex & LEX.SOURCE_PERSON) return "lex";
  // A capitalized word mid-sentence is a name ("Reuters"), not a vague group.
  if (isCap(t.w) && !t.sent) return null;
  // (and so is one opening a sentence that the text names elsewhere: "Dan Myers … Myers said" is
  // no group of "myers")
  if (personSuffix(lw)) return isCap(t.w) && names().has(t.w) ? null : "suffix";
  return null;
}

/** The words a text writes capitalized inside a sentence and never in lower case: names ("Dan
 *  Myers"), not common nouns that a sentence's first word or a title capitalizes ("Traders"). */
function namesOf(toks: readonly Tok[]): Set<string> {
  const lower = new Set<string>();
  const capMid = new Set<string>();
  for (const t of toks) {
    if (!isCap(t.w)) lower.add(t.lw);
    else if (!t.sent) capMid.add(t.w);
  }
  for (const w of capMid) if (lower.has(w.toLowerCase())) capMid.delete(w);
  return capMid;
}

type NP = { start: number; head: number; end: number; det: "def" | "poss" | "indef" | "sing" | "our" | "none"; anon: boolean; mods: number };

/** Walk left from a head over determiners and modifiers ("three senior administration officials"). */
function leftEdge(toks: readonly Tok[], h: number): NP {
  let j = h;
  let anon = false;
  let det: NP["det"] = "none";
  let mods = 0;
  while (j > 0 && h - j < 6) {
    const cur = toks[j]!;
    if (hardBefore(cur) || commaBefore(cur)) break;
    const p = toks[j - 1]!;
    const lw = p.lw;
    if (lw === "of" && j - 2 >= 0 && GROUP_AMOUNT.test(toks[j - 2]!.lw) && !hardBefore(p)) {
      j -= 2;
      continue;
    }
    // "several of the activists", "one of those workers": a quantified part of a group
    if ((DEF_DET.has(lw) || POSSESSIVE_3RD.has(lw)) && j - 3 >= 0 && toks[j - 2]!.lw === "of" && PARTITIVE.has(toks[j - 3]!.lw) && !hardBefore(p) && !hardBefore(toks[j - 2]!)) {
      // "one of the critics" is one person: an apposition to a name like "a critic"
      det = toks[j - 3]!.lw === "one" ? "sing" : "indef";
      j -= 3;
      break;
    }
    if (DEF_DET.has(lw)) { det = "def"; j--; break; }
    if (POSSESSIVE_3RD.has(lw)) { det = "poss"; j--; break; }
    // "Jane Doe's rep": a named owner is a possessive determiner
    if (/^\p{Lu}.*['’]s$/u.test(p.w) && ROLE_OWNED.has(toks[h]!.lw) && !/s$/.test(toks[h]!.lw)) {
      det = "poss";
      j--;
      while (j > 0 && h - j < 5 && isCap(toks[j - 1]!.w) && !NP_STOP_LEFT.has(toks[j - 1]!.lw) && !hardBefore(toks[j]!) && !commaBefore(toks[j]!)) j--;
      break;
    }
    if (SING_DET.has(lw)) { det = "sing"; j--; break; }
    if (lw === "our") { det = "our"; j--; break; }
    if (INDEF_DET.has(lw)) {
      det = "indef";
      j--;
      continue; // "some three officials", "a number of"
    }
    if (NP_STOP_LEFT.has(lw) || /ly$/.test(lw) || COMMUNICATION_CUE.has(lw)) break;
    // "retweeted supporters", "reminded senators": a verb, not a modifier
    if (/(?:ed|ing)$/.test(lw) && !ADJ_ED.has(lw) && !isCap(p.w)) break;
    if (ANON_ADJ.has(lw)) anon = true;
    mods++;
    j--;
  }
  // Keep the determiner found while continuing over quantifiers ("a few", "the two").
  if (det === "none" && j < h && INDEF_DET.has(toks[j]!.lw)) det = SING_DET.has(toks[j]!.lw) ? "sing" : "indef";
  return { start: j, head: h, end: h, det, anon, mods };
}

type Cue = { at: number; end: number };

/** A cue starting at token k, allowing auxiliaries and adverbs first; null if negated or absent. */
function cueAt(toks: readonly Tok[], k: number): Cue | null {
  let i = k;
  let passive = false;
  for (let n = 0; n < 4 && i < toks.length; n++) {
    const t = toks[i]!;
    if (i > k && /[“”"]/.test(t.gap)) return null;
    if (i > k && (hardBefore(t) || commaBefore(t))) return null;
    if (t.lw === "not" || t.lw === "never" || t.lw === "declined" || t.lw === "refused" || t.lw === "did" || t.lw === "didn't" || t.lw === "didn’t") return null;
    if (COMMUNICATION_CUE.has(t.lw)) {
      if (/^(?:been|be|being|is|are|was|were|get|got)$/.test(toks[i - 1]?.lw ?? "")) passive = true;
      // "workers who have been informed", "employees were told": listeners, not sources
      if (passive && !/ing$/.test(t.lw)) return null;
      // "a woman accused him": an accuser in the events, not a source (guidelines).
      if (/^accuse/.test(t.lw)) {
        const nx = toks[i + 1];
        if (nx && (/^(?:him|her|them|me|us)$/.test(nx.lw) || (isCap(nx.w) && !nx.sent))) return null;
      }
      if ((t.lw === "related" || t.lw === "shared") && toks[i + 1]?.lw === "to") return null;
      // "reported for duty", "reported to him": not speech
      if (t.lw === "reported" && /^(?:for|to|back|missing|sick)$/.test(toks[i + 1]?.lw ?? "")) return null;
      return { at: i, end: i + 1 };
    }
    if (t.lw === "raised" && /^concerns?$/.test(toks[i + 1]?.lw ?? "")) return { at: i, end: i + 2 };
    if (t.lw === "issued" && /^statements?$/.test(toks[i + 1]?.lw ?? "") ) return { at: i, end: i + 2 };
    if (t.lw === "issued" && toks[i + 1]?.lw === "a" && toks[i + 2]?.lw === "statement") return { at: i, end: i + 3 };
    if (!AUX_BETWEEN.has(t.lw)) return null;
    if (/^(?:been|be|being|is|are|was|were)$/.test(t.lw)) passive = true;
    i++;
  }
  return null;
}

const NAME_AFTER = /^[A-Z][\p{L}'’.-]+$/u;

/** Where the walk right of a phrase's head ends: the phrase's last token, the cue after it, whether an
 *  anonymity clause goes with it, and whether a name set off after it names the source. */
type Walk = { end: number; cue: Cue | null; anonClause: boolean; named: boolean };

/** At a comma after the phrase (token i; the walk started at k, the phrase ends at `end`): "...,
 *  who asked not to be identified, said" (the cue right after the clause), an apposition holding a
 *  name (the source is named), or an anonymity clause. Null where the walk stops there. */
function atComma(text: string, toks: readonly Tok[], i: number, k: number, end: number, anonClause: boolean): Walk | null {
  const t = toks[i]!;
  const c0 = i > k ? cueAt(toks, i) : null;
  if (c0) return { end: i - 1, cue: c0, anonClause, named: false };
  // An apposition or clause set off by commas: a name there means the source is named.
  if (i === end + 1 && NAME_AFTER.test(t.w) && !APPOSITION_CAP_OPENER.test(t.w)) {
    if (isCap(toks[i + 1]?.w ?? "") || t.w.length > 1) return { end, cue: null, anonClause, named: true };
  }
  if (!AFTER_SOURCE_COMMA.test(t.lw) && (isCap(t.w) || /^\p{N}/u.test(t.w))) return null;
  if (ANON_CLAUSE.test("," + restText(text, toks, i, 30))) anonClause = true;
  // skip to the closing comma of the apposition, then look for the cue
  const j = clauseEnd(toks, i);
  // the apposition itself may state the anonymity ("a refugee who asked not to be identified")
  if (ANON_ANY.test(restText(text, toks, i, j - i - 1))) anonClause = true;
  if (j < toks.length && commaBefore(toks[j]!) && !hardBefore(toks[j]!)) {
    const c = cueAt(toks, j);
    if (c) return { end: j - 1, cue: c, anonClause, named: false };
  }
  if (anonClause) return { end: j - 1, cue: null, anonClause, named: false };
  return null;
}

/** The token that ends the clause opening at token i (the next comma or clause break, within 28
 *  tokens; one past the last token when the text ends inside the clause). */
function clauseEnd(toks: readonly Tok[], i: number): number {
  let j = i;
  let n = 0;
  while (j + 1 < toks.length && n < 28) {
    j++;
    n++;
    if (hardBefore(toks[j]!) || commaBefore(toks[j]!)) return j;
  }
  return j + 1;
}

/** Walk right from the head over post-modifiers to the cue. Returns the NP end and the cue, or null. */
function rightToCue(text: string, toks: readonly Tok[], np: NP, kind: "lex" | "suffix" | "pronoun"): Walk {
  const h = np.head;
  let k = h + 1;
  let end = h;
  let anonClause = false;
  const direct = k < toks.length && !hardBefore(toks[k]!) && !commaBefore(toks[k]!) ? cueAt(toks, k) : null;
  if (direct) return { end, cue: direct, anonClause, named: false };
  if (kind === "pronoun") return { end, cue: null, anonClause, named: false };
  // Coordination of two vague sources ("eyewitnesses or volunteers").
  if (k + 1 < toks.length && (toks[k]!.lw === "or" || toks[k]!.lw === "and") && !hardBefore(toks[k]!) && !/[“”"]/.test(toks[k]!.gap)) {
    const n = toks[k + 1]!;
    if (!isCap(n.w) && (SOURCE_PERSON.has(n.lw) || personSuffix(n.lw))) {
      end = k + 1;
      k += 2;
      const c = k < toks.length && !hardBefore(toks[k]!) && !commaBefore(toks[k]!) ? cueAt(toks, k) : null;
      if (c) return { end, cue: c, anonClause, named: false };
    }
  }
  let i = k;
  let limit = 16;
  let inRel = false;
  let walked = true;
  while (i < toks.length && limit-- > 0) {
    const t = toks[i]!;
    if (hardBefore(t)) break;
    if (commaBefore(t)) {
      const r = atComma(text, toks, i, k, end, anonClause);
      if (r) return r;
      break;
    }
    if (NEGATOR.has(t.lw)) { walked = false; break; }
    if (/^(?:who|that|which|whose)$/.test(t.lw)) inRel = true;
    // a finite verb outside a relative clause ends the subject ("a veteran is fighting back")
    else if (!inRel && /^(?:is|are|was|were|has|have|had|will|can|may|might|must|should)$/.test(t.lw) && !cueAt(toks, i)) break;
    const c = cueAt(toks, i);
    if (c) return { end: i - 1, cue: c, anonClause, named: false };
    if (i === h + 1 && !POSTMODIFIER_OPENER.test(t.lw)) {
      if (!(t.lw === "or" || t.lw === "and")) { walked = false; break; }
    }
    const m = ANON_START.has(t.lw) ? ANON_CLAUSE.exec(restText(text, toks, i, 24)) : null;
    if (m) {
      // step over the whole anonymity clause so its verbs ("asked") are not taken for the cue
      anonClause = true;
      const stop = t.s + m[0].length;
      while (i + 1 < toks.length && toks[i + 1]!.s < stop) i++;
      end = i;
      inRel = false;
    }
    i++;
  }
  if (i === k) walked = false;
  // no cue after the phrase: still report how far its post-modifier reaches (", said a person close
  // to the committee.")
  const reach = walked && (i >= toks.length || hardBefore(toks[i]!) || commaBefore(toks[i]!)) ? i - 1 : end;
  if (anonClause) return { end: Math.max(end, i - 1), cue: null, anonClause, named: false };
  return { end: reach, cue: null, anonClause, named: false };
}

/** The text of tokens i to i + n (as far as there are tokens): the tokens with the gaps between
 *  them, which is the text from the first's start to the last's end (toks are tokenize(text)'s). */
function restText(text: string, toks: readonly Tok[], i: number, n: number): string {
  const a = toks[i];
  const b = toks[Math.min(toks.length - 1, i + n)];
  if (!a || !b) return "";
  return text.slice(a.s, Math.max(a.s, b.e));
}

/** Cue right before the noun phrase ("according to", "sourced to", or ", said one official."). */
function leadCue(toks: readonly Tok[], np: NP): boolean {
  const s = np.start;
  const first = toks[s]!;
  for (const seq of LEAD_CUES) {
    const b = s - seq.length;
    if (b < 0) continue;
    let ok = true;
    for (let q = 0; q < seq.length; q++) if (toks[b + q]!.lw !== seq[q]) { ok = false; break; }
    // the phrase may sit behind an opening quote mark ("sourced to anonymous ‘eyewitnesses’")
    if (ok && !/[.;:!?()\n]/.test(first.gap)) return true;
  }
  const cue = toks[s - 1];
  // ", said a WeWork spokesperson when contacted": the cue closes a quote or a clause
  if (cue && INVERTED_CUE.has(cue.lw) && cue.lw !== "told" && !hardBefore(first) && /[,”"’]/.test(cue.gap)) {
    const after = toks[np.end + 1];
    for (let q = np.end + 1; q < toks.length && q < np.end + 14 && !hardBefore(toks[q]!); q++) {
      if (commaBefore(toks[q]!)) {
        if (endsWithName(toks, q)) return false;
        break;
      }
    }
    if (!after || hardBefore(after) || commaBefore(after) || /^(?:when|as|after|before|in|on|at|during|while|who|from|via|by)$/.test(after.lw)) return true;
  }
  return false;
}

// A capitalized plural after a quantifier is a vague group ("Many Tunisians accuse ...").
const DEMONYM = /^[A-Z][a-z]+(?:ans|ese|is|ers|ists)$/;

/** Does the clause starting at token i end in a personal name ("former adviser Fiona Hill.")? */
function endsWithName(toks: readonly Tok[], i: number): boolean {
  let j = i;
  while (j + 1 < toks.length && j - i < 12 && !hardBefore(toks[j + 1]!) && !commaBefore(toks[j + 1]!)) j++;
  const a = toks[j - 1];
  const b = toks[j];
  return a !== undefined && b !== undefined && j > i && isCap(a.w) && isCap(b.w);
}

const nx0 = (toks: readonly Tok[], h: number): boolean => {
  const n = toks[h + 1];
  return n !== undefined && (n.lex & LEX.ANON_NEXT) !== 0 && !hardBefore(n);
};

/** Is the phrase an apposition to a name right before it ("Ines Farouk, a senior analyst, said")? */
function appositionToName(toks: readonly Tok[], np: NP): boolean {
  const first = toks[np.start]!;
  const prev = toks[np.start - 1];
  if (!prev || !commaBefore(first) || hardBefore(first)) return false;
  const singular = np.det === "sing" || np.det === "def";
  return singular && isCap(prev.w) && !prev.sent && !/^(?:However|Meanwhile|Still|Instead|Now|Today|Also|Yet|Then|And|But)$/.test(prev.w);
}

/**
 * Every unnamed or anonymous source phrase in the text, as spans into it. Linear: each head word
 * is examined with a bounded window on both sides.
 */
export function findUnnamedSources(text: string, toks: readonly Tok[] = tokenize(text)): UnnamedHit[] {
  const hits: UnnamedHit[] = [];
  const seen = new Set<string>();
  const namedRoles = rolesNamed(toks);
  let names: Set<string> | undefined;
  const namesHere = (): Set<string> => (names ??= namesOf(toks));
  for (let h = 0; h < toks.length; h++) {
    const head = sourceHead(text, toks, h, namesHere);
    if (!head) continue;
    const hit = phraseAt(text, toks, head, seen, namedRoles);
    if (!hit) continue;
    hits.push(hit);
    seen.add(lemma(toks[h]!.lw));
  }
  weToldHits(text, toks, hits);
  return mergeSpans(hits, text);
}

/** Roles whose holder the text names somewhere ("his spokesman, Dario Fenn," / "spokeswoman Ana Li"). */
function rolesNamed(toks: readonly Tok[]): Set<string> {
  const namedRoles = new Set<string>();
  for (let i = 0; i + 1 < toks.length; i++) {
    const t = toks[i]!;
    const n = toks[i + 1]!;
    if (t.lex & LEX.ROLE_OWNED && isCap(n.w) && !n.sent && !n.hard && !/^(?:The|A|An|On|In|At|For|Of|To|When|While|But|And)$/.test(n.w)) namedRoles.add(t.lw);
  }
  return namedRoles;
}

/** A word that may head a source phrase: its kind, and whether anonymity or a partitive ("many of
 *  them") makes it one. */
type Head = { h: number; kind: "lex" | "suffix" | "pronoun"; anonHead: boolean; partitive: boolean };

/** Token h as the head of a source phrase, or null. */
function sourceHead(text: string, toks: readonly Tok[], h: number, names: () => Set<string>): Head | null {
  const t = toks[h]!;
  let kind = headKind(t, names);
  // (h > 0: a read at a negative index would make this read, made at every token, a slow one)
  const pv = h > 0 ? toks[h - 1] : undefined;
  if (kind === null && pv && pv.lex & LEX.VAGUE_QUANT && DEMONYM.test(t.w) && !hardBefore(t)) kind = "lex";
  let anonHead = false;
  if (kind === null && pv && pv.lex & LEX.ANON_ADJ && !(t.lex & LEX.NOT_UNNAMED_SOURCE) && !isCap(t.w)) {
    // "an unidentified poster", "anonymous ‘eyewitnesses’": anonymity makes any noun a source
    kind = "lex";
    anonHead = true;
  }
  // "many of them said", "two of those who …": a quantified part of a group named before
  let partitive = false;
  if (kind === null && (t.lw === "them" || t.lw === "those") && h >= 2 && toks[h - 1]!.lw === "of" && PARTITIVE.has(toks[h - 2]!.lw) && !hardBefore(t) && !hardBefore(toks[h - 1]!)) {
    kind = "lex";
    partitive = true;
  }
  if (kind === null && t.lw.length > 2 && nx0(toks, h) && (!isCap(t.w) || t.lw === "one" || t.lw === "another") && (!(t.lex & LEX.NP_STOP_LEFT) || t.lw === "one" || t.lw === "another") && !(t.lex & LEX.NOT_UNNAMED_SOURCE) && ANON_CLAUSE.test(restText(text, toks, h + 1, 14))) {
    // "a refugee who asked not to be identified": the clause makes any noun a source
    kind = "lex";
    anonHead = true;
  }
  if (kind === null) return null;
  // a possessive is a modifier of what follows, not the head
  if (/['’]s$/.test(t.w)) return null;
  return { h, kind, anonHead, partitive };
}

/** The noun phrase a head ends; with an anonymous head, "a steward for the league, who asked not to
 *  be named": the person before the preposition. */
function phraseOf(toks: readonly Tok[], { h, anonHead, partitive }: Head): NP {
  const np: NP = partitive ? { start: h - 2, head: h, end: h, det: "indef", anon: false, mods: 0 } : leftEdge(toks, h);
  if (!anonHead) return np;
  np.anon = true;
  const pr = toks[np.start - 1];
  const n = toks[np.start - 2];
  if (pr && n && /^(?:for|of|at|with|from|in)$/.test(pr.lw) && !hardBefore(pr) && !commaBefore(pr) && !hardBefore(toks[np.start]!) && !isCap(n.w) && !NP_STOP_LEFT.has(n.lw) && !NOT_UNNAMED_SOURCE.has(n.lw)) {
    const outer = leftEdge(toks, np.start - 2);
    np.start = outer.start;
    np.det = outer.det;
  }
  return np;
}

/** The source phrase a head makes, when a cue of communication goes with it, or null. */
function phraseAt(text: string, toks: readonly Tok[], head: Head, seen: Set<string>, namedRoles: Set<string>): UnnamedHit | null {
  const { h, kind } = head;
  const t = toks[h]!;
  const np = phraseOf(toks, head);
  // a head followed by another noun is a modifier ("source code", "staff members")
  const nx = toks[h + 1];
  if (nx && !hardBefore(nx) && !commaBefore(nx) && (SOURCE_PERSON.has(nx.lw) || NOT_UNNAMED_SOURCE.has(nx.lw) || (personSuffix(nx.lw) && !isCap(nx.w))) && kind !== "pronoun") return null;
  const before = toks[np.start - 1];
  if (kind === "pronoun") {
    if (np.start !== h) return null;
    if (before && !hardBefore(t) && !commaBefore(t) && !/^(?:and|but|while|though|although|whereas|that)$/.test(before.lw) && !COMMUNICATION_CUE.has(before.lw)) return null;
  }
  if (appositionToName(toks, np)) return null;
  const r = rightToCue(text, toks, np, kind);
  if (r.named) return null;
  np.end = Math.max(np.end, r.end);
  // a relative word the cue follows belongs to the clause, not the phrase ("two of the staff who said")
  while (np.end > h && /^(?:who|that|which|whom)$/.test(toks[np.end]!.lw)) np.end--;
  // "Vietnam is one of the loudest critics": a predicate, not a source
  if (before && /^(?:is|are|was|were|be|been|being|remains|remain|became|become)$/.test(before.lw) && !hardBefore(toks[np.start]!)) return null;
  const lead = kind !== "pronoun" && leadCue(toks, np);
  const anon = np.anon || r.anonClause;
  const cue = hasCue(toks, np, h, r.cue !== null, lead);
  if (!cue && !lead && !r.anonClause) return null;
  // Inside someone's quote only explicit anonymity counts ("sourced to anonymous eyewitnesses");
  // generic voices in quotes are rhetoric ("many people say").
  if (t.quoted && !anon) return null;
  if (!countsAsSource(t, np, head, anon, seen, namedRoles)) return null;
  const start = toks[np.start]!.s;
  let end = toks[np.end]!.e;
  // keep a closing quote mark that belongs to the phrase ("‘volunteers’")
  if (/^[’']/.test(text.slice(end, end + 1))) end++;
  return { start, end, text: text.slice(start, end), anonymous: anon || anonymousAfter(text, start, end, toks[h]!.lw) };
}

const SENTENCE_BREAK = /[.!?][”"’]?\s+|\n/;
/** The next sentence goes on about the same people ("They spoke on condition of anonymity", "The
 *  officials asked …"): a pronoun of people or an article before the phrase's head word. */
const sameSubject = (rest: string, head: string): boolean =>
  new RegExp(`^(?:They|He|She|Both|All of them|(?:The|These|Those|Both|All)\\s+(?:\\p{Ll}+\\s+)?${head})\\b`, "u").test(rest);

/** Anonymity stated right after the phrase: in its own sentence, or in the next one when that
 *  one is about the same people (not "A spokesman, who was not authorized …" after "officials said"). */
function anonymousAfter(text: string, start: number, end: number, head: string): boolean {
  const window = text.slice(start, Math.min(text.length, end + 80));
  if (!ANON_ANY.test(window)) return false;
  const br = SENTENCE_BREAK.exec(window.slice(end - start));
  if (!br) return true;
  const cut = end - start + br.index;
  return ANON_ANY.test(window.slice(0, cut)) || sameSubject(window.slice(cut + br[0].length), head);
}

/** Whether the phrase goes with a cue: the one after it, unless the phrase is an object ("a
 *  presentation to bondholders indicated", "retweeted supporters who blasted"); an anonymous phrase
 *  also with one later in the sentence ("before using anonymous sources" has none). */
function hasCue(toks: readonly Tok[], np: NP, h: number, cueAfter: boolean, lead: boolean): boolean {
  const before = toks[np.start - 1];
  const t = toks[h]!;
  let cue = cueAfter;
  if (cue && before && !hardBefore(toks[np.start]!) && !commaBefore(toks[np.start]!) &&
      (PREP_BEFORE.has(before.lw) || (/ed$/.test(before.lw) && !COMMUNICATION_CUE.has(before.lw) && !isCap(before.w)))) cue = false;
  if (np.anon && !cue && !lead) {
    // anonymity alone is not enough ("before using anonymous sources"): a cue must follow in the sentence
    for (let q = h + 1; q < Math.min(toks.length, h + 12) && toks[q]!.si === t.si; q++) if (COMMUNICATION_CUE.has(toks[q]!.lw)) { cue = true; break; }
    if (before && ANON_POLICY_BEFORE.test(before.lw)) cue = false;
  }
  return cue;
}

/** Whether the phrase's determiner and number make it a source: a definite mention only as a later
 *  mention of one found already ("the people said"); an owned role only when the text never names
 *  its holder; a bare singular never. */
function countsAsSource(t: Tok, np: NP, { h, kind, partitive }: Head, anon: boolean, seen: Set<string>, namedRoles: Set<string>): boolean {
  const lem = lemma(t.lw);
  const plural = partitive || /s$/.test(t.lw) || t.lw === "people" || t.lw === "men" || t.lw === "women" || t.lw === "personnel" || t.lw === "staff";
  if (np.det === "def" && !anon && !seen.has(lem)) return false;
  // "his spokesman", "her rep": a role with an owner, unless the text names its holder
  if (np.det === "poss" && !plural && !anon && !(ROLE_OWNED.has(t.lw) && !namedRoles.has(t.lw))) return false;
  if (np.det === "poss" && ROLE_OWNED.has(t.lw) && namedRoles.has(t.lw) && !anon) return false;
  if (kind !== "pronoun" && !plural && np.det !== "sing" && np.det !== "our" && np.det !== "def" && np.det !== "poss" && !anon) return false;
  if (np.det === "none" && kind !== "pronoun" && t.lw === "people" && np.mods === 0 && np.end === h) return false;
  if (kind === "suffix" && np.det === "def" && !seen.has(lem)) return false;
  return true;
}

/** "We are told", "we've been told": the outlet's own sourcing (not a speaker quoting it). */
/** WE_TOLD anchored, tried where a match can start: right before a " told" (matchesAt). */
const WE_TOLD_AT = new RegExp(WE_TOLD.source, "y");
/** How far before its " told" a WE_TOLD match starts ("We're", "We are", "We were", "We've been", "We have been"). */
const WE_TOLD_LEADS = [12, 10, 7, 6, 5];
/** The matches of WE_TOLD in the text, in order ("we're told", "we have been told"). */
export function weToldMatches(text: string): RegExpExecArray[] {
  // Every match ends in " told": the pattern is tried only at the starts its leads give before one
  // (ascending: a match holds no other " told", so no start of one lies before the last start taken).
  const starts: number[] = [];
  for (let q = text.indexOf(" told"); q >= 0; q = text.indexOf(" told", q + 1)) {
    for (const k of WE_TOLD_LEADS) if (q - k >= 0 && (starts.length === 0 || q - k > starts[starts.length - 1]!)) starts.push(q - k);
  }
  return matchesAt(WE_TOLD_AT, text, starts);
}

function weToldHits(text: string, toks: readonly Tok[], hits: UnnamedHit[]): void {
  let ti = 0;
  for (const m of weToldMatches(text)) {
    const at = m.index;
    while (ti < toks.length && toks[ti]!.s < at) ti++;
    if (ti < toks.length && toks[ti]!.quoted) continue;
    hits.push({ start: at, end: at + m[0].length, text: m[0], anonymous: false });
  }
}

function mergeSpans(hits: UnnamedHit[], text: string): UnnamedHit[] {
  hits.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: UnnamedHit[] = [];
  for (const h of hits) {
    const last = out[out.length - 1];
    if (last && h.start < last.end) {
      if (h.end > last.end) {
        last.end = h.end;
        last.text = text.slice(last.start, last.end);
      }
      last.anonymous = last.anonymous || h.anonymous;
      continue;
    }
    out.push({ ...h });
  }
  return out;
}

/** Classify a source phrase alone (no context): is it an unnamed or anonymous source? */
export function unnamedPhraseKind(phrase: string): "unnamed" | "anonymous" | null {
  if (ANON_ANY.test(phrase) || /\b(?:anonymous|unnamed|unidentified)\b/i.test(phrase)) return "anonymous";
  const toks = tokenize(phrase);
  if (toks.length === 0) return null;
  if (toks.some((t, i) => i > 0 && isCap(t.w) && !/^(?:White|House|State|Department|Pentagon|Defense|Ministry|Trump|GOP|US|U\.S|UN|EU)$/.test(t.w) && false)) return null;
  const last = toks[toks.length - 1]!;
  const first = toks[0]!;
  if (/^(?:sources?|insiders?)$/.test(last.lw) || /\b(?:familiar with|close to|knowledge of)\b/i.test(phrase)) return "unnamed";
  const hasName = toks.some((t, i) => i > 0 && isCap(t.w) && !SOURCE_PERSON.has(t.lw)) && toks.filter((t) => isCap(t.w)).length >= 2 && /^[A-Z]/.test(last.w);
  if (hasName) return null;
  if (SOURCE_PERSON.has(last.lw) && !NOT_UNNAMED_SOURCE.has(last.lw) && (INDEF_DET.has(first.lw) || (toks.length === 1 && /s$/.test(last.lw)) || (!DEF_DET.has(first.lw) && /s$/.test(last.lw))))
    return "unnamed";
  return null;
}
