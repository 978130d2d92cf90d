// @vitest-environment jsdom
// The reader's corrections in the popup (the corrected reading, "corrected by you", a way to the
// options) and in the options page (listed, undone, exported, all deleted; damaged items left out).
import { cleanup, fireEvent, render, screen, waitFor } from "@testing-library/preact";
import { afterEach, describe, expect, it, vi } from "vitest";

vi.mock("../../src/shared/browser", () => ({ ext: {} }));
import { App } from "../../src/popup/App";
import type { PopupApi } from "../../src/popup/api";
import { Options, type OptionsApi } from "../../src/options/Options";
import type { CorrectionRecord } from "../../src/shared/corrections";
import { analysis, doneReport, fakeArea, fakePopupApi } from "./fixtures";

afterEach(cleanup);

describe("the popup", () => {
  it("shows the corrected reading, says which statement the reader corrected, and leads to the options", async () => {
    const a = analysis();
    a.statements[0]!.speaker = "Corrected Speaker";
    a.corrections = [
      { id: "u\u0000k1", kind: "speaker", statement: 0, key: "k1", was: { speaker: "Engine Speaker", side: "Some Side" }, engine: { speaker: "Engine Speaker", party: null }, content: "x" },
      { id: "u\u0000k2", kind: "not-statement", statement: null, key: "k2", was: { speaker: "Gone", side: null }, engine: { speaker: "Gone", party: null }, content: "y" },
    ];
    const api = fakePopupApi({ reports: { 5: doneReport(a) } });
    (api.runtime as Record<string, unknown>).openOptionsPage = vi.fn(async () => undefined);
    render(<App api={api as unknown as PopupApi} search="?tab=5" pollMs={10} />);
    const note = await screen.findByRole("note");
    expect(note.textContent).toContain("Corrected by you: 2 statements (1 not marked any more).");
    expect(screen.getAllByText("Corrected Speaker").length).toBeGreaterThan(0);
    expect(screen.getByText(/corrected by you$/)).toBeTruthy();
    expect(screen.getByText(/Whosaid read: Engine Speaker/).textContent).toBe("Corrected by you. Whosaid read: Engine Speaker (Some Side).");
    fireEvent.click(screen.getByRole("button", { name: "Undo in the options" }));
    await waitFor(() => expect((api.runtime as unknown as { openOptionsPage: ReturnType<typeof vi.fn> }).openOptionsPage).toHaveBeenCalled());
  });

  it("says nothing of corrections when there are none", async () => {
    render(<App api={fakePopupApi({ reports: { 5: doneReport() } }) as unknown as PopupApi} search="?tab=5" pollMs={10} />);
    await screen.findByRole("heading", { name: "Who speaks, for which side" });
    expect(screen.queryByRole("note")).toBeNull();
  });
});

const ARTICLE = "https://harbour-news.example/2026/ferry-timetable";
const rec = (key: string, at: number, extra: Partial<CorrectionRecord> = {}): CorrectionRecord => ({
  v: 1, id: `${ARTICLE}\u0000${key}`, article: ARTICLE, key, kind: "not-statement",
  was: { speaker: "Ines Marrow", side: "Tolvik Ferry Company" }, content: `statement ${key}`, title: "Ferry company cuts the night crossings", at, ...extra,
});

describe("the options page", () => {
  it("lists the corrections, undoes one, exports them, deletes them all", async () => {
    let items: unknown[] = [
      rec("k2", 2, { kind: "speaker", to: { speaker: "Bram Oduya", side: "Islanders' Council" } }),
      rec("k1", 1),
      { v: 1, id: "damaged" },
    ];
    const sendMessage = vi.fn(async (m: { type: string; payload: { id?: string } }) => {
      if (m.type === "corrections-list") return { items };
      if (m.type === "correction-undo") {
        items = items.filter((x) => (x as { id: string }).id !== m.payload.id);
        return { ok: true };
      }
      if (m.type === "corrections-clear") {
        const n = items.length;
        items = [];
        return { ok: true, cleared: n };
      }
      return undefined;
    });
    const api = { storage: { sync: fakeArea(), local: fakeArea() }, runtime: { sendMessage } };
    const download = vi.fn();
    render(<Options api={api as unknown as OptionsApi} download={download} confirm={() => true} />);
    const list = await screen.findByRole("list", { name: "Corrections" });
    expect(list.querySelectorAll("li")).toHaveLength(2);
    expect(list.textContent).toContain("Said by Bram Oduya (for Islanders' Council), not Ines Marrow");
    expect(list.textContent).toContain("Not a statement: “statement k1”");
    expect(list.textContent).toContain("1970-01-01");

    fireEvent.click(screen.getByRole("button", { name: /^Undo: Not a statement/ }));
    await waitFor(() => expect(screen.getByRole("list", { name: "Corrections" }).querySelectorAll("li")).toHaveLength(1));
    expect(sendMessage).toHaveBeenCalledWith({ type: "correction-undo", payload: { id: `${ARTICLE}\u0000k1` } });
    expect(screen.getByRole("status").textContent).toMatch(/Correction undone/);

    fireEvent.click(screen.getByRole("button", { name: "Export corrections as JSON" }));
    const [filename, mime, data] = download.mock.calls[0]! as [string, string, string];
    expect([filename, mime]).toEqual(["whosaid-corrections.json", "application/json"]);
    const exported = JSON.parse(data) as { format: string; corrections: CorrectionRecord[] };
    expect(exported.format).toBe("whosaid-corrections");
    expect(exported.corrections.map((c) => c.key)).toEqual(["k2"]);

    fireEvent.click(screen.getByRole("button", { name: "Delete all corrections" }));
    await screen.findByText("None yet.", { selector: ".corrections p" });
    expect(screen.getByRole("status").textContent).toBe("Corrections deleted (2).");
  });
});
