// The popup's states, as a reader would name them: analysing, not an article, nothing attributed,
// could not be read, not run here yet (on-click mode), and the report itself. It follows the tab
// live (storage.session changes, and a poll only while something is pending) and never shows a
// report that failed validation.
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from "preact/hooks";
import { ext } from "../shared/browser";
import { isTabReport, reportKey, type TabReport } from "../shared/messages";
import { isNeverSite, type Settings } from "../shared/settings";
import { decodeSummary, summaryReport, type Summary } from "../shared/summary";
import { analyseNow, fetchReport, fetchSettings, marksState, openInNewTab, openOptions, resolveTabId, scrollToStatement, toggleMarks, type PopupApi } from "./api";
import { ArticleView } from "./ArticleView";
import type { Early } from "./early";

export type AppProps = {
  api?: PopupApi;
  /** location.search of the popup page (`?tab=<id>`) */
  search?: string;
  /** how often to ask the background again while an analysis is pending */
  pollMs?: number;
  /** the first load, when the entry started it before rendering (saves a frame of latency) */
  initial?: Promise<Loaded>;
  /** what the popup's address already says (firstFromAddress), shown until `initial` is there */
  first?: Loaded | null;
};

/**
 * `summary`: the first screen as the popup's address carried it (src/shared/summary.ts), while
 * `report` is only its stand-in (a done report without the analysis); gone once a report is read.
 */
export type Loaded = { tabId: number; report: TabReport | null; settings: Settings | null; summary?: Summary | null };

/**
 * The view the popup can draw before anything is read: the background sets each tab's toolbar
 * popup to `popup.html?tab=<id>#<summary>` (popupPath). Null without both, or when the summary
 * does not decode; the popup then waits for the stored report.
 */
export function firstFromAddress(search: string, hash: string): Loaded | null {
  const tab = new URLSearchParams(search).get("tab");
  if (tab === null || !/^\d+$/.test(tab)) return null;
  const summary = decodeSummary(hash.replace(/^#/, ""));
  return summary ? { tabId: Number(tab), report: summaryReport(summary), settings: null, summary } : null;
}

/**
 * Everything the first view needs, fetched in parallel; the entry starts this before the first
 * render, with the tab and its stored report already asked for (`early`).
 */
export async function loadPopup(api: PopupApi, search: string, early?: Early | null): Promise<Loaded> {
  const settings = fetchSettings(api).catch(() => null);
  const tabId = early ? await early.tabId.catch(() => resolveTabId(api, search)) : await resolveTabId(api, search);
  if (tabId === null) throw new Error("No tab to show.");
  // The report the entry already asked the session area for (early.ts), if it is one.
  const stored: unknown = early ? await early.stored.catch(() => undefined) : undefined;
  const report = isTabReport(stored) ? stored : await fetchReport(api, tabId);
  performance.mark("whosaid:report");
  // settings only shape the "not run here" views; a report on screen need not wait for them
  return { tabId, report, settings: wordedBySettings(report) ? await settings : null };
}

/** How long "Analysing…" waits for the run the reader asked for before showing the tab as it is. */
const RUN_TIMEOUT_MS = 30_000;

/** The views whose wording depends on the settings (run mode, never-run sites). */
const wordedBySettings = (r: TabReport | null): boolean => r === null || r.state === "idle" || r.state === "skipped";

/** Whether the view may still change without the reader doing anything. */
function pending(report: TabReport | null, awaiting: boolean): boolean {
  if (!report) return true;
  if (report.state === "analysing") return true;
  return awaiting && report.state !== "done" && report.state !== "error";
}

export function App({ api = ext as PopupApi, search = location.search, pollMs = 400, initial, first = null }: AppProps) {
  const [loaded, setLoaded] = useState<Loaded | null>(first);
  const [fatal, setFatal] = useState<string | null>(null);
  const [awaiting, setAwaiting] = useState(false);
  const [runError, setRunError] = useState<string | null>(null);
  const [marksOn, setMarksOn] = useState(true);
  const [notice, setNotice] = useState("");
  const [tampered, setTampered] = useState<string | null>(null);
  const [help, setHelp] = useState(false);
  const marked = useRef(false);
  /** whether a report came in live (storage.session) since the popup opened */
  const live = useRef(false);

  // a layout effect subscribes before the first paint: a plain effect would wait a frame, and the
  // report often arrives sooner than that
  useLayoutEffect(() => {
    let gone = false;
    (initial ?? loadPopup(api, search))
      // a report that came in live while the first load was on its way is the newer one
      .then((l) => !gone && setLoaded((cur) => (live.current && cur ? { ...l, report: cur.report } : l)))
      .catch((e: unknown) => !gone && setFatal(e instanceof Error ? e.message : String(e)));
    return () => {
      gone = true;
    };
  }, [api, search, initial]);

  const report = loaded?.report ?? null;

  // the reader may have hidden the marks with the keyboard shortcut: ask the page, once it is done
  const tabId = loaded?.tabId ?? null;
  const done = report?.state === "done";
  useEffect(() => {
    if (tabId === null || !done) return;
    let gone = false;
    void marksState(api, tabId).then((m) => {
      if (gone) return;
      if (m.on !== null) setMarksOn(m.on);
      setTampered(m.tampered);
    });
    return () => {
      gone = true;
    };
  }, [api, tabId, done]);
  const isPending = loaded !== null && pending(report, awaiting);

  // the "not run here" views word themselves by the settings; fetch them if the first load skipped them
  const needSettings = loaded !== null && loaded.settings === null && wordedBySettings(report);
  useEffect(() => {
    if (!needSettings) return;
    let gone = false;
    void fetchSettings(api).then((settings) => !gone && setLoaded((l) => (l ? { ...l, settings } : l)), () => undefined);
    return () => {
      gone = true;
    };
  }, [api, needSettings]);

  // One way in for every later report (poll or live). While a run the reader asked for is on its
  // way, the old "idle"/"skipped" report (or none, right after injecting) is not news: keep
  // showing "Analysing…" rather than flicker back to the button just pressed.
  const apply = useCallback(
    (r: TabReport | null) => {
      if (awaiting) {
        if (r === null || r.state === "idle" || r.state === "skipped") {
          // not news, but a new object re-arms the poll
          setLoaded((l) => (l ? { ...l } : l));
          return;
        }
        if (r.state === "done" || r.state === "error") setAwaiting(false);
      }
      setLoaded((l) => (l ? { ...l, report: r, summary: null } : l));
    },
    [awaiting],
  );

  // a run that never reports (the page went away, the script was blocked) must not spin forever
  useEffect(() => {
    if (!awaiting) return;
    const t = setTimeout(() => {
      setAwaiting(false);
      if (loaded) void fetchReport(api, loaded.tabId).then((r) => setLoaded((l) => (l ? { ...l, report: r } : l)), () => undefined);
    }, RUN_TIMEOUT_MS);
    return () => clearTimeout(t);
    // once per run, not per report: `loaded` is read when the time is up
  }, [awaiting]);

  // live: the background mirrors each new report into storage.session (late content, a re-run)
  useEffect(() => {
    const onChanged = (api.storage as Partial<PopupApi["storage"]>).onChanged;
    if (tabId === null || !onChanged) return;
    const key = reportKey(tabId);
    const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
      if (area !== "session" || !(key in changes)) return;
      const next = changes[key]?.newValue;
      live.current = true;
      apply(isTabReport(next) ? next : null);
    };
    onChanged.addListener(listener);
    return () => onChanged.removeListener(listener);
  }, [api, tabId, apply]);

  const polls = useRef(0);
  useEffect(() => {
    if (!loaded || !isPending) return;
    // a tab with no report may never get one (a browser page): ask less and less often
    const delay = report === null && !awaiting ? Math.min(pollMs * 2 ** Math.floor(polls.current / 8), 4000) : pollMs;
    polls.current++;
    const t = setTimeout(() => {
      fetchReport(api, loaded.tabId)
        .then(apply)
        // a new object re-arms this effect: try again after the delay
        .catch(() => setLoaded((l) => (l ? { ...l } : l)));
    }, delay);
    return () => clearTimeout(t);
  }, [api, loaded, report, isPending, awaiting, pollMs, apply]);

  // the mark the popup benchmark reads: the first answer (not the spinner) committed to the DOM
  useLayoutEffect(() => {
    if (marked.current || (!loaded && !fatal)) return;
    marked.current = true;
    performance.mark("whosaid:first-render");
    // and (approximately) when that frame reached the screen: the task after the next frame
    requestAnimationFrame(() => setTimeout(() => performance.mark("whosaid:painted"), 0));
  }, [loaded, fatal]);

  const run = useCallback(async () => {
    if (!loaded) return;
    setRunError(null);
    setAwaiting(true);
    setLoaded({ ...loaded, report: { state: "analysing", url: report?.url ?? "", title: report?.title ?? "" } });
    try {
      await analyseNow(api, loaded.tabId);
    } catch (e) {
      setAwaiting(false);
      setLoaded({ ...loaded, report });
      setRunError(e instanceof Error ? e.message : String(e));
    }
  }, [api, loaded, report]);

  const scrollTo = useCallback(
    (index: number) => {
      if (!loaded) return;
      void scrollToStatement(api, loaded.tabId, index).then((ok) =>
        setNotice(ok ? `Scrolled the page to statement ${index + 1}.` : "The page could not scroll there; it may have changed."),
      );
    },
    [api, loaded],
  );
  const open = useCallback((url: string) => void openInNewTab(api, url), [api]);
  const toggle = useCallback(async () => {
    if (!loaded) return;
    const on = await toggleMarks(api, loaded.tabId, !marksOn);
    if (on !== null) setMarksOn(on);
  }, [api, loaded, marksOn]);

  let body;
  if (fatal) {
    body = <State kind="error" title="Whosaid cannot show this tab" detail={fatal} />;
  } else if (!loaded) {
    body = <p class="state loading" role="status">Loading…</p>;
  } else if (!report || report.state === "idle") {
    const clickMode = loaded.settings?.runMode === "click";
    body = (
      <State
        kind="not-run"
        title={clickMode ? "Whosaid runs only when you ask" : "This page has not been analysed"}
        detail={
          clickMode
            ? "You chose to run Whosaid on click. Analyse this page to see who said what."
            : "It may still be loading, be on your never-run list, or be a page Whosaid cannot open on its own."
        }
        action={{ label: "Analyse this page", run }}
        error={runError}
      />
    );
  } else if (report.state === "analysing") {
    const p = report.progress;
    body = (
      <div class="state analysing" role="status" aria-live="polite">
        <h2>Analysing…</h2>
        <progress max={1} value={p} aria-label="Analysis progress" />
        {p !== undefined ? <p>{Math.round(p * 100)}% done</p> : null}
      </div>
    );
  } else if (report.state === "skipped") {
    const never = loaded.settings !== null && isNeverSite(report.url, loaded.settings);
    body = (
      <State
        kind="skipped"
        title={never ? "Whosaid never runs on this site" : "This does not look like a news article"}
        detail={
          never
            ? "You listed this site in the options. You can still analyse this page once."
            : (report.reason ?? "Whosaid leaves pages that are not articles alone.")
        }
        action={{ label: "Analyse anyway", run }}
        error={runError}
      />
    );
  } else if (report.state === "error") {
    body = (
      <State
        kind="error"
        title="Whosaid could not read this page"
        detail={report.reason ?? "An unknown error stopped the analysis."}
        action={{ label: "Try again", run }}
        error={runError}
      />
    );
  } else if (!report.analysis && loaded.summary) {
    // the first screen from the popup's address; the statements follow with the stored report
    body = <ArticleView summary={loaded.summary} scrollTo={scrollTo} open={open} options={() => void openOptions(api).catch(() => undefined)} />;
  } else if (!report.analysis || report.analysis.statements.length === 0) {
    body = (
      <State
        kind="empty"
        title="Nothing attributed found"
        detail={
          report.read && report.read.chars === 0
            ? "Whosaid found no text it could read on this page."
            : "No one is quoted or cited as a source in this article."
        }
      />
    );
  } else {
    body = <ArticleView analysis={report.analysis} scrollTo={scrollTo} open={open} options={() => void openOptions(api).catch(() => undefined)} />;
  }

  const showToggle = report?.state === "done" && (report.analysis?.statements.length ?? loaded?.summary?.statements ?? 0) > 0;
  return (
    <main class="popup" aria-busy={!loaded && !fatal}>
      <header>
        <h1>
          <span class="logo" aria-hidden="true">❝</span> Whosaid
        </h1>
        <span class="tools">
          {showToggle ? (
            <button type="button" class="toggle" aria-pressed={marksOn} onClick={() => void toggle()}>
              {marksOn ? "Hide marks" : "Show marks"}
            </button>
          ) : null}
          <button type="button" class="help" aria-expanded={help} aria-controls="help" onClick={() => setHelp(!help)}>
            Help
          </button>
          <button type="button" class="options" onClick={() => void openOptions(api).catch(() => undefined)}>
            Options
          </button>
        </span>
      </header>
      {help ? (
        <section id="help" class="help-text" aria-label="Help">
          <p>
            Whosaid marks who said what in this article: a bar under the speaker, a line under the word that reports speech
            (“said”, “denied”), a dotted bar under unnamed sources. Point at a speaker, click it, or use the list at the bottom right of
            the page to open its card. Each side has one colour, on the page and here.
          </p>
          <p>Everything is worked out in your browser; nothing about what you read leaves it unless you click a link.</p>
        </section>
      ) : null}
      {tampered ? (
        <p class="tampered" role="alert">
          This page interferes with Whosaid's marks ({tampered}). Trust this window, not the marks on the page.
        </p>
      ) : null}
      {report?.title ? <p class="page-title" title={report.url}>{report.title}</p> : null}
      {body}
      {report?.state === "done" ? <ReadNote report={report} /> : null}
      <footer class="links">
        <a href="readingreport.html" target="_blank" rel="noopener" class="reading-report">Your reading report</a>
      </footer>
      <p class="sr-only" role="status" aria-live="polite">{notice}</p>
    </main>
  );
}

const VIA: Record<string, string> = {
  "article-element": "the page's own article element",
  "largest-block": "the largest block of text on the page",
  paragraphs: "all paragraphs of the page",
};

/** How the page was read, when it was not the usual way: a fallback, a cut, a run on request. */
function ReadNote({ report }: { report: TabReport }) {
  const notes: string[] = [];
  const via = report.read ? VIA[report.read.via] : undefined;
  if (via) notes.push(`Whosaid could not find the article's text the usual way and read ${via} instead.`);
  if (report.read?.partial) notes.push(`The page is very long: Whosaid read its first ${report.read.chars.toLocaleString("en")} characters.`);
  const v = report.analysis?.verdict;
  if (v && !v.article) notes.push(`Analysed on request; on its own Whosaid would have left this page alone (${v.reason}).`);
  if (!notes.length) return null;
  return (
    <p class="read-note" role="note">
      {notes.join(" ")}
    </p>
  );
}

function State(props: {
  kind: string;
  title: string;
  detail: string;
  action?: { label: string; run: () => void | Promise<void> };
  error?: string | null;
}) {
  return (
    <section class={`state ${props.kind}`} aria-labelledby="state-h" data-state={props.kind}>
      <h2 id="state-h">{props.title}</h2>
      <p>{props.detail}</p>
      {props.action ? (
        <button type="button" class="primary" onClick={() => void props.action!.run()}>
          {props.action.label}
        </button>
      ) : null}
      {props.error ? (
        <p class="run-error" role="alert">
          Could not run here: {props.error}
        </p>
      ) : null}
    </section>
  );
}
