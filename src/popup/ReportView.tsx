// The popup's view of one analysed article: voice share, parties with their statements and the
// other side's answers, unnamed sources, one-sided accusations. Page-derived text is rendered as
// JSX text only (never as HTML), and only http(s) URLs ever become links.
import { useEffect, useLayoutEffect, useState } from "preact/hooks";
import type { Analysis, Statement } from "../core/types";
import {
  firstWords, groupByParty, labelText, loadedWords, oneSidedAccusations, partyColourIndex, speakerOf, splitCounters,
  unnamedSources, type PartyGroup, type SplitCounters,
} from "./model";

export type ReportActions = {
  /** scroll the article to statement `index` and flash its marks */
  scrollTo: (index: number) => void;
  /** open an outbound link in a new tab */
  open: (url: string) => void;
};

type Props = { analysis: Analysis } & ReportActions;

const plural = (n: number, one: string, many = one + "s") => `${n} ${n === 1 ? one : many}`;

function partyName(g: PartyGroup): string {
  return g.party?.name ?? "No party";
}

function VoiceShare({ analysis, groups }: { analysis: Analysis; groups: PartyGroup[] }) {
  const maxStatements = Math.max(1, ...groups.map((g) => g.statements.length));
  const maxWords = Math.max(1, ...groups.map((g) => g.quotedWords));
  return (
    <section aria-labelledby="voice-h" class="voice">
      <h2 id="voice-h">Voice share</h2>
      <table>
        <thead>
          <tr>
            <th scope="col">Party</th>
            <th scope="col">Statements</th>
            <th scope="col">Quoted words</th>
          </tr>
        </thead>
        <tbody>
          {groups.map((g) => {
            const c = partyColourIndex(analysis, g.party?.id ?? null);
            return (
              <tr key={g.party?.id ?? "-"} class={`party-${c < 0 ? "none" : c}`} data-party={g.party?.id ?? ""}>
                <th scope="row">
                  <span class="swatch" aria-hidden="true" />
                  {partyName(g)}
                </th>
                <td>
                  <span class="num">{g.statements.length}</span>
                  <span class="bar" aria-hidden="true" style={{ width: `${(100 * g.statements.length) / maxStatements}%` }} />
                </td>
                <td>
                  <span class="num">{g.quotedWords}</span>
                  <span class="bar words" aria-hidden="true" style={{ width: `${(100 * g.quotedWords) / maxWords}%` }} />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}

function Tags({ s }: { s: Statement }) {
  return (
    <span class="tags">
      <span class="tag mode" title="How it is reported">{s.mode}</span>
      <span class={`tag stance stance-${s.stance}`} title="Stance of the cue">{s.stance}</span>
      {s.sourceKind === "unnamed" || s.sourceKind === "anonymous" ? (
        <span class={`tag kind-${s.sourceKind}`}>{s.sourceKind}</span>
      ) : null}
      {s.labels.map((l) => (
        <span class="tag label" key={l}>{labelText(l)}</span>
      ))}
    </span>
  );
}

/** How many in-article answers show before the rest fold under "more". */
const ANSWERS_SHOWN = 3;

function AnswerButton({ analysis, index, label, scrollTo }: { analysis: Analysis; index: number; label: string; scrollTo: (i: number) => void }) {
  const other = analysis.statements[index]!;
  return (
    <li>
      <button
        type="button"
        class="counter-in-article"
        data-statement={index}
        onClick={() => scrollTo(index)}
        aria-label={`Show on the page: ${speakerOf(other)}: ${firstWords(other.content.text, 10)}`}
      >
        <span class="arrow" aria-hidden="true">↪ </span>
        {label || `${speakerOf(other)}: ${firstWords(other.content.text, 8)}`}
      </button>
    </li>
  );
}

/**
 * Outbound links grouped by whose words they look for. Core labels them "<party>: <provider>";
 * a label without that shape stays a group of its own, so an unexpected label still shows whole.
 */
function groupOutbound(links: SplitCounters["outbound"]): { who: string | null; links: { label: string; url: string; kind: string }[] }[] {
  const groups: { who: string | null; links: { label: string; url: string; kind: string }[] }[] = [];
  for (const c of links) {
    const m = /^(.{1,80}?):\s+(.+)$/.exec(c.label);
    const who = m ? m[1]! : null;
    const label = m ? m[2]! : c.label;
    const g = who !== null ? groups.find((x) => x.who === who) : undefined;
    if (g) g.links.push({ label, url: c.url, kind: c.kind });
    else groups.push({ who, links: [{ label, url: c.url, kind: c.kind }] });
  }
  return groups;
}

function Counters({ analysis, s, index, scrollTo, open }: { analysis: Analysis; s: Statement; index: number } & ReportActions) {
  const { inArticle, outbound } = splitCounters(s, analysis);
  if (inArticle.length === 0 && outbound.length === 0) return null;
  const onLink = (url: string) => (e: MouseEvent) => {
    e.preventDefault();
    open(url);
  };
  // statements from earlier articles read like answers (one per line); searches group by party
  const earlier = outbound.filter((c) => c.kind === "history");
  const search = outbound.filter((c) => c.kind !== "history");
  const shown = inArticle.slice(0, ANSWERS_SHOWN);
  const folded = inArticle.slice(ANSWERS_SHOWN);
  return (
    <div class="counters" aria-label={`Other side for statement ${index + 1}`} role="group">
      {shown.length > 0 ? (
        <ul class="in-article" aria-label="Answers in this article">
          {shown.map((c) => (
            <AnswerButton key={c.statement} analysis={analysis} index={c.statement} label={c.label} scrollTo={scrollTo} />
          ))}
        </ul>
      ) : null}
      {folded.length > 0 ? (
        <details class="more">
          <summary>{plural(folded.length, "more answer")}</summary>
          <ul class="in-article">
            {folded.map((c) => (
              <AnswerButton key={c.statement} analysis={analysis} index={c.statement} label={c.label} scrollTo={scrollTo} />
            ))}
          </ul>
        </details>
      ) : null}
      {earlier.length > 0 ? (
        <ul class="earlier" aria-label="From articles you read earlier">
          {earlier.map((c, i) => (
            <li key={`h${i}`}>
              <a
                href={c.url}
                target="_blank"
                rel="noopener noreferrer"
                class={`counter-${c.kind}`}
                onClick={onLink(c.url)}
                title={c.url}
              >
                <span class="arrow" aria-hidden="true">↩ </span>
                {c.label}
                <span class="sr-only"> (earlier article, opens in a new tab)</span>
              </a>
            </li>
          ))}
        </ul>
      ) : null}
      {search.length > 0 ? (
        <ul class="outbound" aria-label="Find their own words elsewhere">
          {groupOutbound(search).map((g, gi) => (
            <li key={gi}>
              {g.who !== null ? <span class="who">{g.who}: </span> : null}
              {g.links.map((c, i) => (
                <span key={i}>
                  {i > 0 ? <span aria-hidden="true"> · </span> : null}
                  <a
                    href={c.url}
                    target="_blank"
                    rel="noopener noreferrer"
                    class={`counter-${c.kind}`}
                    onClick={onLink(c.url)}
                    title={c.url}
                    aria-label={g.who !== null ? `${g.who} on ${c.label} (opens in a new tab)` : `${c.label} (opens in a new tab)`}
                  >
                    {c.label}
                  </a>
                </span>
              ))}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

function StatementItem(props: { analysis: Analysis; index: number } & ReportActions) {
  const { analysis, index, scrollTo } = props;
  const s = analysis.statements[index]!;
  const parent = s.parent !== undefined ? analysis.statements[s.parent] : undefined;
  return (
    <li class="statement" data-statement={index}>
      <div class="st-head">
        <button
          type="button"
          class="speaker"
          onClick={() => scrollTo(index)}
          aria-label={`${speakerOf(s)}, ${s.stance}, ${s.mode}: show on the page`}
        >
          {speakerOf(s)}
        </button>
        <Tags s={s} />
      </div>
      <p class="content">{firstWords(s.content.text)}</p>
      {parent ? <p class="nested">Reported inside a statement by {speakerOf(parent)}</p> : null}
      <Counters {...props} s={s} />
    </li>
  );
}

function Parties(props: Props & { groups: PartyGroup[]; limit: number }) {
  const { analysis, groups } = props;
  // how many of each group's statements fit in the budget, in group order
  let left = props.limit;
  const shown = groups.map((g) => {
    const n = Math.min(g.statements.length, Math.max(0, left));
    left -= n;
    return n;
  });
  return (
    <section aria-labelledby="parties-h" class="parties">
      <h2 id="parties-h">Who speaks</h2>
      {groups.map((g, gi) => {
        const c = partyColourIndex(analysis, g.party?.id ?? null);
        const id = `party-${g.party?.id ?? "none"}`.replace(/[^\w-]/g, "_");
        return (
          <section key={id} class={`party party-${c < 0 ? "none" : c}`} aria-labelledby={id} data-party={g.party?.id ?? ""}>
            <h3 id={id}>
              <span class="swatch" aria-hidden="true" />
              {partyName(g)}
              <span class="count"> · {plural(g.statements.length, "statement")}</span>
            </h3>
            <ul class="statements">
              {g.statements.slice(0, shown[gi]).map((i) => (
                <StatementItem key={i} {...props} index={i} />
              ))}
            </ul>
          </section>
        );
      })}
    </section>
  );
}

function Unnamed({ analysis, scrollTo }: Props) {
  const list = unnamedSources(analysis);
  if (list.length === 0) return null;
  return (
    <section aria-labelledby="unnamed-h" class="unnamed">
      <h2 id="unnamed-h">Unnamed and anonymous sources</h2>
      <ul>
        {list.map((u, i) => (
          <li key={i}>
            {u.statement !== null ? (
              <button type="button" class="phrase" onClick={() => scrollTo(u.statement!)} aria-label={`${u.phrase}: show on the page`}>
                “{u.phrase}”
              </button>
            ) : (
              <span class="phrase">“{u.phrase}”</span>
            )}
            {u.kind ? <span class={`tag kind-${u.kind}`}>{u.kind}</span> : <span class="tag">mentioned</span>}
          </li>
        ))}
      </ul>
    </section>
  );
}

function Loaded({ analysis }: Props) {
  const list = loadedWords(analysis);
  if (list.length === 0) return null;
  return (
    <section aria-labelledby="loaded-h" class="loaded">
      <h2 id="loaded-h">Loaded words</h2>
      <ul>
        {list.map((l, i) => (
          <li key={i} data-word={l.word}>
            <span class="tag label">{l.word}</span> <span class="phrase">“{l.phrase}”</span>
            {l.count > 1 ? <span class="count"> ×{l.count}</span> : null}
          </li>
        ))}
      </ul>
    </section>
  );
}

function OneSided(props: Props) {
  const { analysis } = props;
  const list = oneSidedAccusations(analysis);
  if (list.length === 0) return null;
  return (
    <section aria-labelledby="onesided-h" class="one-sided">
      <h2 id="onesided-h">One-sided accusations</h2>
      {list.map((o) => (
        <div key={o.party.id} class="accused" data-party={o.party.id}>
          <p>
            <strong>{o.party.name}</strong> is accused in this article and never quoted.
          </p>
          <ul class="statements">
            {o.accusations.map((i) => (
              <StatementItem key={i} {...props} index={i} />
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}

/**
 * Statements drawn in the first frame. A popup shows about this many before the reader scrolls;
 * the rest (and the unnamed-sources list below them) follow in the next task, so a long article
 * does not hold back the first view.
 */
export const FIRST_PASS = 6;

export function ReportView(props: Props) {
  const { analysis } = props;
  const groups = groupByParty(analysis);
  const unnamed = unnamedSources(analysis).length;
  const [complete, setComplete] = useState(analysis.statements.length <= FIRST_PASS);
  useEffect(() => {
    if (complete) return;
    const t = setTimeout(() => setComplete(true), 0);
    return () => clearTimeout(t);
  }, [complete]);
  useLayoutEffect(() => {
    if (complete) performance.mark("whosaid:complete");
  }, [complete]);
  return (
    <div class="report" data-complete={complete ? "" : undefined}>
      <p class="summary" role="status">
        {plural(analysis.statements.length, "statement")} · {plural(analysis.parties.filter((p) => p.quoted).length, "party", "parties")} quoted ·{" "}
        {plural(unnamed, "unnamed source")}
      </p>
      <VoiceShare analysis={analysis} groups={groups} />
      <OneSided {...props} />
      <Parties {...props} groups={groups} limit={complete ? Infinity : FIRST_PASS} />
      {complete ? <Unnamed {...props} /> : null}
      {complete ? <Loaded {...props} /> : null}
    </div>
  );
}
