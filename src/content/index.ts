// Content script entry: starts one Controller per page. It must never throw into the page's
// console, and must not start twice when the popup injects it again on a page it already runs on.
import { T0 } from "./t0";
import { contentExt } from "./ext";
import { Controller } from "./controller";

const KEY = "__whosaidContent";
const g = globalThis as typeof globalThis & { [KEY]?: Controller };

try {
  if (!g[KEY] && document.documentElement) {
    const c = new Controller({ doc: document, ext: contentExt() });
    g[KEY] = c;
    void c.start();
    // The bundle's set-up and start() up to its first wait ran in this task: count all of it.
    c.countInit(performance.now() - T0);
  } else if (g[KEY]) {
    // Injected again (on-click mode): the reader asked for an analysis now.
    void g[KEY].analyseNow(true);
  }
} catch {
  // Nothing may reach the page console; the controller reports its own errors on the host.
}
