// The popup's view of one analysed article, summary first: the first screen answers who speaks for
// which side and how much, who is unnamed, who is accused and not heard, and where the sides answer
// each other. Below it the statements, grouped by side, one line each and expandable; each side's
// links (earlier answers, searches for the other side's words) appear once per side. Page-derived
// text is rendered as JSX text only (never as HTML); only http(s) URLs become links.
import { useEffect, useLayoutEffect, useRef, useState } from "preact/hooks";
import type { Analysis } from "../core/types";
import { plainLabels, whyMarked } from "../shared/labels";
import { summarize, type Summary, type SummaryExchange, type SummaryGroup } from "../shared/summary";
import { firstWords, groupLinks, loadedWords, speakerOf, splitCounters, unnamedSources, sideGroups, type SideGroup } from "../shared/view-model";

export type ReportActions = {
  /** scroll the article to statement `index` and flash its marks */
  scrollTo: (index: number) => void;
  /** open an outbound link in a new tab */
  open: (url: string) => void;
  /** open the options page (where the reader's corrections are listed, with undo) */
  options?: () => void;
};

type Props = { analysis: Analysis } & ReportActions;
type SummaryProps = { summary: Summary } & ReportActions;

const plural = (n: number, one: string, many = one + "s") => `${n} ${n === 1 ? one : many}`;
const slotClass = (slot: number) => `party-${slot < 0 ? "none" : slot}`;

function OutLink({ link, open }: { link: { kind: string; url: string; label: string }; open: (url: string) => void }) {
  return (
    <a
      href={link.url}
      target="_blank"
      rel="noopener noreferrer"
      class={`counter-${link.kind}`}
      title={link.url}
      onClick={(e) => {
        e.preventDefault();
        open(link.url);
      }}
    >
      {link.label}
      <span class="sr-only"> (opens in a new tab)</span>
    </a>
  );
}

function Members({ g }: { g: SummaryGroup }) {
  if (g.members.length === 0) return null;
  return (
    <span class="members">
      {g.members.join(", ")}
      {g.more > 0 ? ` +${g.more}` : ""}
    </span>
  );
}

function Voices({ groups }: { groups: SummaryGroup[] }) {
  const most = Math.max(1, ...groups.map((g) => g.statements));
  return (
    <section aria-labelledby="voice-h" class="voice">
      <h2 id="voice-h">Who speaks, for which side</h2>
      <table>
        <thead>
          <tr>
            <th scope="col">Side and speakers</th>
            <th scope="col">Statements</th>
            <th scope="col">Quoted words</th>
          </tr>
        </thead>
        <tbody>
          {groups.map((g) => (
            <tr key={g.party ?? g.kind} class={`${slotClass(g.slot)} kind-${g.kind}`} data-party={g.party ?? ""}>
              <th scope="row">
                <span class={`swatch ${g.kind}`} aria-hidden="true" />
                {g.name}
                <Members g={g} />
              </th>
              <td>
                <span class="num">{g.statements}</span>
                <span class="bar" aria-hidden="true" style={{ width: `${(100 * g.statements) / most}%` }} />
              </td>
              <td>
                <span class="num">{g.quotedWords}</span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

function Unheard({ summary, open }: SummaryProps) {
  if (summary.accused.length === 0) return null;
  return (
    <section aria-labelledby="onesided-h" class="one-sided">
      <h2 id="onesided-h">Accused and not heard</h2>
      <ul>
        {summary.accused.map((o) => (
          <li key={o.party} class="accused" data-party={o.party}>
            <strong>{o.name}</strong> is accused {o.times > 1 ? `${o.times} times ` : ""}by {o.accusers.join(" and ")} and never
            quoted.
            {o.links.length > 0 ? (
              <span class="find">
                {" "}Find its own words:{" "}
                {o.links.map((l, i) => (
                  <span key={l.url}>
                    {i > 0 ? " · " : ""}
                    <OutLink link={l} open={open} />
                  </span>
                ))}
              </span>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}

const EXCHANGES_SHOWN = 4;

function Exchanges({ summary, scrollTo }: SummaryProps) {
  const list = summary.exchanges;
  if (list.length === 0) return null;
  const item = (x: SummaryExchange, k: number) => (
    <li key={k}>
      <button type="button" class="exchange" data-statement={x.from} onClick={() => scrollTo(x.from)}>
        {x.line}
      </button>
    </li>
  );
  return (
    <section aria-labelledby="exchanges-h" class="exchanges">
      <h2 id="exchanges-h">Where the sides answer each other</h2>
      <ul>{list.slice(0, EXCHANGES_SHOWN).map(item)}</ul>
      {list.length > EXCHANGES_SHOWN ? (
        <details class="more">
          <summary>{plural(list.length - EXCHANGES_SHOWN, "more exchange")}</summary>
          <ul>{list.slice(EXCHANGES_SHOWN).map((x, k) => item(x, k + EXCHANGES_SHOWN))}</ul>
        </details>
      ) : null}
    </section>
  );
}

function Unnamed({ analysis, scrollTo }: Props) {
  const list = unnamedSources(analysis);
  if (list.length === 0) return null;
  return (
    <section aria-labelledby="unnamed-h" class="unnamed">
      <h2 id="unnamed-h">Unnamed sources</h2>
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
            <span class="tag">{u.kind === "anonymous" ? "anonymous" : u.kind === "unnamed" ? "speaks" : "mentioned"}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}

function Legend() {
  return (
    <p class="legend" aria-label="What the marks on the page mean">
      On the page: <span class="k-source">speaker</span> <span class="k-cue">cue</span> <span class="k-unnamed">unnamed source</span>{" "}
      <span class="k-content">what was said</span> (tinted on hover). One colour per side, here and on the page.
    </p>
  );
}

/** What the reader corrected in this article: how many, how many no longer marked, where to undo. */
function Corrections({ summary, options }: SummaryProps) {
  if (summary.corrections === 0) return null;
  const removed = summary.removed;
  return (
    <p class="corrections-note" role="note">
      Corrected by you: {plural(summary.corrections, "statement")}
      {removed > 0 ? ` (${removed} not marked any more)` : ""}.{" "}
      {options ? (
        <button type="button" class="link" onClick={options}>
          Undo in the options
        </button>
      ) : null}
    </p>
  );
}

function StatementLine(props: { analysis: Analysis; index: number; scrollTo: (i: number) => void; body: boolean }) {
  const { analysis, index } = props;
  const s = analysis.statements[index]!;
  const corrected = analysis.corrections?.find((c) => c.statement === index);
  return (
    <li class="statement" data-statement={index}>
      <details>
        <summary>
          <span class="who">{speakerOf(s)}</span>: {firstWords(s.content.text, 9)}
          {corrected ? <span class="tag corrected"> corrected by you</span> : null}
        </summary>
        {props.body ? <StatementDetail {...props} /> : null}
      </details>
    </li>
  );
}

/** What a statement's line shows when opened (made with the rest of the list, after the first frame). */
function StatementDetail(props: { analysis: Analysis; index: number; scrollTo: (i: number) => void }) {
  const { analysis, index, scrollTo } = props;
  const s = analysis.statements[index]!;
  const { inArticle } = splitCounters(s, analysis);
  const corrected = analysis.corrections?.find((c) => c.statement === index);
  return (
    <div class="detail">
      {corrected ? (
        <p class="corrected">
          Corrected by you. Whosaid read: {corrected.was.speaker ?? "no stated source"}
          {corrected.was.side ? ` (${corrected.was.side})` : ""}.
        </p>
      ) : null}
      <p class="content">“{firstWords(s.content.text, 60)}”</p>
      <p class="labels">{plainLabels(s).join(" · ")}</p>
      <p class="why">{whyMarked(s)}</p>
      <button type="button" class="speaker" onClick={() => scrollTo(index)} aria-label={`Show on the page: ${speakerOf(s)}`}>
        Show on the page
      </button>
      {inArticle.length > 0 ? (
        <ul class="in-article" aria-label="Answers in this article">
          {inArticle.slice(0, 3).map((c) => (
            <li key={c.statement}>
              <button type="button" class="counter-in-article" data-statement={c.statement} onClick={() => scrollTo(c.statement)}>
                <span aria-hidden="true">↪ </span>
                {c.label}
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

function SideSection(props: Props & { g: SideGroup; limit: number; bodies: boolean }) {
  const { analysis, g, open } = props;
  const links = groupLinks(analysis, g.statements);
  const id = `side-${g.party?.id ?? g.kind}`.replace(/[^\w-]/g, "_");
  return (
    <section class={`party ${slotClass(g.slot)} kind-${g.kind}`} aria-labelledby={id} data-party={g.party?.id ?? ""}>
      <h3 id={id}>
        <span class={`swatch ${g.kind}`} aria-hidden="true" />
        {g.name}
        <span class="count"> · {plural(g.statements.length, "statement")}</span>
      </h3>
      <ul class="statements">
        {g.statements.slice(0, props.limit).map((i) => (
          <StatementLine key={i} analysis={analysis} index={i} scrollTo={props.scrollTo} body={props.bodies} />
        ))}
      </ul>
      {links.history.length > 0 ? (
        <ul class="earlier" aria-label="The other side in articles you read earlier">
          {links.history.map((l) => (
            <li key={l.url}>
              <span aria-hidden="true">↩ </span>
              <OutLink link={l} open={open} />
            </li>
          ))}
        </ul>
      ) : null}
      {links.search.length > 0 ? (
        <p class="outbound">
          Find the other side's own words:{" "}
          {links.search.map((l, i) => (
            <span key={l.url}>
              {i > 0 ? " · " : ""}
              <OutLink link={l} open={open} />
            </span>
          ))}
        </p>
      ) : null}
    </section>
  );
}

/**
 * Statements drawn in the first frame, as their one closed line each; the rest, and what every
 * line shows when opened, follow in the next task.
 */
export const FIRST_PASS = 6;

/**
 * The report, summary first. With the analysis, all of it; with only the summary (the one the
 * popup's address carries, before the stored report is read) the first screen, the same as the
 * full view draws it, and every statement at once when the analysis is there.
 */
export function ArticleView(props: ReportActions & { analysis?: Analysis; summary?: Summary }) {
  const { analysis } = props;
  const summary = analysis ? summarize(analysis) : props.summary!;
  // drawn first from the summary: the first screen is already there, so the statements come in one go
  const fromSummary = useRef(analysis === undefined);
  const [drawn, setComplete] = useState(analysis !== undefined && analysis.statements.length <= FIRST_PASS);
  const complete = drawn || (fromSummary.current && analysis !== undefined);
  useEffect(() => {
    if (complete || !analysis) return;
    const t = setTimeout(() => setComplete(true), 0);
    return () => clearTimeout(t);
  }, [complete, analysis]);
  useLayoutEffect(() => {
    if (complete) performance.mark("whosaid:complete");
  }, [complete]);
  const sp: SummaryProps = { ...props, summary };
  return (
    <div class="report" data-complete={complete ? "" : undefined}>
      {/* the link's target, the statements' heading, is drawn with the analysis: no link to nowhere before it */}
      {analysis ? <a class="skip" href="#statements-h">Skip to the statements</a> : null}
      <p class="summary" role="status">
        {plural(summary.statements, "statement")} · {plural(summary.sides, "side")}
        {summary.unheard > 0 ? ` (${summary.unheard} not heard)` : ""} · {plural(summary.unnamed, "unnamed source")}
      </p>
      <Voices groups={summary.groups} />
      <Unheard {...sp} />
      <Exchanges {...sp} />
      <Legend />
      <Corrections {...sp} />
      {analysis ? <Statements {...props} analysis={analysis} complete={complete} /> : null}
    </div>
  );
}

function Statements(props: Props & { complete: boolean }) {
  const { analysis, complete } = props;
  let left = complete ? Infinity : FIRST_PASS;
  return (
    <>
      <section aria-labelledby="statements-h" class="parties">
        <h2 id="statements-h" tabIndex={-1}>Statements by side</h2>
        {sideGroups(analysis).map((g) => {
          const limit = Math.max(0, left);
          left -= g.statements.length;
          return <SideSection key={g.party?.id ?? g.kind} {...props} g={g} limit={limit} bodies={complete} />;
        })}
      </section>
      {complete ? <Unnamed {...props} /> : null}
      {complete ? <Loaded analysis={analysis} /> : null}
    </>
  );
}

function Loaded({ analysis }: { analysis: Analysis }) {
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

