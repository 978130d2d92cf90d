// The reading report page: over the last day, week or month of reading, the share of statements
// from unnamed sources, the voices by side and by outlet, the most-quoted speakers, the sides
// accused and never heard, and the articles where one side had all the words. SVG charts with the
// plain numbers beside them; export as CSV or JSON. Everything comes from the local history
// through the background; with history off there is no report, and the page says so. Text from
// pages is rendered as JSX text only, and only http(s) URLs become links.
import { useEffect, useState } from "preact/hooks";
import { ext, type Ext } from "../shared/browser";
import { message } from "../shared/messages";
import { figuresCsv, type ReadingResponse, type ReadingWindow } from "../shared/reading";
import { ReadingView } from "./ReadingView";
import { downloadFile, type Download } from "../shared/download";

export type ReportApi = Pick<Ext, "runtime">;
export { downloadFile, type Download };

const WINDOWS: { id: ReadingWindow; label: string }[] = [
  { id: "day", label: "Last day" },
  { id: "week", label: "Last week" },
  { id: "month", label: "Last month" },
];

async function fetchReading(api: ReportApi, window: ReadingWindow): Promise<ReadingResponse> {
  const r = (await api.runtime.sendMessage(message("history-reading", { window }))) as ReadingResponse | undefined;
  if (!r || typeof r !== "object" || typeof r.enabled !== "boolean") throw new Error("no answer from the history");
  return r;
}

type Props = { api?: ReportApi; download?: Download };

export function ReadingReport({ api = ext, download = downloadFile }: Props) {
  const [window, setWindow] = useState<ReadingWindow>("week");
  const [answer, setAnswer] = useState<ReadingResponse | null>(null);
  const [error, setError] = useState("");

  useEffect(() => {
    let live = true;
    setAnswer(null);
    fetchReading(api, window).then(
      (r) => live && setAnswer(r),
      (e: unknown) => live && setError(e instanceof Error ? e.message : String(e)),
    );
    return () => {
      live = false;
    };
  }, [api, window]);

  const figures = answer?.enabled ? answer.figures : null;
  const stamp = new Date().toISOString().slice(0, 10);
  return (
    <main>
      <h1>Your reading report</h1>
      <p class="muted">Computed in your browser from your local history of statements. Nothing is sent anywhere.</p>
      {answer && !answer.enabled ? (
        <p role="status" class="off">
          History is off in the options, so there is no reading report. Turn on the local history in the options to have one.
        </p>
      ) : (
        <>
          <div class="controls">
            <fieldset>
              <legend>Period</legend>
              {WINDOWS.map((w) => (
                <label key={w.id}>
                  <input type="radio" name="window" value={w.id} checked={window === w.id} onChange={() => setWindow(w.id)} /> {w.label}
                </label>
              ))}
            </fieldset>
            <button type="button" disabled={!figures} onClick={() => figures && download(`whosaid-reading-${figures.window}-${stamp}.csv`, "text/csv", figuresCsv(figures))}>
              Export CSV
            </button>
            <button type="button" disabled={!figures} onClick={() => figures && download(`whosaid-reading-${figures.window}-${stamp}.json`, "application/json", JSON.stringify(figures, null, 2))}>
              Export JSON
            </button>
          </div>
          {error ? <p role="alert">Could not read the history: {error}</p> : figures ? <ReadingView f={figures} /> : <p role="status">Reading your history…</p>}
        </>
      )}
    </main>
  );
}
