// Styles and highlight names. Mark styles only use properties that cannot move a glyph
// (background, colour, text decoration), so marks never change layout; the overlay's own styles
// live in its closed shadow root and cannot leak into the page.
import type { Statement } from "../core/types";
import { EMPHASIS, PARTY_COLOURS, WRAPPER_TAG, type Role } from "./marks";

// Colour-blind-friendlier hues (Okabe–Ito), one per party slot; "x" is for no known party.
const HUES: readonly [number, number, number][] = [
  [0, 114, 178],
  [213, 94, 0],
  [0, 158, 115],
  [204, 121, 167],
  [230, 159, 0],
  [86, 180, 233],
];
const NO_PARTY: [number, number, number] = [120, 120, 120];
const UNNAMED: [number, number, number] = [148, 0, 211];

export function partySlot(partyIndex: number | null): string {
  return partyIndex === null || partyIndex < 0 ? "x" : `p${partyIndex % PARTY_COLOURS}`;
}

export function partyColour(partyIndex: number | null): string {
  const c = partyIndex === null || partyIndex < 0 ? NO_PARTY : HUES[partyIndex % PARTY_COLOURS]!;
  return `rgb(${c.join(",")})`;
}

const isUnnamed = (s: Statement): boolean => s.sourceKind === "unnamed" || s.sourceKind === "anonymous";

/** The highlight name of one span of a statement. */
export function markName(s: Statement, role: Role, partyIndex: number | null): string {
  if (role === "source" && isUnnamed(s)) return "whosaid-unnamed-source";
  return `whosaid-${partySlot(partyIndex)}-${role}`;
}

type Rule = { name: string; css: string };

function rules(): Rule[] {
  const out: Rule[] = [];
  const slots: [string, [number, number, number]][] = [
    ...HUES.map((c, i): [string, [number, number, number]] => [`p${i}`, c]),
    ["x", NO_PARTY],
  ];
  // Content first so source and cue rules, later in the sheet, win where a wrapper has several.
  for (const [slot, c] of slots) out.push({ name: `whosaid-${slot}-content`, css: `background-color:rgba(${c.join(",")},0.14)` });
  for (const [slot, c] of slots) {
    out.push({ name: `whosaid-${slot}-source`, css: `background-color:rgba(${c.join(",")},0.36)` });
    out.push({ name: `whosaid-${slot}-cue`, css: `text-decoration:underline 2px rgb(${c.join(",")})` });
  }
  out.push({
    name: "whosaid-unnamed-source",
    css: `background-color:rgba(${UNNAMED.join(",")},0.22);text-decoration:underline dotted 2px rgb(${UNNAMED.join(",")})`,
  });
  out.push({ name: EMPHASIS.focus, css: "background-color:rgba(255,215,0,0.55)" });
  out.push({ name: EMPHASIS.flash, css: "background-color:rgba(255,170,0,0.8)" });
  return out;
}

/** Page-level sheet: only ::highlight(whosaid-*) rules, or rules for our own wrapper element. */
export function pageCss(kind: "highlight" | "wrapper"): string {
  const r = rules();
  if (kind === "highlight") return r.map((x) => `::highlight(${x.name}){${x.css}}`).join("\n");
  const t = WRAPPER_TAG;
  return [
    `${t}{all:unset;display:inline}`,
    ...r.map((x) => {
      if (x.name === EMPHASIS.focus) return `${t}[data-whosaid-focus]{${x.css}}`;
      if (x.name === EMPHASIS.flash) return `${t}[data-whosaid-flash]{${x.css}}`;
      return `${t}[data-whosaid~="${x.name}"]{${x.css}}`;
    }),
  ].join("\n");
}

/** Styles of the overlay's closed shadow root. */
export const OVERLAY_CSS = `
:host{all:initial}
*{box-sizing:border-box}
.ui{font:14px/1.4 system-ui,-apple-system,"Segoe UI",sans-serif;color:#1b1b1f;color-scheme:light dark}
.launcher{position:fixed;right:12px;bottom:12px;z-index:2147483647;border:1px solid #8886;border-radius:16px;
  padding:4px 10px;background:#fff;color:#1b1b1f;font:inherit;cursor:pointer;box-shadow:0 1px 4px #0003}
.launcher:focus-visible,.item:focus-visible,.card button:focus-visible,.card a:focus-visible{outline:2px solid #0072b2;outline-offset:2px}
.list{position:fixed;right:12px;bottom:48px;z-index:2147483647;width:min(360px,90vw);max-height:50vh;overflow:auto;
  background:#fff;border:1px solid #8886;border-radius:8px;box-shadow:0 2px 10px #0004;padding:4px;margin:0;list-style:none}
.item{display:block;width:100%;text-align:left;border:0;background:none;font:inherit;color:inherit;padding:4px 6px;border-radius:4px;cursor:pointer}
.item:hover,.item:focus{background:#0072b21a}
.swatch{display:inline-block;width:.7em;height:.7em;border-radius:50%;margin-right:6px;vertical-align:baseline}
.card{position:fixed;z-index:2147483647;width:min(380px,92vw);max-height:60vh;overflow:auto;background:#fff;color:#1b1b1f;
  border:1px solid #8886;border-radius:8px;box-shadow:0 4px 16px #0004;padding:10px 12px}
.card h2{font-size:15px;margin:0 0 4px}
.card .resolved{color:#555;font-size:13px}
.card .labels{display:flex;flex-wrap:wrap;gap:4px;margin:6px 0;padding:0;list-style:none}
.card .labels li{font-size:12px;border:1px solid #8886;border-radius:10px;padding:0 6px}
.card blockquote{margin:6px 0;padding-left:8px;border-left:3px solid #8886;color:#333}
.card h3{font-size:13px;margin:8px 0 2px}
.card ul.counter{margin:0;padding:0;list-style:none}
.card ul.counter li{margin:3px 0}
.card button.counter-link{border:0;background:none;color:#0062a0;text-decoration:underline;font:inherit;padding:0;cursor:pointer;text-align:left}
.card a{color:#0062a0}
.close{float:right;border:0;background:none;font:inherit;font-size:16px;cursor:pointer;color:inherit}
[hidden]{display:none!important}
@media (prefers-color-scheme: dark){
  .ui,.card,.list,.launcher{background:#1f1f24;color:#eee}
  .card blockquote,.card .resolved{color:#ccc}
  .card a,.card button.counter-link{color:#7cc4ff}
}
`;
