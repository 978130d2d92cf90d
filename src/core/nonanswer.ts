// Non-answers: "declined to comment", "did not respond to requests for comment", "could not be
// reached". They are a side's silence, never its answer: listed apart (Analysis.nonAnswers) so the
// popup can show them as that side's non-answer, and never offered as a counter-statement.
// One pass over the text with a literal-led pattern; the subject is read from a short window.
import type { NonAnswer, Span } from "./types";
import { accusedParty, roleOwner, type PartyTable } from "./parties";
import { partitionPoint } from "./search";

const NON_ANSWER =
  /\b(?:(?:declined|refused|declining|refusing)\s+to\s+(?:comment|respond|answer|discuss)|(?:did|does|has|have)\s+not\s+(?:immediately\s+)?(?:respond|reply|return|answer)(?:ed)?|(?:didn['’]t|hasn['’]t|haven['’]t)\s+(?:immediately\s+)?(?:respond|reply|return|answer)(?:ed)?|could\s+not\s+(?:immediately\s+)?be\s+reached|(?:was|were)\s+not\s+available\s+for\s+comment|had\s+no\s+(?:immediate\s+)?comment|no\s+immediate\s+comment\s+from)\b/gi;

/** The side that stays silent: the name or description right before the phrase, in its sentence. */
const SUBJECT = /((?:the\s+)?(?:\p{Lu}[\p{L}.’'-]*\s+){0,5}\p{Lu}[\p{L}’'-]*|(?:the|a|an)\s+[\p{Ll}-]+(?:\s+[\p{Ll}-]+)?)(?:,[^,.;]{0,80},)?\s+(?:also\s+|has\s+|have\s+|had\s+)?$/u;

export function findNonAnswers(text: string, table: PartyTable): NonAnswer[] {
  const out: NonAnswer[] = [];
  NON_ANSWER.lastIndex = 0;
  for (let m = NON_ANSWER.exec(text); m; m = NON_ANSWER.exec(text)) {
    const start = m.index;
    const before = text.slice(Math.max(0, start - 140), start);
    const cut = Math.max(before.lastIndexOf(". "), before.lastIndexOf("\n"));
    const clause = cut >= 0 ? before.slice(cut + 1) : before;
    const from = /\bfrom\s*$/.test(m[0]) ? text.slice(m.index + m[0].length, m.index + m[0].length + 60) : "";
    // the clause before the phrase is its subject when short ("The ministry", "A Kessel spokeswoman")
    const lead = clause.replace(/^[\s"“”]+/, "").replace(/\s+(?:also|has|have|had|so far|still)\s*$/i, "").trim();
    const subj = from ? /^\s*((?:the\s+)?\p{Lu}[\p{L}.’'-]*(?:\s+\p{Lu}[\p{L}.’'-]*){0,4})/u.exec(from)?.[1] : lead.split(/\s+/).length <= 7 ? lead : SUBJECT.exec(clause)?.[1];
    const who = (subj ?? "").replace(/,.*$/, "").trim();
    const owner = who ? roleOwner(who.replace(/^(?:a|an|the)\s+/i, "")) : "";
    const party = who ? (accusedParty(table, who, false) ?? (owner ? accusedParty(table, owner, false) : null)) : null;
    const span: Span = { start, end: start + m[0].length, text: m[0] };
    out.push({ span, who, party: party ? party.id : null });
  }
  return out;
}

/** Does a span overlap one of the non-answers (sorted by start)? Binary search. */
export function overlapsNonAnswer(list: NonAnswer[], s: { start: number; end: number }): boolean {
  const lo = partitionPoint(list.length, (mid) => list[mid]!.span.end <= s.start);
  const c = list[lo];
  return c !== undefined && c.span.start < s.end;
}
