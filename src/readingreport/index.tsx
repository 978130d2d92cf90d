// Reading report page entry (readingreport.html, opened from the popup and the options). All logic lives
// in ReadingReport.tsx; the figures come from the background's local history.
import { render } from "preact";
import { ReadingReport } from "./ReadingReport";

const root = document.getElementById("app");
if (root) render(<ReadingReport />, root);
