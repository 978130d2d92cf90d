// Browser-side entry of the accessibility e2e (a11y.test.ts), bundled with esbuild at test time
// and evaluated in a page of our test server. It draws Whosaid's in-page UI (the launcher, the
// statement list and a card with its correction box) with the SAME code and styles as the content
// script (src/content/overlay.ts, card.ts, styles.ts) from the real Analysis the background made
// of the demo article. The one difference: the content script attaches its shadow root closed,
// which axe-core cannot enter, so here attachShadow is made to open it. Nothing of this ships in
// the extension.
import type { Analysis } from "../../src/core/types";
import { cardFrom } from "../../src/content/card";
import { Overlay } from "../../src/content/overlay";
import { partyColour } from "../../src/content/styles";

const attach = Element.prototype.attachShadow;
Element.prototype.attachShadow = function (init: ShadowRootInit): ShadowRoot {
  return attach.call(this, { ...init, mode: "open" });
};

/** Draws the overlay with its list open and the card of statement `index`; returns the card's speaker. */
function drawCard(a: Analysis, index: number): string {
  const life = new AbortController();
  const overlay = new Overlay(
    document,
    { focusStatement: () => undefined, gotoStatement: () => undefined, closed: () => undefined, correct: async () => "Saved." },
    life.signal,
  );
  // The content script hangs its host on <html>; axe lays out (and so checks the contrast of)
  // only what is inside <body>. The host is fixed at 0,0 with no size, so moving it changes no
  // pixel; its watcher, which would put it back, is stopped first.
  life.abort();
  document.body.append(overlay.host);
  const partyIndex = new Map(a.parties.map((p, i) => [p.id, i]));
  overlay.setItems(
    a.statements.length,
    () => a.statements.map((s, i) => ({
      index: i,
      label: `${s.speaker ?? s.source?.text ?? "Unattributed"}: ${s.content.text.slice(0, 60)}`,
      colour: partyColour(s.party === null ? null : (partyIndex.get(s.party) ?? null)),
    })),
    true,
  );
  const root = overlay.host.shadowRoot!;
  // the list as the launcher opens it (its click listener takes only the reader's own clicks)
  overlay.showList();
  const model = cardFrom(a, index);
  if (!model) throw new Error(`no statement ${index}`);
  overlay.showCard(model, null);
  // the "wrong speaker" picker open too, so its label and select are audited
  const pick = root.querySelector<HTMLElement>(".correct .pick");
  if (pick) pick.hidden = false;
  return model.speaker;
}

(globalThis as unknown as { whosaidDrawCard: typeof drawCard }).whosaidDrawCard = drawCard;
