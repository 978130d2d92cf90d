// The settings schema, with a named default for every option. Stored in storage.sync where the
// browser has it, else storage.local.
export type SearchProvider = "google-news" | "bing-news" | "duckduckgo" | "factcheck" | "party-site";

export type Settings = {
  /** "auto": every http(s) page, skipping non-articles after a cheap check; "click": only when asked */
  runMode: "auto" | "click";
  /** host names (and their subdomains) where Whosaid never runs */
  neverSites: string[];
  providers: SearchProvider[];
  history: { enabled: boolean; maxStatements: number; maxAgeDays: number };
};

export const DEFAULT_SETTINGS: Settings = {
  runMode: "auto",
  neverSites: [],
  providers: ["google-news", "factcheck", "party-site"],
  history: { enabled: true, maxStatements: 20_000, maxAgeDays: 365 },
};
