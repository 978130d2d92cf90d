// Scrolling to a text directive ("#:~:text=start,end") ourselves. A link from the popup to an
// earlier article carries one; Chromium scrolls to it when the extension opens the tab, Firefox
// does not (it only does for navigations the reader starts in the page). The background tells the
// content script of the tab it opened, and this finds the passage in the rendered text and scrolls
// it into view. Read-only: it never touches the page's DOM, only the scroll position.
import { buildTextMap } from "../shared/text-range";

/** The parts of a text directive: start text, optional end text (prefix and suffix ignored). */
export type TextDirective = { start: string; end: string | null };

const decode = (s: string): string | null => {
  try {
    return decodeURIComponent(s);
  } catch {
    return null;
  }
};

/** Parses "prefix-,start,end,-suffix" (the value after "text="); null when it holds no start. */
export function parseTextDirective(value: string): TextDirective | null {
  if (typeof value !== "string" || value.length === 0 || value.length > 4000) return null;
  const first = value.split("&")[0]!.replace(/^text=/, "");
  const parts = first.split(",").filter((p, i, all) => !(i === 0 && p.endsWith("-") && all.length > 1) && !(i === all.length - 1 && p.startsWith("-") && all.length > 1));
  const start = parts[0] !== undefined ? decode(parts[0]) : null;
  if (!start || !start.trim()) return null;
  const end = parts[1] !== undefined ? decode(parts[1]) : null;
  return { start, end: end && end.trim() ? end : null };
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
/** A pattern for the words of `s` with any run of whitespace between them, case ignored. */
const pattern = (s: string): RegExp | null => {
  const words = s.trim().split(/[\s\u00a0]+/).filter(Boolean).map(escape);
  return words.length ? new RegExp(words.join("\\s+"), "iu") : null;
};

/**
 * The DOM Range of the directive's passage in the rendered text under `root` (the same text map
 * the marks use: visible text only, whitespace runs matched loosely, case ignored), or null.
 */
export function findTextDirective(doc: Document, d: TextDirective, root: Node | null = doc.body): Range | null {
  const startRe = pattern(d.start);
  if (!root || !startRe) return null;
  const map = buildTextMap(root);
  const m = startRe.exec(map.text);
  if (!m) return null;
  let end = m.index + m[0].length;
  const endRe = d.end ? pattern(d.end) : null;
  if (endRe) {
    const tail = endRe.exec(map.text.slice(end));
    if (tail) end += tail.index + tail[0].length;
  }
  return map.toRange(m.index, end);
}

/** Scrolls the window so the range sits in the upper third, unless it is already in view. */
export function scrollRangeIntoView(win: Window, range: Range): boolean {
  const r = range.getBoundingClientRect();
  if (r.width === 0 && r.height === 0) return false;
  if (r.top >= 0 && r.bottom <= win.innerHeight) return true;
  win.scrollTo({ top: Math.max(0, win.scrollY + r.top - win.innerHeight / 3), behavior: "instant" as ScrollBehavior });
  return true;
}
