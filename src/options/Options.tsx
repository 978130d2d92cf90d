// The options page: where Whosaid runs, the never-run sites, which outbound links to offer, the
// local history (on/off, size, export, clear) and the reader's corrections (list, undo, export).
// Every change is saved at once through the settings module; it never writes storage keys of its own.
import { useEffect, useState } from "preact/hooks";
import { ext, type Ext } from "../shared/browser";
import { message, type HistoryExportFormat } from "../shared/messages";
import {
  DEFAULT_SETTINGS, HISTORY_LIMITS, SEARCH_PROVIDERS, loadSettings, normaliseSite, saveSettings, type SearchProvider, type Settings,
} from "../shared/settings";
import { downloadFile, type Download } from "../shared/download";
import { Corrections } from "./Corrections";

export type OptionsApi = Pick<Ext, "storage" | "runtime">;
export { downloadFile, type Download };

type Props = { api?: OptionsApi; download?: Download; confirm?: (q: string) => boolean };

export function Options({ api = ext, download = downloadFile, confirm = (q) => window.confirm(q) }: Props) {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [status, setStatus] = useState("");
  const [site, setSite] = useState("");
  const [siteError, setSiteError] = useState("");

  useEffect(() => {
    void loadSettings(api).then(setSettings, () => setSettings(DEFAULT_SETTINGS));
  }, [api]);

  if (!settings) return <p role="status">Loading settings…</p>;

  const update = async (next: Settings) => {
    setSettings(next);
    try {
      setSettings(await saveSettings(api, next));
      setStatus("Saved.");
    } catch (e) {
      setStatus(`Could not save: ${e instanceof Error ? e.message : String(e)}`);
    }
  };

  const addSite = (e: Event) => {
    e.preventDefault();
    const host = normaliseSite(site);
    if (!host) {
      setSiteError("Type a site such as example.com.");
      return;
    }
    setSiteError("");
    setSite("");
    if (!settings.neverSites.includes(host)) void update({ ...settings, neverSites: [...settings.neverSites, host] });
  };

  const toggleProvider = (id: SearchProvider, on: boolean) => {
    const providers = on ? [...settings.providers, id] : settings.providers.filter((p) => p !== id);
    // keep the order of SEARCH_PROVIDERS so links come out in a stable order
    void update({ ...settings, providers: SEARCH_PROVIDERS.map((p) => p.id).filter((p) => providers.includes(p)) });
  };

  const setHistory = (patch: Partial<Settings["history"]>) => void update({ ...settings, history: { ...settings.history, ...patch } });

  const exportHistory = async (format: HistoryExportFormat) => {
    try {
      // in chunks (a big history is over the browser's message size cap): ask until no `next`
      const parts: string[] = [];
      let count = 0;
      let cursor: string | undefined;
      let res: { data?: unknown; mime?: unknown; filename?: unknown; count?: unknown; next?: unknown } | undefined;
      do {
        res = (await api.runtime.sendMessage(message("history-export", cursor === undefined ? { format } : { format, cursor }))) as typeof res;
        if (typeof res?.data !== "string") throw new Error("no answer from the history store");
        parts.push(res.data);
        count += typeof res.count === "number" ? res.count : 0;
        cursor = typeof res.next === "string" ? res.next : undefined;
      } while (cursor !== undefined);
      download(typeof res.filename === "string" ? res.filename : "whosaid-history.json", typeof res.mime === "string" ? res.mime : "application/json", parts.length === 1 ? parts[0]! : parts);
      setStatus(format === "json" ? `Exported ${count} statements, and your corrections.` : `Exported ${count} statements.`);
    } catch (e) {
      setStatus(`Could not export: ${e instanceof Error ? e.message : String(e)}`);
    }
  };

  const clearHistory = async () => {
    if (!confirm("Delete every statement Whosaid has kept from articles you read?")) return;
    try {
      const r = (await api.runtime.sendMessage(message("history-clear", {}))) as { cleared?: unknown } | undefined;
      setStatus(`History cleared (${typeof r?.cleared === "number" ? r.cleared : 0} statements deleted).`);
    } catch (e) {
      setStatus(`Could not clear: ${e instanceof Error ? e.message : String(e)}`);
    }
  };

  const numberField = (key: "maxStatements" | "maxAgeDays", label: string) => {
    const lim = HISTORY_LIMITS[key];
    return (
      <label class="number">
        {label}
        <input
          type="number"
          min={lim.min}
          max={lim.max}
          value={settings.history[key]}
          disabled={!settings.history.enabled}
          onChange={(e) => {
            const v = Number((e.currentTarget as HTMLInputElement).value);
            if (Number.isFinite(v)) setHistory({ [key]: v });
          }}
        />
      </label>
    );
  };

  return (
    <main class="options">
      <h1>Whosaid options</h1>

      <fieldset>
        <legend>Where Whosaid runs</legend>
        <label>
          <input type="radio" name="runMode" value="auto" checked={settings.runMode === "auto"} onChange={() => void update({ ...settings, runMode: "auto" })} />
          Automatically on news articles (other pages are left alone after a quick check)
        </label>
        <label>
          <input type="radio" name="runMode" value="click" checked={settings.runMode === "click"} onChange={() => void update({ ...settings, runMode: "click" })} />
          Only when I click the Whosaid button
        </label>
      </fieldset>

      <fieldset>
        <legend>How the marks look</legend>
        <label>
          <input type="radio" name="marks" value="quiet" checked={settings.marks === "quiet"} onChange={() => void update({ ...settings, marks: "quiet" })} />
          Quiet: a bar under the speaker and a line under the cue; what was said is tinted when you point at it
        </label>
        <label>
          <input type="radio" name="marks" value="full" checked={settings.marks === "full"} onChange={() => void update({ ...settings, marks: "full" })} />
          Full highlight: what was said is always tinted
        </label>
      </fieldset>

      <fieldset>
        <legend>Sites where Whosaid never runs</legend>
        {settings.neverSites.length === 0 ? <p class="hint">None yet.</p> : null}
        <ul class="sites" aria-label="Never-run sites">
          {settings.neverSites.map((s) => (
            <li key={s}>
              <span>{s}</span>
              <button type="button" aria-label={`Remove ${s}`} onClick={() => void update({ ...settings, neverSites: settings.neverSites.filter((x) => x !== s) })}>
                Remove
              </button>
            </li>
          ))}
        </ul>
        <form onSubmit={addSite} class="add-site">
          <label>
            Add a site
            <input type="text" value={site} placeholder="example.com" aria-invalid={siteError !== ""} aria-describedby="site-error" onInput={(e) => setSite((e.currentTarget as HTMLInputElement).value)} />
          </label>
          <button type="submit">Add</button>
          <span id="site-error" class="error" role="alert">{siteError}</span>
        </form>
      </fieldset>

      <fieldset>
        <legend>Links to find the other side's own words</legend>
        {SEARCH_PROVIDERS.map((p) => (
          <label key={p.id}>
            <input type="checkbox" checked={settings.providers.includes(p.id)} onChange={(e) => toggleProvider(p.id, (e.currentTarget as HTMLInputElement).checked)} />
            {p.label}
          </label>
        ))}
        <p class="hint">Links are built on your computer; nothing is fetched until you click one.</p>
      </fieldset>

      <fieldset>
        <legend>Local history</legend>
        <label>
          <input type="checkbox" checked={settings.history.enabled} onChange={(e) => setHistory({ enabled: (e.currentTarget as HTMLInputElement).checked })} />
          Keep the statements of articles I read, to offer them as answers in later articles (stored only in this browser, never for private windows)
        </label>
        {numberField("maxStatements", "Keep at most this many statements")}
        {numberField("maxAgeDays", "Forget statements older than (days)")}
        <p>
          <a href="readingreport.html" target="_blank" rel="noopener" class="reading-report">Open your reading report</a>
          <span class="hint"> (figures over the last day, week or month of your reading, from this history)</span>
        </p>
        <div class="buttons">
          <button type="button" onClick={() => void exportHistory("json")}>Export as JSON (with your corrections)</button>
          <button type="button" onClick={() => void exportHistory("annotations")}>Export as W3C Web Annotations</button>
          <button type="button" class="danger" onClick={() => void clearHistory()}>Clear history</button>
        </div>
      </fieldset>

      <Corrections api={api} download={download} confirm={confirm} say={setStatus} />

      <p class="status" role="status" aria-live="polite">{status}</p>
    </main>
  );
}
