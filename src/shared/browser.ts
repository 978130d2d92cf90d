// The one wrapper around the WebExtension API. Everything that talks to the browser imports
// `ext` from here (or takes it as a defaulted parameter), so tests can hand in a fake.
import browser from "webextension-polyfill";

export type Ext = typeof browser;
export const ext: Ext = browser;
