// Every message between content script, background and popup, declared once. Senders and
// receivers are typed from this map; `isMessage` validates what arrives before it is used.
import type { Analysis } from "../core/types";

export type PageState = "idle" | "analysing" | "done" | "skipped" | "error";

/** What the background holds per tab and the popup shows. */
export type TabReport = {
  state: PageState;
  url: string;
  title: string;
  /** 0..1 while analysing */
  progress?: number;
  /** why a page was skipped or could not be read */
  reason?: string;
  analysis?: Analysis;
  /** the text the analysis offsets point into (needed for history and text fragments) */
  text?: string;
};

/** Requests and their responses. `to` says who handles it. */
export type MessageMap = {
  // content -> background
  "report": { to: "background"; req: TabReport; res: { ok: true } };
  // popup -> background
  "get-report": { to: "background"; req: { tabId: number }; res: TabReport | null };
  // popup/background -> content (sent with tabs.sendMessage)
  "analyze-now": { to: "content"; req: Record<string, never>; res: { ok: boolean } };
  "toggle-marks": { to: "content"; req: { on?: boolean }; res: { on: boolean } };
  "scroll-to-statement": { to: "content"; req: { index: number }; res: { ok: boolean } };
};

export type MessageType = keyof MessageMap;
export type Message<T extends MessageType = MessageType> = { type: T; payload: MessageMap[T]["req"] };
export type Response<T extends MessageType> = MessageMap[T]["res"];

const TYPES: ReadonlySet<string> = new Set<MessageType>([
  "report",
  "get-report",
  "analyze-now",
  "toggle-marks",
  "scroll-to-statement",
]);

/** Shape check for anything that arrives over runtime messaging. */
export function isMessage(x: unknown): x is Message {
  if (typeof x !== "object" || x === null) return false;
  const m = x as { type?: unknown; payload?: unknown };
  return typeof m.type === "string" && TYPES.has(m.type) && typeof m.payload === "object" && m.payload !== null;
}
