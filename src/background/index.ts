// Background entry (Chrome service worker, Firefox event page). Everything is registered
// synchronously here so a restarted worker hears the event that woke it. To add a message
// handler or a step on incoming reports, extend `background.handlers` / `background.reportHooks`.
import { ext } from "../shared/browser";
import { startBackground } from "./background";

export const background = startBackground(ext);
