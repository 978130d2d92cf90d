// The readable terminal report of one Analysis: statements grouped by party, labels, unnamed
// sources, disputes, one-sided accusations. Pure formatting: returns a string, never prints,
// never re-analyses, and uses the label vocabulary of DESIGN.md unchanged.
import type { Analysis, Party, Statement } from "../core";

export type ReportOptions = { color: boolean; width?: number };

const ESC = "\u001b[";
type Paint = (s: string) => string;
const paint = (on: boolean, code: string): Paint => (on ? (s) => `${ESC}${code}m${s}${ESC}0m` : (s) => s);

/** Collapse whitespace and cut long text at a word boundary, keeping the start. */
export function clip(s: string, max: number): string {
  const flat = s.replace(/\s+/g, " ").trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max - 1);
  const sp = cut.lastIndexOf(" ");
  return `${sp > max * 0.6 ? cut.slice(0, sp) : cut}…`;
}

function contentText(st: Statement): string {
  if (st.contentParts && st.contentParts.length > 1) return st.contentParts.map((p) => p.text).join(" … ");
  return st.content.text;
}

export function renderReport(a: Analysis, header: { input: string; title: string; text: string }, opts: ReportOptions): string {
  const width = Math.max(60, Math.min(opts.width ?? 100, 160));
  const bold = paint(opts.color, "1");
  const dim = paint(opts.color, "2");
  const src = paint(opts.color, "36");
  const cue = paint(opts.color, "33");
  const warn = paint(opts.color, "31");
  const out: string[] = [];
  const words = (header.text.match(/\S+/g) ?? []).length;
  const title = header.title ? ` — ${header.title}` : "";
  out.push(bold(`${header.input}${title}`));
  out.push(
    dim(
      `${words} words · ${a.statements.length} statement${a.statements.length === 1 ? "" : "s"} · ` +
        `${a.parties.length} part${a.parties.length === 1 ? "y" : "ies"} · ${a.unnamedSources.length} unnamed source mention${a.unnamedSources.length === 1 ? "" : "s"} · ` +
        `${a.timings.ms.toFixed(1)} ms`,
    ),
  );
  if (a.statements.length === 0 && a.unnamedSources.length === 0) {
    out.push("", header.text.trim() === "" ? "No text to analyse." : "No attributed statements found.");
    return out.join("\n") + "\n";
  }

  const byParty = new Map<string | null, number[]>();
  a.statements.forEach((st, i) => {
    const k = st.party && a.parties.some((p) => p.id === st.party) ? st.party : null;
    const list = byParty.get(k) ?? [];
    list.push(i);
    byParty.set(k, list);
  });
  const partyName = (id: string | null | undefined): string => a.parties.find((p) => p.id === id)?.name ?? id ?? "?";
  const indent = "      ";
  const line = (i: number): void => {
    const st = a.statements[i] as Statement;
    const who = st.source ? st.source.text : "(no source)";
    const resolved = st.speaker && st.speaker !== st.source?.text ? ` → ${st.speaker}` : "";
    const nested = st.parent !== undefined ? dim(` (inside #${st.parent + 1})`) : "";
    out.push(
      `  ${dim(`#${i + 1}`.padStart(4))} ${src(who)}${resolved} ${cue(st.cue ? `“${st.cue.text}”` : "(no cue)")}` +
        dim(` · ${st.mode} · ${st.stance} · ${st.sourceKind}`) + nested,
    );
    out.push(`${indent}${clip(contentText(st), width - indent.length - 2)}`);
    if (st.labels.length) out.push(`${indent}${dim("labels:")} ${st.labels.join(", ")}`);
    // Counter-statements, best first as core ordered them: the other side's words in this article.
    const inArticle = st.counter.filter((c) => c.kind === "in-article" && c.statement !== undefined);
    if (inArticle.length) {
      const shown = inArticle.slice(0, 6).map((c) => `#${(c.statement as number) + 1}`);
      const more = inArticle.length > shown.length ? ` +${inArticle.length - shown.length} more` : "";
      out.push(`${indent}${dim("other side:")} ${shown.join(", ")}${more}`);
    }
  };

  // Sides with their members (the speakers heard for them), then the neutral speakers apart.
  const membersOf = (list: number[]): string[] => [...new Set(list.map((i) => a.statements[i]!.speaker ?? a.statements[i]!.source?.text ?? "").filter(Boolean))];
  const parties: (Party | null)[] = [...a.parties.filter((p) => byParty.has(p.id)), null];
  if (a.parties.some((p) => byParty.has(p.id))) out.push("", bold("Sides"));
  for (const p of parties) {
    const list = byParty.get(p ? p.id : null);
    if (!list) continue;
    out.push("");
    if (p) {
      const aliases = p.aliases.filter((x) => x !== p.name);
      const head = ` — ${list.length} statement${list.length === 1 ? "" : "s"}`;
      const also = aliases.length ? clip(`; also: ${aliases.join(", ")}`, Math.max(20, width - p.name.length - head.length)) : "";
      out.push(bold(`${p.name}`) + dim(head + also));
      out.push(`  ${dim("members:")} ${clip(membersOf(list).join(", "), width - 12)}`);
    } else {
      out.push(bold("Neutral and unassigned speakers") + dim(` — ${list.length} statement${list.length === 1 ? "" : "s"} (no side: experts, witnesses, anonymous sources)`));
    }
    for (const i of list) line(i);
  }

  if (a.nonAnswers?.length) {
    out.push("", bold("Non-answers") + dim(" (a side's silence, not its answer)"));
    for (const n of a.nonAnswers) out.push(`  - ${n.party ? partyName(n.party) : n.who || "?"}: ${n.span.text} ${dim(`@${n.span.start}`)}`);
  }

  if (a.unnamedSources.length) {
    out.push("", bold("Unnamed and anonymous sources"));
    for (const u of a.unnamedSources) out.push(`  - ${src(clip(u.text, width - 6))} ${dim(`@${u.start}`)}`);
  }

  if (a.loadedWords?.length) {
    out.push("", bold("Loaded words"));
    for (const l of a.loadedWords) out.push(`  - ${l.word.text.toLowerCase()}: ${clip(l.phrase.text, width - 8)} ${dim(`@${l.word.start}`)}`);
  }

  if (a.disputes.length) {
    out.push("", bold("Disputes"));
    for (const d of a.disputes) {
      const from = `#${d.from + 1}`;
      const answers = d.answers !== undefined ? `, answering #${d.answers + 1}` : "";
      out.push(`  - ${d.kind}: ${from} against ${partyName(d.against)}${answers}`);
    }
  }

  const oneSided = a.parties.filter((p) => !p.quoted && a.disputes.some((d) => d.kind === "accusation" && d.against === p.id));
  if (oneSided.length) {
    out.push("", bold("One-sided accusations") + dim(" (accused, never quoted)"));
    for (const p of oneSided) {
      const by = a.disputes.filter((d) => d.kind === "accusation" && d.against === p.id).map((d) => `#${d.from + 1}`);
      out.push(`  - ${warn(p.name)} ${dim(`accused in ${by.join(", ")}`)}`);
      // Where to find the accused party's own answer: core's outbound links, nothing fetched here.
      const seen = new Set<string>();
      for (const d of a.disputes) {
        if (d.kind !== "accusation" || d.against !== p.id) continue;
        for (const c of a.statements[d.from]?.counter ?? []) {
          if (c.kind !== "search" || !c.url || seen.has(c.url) || !c.label.startsWith(p.name)) continue;
          seen.add(c.url);
          out.push(`      ${dim(c.label)}  ${c.url}`);
        }
      }
    }
  }
  return out.join("\n") + "\n";
}
