// The content script's door to the extension API, without webextension-polyfill. The polyfill
// (shared/browser.ts, used by the background and the extension pages) costs every page it runs
// on its set-up at load (a proxy over the whole `chrome` object, whose getters are slow), while
// the content script needs three calls of it. Same rules as the polyfill: where the browser has
// the promise-based `browser` (Firefox), it is used as it is; in Chrome, `chrome` with its
// promise-returning calls, and listeners that answer with a promise are adapted to sendResponse.
import type { ContentExt } from "./controller";

type Listener = (message: unknown, sender: unknown) => unknown;
type ChromeListener = (message: unknown, sender: unknown, sendResponse: (r: unknown) => void) => boolean;
type ChromeApi = {
  runtime: {
    id?: string;
    sendMessage(message: unknown): Promise<unknown>;
    onMessage: { addListener(f: ChromeListener): void; removeListener(f: ChromeListener): void; hasListener(f: ChromeListener): boolean };
  };
  storage: unknown;
};

/** What a polyfilled background sends back when its listener's promise rejected. */
const REJECTED = "__mozWebExtensionPolyfillReject__";
/** Chrome's error when the receiver answered nothing; the polyfill resolves undefined then. */
const NO_ANSWER = "The message port closed before a response was received.";

export function contentExt(g: typeof globalThis = globalThis): ContentExt | undefined {
  const own = g as unknown as { browser?: { runtime?: { id?: string } }; chrome?: ChromeApi };
  if (own.browser?.runtime?.id) return own.browser as unknown as ContentExt;
  const c = own.chrome;
  if (!c?.runtime?.id) return undefined;
  const wrapped = new Map<Listener, ChromeListener>();
  const runtime = {
    async sendMessage(message: unknown): Promise<unknown> {
      let r: unknown;
      try {
        r = await c.runtime.sendMessage(message);
      } catch (e) {
        if (e instanceof Error && e.message === NO_ANSWER) return undefined;
        throw e;
      }
      if (r && typeof r === "object" && REJECTED in r) throw new Error(String((r as { message?: unknown }).message ?? "the receiver failed"));
      return r;
    },
    onMessage: {
      addListener(f: Listener): void {
        if (wrapped.has(f)) return;
        const w: ChromeListener = (message, sender, sendResponse) => {
          const r = f(message, sender);
          if (!r || typeof (r as Promise<unknown>).then !== "function") return false;
          (r as Promise<unknown>).then(sendResponse, (e: unknown) => sendResponse({ [REJECTED]: true, message: e instanceof Error ? e.message : String(e) }));
          return true;
        };
        wrapped.set(f, w);
        c.runtime.onMessage.addListener(w);
      },
      removeListener(f: Listener): void {
        const w = wrapped.get(f);
        if (!w) return;
        wrapped.delete(f);
        c.runtime.onMessage.removeListener(w);
      },
      hasListener(f: Listener): boolean {
        return wrapped.has(f);
      },
    },
  };
  return { runtime, storage: c.storage } as unknown as ContentExt;
}
