// The text map lives in src/shared/text-range.ts: the CLI reads saved pages with the same walk, so
// both read the same text from the same page. Re-exported here for the content script's modules.
export * from "../shared/text-range";
