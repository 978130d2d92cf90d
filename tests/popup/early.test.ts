// The popup asks for the tab's report before the rest of its bundle is evaluated (early.ts): the
// tab from ?tab= or the active tab, the report from the session area, validated before use, and
// the background asked when the session area has no valid report.
import { describe, expect, test, vi } from "vitest";
vi.mock("../../src/shared/browser", () => ({ ext: {} }));
import { loadPopup } from "../../src/popup/App";
import { startEarly } from "../../src/popup/early";
import type { PopupApi } from "../../src/popup/api";
import { doneReport, fakeArea, fakePopupApi } from "./fixtures";

describe("early report read", () => {
  test("reads the named tab's report from the session area, without a message to the background", async () => {
    const session = fakeArea({ "tab:7": doneReport() });
    const raw = { tabs: { query: vi.fn(async () => [{ id: 3 }]) }, storage: { session } };
    const early = startEarly("?tab=7", { chrome: raw })!;
    expect(await early.tabId).toBe(7);
    expect(raw.tabs.query).not.toHaveBeenCalled();
    const api = fakePopupApi({ reports: {} });
    const loaded = await loadPopup(api as unknown as PopupApi, "?tab=7", early);
    expect(loaded.tabId).toBe(7);
    expect(loaded.report?.state).toBe("done");
    expect(api.runtime.sendMessage).not.toHaveBeenCalled();
  });

  test("uses the active tab, and asks the background when the stored report is missing or not a report", async () => {
    const session = fakeArea({ "tab:4": { state: "done", url: 5 } });
    const raw = { tabs: { query: vi.fn(async () => [{ id: 4 }]) }, storage: { session } };
    const early = startEarly("", { browser: raw })!;
    expect(await early.tabId).toBe(4);
    const api = fakePopupApi({ reports: { 4: doneReport() } });
    const loaded = await loadPopup(api as unknown as PopupApi, "", early);
    expect(loaded.report?.title).toBe(doneReport().title);
    expect(api.runtime.sendMessage).toHaveBeenCalled();
  });

  test("no browser API: nothing is started, and a failing session read is no unhandled rejection", async () => {
    expect(startEarly("?tab=1", {})).toBeNull();
    const raw = { tabs: { query: vi.fn(async () => []) }, storage: { session: { get: vi.fn(async () => Promise.reject(new Error("no access"))) } } };
    const early = startEarly("?tab=2", { chrome: raw })!;
    await expect(early.stored).rejects.toThrow("no access");
  });
});
