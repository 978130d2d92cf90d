// Popup entry: renders the App for the active tab (or ?tab=<id>). Nothing else runs here, so
// the popup's first paint costs one bundle parse and two messages.
import { render } from "preact";
import { App } from "./App";

const root = document.getElementById("app");
if (root) render(<App />, root);
