// Issue 15 (hardening), the background's side: one tab cannot starve the others or pile up engine
// runs, a run over budget is a clear "too long" state (and is not repeated for that tab), and an
// answer that arrives after the tab moved on is never stored for the next page.
import { describe, expect, test, vi } from "vitest";
import { ENGINE_BUDGET_MS, startBackground, type BackgroundApi, type Sender } from "../../src/background/background";
import { analyze, analyzeSteps } from "../../src/core/analyze";
import type { Analysis } from "../../src/core/types";

type Listener = (...args: never[]) => unknown;
const area = () => {
  const data: Record<string, unknown> = {};
  return {
    get: async (k: null | string | string[]) => (k === null ? { ...data } : Object.fromEntries([k].flat().filter((x) => x in data).map((x) => [x, data[x]]))),
    set: async (items: Record<string, unknown>) => void Object.assign(data, items),
    remove: async (k: string | string[]) => void [k].flat().forEach((x) => delete data[x]),
  };
};
function fakeApi() {
  const listeners: Record<string, Listener[]> = {};
  const event = (name: string) => ({ addListener: (f: Listener) => (listeners[name] ??= []).push(f) });
  const api = {
    runtime: { id: "whosaid@test", getURL: (p: string) => `chrome-extension://whosaid/${p}`, onMessage: event("message") },
    tabs: { onUpdated: event("updated"), onRemoved: event("removed"), query: vi.fn(async () => []), sendMessage: vi.fn(async () => undefined), create: vi.fn() },
    storage: { session: area(), local: area() },
    action: { setBadgeText: vi.fn(async () => undefined), setBadgeBackgroundColor: vi.fn(async () => undefined) },
    commands: { onCommand: event("command") },
  };
  const fire = (name: string, ...args: unknown[]) => {
    for (const f of listeners[name] ?? []) (f as (...a: unknown[]) => unknown)(...args);
  };
  return { typed: api as unknown as BackgroundApi, fire };
}
const content = (tabId: number, url = `https://site${tabId}.example/p`): Sender => ({ id: "whosaid@test", url, frameId: 0, tab: { id: tabId, url } });
const ask = (text: string, url = "https://x.example/") => ({ type: "analyze", payload: { text, url, title: "T" } });
const empty = (): Analysis => ({ statements: [], parties: [], disputes: [], unnamedSources: [], timings: { ms: 0 } });

describe("the engine queue", () => {
  test("a tab that re-triggers itself cannot pile up runs, nor keep another tab waiting behind them", async () => {
    const { typed } = fakeApi();
    const ran: string[] = [];
    const bg = startBackground(typed, { analyze: (text) => (ran.push(text), empty()) });
    const answers = Promise.all([
      bg.onMessage(ask("A1"), content(1)),
      bg.onMessage(ask("A2"), content(1)),
      bg.onMessage(ask("B1"), content(2)),
      bg.onMessage(ask("A3"), content(1)),
    ]);
    const [a1, a2, b1, a3] = (await answers) as { error?: string; analysis?: Analysis }[];
    expect(ran).toEqual(["B1", "A3"]);
    expect(a1?.error).toMatch(/superseded/);
    expect(a2?.error).toMatch(/superseded/);
    expect(b1?.analysis).toBeDefined();
    expect(a3?.analysis).toBeDefined();
  });

  test("a run over the budget is a 'too long' state in the tab and the popup, and that tab gets no second such run", async () => {
    const { typed } = fakeApi();
    let clock = 0;
    const engine = vi.fn((text: string) => {
      clock += text.length > 1000 ? ENGINE_BUDGET_MS + 1 : 1;
      return empty();
    });
    const bg = startBackground(typed, { analyze: engine, now: () => clock });
    const big = "x".repeat(5000);
    const first = (await bg.onMessage(ask(big), content(1))) as { error: string };
    expect(first.error).toMatch(/^too long/);
    expect(await bg.store.get(1)).toMatchObject({ state: "error", reason: expect.stringMatching(/^too long/) });
    // the page asks again (pushState, a re-render): refused without running the engine
    const again = (await bg.onMessage(ask(big + "y"), content(1))) as { error: string };
    expect(again.error).toMatch(/^too long/);
    expect(engine).toHaveBeenCalledTimes(1);
    // other tabs, and short texts, are served as usual
    expect(await bg.onMessage(ask("short"), content(2))).toMatchObject({ analysis: expect.anything() });
  });

  test("an answer that arrives after the tab navigated is not stored for the next page", async () => {
    const { typed, fire } = fakeApi();
    const bg = startBackground(typed, {
      analyze: () => {
        // the reader goes to another page while the engine works
        fire("updated", 1, { status: "loading", url: "https://site1.example/next" });
        return { ...empty(), statements: [] };
      },
    });
    const res = (await bg.onMessage(ask("page A"), content(1))) as { error?: string };
    expect(res.error).toMatch(/moved on/);
    await new Promise((r) => setTimeout(r, 10));
    expect(await bg.store.get(1)).toBeNull();
  });

  test("a new document's own request, sent right after its navigation began, is answered", async () => {
    const { typed, fire } = fakeApi();
    const bg = startBackground(typed, { analyze: () => empty() });
    // the navigation event and the new page's request come in one after the other
    fire("updated", 1, { status: "loading", url: "https://site1.example/p" });
    const res = (await bg.onMessage(ask("page B"), content(1))) as { error?: string; analysis?: Analysis };
    expect(res.error).toBeUndefined();
    expect(res.analysis).toBeDefined();
  });

  test("a closed tab's waiting request is answered, not left hanging", async () => {
    const { typed, fire } = fakeApi();
    const bg = startBackground(typed, { analyze: () => empty() });
    const p = bg.onMessage(ask("A"), content(1));
    await Promise.resolve();
    await Promise.resolve();
    fire("removed", 1, {});
    const res = (await p) as { error?: string; analysis?: Analysis };
    expect(res.error ?? "analysed").toMatch(/closed|analysed/);
  });
});

describe("engine cancellation: a run over budget is stopped between stages, never waited out", () => {
  const text = "“The ferry costs too much,” Mayor Brandt said on Tuesday. The council disagreed.\n\n".repeat(20);

  test("core's staged engine yields between its stages and ends with what analyze() returns", () => {
    const run = analyzeSteps(text);
    const stages: unknown[] = [];
    let r = run.next();
    for (; !r.done; r = run.next()) stages.push(r.value);
    expect(stages).toEqual(["extract", "display", "enrich"]);
    const { timings: _a, ...staged } = r.value;
    const { timings: _b, ...whole } = analyze(text);
    expect(staged).toEqual(whole);
  });

  test("a run that passes the budget is stopped before its next stage: 'too long' in the tab, the rest never runs", async () => {
    const { typed } = fakeApi();
    let clock = 0;
    const done: string[] = [];
    // each stage takes (on the fake clock) more than half the budget: the third never starts
    function* slow(): Generator<string, Analysis, void> {
      for (const stage of ["extract", "display", "enrich"]) {
        clock += ENGINE_BUDGET_MS / 2 + 1;
        done.push(stage);
        yield stage;
      }
      return empty();
    }
    const bg = startBackground(typed, { steps: slow, now: () => clock });
    const res = (await bg.onMessage(ask("a long page"), content(1))) as { error?: string };
    expect(res.error).toMatch(/^too long: the analysis was stopped/);
    expect(done).toEqual(["extract", "display"]);
    expect(await bg.store.get(1)).toMatchObject({ state: "error", reason: expect.stringMatching(/^too long/) });
    // the next tab is served by the real engine as usual
    const real = startBackground(fakeApi().typed);
    expect(await real.onMessage(ask(text), content(2))).toMatchObject({ analysis: { statements: expect.anything() } });
  });

  test("between stages the background takes its messages, and stops a run for a tab that moved on", async () => {
    const { typed, fire } = fakeApi();
    const events: string[] = [];
    function* engine(): Generator<string, Analysis, void> {
      events.push("stage 1");
      // a message arrives while the engine works: it must be heard before the next stage
      setTimeout(() => {
        events.push("timer");
        fire("updated", 1, { status: "loading", url: "https://site1.example/next" });
      }, 0);
      yield "extract";
      events.push("stage 2");
      yield "display";
      events.push("stage 3");
      return empty();
    }
    const bg = startBackground(typed, { steps: engine });
    const res = (await bg.onMessage(ask("page A"), content(1))) as { error?: string };
    expect(events).toEqual(["stage 1", "timer"]);
    expect(res.error).toMatch(/moved on/);
    expect(await bg.store.get(1)).toBeNull();
  });
});
