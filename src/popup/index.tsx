// Popup entry: starts fetching the tab's report at once, then renders the App for the active
// tab (or ?tab=<id>). Nothing else runs here, so the first view costs one bundle parse and two
// messages, and the messages are in flight while Preact renders.
import { render } from "preact";
import { ext } from "../shared/browser";
import type { PopupApi } from "./api";
import { App, loadPopup } from "./App";

performance.mark("whosaid:script");
const api = ext as PopupApi;
const initial = loadPopup(api, location.search);
const root = document.getElementById("app");
if (root) render(<App api={api} initial={initial} />, root);
