// The reading report's figures, drawn: SVG bar charts with the plain numbers beside them in
// tables. Pure (figures in, elements out), so it renders the same in the page, in tests and in the
// bench. Page-derived text (titles, names) is JSX text only; only http(s) URLs become links.
import type { ComponentChildren } from "preact";
import type { Count, ReadingFigures } from "../shared/reading";

const pct = (x: number): string => `${Math.round(x * 1000) / 10}%`;
const plural = (n: number, one: string, many = one + "s"): string => `${n} ${n === 1 ? one : many}`;
const isHttp = (url: string): boolean => /^https?:\/\//i.test(url);

type Bar = { label: string; value: number; second?: number };

/**
 * Horizontal bars in SVG (one row per item, value at the end of the bar); the same numbers are in
 * the table beside it. `second` draws a thinner bar under the first (words, unnamed).
 */
export function Bars({ rows, title }: { rows: Bar[]; title: string }) {
  const max = Math.max(1, ...rows.map((r) => Math.max(r.value, r.second ?? 0)));
  const rowH = 22;
  const labelW = 150;
  const barW = 230;
  const h = rows.length * rowH + 4;
  return (
    <svg class="bars" viewBox={`0 0 ${labelW + barW + 50} ${h}`} role="img" aria-label={title}>
      <title>{title}</title>
      {rows.map((r, i) => {
        const y = i * rowH + 2;
        const label = r.label.length > 22 ? r.label.slice(0, 21) + "…" : r.label;
        return (
          <g key={i}>
            <text x={0} y={y + 14}>{label}</text>
            <rect class="bar" x={labelW} y={y + 3} width={Math.max(1, (barW * r.value) / max)} height={r.second === undefined ? 14 : 9} />
            {r.second !== undefined ? <rect class="bar second" x={labelW} y={y + 13} width={Math.max(r.second > 0 ? 1 : 0, (barW * r.second) / max)} height={5} /> : null}
            <text x={labelW + (barW * r.value) / max + 6} y={y + 14}>{r.value}</text>
          </g>
        );
      })}
    </svg>
  );
}

function CountTable({ rows, what, extra }: { rows: (Count & { unnamed?: number })[]; what: string; extra?: "words" | "unnamed" }) {
  return (
    <table>
      <thead>
        <tr>
          <th scope="col">{what}</th>
          <th scope="col" class="num">Statements</th>
          {extra === "words" ? <th scope="col" class="num">Words</th> : null}
          {extra === "unnamed" ? <th scope="col" class="num">Unnamed</th> : null}
          <th scope="col" class="num">Articles</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((c) => (
          <tr key={c.label} data-label={c.label}>
            <th scope="row">{c.label}</th>
            <td class="num" data-n="statements">{c.statements}</td>
            {extra === "words" ? <td class="num" data-n="words">{c.words}</td> : null}
            {extra === "unnamed" ? <td class="num" data-n="unnamed">{c.unnamed ?? 0}</td> : null}
            <td class="num" data-n="articles">{c.articles}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function Section({ id, title, empty, children }: { id: string; title: string; empty: boolean; children: ComponentChildren }) {
  return (
    <section aria-labelledby={`${id}-h`} class={id} data-section={id}>
      <h2 id={`${id}-h`}>{title}</h2>
      {empty ? <p class="empty">None in this period.</p> : children}
    </section>
  );
}

/** The figures, drawn. Pure: what the page shows for one answer of the history. */
export function ReadingView({ f }: { f: ReadingFigures }) {
  if (f.statements === 0) return <p class="empty" role="status">Nothing read in this period.</p>;
  return (
    <div class="figures" data-window={f.window}>
      <p class="summary" role="status">
        <span data-n="articles">{plural(f.articles, "article")}</span> · <span data-n="statements">{plural(f.statements, "statement")}</span>, of which{" "}
        <span data-n="unnamed">{f.unnamed}</span> from unnamed sources (<span data-n="unnamed-share">{pct(f.unnamedShare)}</span>)
      </p>
      <Section id="unnamed" title="Statements from unnamed sources" empty={false}>
        <Bars title={`Unnamed sources: ${f.unnamed} of ${f.statements} statements`} rows={[{ label: "Unnamed", value: f.unnamed }, { label: "Named", value: f.statements - f.unnamed }]} />
      </Section>
      <Section id="sides" title="Voices by side" empty={f.bySide.length === 0}>
        <div class="chart-row">
          <Bars title="Statements by side" rows={f.bySide.map((c) => ({ label: c.label, value: c.statements }))} />
          <CountTable rows={f.bySide} what="Side" extra="words" />
        </div>
      </Section>
      <Section id="outlets" title="Voices by outlet" empty={f.byOutlet.length === 0}>
        <div class="chart-row">
          <Bars title="Statements by outlet (unnamed below each bar)" rows={f.byOutlet.map((c) => ({ label: c.label, value: c.statements, second: c.unnamed }))} />
          <CountTable rows={f.byOutlet} what="Outlet" extra="unnamed" />
        </div>
      </Section>
      <Section id="speakers" title="Most-quoted speakers" empty={f.speakers.length === 0}>
        <div class="chart-row">
          <Bars title="Statements by speaker" rows={f.speakers.map((c) => ({ label: c.label, value: c.statements }))} />
          <CountTable rows={f.speakers} what="Speaker" />
        </div>
      </Section>
      <Section id="accused" title="Sides accused and never heard" empty={f.accusedNeverHeard.length === 0}>
        <table>
          <thead>
            <tr>
              <th scope="col">Side</th>
              <th scope="col" class="num">Accusations</th>
              <th scope="col" class="num">Articles</th>
            </tr>
          </thead>
          <tbody>
            {f.accusedNeverHeard.map((a) => (
              <tr key={a.side} data-label={a.side}>
                <th scope="row">{a.side}</th>
                <td class="num">{a.accusations}</td>
                <td class="num">{a.articles}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </Section>
      <Section id="one-sided" title="Articles where one side had all the words" empty={f.oneSided.length === 0}>
        <ul>
          {f.oneSided.map((o) => (
            <li key={o.url} data-url={o.url}>
              {isHttp(o.url) ? (
                <a href={o.url} target="_blank" rel="noopener noreferrer">{o.title || o.url}</a>
              ) : (
                <span>{o.title || o.url}</span>
              )}{" "}
              <span class="muted">
                ({o.outlet}): only {o.side}, {plural(o.statements, "statement")}
              </span>
            </li>
          ))}
        </ul>
      </Section>
    </div>
  );
}

