// Scrolling to a text directive ("#:~:text=start,end") ourselves. A link from the popup to an
// earlier article carries one; Chromium scrolls to it when the extension opens the tab, Firefox
// does not (it only does for navigations the reader starts in the page). The background tells the
// content script of the tab it opened, and this finds the passage in the rendered text and scrolls
// it into view. Read-only: it never touches the page's DOM, only the scroll position.

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

const SKIP = new Set(["SCRIPT", "STYLE", "NOSCRIPT", "TEMPLATE", "TEXTAREA", "SELECT", "OPTION", "HEAD", "TITLE"]);
const isSpace = (c: number): boolean => c === 32 || c === 9 || c === 10 || c === 13 || c === 12 || c === 0xa0;
const norm = (s: string): string => s.replace(/[\s\u00a0]+/g, " ").trim().toLowerCase();

/**
 * The DOM Range of the directive's passage in `root`'s text (whitespace collapsed, case ignored,
 * as browsers match), or null. Bounded: at most `maxChars` of text are read.
 */
export function findTextDirective(doc: Document, d: TextDirective, root: Node = doc.body, maxChars = 3_000_000): Range | null {
  if (!root) return null;
  // the page's text with runs of whitespace collapsed to one space, and where each char came from
  let flat = "";
  const nodes: Text[] = [];
  const offs: number[] = [];
  const at: number[] = []; // flat index -> position in nodes/offs
  let lastSpace = true;
  const walker = doc.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */, {
    acceptNode: (n) => {
      for (let p = n.parentElement; p && p !== root; p = p.parentElement) if (SKIP.has(p.tagName)) return 2; /* FILTER_REJECT */
      return 1; /* FILTER_ACCEPT */
    },
  });
  for (let n = walker.nextNode() as Text | null; n && flat.length < maxChars; n = walker.nextNode() as Text | null) {
    const t = n.data;
    for (let i = 0; i < t.length; i++) {
      const c = t.charCodeAt(i);
      if (isSpace(c)) {
        if (lastSpace) continue;
        lastSpace = true;
        flat += " ";
      } else {
        lastSpace = false;
        flat += t[i]!;
      }
      nodes.push(n);
      offs.push(i);
      at.push(nodes.length - 1);
    }
  }
  const lower = flat.toLowerCase();
  if (lower.length !== flat.length) return null; // a case mapping that changes lengths: no safe map back
  const start = norm(d.start);
  const s = lower.indexOf(start);
  if (s < 0) return null;
  let e = s + start.length;
  if (d.end) {
    const end = norm(d.end);
    const j = lower.indexOf(end, e);
    if (j >= 0) e = j + end.length;
  }
  const range = doc.createRange();
  const a = at[s]!;
  const b = at[e - 1]!;
  range.setStart(nodes[a]!, offs[a]!);
  range.setEnd(nodes[b]!, offs[b]! + 1);
  return range;
}

/** Scrolls the window so the range sits in the upper third, unless it is already in view. */
export function scrollRangeIntoView(win: Window, range: Range): boolean {
  const r = range.getBoundingClientRect();
  if (r.width === 0 && r.height === 0) return false;
  if (r.top >= 0 && r.bottom <= win.innerHeight) return true;
  win.scrollTo({ top: Math.max(0, win.scrollY + r.top - win.innerHeight / 3), behavior: "instant" as ScrollBehavior });
  return true;
}
