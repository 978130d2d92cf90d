// Extraction, per-sentence fix-ups: once every cue of a sentence is read, the candidates are
// settled against each other (an issuing verb joins the cue, coordinated and according-to
// attributions cut the content before them, weaker cues yield to stronger ones, …).
import { PARA, QUOTE, WORD } from "../tokens";
import { cueProb } from "../cuetable";
import { isSpeechFinite } from "../cueclass";
import { AUX, DET, DOCUMENT_NOUN, FINITE, IRREGULAR, ISSUE, NAME_JOIN, NOMINAL, NUMBER_START, OBJECT_PRONOUN_IT, PARTICIPLE_PREP, POSSESSIVE, PREP, QUOTE_PREDICATE, SPEND, SUBJECT_PRONOUN, SUBORD, TIME_SPENT, VERB_PARTICLE } from "../lexicon";
import { type Cand, type Range, type Sent, ED_END, Units, mainClauseAt, relSource, trimEnd, verbForm } from "./units";
import { datelineEnd, sourceLeft } from "./source";
import { adverbial } from "./reported";

const VERB_END = /(?:ing|ed|un|en)$/;
const isAdverbBefore = (w: string): boolean => w === "also" || w === "then" || w === "later" || w === "once" || w === "even" || w.length > 4 && w.endsWith("ly");

/** In units a..b, a verb of issuing followed within four words by a document noun ("issued a
 *  statement", "sent out a press release", "posted a video"): its index, or -1. */
function issuedAt(d: Units, a: number, b: number): number {
  for (let t = a + 1; t <= b; t++) {
    if (!ISSUE.has(d.word(t)) || d.isCap(t)) continue;
    for (let x = t + 1; x <= b && x <= t + 4; x++) if (!d.isCap(x) && DOCUMENT_NOUN.test(d.word(x))) return t;
  }
  return -1;
}

/** The fix-ups among a sentence's candidates once all are read, in this order. */
export function settleSentence(d: Units, s: Sent): void {
  issuedThenColon(d, s);
  issuingCue(d, s);
  accordingToCuts(d, s);
  coordinatedSplit(d, s);
  dashSignature(d, s);
  gerundAfterPreposition(d, s);
  verbPhraseNotSource(d, s);
  zeroRelative(d, s);
  relativeClauseEnds(d, s);
  frontedClauseEnds(d, s);
  weakerCueYields(d, s);
  repeatedTag(d, s);
  datelineOff(d, s);
}

/** "Reed said that the board will act to show voters that the port has “a plan,” he said": a tag
 *  with a pronoun whose content before it would hold an earlier attribution of saying that reports
 *  a clause (its source, its verb and its clause running on to the tag) repeats that attribution;
 *  it is no statement of its own (nor one holding the first speaker's). */
function repeatedTag(d: Units, s: Sent): void {
  const found = s.found;
  for (let x = found.length - 1; x >= 0; x--) {
    const B = found[x]!;
    const first = B.content[0];
    if (!first || !B.source || first[1] >= B.source[0] || B.source[1] !== B.source[0] || !SUBJECT_PRONOUN.has(d.word(B.source[0])) || d.isCap(B.source[0]) && B.source[0] !== s.a) continue;
    const at = B.source[0];
    const A = found.find((A) => A !== B && A.source !== null && A.content.length > 0 && A.cue[1] < at && A.content[0]![0] > A.cue[1] && subjectClause(d, A.content[0]![0], at) &&
      first[0] <= Math.min(A.source[0], A.cue[0]) && A.content[A.content.length - 1]![1] >= at - 2 && isSpeechFinite(A.head) && !dashBetween(d, A.content[0]![0], at));
    if (!A) continue;
    // (a tag inside the clause: "that the fares, he said, would rise" goes on after it)
    for (const r of B.content) if (r[0] > B.cue[1]) A.content.push([r[0], r[1]]);
    found.splice(x, 1);
  }
}

/** Whether a reported clause with its subject opens at x: "that", or a subject (a pronoun, a
 *  determiner or a capitalised word) with a finite verb within twelve words, before b ("said the
 *  board had split …"; not an object, "has opened a new berth for the ferries"; stricter than
 *  reported.ts reportedClause, which takes a quotation or any finite word). */
function subjectClause(d: Units, x: number, b: number): boolean {
  if (d.isW(x, "that")) return true;
  if (!(SUBJECT_PRONOUN.has(d.word(x)) || DET.has(d.word(x)) || d.isCap(x))) return false;
  for (let t = x + 1; t < b && t <= x + 12; t++) if (d.U[t]!.k === WORD && !d.isCap(t) && (FINITE.has(d.word(t)) || verbForm(d, t))) return true;
  return false;
}

/** Whether a dash stands among units a..b-1 (an aside with its own tag: "that the plan was weak —
 *  “show us the sums,” she said — and …"). */
function dashBetween(d: Units, a: number, b: number): boolean {
  for (let t = a; t < b; t++) if (d.isP(t, "—") || d.isP(t, "-") || d.isP(t, "–")) return true;
  return false;
}

/** "PORTLAND (AP) — The line owns a share …, the mayor said": the dateline opening the sentence
 *  is the paper's, no part of a content that starts there. */
function datelineOff(d: Units, s: Sent): void {
  const dl = datelineEnd(d, s.a, s.e);
  if (dl < 0) return;
  let from = dl + 1;
  while (from < s.e && d.U[from]!.k !== WORD && !d.isQ(from)) from++;
  for (const f of s.found) {
    const first = f.content[0];
    if (first && first[0] === s.a && first[1] >= from) first[0] = from;
  }
}

/** "The mayor released the following statement: “…”": a verb of issuing, a document noun and a
 *  colon before a quotation make one cue, and the quotation is its content (a candidate read on
 *  the verb or the noun gives way to it). */
function issuedThenColon(d: Units, s: Sent): void {
  const { a, b, e, found } = s;
  for (let c = a + 2; c < b; c++) {
    // (the quotation may open the next paragraph: "… released the following statement:\n\n“…”")
    const next = d.isQ(c + 1) ? "quote" : c === e && d.U[c + 1]?.k === PARA ? "paragraph" : "";
    if (!d.isP(c, ":") || !next) continue;
    let x = c - 1;
    while (x > a && c - x <= 4 && d.U[x]!.k === WORD && !DOCUMENT_NOUN.test(d.word(x))) x--;
    const v = DOCUMENT_NOUN.test(d.word(x)) && !d.isCap(x) ? issuedAt(d, Math.max(a, x - 5) - 1, x) : -1;
    if (v <= a) continue;
    let j = v - 1;
    while (j > a && (AUX.has(d.word(j)) || isAdverbBefore(d.word(j)))) j--;
    const src = sourceLeft(d, j, a);
    if (!src) continue;
    for (let k = found.length - 1; k >= 0; k--) if (found[k]!.cue[0] >= v && found[k]!.cue[0] <= c) found.splice(k, 1);
    if (next === "quote") found.push({ cue: [v, c], source: src, content: [[c + 1, c + 1]], acc: false, head: d.word(v), sent: s.si });
    else if (d.isQ(c + 2)) found.push({ cue: [v, c], source: src, content: [], acc: false, head: d.word(v), sent: s.si, want: true });
    else found.push({ cue: [v, c], source: src, content: [], acc: false, head: d.word(v), sent: s.si, block: true });
    return;
  }
}

/** "She issued a statement Tuesday saying …": the act of issuing belongs to the cue, and the
 *  source is its subject. (The issuing verb read as a cue of its own, "Ortiz issued [a
 *  statement saying …]", gives way.) */
function issuingCue(d: Units, s: Sent): void {
  const found = s.found;
  let issuing: Cand[] | null = null;
  for (const f of found) {
    if (!f.source || f.source[1] >= f.cue[0] || f.acc) continue;
    const v = documentAfterIssuing(d, s, f);
    if (v >= 0) {
      for (const g of found) if (g !== f && g.cue[0] <= v && v <= g.cue[1]) (issuing ??= []).push(g);
      continue;
    }
    const t = issuedAt(d, f.source[0], f.source[1]);
    if (t <= f.source[0]) continue;
    const end = trimEnd(d, f.source[0], t - 1);
    if (end < f.source[0] || found.some((g) => g !== f && g.cue[0] > t && g.cue[0] < f.cue[0])) continue;
    f.cue = [t, f.cue[1]];
    f.source = [f.source[0], end];
    for (const g of found) if (g !== f && g.cue[0] === t) (issuing ??= []).push(g);
  }
  if (issuing) for (const g of issuing) found.splice(found.indexOf(g), 1);
}

/** "A said X, according to B": the according-to attribution is its own, covering the clause. */
function accordingToCuts(d: Units, s: Sent): void {
  const found = s.found;
  for (const B of found) {
    if (!B.acc) continue;
    for (const A of found) {
      if (A === B || A.acc) continue;
      const last = A.content[A.content.length - 1];
      if (!last || B.cue[0] <= last[0] || B.cue[0] > last[1]) continue;
      const cut = trimEnd(d, last[0], B.cue[0] - 1);
      if (cut >= last[0]) last[1] = cut;
    }
  }
}

/** A speaker label in capitals before a colon ("LUND:"), as transcripts print them. */
function transcriptLabel(d: Units, f: Cand): boolean {
  if (f.head !== ":" || !f.source) return false;
  const w = d.text.slice(d.U[f.source[1]]!.s, d.U[f.source[1]]!.e);
  return w.length > 1 && w === w.toUpperCase() && w !== w.toLowerCase();
}

/** Coordinated attributions split the sentence: "A said X, and B warned Y" gives two
 *  statements, not one nested in the other; "A said that B warned Y" stays nested. */
function coordinatedSplit(d: Units, s: Sent): void {
  const U = d.U;
  const found = s.found;
  for (let x = 0; x + 1 < found.length; x++) {
    const A = found[x]!;
    const B = found[x + 1]!;
    const last = A.content[A.content.length - 1];
    // (a transcript's speaker label holds the whole turn: "LUND: Look, …, and I think …" nests what follows)
    if (!last || !B.source || B.source[0] <= last[0] || B.source[0] > last[1] || transcriptLabel(d, A)) continue;
    let c = B.source[0] - 1;
    let conj = false;
    if (d.isW(c, "and") || d.isW(c, "but") || d.isW(c, "while") || d.isW(c, "whereas")) { c--; conj = true; }
    // (a reported clause that opens on an adverbial goes on past its comma, B inside it)
    if (d.isP(c, ",") && opensOnAdverbial(d, A, last[0], c, conj)) continue;
    let nw = 0;
    // (a quotation is a whole clause of words: '… said “not likely” and 14 percent said …')
    for (let t = last[0]; t <= c && nw < 3; t++) if (U[t]!.k === WORD && (t < c || conj)) nw++; else if (U[t]!.k === QUOTE) nw += 3;
    // Without a comma, "said his band and Burton wrote …" is one object, not two clauses.
    if (d.isP(c, ",") || d.isP(c, ";") || conj && nw >= 3) {
      if (!d.isP(c, ",") && !d.isP(c, ";")) c++;
      const cut = trimEnd(d, last[0], c - 1);
      if (cut >= last[0]) last[1] = cut;
    }
  }
}

/** Whether units x..c-1 open A's reported clause with an adverbial, the comma at c closing it (B,
 *  after the comma, is then inside that clause, not a second attribution). After an opening
 *  "according to", any short adverbial ("According to the board, as of May, the port had admitted
 *  …"). Otherwise, with no conjunction before B, a subordinate clause or a phrase after "that" or
 *  right after a verb of saying ("said that although the skipper confessed, he showed …", "said if
 *  chosen, she …"; not "was revealed as a delegate, a columnist said …", where the phrase is all of
 *  A's content). */
function opensOnAdverbial(d: Units, A: Cand, x: number, c: number, conj: boolean): boolean {
  if (A.acc && c > x && adverbial(d, x, c)) return true;
  if (conj) return false;
  const that = d.isW(x, "that");
  const t = that ? x + 1 : x;
  if (!that && !(x === A.cue[1] + 1 && isSpeechFinite(d.word(A.cue[1])) && !d.isW(x, "as"))) return false;
  return c > t + 1 && (SUBORD.has(d.word(t)) || PREP.has(d.word(t))) && !d.isCap(t) && adverbial(d, t, c);
}

/** Dash signature after a quote: "“…” ― Jane Doe". */
function dashSignature(d: Units, s: Sent): void {
  const U = d.U;
  const { a, b, si, found } = s;
  if (U[a]!.k === QUOTE && (d.isP(a + 1, "―") || d.isP(a + 1, "—") || d.isP(a + 1, "–")) && d.isCap(a + 2)) {
    let t = a + 2;
    while (t + 1 < b && t - a < 8 && (U[t + 1]!.k === WORD && U[t + 1]!.cap || d.isP(t + 1, "."))) t++;
    if (d.isP(t, ".")) t--;
    found.length = 0;
    found.push({ cue: [a + 1, a + 1], source: [a + 2, t], content: [[a, a]], acc: false, head: "―", sent: si });
  }
}

/** A gerund after a preposition ("a man convicted of threatening her") is no act of the noun
 *  phrase before it: a candidate whose source runs up to that preposition is dropped. */
function gerundAfterPreposition(d: Units, s: Sent): void {
  const found = s.found;
  for (let x = found.length - 1; x >= 0; x--) {
    const f = found[x]!;
    const c0 = f.cue[0];
    if (f.source && f.source[1] === c0 - 1 && d.word(c0).endsWith("ing") && (PREP.has(d.word(c0 - 1)) || d.isW(c0 - 1, "of"))) found.splice(x, 1);
  }
}

/** For "X spent ten minutes explaining": X, or null when X is not a name or a pronoun (undefined:
 *  not this shape). */
function spentTime(d: Units, f: Cand, a: number): Range | null | undefined {
  const sr = f.source!;
  if (!TIME_SPENT.test(d.word(sr[1])) || !d.word(f.cue[0]).endsWith("ing")) return undefined;
  let k = sr[0];
  while (k < sr[1] && !SPEND.has(d.word(k))) k++;
  if (!SPEND.has(d.word(k))) return undefined;
  let x = k - 1;
  while (x >= a && d.U[x]?.k === WORD && isAdverbBefore(d.word(x))) x--;
  if (x < a || d.U[x]?.k !== WORD || !(d.isCap(x) || SUBJECT_PRONOUN.has(d.word(x)))) return null;
  let y = x;
  while (y > Math.max(a, sr[0]) && d.isCap(y - 1) && d.U[y - 1]?.k === WORD) y--;
  if (k === sr[0]) while (y > a && d.isCap(y - 1) && d.U[y - 1]?.k === WORD) y--;
  return [y, x];
}

/** "Ruiz opened the rally saying …", "Vale read a note to the crowd calling …": a participle of
 *  saying right after the object of a verb in the past (a particle may come between) reports what
 *  the clause's subject said; the verb's index when the source read runs over it, else -1. (An
 *  issuing verb, "fired back a letter saying", has joined the cue.) */
function verbBeforeObject(d: Units, f: Cand): number {
  const sr = f.source!;
  if (f.cue[0] !== f.cue[1] || f.cue[0] !== sr[1] + 1 || !d.word(f.cue[0]).endsWith("ing")) return -1;
  for (let t = sr[1]; t > sr[0]; t--) {
    const w = d.word(t);
    if (d.U[t]!.k !== WORD || !(DET.has(w) || POSSESSIVE.has(w) || NUMBER_START.test(w))) continue;
    const v = VERB_PARTICLE.has(d.word(t - 1)) ? t - 2 : t - 1;
    return v > sr[0] && d.U[v - 1]?.k === WORD && !d.isCap(v) && (IRREGULAR.has(d.word(v)) || ED_END.test(d.word(v))) && !AUX.has(d.word(v)) ? v : -1;
  }
  return -1;
}

/** "a probe the agency said was ongoing", "a trend Reed says could push voters away": a relative
 *  clause with no "that", its subject gap right after the verb (the reported clause opens on a
 *  finite verb). The noun before is what the clause is about; the source is the clause's own
 *  subject, as it is after "which"/"that": from the last determiner that follows a noun, else
 *  from the name that does ("a trend Reed"). */
function zeroRelative(d: Units, s: Sent): void {
  for (const f of s.found) {
    const sr = f.source;
    const first = f.content[0];
    if (!sr || sr[1] <= sr[0] || f.cue[0] - sr[1] > 2 || f.cue[0] <= sr[1] || !first || first[0] !== f.cue[1] + 1 || d.isCap(first[0]) || !FINITE.has(d.word(first[0]))) continue;
    let from = -1;
    for (let t = sr[1]; t > sr[0] && from < 0; t--) if (DET.has(d.word(t)) && !d.isCap(t) && nounBefore(d, t)) from = t;
    for (let t = sr[0] + 1; t <= sr[1] && from < 0; t++) if (d.isCap(t) && nounBefore(d, t)) from = t;
    if (from > 0) f.source = [from, sr[1]];
  }
}

/** Whether the word before unit t is a lower-case noun (no determiner, preposition, conjunction or
 *  verb form: "the Bank for Trade and Development says" is one name). */
function nounBefore(d: Units, t: number): boolean {
  const w = d.word(t - 1);
  return d.U[t - 1]?.k === WORD && !d.isCap(t - 1) && !DET.has(w) && !PREP.has(w) && !NAME_JOIN.has(w) && !FINITE.has(w) && !ED_END.test(w) && !IRREGULAR.has(w) && !w.endsWith("ing");
}

/** A verb phrase is no source ("… may have started by merely passing on ferry bulletins"): a
 *  lower-case participle followed by a preposition, an adverb or an object pronoun. The
 *  statement stays, its source unknown. */
function verbPhraseNotSource(d: Units, s: Sent): void {
  const found = s.found;
  for (const f of found) {
    const sr = f.source;
    // "… has admitted making rude remarks": a lone verb of saying is no one who speaks.
    if (sr && sr[0] === sr[1] && !d.isCap(sr[0]) && d.prob(sr[0]) >= 0.5 && ED_END.test(d.word(sr[0]))) { f.source = null; continue; }
    if (!sr || sr[1] <= sr[0]) continue;
    // "Hale also spent ten minutes explaining why …": the time spent is no source; the one who
    // spent it is.
    const spent = spentTime(d, f, s.a);
    if (spent !== undefined) {
      f.source = spent;
      continue;
    }
    // "Ruiz opened the rally saying …": the subject of the clause the participle ends speaks
    const verb = verbBeforeObject(d, f);
    if (verb >= 0) {
      // (over an adverb before the verb to its subject; a relative pronoun stands for its noun:
      // "a skipper who wrote a memoir calling …")
      let x = verb - 1;
      while (x >= sr[0] && isAdverbBefore(d.word(x))) x--;
      if (d.isW(x, "who") || d.isW(x, "which")) f.source = [x, x];
      else if (x >= sr[0]) f.source = [sr[0], x];
      continue;
    }
    if (d.isCap(sr[0])) continue;
    const w0 = d.word(sr[0]);
    const w1 = d.word(sr[0] + 1);
    if ((IRREGULAR.has(w0) || w0.length > 4 && VERB_END.test(w0)) && (PREP.has(w1) || w1 === "by" || w1 === "to" || w1.endsWith("ly") || OBJECT_PRONOUN_IT.test(w1))) f.source = null;
  }
}

/** A relative clause ends where the clause it sits in goes on: "women who had accused him of
 *  misconduct “should be heard”": a quotation opening on a finite auxiliary right after the
 *  relative clause's last word is the outer clause's predicate, not this content. */
function relativeClauseEnds(d: Units, s: Sent): void {
  const U = d.U;
  const text = d.text;
  const found = s.found;
  for (const f of found) {
    if (!relSource(d, f)) continue;
    const last = f.content[f.content.length - 1];
    if (!last) continue;
    // ("Vale and the skippers who hope to reopen the pier said …": it ends with the source it describes.)
    const outer = d.isP(f.source![0] - 1, ",") ? undefined : found.find((g) => g !== f && g.source && g.source[0] < f.cue[0] && f.cue[1] < last[0] && last[0] <= g.source[1]);
    if (outer?.source) last[1] = outer.source[1];
    for (let t = last[0] + 1; t <= last[1]; t++) {
      // A quotation closing on a comma, then the main clause's verb: 'Vale, who has called the
      // levy “plainly unfair,” portrayed …' (not "…,” compared to …").
      if (d.isQ(t) && U[t]!.last === "," && U[t + 1]?.k === WORD && !d.isCap(t + 1) && ED_END.test(d.word(t + 1)) && !PARTICIPLE_PREP.has(d.word(t + 1))) { last[1] = t; break; }
      if (!d.isQ(t) || U[t - 1]?.k !== WORD || d.isW(t - 1, "that") || d.prob(t - 1) >= 0.5) continue;
      if (QUOTE_PREDICATE.test(text.slice(U[t]!.s + 1, U[t]!.s + 12))) { last[1] = t - 1; break; }
    }
  }
}

/** "She also sent a tweet saying …": a participle whose source is the document an issuing verb
 *  just took (the verb right before it, the noun its last word) is said by that verb's subject,
 *  and the issuing joins the cue. The issuing verb's index, or -1 when this is not so. */
function documentAfterIssuing(d: Units, s: Sent, f: Cand): number {
  const src = f.source!;
  const v = ISSUE.has(d.word(src[0])) ? src[0] : src[0] - 1; // (the verb read into the source: "posted a video")
  if (!ISSUE.has(d.word(v)) || d.isCap(v) || !DOCUMENT_NOUN.test(d.word(src[1])) || src[1] + 1 !== f.cue[0]) return -1;
  let j = v - 1;
  while (j > s.a && AUX.has(d.word(j)) && !d.isCap(j)) j--;
  const subject = j >= s.a ? sourceLeft(d, j, s.a) : null;
  if (!subject) return -1;
  f.cue = [v, f.cue[1]];
  f.source = subject;
  return v;
}

/** "Although the mayor said the pier was safe, the board shut it": a cue inside a subordinate
 *  clause that opens the sentence reports no further than the comma where the main clause
 *  starts (its own subject, then a finite verb). */
function frontedClauseEnds(d: Units, s: Sent): void {
  const a = d.isW(s.a, "but") || d.isW(s.a, "and") ? s.a + 1 : s.a;
  if (!SUBORD.has(d.word(a)) && !(d.isW(a, "even") && SUBORD.has(d.word(a + 1)))) return;
  let t = a + 2;
  while (t < s.e && !(d.isP(t, ",") && mainClauseAt(d, t + 1, s.e))) t++;
  if (t >= s.e) return;
  for (const f of s.found) {
    if (f.cue[0] <= a || f.cue[1] >= t) continue;
    const last = f.content[f.content.length - 1];
    if (!last || last[0] <= f.cue[1] || last[0] >= t || last[1] <= t) continue;
    last[1] = trimEnd(d, last[0], t - 1);
  }
}

/** A weaker cue whose content holds a stronger one yields to it ("In a message posted
 *  Friday, Cruz said …": "posted" is not the attribution). */
function weakerCueYields(d: Units, s: Sent): void {
  const found = s.found;
  // each cue's probability, read once (the pairs below ask for it again and again), kept in step
  // with found
  const prob = found.map((c) => cueProb(c.head));
  for (let x = found.length - 1; x >= 0; x--) {
    const A = found[x]!;
    const pa = prob[x]!;
    if (pa >= 0.6 || NOMINAL.has(A.head) || A.head === ":") continue; // a speaker label never yields
    const last = A.content[A.content.length - 1];
    if (!last) continue;
    // (A relative clause in the content, "apologized to the workers who accused him …",
    // describes an object, and an agentless passive ("what has been portrayed as …") names no
    // one: neither is a reason to drop the outer cue.)
    // (Nor does a cue reported inside a stronger statement's content: "Ruiz said he first
    // discussed the delay after the paper reported …" keeps "discussed" as a nested statement.)
    const nested = found.some((C, k) => C !== A && C.cue[1] < A.cue[0] && prob[k]! >= 0.6 && C.content.some(([p0, p1]) => p0 <= A.cue[0] && A.cue[1] <= p1));
    if (nested) continue;
    if (found.some((B, k) => B !== A && B.cue[0] > A.cue[1] && B.cue[0] <= last[1] && prob[k]! > pa && !relSource(d, B) && B.source !== null)) {
      found.splice(x, 1);
      prob.splice(x, 1);
    }
  }
}
