// Options page entry: renders the settings form. All logic lives in Options.tsx.
import { render } from "preact";
import { Options } from "./Options";

const root = document.getElementById("app");
if (root) render(<Options />, root);
