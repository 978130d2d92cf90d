// Styles of the overlay's closed shadow root, where the marks are drawn too (marks.ts): nothing
// here reaches the page, and the page's CSS cannot reach in. Mark classes are built here: the
// role, the side's colour slot (the same palette as the popup, src/shared/palette.ts) and
// "unnamed" for unnamed and anonymous sources, which get a dotted bar of their own.
import type { Statement } from "../core/types";
import { NEUTRAL_HEX, PARTY_HEX, partySlot, slotColour } from "../shared/palette";
import type { Role } from "./marks";

export function partyColour(partyIndex: number | null): string {
  return slotColour(partySlot(partyIndex));
}

const isUnnamed = (s: Statement): boolean => s.sourceKind === "unnamed" || s.sourceKind === "anonymous";

const slotClass = (partyIndex: number | null): string => {
  const slot = partySlot(partyIndex);
  return slot < 0 ? "x" : `p${slot}`;
};

/** The class list of one mark box of a statement: role, colour slot, and "unnamed" for such sources. */
export function markName(s: Statement, role: Role, partyIndex: number | null): string {
  return `${role} ${slotClass(partyIndex)}${role === "source" && isUnnamed(s) ? " unnamed" : ""}`;
}

/** The mark of an unnamed source that is only mentioned, not quoted. */
export const MENTIONED_UNNAMED = "source x unnamed";

const slotRules = [...PARTY_HEX.map((c, i) => `.p${i}{--c:${c}}`), `.x{--c:${NEUTRAL_HEX}}`].join("");

/**
 * Styles of the overlay's closed shadow root that show at rest: the host, the marks and the
 * launcher. What only the statement list and the card need is `PANEL_CSS`, added the first time
 * one of them opens (most pages are read without ever opening one, and its rules would be parsed
 * on every page for nothing).
 */
export const OVERLAY_CSS = `
:host{all:initial!important;display:block!important;position:fixed!important;top:0!important;left:0!important;
  width:0!important;height:0!important;z-index:2147483647!important;visibility:visible!important;opacity:1!important}
*{box-sizing:border-box}
.marks{position:absolute;left:0;top:0;width:0;height:0;pointer-events:none;will-change:transform}
.marks i{position:absolute;display:block;pointer-events:none;margin:0;padding:0}
${slotRules}
.marks .source{border-bottom:3px solid var(--c)}
.marks .source.unnamed{border-bottom:3px dotted var(--c)}
.marks .cue{border-bottom:1.5px solid var(--c)}
.marks .content{display:none;background:color-mix(in srgb,var(--c) 18%,transparent)}
.marks.full .content,.marks .content.hover,.marks .content.focus{display:block}
.marks .content.flash{display:block;background:rgba(230,159,0,.45)}
@media print{.marks{display:none}}
.ui{font:14px/1.4 system-ui,-apple-system,"Segoe UI",sans-serif;color:#1b1b1f;color-scheme:light dark}
.launcher{position:fixed;right:12px;bottom:12px;z-index:2147483647;border:1px solid #8886;border-radius:16px;
  padding:4px 10px;background:#fff;color:#1b1b1f;font:inherit;cursor:pointer;box-shadow:0 1px 4px #0003}
.launcher:focus-visible{outline:2px solid #0072b2;outline-offset:2px}
[hidden]{display:none!important}
@media (prefers-color-scheme: dark){
  .ui,.launcher{background:#1f1f24;color:#eee}
}
`;

/** Styles of the statement list and the card (after OVERLAY_CSS, in the same shadow root). */
export const PANEL_CSS = `
.item:focus-visible,.card button:focus-visible,.card a:focus-visible{outline:2px solid #0072b2;outline-offset:2px}
.list{position:fixed;right:12px;bottom:48px;z-index:2147483647;width:min(360px,90vw);max-height:50vh;overflow:auto;
  background:#fff;border:1px solid #8886;border-radius:8px;box-shadow:0 2px 10px #0004;padding:4px;margin:0;list-style:none}
.item{display:block;width:100%;text-align:left;border:0;background:none;font:inherit;color:inherit;padding:4px 6px;border-radius:4px;cursor:pointer}
.item:hover,.item:focus{background:#0072b21a}
.swatch{display:inline-block;width:.7em;height:.7em;border-radius:50%;margin-right:6px;vertical-align:baseline}
.card{position:fixed;z-index:2147483647;width:min(380px,calc(100vw - 16px));max-height:min(70vh,calc(100vh - 16px));overflow:auto;background:#fff;color:#1b1b1f;
  border:1px solid #8886;border-radius:8px;box-shadow:0 4px 16px #0004;padding:10px 12px}
.card h2{font-size:15px;margin:0 0 4px}
.card .resolved,.card .side{color:#4a4a52;font-size:13px}
.card .why{font-size:13px;margin:6px 0}
.card .unheard{font-size:13px;margin:6px 0;padding:4px 6px;border-left:3px solid #d55e00;background:#d55e0014}
.card .none{font-size:13px;color:#4a4a52;margin:6px 0}
.card .legend{display:flex;flex-wrap:wrap;gap:4px 12px;margin:8px 0 0;font-size:12px;color:#4a4a52}
.legend span{padding-bottom:1px}
.legend .k-source{border-bottom:3px solid #0072b2}.legend .k-cue{border-bottom:1.5px solid #0072b2}
.legend .k-unnamed{border-bottom:3px dotted #7f7f7f}.legend .k-content{background:#0072b22e}
.card .labels{display:flex;flex-wrap:wrap;gap:4px;margin:6px 0;padding:0;list-style:none}
.card .labels li{font-size:12px;border:1px solid #8886;border-radius:10px;padding:0 6px}
.card blockquote{margin:6px 0;padding-left:8px;border-left:3px solid #8886;color:#333}
.card h3{font-size:13px;margin:8px 0 2px}
.card ul.counter{margin:0;padding:0;list-style:none}
.card ul.counter li{margin:3px 0}
.card button.counter-link{border:0;background:none;color:#0062a0;text-decoration:underline;font:inherit;padding:0;cursor:pointer;text-align:left}
.card a{color:#0062a0}
.close{float:right;border:0;background:none;font:inherit;font-size:16px;cursor:pointer;color:inherit}
@media (prefers-color-scheme: dark){
  .card,.list{background:#1f1f24;color:#eee}
  .card blockquote,.card .resolved,.card .side,.card .none,.card .legend{color:#ccc}
  .card a,.card button.counter-link{color:#7cc4ff}
}
`;
