// The popup's view of one analysed article: voice share, parties with their statements and the
// other side's answers, unnamed sources, one-sided accusations. Page-derived text is rendered as
// JSX text only (never as HTML), and only http(s) URLs ever become links.
import type { Analysis, Statement } from "../core/types";
import {
  firstWords, groupByParty, labelText, oneSidedAccusations, partyColourIndex, speakerOf, splitCounters,
  unnamedSources, type PartyGroup,
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

function Counters({ analysis, s, index, scrollTo, open }: { analysis: Analysis; s: Statement; index: number } & ReportActions) {
  const { inArticle, outbound } = splitCounters(s, analysis);
  if (inArticle.length === 0 && outbound.length === 0) return null;
  const onLink = (url: string) => (e: MouseEvent) => {
    e.preventDefault();
    open(url);
  };
  return (
    <div class="counters" aria-label={`Other side for statement ${index + 1}`} role="group">
      {inArticle.length > 0 ? (
        <ul class="in-article" aria-label="Answers in this article">
          {inArticle.map((c) => {
            const other = analysis.statements[c.statement]!;
            return (
              <li key={`a${c.statement}`}>
                <button
                  type="button"
                  class="counter-in-article"
                  data-statement={c.statement}
                  onClick={() => scrollTo(c.statement)}
                  aria-label={`Show on the page: ${speakerOf(other)}: ${firstWords(other.content.text, 10)}`}
                >
                  <span class="arrow" aria-hidden="true">↪</span> {c.label || speakerOf(other)}
                  <span class="quote"> “{firstWords(other.content.text, 8)}”</span>
                </button>
              </li>
            );
          })}
        </ul>
      ) : null}
      {outbound.length > 0 ? (
        <ul class="outbound" aria-label="Find their own words elsewhere">
          {outbound.map((c, i) => (
            <li key={`o${i}`}>
              <a
                href={c.url}
                target="_blank"
                rel="noopener noreferrer"
                class={`counter-${c.kind}`}
                onClick={onLink(c.url)}
                title={c.url}
              >
                {c.label}
                <span class="sr-only"> (opens in a new tab)</span>
              </a>
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

function Parties(props: Props & { groups: PartyGroup[] }) {
  const { analysis, groups } = props;
  return (
    <section aria-labelledby="parties-h" class="parties">
      <h2 id="parties-h">Who speaks</h2>
      {groups.map((g) => {
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
              {g.statements.map((i) => (
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

export function ReportView(props: Props) {
  const { analysis } = props;
  const groups = groupByParty(analysis);
  const unnamed = unnamedSources(analysis).length;
  return (
    <div class="report">
      <p class="summary" role="status">
        {plural(analysis.statements.length, "statement")} · {plural(analysis.parties.filter((p) => p.quoted).length, "party", "parties")} quoted ·{" "}
        {plural(unnamed, "unnamed source")}
      </p>
      <VoiceShare analysis={analysis} groups={groups} />
      <OneSided {...props} />
      <Parties {...props} groups={groups} />
      <Unnamed {...props} />
    </div>
  );
}
