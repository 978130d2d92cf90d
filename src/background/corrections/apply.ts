// Applying the reader's corrections to an Analysis: a statement marked "not a statement" is taken
// out (every index into the statement list renumbered, as core's display policy does), a "wrong
// speaker" one gets the speaker and side the reader chose. The Analysis says what was corrected
// (`corrections`), so the popup and the card can say "corrected by you" and a correction applied
// twice (to an Analysis that already carries it) changes nothing more.
import { keepStatements } from "../../core/display";
import type { Analysis, AppliedCorrection, Party, Statement } from "../../core/types";
import { CORRECTION_LIMITS, clip, normaliseText, speakerName, statementKey, type CorrectionRecord } from "../../shared/corrections";

/** The party of the Analysis that a side name means (its name or an alias, normalised). */
function findParty(parties: readonly Party[], side: string): Party | undefined {
  const want = normaliseText(side);
  return parties.find((p) => normaliseText(p.name) === want || p.aliases.some((x) => normaliseText(x) === want));
}

export function applyCorrections(a: Analysis, records: readonly CorrectionRecord[]): Analysis {
  if (records.length === 0 || a.statements.length === 0) return a;
  const byKey = new Map(records.map((r) => [r.key, r]));
  // corrections this Analysis carries already: their statements are found by their original key
  const prior = new Map<number, AppliedCorrection>();
  const removedBefore: AppliedCorrection[] = [];
  for (const c of a.corrections ?? []) {
    if (c.statement === null) removedBefore.push(c);
    else prior.set(c.statement, c);
  }
  const parties = [...a.parties];
  const sideId = (side: string | null): string | null => {
    if (side === null) return null;
    const found = findParty(parties, side);
    if (found) return found.id;
    // a side this reading of the article does not know (any more): the reader's own
    const id = `reader:${normaliseText(side).slice(0, 60)}`;
    parties.push({ id, name: side, aliases: [], quoted: true });
    return id;
  };
  const partyName = (id: string | null): string | null => (id === null ? null : (a.parties.find((p) => p.id === id)?.name ?? null));

  const drop = new Set<Statement>();
  const notes: { at: number; c: AppliedCorrection }[] = [];
  let changed = false;
  const statements = a.statements.map((s, i) => {
    const before = prior.get(i);
    const key = before?.key ?? statementKey(s);
    const rec = byKey.get(key);
    if (!rec) {
      if (before) notes.push({ at: i, c: before });
      return s;
    }
    changed = true;
    const was = before?.was ?? { speaker: clipName(speakerName(s)), side: clipName(partyName(s.party)) };
    const engine = before?.engine ?? { speaker: s.speaker, party: s.party };
    const note: AppliedCorrection = { id: rec.id, kind: rec.kind, statement: i, key, was, engine, content: clip(s.content.text, CORRECTION_LIMITS.content) };
    if (rec.kind === "not-statement") {
      drop.add(s);
      notes.push({ at: -1, c: { ...note, statement: null } });
      return s;
    }
    notes.push({ at: i, c: note });
    // from the engine's reading, not from an earlier correction of the same statement
    const next: Statement = { ...s, speaker: rec.to?.speaker ?? engine.speaker, party: sideId(rec.to?.side ?? null) };
    return next;
  });
  if (!changed) return a;

  // A statement now on the side it disputed, or answering its own side, is no dispute any more.
  const partyOf = (i: number | undefined): string | null | undefined => (i === undefined ? undefined : statements[i]?.party);
  const corrected = new Set(notes.filter((n) => n.at >= 0).map((n) => n.at));
  const fixed = statements.map((s, i) => {
    const own = s.party;
    const counter = s.counter.filter((c) => {
      if (c.kind !== "in-article" || c.statement === undefined) return true;
      if (!corrected.has(i) && !corrected.has(c.statement)) return true;
      return own === null || partyOf(c.statement) !== own;
    });
    return counter.length === s.counter.length ? s : { ...s, counter };
  });
  const disputes = a.disputes.filter((d) => partyOf(d.from) !== d.against);
  const dropped = new Set<Statement>();
  fixed.forEach((s, i) => {
    if (drop.has(a.statements[i]!)) dropped.add(s);
  });
  const kept = keepStatements({ ...a, statements: fixed, disputes, parties }, (s) => !dropped.has(s));

  // Renumber the notes as keepStatements renumbered the statements; parties as quoted now.
  const newIndex: number[] = [];
  let n = 0;
  for (const s of fixed) newIndex.push(dropped.has(s) ? -1 : n++);
  const corrections = [
    ...removedBefore,
    ...notes.map(({ at, c }) => (at < 0 ? c : { ...c, statement: newIndex[at] ?? null })).filter((c) => c.kind === "not-statement" || c.statement !== null),
  ];
  const speaking = new Set(kept.statements.map((s) => s.party));
  const accused = new Set(kept.disputes.map((d) => d.against));
  const finalParties = kept.parties
    .filter((p) => speaking.has(p.id) || accused.has(p.id))
    .map((p) => (p.quoted === speaking.has(p.id) ? p : { ...p, quoted: speaking.has(p.id) }));
  return { ...kept, parties: finalParties, corrections };
}

function clipName(name: string | null): string | null {
  return name === null ? null : clip(name, CORRECTION_LIMITS.name) || null;
}
