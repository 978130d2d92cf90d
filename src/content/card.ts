// What the card drawn inside the page may say about one statement. It is built from this page's
// own Analysis only: answers from the same article and search links built from its words. History
// answers (statements from articles read earlier, on other sites) never go into the page, where
// the page's scripts could find them with window.find or measure the card: they are shown only
// in the extension's own pages (popup, report). Filtered here even if an answer carries them.
//
// The card also lets the reader correct the mark ("not a statement", "wrong speaker": another
// speaker or side of this same article). Its buttons act on the reader's own events only
// (isTrusted); what they send names a statement of this page's analysis, and the background
// checks it against the tab's own analysis and URL (src/background/corrections).
import type { Analysis, Counter, Statement } from "../core/types";
import { plainLabels, speakerLabel, whyMarked } from "../shared/labels";
import { partySlot, slotColour } from "../shared/palette";
import { statementKey } from "../shared/corrections";
import type { CorrectionRequest } from "../shared/messages";

/** One answer to "who said it, then?": another speaker of the article, or a side (null: none). */
export type CorrectionChoice = { label: string; speaker?: string; side?: string | null };

export type CardModel = {
  index: number;
  speaker: string;
  /** the words on the page when they differ from the resolved speaker */
  written: string | null;
  /** the side and its colour; neutral speakers have none */
  side: { name: string; colour: string } | null;
  sideText: string;
  labels: string[];
  why: string;
  content: string;
  /** other sides' statements in this article that answer it (at most three) */
  answers: { statement: number; label: string }[];
  /** sides this statement accuses that the article never quotes */
  unheard: string[];
  /** where to find the other side's own words (http(s) only) */
  links: { label: string; url: string }[];
  /** the statement's key, sent with a correction so the background can check it is the same one */
  key: string;
  /** "Corrected by you: …" when the reader corrected this statement, else null */
  corrected: string | null;
  /** the other speakers and sides of this article, for "wrong speaker" */
  choices: CorrectionChoice[];
};

/** At most this many other speakers are offered for "wrong speaker" (the most quoted first). */
export const MAX_SPEAKER_CHOICES = 12;

export const CARD_ANSWERS = 3;
const SAFE_URL = /^https?:\/\//i;

/** Whether a counter may be drawn in the page: never one from the reading history. */
export const pageSafe = (c: Counter): boolean => c.kind === "in-article" || c.kind === "search";

export function speakerName(s: Statement): string {
  return speakerLabel(s);
}

export function sideText(s: Statement, partyName: string | null): string {
  if (partyName) return `Speaks for: ${partyName}`;
  if (s.sourceKind === "unnamed" || s.sourceKind === "anonymous") return "Unnamed source, side not known";
  if (!s.source && !s.speaker) return "No stated source";
  return "Neutral: speaks for no side";
}

export function cardFrom(a: Analysis, i: number): CardModel | null {
  const s = a.statements[i];
  if (!s) return null;
  const pi = s.party === null ? -1 : a.parties.findIndex((p) => p.id === s.party);
  const party = pi >= 0 ? a.parties[pi]! : null;
  const safe = s.counter.filter(pageSafe);
  const answers = safe
    .filter((c) => c.kind === "in-article" && typeof c.statement === "number" && a.statements[c.statement])
    .slice(0, CARD_ANSWERS)
    .map((c) => ({ statement: c.statement!, label: c.label }));
  const links = safe
    .filter((c) => c.kind === "search" && c.url !== undefined && SAFE_URL.test(c.url))
    .map((c) => ({ label: c.label, url: c.url! }));
  const unheard = [
    ...new Set(
      a.disputes
        .filter((d) => d.from === i && d.kind === "accusation")
        .map((d) => a.parties.find((p) => p.id === d.against))
        .filter((p) => p !== undefined && !p.quoted)
        .map((p) => p!.name),
    ),
  ];
  const written = s.source?.text ?? null;
  const note = a.corrections?.find((c) => c.statement === i);
  return {
    index: i,
    speaker: speakerName(s),
    written: written && s.speaker && written !== s.speaker ? written : null,
    side: party ? { name: party.name, colour: slotColour(partySlot(pi)) } : null,
    sideText: sideText(s, party?.name ?? null),
    labels: plainLabels(s),
    why: whyMarked(s),
    content: s.content.text,
    answers,
    unheard,
    links,
    key: note?.key ?? statementKey(s),
    corrected: note ? `Corrected by you. Whosaid read: ${note.was.speaker ?? "no stated source"}${note.was.side ? ` (${note.was.side})` : ""}.` : null,
    choices: choicesFor(a, s),
  };
}

/** Other speakers of the article (with their side), then the sides, then "no side". */
export function choicesFor(a: Analysis, s: Statement): CorrectionChoice[] {
  const current = s.speaker ?? s.source?.text ?? null;
  const count = new Map<string, { n: number; party: string | null }>();
  for (const x of a.statements) {
    const who = x.speaker ?? x.source?.text;
    if (!who || who === current) continue;
    const c = count.get(who);
    if (c) c.n++;
    else count.set(who, { n: 1, party: x.party });
  }
  const sideName = (id: string | null) => (id === null ? null : (a.parties.find((p) => p.id === id)?.name ?? null));
  const speakers = [...count.entries()]
    .sort((x, y) => y[1].n - x[1].n)
    .slice(0, MAX_SPEAKER_CHOICES)
    .map(([who, c]): CorrectionChoice => ({ label: sideName(c.party) ? `${who} (${sideName(c.party)})` : who, speaker: who }));
  const sides = a.parties.filter((p) => p.id !== s.party).map((p): CorrectionChoice => ({ label: `The same speaker, for ${p.name}`, side: p.id }));
  if (s.party !== null) sides.push({ label: "The same speaker, for no side", side: null });
  return [...speakers, ...sides];
}

/** What a card's correction asks the background (with the statement's index and key). */
export type CorrectionAsk = Omit<CorrectionRequest, "index" | "key">;
/** Sends a correction; resolves with the words to tell the reader what happened. */
export type Correct = (index: number, key: string, ask: CorrectionAsk) => Promise<string>;

const CORRECT_CSS = `
.correct{margin:8px 0 0;padding-top:6px;border-top:1px solid #8886;font-size:13px}
.correct .corrected{margin:0 0 6px;padding:2px 6px;border-left:3px solid #0072b2;background:#0072b214}
.correct button{font:inherit;font-size:13px;margin:0 6px 4px 0;padding:2px 8px;border:1px solid #8888;border-radius:4px;background:#f4f4f6;color:#1b1b1f;cursor:pointer}
.correct button:disabled{cursor:default;opacity:.7}
.correct label{display:block;margin:4px 0}
.correct select{display:block;max-width:100%;margin-top:2px;font:inherit;font-size:13px}
.correct .status{margin:4px 0 0;min-height:1em}
@media (prefers-color-scheme: dark){.correct button{background:#2c2c33;color:#eee}.correct .corrected{background:#7cc4ff1f}}
`;

/**
 * The correction part of a card: "Not a statement", "Wrong speaker" (pick another speaker or side
 * of this article), and a status line. Page text enters it as text only. Synthetic events (the
 * page's own `dispatchEvent`) do nothing.
 */
export function correctionBox(doc: Document, model: CardModel, correct: Correct): HTMLElement {
  const box = doc.createElement("div");
  box.className = "correct";
  box.setAttribute("role", "group");
  box.setAttribute("aria-label", "Correct this mark");
  const style = doc.createElement("style");
  style.textContent = CORRECT_CSS;
  box.append(style);
  if (model.corrected) box.append(text(doc, "p", "corrected", model.corrected));
  const status = text(doc, "p", "status", "");
  status.setAttribute("role", "status");
  const not = button(doc, "not-statement", "Not a statement");
  const wrong = button(doc, "wrong-speaker", "Wrong speaker");
  wrong.setAttribute("aria-expanded", "false");
  const pick = doc.createElement("div");
  pick.className = "pick";
  pick.hidden = true;
  const label = text(doc, "label", "", "Who said it, or for which side?");
  const select = doc.createElement("select");
  model.choices.forEach((c, i) => {
    const o = doc.createElement("option");
    o.value = String(i);
    o.textContent = c.label;
    select.append(o);
  });
  label.append(select);
  const save = button(doc, "save", "Save the correction");
  pick.append(label, save);
  if (model.choices.length === 0) wrong.hidden = true;
  box.append(not, wrong, pick, status);

  let busy = false;
  const send = (ask: CorrectionAsk): void => {
    if (busy) return;
    busy = true;
    for (const b of [not, wrong, save]) b.disabled = true;
    status.textContent = "Saving…";
    correct(model.index, model.key, ask).then(
      (said) => (status.textContent = said),
      (e: unknown) => {
        status.textContent = `Not saved: ${e instanceof Error ? e.message : String(e)}`;
        busy = false;
        for (const b of [not, wrong, save]) b.disabled = false;
      },
    );
  };
  const trusted = (f: () => void) => (e: Event): void => {
    if (!e.isTrusted) return;
    e.stopPropagation();
    f();
  };
  not.addEventListener("click", trusted(() => send({ kind: "not-statement" })));
  wrong.addEventListener("click", trusted(() => {
    pick.hidden = !pick.hidden;
    wrong.setAttribute("aria-expanded", String(!pick.hidden));
    if (!pick.hidden) select.focus();
  }));
  save.addEventListener("click", trusted(() => {
    const c = model.choices[Number(select.value)];
    if (!c) return;
    send(c.speaker !== undefined ? { kind: "speaker", speaker: c.speaker } : { kind: "speaker", side: c.side ?? null });
  }));
  return box;
}

function button(doc: Document, cls: string, label: string): HTMLButtonElement {
  const b = doc.createElement("button");
  b.type = "button";
  b.className = cls;
  b.textContent = label;
  return b;
}

function text(doc: Document, tag: "p" | "label", cls: string, value: string): HTMLElement {
  const e = doc.createElement(tag);
  if (cls) e.className = cls;
  e.textContent = value;
  return e;
}
