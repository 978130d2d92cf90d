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
    await history.record(report, { incognito: tab.incognito });
    // A private tab may still be shown what was read before (nothing of it is stored).
    return history.withCounters(report);
  });

  bg.handlers["history-export"] = async ({ format }) => {
    if (format === "json") {
      const data = await history.exportJson();
      return { format, data: JSON.stringify(data, null, 2), count: data.records.length, mime: "application/json", filename: "whosaid-history.json" };
    }
    const data = await history.exportAnnotations();
    return {
      format,
      data: JSON.stringify(data, null, 2),
      count: data.total,
      mime: "application/ld+json",
      filename: "whosaid-history.annotations.jsonld",
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
