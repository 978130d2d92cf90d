// Background entry (Chrome service worker, Firefox event page). Everything is registered
// synchronously here so a restarted worker hears the event that woke it. To add a message
// handler or a step on incoming reports, extend `background.handlers` / `background.reportHooks`.
import { ext } from "../shared/browser";
import { startBackground } from "./background";
import { installHistory } from "./history/install";
import { installCorrections } from "./corrections/install";
import type { SessionArea } from "./reports";

export const background = startBackground(ext);
// the local history of statements (issue 6, layer 2): records reports, adds earlier counter-statements
const history = installHistory(background, ext);
// the reader's corrections of marks (issue 13): applied to every analysis before it is stored or
// drawn, and to the history's records of the page as soon as they are made; exported with it
installCorrections(background, { session: (ext.storage as { session?: SessionArea }).session, onTabRemoved: ext.tabs.onRemoved, history });
