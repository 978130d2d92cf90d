// Core engine entry: text in, Analysis out. Pure TypeScript: no DOM, no browser API.
export * from "./types";
export { analyze } from "./analyze";
export { shownStatements, readerView, keepStatements, isShown, atLeast } from "./display";
