// Plugs the local history into the background: a report hook that records each analysed page and
// adds the other side's earlier statements to it, and the options page's export and clear
// messages. Never records a private tab; settings are read on every use so a change applies at once.
import type { Ext } from "../../shared/browser";
import { loadSettings } from "../../shared/settings";
import type { Background } from "../background";
import { configureHistory, type History } from "./index";

export function installHistory(bg: Background, api: Pick<Ext, "storage">): History {
  const history = configureHistory({ settings: async () => (await loadSettings(api)).history });

  // errors surface again (and are handled) on first real use
  history.warm().catch(() => undefined);

  bg.reportHooks.push(async (report, tab) => {
    if (report.state !== "done" || !report.analysis) return report;
    // A private tab: nothing of it is stored, and nothing read elsewhere is shown in it.
    if (tab.incognito) return report;
    await history.record(report, { incognito: tab.incognito });
    // The counters go into the report the popup reads; the background never sends them to a page.
    return history.withCounters(report, { incognito: tab.incognito });
  });

  // In chunks (see History.exportChunk): the options page asks again with `next` until none is given.
  bg.handlers["history-export"] = async ({ format, cursor }) => {
    const chunk = await history.exportChunk(format, cursor);
    return {
      format,
      ...chunk,
      mime: format === "json" ? "application/json" : "application/ld+json",
      filename: format === "json" ? "whosaid-history.json" : "whosaid-history.annotations.jsonld",
    };
  };

  bg.handlers["history-reading"] = ({ window }) => history.reading(window);

  bg.handlers["history-clear"] = async () => {
    const cleared = await history.count();
    await history.clear();
    return { ok: true, cleared };
  };

  return history;
}
