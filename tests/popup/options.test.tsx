// @vitest-environment jsdom
// The options page: every setting is saved through the settings schema; export and clear go
// to the history store by message.
import { cleanup, fireEvent, render, screen, waitFor } from "@testing-library/preact";
import { afterEach, describe, expect, it, vi } from "vitest";
import { Options, type OptionsApi } from "../../src/options/Options";
import { DEFAULT_SETTINGS, type Settings } from "../../src/shared/settings";
import { fakeArea } from "./fixtures";

vi.mock("../../src/shared/browser", () => ({ ext: {} }));
afterEach(cleanup);

function setup(stored?: Partial<Settings>, answers: Record<string, unknown> = {}) {
  const sync = fakeArea(stored ? { settings: { ...DEFAULT_SETTINGS, ...stored } } : {});
  const api = {
    storage: { sync, local: fakeArea() },
    runtime: { sendMessage: vi.fn(async (m: { type: string }) => answers[m.type]) },
  };
  const download = vi.fn();
  const confirm = vi.fn(() => true);
  render(<Options api={api as unknown as OptionsApi} download={download} confirm={confirm} />);
  const saved = () => sync.data.settings as Settings;
  return { api, sync, download, confirm, saved };
}

describe("options", () => {
  it("shows the stored run mode and saves a change to storage.sync", async () => {
    const { saved } = setup({ runMode: "auto" });
    const click = await screen.findByRole("radio", { name: /Only when I click/ });
    expect((screen.getByRole("radio", { name: /Automatically/ }) as HTMLInputElement).checked).toBe(true);
    fireEvent.click(click);
    await waitFor(() => expect(saved().runMode).toBe("click"));
    expect(screen.getByRole("status").textContent).toBe("Saved.");
  });

  it("quiet marks by default; 'full highlight' is saved", async () => {
    const { saved } = setup();
    const quiet = (await screen.findByRole("radio", { name: /Quiet/ })) as HTMLInputElement;
    expect(quiet.checked).toBe(true);
    fireEvent.click(screen.getByRole("radio", { name: /Full highlight/ }));
    await waitFor(() => expect(saved().marks).toBe("full"));
  });

  it("adds never-run sites (normalised) and removes them", async () => {
    const { saved } = setup();
    const input = await screen.findByRole("textbox", { name: "Add a site" });
    fireEvent.input(input, { target: { value: "https://www.Example.com/some/page" } });
    fireEvent.click(screen.getByRole("button", { name: "Add" }));
    await waitFor(() => expect(saved().neverSites).toEqual(["www.example.com"]));
    fireEvent.input(input, { target: { value: "not a site" } });
    fireEvent.click(screen.getByRole("button", { name: "Add" }));
    expect(screen.getByRole("alert").textContent).toContain("example.com");
    fireEvent.click(screen.getByRole("button", { name: "Remove www.example.com" }));
    await waitFor(() => expect(saved().neverSites).toEqual([]));
  });

  it("chooses outbound providers", async () => {
    const { saved } = setup();
    const bing = await screen.findByRole("checkbox", { name: "Bing News search" });
    fireEvent.click(bing);
    await waitFor(() => expect(saved().providers).toEqual(["google-news", "bing-news", "factcheck", "party-site"]));
    fireEvent.click(screen.getByRole("checkbox", { name: "Google Fact Check Explorer" }));
    await waitFor(() => expect(saved().providers).toEqual(["google-news", "bing-news", "party-site"]));
  });

  it("history on/off and size, clamped to the schema's limits", async () => {
    const { saved } = setup();
    const size = (await screen.findByRole("spinbutton", { name: /at most/ })) as HTMLInputElement;
    fireEvent.change(size, { target: { value: "5" } });
    await waitFor(() => expect(saved().history.maxStatements).toBe(100));
    fireEvent.click(screen.getByRole("checkbox", { name: /Keep the statements/ }));
    await waitFor(() => expect(saved().history.enabled).toBe(false));
    expect(size.disabled).toBe(true);
  });

  it("exports history as JSON and as Web Annotations through the background", async () => {
    const { api, download } = setup(undefined, {
      "history-export": { format: "json", data: "[]", count: 0, mime: "application/json", filename: "whosaid-history.json" },
    });
    fireEvent.click(await screen.findByRole("button", { name: "Export as JSON (with your corrections)" }));
    await waitFor(() => expect(download).toHaveBeenCalledWith("whosaid-history.json", "application/json", "[]"));
    expect(api.runtime.sendMessage).toHaveBeenCalledWith({ type: "history-export", payload: { format: "json" } });
    fireEvent.click(screen.getByRole("button", { name: "Export as W3C Web Annotations" }));
    await waitFor(() => expect(api.runtime.sendMessage).toHaveBeenCalledWith({ type: "history-export", payload: { format: "annotations" } }));
  });

  it("clears history only after confirmation", async () => {
    const { api, confirm } = setup(undefined, { "history-clear": { ok: true, cleared: 3 } });
    confirm.mockReturnValueOnce(false);
    fireEvent.click(await screen.findByRole("button", { name: "Clear history" }));
    expect(api.runtime.sendMessage).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole("button", { name: "Clear history" }));
    await waitFor(() => expect(api.runtime.sendMessage).toHaveBeenCalledWith({ type: "history-clear", payload: {} }));
    await waitFor(() => expect(screen.getByRole("status").textContent).toContain("3 statements deleted"));
  });
});
