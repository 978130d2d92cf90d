// Popup entry: the tab's report is asked for first of all (early.ts, evaluated before Preact and
// the API wrapper), then the App renders for the active tab (or ?tab=<id>) once it is there.
// Nothing else runs here, so the first view costs one bundle parse and one read of the session
// area, in flight while the rest of the bundle is evaluated; or, when the popup's address carries
// the first screen's summary (src/shared/summary.ts), only the bundle parse.
import { early } from "./early";
import { render } from "preact";
import { ext } from "../shared/browser";
import type { PopupApi } from "./api";
import { App, firstFromAddress, loadPopup } from "./App";

const api = ext as PopupApi;
const initial = loadPopup(api, location.search, early);
// the first screen, when the popup's address carries it (the toolbar button's popup for a tab
// with a report): drawn at once, replaced by the full report when the read above answers
const first = firstFromAddress(location.search, location.hash);
const root = document.getElementById("app");
if (root) render(<App api={api} initial={initial} first={first} />, root);
