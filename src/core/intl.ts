// Fallback for non-English text: direct quotes tied to a speech verb nearby, and "according to"
// markers (selon, laut, según, segundo, 据, によると), from a compact lexicon per language. Precision
// over recall: a span it is unsure of is null, never a guess. Never throws; regexes are compiled
// once here and every scan is bounded, so the work stays linear in the text.
import type { Mode, SourceKind, Span, Stance, Statement } from "./types";
import { partitionPoint } from "./search";
import { INTL_ADVERB, INTL_PARTICLE, INTL_RELATIVE } from "./lexicon";

// ---------------------------------------------------------------------------------------------
// Language check
// ---------------------------------------------------------------------------------------------

const SAMPLE = 4000;
// Words frequent in English and absent from the other languages' lists (German "was", "will",
// "in", "an" are left out on purpose).
const EN_STOP = new Set(
  "the of and to is that for it with as he said by at from his are be have this has not but they were who which their been had would its or she her we you".split(" "),
);
const OTHER_STOP = new Set(
  (
    "le la les des est une du et au aux dans pour pas qui sur avec ce cette sont été " +
    "der die das und ist nicht ein eine den dem des auf mit sich zu von auch für werden wurde " +
    "el los las del que y por para con una su se lo como más pero " +
    "não uma em os as ao dos das pelo pela foi é também " +
    "il di che è gli della delle nel per sono anche"
  ).split(" "),
);
const LETTER = /^\p{L}/u;
/** The code units of the letter or apostrophe at i (1, or 2 for a letter beyond the BMP), as
 *  `[\p{L}']` with the u flag reads it; 0 when none is there. */
function letterOrApostropheAt(s: string, i: number): number {
  const c = s.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 39 ? 1 : 0;
  // the General Punctuation block (dashes, quotation marks, ’) holds no letter
  if (c >= 0x2000 && c <= 0x206f) return 0;
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
    const d = s.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return LETTER.test(s.slice(i, i + 2)) ? 2 : 0;
  }
  return LETTER.test(s[i]!) ? 1 : 0;
}
/** A surrogate pair starts at i (the u flag reads it as one character). */
const isHighSurrogateAt = (s: string, i: number): boolean => {
  const c = s.charCodeAt(i);
  return c >= 0xd800 && c <= 0xdbff && i + 1 < s.length && s.charCodeAt(i + 1) >= 0xdc00 && s.charCodeAt(i + 1) <= 0xdfff;
};

/** A letter of the scripts isLikelyEnglish counts as other than Latin (Arabic, kana, CJK, Hangul). */
const NON_LATIN = /[\u0600-\u06ff\u0750-\u077f\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/;
/** Cheap check on the start of the text: English stopwords at least as common as other languages'. */
export function isLikelyEnglish(text: string): boolean {
  if (typeof text !== "string") return true;
  const sample = text.slice(0, SAMPLE);
  // letters counted by code point range in one pass (a global match would build an array per letter);
  // only when the sample holds a letter of those scripts at all (most hold none: nothing to count)
  let nonLatin = 0;
  let latin = 0;
  const mixed = NON_LATIN.test(sample);
  for (let i = 0; mixed && i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (c < 0x80) {
      const l = c | 32;
      if (l >= 97 && l <= 122) latin++;
    } else if (c >= 0xc0 && c <= 0x24f) latin++;
    else if ((c >= 0x600 && c <= 0x6ff) || (c >= 0x750 && c <= 0x77f) || (c >= 0x3040 && c <= 0x30ff) || (c >= 0x3400 && c <= 0x9fff) || (c >= 0xac00 && c <= 0xd7af)) nonLatin++;
  }
  if (nonLatin > 20 && nonLatin > latin * 0.5) return false;
  let en = 0;
  let other = 0;
  // the words `/[\p{L}']+/gu` matches in the lower-cased sample, read by character codes (no match object per
  // word): runs of letters and apostrophes
  const low = sample.toLowerCase();
  const n = low.length;
  for (let i = 0; i < n; ) {
    let e = i;
    while (e < n) {
      const w = letterOrApostropheAt(low, e);
      if (w === 0) break;
      e += w;
    }
    if (e === i) {
      i += isHighSurrogateAt(low, i) ? 2 : 1;
      continue;
    }
    const m = low.slice(i, e);
    i = e;
    if (EN_STOP.has(m)) en++;
    else if (OTHER_STOP.has(m)) other++;
    // plainly English already: the rest of the sample cannot turn it round
    if (en >= 40 && en >= 4 * other) return true;
  }
  // too little to judge: keep the English engine, which is what ran before this fallback existed
  if (en + other < 4) return true;
  return en >= other;
}

// ---------------------------------------------------------------------------------------------
// Lexicon
// ---------------------------------------------------------------------------------------------

const FR_PART =
  "déclaré|dit|affirmé|expliqué|indiqué|souligné|ajouté|précisé|assuré|estimé|confié|annoncé|martelé|reconnu|démenti|nié|répondu|rappelé|prévenu|insisté|lancé|accusé|dénoncé";
const FR_PRES = "déclare|dit|affirme|explique|indique|souligne|ajoute|précise|assure|estime|confie|martèle|reconnaît|répond|rappelle|insiste|lance|dément";
const FR =
  `(?:a|avait|ont|avaient|aurait)-t-(?:il|elle|on|ils|elles)\\s+(?:${FR_PART})` +
  `|(?:${FR_PRES}|${FR_PART})-t?-?(?:il|elle|ils|elles)` +
  `|(?:a|avait|ont|avaient|aurait)\\s+(?:${FR_PART})|${FR_PRES}|selon|d['’]après`;
const DE =
  "sagte|sagt|sagten|erklärte|erklärt|betonte|betont|meinte|meint|ergänzte|fügte\\s+hinzu|teilte\\s+mit|sagte\\s+er|so|laut|zufolge|warnte|kritisierte|bestritt|dementierte|räumte\\s+ein|versicherte";
const ES =
  "dijo|afirmó|explicó|señaló|aseguró|según|indicó|declaró|añadió|agregó|sostuvo|advirtió|insistió|subrayó|precisó|negó|desmintió|reconoció|manifestó|apuntó";
const PT = "disse|afirmou|explicou|segundo|declarou|acrescentou|garantiu|destacou|ressaltou|negou|admitiu|sublinhou|de\\s+acordo\\s+com";
const IT = "ha\\s+detto|ha\\s+dichiarato|ha\\s+spiegato|ha\\s+affermato|ha\\s+aggiunto|ha\\s+sottolineato|secondo|ha\\s+negato";
const LATIN_VERBS = `${FR}|${DE}|${ES}|${PT}|${IT}`;
const AR_VERBS = "وشدد|شدد|وأشار|أشار|وقال|قال|وقالت|قالت|وأضاف|أضاف|وأضافت|أضافت|بحسب|حسب|وفقا\\s*لـ?|وفقاً\\s*لـ?|وأكد|أكد|وأكدت|أكدت|وصرح|صرح|ونفى|نفى|وأوضح|أوضح";

const DENIAL = /(?:démenti|nié|dément|bestritt|dementierte|negó|desmintió|negou|negato|نفى)/u;
const ALLEGATION = /(?:accusé|dénoncé)$/u;

const L = "\\p{L}\\p{M}";
// a speech verb or marker right after a closing quote mark
const AFTER_LATIN = new RegExp(`[\\s\\u00a0]*[,،]?[\\s\\u00a0]*(?:[-–—][\\s\\u00a0]*)?(${LATIN_VERBS}|${AR_VERBS})(?![${L}'’-])`, "iuy");
const AFTER_ZH = /[\s，,]*([^\s，。,“”「」]{0,12}?)(表示|指出|说|称)(?![为法作])(?=[，。,：:\s]|$)/uy;
const AFTER_JA = /[\s]*と(?:述べた|話した|語った|発表した|説明した|強調した|明らかにした|指摘した|話す|述べている)/uy;
// the last speech verb of the words before an opening quote mark
const BEFORE_LATIN = new RegExp(`(?<![${L}'’-])(${LATIN_VERBS}|${AR_VERBS})(?![${L}'’-])`, "giu");
const BEFORE_ZH = /(表示|指出|说|称|强调)/gu;
// what may stand between the verb and the quote: a colon, "que"/"dass"/"إن", an addressee
const GLUE = new RegExp(
  `^(?:[\\s\\u00a0]+(?:à|au|aux|gegenüber|a|al|ao|ante)[\\s\\u00a0][^«»"“”„:.;]{0,40}?)?[\\s\\u00a0]*(?:que|qu['’]|dass|che|إن|أن|:|：|,|，|،)?[\\s\\u00a0]*[:：,，]?[\\s\\u00a0]*$`,
  "iu",
);
// or a source phrase between the verb and a colon ("sagte Müller: „…“", "وقال المتحدث: «…»")
const SOURCE_GLUE = new RegExp(`^[\\s\\u00a0]+([${L}][${L}'’.\\-\\s\\u00a0]{0,58}?)[\\s\\u00a0]*(?:[:：]|[,،]?[\\s\\u00a0]*(?:إن|أن|على|إلى|dass|que))[\\s\\u00a0]*$`, "u");

// "according to" markers in running text (not only next to quotes)
const ACC_LATIN = new RegExp(
  `(?<![${L}'’-])(?:(selon|d['’]après|según|de\\s+acuerdo\\s+con|de\\s+acordo\\s+com|laut(?=\\s+(?:\\p{Lu}|einem|einer|eines|dem|der|den|des)))` +
    `|(?<!(?:\\b(?:o|a|os|as|um|uma|il|lo|la|del|do|da|no|na|al)\\s))(segundo|secondo)(?=\\s+(?:\\p{Lu}|o\\s|a\\s|os\\s|as\\s|um\\s|uma\\s|il\\s|la\\s|le\\s|i\\s|gli\\s|fontes|dados|fonti)))(?![${L}'’-])`,
  "giu",
);
const LAUT_NP = /^[\s\u00a0]+((?:(?:einem|einer|eines|dem|der|den|des)\s+)?\p{Lu}[\p{L}-]*(?:\s+(?:der|des|von)\s+\p{Lu}[\p{L}-]*)?)/u;
const ZUFOLGE = /(?<![\p{L}])zufolge(?![\p{L}])/gu;
const ACC_AR = /(?<![\p{L}])(وبحسب|بحسب|حسب|وفقا\s*لـ?|وفقاً\s*لـ?)(?=\s)/gu;
const ACC_ZH = /(?<![数依根证占盘凭收字单])据([^，。、“”,\s]{1,16}?)(报道|称|表示|介绍|透露|消息|统计|显示)/gu;
const ACC_JA = /によると|によれば/gu;

const PRONOUN = new Set(
  "il elle ils elles on lui er sie es wir él ella ellos ellas ele ela eles elas lei egli 他 她 他们 她们".split(" "),
);
const ARTICLE = new Set(
  "le la les l' l’ un une der die das den dem des ein eine einer einem el los las una o a os as um uma il lo gli i".split(" "),
);
const CAP_STOP = new Set(
  (
    "Dies Das Der Die Den Dem Er Sie Es Wir Ich Il Elle Ils Elles On Lui Mais Aber Pero Mas Et Und Y Le La Les El Los Las " +
    "Cela Ce Ceci Esto Eso Isso Isto Hier Heute Nous Je Yo Eu Ele Ela Él Ella Lei Egli Auch Doch Dann Denn Ma E O A"
  ).split(" "),
);
const ORG = /(?:ministère|ministerium|ministerio|ministério|gouvernement|regierung|gobierno|governo|police|polizei|policía|polícia|bahn|parti|partei|partido|cour|gericht|tribunal|commission|kommission|comisión|agence|agentur|agencia|AG|GmbH|SA|Inc)\b/iu;
const DOCUMENT = /(?:analyse|análisis|análise|analisi|données|rapport|étude|sondage|chiffres|bericht|studie|umfrage|angaben|daten|datos|informe|estudio|encuesta|cifras|dados|relatório|estudo|pesquisa|dati|rapporto)/iu;
const OUTLET = /(?:émissions?|journal|quotidien|zeitung|sendung|periódico|diario|jornal|giornale|telev|radio|nachrichtenagentur|agence\s+de\s+presse|agencia\s+de\s+noticias)/iu;
const UNNAMED = /(?:source|sources|quelle|quellen|kreise|fuente|fuentes|fonte|fontes|fonti|expert|experte|experto|especialista)/iu;

const TOKEN = /[\p{L}\p{M}\p{N}'’\-.]+|[^\s\u00a0]/gu;
const CAP = /^\p{Lu}/u;
const LOWER_WORD = /^[\p{Ll}][\p{L}\p{M}'’-]*$/u;
const LATIN_WORD = /^[\p{L}\p{M}'’\-.]+$/u;
const CJK = /[\u3040-\u30ff\u3400-\u9fff]/;
const ARABIC = /[\u0600-\u06ff]/;
const WORDY = /[\s\u00a0]/;

type Tok = { s: number; e: number; w: string };

function tokens(text: string, from: number, to: number): Tok[] {
  const out: Tok[] = [];
  TOKEN.lastIndex = 0;
  for (const m of text.slice(from, to).matchAll(TOKEN)) {
    let w = m[0];
    // a sentence's full stop is not part of the name before it
    while (w.length > 1 && w.endsWith(".")) w = w.slice(0, -1);
    out.push({ s: from + m.index, e: from + m.index + w.length, w });
  }
  return out;
}

const span = (text: string, start: number, end: number): Span => ({ start, end, text: text.slice(start, end) });

/** Trim whitespace (and no-break spaces) off both ends of a range. */
function trimmed(text: string, start: number, end: number): Span | null {
  while (start < end && /[\s\u00a0\u202f]/.test(text[start]!)) start++;
  while (end > start && /[\s\u00a0\u202f]/.test(text[end - 1]!)) end--;
  return end > start ? span(text, start, end) : null;
}

/** Capitalised words (with particles like "de", "von") or article + a few lowercase words, ending right before `at`. */
function sourceBefore(text: string, at: number): Span | null {
  const toks = tokens(text, Math.max(0, at - 80), at);
  if (toks.length && toks[toks.length - 1]!.e !== at && !/^[\s\u00a0]+$/.test(text.slice(toks[toks.length - 1]!.e, at))) return null;
  let i = toks.length - 1;
  let start = -1;
  let caps = 0;
  while (i >= 0 && toks.length - 1 - i < 6) {
    const t = toks[i]!;
    if (!LATIN_WORD.test(t.w)) break;
    if (CAP.test(t.w) && !CAP_STOP.has(t.w)) {
      caps++;
      start = t.s;
    } else if (caps > 0 && INTL_PARTICLE.has(t.w)) {
      // a particle only counts when a capitalised word comes before it too
      const prev = toks[i - 1];
      if (!prev || !CAP.test(prev.w) || CAP_STOP.has(prev.w)) break;
    } else break;
    i--;
  }
  if (caps > 0) {
    const art = toks[i];
    if (art && ARTICLE.has(art.w.toLowerCase()) && /^[\s\u00a0]+$/.test(text.slice(art.e, start))) start = art.s;
    return span(text, start, toks[toks.length - 1]!.e);
  }
  // "le juge en chef a déclaré", "der Sprecher sagte": an article and up to three lowercase words
  let j = toks.length - 1;
  let n = 0;
  while (j >= 0 && n < 3 && LOWER_WORD.test(toks[j]!.w) && !ARTICLE.has(toks[j]!.w)) {
    j--;
    n++;
  }
  const art = toks[j];
  if (n > 0 && art && ARTICLE.has(art.w.toLowerCase())) return span(text, art.s, toks[toks.length - 1]!.e);
  return null;
}

/** The name after a postposed verb ("sagt Fabian Stenger", "dijo el ministro"). */
function sourceAfter(text: string, at: number): Span | null {
  const toks = tokens(text, at, Math.min(text.length, at + 80));
  if (!toks.length || !/^[\s\u00a0]+$/.test(text.slice(at, toks[0]!.s))) return null;
  let i = INTL_ADVERB.has(toks[0]!.w) ? 1 : 0;
  let start = -1;
  if (toks[i] && ARTICLE.has(toks[i]!.w.toLowerCase())) {
    start = toks[i]!.s;
    i++;
  }
  let end = -1;
  let caps = 0;
  while (i < toks.length && i < 7) {
    const t = toks[i]!;
    if (!LATIN_WORD.test(t.w)) break;
    if (CAP.test(t.w) && !CAP_STOP.has(t.w)) {
      caps++;
      if (start < 0) start = t.s;
      end = t.e;
    } else if (caps > 0 && INTL_PARTICLE.has(t.w) && toks[i + 1] && CAP.test(toks[i + 1]!.w)) {
      // "Ana de Souza"
    } else if (caps === 0 && start >= 0 && LOWER_WORD.test(t.w) && i < 4) {
      end = t.e;
    } else break;
    i++;
  }
  if (start < 0 || end < 0) return null;
  if (PRONOUN.has(text.slice(start, end).toLowerCase())) return null;
  return span(text, start, end);
}

/** A short run of script without spaces (zh/ja) ending at `at`, back to punctuation; null when long or absent. */
function runBefore(text: string, at: number, max: number): Span | null {
  let i = at;
  while (i > 0 && at - i <= max && !/[，。、「」『』“”：:,.\s!?！？（）()]/.test(text[i - 1]!)) i--;
  if (i === at || at - i > max) return null;
  if (i > 0 && !/[，。、「」『』“”：:,.\s!?！？（）()]/.test(text[i - 1]!)) return null;
  const s = span(text, i, at);
  return PRONOUN.has(s.text) ? null : s;
}

/** Arabic words after a marker up to punctuation, at most `maxWords`; null when the phrase runs on. */
function arabicPhraseAfter(text: string, at: number, maxWords: number): Span | null {
  const end = Math.min(text.length, at + 80);
  let i = at;
  while (i < end && !/[،,.:؛"«»“”\n]/.test(text[i]!)) i++;
  let s = trimmed(text, at, i);
  if (!s || /^(?:ما|أن|إن)(?:\s|$)/u.test(s.text)) return null;
  // the phrase ends where the clause goes on: "وبحسب المرصد فقد …"
  const stop = /\s(?:ف\S*|قد|إن|أن|كان|تم|وهو|وهي)(?:\s|$)/u.exec(s.text);
  if (stop) s = trimmed(text, s.start, s.start + stop.index);
  if (!s || s.text.split(/\s+/).length > maxWords) return null;
  return s;
}

function kindOf(src: Span | null): SourceKind {
  if (!src) return "none";
  const t = src.text;
  if (DOCUMENT.test(t)) return "document";
  if (OUTLET.test(t)) return "outlet";
  if (UNNAMED.test(t)) return "unnamed";
  if (ORG.test(t)) return "named-organization";
  const words = t.split(/[\s\u00a0]+/);
  const first = words[0] ?? "";
  if (CJK.test(t) || ARABIC.test(t)) return "unnamed";
  if (ARTICLE.has(first.toLowerCase())) {
    // "der Sprecher", "el ministro": a role without a name; "die Deutsche Bahn": a name
    return words.slice(1).filter((w) => CAP.test(w)).length >= 2 ? "named-person" : "unnamed";
  }
  return CAP.test(first) ? "named-person" : "unnamed";
}

function stanceOf(cue: string): Stance {
  if (DENIAL.test(cue)) return "denial";
  if (ALLEGATION.test(cue)) return "allegation";
  return "neutral";
}

function statement(content: Span, source: Span | null, cue: Span, mode: Mode): Statement {
  return {
    source,
    cue,
    content,
    mode,
    stance: stanceOf(cue.text),
    sourceKind: kindOf(source),
    speaker: source ? source.text : null,
    party: null,
    labels: [],
    counter: [],
  };
}

// ---------------------------------------------------------------------------------------------
// Quotes
// ---------------------------------------------------------------------------------------------

const QUOTES: RegExp[] = [
  /«([^«»\n]{2,800})»/gu,
  /‹([^‹›\n]{2,400})›/gu,
  /„([^„“”\n]{2,800})[“”]/gu,
  /“([^“”\n]{2,800})”/gu,
  /"([^"\n]{2,800})"/gu,
  /「([^「」\n]{2,600})」/gu,
  /『([^『』\n]{2,600})』/gu,
  /‚([^‚‘’\n]{2,300})[‘’](?![\p{L}])/gu,
  /(?<![\p{L}\p{N}])‘([^‘’\n]{2,300})’(?![\p{L}])/gu,
];

type Quote = { start: number; end: number; inner: Span };

function findQuotes(text: string): Quote[] {
  const all: Quote[] = [];
  for (const re of QUOTES) {
    re.lastIndex = 0;
    for (const m of text.matchAll(re)) {
      const start = m.index;
      const end = start + m[0].length;
      const inner = trimmed(text, start + 1, start + 1 + m[1]!.length);
      if (inner) all.push({ start, end, inner });
    }
  }
  all.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Quote[] = [];
  let last = -1;
  for (const q of all) {
    if (q.start < last) continue; // nested or overlapping: the outer quote stands
    out.push(q);
    last = q.end;
  }
  return out;
}

/** A quote worth attributing: a few words (or a clause in a script without spaces), not a title or a term. */
function substantial(inner: string): boolean {
  if (CJK.test(inner) && !WORDY.test(inner)) return inner.length >= 6;
  return inner.split(/[\s\u00a0]+/).filter(Boolean).length >= 3;
}

const STOP_CHARS = /[.!?。！？\n]/;

function sentenceStart(text: string, pos: number, limit: number): number {
  const min = Math.max(0, pos - limit);
  for (let i = pos - 1; i >= min; i--) if (STOP_CHARS.test(text[i]!)) return i + 1;
  return min;
}

function sentenceEnd(text: string, pos: number, limit: number): number {
  const max = Math.min(text.length, pos + limit);
  for (let i = pos; i < max; i++) if (STOP_CHARS.test(text[i]!)) return i;
  return max;
}

function attributeQuote(text: string, q: Quote): Statement | null {
  const after = sentenceEnd(text, q.end, 120);
  const tail = text.slice(q.end, after);
  // after the quote: «…», a déclaré X / "…", sagt X / "…"، قال X
  // a quote that closes its own sentence ("…." So sieht…) is not followed by its verb
  const closed = /[.!?。！？]$/u.test(q.inner.text) && /^[\s\u00a0]*\p{Lu}/u.test(tail);
  AFTER_LATIN.lastIndex = 0;
  const a = closed ? null : AFTER_LATIN.exec(tail);
  if (a) {
    const cs = q.end + a[0].length - a[1]!.length;
    const cue = span(text, cs, q.end + a[0].length);
    let source: Span | null = null;
    if (ARABIC.test(cue.text)) source = arabicPhraseAfter(text, cue.end, 6);
    else if (!/-t?-?(?:il|elle|ils|elles)$/iu.test(cue.text)) source = sourceAfter(text, cue.end);
    return statement(q.inner, source, cue, "direct");
  }
  AFTER_ZH.lastIndex = 0;
  const z = AFTER_ZH.exec(tail);
  if (z && CJK.test(q.inner.text)) {
    const cs = q.end + z[0].length - z[2]!.length;
    const who = z[1] ? trimmed(text, cs - z[1].length, cs) : null;
    // "“…”的说法", "“…”被称": the quote is named, not said
    if (who && /[的被所将可]$/u.test(who.text)) return null;
    const source = who && !PRONOUN.has(who.text) ? who : null;
    return statement(q.inner, source, span(text, cs, cs + z[2]!.length), "direct");
  }
  AFTER_JA.lastIndex = 0;
  const j = AFTER_JA.exec(tail);
  if (j) {
    const cue = span(text, q.end + j[0].length - j[0].trimStart().length, q.end + j[0].length);
    // "田中氏は「…」と述べた": the topic before the quote is the speaker
    const topic = q.start > 0 && (text[q.start - 1] === "は" || text[q.start - 1] === "が") ? runBefore(text, q.start - 1, 15) : null;
    return statement(q.inner, topic, cue, "direct");
  }
  // before the quote: X a déclaré : « … » / Müller sagte: „…“ / وقال X: "…" / X表示：“…”
  const from = sentenceStart(text, q.start, 160);
  const head = text.slice(from, q.start);
  let last: RegExpExecArray | null = null;
  BEFORE_LATIN.lastIndex = 0;
  for (let m = BEFORE_LATIN.exec(head); m; m = BEFORE_LATIN.exec(head)) last = m;
  if (last) {
    const cue = span(text, from + last.index, from + last.index + last[0].length);
    const glue = text.slice(cue.end, q.start);
    if (ARABIC.test(cue.text)) {
      const g = SOURCE_GLUE.exec(glue);
      if (g || GLUE.test(glue)) {
        const source = g ? trimmed(text, cue.end + g[0].indexOf(g[1]!), cue.end + g[0].indexOf(g[1]!) + g[1]!.length) : null;
        const ok = source && source.text.split(/\s+/).length <= 6 ? source : null;
        return statement(q.inner, ok, cue, "direct");
      }
    } else if (GLUE.test(glue)) {
      const source = /^(?:selon|d['’]après|según|laut|segundo|secondo|de\s+acuerdo\s+con|de\s+acordo\s+com)$/iu.test(cue.text) ? null : sourceBefore(text, cue.start);
      if (!/^(?:selon|d['’]après|según|laut|segundo|secondo|so|zufolge)$/iu.test(cue.text)) return statement(q.inner, source, cue, "direct");
    } else {
      const g = SOURCE_GLUE.exec(glue);
      if (g && /^[\s\u00a0]+(?:\p{Lu}|(?:der|die|das|le|la|el|o|a|il)\s)/u.test(g[0])) {
        const at = cue.end + g[0].indexOf(g[1]!);
        const source = trimmed(text, at, at + g[1]!.length);
        if (source && source.text.split(/\s+/).length <= 5) return statement(q.inner, source, cue, "direct");
      }
    }
  }
  if (CJK.test(q.inner.text)) {
    let zl: RegExpExecArray | null = null;
    BEFORE_ZH.lastIndex = 0;
    for (let m = BEFORE_ZH.exec(head); m; m = BEFORE_ZH.exec(head)) zl = m;
    if (zl && /^[\s：:，,]*$/u.test(head.slice(zl.index + zl[0].length))) {
      const cue = span(text, from + zl.index, from + zl.index + zl[0].length);
      return statement(q.inner, runBefore(text, cue.start, 15), cue, "direct");
    }
  }
  return null;
}

// ---------------------------------------------------------------------------------------------
// "According to"
// ---------------------------------------------------------------------------------------------

/** The claim an "according to" marker qualifies: the longer side of the sentence around the marker phrase. */
function claimAround(text: string, phrase: { start: number; end: number }): Span | null {
  const s = sentenceStart(text, phrase.start, 400);
  const e = sentenceEnd(text, phrase.end, 400);
  const before = trimmed(text, s, phrase.start);
  const after = trimmed(text, phrase.end, e);
  const clean = (x: Span | null): Span | null => {
    if (!x) return null;
    let a = x.start;
    let b = x.end;
    while (a < b && /[,，、،:;\s\u00a0—–-]/.test(text[a]!)) a++;
    while (b > a && /[,，、،:;\s\u00a0—–-]/.test(text[b - 1]!)) b--;
    return b - a >= 12 ? span(text, a, b) : null;
  };
  const bc = clean(before);
  const ac = clean(after);
  if (bc && ac) return bc.text.length >= ac.text.length ? bc : ac;
  return bc ?? ac;
}

/** Noun phrase after a Latin-script marker, up to punctuation or a verb-like boundary, at most six words. */
function phraseAfter(text: string, at: number): Span | null {
  const end = Math.min(text.length, at + 70);
  let i = at;
  while (i < end && !/[,;:.!?()\n«»"“”„—–]/.test(text[i]!)) i++;
  const s = trimmed(text, at, i);
  if (!s) return null;
  const words = s.text.split(/[\s\u00a0]+/);
  if (words.length > 8) return null;
  if (PRONOUN.has(s.text.toLowerCase()) || INTL_RELATIVE.test(s.text)) return null;
  return s;
}

function phraseBefore(text: string, at: number): Span | null {
  const min = Math.max(0, at - 60);
  let i = at;
  while (i > min && !/[,;:.!?()\n«»"“”„—–]/.test(text[i - 1]!)) i--;
  const s = trimmed(text, i, at);
  if (!s || s.text.split(/[\s\u00a0]+/).length > 5) return null;
  return s;
}

function accordingTo(text: string, taken: (pos: number) => boolean): Statement[] {
  const out: Statement[] = [];
  const push = (cue: Span, source: Span | null, phrase: { start: number; end: number }): void => {
    if (taken(cue.start)) return;
    const content = claimAround(text, phrase);
    if (content) out.push(statement(content, source, cue, "according-to"));
  };
  ACC_LATIN.lastIndex = 0;
  for (const m of text.matchAll(ACC_LATIN)) {
    const cue = span(text, m.index, m.index + m[0].length);
    // German puts no comma after "laut Polizei": the phrase is an article and a noun or two
    const laut = /^laut$/iu.test(cue.text) ? LAUT_NP.exec(text.slice(cue.end, cue.end + 80)) : null;
    const source = laut ? span(text, cue.end + laut[0].length - laut[1]!.length, cue.end + laut[0].length) : phraseAfter(text, cue.end);
    if (!source) continue; // "selon lui", "selon les cas" that runs on: no clear source, no statement
    push(cue, source, { start: cue.start, end: source.end });
  }
  ZUFOLGE.lastIndex = 0;
  for (const m of text.matchAll(ZUFOLGE)) {
    const cue = span(text, m.index, m.index + m[0].length);
    const source = phraseBefore(text, cue.start);
    if (!source) continue;
    push(cue, source, { start: source.start, end: cue.end });
  }
  ACC_AR.lastIndex = 0;
  for (const m of text.matchAll(ACC_AR)) {
    const cue = span(text, m.index, m.index + m[0].length);
    const source = arabicPhraseAfter(text, cue.end, 6);
    push(cue, source, { start: cue.start, end: source ? source.end : cue.end });
  }
  ACC_ZH.lastIndex = 0;
  for (const m of text.matchAll(ACC_ZH)) {
    const cue = span(text, m.index, m.index + 1);
    const source = trimmed(text, m.index + 1, m.index + 1 + m[1]!.length);
    push(cue, source, { start: m.index, end: m.index + m[0].length });
  }
  ACC_JA.lastIndex = 0;
  for (const m of text.matchAll(ACC_JA)) {
    const cue = span(text, m.index, m.index + m[0].length);
    const source = runBefore(text, cue.start, 15);
    push(cue, source, { start: source ? source.start : cue.start, end: cue.end });
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Entry point
// ---------------------------------------------------------------------------------------------

/** Direct quotes and "according to" statements in a non-English text. Never throws. */
export function extractIntl(text: string): Statement[] {
  if (typeof text !== "string" || text.length === 0) return [];
  try {
    const quotes = findQuotes(text);
    const direct: Statement[] = [];
    for (const q of quotes) {
      if (!substantial(q.inner.text)) continue;
      const st = attributeQuote(text, q);
      if (st) direct.push(st);
    }
    const used = new Set(direct.map((s) => s.cue!.start));
    // sorted quote ranges: a marker inside a quotation is the speaker's words, not the article's
    const inQuote = (pos: number): boolean => {
      const lo = partitionPoint(quotes.length, (mid) => quotes[mid]!.end <= pos);
      const q = quotes[lo];
      return !!q && q.start <= pos;
    };
    const acc = accordingTo(text, (pos) => used.has(pos) || inQuote(pos));
    return [...direct, ...acc].sort((a, b) => a.content.start - b.content.start);
  } catch {
    return [];
  }
}
