// Popup entry: the tab's report is asked for first of all (early.ts, evaluated before Preact and
// the API wrapper), then the App renders for the active tab (or ?tab=<id>) once it is there.
// Nothing else runs here, so the first view costs one bundle parse and one read of the session
// area, in flight while the rest of the bundle is evaluated.
import { early } from "./early";
import { render } from "preact";
import { ext } from "../shared/browser";
import type { PopupApi } from "./api";
import { App, loadPopup } from "./App";

const api = ext as PopupApi;
const initial = loadPopup(api, location.search, early);
const root = document.getElementById("app");
if (root) render(<App api={api} initial={initial} />, root);
