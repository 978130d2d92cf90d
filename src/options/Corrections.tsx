// The reader's corrections of Whosaid's marks ("not a statement", "wrong speaker"), each with undo,
// an export and a way to forget them all. They are the reader's own explicit word, so they are kept
// whether the local history is on or off; clearing the history does not clear them. Undo shows at
// once in the popup of a tab open on the article, and on the page's marks when it is read again.
import { useEffect, useState } from "preact/hooks";
import { correctionItems, message } from "../shared/messages";
import { correctionText, correctionsExport, type CorrectionRecord } from "../shared/corrections";
import type { Download } from "../shared/download";
import type { Ext } from "../shared/browser";

type Props = {
  api: Pick<Ext, "runtime">;
  download: Download;
  confirm: (q: string) => boolean;
  say: (status: string) => void;
};

const day = (ms: number): string => new Date(ms).toISOString().slice(0, 10);

export function Corrections({ api, download, confirm, say }: Props) {
  const [items, setItems] = useState<CorrectionRecord[] | null>(null);
  const load = async () => {
    try {
      setItems(correctionItems(await api.runtime.sendMessage(message("corrections-list", {}))));
    } catch {
      setItems([]);
    }
  };
  useEffect(() => {
    void load();
  }, [api]);

  const undo = async (r: CorrectionRecord) => {
    try {
      const res = (await api.runtime.sendMessage(message("correction-undo", { id: r.id }))) as { ok?: unknown } | undefined;
      say(res?.ok === true ? "Correction undone: the popup shows Whosaid's own reading again; the marks on the page follow when you reload it." : "That correction was already gone.");
    } catch (e) {
      say(`Could not undo: ${e instanceof Error ? e.message : String(e)}`);
    }
    await load();
  };

  const exportAll = () => {
    const list = items ?? [];
    download("whosaid-corrections.json", "application/json", JSON.stringify(correctionsExport(list), null, 2));
    say(`Exported ${list.length} ${list.length === 1 ? "correction" : "corrections"}.`);
  };

  const clearAll = async () => {
    if (!confirm("Forget every correction you made to Whosaid's marks?")) return;
    try {
      const r = (await api.runtime.sendMessage(message("corrections-clear", {}))) as { cleared?: unknown } | undefined;
      say(`Corrections deleted (${typeof r?.cleared === "number" ? r.cleared : 0}).`);
    } catch (e) {
      say(`Could not delete: ${e instanceof Error ? e.message : String(e)}`);
    }
    await load();
  };

  return (
    <fieldset class="corrections">
      <legend>Your corrections</legend>
      <p class="hint">
        What you told Whosaid in a card (“Not a statement”, “Wrong speaker”). Kept only in this browser, also when the history is off, and
        applied every time you read the same article again. Not kept for private windows.
      </p>
      {items === null ? <p class="hint">Loading…</p> : items.length === 0 ? <p class="hint">None yet.</p> : null}
      {items && items.length > 0 ? (
        <ul class="correction-list" aria-label="Corrections">
          {items.map((r) => (
            <li key={r.id} data-id={r.id}>
              <div class="what">
                <strong>{correctionText(r)}</strong>: “{r.content}”
              </div>
              <div class="where hint">
                {r.title || r.article} · {day(r.at)} · <span class="url">{r.article}</span>
              </div>
              <button type="button" class="undo" aria-label={`Undo: ${correctionText(r)}: ${r.content.slice(0, 60)}`} onClick={() => void undo(r)}>
                Undo
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      <div class="buttons">
        <button type="button" onClick={exportAll} disabled={!items || items.length === 0}>Export corrections as JSON</button>
        <button type="button" class="danger" onClick={() => void clearAll()} disabled={!items || items.length === 0}>Delete all corrections</button>
      </div>
    </fieldset>
  );
}
