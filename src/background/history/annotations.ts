// Export of the history as W3C Web Annotations (https://www.w3.org/TR/annotation-model/): one
// Annotation per stored statement, anchored by a TextQuoteSelector on its sentence. Pure; what
// leaves the browser is the reader's choice (a file they save), never sent anywhere.
import type { HistoryRecord } from "./schema";

export type TextualBody = { type: "TextualBody"; value: string; format: "text/plain"; purpose: "describing" | "tagging" };
export type WebAnnotation = {
  id: string;
  type: "Annotation";
  motivation: "describing";
  created: string;
  body: TextualBody[];
  target: {
    source: string;
    selector: { type: "TextQuoteSelector"; exact: string; prefix: string; suffix: string };
  };
};
export type AnnotationCollection = {
  "@context": "http://www.w3.org/ns/anno.jsonld";
  type: "AnnotationCollection";
  label: string;
  total: number;
  first: { type: "AnnotationPage"; startIndex: 0; items: WebAnnotation[] };
};

const body = (value: string, purpose: TextualBody["purpose"]): TextualBody => ({ type: "TextualBody", value, format: "text/plain", purpose });

export function toAnnotation(r: HistoryRecord): WebAnnotation {
  const who = r.speaker && r.speaker !== r.partyName ? `${r.speaker} (${r.partyName})` : r.partyName;
  const bodies = [body(`${who}, ${r.stance}: ${r.excerpt}`, "describing")];
  if (r.speaker) bodies.push(body(`speaker:${r.speaker}`, "tagging"));
  bodies.push(body(`party:${r.partyName}`, "tagging"), body(`stance:${r.stance}`, "tagging"));
  return {
    id: `urn:whosaid:history:${encodeURIComponent(r.id)}`,
    type: "Annotation",
    motivation: "describing",
    created: new Date(r.readAt).toISOString(),
    body: bodies,
    target: { source: r.url, selector: { type: "TextQuoteSelector", exact: r.sentence, prefix: r.prefix, suffix: r.suffix } },
  };
}

export function toAnnotationCollection(records: HistoryRecord[]): AnnotationCollection {
  const items = records.map(toAnnotation);
  return {
    "@context": "http://www.w3.org/ns/anno.jsonld",
    type: "AnnotationCollection",
    label: "Whosaid local history of statements",
    total: items.length,
    first: { type: "AnnotationPage", startIndex: 0, items },
  };
}
