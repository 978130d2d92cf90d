// What a speaker may be: a name or a description a reader can use. Never a pronoun, a relative
// word, a bare quantifier, a verb phrase, a number phrase, a bare plural of things ("tariffs") or
// a byline; and the phrase a relative word ("who", "which") or a subject's apposition stands for.
// Pure string work over the word tokens; every lookup is bounded by a few tokens.
import type { Span } from "./types";
import type { Tok } from "./words";
import type { People, Person } from "./people";
import { isPersonNoun } from "./lexicon";
import { partitionPoint } from "./search";
import {
  ADVERBIAL_PREP, BYLINE_WORD, DESCRIPTION_DET, DESCRIPTION_LEFT_STOP, INSTITUTION, NOT_SPEAKER, NUMERAL_WORD, PERSON_PARTICIPLE, PREP_BEFORE_PLACE, PRONOUN_OR_RELATIVE, QUANT_OK, SPEAKER_QUANT,
} from "./lexicon";

const wordsOf = (s: string): string[] => s.match(/[\p{L}\p{N}$€£%]+(?:['’.-][\p{L}\p{N}]+)*/gu) ?? [];

/** Can a reader use this source phrase, as written, as the name of who spoke? */
export function usableSpeaker(raw: string): boolean {
  const s = raw.trim().replace(/^[“"‘'(]+|[”"’'),.;:]+$/g, "");
  if (!s || BYLINE_WORD.test(s)) return false;
  if (/n['’]t\b/i.test(s)) return false; // "You shouldn't": a verb phrase
  const ws = wordsOf(s);
  if (ws.length === 0) return false;
  const first = ws[0]!.toLowerCase();
  if (ws.length === 1) {
    if (QUANT_OK.has(first)) return true;
    if (NOT_SPEAKER.has(first) || NUMERAL_WORD.test(first) || /^[\p{N}$€£]/u.test(first)) return false;
    // a lower-case word: a people noun or an institution ("officials", "police"), not "tariffs"
    if (/^\p{Ll}/u.test(ws[0]!)) return isPersonNoun(first) || INSTITUTION.has(first);
    return true;
  }
  if (PRONOUN_OR_RELATIVE.has(first) || (NOT_SPEAKER.has(first) && !SPEAKER_QUANT.test(first))) return false;
  // "raising", "thought out", "seeking": a verb phrase
  if (/^\p{Ll}/u.test(ws[0]!) && /(?:ing|ed)$/.test(first) && !PERSON_PARTICIPLE.test(first)) return false;
  // "3 percent", "$5 billion", "two of the": a number phrase, unless it counts people ("two officials")
  if ((NUMERAL_WORD.test(first) || /^[\p{N}$€£]/u.test(first)) && !ws.some((w) => isPersonNoun(w.toLowerCase()) || INSTITUTION.has(w.toLowerCase())) && !/^\p{Lu}/u.test(ws[ws.length - 1]!)) return false;
  if (ws.every((w) => NOT_SPEAKER.has(w.toLowerCase()) || NUMERAL_WORD.test(w))) return false;
  return true;
}

/** A plural source ("Teachers", "the two senators", "Noel and Thomas"): what "they" may refer to. */
export function pluralSource(name: string): boolean {
  const ws = wordsOf(name);
  const last = ws[ws.length - 1] ?? "";
  return /\s(?:and|&)\s/.test(name) || (/[^s'’]s$/.test(last) && !/^\p{Lu}/u.test(last)) || /^(?:[\p{Lu}][\p{Ll}]+s)$/u.test(name.trim());
}

export type Antecedent = { text: string; start: number; end: number; person?: Person; needEntity: boolean };

const capTok = (t: Tok): boolean => /^\p{Lu}/u.test(t.w);

function tokAt(toks: readonly Tok[], at: number): number {
  return partitionPoint(toks.length, (mid) => toks[mid]!.s < at);
}

/** The run of capitalised words ending at token j (with "of", "for", "and", "the" inside), as [i0, j]. */
function capRunLeft(toks: readonly Tok[], j: number): number {
  let i0 = j;
  while (i0 - 1 >= 0 && j - i0 < 8 && !toks[i0]!.hard && !toks[i0]!.comma) {
    const p = toks[i0 - 1]!;
    if (capTok(p) || (/^(?:of|for|and|the|de|al)$/.test(p.lw) && i0 - 2 >= 0 && capTok(toks[i0 - 2]!) && !p.hard && !p.comma)) i0--;
    else break;
  }
  return i0;
}

/**
 * The phrase a source stands for: a relative word's antecedent ("Alex Reyes, who said", "the
 * group, which alleges", "an aide who said"), or the name a sentence opens with when the source
 * is its apposition ("Vietnam, one of the loudest critics, has accused"). Null when neither.
 */
export function antecedentAt(text: string, toks: readonly Tok[], src: Span, people: People): Antecedent | null {
  const k = tokAt(toks, src.start);
  const t = toks[k];
  if (!t || t.s !== src.start || k === 0) return null;
  const rel = /^(?:who|whom|which|that)$/i.test(src.text.trim());
  if (rel) {
    const j = k - 1;
    const pj = toks[j]!;
    if (t.hard && !t.comma) return null;
    if (t.si !== pj.si) return null;
    if (capTok(pj)) {
      const i0 = capRunLeft(toks, j);
      const s = toks[i0]!.s;
      const person = people.personIn(s, pj.e);
      // "Ana Ruiz, a Democrat from New Mexico who wrote the bill": "who" after a place names the
      // person the apposition describes, never the place
      if (!person && /^(?:who|whom)$/i.test(t.w) && i0 > 0 && PREP_BEFORE_PLACE.has(toks[i0 - 1]!.lw) && !toks[i0]!.hard && !toks[i0]!.comma) {
        return personBeforePlace(text, toks, i0 - 1, people);
      }
      const phrase = text.slice(s, pj.e).replace(/^(?:The|A|An)\s+/, (m) => m);
      return { text: phrase, start: s, end: pj.e, person, needEntity: false };
    }
    // a description: walk left to its determiner
    let i0 = j;
    while (i0 > 0 && j - i0 < 9) {
      const cur = toks[i0]!;
      if (DESCRIPTION_DET.has(cur.lw)) break;
      if (cur.hard || cur.comma) break;
      const p = toks[i0 - 1]!;
      if (DESCRIPTION_LEFT_STOP.has(p.lw) && !DESCRIPTION_DET.has(p.lw)) break;
      i0--;
    }
    if (DESCRIPTION_LEFT_STOP.has(toks[i0]!.lw) && !DESCRIPTION_DET.has(toks[i0]!.lw)) return null;
    // "Vietnam, one of the critics, which": the name the description is set after
    const first = toks[i0]!;
    if (first.comma && !first.hard && i0 > 0 && capTok(toks[i0 - 1]!)) {
      const a = appositionHead(text, toks, i0, people);
      if (a) return a;
    }
    return { text: text.slice(first.s, pj.e), start: first.s, end: pj.e, needEntity: false };
  }
  // a description opening the source right after "Name, ": the name is the speaker
  if (/^\p{Ll}/u.test(src.text) && !PRONOUN_OR_RELATIVE.has(t.lw) && t.comma && !t.hard && capTok(toks[k - 1]!)) return appositionHead(text, toks, k, people);
  // "Vietnam is one of the loudest critics … and has accused": the subject the predicate describes
  if (/^\p{Ll}/u.test(src.text) && !PRONOUN_OR_RELATIVE.has(t.lw) && !t.hard && !t.comma && k >= 2 && /^(?:is|was)$/.test(toks[k - 1]!.lw) && !toks[k - 1]!.hard && capTok(toks[k - 2]!))
    return appositionHead(text, toks, k - 1, people);
  return null;
}

/** The name an apposition holding the preposition at p is set after ("Ana Ruiz, a Democrat from
 *  …"), or null: the place after p is no antecedent of "who". */
function personBeforePlace(text: string, toks: readonly Tok[], p: number, people: People): Antecedent | null {
  for (let i = p; i > 0 && p - i < 9; i--) {
    const t = toks[i]!;
    if (t.hard && !t.comma) return null;
    if (t.comma) return capTok(toks[i - 1]!) ? appositionHead(text, toks, i, people) : null;
  }
  return null;
}

function appositionHead(text: string, toks: readonly Tok[], k: number, people: People): Antecedent | null {
  const j = k - 1;
  const i0 = capRunLeft(toks, j);
  const a = toks[i0]!;
  // the name must open its sentence or clause ("In Washington," is an adverbial, not a subject)
  if (!(a.sent || a.hard || (i0 > 0 && /^(?:and|but)$/.test(toks[i0 - 1]!.lw)))) return null;
  if (ADVERBIAL_PREP.has(a.lw)) return null;
  const person = people.personIn(a.s, toks[j]!.e);
  return { text: text.slice(a.s, toks[j]!.e), start: a.s, end: toks[j]!.e, person, needEntity: !person };
}
