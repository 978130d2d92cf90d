// One colour per side, the same on the page (marks, card) and in the popup: the Okabe–Ito
// colour-blind-safe palette without its yellow (too pale for a thin mark on white) and black
// (reserved for text). Sides take slots in the order the Analysis lists its parties; speakers of
// no side are neutral grey. Colours only ever fill marks, swatches and bars, never text, so text
// contrast does not depend on them.

export const PARTY_HEX = ["#0072b2", "#d55e00", "#009e73", "#cc79a7", "#e69f00", "#56b4e9"] as const;
export const NEUTRAL_HEX = "#7f7f7f";

/** Slot of a party by its index in analysis.parties (-1 / null: neutral). */
export function partySlot(partyIndex: number | null): number {
  return partyIndex === null || partyIndex < 0 ? -1 : partyIndex % PARTY_HEX.length;
}

/** The colour of a slot from partySlot. */
export function slotColour(slot: number): string {
  return slot < 0 ? NEUTRAL_HEX : PARTY_HEX[slot % PARTY_HEX.length]!;
}
