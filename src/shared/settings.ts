// The settings schema, with a named default for every option, and the one place that reads and
// writes it: storage.sync where the browser has it, else storage.local. Whatever comes out of
// storage is normalised against the schema, so a corrupt or older value can never break a caller.
import type { Ext } from "./browser";

export type SearchProvider = "google-news" | "bing-news" | "duckduckgo" | "factcheck" | "party-site";

export const SEARCH_PROVIDERS: readonly { id: SearchProvider; label: string }[] = [
  { id: "google-news", label: "Google News search" },
  { id: "bing-news", label: "Bing News search" },
  { id: "duckduckgo", label: "DuckDuckGo search" },
  { id: "factcheck", label: "Google Fact Check Explorer" },
  { id: "party-site", label: "The party's own site (where known)" },
];

export type Settings = {
  /** "auto": every http(s) page, skipping non-articles after a cheap check; "click": only when asked */
  runMode: "auto" | "click";
  /** host names (and their subdomains) where Whosaid never runs */
  neverSites: string[];
  providers: SearchProvider[];
  /** "quiet": a bar on the source and a line under the cue, content tinted on hover; "full": content always tinted */
  marks: "quiet" | "full";
  history: { enabled: boolean; maxStatements: number; maxAgeDays: number };
};

export const DEFAULT_SETTINGS: Settings = {
  runMode: "auto",
  neverSites: [],
  providers: ["google-news", "factcheck", "party-site"],
  marks: "quiet",
  history: { enabled: true, maxStatements: 20_000, maxAgeDays: 365 },
};

/** Bounds the options page enforces; also applied when reading, in case storage was edited. */
export const HISTORY_LIMITS = {
  maxStatements: { min: 100, max: 200_000 },
  maxAgeDays: { min: 1, max: 3650 },
} as const;

export const SETTINGS_KEY = "settings";

const PROVIDER_IDS: ReadonlySet<string> = new Set(SEARCH_PROVIDERS.map((p) => p.id));

function clampInt(x: unknown, lo: number, hi: number, fallback: number): number {
  if (typeof x !== "number" || !Number.isFinite(x)) return fallback;
  return Math.min(hi, Math.max(lo, Math.round(x)));
}

/**
 * A site entry as the user may type it ("https://www.Example.com/path", "*.example.com") reduced
 * to a bare lower-case host name, or null when nothing host-like is left.
 */
export function normaliseSite(entry: string): string | null {
  let s = entry.trim().toLowerCase();
  if (!s) return null;
  s = s.replace(/^[a-z][a-z0-9+.-]*:\/\//, "").replace(/^\*\./, "").replace(/^\.+/, "");
  s = s.split(/[/?#]/, 1)[0] ?? "";
  s = s.replace(/:\d+$/, "").replace(/\.+$/, "");
  return /^[a-z0-9.-]+$/.test(s) && /[a-z0-9]/.test(s) ? s : null;
}

/** Any stored value -> valid Settings (unknown keys dropped, bad values replaced by defaults). */
export function normaliseSettings(raw: unknown): Settings {
  const d = DEFAULT_SETTINGS;
  const r = (typeof raw === "object" && raw !== null ? raw : {}) as Record<string, unknown>;
  const h = (typeof r.history === "object" && r.history !== null ? r.history : {}) as Record<string, unknown>;
  const sites = Array.isArray(r.neverSites)
    ? [...new Set(r.neverSites.filter((s): s is string => typeof s === "string").map(normaliseSite).filter((s): s is string => s !== null))]
    : d.neverSites;
  const providers = Array.isArray(r.providers)
    ? [...new Set(r.providers.filter((p): p is SearchProvider => typeof p === "string" && PROVIDER_IDS.has(p)))]
    : d.providers;
  return {
    runMode: r.runMode === "click" || r.runMode === "auto" ? r.runMode : d.runMode,
    neverSites: sites,
    providers,
    marks: r.marks === "full" || r.marks === "quiet" ? r.marks : d.marks,
    history: {
      enabled: typeof h.enabled === "boolean" ? h.enabled : d.history.enabled,
      maxStatements: clampInt(h.maxStatements, HISTORY_LIMITS.maxStatements.min, HISTORY_LIMITS.maxStatements.max, d.history.maxStatements),
      maxAgeDays: clampInt(h.maxAgeDays, HISTORY_LIMITS.maxAgeDays.min, HISTORY_LIMITS.maxAgeDays.max, d.history.maxAgeDays),
    },
  };
}

type StorageApi = Pick<Ext, "storage">;

/** storage.sync where it exists (Firefox for Android and some forks lack it), else storage.local. */
export function settingsArea(api: StorageApi): Ext["storage"]["local"] {
  return (api.storage.sync as Ext["storage"]["sync"] | undefined) ?? api.storage.local;
}

export async function loadSettings(api: StorageApi): Promise<Settings> {
  try {
    const got = await settingsArea(api).get(SETTINGS_KEY);
    return normaliseSettings(got[SETTINGS_KEY]);
  } catch {
    // sync can be disabled by policy or quota; fall back to local rather than to nothing
    try {
      const got = await api.storage.local.get(SETTINGS_KEY);
      return normaliseSettings(got[SETTINGS_KEY]);
    } catch {
      return normaliseSettings(undefined);
    }
  }
}

export async function saveSettings(api: StorageApi, settings: Settings): Promise<Settings> {
  const clean = normaliseSettings(settings);
  try {
    await settingsArea(api).set({ [SETTINGS_KEY]: clean });
  } catch {
    await api.storage.local.set({ [SETTINGS_KEY]: clean });
  }
  return clean;
}

/** Why a page is left alone on a never-run site, and why on-click mode waits (the popup shows them). */
export const NEVER_RUN = "Whosaid never runs on this site (options)";
export const RUNS_ON_CLICK = "runs on click";

/** Whether `url` is on one of the never-run sites (a listed host or any of its subdomains). */
export function isNeverSite(url: string, settings: Pick<Settings, "neverSites">): boolean {
  let host: string;
  try {
    host = new URL(url).hostname.toLowerCase();
  } catch {
    return false;
  }
  return settings.neverSites.some((s) => host === s || host.endsWith("." + s));
}
